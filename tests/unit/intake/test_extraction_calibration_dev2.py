"""General misreadings behind confident errors on unseen mail: periods counted in working days, a
deadline written as "send ... before <date>", a labelled target line written as a sentence, dates
with hyphens and a time after a dash. Each message is written for these tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from services.intake.domain.dates import find_dates
from services.intake.domain.extraction import Extraction
from services.intake.domain.extraction.timing import add_working_days
from shared.vocabulary import DataCategory, NondisclosureKind, RequesterKind
from tests.unit.intake.extraction_helpers import read_mail

AUSA = "AUSA Okafor <n.okafor@usdoj.gov>"


def test_working_days_skip_saturdays_and_sundays() -> None:
    friday = date(2027, 1, 8)
    assert add_working_days(friday, 1) == date(2027, 1, 11)
    assert add_working_days(friday, 10) == date(2027, 1, 22)


def test_a_period_in_business_days_is_counted_in_working_days() -> None:
    body = """SUBPOENA (18 U.S.C. § 2703(c)(2)) - GRAND JURY No. 27-GJ-0311
UNITED STATES DISTRICT COURT, DISTRICT OF KANSAS

Produce the subscriber information (name, e-mail address) for the account @prairie_glass_co
within ten (10) business days of service.
"""
    extraction = read_mail(body, sender=AUSA, date="Wed, 13 Jan 2027 10:00:00 -0600")
    # Wed 13 Jan + 10 working days = Wed 27 Jan (14 calendar days), not Sat 23 Jan.
    assert extraction.case.return_by == datetime(2027, 1, 27, 17, 0, tzinfo=timezone(timedelta(hours=-6)))


def test_a_period_in_dias_uteis_is_counted_in_working_days() -> None:
    body = """MINISTÉRIO PÚBLICO FEDERAL
Requisição de dados cadastrais do perfil @cerrado_leiloes_99, a serem fornecidos no prazo de
5 (cinco) dias úteis.
"""
    extraction = read_mail(body, sender="Procuradoria <gab@mpf.mp.br>", date="Thu, 14 Jan 2027 10:00:00 -0300")
    assert extraction.case.return_by is not None
    assert extraction.case.return_by.date() == date(2027, 1, 21)


def test_send_the_records_before_a_date_sets_the_return_date() -> None:
    body = """SUBPOENA TO PRODUCE RECORDS - GRAND JURY No. 27-GJ-0402
UNITED STATES DISTRICT COURT, DISTRICT OF NEBRASKA

Provide the subscriber information (name, e-mail address) for the account @omaha_tile_yard.
Please send the records to the undersigned before 9 February 2027.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0600")
    assert extraction.case.return_by is not None
    assert extraction.case.return_by.date() == date(2027, 2, 9)


def test_a_labelled_target_sentence_gives_the_quoted_account_name_not_a_common_word() -> None:
    body = """SEARCH WARRANT - Case 27-SW-0090
UNITED STATES DISTRICT COURT, DISTRICT OF MONTANA

Target: the person who calls himself "ridge_runner_406" (nickname "ridge"), profile
https://social.example.com/ridge_runner_406

Produce the subscriber information (name, e-mail address) of that account.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0700")
    assert "profile" not in extraction.case.targets
    assert "ridge_runner_406" in extraction.case.targets


def test_a_date_with_hyphens_and_a_four_digit_year_is_read() -> None:
    [hit] = find_dates("Production due 09-02-2027.", day_first=True)
    assert hit.day == date(2027, 2, 9)
    assert find_dates("Incident 27-02-113 filed.") == []


def test_a_time_after_a_dash_or_its_html_entity_is_kept() -> None:
    [hit] = find_dates("February 9, 2027 &ndash; 4:30 p.m.")
    assert hit.at == time(16, 30)
    [hit] = find_dates("February 9, 2027 — 16:30")
    assert hit.at == time(16, 30)


def test_contact_as_a_verb_is_no_demand_for_contacts() -> None:
    body = """GRAND JURY SUBPOENA No. 27-GJ-0517
UNITED STATES DISTRICT COURT, DISTRICT OF NEVADA

Produce the subscriber name and e-mail address for the account @reno_dice_club.
Return by February 8, 2027. With any question please contact the undersigned.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert extraction.case.data_categories == [DataCategory.BASIC_SUBSCRIBER]


def test_ip_addresses_of_the_accounts_logins_with_a_parenthesis_are_non_content_records() -> None:
    body = """Request for data - reference KX/2027/0031

We request, for the account @harbourlight_fox, the following data:
  1. Registration details: name and e-mail address;
  2. IP addresses (with date and time) of the account's logins.
"""
    extraction = read_mail(body, sender="DS Carrow <k.carrow@met.police.uk>")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_asking_that_the_account_holder_is_not_informed_is_a_nondisclosure_request() -> None:
    body = """Request for data - reference KX/2027/0032

We request the registration details (name, e-mail address) of the account @harbourlight_owl.
We would ask that the account holder is not informed of this request.
"""
    extraction = read_mail(body, sender="DS Carrow <k.carrow@met.police.uk>")
    assert extraction.case.nondisclosure.present
    assert extraction.case.nondisclosure.kind is NondisclosureKind.LETTER_REQUEST


def test_a_warrant_saying_the_provider_may_not_disclose_it_is_a_court_nondisclosure_order() -> None:
    body = """SEARCH WARRANT - Docket 27-SW-0144
STATE OF MAINE, CUMBERLAND COUNTY SUPERIOR COURT

The provider shall produce the subscriber information (name, e-mail address) for @casco_bay_tides.
Provider may not disclose this warrant to the subscriber for 90 days.

Hon. Ellen Marsh, Justice of the Superior Court
"""
    extraction = read_mail(body, sender="Det. Roy <j.roy@portlandmaine.gov>", date="Mon, 11 Jan 2027 10:00:00 -0500")
    assert extraction.case.nondisclosure.present
    assert extraction.case.nondisclosure.kind is NondisclosureKind.COURT_ORDER_2705B


def _targets_doubted(extraction: Extraction) -> bool:
    return any(reason.field == "targets" and reason.code == "LOW_CONFIDENCE" for reason in extraction.triage)


def test_an_account_named_by_a_display_name_of_several_words_is_not_cut_to_its_first_word() -> None:
    body = """SUBPOENA DUCES TECUM - Grand Jury No. 27-GJ-0620
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

For the accounts "willamette_wool_co" and "Valley Loom Supply" (page ID 55012873):
produce the subscriber name and e-mail address. Return by February 8, 2027.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert "Valley" not in extraction.case.targets
    # The page ID in the parenthesis identifies the page its display name names: that is the target.
    assert set(extraction.case.targets) == {"willamette_wool_co", "55012873"}
    assert not _targets_doubted(extraction)


def test_an_account_named_by_a_display_name_alone_is_doubted() -> None:
    body = """SUBPOENA DUCES TECUM - Grand Jury No. 27-GJ-0621
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

For the accounts "willamette_wool_co" and "Valley Loom Supply": produce the subscriber name and
e-mail address. Return by February 8, 2027.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert "Valley" not in extraction.case.targets
    assert _targets_doubted(extraction)


def test_a_name_in_french_quotes_with_spaces_is_still_an_account() -> None:
    body = """RÉQUISITION JUDICIAIRE (article 60-1 du code de procédure pénale)

Veuillez communiquer l'identité du titulaire du compte « garonne_velo_33 » et l'adresse e-mail associée.
"""
    extraction = read_mail(body, sender="Gendarmerie <bdrij@gendarmerie.interieur.gouv.fr>")
    assert extraction.case.targets == ["garonne_velo_33"]
    assert not _targets_doubted(extraction)


def test_a_handle_cut_where_the_text_goes_on_is_doubted() -> None:
    body = """SEARCH WARRANT - Case 27-SW-0150
UNITED STATES DISTRICT COURT, DISTRICT OF ALASKA

Produce the subscriber information (name, e-mail address) of the user @kenai_fish_
2207 and its login IP addresses.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0900")
    assert _targets_doubted(extraction)


def test_a_state_domain_sending_another_states_request_is_doubted() -> None:
    body = """PRESERVATION REQUEST - 18 U.S.C. § 2703(f)

On behalf of the Montana Division of Criminal Investigation, please preserve the subscriber
information and login IP addresses of the account @bigsky_coin_swap for 90 days.

Agent Dana Whitlock
Helena, Montana
"""
    extraction = read_mail(body, sender="Dana Whitlock <d.whitlock@ohio.gov>", date="Mon, 11 Jan 2027 10:00:00 -0500")
    # Doubted, or (the other state's agency read by name) not verified by the Ohio domain.
    assert extraction.case.requester.verified is False or any(
        reason.field == "requester.name" for reason in extraction.triage
    )


def test_a_state_domain_sending_its_own_states_request_is_not_doubted_for_naming_another_state() -> None:
    body = """PRESERVATION REQUEST - 18 U.S.C. § 2703(f)

The Ohio State Highway Patrol asks that you preserve the subscriber information and login IP
addresses of the account @buckeye_coin_swap, which a suspect in Indiana used, for 90 days.

Sgt. Dana Whitlock, Ohio State Highway Patrol
"""
    extraction = read_mail(body, sender="Dana Whitlock <d.whitlock@ohio.gov>", date="Mon, 11 Jan 2027 10:00:00 -0500")
    assert not any(reason.field == "requester.name" for reason in extraction.triage)


def test_a_portuguese_request_that_says_it_does_not_cover_content_demands_none() -> None:
    body = """MINISTÉRIO PÚBLICO FEDERAL
Requisito os dados cadastrais do perfil @pantanal_leiloes_7. Esclareço que esta requisição não abrange
o conteúdo de mensagens.
"""
    extraction = read_mail(body, sender="Procuradoria <gab@mpf.mp.br>", date="Thu, 14 Jan 2027 10:00:00 -0300")
    assert DataCategory.STORED_CONTENT not in extraction.case.data_categories


def test_a_profile_url_after_an_account_word_is_a_target() -> None:
    body = """SEARCH WARRANT - Case 27-SW-0177
UNITED STATES DISTRICT COURT, DISTRICT OF UTAH

Produce the subscriber information (name, e-mail address) for the accounts @moab_arch_tours and
profile https://social.example.com/canyon.rim.guide
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0700")
    assert "https://social.example.com/canyon.rim.guide" in extraction.case.targets


def test_a_foreign_authority_whose_country_is_not_read_is_doubted() -> None:
    body = """OFICIO N° 2207 - Fiscalía Regional

Esta Fiscalía solicita los datos de suscriptor (nombre, correo electrónico) de la cuenta @lago_ferry_tix,
en una investigación por estafa.

Comisario M. Varga
"""
    extraction = read_mail(body, sender="M. Varga <m.varga@fiscalia-regional.example>")
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country is None
    assert any(reason.field == "requester.kind" for reason in extraction.triage)


def test_a_foreign_authority_writing_from_an_unlisted_domain_is_doubted_even_when_authenticated() -> None:
    body = """Polícia Judiciária - Portugal
Unidade de Cibercrime

Solicitamos os dados cadastrais (nome, endereço de e-mail) do perfil @tejo_bilhetes_22, no âmbito
de um inquérito por burla.

Inspetora Ana Lopes
"""
    extraction = read_mail(body, sender="Ana Lopes <ana.lopes@pj-cibercrime.example>")
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country == "PT"
    assert not extraction.case.requester.verified
    assert any(reason.field == "requester.kind" for reason in extraction.triage)


def test_a_foreign_authoritys_country_comes_from_its_domains_country_code() -> None:
    body = """Brigada de Cibercrimen - Oficio N° 3391

La Fiscalía solicita los datos de suscriptor (nombre, correo electrónico) de la cuenta @valpo_pasajes_8,
en una investigación por estafa.

Subcomisario L. Rojas
"""
    extraction = read_mail(body, sender="L. Rojas <l.rojas@bricib-policia.cl>")
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country == "CL"


def test_a_user_name_split_over_two_lines_is_still_read() -> None:
    body = """SEARCH WARRANT - Case 27-SW-0201
UNITED STATES DISTRICT COURT, DISTRICT OF IDAHO

Produce the subscriber information (name, e-mail address) for the account identified by the user
name sawtooth.trail.77 for the period from January 1, 2027 to January 10, 2027.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0700")
    assert extraction.case.targets == ["sawtooth.trail.77"]


def test_a_list_of_quoted_names_after_an_account_word_and_a_colon_are_targets() -> None:
    body = """Procura della Repubblica - richiesta di dati

Si chiede di fornire i dati anagrafici (nome, indirizzo e-mail), relativamente agli account:

   1) "laguna_biglietti_5"
   2) "murano.vetri.offerte"
"""
    extraction = read_mail(body, sender="Nucleo <nucleo@gdf.example>")
    assert extraction.case.targets == ["laguna_biglietti_5", "murano.vetri.offerte"]


def test_ip_addresses_used_to_create_and_to_log_in_are_non_content_records() -> None:
    body = """SEARCH WARRANT - Case 27-SW-0202
UNITED STATES DISTRICT COURT, DISTRICT OF IDAHO

Produce, for the account @owyhee_gear_shop: (a) the subscriber's name and e-mail address; (b) the IP
addresses used to create and to log in to the account.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0700")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_a_day_written_in_words_then_in_figures_is_read() -> None:
    [hit] = find_dates("to appear on or before the ninth\n(9th) day of February, 2027, at the office")
    assert hit.day == date(2027, 2, 9)


def test_records_of_communications_including_messages_is_doubted() -> None:
    body = """INVESTIGATIVE SUBPOENA - Office of the Attorney General, File No. CP-27-0042
STATE OF OREGON

Produce, for the account @coastal_debt_help: (a) the subscriber's name and e-mail address; (b) all
records of communications, including direct messages, sent by the account. Return by February 8, 2027.
"""
    extraction = read_mail(body, sender="AAG Lee <k.lee@doj.state.or.us>", date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert any(reason.field == "data_categories" for reason in extraction.triage)
