"""The field readers on demands of the kinds legal teams receive, written for these tests: civil and
records-deposition subpoenas, a state attorney general's civil investigative demand, a pen register
order, an Overseas Production Order, and the phrasing that used to be misread."""

from __future__ import annotations

from shared.vocabulary import DataCategory, ForeignMechanism, ProcessType, RequesterKind
from tests.unit.intake.extraction_helpers import read_mail

LAW_FIRM = "Dana Whitcombe <dwhitcombe@harlowpierce-law.com>"


def test_a_records_deposition_subpoena_from_a_law_firm_is_a_civil_subpoena() -> None:
    body = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF SONOMA

Redwood Orchards LLC v. Doe 1, Case No. SCV-271155

DEPOSITION SUBPOENA FOR PRODUCTION OF BUSINESS RECORDS

To the custodian of records: you are ordered to produce the business records described below:
the name, e-mail address and telephone number on file for the account "vine_and_branch_77".

On (date): February 8, 2027   At (time): 10:00 a.m.

Dana Whitcombe, Attorney for Plaintiff
Harlow Pierce LLP
"""
    extraction = read_mail(body, sender=LAW_FIRM, date="Mon, 11 Jan 2027 10:00:00 -0800")
    case = extraction.case
    assert case.process_type is ProcessType.SUBPOENA_CIVIL
    assert case.requester.kind is RequesterKind.PRIVATE_PARTY
    assert case.targets == ["vine_and_branch_77"]
    assert case.data_categories == [DataCategory.BASIC_SUBSCRIBER]
    assert case.return_by is not None and case.return_by.isoformat() == "2027-02-08T10:00:00-08:00"


def test_a_state_civil_investigative_demand_is_administrative_with_its_state_statute() -> None:
    body = """STATE OF OREGON - DEPARTMENT OF JUSTICE
Consumer Protection Section

CIVIL INVESTIGATIVE DEMAND No. CP-27-0042
Issued under ORS 646.618

You are required to produce documents sufficient to identify the users of the accounts
"coastal_solar_deals" and "pdx.roof.rebates": registered names, e-mail addresses and phone numbers.

Production is due by March 1, 2027.

Morgan Ellery
Assistant Attorney General
"""
    extraction = read_mail(body, sender="Morgan Ellery <morgan.ellery@doj.oregon.gov>")
    case = extraction.case
    assert case.process_type is ProcessType.SUBPOENA_ADMINISTRATIVE
    assert case.statute == "ORS 646.618"
    assert case.requester.kind is RequesterKind.STATE_LOCAL
    assert case.targets == ["coastal_solar_deals", "pdx.roof.rebates"]
    assert case.return_by is not None and case.return_by.date().isoformat() == "2027-03-01"


def test_a_pen_register_order_reaches_only_real_time_routing_data_and_its_gag_has_its_own_period() -> None:
    body = """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF TEXAS

ORDER AUTHORIZING A PEN-REGISTER AND TRAP-AND-TRACE DEVICE (18 U.S.C. § 3123)

IT IS ORDERED that the provider shall disclose, on a going-forward basis, the IP addresses and ports
of the account @alamo_deals_210 as they occur, for a period of sixty (60) days from the date of this Order.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the provider shall not disclose this Order to the
subscriber for ninety (90) days.

Dated: January 4, 2027
Hon. Lydia Ferrante
United States Magistrate Judge
"""
    extraction = read_mail(body, sender="AUSA Cole <michael.cole@usdoj.gov>", date="Tue, 05 Jan 2027 09:00:00 -0600")
    case = extraction.case
    assert case.process_type is ProcessType.PEN_REGISTER_ORDER
    assert case.data_categories == [DataCategory.REALTIME_METADATA]
    assert case.nondisclosure.expires_at is not None
    assert case.nondisclosure.expires_at.date().isoformat() == "2027-04-04"  # 90 days from January 4
    assert case.requester.signer == "Hon. Lydia Ferrante" or case.requester.signer == "Lydia Ferrante"


def test_an_overseas_production_order_is_a_foreign_request_under_the_cloud_act_agreement() -> None:
    body = """IN THE CROWN COURT AT SOUTHWARK

OVERSEAS PRODUCTION ORDER
Crime (Overseas Production Orders) Act 2019

The respondent shall produce the private messages held for the account @thames_courier_9 within
seven days of service of this order.

National Crime Agency
"""
    extraction = read_mail(body, sender="OPO Desk <opo@nca.gov.uk>", date="Wed, 06 Jan 2027 09:00:00 +0000")
    case = extraction.case
    assert case.process_type is ProcessType.FOREIGN_REQUEST
    assert case.mechanism is ForeignMechanism.CLOUD_ACT_AGREEMENT
    assert case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT and case.requester.country == "GB"
    assert case.data_categories == [DataCategory.STORED_CONTENT]


def test_phrasing_direct_messages_location_and_real_time_logins() -> None:
    body = """SEARCH WARRANT

You are commanded to produce for the account @lakeshore_drifter: the direct messages sent and received,
cell-site / GPS / Wi-Fi location information, and real-time login records for thirty days.

Return date: February 1, 2027.

Det. Sgt. Corinne Alvarado
"""
    case = read_mail(body, sender="Corinne Alvarado <calvarado@elkgrove.gov>").case
    assert {DataCategory.STORED_CONTENT, DataCategory.LOCATION_HISTORY, DataCategory.REALTIME_METADATA} <= set(
        case.data_categories
    )
    assert (case.requester.signer, case.requester.signer_title) == ("Corinne Alvarado", "Detective Sergeant")


def test_an_account_named_without_an_at_sign_and_a_phone_number_are_targets() -> None:
    body = """GRAND JURY SUBPOENA

You are commanded to produce subscriber information for the account riverbend_trader and for any accounts
associated with the phone number (713) 555-0188.

Return date: February 1, 2027.
"""
    case = read_mail(body, sender="Ann Roe <ann.roe@usdoj.gov>").case
    assert case.targets == ["riverbend_trader", "(713) 555-0188"]


def test_an_orders_own_date_is_not_its_return_date() -> None:
    body = """ORDER (18 U.S.C. § 2703(d))

The provider shall produce the records described in Attachment B for the account @quarry_lane_5,
as ordered by this Court on January 4, 2027, within ten days of the date of this Order.

SO ORDERED. Austin, Texas, January 4, 2027.
"""
    case = read_mail(body, sender="Ann Roe <ann.roe@usdoj.gov>", date="Tue, 05 Jan 2027 09:00:00 -0600").case
    assert case.return_by is not None and case.return_by.date().isoformat() == "2027-01-14"


def test_return_dates_that_disagree_go_to_triage() -> None:
    body = """Counsel,

Please find our subpoena below. Production is due by February 1, 2027.

SUBPOENA TO PRODUCE DOCUMENTS (Fed. R. Civ. P. 45)
You are commanded to produce the name and e-mail address on file for the account @mill_creek_22.
Date and Time: 02/15/2027 10:00 AM
"""
    extraction = read_mail(body, sender=LAW_FIRM)
    assert "LOW_CONFIDENCE:return_by" in [r.held_code for r in extraction.triage]


def test_in_a_forward_the_demand_is_the_forwarded_part_and_the_forwarder_is_not_the_signer() -> None:
    body = """Legal team - can you take this one? Thanks.

Priya Raman
Senior Paralegal, Trust & Safety

---------- Forwarded message ---------
From: Keller, Mara (FBI) <mkeller@fbi.gov>
Date: Mon, Jan 4, 2027 at 9:12 AM
Subject: Grand jury subpoena 27-GJ-0031

Please produce subscriber information for the account @harbor_lights_88 before the grand jury on
February 2, 2027.

Special Agent Mara Keller
FBI Boston
"""
    case = read_mail(body, sender="Priya Raman <priya.raman@platform.example>", subject="Fwd: Grand jury subpoena").case
    assert (case.requester.signer, case.requester.signer_title) == ("Mara Keller", "Special Agent")
    assert case.requester.email == "mkeller@fbi.gov"


def test_a_quoted_earlier_message_is_not_the_signature_of_the_reply() -> None:
    body = """Counsel,

Attached again is the subpoena for the account @oak_street_resale; production is due by February 9, 2027.

Dana Whitcombe | Attorney for Plaintiff

On Tue, Jan 5, 2027 at 10:02 AM Legal Process <legal@platform.example> wrote:
> Thank you for your message.
>
> Best regards,
> Jamie Fox
> Legal Operations Manager
"""
    case = read_mail(body, sender=LAW_FIRM, subject="Re: subpoena").case
    assert (case.requester.signer, case.requester.signer_title) == ("Dana Whitcombe", "Attorney for Plaintiff")


def test_the_other_party_of_the_targets_messages_is_not_a_target() -> None:
    body = """SEARCH WARRANT

You are commanded to produce, for the account "north_pier_sales", the private messages it exchanged with
the account "south_dock_buyer" from January 1, 2027 to January 31, 2027.

Return date: February 15, 2027.
"""
    case = read_mail(body, sender="Ann Roe <ann.roe@usdoj.gov>").case
    assert case.targets == ["north_pier_sales"]
