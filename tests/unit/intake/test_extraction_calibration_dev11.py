"""Faults blind_holdout11 (a development set from 2026-12-08 03:03) showed, each tested here in other words."""

from __future__ import annotations

from shared.vocabulary import DataCategory
from tests.unit.intake.extraction_helpers import read_mail

WHOLE_ACCOUNT = {DataCategory.BASIC_SUBSCRIBER, DataCategory.NON_CONTENT_RECORDS, DataCategory.STORED_CONTENT}


def test_an_account_identified_as_a_name_across_a_line_break_is_a_target() -> None:
    body = (
        "NATIONAL SECURITY LETTER. Under 18 U.S.C. 2709 provide the name, address and length of service of the\n"
        "subscriber of the account\nidentified as: harbor_lights_409 (numeric ID 55120987) from March 1, 2026.\n\n"
        "Special Agent in Charge, Norfolk Field Office\n"
    )
    extraction = read_mail(body, sender="Norfolk SAC <sac.norfolk@fbi.gov>", subject="NSL")
    assert "harbor_lights_409" in extraction.case.targets


def test_an_account_identified_as_a_name_in_spanish_is_a_target() -> None:
    body = (
        "Solicitamos los datos de registro de la cuenta identificada como\nrio_verde_ventas del 1 al 30 de octubre.\n\n"
        "Fiscal Ana Ruiz\n"
    )
    extraction = read_mail(body, sender="Ana Ruiz <aruiz@fiscalia.example.gt>", subject="Solicitud")
    assert "rio_verde_ventas" in extraction.case.targets


def _preservation(body: str) -> set[DataCategory]:
    extraction = read_mail(body, sender="Ann Lee <alee@shelbycountytn.gov>", subject="Preservation request")
    return set(extraction.case.data_categories)


def test_a_preservation_of_the_account_is_not_narrowed_by_a_sentence_that_adds_to_it() -> None:
    body = (
        "Please preserve per 18 USC 2703(f) for 90 days:\n\n    Handle: @bluff_city_parts\n"
        "    Phone on the account: 901-555-0100\n\n"
        "Also please keep anything the account posts from now until our warrant reaches you.\n\n"
        "Sgt. Ann Lee\nShelby County Sheriff's Office\n"
    )
    assert _preservation(body) == WHOLE_ACCOUNT


def test_a_preservation_that_names_its_records_is_not_widened_to_the_whole_account() -> None:
    body = (
        "Pursuant to 18 U.S.C. 2703(f), please preserve the subscriber information of the account\n"
        "@bluff_city_parts for 90 days. Please also keep its posts.\n\nSgt. Ann Lee\nShelby County Sheriff's Office\n"
    )
    assert DataCategory.BASIC_SUBSCRIBER in _preservation(body)
    assert DataCategory.NON_CONTENT_RECORDS not in _preservation(body)


def test_a_preservation_directive_with_its_records_listed_after_a_colon_keeps_those() -> None:
    body = (
        "Please preserve the following for the account @bluff_city_parts under 18 U.S.C. 2703(f):\n\n"
        "  1. subscriber information\n  2. the e-mail address on the account\n\n"
        "We will also want the account's messages when our warrant is signed next week, please keep them too.\n\n"
        "Sgt. Ann Lee\nShelby County Sheriff's Office\n"
    )
    assert DataCategory.BASIC_SUBSCRIBER in _preservation(body)
    assert DataCategory.NON_CONTENT_RECORDS not in _preservation(body)


def test_records_a_separate_request_would_ask_for_are_not_demanded() -> None:
    body = (
        "The Royal Grenada Police Force requests, voluntarily, the registration details and login IP addresses\n"
        "of the account @spice_isle_cash for September 2026. We are aware that any request for the content of\n"
        "messages must be made through the mutual legal assistance channel.\n\nInsp. K. Charles\n"
    )
    extraction = read_mail(body, sender="K Charles <k.charles@police.example.gd>", subject="Request")
    assert DataCategory.STORED_CONTENT not in extraction.case.data_categories
    assert DataCategory.BASIC_SUBSCRIBER in extraction.case.data_categories
    asked = read_mail(
        body.replace("We are aware that any request for the content of", "We also request the content of").replace(
            "must be made through the mutual legal assistance channel", "sent and received"
        ),
        sender="K Charles <k.charles@police.example.gd>",
        subject="Request",
    )
    assert DataCategory.STORED_CONTENT in asked.case.data_categories
