"""General misreadings behind confident errors on the third development set: location asked for as
"location info", the IP addresses of the latest logins, non-content data under another law's name
("telecommunications data"), and a gag written in the passive ("this order must not be disclosed").
Each message is written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from services.intake.domain.dates import find_dates
from shared.vocabulary import DataCategory, NondisclosureKind, ProcessType
from tests.unit.intake.extraction_helpers import read_mail

DETECTIVE = "Det. Imani Whitfield <iwhitfield@boisecity.gov>"


def test_location_info_is_a_demand_for_location_history() -> None:
    body = """URGENT EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8)
Boise Police Department, Case 27-004410

A man posted from @ridgeline_rover that he is going to jump from the bridge tonight.
We need the phone number on the account and whatever location info you hold for it since noon.

Det. Imani Whitfield
"""
    extraction = read_mail(body, sender=DETECTIVE, date="Sun, 10 Jan 2027 22:15:00 -0700")
    assert DataCategory.LOCATION_HISTORY in extraction.case.data_categories
    assert DataCategory.BASIC_SUBSCRIBER in extraction.case.data_categories


def test_ip_addresses_of_the_latest_logins_are_non_content_records() -> None:
    body = """EMERGENCY DISCLOSURE REQUEST
Garda National Cyber Crime Bureau, Dublin, Ireland

A teenager using @liffey_lantern has said she will end her life today.
We request the e-mail address on the account and the IPs from the last three sessions.

Sergeant Ciarán Doyle
"""
    extraction = read_mail(body, sender="Sgt Ciarán Doyle <cdoyle@garda.ie>", date="Tue, 12 Jan 2027 07:40:00 +0000")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_ip_addresses_for_all_sign_ins_are_non_content_records() -> None:
    body = """SUBPOENA TO TESTIFY BEFORE A GRAND JURY - GJ 27-0115
UNITED STATES DISTRICT COURT, DISTRICT OF IDAHO

Produce for the account @snake_river_swaps: the subscriber's name and telephone number, and
IP addresses for every sign-in between 1 December 2026 and the date of this subpoena.
"""
    extraction = read_mail(body, sender="AUSA Pell <r.pell@usdoj.gov>", date="Tue, 12 Jan 2027 10:00:00 -0700")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_telecommunications_data_is_a_non_content_demand() -> None:
    body = """PRODUCTION ORDER
The provider is required to produce, for the account @tasman_tide_77, subscriber details and the
telecommunications data associated with it, for March 2026 to June 2026.
"""
    extraction = read_mail(body, sender="Det. Ava Lin <ava.lin@afp.gov.au>", date="Wed, 13 Jan 2027 09:00:00 +1100")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_a_gag_written_in_the_passive_is_a_nondisclosure_order() -> None:
    body = """PRODUCTION ORDER No. 2027-PO-0042
The provider must produce the subscriber information for the account @harbour_lights_9.
The existence of this order is not to be disclosed to any person, including the account holder.
"""
    extraction = read_mail(body, sender="Det. Ava Lin <ava.lin@afp.gov.au>", date="Wed, 13 Jan 2027 09:00:00 +1100")
    assert extraction.case.nondisclosure.present
    assert extraction.case.nondisclosure.kind is NondisclosureKind.COURT_ORDER_2705B


def test_a_passive_gag_toward_the_user_is_read_but_a_mail_disclaimer_is_not() -> None:
    gagged = """SEARCH WARRANT 27-SW-0311
Produce the stored messages of the account @kestrel_vale. The warrant's contents shall not be
revealed at this time to the subscriber.
"""
    extraction = read_mail(gagged, sender=DETECTIVE, date="Thu, 14 Jan 2027 09:00:00 -0700")
    assert extraction.case.nondisclosure.present

    disclaimer = """SEARCH WARRANT 27-SW-0312
Produce the stored messages of the account @kestrel_vale.

This e-mail is intended only for its addressee and must not be disclosed or copied by anyone else.
"""
    extraction = read_mail(disclaimer, sender=DETECTIVE, date="Thu, 14 Jan 2027 09:00:00 -0700")
    assert not extraction.case.nondisclosure.present


def test_a_letter_asking_that_its_request_not_be_revealed_is_a_letter_request() -> None:
    body = """PRESERVATION REQUEST - 18 U.S.C. § 2703(f)
Please preserve all records of the account @granite_gulch_ore for 90 days.
The existence of this request should not be revealed to the account holder.
"""
    extraction = read_mail(body, sender=DETECTIVE, date="Thu, 14 Jan 2027 09:00:00 -0700")
    assert extraction.case.nondisclosure.present
    assert extraction.case.nondisclosure.kind is NondisclosureKind.LETTER_REQUEST


def test_a_state_ex_parte_order_for_disclosure_of_subscriber_records_is_a_2703d_like_order() -> None:
    body = """STATE OF VERMONT, SUPERIOR COURT, CHITTENDEN UNIT
EX PARTE ORDER COMPELLING DISCLOSURE OF CUSTOMER RECORDS
Docket 27-CR-00412

On reasonable and articulable suspicion shown, the provider shall disclose the subscriber name,
address and the login IP addresses for the account @green_mtn_gems.
"""
    extraction = read_mail(body, sender=DETECTIVE, date="Thu, 14 Jan 2027 09:00:00 -0500")
    assert extraction.case.process_type is ProcessType.COURT_ORDER_2703D


def test_a_misspelt_administrative_subpoena_is_still_administrative() -> None:
    body = """Hello, attached is an adminstrative supoena for the acount @boise_bmx_kid.
Requested: name, phone numbers and length of service. Return the records by 02/01/2027.
"""
    extraction = read_mail(body, sender=DETECTIVE, date="Thu, 14 Jan 2027 09:00:00 -0700")
    assert extraction.case.process_type is ProcessType.SUBPOENA_ADMINISTRATIVE


def test_a_bankruptcy_rule_2004_subpoena_is_civil() -> None:
    body = """UNITED STATES BANKRUPTCY COURT, DISTRICT OF OREGON
In re: Marisol Trent, Debtor. Case No. 27-30011, Chapter 7
SUBPOENA FOR RULE 2004 EXAMINATION
Produce the subscriber records and messages of the account @trent_vintage_pdx on 03/01/2027.
"""
    extraction = read_mail(body, sender="Counsel <kp@trusteelaw.example>", date="Thu, 14 Jan 2027 09:00:00 -0800")
    assert extraction.case.process_type is ProcessType.SUBPOENA_CIVIL


def test_records_of_payments_through_the_account_are_non_content_records() -> None:
    body = """SUBPOENA TO PRODUCE DOCUMENTS IN A CIVIL ACTION - Case No. 27-CV-1180
UNITED STATES DISTRICT COURT, DISTRICT OF COLORADO

You are commanded to produce (1) the subscriber name and e-mail address of the account @aspen_resale_co; and
(2) the transaction history of the account, including payouts to any linked bank, for 2026.
"""
    extraction = read_mail(body, sender="Counsel <kp@firm.example>", date="Thu, 14 Jan 2027 09:00:00 -0700")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories
    assert DataCategory.BASIC_SUBSCRIBER in extraction.case.data_categories


def test_a_french_plea_not_to_tell_the_usager_and_a_wished_for_deadline_are_read() -> None:
    body = """Bonjour,

Le Service de police de Laval vous demande de lui transmettre les renseignements de base de
l'abonné du compte @laval_velo_42 (nom, courriel, téléphone).

Échéance souhaitée : 2027-02-03
Merci de ne pas prévenir l'usager de cette demande.
"""
    extraction = read_mail(body, sender="Sgt Luc Roy <luc.roy@laval.ca>", date="Thu, 14 Jan 2027 09:00:00 -0500")
    assert extraction.case.nondisclosure.present
    assert extraction.case.nondisclosure.kind is NondisclosureKind.LETTER_REQUEST
    assert extraction.case.return_by is not None
    assert extraction.case.return_by.date().isoformat() == "2027-02-03"


def test_a_spanish_subjunctive_plea_not_to_inform_the_holder_is_a_letter_request() -> None:
    body = """Policía Nacional - Brigada Central de Investigación Tecnológica
Se solicita su colaboración para que faciliten los datos de registro de la cuenta @sevilla_motos_77
(nombre, correo electrónico, teléfono). Rogamos que no informen de esta petición a la titular de la cuenta.
"""
    extraction = read_mail(body, sender="BCIT <bcit@policia.es>", date="Thu, 14 Jan 2027 09:00:00 +0100")
    assert extraction.case.nondisclosure.present
    assert extraction.case.nondisclosure.kind is NondisclosureKind.LETTER_REQUEST


def test_a_year_first_date_with_slashes_is_read() -> None:
    hits = find_dates("Kindly answer by 2027/03/09, thank you.")
    assert [hit.day for hit in hits] == [date(2027, 3, 9)]
    assert find_dates("file ref 2027/03/09/17") == []


def test_a_negation_ends_where_the_next_item_of_the_list_begins() -> None:
    body = """SUBPOENA DUCES TECUM FOR DEPOSITION - Cause No. 27-CV-0099, Chancery Court (Miss. R. Civ. P. 45)
Documents: all messages the account @magnolia_mike sent to anyone except his employer, and the
account's location history, for 2026.
"""
    extraction = read_mail(body, sender="Counsel <kp@firm.example>", date="Thu, 14 Jan 2027 09:00:00 -0600")
    assert DataCategory.LOCATION_HISTORY in extraction.case.data_categories


def test_a_labelled_deposition_date_is_the_return_date() -> None:
    body = """SUBPOENA DUCES TECUM FOR DEPOSITION - Cause No. 27-CV-0101 (Miss. R. Civ. P. 30(b)(6) and 45)
Deponent: the custodian of records of the platform
Deposition: Tuesday, March 2, 2027, 9:30 a.m., 10 Court Square, Oxford, MS
Documents: the subscriber name and e-mail address of the account @oxford_oaks_realty.
"""
    extraction = read_mail(body, sender="Counsel <kp@firm.example>", date="Thu, 14 Jan 2027 09:00:00 -0600")
    assert extraction.case.return_by == datetime(2027, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=-6)))


def test_a_spanish_plazo_in_hours_counts_from_service() -> None:
    body = """Fiscalía Especializada en Delitos Informáticos
Cuenta: @gdl_rifas_2027
Información requerida: datos del suscriptor y direcciones IP
Plazo: 48 horas
"""
    extraction = read_mail(body, sender="Fiscal <fiscal@fge.jalisco.gob.mx>", date="Thu, 14 Jan 2027 09:00:00 -0600")
    assert extraction.case.return_by == datetime(2027, 1, 16, 9, 0, tzinfo=timezone(timedelta(hours=-6)))


def test_a_foreign_requests_bare_ip_addresses_are_the_accounts_address_history() -> None:
    body = """Bundeskriminalamt, Wiesbaden, Germany - mutual legal assistance request
For the account @rhein_deals_24 we request the subscriber's name and e-mail address and the IP addresses.
"""
    extraction = read_mail(body, sender="BKA <so12@bka.bund.de>", date="Thu, 14 Jan 2027 09:00:00 +0100")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_a_phone_number_named_with_the_account_is_a_target_but_a_callback_number_is_not() -> None:
    body = """Fiscalía General del Estado de Puebla
Cuenta: @puebla_premios_mx y el número +52 222 555 0144
Información requerida: datos del suscriptor.
Para cualquier duda, mi teléfono es +52 222 555 0199.
"""
    extraction = read_mail(
        body, sender="Fiscal <fiscal@fiscalia.puebla.gob.mx>", date="Thu, 14 Jan 2027 09:00:00 -0600"
    )
    assert "+52 222 555 0144" in extraction.case.targets
    assert not any("0199" in target for target in extraction.case.targets)


def test_a_gag_counted_from_the_warrant_date_uses_the_jurat_when_no_other_date_is_written() -> None:
    body = """SUPERIOR COURT OF WASHINGTON, KING COUNTY
SEARCH WARRANT AND AFFIDAVIT No. 27-KCSO-0031
YOU ARE COMMANDED to search the account @puget_pranks for its stored messages.
The provider shall not disclose the existence of this warrant for 60 days from the date of this warrant.
Subscribed and sworn to before me on January 4, 2027.
"""
    extraction = read_mail(body, sender=DETECTIVE, date="Thu, 14 Jan 2027 09:00:00 -0800")
    expires = extraction.case.nondisclosure.expires_at
    assert expires is not None
    assert expires.date() == date(2027, 3, 5)
