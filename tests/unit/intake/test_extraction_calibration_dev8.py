"""Faults blind_holdout8 (a development set from 2026-12-08 00:38) showed, each tested here in other words."""

from __future__ import annotations

from shared.vocabulary import DataCategory, RequesterKind
from tests.unit.intake.extraction_helpers import read_mail


def _held(extraction: object, field: str) -> bool:
    return any(reason.field == field for reason in extraction.triage)  # type: ignore[attr-defined]


def test_a_flattened_tables_header_cell_is_no_account() -> None:
    body = (
        "GRAND JURY SUBPOENA, Superior Court of Richmond County, Georgia. Produce the records listed below.\n"
        "Account: Records\n@augusta_card_room: subscriber name and e-mail\n@garden_city_chips: session times\n"
    )
    extraction = read_mail(body, sender="Lee Park <lpark@augustaga.gov>", subject="Subpoena")
    assert sorted(extraction.case.targets) == ["augusta_card_room", "garden_city_chips"]


def test_stored_communications_are_content() -> None:
    body = (
        "Pursuant to 18 U.S.C. 2703(f) please preserve all records and other evidence, including stored\n"
        "communications, of the account @lilac_pawn_deals for 90 days.\n\nDet. Ana Cruz, Tacoma Police Department\n"
    )
    extraction = read_mail(body, sender="Ana Cruz <acruz@cityoftacoma.org>", subject="Preservation")
    assert DataCategory.STORED_CONTENT in extraction.case.data_categories


def test_a_police_body_writing_from_a_foreign_countrys_unlisted_domain_is_that_countrys_for_a_person() -> None:
    # Not a U.S. state's or local police: the words "Police ..." alone made it one.
    body = (
        "The Police Department of the Republic of Exampleland asks you to preserve the data of @harbour_fx_desk\n"
        "for 90 days pending a request for mutual legal assistance.\n\nInsp. Mara Vos, Cybercrime Unit\n"
    )
    extraction = read_mail(body, sender="Mara Vos <mara.vos@policie-example.lv>", subject="Preservation")
    assert extraction.case.requester is not None
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country == "LV"
    assert _held(extraction, "requester.kind")


def test_a_foreign_authority_on_free_mail_placed_only_by_a_bodys_shared_name_goes_to_a_person() -> None:
    body = (
        "Sou inspetor da Polícia Judiciária e escrevo deste endereço porque o e-mail institucional falhou.\n"
        "Solicito os dados de registo da conta @invest_facil_77.\n\nInspetor Rui Tavares\n"
    )
    held = read_mail(body, sender="Rui Tavares <rui.tavares.pj@gmail.com>", subject="Pedido")
    assert _held(held, "requester.kind")
    # The same letter naming its country keeps its reading (the review asks to verify the sender).
    named = read_mail(
        body.replace("Polícia Judiciária", "Polícia Judiciária de Portugal, Lisboa"),
        sender="Rui Tavares <rui.tavares.pj@gmail.com>",
        subject="Pedido",
    )
    assert not _held(named, "requester.kind")
