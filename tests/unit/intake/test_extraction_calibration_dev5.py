"""General misreadings behind confident errors on dates and gags (fifth development round): a gag counted
from a forwarded header's date instead of the order's signing formula, a forward's offset borrowed across
a daylight-saving change, a private party's deadline under a federal court's subpoena, a warrant's
execution date taken for the provider's deadline, and a court's gag in words (or a scan's slips) the
reader did not know. Each message is written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from services.intake.domain.documents import DocumentText
from services.intake.domain.extraction.build import CONFIDENT
from services.intake.domain.local_zones import local_zone
from tests.unit.intake.extraction_helpers import read_mail

NEW_YORK = ZoneInfo("America/New_York")
DENVER = ZoneInfo("America/Denver")


def _scan(text: str) -> DocumentText:
    return DocumentText(name="warrant.pdf", text=text, method="ocr", ocr_confidence=91.0, ocr_pages=1)


FORWARD = """Forwarding the detective's warrant below, as asked.

Marta Quill
Records Unit

---------- Forwarded message ---------
From: Hollis, Dean <dean.hollis@police.example.gov>
Date: Fri, Mar 6, 2026 at 2:15 PM
Subject: warrant 26-SW-0318
To: Quill, Marta <marta.quill@police.example.gov>

Marta, please send this on Monday.

   CIRCUIT COURT OF EXAMPLE COUNTY - SEARCH WARRANT No. 26-SW-0318
   You are commanded to produce, for the account harbor.lantern.12, all subscriber information.
   Records to be provided no later than March 30, 2026.
   It is further ORDERED that the provider shall not disclose the existence of this warrant
   to the subscriber for 60 days from the date hereof.

   Given under my hand this 5th day of March, 2026.
   Hon. Priya Castellanos, Judge
"""


def test_a_gag_from_the_date_hereof_counts_from_the_signing_formula_not_the_forwarded_headers_date() -> None:
    extraction = read_mail(
        FORWARD,
        sender="Quill, Marta <marta.quill@police.example.gov>",
        subject="Fwd: warrant 26-SW-0318",
        date="Mon, 09 Mar 2026 09:30:00 -0400",
    )
    gag = extraction.case.nondisclosure
    assert gag.present
    assert gag.expires_at is not None
    # 60 days from March 5 (the judge's "this 5th day of March"), not from March 6 (the forward's Date: line).
    assert gag.expires_at.date().isoformat() == "2026-05-04"


def test_a_forwarded_header_without_an_offset_is_read_in_the_zone_of_the_outer_headers_offset() -> None:
    # The outer mail (March 9, after the change to summer time) is -04:00; the forward (March 6) wrote
    # no offset, and on March 6 New York was still at -05:00. (The forwarded mail came from another office:
    # its date is the one the message carries as its service.)
    extraction = read_mail(
        FORWARD.replace("dean.hollis@police.example.gov", "dean.hollis@da.example.gov"),
        sender="Quill, Marta <marta.quill@police.example.gov>",
        subject="Fwd: warrant 26-SW-0318",
        date="Mon, 09 Mar 2026 09:30:00 -0400",
    )
    assert extraction.case.served_at == datetime(2026, 3, 6, 14, 15, tzinfo=NEW_YORK)
    assert extraction.case.return_by == datetime(2026, 3, 30, 17, 0, tzinfo=NEW_YORK)


def test_a_mail_forwarded_within_the_senders_own_office_is_served_when_it_reaches_us() -> None:
    # The detective's mail to the records unit ("please send this on Monday") was not served on anyone:
    # service is the records unit's mail to us, on Monday.
    extraction = read_mail(
        FORWARD,
        sender="Quill, Marta <marta.quill@police.example.gov>",
        subject="Fwd: warrant 26-SW-0318",
        date="Mon, 09 Mar 2026 09:30:00 -0400",
    )
    assert extraction.case.served_at == datetime(2026, 3, 9, 9, 30, tzinfo=NEW_YORK)
    assert extraction.case.return_by == datetime(2026, 3, 30, 17, 0, tzinfo=NEW_YORK)


SUBPOENA_512H = """Dear Designated Agent,

We serve the subpoena below under 17 U.S.C. 512(h), issued by the Clerk of the United States District
Court for the District of Colorado on the request of our client, Larkspur Audio LLC.

SUBPOENA TO IDENTIFY AN ALLEGED INFRINGER - Case 1:26-mc-00417
You are commanded to provide information sufficient to identify the user of the account
ridgeline_remixes, including name, address, telephone number and e-mail address.
Please provide the identifying information by December 3, 2026.

Owen Marchetti
Marchetti Rights Management
"""


def test_a_private_partys_deadline_under_a_federal_courts_subpoena_is_in_the_courts_local_time() -> None:
    extraction = read_mail(
        SUBPOENA_512H,
        sender="Owen Marchetti <owen@marchetti-rights.example>",
        subject="512(h) subpoena 1:26-mc-00417",
        date="Tue, 17 Nov 2026 11:00:00 -0500",
    )
    # The header's -05:00 is the sender's; the Colorado court's December 3 ends at 17:00 Mountain time.
    assert extraction.case.return_by == datetime(2026, 12, 3, 17, 0, tzinfo=DENVER)


def test_a_state_zone_is_the_one_with_the_offset_else_the_states_first() -> None:
    november = datetime(2026, 11, 17, 11, 0, tzinfo=ZoneInfo("America/New_York"))
    assert local_zone(november, state="CO") == DENVER  # no Colorado zone has -05:00: Colorado's own
    assert local_zone(november, state="TN") == ZoneInfo("America/New_York")  # Tennessee's eastern part has it


WARRANT = """UNITED STATES DISTRICT COURT for the District of Example
SEARCH AND SEIZURE WARRANT                                   Case No. 26-MJ-2291

YOU ARE COMMANDED to execute this warrant on or before December 1, 2026. The provider shall
disclose the subscriber information of the account copper.kestrel.5 within ten (10) days of service.

Date and time issued: 11/17/2026 10:05 am        /s/ Magistrate Judge Ira Whitcombe
"""


def test_a_warrants_execution_date_is_not_the_providers_deadline_when_a_period_after_service_is_given() -> None:
    extraction = read_mail(
        "Please find the warrant attached.\n\nSA Noor Haddad\nFederal Bureau of Investigation",
        sender="SA Noor Haddad <nhaddad@fbi.gov>",
        subject="Search warrant 26-MJ-2291",
        date="Wed, 18 Nov 2026 08:40:00 -0500",
        documents=(DocumentText(name="warrant.docx", text=WARRANT, method="docx"),),
    )
    return_by = extraction.case.return_by
    assert return_by is not None
    assert return_by.date().isoformat() == "2026-11-28"  # ten days after service on November 18


def test_the_court_further_orders_a_provider_not_to_disclose_is_a_gag() -> None:
    body = """STATE OF EXAMPLE - DISTRICT COURT - SEARCH WARRANT No. 26-W-1180

You are commanded to produce the subscriber information of the account moss.otter.77 within
fourteen (14) days of service.

The Court further orders that the provider not disclose this warrant to the subscriber for
30 days from the date hereof.

Date of issue: November 16, 2026      Hon. Celia Brandt
"""
    extraction = read_mail(body, sender="Tpr. Ana Varga <avarga@statepolice.example.gov>", subject="Warrant 26-W-1180")
    gag = extraction.case.nondisclosure
    assert gag.present
    assert gag.expires_at is not None and gag.expires_at.date().isoformat() == "2026-12-16"


def test_a_gag_a_scan_spelled_with_digits_for_letters_is_read() -> None:
    scan = """DISTRICT COURT - SEARCH WARRANT No. 26-W-1204
Produce the subscriber information of the account fern.vole.31 within fourteen (14) days of service.
The provider is ordered n0t to disc1ose this warrant to the subscriber for 45 days from the date hereof.
Date of issue: November 16, 2026
"""
    extraction = read_mail(
        "Warrant attached (scanned).\n\nTpr. Ana Varga",
        sender="Tpr. Ana Varga <avarga@statepolice.example.gov>",
        subject="Warrant 26-W-1204",
        documents=(_scan(scan),),
    )
    gag = extraction.case.nondisclosure
    assert gag.present
    assert gag.expires_at is not None and gag.expires_at.date().isoformat() == "2026-12-31"


def test_no_gag_read_in_a_scan_with_a_gags_words_is_not_confident() -> None:
    scan = """DISTRICT COURT - SEARCH WARRANT No. 26-W-1207
Produce the subscriber information of the account fern.vole.32 within fourteen (14) days of service.
SUBSCRIBER NOTICE: the provider sha11 n0t no tify the subscriber of this warrant until further order.
Date of issue: November 16, 2026
"""
    extraction = read_mail(
        "Warrant attached (scanned).\n\nTpr. Ana Varga",
        sender="Tpr. Ana Varga <avarga@statepolice.example.gov>",
        subject="Warrant 26-W-1207",
        documents=(_scan(scan),),
    )
    evidence = extraction.evidence["nondisclosure"]
    assert evidence.value["present"] is False
    assert evidence.confidence < CONFIDENT
    assert any("nondisclosure" in reason for reason in extraction.triage_reasons)


def test_no_gag_in_a_typed_warrant_without_a_gags_words_stays_confident() -> None:
    body = """DISTRICT COURT - SEARCH WARRANT No. 26-W-1210
Produce the subscriber information of the account fern.vole.33 within fourteen (14) days of service.
Date of issue: November 16, 2026      Hon. Celia Brandt
"""
    extraction = read_mail(body, sender="Tpr. Ana Varga <avarga@statepolice.example.gov>", subject="Warrant")
    evidence = extraction.evidence["nondisclosure"]
    assert evidence.value["present"] is False
    assert evidence.confidence >= CONFIDENT


# --- return dates written in ways the reader did not know ------------------------------------------------

POLICE = "Det. Rowan Pike <rpike@pd.example.gov>"
HEAD = (
    "STATE OF EXAMPLE - CIRCUIT COURT OF EXAMPLE COUNTY\nSUBPOENA DUCES TECUM No. 26-0907\n"
    "You are commanded to produce the subscriber information (name, e-mail address, telephone number) of the\n"
    "account gull.harbor.9.\n"
)


def _return_by(body: str, *, sender: str = POLICE, date: str = "Tue, 10 Nov 2026 10:00:00 -0500") -> datetime | None:
    return read_mail(body, sender=sender, subject="Subpoena 26-0907", date=date).case.return_by


def test_a_return_label_with_nlt_gives_the_date() -> None:
    body = HEAD + "Return: NLT 4 Dec 2026\n\nDet. Rowan Pike"
    assert _return_by(body) == datetime(2026, 12, 4, 17, 0, tzinfo=NEW_YORK)


def test_a_tables_production_date_row_gives_the_date() -> None:
    body = (
        HEAD + "Item: Account\nDetail: gull.harbor.9\nItem: Records\n"
        "Detail: subscriber name and e-mail address\nItem: Production date\nDetail: 9 December 2026\n\nDet. Rowan Pike"
    )
    assert _return_by(body) == datetime(2026, 12, 9, 17, 0, tzinfo=NEW_YORK)


def test_an_ordinal_day_of_a_month_without_day_is_a_date() -> None:
    body = "SUBPOENA 26-0907\nYou are commanded to produce, on or before the 8th of December, 2026, the subscriber\ninformation of the account gull.harbor.9.\n\nDet. Rowan Pike"
    assert _return_by(body) == datetime(2026, 12, 8, 17, 0, tzinfo=NEW_YORK)


def test_a_mistyped_appear_still_labels_the_date() -> None:
    body = "SUBPOENA 26-0907 - you are commanded to apear at the Municipal Court, 12 Main St, on Dec. 15th 2026 at 9:30 am\nand bring the subscriber records of the account gull.harbor.9.\n\nDet. Rowan Pike"
    assert _return_by(body) == datetime(2026, 12, 15, 9, 30, tzinfo=NEW_YORK)


def test_a_replys_new_date_supersedes_the_quoted_one() -> None:
    body = f"""Agreed - you may take until Monday, December 14, 2026 for the return. The subpoena again:

{HEAD}
Det. Rowan Pike

> Dear Detective, we received your subpoena duces tecum 26-0907 commanding us to produce the subscriber
> information of the account gull.harbor.9, returnable December 4, 2026. Could the return date be
> extended by ten days?
"""
    assert _return_by(body) == datetime(2026, 12, 14, 17, 0, tzinfo=NEW_YORK)


def test_an_appearance_at_an_address_is_in_that_places_local_time() -> None:
    body = (
        HEAD
        + """Place and time for appearance: 400 Grand Boulevard, Kansas City, MO 64106, on the 15th day of December,
2026 at 10 o'clock a.m.

Special Agent Rowan Pike"""
    )
    # The sender's header is Eastern; Kansas City is on Central time.
    assert _return_by(body) == datetime(2026, 12, 15, 10, 0, tzinfo=ZoneInfo("America/Chicago"))


def test_a_french_d_ici_au_labels_the_date() -> None:
    body = (
        "RÉQUISITION JUDICIAIRE (article 60-1 du code de procédure pénale)\n\nMerci de nous transmettre les données "
        "d'identification du compte gull.harbor.9 d'ici au 9 décembre 2026.\n\nBrigadier Lucie Morand\nPolice cantonale"
    )
    return_by = _return_by(
        body, sender="Lucie Morand <lucie.morand@police.example.ch>", date="Tue, 10 Nov 2026 10:00:00 +0100"
    )
    assert return_by is not None and return_by.date().isoformat() == "2026-12-09"


def test_an_italian_plea_not_to_tell_the_holder_with_words_between_is_a_gag() -> None:
    body = (
        "RICHIESTA DI DATI (art. 132 D.Lgs. 196/2003)\n\nSi chiedono i dati identificativi dell'utenza 'lago.verde.61' "
        "e gli indirizzi IP di accesso.\nSi prega di non dare notizia della presente richiesta all'intestatario.\n\n"
        "Il Comandante\nPolizia Postale"
    )
    extraction = read_mail(
        body, sender="Polizia Postale <pp.esempio@poliziadistato.example.it>", subject="Richiesta dati"
    )
    assert extraction.case.nondisclosure.present


def test_a_deadline_from_an_unknown_sender_under_a_countrys_domain_is_in_that_countrys_zone() -> None:
    body = (
        "Dear Sir or Madam,\n\nOn behalf of our client we serve the attached subpoena duces tecum commanding you to "
        "produce the subscriber information (name, e-mail address) of the account fjord.raven.3.\nPlease produce the "
        "records no later than October 30, 2026.\n\nKari Haugen\nAdvokatfirmaet Haugen"
    )
    return_by = read_mail(
        body, sender="Kari Haugen <kari@haugen-advokat.no>", subject="Subpoena", date="Tue, 15 Sep 2026 10:00:00 +0200"
    ).case.return_by
    # Sent in Norway's summer time (+02:00); October 30 is after Europe's change back to +01:00.
    assert return_by is not None
    assert return_by.isoformat() == "2026-10-30T17:00:00+01:00"


def test_a_state_bodys_deadline_is_in_its_states_time_when_the_header_is_stamped_in_utc() -> None:
    body = (
        "STATE OF OHIO - COURT OF COMMON PLEAS, FRANKLIN COUNTY\nSUBPOENA DUCES TECUM No. 26-0907\n"
        "You are commanded to produce the subscriber information (name, e-mail address, telephone number) of the\n"
        "account gull.harbor.9 no later than December 4, 2026.\n\nInv. Dana Whitlock\nOhio Bureau of Criminal Investigation"
    )
    return_by = read_mail(
        body,
        sender="Dana Whitlock <dana.whitlock@ohioattorneygeneral.gov>",
        subject="Subpoena 26-0907",
        date="Tue, 10 Nov 2026 15:00:00 +0000",
    ).case.return_by
    assert return_by is not None
    assert return_by.isoformat() == "2026-12-04T17:00:00-05:00"  # Ohio's time, not the mail server's UTC


def test_a_federal_agencys_headquarters_state_does_not_override_the_headers_offset() -> None:
    # The FBI's registry entry is its headquarters (D.C.); the field office's header (-07:00, Mountain) tells more.
    body = (
        "UNITED STATES DISTRICT COURT for the District of Example\nSEARCH AND SEIZURE WARRANT   Case No. 26-MJ-2290\n"
        "The provider shall disclose the subscriber information of the account copper.kestrel.4 no later than\n"
        "December 4, 2026.\n\nSA Noor Haddad\nFederal Bureau of Investigation"
    )
    return_by = read_mail(
        body, sender="SA Noor Haddad <nhaddad@fbi.gov>", subject="Warrant", date="Tue, 10 Nov 2026 09:00:00 -0700"
    ).case.return_by
    assert return_by is not None
    assert return_by.utcoffset() == datetime(2026, 12, 4, 17, 0, tzinfo=DENVER).utcoffset()


ORDER_HEAD = (
    "STATE OF EXAMPLE - DISTRICT COURT - SEARCH WARRANT No. 26-W-7712\n\n"
    "You are commanded to produce the subscriber information of the account birch.marten.20 within\n"
    "fourteen (14) days of service.\n\n"
)


def _gag_of(text: str, *, scanned: bool = False) -> tuple[dict[str, object], float]:
    documents = (_scan(text),) if scanned else ()
    body = "Order attached (scanned).\n\nTpr. Ana Varga" if scanned else text
    extraction = read_mail(
        body,
        sender="Tpr. Ana Varga <avarga@statepolice.example.gov>",
        subject="Order 26-CR-7712",
        date="Tue, 10 Nov 2026 10:00:00 -0500",
        documents=documents,
    )
    evidence = extraction.evidence["nondisclosure"]
    return evidence.value, evidence.confidence


def test_a_provider_commanded_in_other_words_not_to_tell_is_under_a_court_gag() -> None:
    for sentence in (
        "The provider is hereby directed not to disclose this order to the subscriber.",
        "The provider shall refrain from notifying the subscriber of this order.",
        "The provider is prohibited from disclosing the existence of this order.",
        "The provider must not inform the account holder of this order.",
    ):
        value, _ = _gag_of(ORDER_HEAD + sentence + "\nSO ORDERED this 9th day of November, 2026.\n")
        assert value["present"] is True, sentence
        assert value["kind"] == "COURT_ORDER_2705B", sentence


def test_a_scans_statute_number_with_a_letter_for_a_digit_is_still_a_gag() -> None:
    value, _ = _gag_of(ORDER_HEAD + "Delayed notice: see 18 U.S.C. 27O5(b).\nEntered November 9, 2026.\n", scanned=True)
    assert value["present"] is True


def test_the_word_nondisclosure_in_typed_text_with_no_gag_read_is_not_confident() -> None:
    value, confidence = _gag_of(
        ORDER_HEAD + "Nondisclosure: ninety days, counted from today.\nEntered November 9, 2026.\n"
    )
    assert value["present"] is False
    assert confidence < CONFIDENT


def test_a_private_partys_deadline_under_a_state_courts_subpoena_is_in_that_states_time() -> None:
    body = (
        "Counsel,\n\nPlease find below a subpoena issued in Harlow v. Doe, Superior Court of California, County of "
        "Alameda, No. 26CV01984.\n\nSUBPOENA FOR PRODUCTION OF BUSINESS RECORDS\nYou are commanded to produce the "
        "subscriber information of the account quartz.heron.14 no later than December 3, 2026.\n\n"
        "Miriam Okafor\nOkafor Litigation Group"
    )
    return_by = read_mail(
        body,
        sender="Miriam Okafor <mo@okafor-litigation.example>",
        subject="Subpoena",
        date="Tue, 17 Nov 2026 11:00:00 -0500",
    ).case.return_by
    assert return_by == datetime(2026, 12, 3, 17, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


def test_a_forwarded_headers_afternoon_time_keeps_its_pm() -> None:
    body = FORWARD.replace("Date: Fri, Mar 6, 2026 at 2:15 PM", "Sent: Friday, March 6, 2026 2:15 PM").replace(
        "dean.hollis@police.example.gov", "dean.hollis@da.example.gov"
    )  # from another office: the forwarded mail's time is the service the message carries
    extraction = read_mail(
        body,
        sender="Quill, Marta <marta.quill@police.example.gov>",
        subject="Fwd: warrant 26-SW-0318",
        date="Mon, 09 Mar 2026 09:30:00 -0400",
    )
    assert extraction.case.served_at == datetime(2026, 3, 6, 14, 15, tzinfo=NEW_YORK)


def test_a_warrants_execution_date_gives_way_to_its_production_date() -> None:
    warrant = WARRANT.replace("within ten (10) days of service", "no later than November 30, 2026")
    extraction = read_mail(
        "Please find the warrant attached.\n\nSA Noor Haddad\nFederal Bureau of Investigation",
        sender="SA Noor Haddad <nhaddad@fbi.gov>",
        subject="Search warrant 26-MJ-2291",
        date="Wed, 18 Nov 2026 08:40:00 -0500",
        documents=(DocumentText(name="warrant.docx", text=warrant, method="docx"),),
    )
    evidence = extraction.evidence["return_by"]
    assert evidence.value is not None and evidence.value.date().isoformat() == "2026-11-30"
    assert evidence.confidence >= CONFIDENT  # not "return dates disagree": the two dates are different things


def test_a_time_or_the_close_of_business_before_the_date_still_labels_it() -> None:
    cases = {
        "by 5:00 p.m. on December 3, 2026.": datetime(2026, 12, 3, 17, 0, tzinfo=NEW_YORK),
        "by close of business on December 3, 2026.": datetime(2026, 12, 3, 17, 0, tzinfo=NEW_YORK),
        "by COB December 3, 2026.": datetime(2026, 12, 3, 17, 0, tzinfo=NEW_YORK),
        "by 10:30 a.m. CST on December 3, 2026.": datetime(2026, 12, 3, 10, 30, tzinfo=ZoneInfo("America/Chicago")),
        "before 9 a.m. on Thursday, December 3, 2026.": datetime(2026, 12, 3, 9, 0, tzinfo=NEW_YORK),
        "before 4 p.m. Pacific Time on Thursday, December 3, 2026.": datetime(
            2026, 12, 3, 16, 0, tzinfo=ZoneInfo("America/Los_Angeles")
        ),
        "by the third day of December, 2026.": datetime(2026, 12, 3, 17, 0, tzinfo=NEW_YORK),
    }
    for tail, expected in cases.items():
        body = HEAD.rstrip("\n").removesuffix(".") + " " + tail + "\n\nDet. Rowan Pike"
        assert _return_by(body) == expected, tail


def test_a_court_gag_in_still_other_words_is_read_with_its_period() -> None:
    signed = "\n\nSIGNED this 9th day of November, 2026.\nHon. Celia Brandt\n"
    cases = {
        "The provider shall delay notification to the subscriber for 90 days.": "2027-02-07",
        "Disclosure of this warrant to the subscriber is prohibited for 60 days from the date of this order.": "2027-01-08",
        "This warrant is sealed. The provider shall keep it confidential for 90 days.": "2027-02-07",
    }
    for sentence, ends in cases.items():
        value, confidence = _gag_of(ORDER_HEAD + sentence + signed)
        assert value["present"] is True, sentence
        assert value["kind"] == "COURT_ORDER_2705B", sentence
        assert str(value["expires_at"]).startswith(ends), sentence
        assert confidence >= CONFIDENT


def test_a_gag_counted_from_service_is_counted_from_the_emails_date_with_fair_confidence() -> None:
    value, confidence = _gag_of(
        ORDER_HEAD + "The provider shall not disclose this warrant for 6 months after service.\n\n"
        "SIGNED this 9th day of November, 2026.\n"
    )
    assert str(value["expires_at"]).startswith("2027-05-10")  # six months after the e-mail of November 10
    assert confidence >= CONFIDENT


def test_a_period_counted_from_the_subpoenas_own_date_counts_from_its_dated_line() -> None:
    body = (
        HEAD
        + "Produce the records within 30 days of the date of this subpoena.\nDated: November 2, 2026\n\nDet. Rowan Pike"
    )
    assert _return_by(body) == datetime(2026, 12, 2, 17, 0, tzinfo=NEW_YORK)  # not 30 days after the e-mail (Nov 10)


def test_a_period_from_a_documents_date_that_is_not_found_is_not_confident() -> None:
    body = HEAD + "Produce the records within 30 days of the date of this subpoena.\n\nDet. Rowan Pike"
    evidence = read_mail(
        body, sender=POLICE, subject="Subpoena 26-0907", date="Tue, 10 Nov 2026 10:00:00 -0500"
    ).evidence
    assert evidence["return_by"].confidence < CONFIDENT


def test_periods_in_weeks_or_after_you_receive_are_counted() -> None:
    assert _return_by(HEAD + "Produce the records within two weeks of service.\n") == datetime(
        2026, 11, 24, 17, 0, tzinfo=NEW_YORK
    )
    assert _return_by(HEAD + "Produce them not later than ten days after you receive this subpoena.\n") == datetime(
        2026, 11, 20, 17, 0, tzinfo=NEW_YORK
    )


def test_a_letters_plea_not_to_tell_the_holder_in_other_words_is_a_gag_request() -> None:
    head = "Pursuant to 18 U.S.C. 2703(f), please preserve all records of the account birch.marten.21 for 90 days.\n"
    for plea in (
        "We would appreciate it if the user were not informed.",
        "Please don't let the user know about this request.",
        "The account holder must not learn of this request.",
        "We request confidentiality in this matter.",
    ):
        extraction = read_mail(
            head + plea + "\n\nDet. Rowan Pike\nExample Police Department",
            sender=POLICE,
            subject="Preservation request",
        )
        gag = extraction.case.nondisclosure
        assert gag.present, plea
        assert gag.kind is not None and gag.kind.value == "LETTER_REQUEST", plea


@pytest.mark.parametrize(
    ("head", "plea"),
    [
        (
            "Solicitud de datos de la cuenta lago.azul.8 conforme a la Ley de Enjuiciamiento Criminal.\n",
            "Se ruega no poner en conocimiento del usuario la presente solicitud.",
        ),
        ("Auskunftsersuchen gemäß § 100j StPO zum Konto see.blau.8.\n", "Bitte informieren Sie den Nutzer nicht."),
        (
            "Auskunftsersuchen gemäß § 100j StPO zum Konto see.blau.9.\n",
            "Wir bitten, den Kontoinhaber nicht über dieses Ersuchen zu informieren.",
        ),
        (
            "Réquisition judiciaire (article 60-1 du code de procédure pénale) concernant le compte lac.bleu.8.\n",
            "Veuillez ne pas en informer l'abonné.",
        ),
        (
            "Ofício de requisição de dados cadastrais da conta lago.azul.9 (art. 10 da Lei 12.965/2014).\n",
            "Solicitamos que o usuário não seja notificado.",
        ),
        (
            "Ofício de requisição de dados cadastrais da conta lago.azul.10 (art. 10 da Lei 12.965/2014).\n",
            "Pede-se que não informe o titular da conta.",
        ),
    ],
)
def test_a_foreign_plea_not_to_tell_the_holder_in_other_words_is_a_gag_request(head: str, plea: str) -> None:
    extraction = read_mail(head + plea + "\n\nInspector Lara Quintela", sender="Lara <lq@police.example.org>")
    assert extraction.case.nondisclosure.present
