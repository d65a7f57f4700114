"""Accounts a demand names in another role than its subject - the other party of the target's messages, a
victim's or witness's own account, the requester's own account - and the addresses and numbers of a target
block, as different writers put them. Each message is written for these tests."""

from __future__ import annotations

from services.intake.domain.extraction import DocumentText, Extraction
from services.intake.domain.extraction.build import CONFIDENT
from tests.unit.intake.extraction_helpers import read_mail

DETECTIVE = "Det. Luis Ortega <lortega@phoenix.gov>"
POLICIA = "Inspector Pablo Ruiz <pruiz@policia.es>"
DELEGADO = "Delegado João Silva <joao.silva@pf.gov.br>"
PROCUREUR = "Capitaine Marc Lenoir <marc.lenoir@interieur.gouv.fr>"
WARRANT = "SEARCH WARRANT\nCase No. 26-SW-0{n}\n\n"


def _targets(extraction: Extraction) -> tuple[set[str], float]:
    evidence = extraction.evidence["targets"]
    return set(extraction.case.targets), evidence.confidence


def test_the_second_account_of_messages_between_two_is_the_other_party() -> None:
    body = WARRANT.format(n=101) + (
        'Produce all messages exchanged between the account "desert_fox_77" and the account "teen_user_2011"\n'
        "from 08/01/2026 to 10/31/2026.\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"desert_fox_77"}


def test_an_account_the_target_tagged_is_not_a_target() -> None:
    body = WARRANT.format(n=102) + (
        'Produce subscriber information for the account "desert_fox_77", who tagged @sunny_az_mom in threatening\n'
        "posts, for 2026.\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"desert_fox_77"}


def test_only_the_other_party_read_is_held() -> None:
    # The first account of the pair is written with no account word: only the other party is read.
    body = (
        WARRANT.format(n=103) + 'Produce all direct messages between "desert_fox_77" and the account "kid_cactus_02".\n'
    )
    targets, confidence = _targets(read_mail(body, sender=DETECTIVE))
    assert targets != {"kid_cactus_02"} or confidence < CONFIDENT


def test_a_victims_account_in_the_narrative_is_not_a_target() -> None:
    body = WARRANT.format(n=104) + (
        "The victim, who uses the account @maria_v_1990, reported harassment by the account @evil_troll_22.\n"
        "Produce subscriber information for @evil_troll_22 for 2026.\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"evil_troll_22"}


def test_a_victims_account_named_after_it_or_in_a_list_note_is_not_a_target() -> None:
    body = WARRANT.format(n=105) + (
        "Preserve all records of the account @x_dealer_602. The account @lily_az_2009, which belongs to the\n"
        "victim, is not the subject of this request. The victim's e-mail address is maria.v1990@example.org.\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"x_dealer_602"}


def test_victims_accounts_in_spanish_portuguese_and_french_are_not_targets() -> None:
    spanish = (
        "Oficio judicial 2026/1123\nSe solicita información de la cuenta @estafa_madrid_21. La víctima, titular de la "
        "cuenta @lucia_perez_88, denunció los hechos.\n"
    )
    portuguese = (
        "Ofício nº 123/2026\nSolicitamos os dados cadastrais do perfil @golpe_pix_rj. A vítima, usuária do perfil "
        "@ana.souza.rj, registrou boletim de ocorrência.\n"
    )
    french = (
        "Réquisition judiciaire\nNous vous requérons de communiquer les données du compte @arnaque_lyon69. La victime, "
        "titulaire du compte @claire_dupont_69, a déposé plainte.\n"
    )
    assert _targets(read_mail(spanish, sender=POLICIA))[0] == {"estafa_madrid_21"}
    assert _targets(read_mail(portuguese, sender=DELEGADO))[0] == {"golpe_pix_rj"}
    assert _targets(read_mail(french, sender=PROCUREUR))[0] == {"arnaque_lyon69"}


def test_a_demand_naming_only_the_victims_account_goes_to_a_person() -> None:
    body = (
        "EMERGENCY DISCLOSURE REQUEST\nA 15-year-old girl is missing and we believe she is in danger. The victim uses "
        "the account @missing_teen_az. Please provide the most recent login IP addresses immediately.\n"
    )
    targets, confidence = _targets(read_mail(body, sender=DETECTIVE))
    assert targets == {"missing_teen_az"}
    assert confidence < CONFIDENT


def test_the_requesters_own_accounts_are_not_targets() -> None:
    follow = WARRANT.format(n=106) + (
        'Produce subscriber information for the account "desert_fox_77" for 08/01/2026 to 10/31/2026.\n\n'
        "Det. Luis Ortega\nPhoenix Police Department, Cyber Unit\nFollow us: @PhoenixPolice | (602) 555-0111\n"
    )
    signature = WARRANT.format(n=107) + (
        "Produce subscriber information for the account @desert_fox_77 for 2026.\n\n"
        "Det. Luis Ortega\nPhoenix Police Department\nX: @PhoenixPolice  Instagram: @phoenixpolice\n"
    )
    ours = (
        "Ofício 55/2026\nSolicitamos os dados cadastrais do perfil @golpe_pix_rj. Dúvidas podem ser enviadas ao nosso "
        "perfil oficial @PF_Rio.\n"
    )
    assert _targets(read_mail(follow, sender=DETECTIVE))[0] == {"desert_fox_77"}
    assert _targets(read_mail(signature, sender=DETECTIVE))[0] == {"desert_fox_77"}
    assert _targets(read_mail(ours, sender=DELEGADO))[0] == {"golpe_pix_rj"}


def test_a_target_in_a_label_line_under_the_signers_name_stays_a_target() -> None:
    body = (
        "EMERGENCY DISCLOSURE REQUEST\nRequesting officer: Sgt. Dana Morales, Sergeant\nTarget account: @lily_sk8s\n\n"
        "A 15-year-old girl has been missing since last night. Provide subscriber information and IP logs.\n"
    )
    targets, confidence = _targets(read_mail(body, sender=DETECTIVE))
    assert targets == {"lily_sk8s"}
    assert confidence >= CONFIDENT


def test_an_address_in_another_sentence_than_the_account_word_is_not_a_target() -> None:
    body = WARRANT.format(n=108) + (
        'Produce subscriber information for the account "desert_fox_77". Please copy SA Jim Beam (jbeam@fbi.gov) on\n'
        "all correspondence. This warrant was also served on records@platform.example by fax.\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"desert_fox_77"}


def test_the_address_and_number_of_a_target_block_are_targets() -> None:
    body = """GRAND JURY SUBPOENA
Subpoena No. GJ-2026-0411

Target account information:
Username: big_sky_trader
Email: bigsky.trades@example.com
Phone: +1 406-555-0182

Produce subscriber information and IP logs for the period 01/01/2026 to 10/31/2026.

SA Dana Whitcomb
Phone: (406) 555-0100
Email: dwhitcomb.fieldoffice@example.org
"""
    targets, _ = _targets(read_mail(body, sender="SA Dana Whitcomb <dwhitcomb@fbi.gov>"))
    assert targets == {"big_sky_trader", "bigsky.trades@example.com", "+1 406-555-0182"}


def test_a_reply_naming_another_account_than_the_quoted_mail_is_held() -> None:
    body = """Correction: the correct account is "sonoran_heat_9", not the one in our original letter. Please produce
subscriber information for "sonoran_heat_9" under Search Warrant 26-SW-0311.

Det. Luis Ortega

-----Original Message-----
From: Legal <legal@platform.example>
Sent: Monday, November 30, 2026 9:00 AM
Subject: RE: Search Warrant 26-SW-0311
We were unable to locate the account "sonoran_heat9". Please confirm.
"""
    targets, confidence = _targets(read_mail(body, sender=DETECTIVE))
    assert "sonoran_heat_9" in targets
    assert confidence < CONFIDENT


def test_a_forward_whose_note_names_the_forwarded_demands_account_stays_confident() -> None:
    body = """Please handle - the account is @cactus_jack_602, see the warrant below.

---------- Forwarded message ---------
From: Sgt. Amy Chen <achen@phoenix.gov>
Date: Mon, Nov 30, 2026 at 9:00 AM
Subject: Search warrant 26-SW-0312
To: Det. Luis Ortega <lortega@phoenix.gov>

Search Warrant 26-SW-0312: produce subscriber information for the accounts @cactus_jack_602 and @desert_rose_77.
"""
    targets, confidence = _targets(read_mail(body, sender=DETECTIVE))
    assert targets == {"cactus_jack_602", "desert_rose_77"}
    assert confidence >= CONFIDENT


def test_an_address_the_answer_is_to_be_sent_to_is_not_a_target() -> None:
    spanish = (
        "Oficio 2026/1125\nSe solicitan los datos de registro de la cuenta @sevilla_ofertas. Remitan la información de "
        "la cuenta al correo pruiz.policia@example.org.\n"
    )
    german = (
        "Auskunftsersuchen\nWir bitten um Bestandsdaten zum Nutzerkonto @kiez_betrug. Bitte senden Sie die Daten zum "
        "Konto an jana.weber.lka@example.org.\n"
    )
    italian = (
        "Richiesta\nSi chiede di fornire i dati dell'account @truffa_napoli. Si prega di inviare i dati dell'account "
        "all'indirizzo marco.bianchi.ps@example.org.\n"
    )
    assert _targets(read_mail(spanish, sender=POLICIA))[0] == {"sevilla_ofertas"}
    assert _targets(read_mail(german, sender="KOK Jana Weber <jana.weber@polizei.hamburg.de>"))[0] == {"kiez_betrug"}
    assert _targets(read_mail(italian, sender="Isp. Marco Bianchi <marco.bianchi@poliziadistato.it>"))[0] == {
        "truffa_napoli"
    }


def test_accounts_a_complainant_received_messages_from_are_targets() -> None:
    body = WARRANT.format(n=109) + (
        "The complainant received messages from @evil_troll_22 and @evil_troll_23. Produce subscriber information\n"
        "for both accounts.\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"evil_troll_22", "evil_troll_23"}


def test_a_table_row_whose_role_is_the_victim_names_no_target() -> None:
    # An HTML table as intake reads it: each row's cells as 'Header: value' lines.
    body = WARRANT.format(n=110) + (
        "Produce subscriber information for the suspect account.\n\n"
        "Role: Suspect\nAccount: desert_fox_77\nNotes: records requested\n"
        "Role: Victim\nAccount: lily_az_2009\nNotes: no records requested\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"desert_fox_77"}


def test_account_names_in_german_low_quotes_are_read() -> None:
    body = (
        "Auskunftsersuchen\nAktenzeichen: LKA 54/26/1188\n\nim Rahmen des Ermittlungsverfahrens bitten wir um Auskunft "
        "zu dem Benutzerkonto „alster_deals_hh“ (Bestandsdaten, IP-Adressen) und zum Konto ‚elbe.tickets.24‘.\n"
    )
    sender = "KOK Jana Weber <jana.weber@polizei.hamburg.de>"
    assert _targets(read_mail(body, sender=sender))[0] == {"alster_deals_hh", "elbe.tickets.24"}


def test_the_account_column_of_a_text_table_gives_the_targets() -> None:
    body = WARRANT.format(n=111) + (
        "Produce subscriber information for the suspect accounts:\n\n"
        "| Role | Account | Period |\n|------|---------|--------|\n"
        "| Suspect | @desert_fox_77 | 2026 |\n| Suspect | cactus.jack.602 | 2026 |\n| Victim | lily_az_2009 | none |\n"
    )
    spanish = (
        "Oficio 2026/1130\nSe solicitan los datos de registro de las siguientes cuentas:\n"
        "Usuario | Plataforma | Periodo\nsevilla_ofertas | Social | 2026\ntriana.chollos.41 | Social | 2026\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"desert_fox_77", "cactus.jack.602"}
    assert _targets(read_mail(spanish, sender=POLICIA))[0] == {"sevilla_ofertas", "triana.chollos.41"}


def test_a_contacts_table_gives_no_target() -> None:
    body = WARRANT.format(n=112) + (
        "Produce subscriber information for the account @desert_fox_77.\n\n"
        "Contacts:\nName | Email | Phone\nDet. Luis Ortega | lortega.unit@example.org | (602) 555-0199\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"desert_fox_77"}


def test_an_account_named_only_as_an_earlier_requests_beside_a_new_one_is_held() -> None:
    body = """PRESERVATION REQUEST - 18 U.S.C. 2703(f)
Please preserve the account @sonoran_heat_9. This is in addition to our earlier request for @desert_fox_77
(your reference 55121), which remains in effect.
"""
    targets, confidence = _targets(read_mail(body, sender=DETECTIVE))
    assert targets == {"sonoran_heat_9", "desert_fox_77"}
    assert confidence < CONFIDENT


def test_an_extension_of_an_earlier_request_for_one_account_stays_confident() -> None:
    body = """PRESERVATION EXTENSION - 18 U.S.C. 2703(f)
Please extend for a further 90 days our earlier preservation request for the account @desert_fox_77 (your reference
55121).
"""
    targets, confidence = _targets(read_mail(body, sender=DETECTIVE))
    assert targets == {"desert_fox_77"}
    assert confidence >= CONFIDENT


def test_an_account_the_officer_asks_to_be_messaged_at_is_not_a_target() -> None:
    body = WARRANT.format(n=113) + (
        "Produce subscriber information for the account @desert_fox_77. If anything is unclear, DM me at @DetOrtegaPHX.\n"
    )
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"desert_fox_77"}


def test_a_cover_mail_naming_a_longer_name_than_the_warrants_is_held() -> None:
    warrant = DocumentText(
        "warrant.pdf", 'SEARCH WARRANT\nATTACHMENT A: the account "big_sky_trader" stored at Platform, Inc.\n'
    )
    mail = read_mail(
        "Please see the attached warrant for the account @big_sky_trader2.\n",
        sender="SA Dana Whitcomb <dwhitcomb@fbi.gov>",
        documents=(warrant,),
    )
    targets, confidence = _targets(mail)
    assert "big_sky_trader" in targets
    assert confidence < CONFIDENT


def test_the_victims_own_account_in_an_orders_narrative_is_not_a_target() -> None:
    order = DocumentText(
        "order.pdf",
        "UNITED STATES DISTRICT COURT\nORDER PURSUANT TO 18 U.S.C. 2703(d)\n"
        'The victim, a minor, communicated with the user of the account "big_sky_trader" using her own account\n'
        '"kylie_mt_2010". IT IS ORDERED that Platform disclose non-content records for the account "big_sky_trader".\n',
    )
    mail = read_mail(
        "Please see the attached order.\n", sender="SA Dana Whitcomb <dwhitcomb@fbi.gov>", documents=(order,)
    )
    assert _targets(mail)[0] == {"big_sky_trader"}


def test_the_requesters_contact_lines_in_a_form_are_not_targets() -> None:
    spanish = """SOLICITUD URGENTE
Cuenta objeto: @sevilla_ofertas
Agente solicitante: Inspector Pablo Ruiz
Correo: pablo.ruiz.cnp@example.org
Teléfono: +34 954 000 111

Se solicitan los datos de registro de la cuenta.
"""
    english = """EMERGENCY DISCLOSURE REQUEST
Target account: @lily_sk8s
Requesting officer: Det. Luis Ortega
Email: lortega.work@example.org
Phone: (602) 555-0199

A 15-year-old girl is missing; we believe she is in imminent danger. Provide subscriber information and IP logs.
"""
    assert _targets(read_mail(spanish, sender=POLICIA))[0] == {"sevilla_ofertas"}
    assert _targets(read_mail(english, sender=DETECTIVE))[0] == {"lily_sk8s"}


def test_bank_accounts_in_the_narrative_are_not_targets() -> None:
    english = WARRANT.format(n=114) + (
        "The victim wired $5,000 from her bank account number 4481229911 to the suspect after being contacted by the\n"
        "account @desert_fox_77. Produce subscriber information for @desert_fox_77.\n"
    )
    german = (
        "Auskunftsersuchen\nWir bitten um Bestandsdaten zum Nutzerkonto @kiez_betrug. Die Zahlungen gingen auf das "
        "Konto DE89370400440532013000.\n"
    )
    assert _targets(read_mail(english, sender=DETECTIVE))[0] == {"desert_fox_77"}
    assert _targets(read_mail(german, sender="KOK Jana Weber <jana.weber@polizei.hamburg.de>"))[0] == {"kiez_betrug"}


def test_a_user_id_stays_a_target() -> None:
    body = WARRANT.format(n=115) + "Produce subscriber information for user ID 100004567891 for 2026.\n"
    assert _targets(read_mail(body, sender=DETECTIVE))[0] == {"100004567891"}


def test_a_victims_account_marked_after_it_in_portuguese_and_german_is_not_a_target() -> None:
    portuguese = (
        "Ofício 57/2026\nSolicitamos os dados cadastrais da conta @golpe_pix_rj. O perfil @ana.souza.rj, da vítima, "
        "recebeu as mensagens.\n"
    )
    german = (
        "Auskunftsersuchen\nWir bitten um Bestandsdaten zum Nutzerkonto @kiez_betrug. Das Konto @peter_m_hh "
        "(Geschädigter) erhielt die Nachrichten.\n"
    )
    assert _targets(read_mail(portuguese, sender=DELEGADO))[0] == {"golpe_pix_rj"}
    assert _targets(read_mail(german, sender="KOK Jana Weber <jana.weber@polizei.hamburg.de>"))[0] == {"kiez_betrug"}


def test_a_name_from_the_platforms_reply_or_a_former_name_beside_the_demanded_one_is_held() -> None:
    reply = WARRANT.format(n=116) + (
        'Your response dated November 3 stated that no records were found for the account "sonoran_heat9". The\n'
        'correct account is "sonoran_heat_9". Produce subscriber information for "sonoran_heat_9".\n'
    )
    former = (
        WARRANT.format(n=117)
        + "Produce subscriber information for the account @desert_fox_77 (formerly @desert_fox_76).\n"
    )
    for body in (reply, former):
        assert _targets(read_mail(body, sender=DETECTIVE))[1] < CONFIDENT
