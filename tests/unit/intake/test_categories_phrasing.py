"""Data categories as other people write them (each sentence written here): plural and impersonal demand
verbs, a negation that excludes content, the subscriber named in other words."""

from __future__ import annotations

import pytest

from shared.vocabulary import DataCategory
from tests.unit.intake.extraction_helpers import read_mail

B, N, S, L = (
    DataCategory.BASIC_SUBSCRIBER,
    DataCategory.NON_CONTENT_RECORDS,
    DataCategory.STORED_CONTENT,
    DataCategory.LOCATION_HISTORY,
)
SENDERS = {
    "es": "Insp. Ana Ruiz <ana.ruiz@policia.es>",
    "pt": "Delegado Rui Costa <rui.costa@pf.gov.br>",
    "fr": "Cne Paul Roy <paul.roy@interieur.gouv.fr>",
    "it": "Isp. Marco Riva <marco.riva@poliziadistato.it>",
    "en": "Dana Pike <dana.pike@usdoj.gov>",
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Se solicitan los datos del titular y los datos de geolocalización de la cuenta @madrid_gangas.",
            {B, L},
        ),
        (
            "it",
            "Si richiedono i dati anagrafici del titolare e i file di log (indirizzi IP) dell'account @torino_offerte.",
            {B, N},
        ),
        ("it", "Si chiedono i dati di localizzazione dell'account @torino_offerte per ottobre 2026.", {L}),
        (
            "pt",
            "Solicito a qualificação do titular do perfil @rio_promo e o conteúdo das conversas privadas.",
            {B, S},
        ),
        (
            "fr",
            "Veuillez communiquer les journaux de connexion du compte @lyon_deals, à l'exclusion de tout contenu.",
            {N},
        ),
        (
            "en",
            "GRAND JURY SUBPOENA. Produce all records and other information (not including the contents of "
            "communications) pertaining to @front_range_flips, including subscriber names and IP logs.",
            {B, N},
        ),
        ("en", "GRAND JURY SUBPOENA. Produce any and all records identifying the owner of @front_range_flips.", {B}),
        # 18 U.S.C. 2703(c)(2)(A)-(F) as the statute words it: all subscriber information.
        (
            "en",
            "GRAND JURY SUBPOENA. For @front_range_flips produce the records described in 18 U.S.C. 2703(c)(2): "
            "(A) name; (B) address; (C) local and long distance telephone connection records, or records of session "
            "times and durations; (D) length of service; (E) any temporarily assigned network address; and (F) means "
            "and source of payment.",
            {B},
        ),
        (
            "en",
            "ADMINISTRATIVE SUBPOENA (21 U.S.C. 876). For @front_range_flips produce the subscriber names, addresses "
            "and the means and source of payment for any purchases on the platform.",
            {B},
        ),
        (
            "en",
            "GRAND JURY SUBPOENA. For @front_range_flips produce: (1) the subscriber's name; (2) IP addresses, with "
            "dates and times, of all log-ins.",
            {B, N},
        ),
    ],
)
def test_categories_written_in_other_words(language: str, text: str, expected: set[DataCategory]) -> None:
    extraction = read_mail(text + "\n", sender=SENDERS[language], date="Fri, 04 Dec 2026 09:00:00 +0100")
    assert set(extraction.case.data_categories) == expected
    assert not any(reason.field == "data_categories" for reason in extraction.triage)
