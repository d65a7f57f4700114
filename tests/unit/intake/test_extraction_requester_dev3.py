"""Requester readers, third development round: foreign police and justice domains the government registry
now places, and what a DKIM pass from them decides (hand-written messages, not corpus text)."""

from __future__ import annotations

import pytest

from shared.reference.government import government_registry
from shared.vocabulary import RequesterKind
from tests.unit.intake.extraction_helpers import read_mail

REGISTRY = government_registry()


@pytest.mark.parametrize(
    ("domain", "country", "branch"),
    [
        ("bmi.gv.at", "AT", "police"),
        ("stadt.gv.at", "AT", "government"),
        ("police.belgium.eu", "BE", "police"),
        ("pj.pt", "PT", "police"),
        ("investigaciones.cl", "CL", "police"),
        ("policia.gob.pe", "PE", "police"),
        ("surete.qc.ca", "CA", "police"),
        ("spf.gov.sg", "SG", "police"),
        ("police.gov.hk", "HK", "police"),
        ("polisen.se", "SE", "police"),
        ("saps.gov.za", "ZA", "police"),
    ],
)
def test_more_foreign_police_and_government_domains_are_placed(domain: str, country: str, branch: str) -> None:
    body = REGISTRY.lookup(domain)
    assert body is not None
    assert (body.country, body.branch, body.kind) == (country, branch, RequesterKind.FOREIGN_GOVERNMENT)


def test_a_look_alike_of_a_new_foreign_domain_is_not_placed() -> None:
    assert REGISTRY.lookup("pj.pt.example.com") is None
    assert REGISTRY.lookup("investigaciones-cl.com") is None


LETTER = """Estimados señores:

En el marco de una investigación penal por estafa informática, solicitamos los datos de registro
de la cuenta @ejemplo_vendedor y las direcciones IP de acceso del último mes.

Atentamente,

Comisario Ana Torres
Unidad de Delitos Informáticos
"""


def test_a_dkim_pass_from_a_placed_foreign_police_domain_verifies_its_country() -> None:
    extraction = read_mail(LETTER, sender="Ana Torres <ana.torres@policia.gob.pe>", subject="Solicitud de datos")
    requester = extraction.case.requester
    assert requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert requester.country == "PE"
    assert requester.verified is True


def test_without_dkim_the_same_letter_is_not_verified() -> None:
    extraction = read_mail(
        LETTER, sender="Ana Torres <ana.torres@policia.gob.pe>", subject="Solicitud de datos", dkim=False
    )
    assert extraction.case.requester.verified is False


FORWARD = """Hello,

I am the investigating constable on this matter; please return the records to me directly.

Regards,
Constable Priya Nair

---------- Forwarded message ---------
From: Owen Hartley <owen.hartley@cdpp.gov.au>
Date: Tue, 1 Dec 2026 10:15:00 +1100
Subject: Notice to produce - account records

Dear Sir or Madam,

Please produce the subscriber records and login history of the account @harbour_trader_77
for the period 1 June 2026 to 30 November 2026.

Owen Hartley
Senior Federal Prosecutor
"""


def test_a_government_agent_forwarding_another_bodys_demand_is_the_requester() -> None:
    extraction = read_mail(
        FORWARD, sender="Priya Nair <priya.nair@police.nsw.gov.au>", subject="Fwd: Notice to produce"
    )
    requester = extraction.case.requester
    assert requester.email == "priya.nair@police.nsw.gov.au"
    assert requester.verified is True
    assert (requester.kind, requester.country) == (RequesterKind.FOREIGN_GOVERNMENT, "AU")


def test_the_original_sender_stays_when_the_forwarder_is_not_authenticated() -> None:
    extraction = read_mail(
        FORWARD, sender="Priya Nair <priya.nair@police.nsw.gov.au>", subject="Fwd: Notice to produce", dkim=False
    )
    requester = extraction.case.requester
    assert requester.email == "owen.hartley@cdpp.gov.au"
    assert requester.verified is False


def test_the_original_sender_stays_when_a_private_party_forwards() -> None:
    extraction = read_mail(FORWARD, sender="Priya Nair <priya@harbourlaw.example>", subject="Fwd: Notice to produce")
    requester = extraction.case.requester
    assert requester.email == "owen.hartley@cdpp.gov.au"
    assert requester.verified is False


ON_ORDER = """Sehr geehrte Damen und Herren,

im Auftrag der Staatsanwaltschaft Musterstadt und gestützt auf den Beschluss des Amtsgerichts Musterstadt
ersuchen wir um Auskunft zu den Bestandsdaten des Kontos @beispiel_konto_42.

Mit freundlichen Grüßen

Lena Vogt
Kriminalkommissarin
Landeskriminalamt Nordrhein-Westfalen
"""


def test_from_a_police_domain_the_police_force_named_is_the_requester_not_the_prosecutor_it_cites() -> None:
    extraction = read_mail(ON_ORDER, sender="Lena Vogt <lena.vogt@polizei.nrw.de>", subject="Auskunftsersuchen")
    requester = extraction.case.requester
    assert requester.name == "Landeskriminalamt Nordrhein-Westfalen"
    assert (requester.kind, requester.country, requester.verified) == (RequesterKind.FOREIGN_GOVERNMENT, "DE", True)


def test_from_a_justice_domain_the_prosecutor_named_first_stays_the_requester() -> None:
    extraction = read_mail(ON_ORDER, sender="Lena Vogt <lena.vogt@justiz.nrw.de>", subject="Auskunftsersuchen")
    assert extraction.case.requester.name != "Landeskriminalamt Nordrhein-Westfalen"


SIGNED = """Good afternoon,

Please provide the subscriber information for the account @river_bend_77 under the attached order.

Thank you,

{line}
Major Crimes Unit
"""


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Det. Sgt. Maria Kowalczyk", "Maria Kowalczyk", "Detective Sergeant"),
        ("Trooper First Class Owen Brandt", "Owen Brandt", "Trooper First Class"),
        ("Kriminalbezirksinspektorin Sabine Ortner", "Sabine Ortner", "Kriminalbezirksinspektorin"),
        ("Sergent-détective Marc Gagnier", "Marc Gagnier", "Sergent-détective"),
        ("Subcomisario Tomás Ibarra", "Tomás Ibarra", "Subcomisario"),
    ],
)
def test_a_rank_written_before_the_name_is_the_title_not_part_of_the_name(line: str, name: str, title: str) -> None:
    extraction = read_mail(SIGNED.format(line=line), sender="Records Unit <records@example-police.example>")
    requester = extraction.case.requester
    assert (requester.signer, requester.signer_title) == (name, title)


def test_a_first_name_is_not_taken_for_a_rank() -> None:
    extraction = read_mail(SIGNED.format(line="Mary Ann Whitcombe"), sender="Records <records@example-police.example>")
    assert extraction.case.requester.signer == "Mary Ann Whitcombe"


def _court_of(text: str) -> object:
    from services.intake.domain.extraction.corpus import Corpus, Fields
    from services.intake.domain.extraction.court import _court
    from shared.vocabulary import ProcessType

    out = Fields()
    _court(out, Corpus([("warrant.pdf", text)]), ProcessType.SEARCH_WARRANT)
    return out.value("issuing_court")


@pytest.mark.parametrize(
    ("caption", "start"),
    [
        ("23RD JUDICIAL DISTRICT COURT\nSEARCH WARRANT\n", "23rd judicial district court"),
        ("IN THE 2nd Circuit Court for the County of Washtenaw\n\nSEARCH WARRANT\n", "2nd circuit court"),
    ],
)
def test_an_ordinal_numbered_court_keeps_its_number(caption: str, start: str) -> None:
    assert str(_court_of(caption)).lower().startswith(start)


def test_the_parish_on_the_line_under_a_court_is_part_of_its_name_without_the_state() -> None:
    caption = "23RD JUDICIAL DISTRICT COURT\nPARISH OF ST. MARTIN, STATE OF LOUISIANA\nSEARCH WARRANT\n"
    assert _court_of(caption) == "23rd Judicial District Court, Parish of St. Martin"


def test_a_two_column_caption_keeps_only_the_county() -> None:
    caption = "STATE OF IOWA\nDISTRICT COURT\nCOUNTY OF STORY SECOND JUDICIAL DISTRICT\nSEARCH WARRANT\n"
    assert _court_of(caption) == "District Court, County of Story"


@pytest.mark.parametrize(
    ("subject", "number"),
    [
        ("records request KCSO-CYB-2026-0419", "KCSO-CYB-2026-0419"),
        ("Production order: 4B-ORD-77-1203", "4B-ORD-77-1203"),
        ("Data request – MPD-7712", "MPD-7712"),
    ],
)
def test_a_subject_ending_in_an_identifier_gives_the_whole_identifier(subject: str, number: str) -> None:
    from services.intake.domain.extraction.case_number import _case_number
    from services.intake.domain.extraction.corpus import Corpus, Fields

    out = Fields()
    _case_number(out, Corpus([("body", "Please see the attached request for subscriber records.")]), subject)
    assert out.value("case_number") == number


def test_a_state_division_or_bureau_of_criminal_investigation_is_named_as_the_requester() -> None:
    body = (
        "The Iowa Division of Criminal Investigation asks you to preserve the records of @corn_field_99.\n\n"
        "Agent Dana Moss\n"
    )
    extraction = read_mail(body, sender="Dana Moss <dana.moss@iowa.gov>", subject="Preservation")
    assert extraction.case.requester.name == "Iowa Division of Criminal Investigation"


REPLY_TO_US = """Hello again,

Attached is the court order you asked for.

Lt. Sam Ortiz
Springfield Police Department

-----Original Message-----
From: Legal Team <legal@platform.example>
Sent: Monday, November 30, 2026 10:00 AM
Subject: RE: request

We need valid legal process before we can disclose records.
"""


def test_a_sender_read_as_this_very_mailbox_is_held_for_a_person() -> None:
    extraction = read_mail(REPLY_TO_US, sender="Sam Ortiz <sam.ortiz@example-police.example>", subject="RE: request")
    assert any("the mailbox the message was sent to" in reason for reason in extraction.triage_reasons)
