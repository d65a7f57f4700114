"""Accounts given as web addresses of any shape (``target_urls``), and phone numbers listed as
accounts. Each message is written for these tests."""

from __future__ import annotations

from services.intake.domain.extraction import DocumentText, Extraction
from tests.unit.intake.extraction_helpers import read_mail

AGENT = "Det. Rosa Kealoha <rkealoha@honolulu.gov>"
DATE = "Tue, 12 Jan 2027 10:00:00 -1000"


def test_a_page_url_named_by_an_account_word_is_a_target() -> None:
    body = """SEARCH WARRANT 27-SW-0042
Produce subscriber information for the accounts @reef_runner_808 and the page
https://social.example.com/pages/551200931 for January 2026 to December 2026.
"""
    targets = read_mail(body, sender=AGENT, date=DATE).case.targets
    assert set(targets) == {"reef_runner_808", "https://social.example.com/pages/551200931"}


def test_a_url_on_a_target_label_line_is_a_target() -> None:
    body = """GRAND JURY SUBPOENA GJ-27-0007
Subject accounts: @surf_shack_sales, https://social.example.com/c/surfshack?ref=share
Produce subscriber information and login IP addresses for 2026.
"""
    targets = read_mail(body, sender=AGENT, date=DATE).case.targets
    assert set(targets) == {"surf_shack_sales", "https://social.example.com/c/surfshack?ref=share"}


def test_urls_and_phones_listed_under_an_accounts_heading_are_targets() -> None:
    # The heading's last line starts like a numbered item ("(90) days"): it is still the heading.
    body = """Please preserve under 18 U.S.C. 2703(f) all records of the accounts listed below for ninety
(90) days, pending a search warrant from the First Circuit Court:

    - https://social.example.com/p/kailua.kite.9
    - phone number +1 808-555-0176

Thank you,
Det. Rosa Kealoha
"""
    targets = read_mail(body, sender=AGENT, date=DATE).case.targets
    assert set(targets) == {"https://social.example.com/p/kailua.kite.9", "+1 808-555-0176"}


def test_a_profile_url_and_its_name_are_one_account() -> None:
    body = """SEARCH WARRANT 27-SW-0043
Produce subscriber information for the account https://social.example.com/u/makai.breeze,
user name makai.breeze, for 2026.
"""
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["makai.breeze"]


def test_links_to_portals_statutes_and_posts_are_not_targets() -> None:
    body = """GRAND JURY SUBPOENA GJ-27-0008
Produce subscriber information for the account @lava_flow_tees for 2026.
Upload your response at https://portal.example.org/upload/gj-27-0008 and see our guidance at
https://www.example.org/law-enforcement/guide.html. The user posted the threat at
https://social.example.com/posts/99120377.
"""
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["lava_flow_tees"]


_WARRANT = """STATE OF HAWAII, FIRST CIRCUIT COURT
SEARCH WARRANT 27-SW-0051
You are commanded to produce subscriber information and login IP addresses for the account
@{account} for the period January 1, 2026 to December 31, 2026.
/s/ Judge Leilani Ahuna
"""


def _served(cover_account: str, warrant_account: str) -> Extraction:
    body = f"Aloha, attached is a search warrant for the account @{cover_account}. Please produce within 10 days."
    document = DocumentText("warrant.pdf", _WARRANT.format(account=warrant_account))
    return read_mail(body, sender=AGENT, date=DATE, documents=(document,))


def test_a_cover_mail_and_a_warrant_naming_different_accounts_are_held() -> None:
    extraction = _served("pali_lookout_99", "diamondhead_deals")
    reasons = " ".join(extraction.triage_reasons)
    assert "which accounts it targets" in reasons
    assert "pali_lookout_99" in reasons


def test_a_cover_mail_naming_the_warrants_account_is_not_held_for_it() -> None:
    extraction = _served("diamondhead_deals", "diamondhead_deals")
    assert extraction.case.targets == ["diamondhead_deals"]
    assert not any("which accounts" in reason for reason in extraction.triage_reasons)


def test_a_url_alone_on_its_line_under_an_account_heading_is_a_target() -> None:
    body = """Pursuant to 18 USC 2703(f) pls preserve all records for the below account for 90 days:

https://social.example.com/waikiki_wheels

Case # 27-0193
"""
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["https://social.example.com/waikiki_wheels"]


def test_acct_is_an_account_word() -> None:
    body = "Pls preserve all records for acct hilo.hardware.deals per 18 USC 2703(f) for 90 days. Case 27-0194."
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["hilo.hardware.deals"]


def test_an_account_named_only_in_the_quoted_earlier_message_is_read() -> None:
    body = """We request a further 90-day extension of the preservation below, same account.

Det. Rosa Kealoha

On Wed, Sep 2, 2026 at 10:17 AM Legal Process <legal-process@platform.example> wrote:
> We confirm receipt of your preservation request of September 2, 2026 for the account
> "kona_coffee_club" (case 2026-0811). Records have been preserved for 90 days.
"""
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["kona_coffee_club"]


def test_a_display_name_identified_in_parentheses_is_that_account() -> None:
    body = """ADMINISTRATIVE SUBPOENA 27-0031 (5 U.S.C. 406(a)(4))
For the accounts "lanai_lumber" and "Lanai Lumber & Supply" (page ID 4410982231): subscriber name,
e-mail addresses and telephone numbers. Return by January 29, 2027.
"""
    extraction = read_mail(body, sender=AGENT, date=DATE)
    assert set(extraction.case.targets) == {"lanai_lumber", "4410982231"}
    assert not any("which accounts" in reason for reason in extraction.triage_reasons)


def test_a_display_name_with_its_web_address_in_parentheses_is_that_account() -> None:
    body = """SEARCH WARRANT 27-SW-0060
Produce subscriber information for the page "Maui Tile & Stone" (https://social.example.com/pages/mauitile)
for 2026.
"""
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["https://social.example.com/pages/mauitile"]


def test_a_display_name_alone_is_still_for_a_person_to_identify() -> None:
    body = """SEARCH WARRANT 27-SW-0061
Produce subscriber information for the page "Maui Tile & Stone" and the account @maui_tile_guy for 2026.
"""
    reasons = read_mail(body, sender=AGENT, date=DATE).triage_reasons
    assert any("display name" in reason for reason in reasons)


def test_an_address_opening_the_next_row_after_a_target_is_a_target() -> None:
    body = """SEARCH WARRANT 27-SW-0070 - produce, for 2026:

@koko_head_kites | subscriber information and login IP addresses
koko.kites.sales@example.net | subscriber information

Questions: rkealoha@honolulu.gov
"""
    targets = read_mail(body, sender=AGENT, date=DATE).case.targets
    assert set(targets) == {"koko_head_kites", "koko.kites.sales@example.net"}


def test_a_quoted_name_someone_posts_under_is_a_target() -> None:
    body = """SUBPOENA TO PRODUCE DOCUMENTS (Fed. R. Civ. P. 45)
Documents sufficient to identify the user who posted as 'Ala_Moana_Truth': name, e-mail addresses and
telephone numbers. Date and time: January 29, 2027, 10:00 a.m.
"""
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["Ala_Moana_Truth"]


def test_a_quoted_name_reviews_were_posted_under_is_a_target() -> None:
    body = """SUBPOENA DUCES TECUM - Circuit Court of the First Circuit, State of Hawaii, Civil No. 1CCV-27-0000123
YOU ARE COMMANDED to produce records identifying who wrote the reviews under the name "KailuaEatsHonest"
in 2026: name, e-mail addresses and telephone numbers, by February 1, 2027 at 10:00 a.m.
"""
    assert read_mail(body, sender=AGENT, date=DATE).case.targets == ["KailuaEatsHonest"]


def test_a_possessive_after_an_account_word_is_not_a_display_name() -> None:
    body = """GRAND JURY SUBPOENA 27-GJ-0042 - UNITED STATES DISTRICT COURT, DISTRICT OF HAWAII
You are commanded to produce, for the accounts @kahala_signals and @mokulua_pips: subscriber names and the direct messages sent to
subscribers of the accounts' paid groups, January 1, 2026 to October 31, 2026. Return by February 1, 2027.
"""
    extraction = read_mail(body, sender=AGENT, date=DATE)
    assert set(extraction.case.targets) == {"kahala_signals", "mokulua_pips"}
    assert not any("display name" in reason for reason in extraction.triage_reasons)
