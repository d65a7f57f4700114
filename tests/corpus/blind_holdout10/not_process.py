"""Messages that are not legal process although they use its vocabulary (English, Portuguese, Spanish).
People, firms and accounts fictional; government senders from CISA's .gov list or public domains."""

from __future__ import annotations

from tests.corpus.blind_holdout10._kit import Message, any_of, make, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def oklahoma_sheriff_preservation_release() -> Message:
    date = when(2026, 11, 17, 10, 12, 0, -6)
    text = """\
Good morning,

Regarding your preservation reference LR-2026-41907 (account @okc_thunderstruck_99): our case was closed by
the District Attorney last week with no charges filed. You may release the preservation; we will not be
seeking further process. Thank you for your help.

Lt. Dwayne Harjo-McAlister
Oklahoma County Sheriff's Office, Criminal Investigations Division
"""
    return make(
        "035-oklahoma-sheriff-preservation-release",
        "Oklahoma County Sheriff's lieutenant tells the platform it may release an earlier preservation because the "
        "case was closed: asks for nothing, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Oklahoma County Sheriff's Office"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "dharjomcalister@oklahomacounty.org"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Dwayne Harjo-McAlister"),
            "requester.signer_title": any_of(None, "Lt.", "Lieutenant"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "LR-2026-41907"),
        },
        sender="Harjo-McAlister, Dwayne <dharjomcalister@oklahomacounty.org>",
        subject="RE: Preservation LR-2026-41907 - release",
        date=date,
        message_id="<OCSO-LR41907-1117@oklahomacounty.org>",
        text=text,
        dkim="oklahomacounty.org",
    )


def researcher_survey_portuguese() -> Message:
    date = when(2026, 10, 5, 14, 0, 0, 1)
    text = """\
Caros responsáveis pela equipa jurídica,

Sou investigadora no Centro de Estudos de Direito Digital da Universidade de Coimbra e estou a preparar um
estudo comparado sobre pedidos de dados de autoridades estrangeiras a plataformas norte-americanas (CLOUD
Act, pedidos de auxílio judiciário mútuo, requisições diretas ao abrigo da Convenção de Budapeste).

Gostaríamos de convidar a vossa empresa a responder a um questionário anónimo (cerca de 20 minutos) sobre
prazos de resposta, pedidos de preservação e ordens de sigilo. O questionário estará aberto até 15 de
novembro de 2026.

Com os melhores cumprimentos,
Inês Valadares Rebelo
Investigadora, Universidade de Coimbra
"""
    return make(
        "036-researcher-survey-portuguese",
        "A Portuguese university researcher invites the platform to an anonymous survey on foreign data requests, "
        "preservation and secrecy orders: research, not legal process.",
        "pt",
        "PT",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Universidade de Coimbra", "Inês Valadares Rebelo"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of("US", "PT", None),
            "requester.email": any_of(None, "ines.rebelo@fd.uc.pt"),
            "requester.signer": any_of(None, "Inês Valadares Rebelo"),
            "requester.signer_title": any_of(None, "Investigadora"),
            "served_at": any_of(None, served(date)),
        },
        sender="Inês Valadares Rebelo <ines.rebelo@fd.uc.pt>",
        subject="Convite: estudo sobre pedidos de dados de autoridades estrangeiras",
        date=date,
        message_id="<cedd-inquerito-2026-10@fd.uc.pt>",
        text=text,
    )


def phishing_sealed_subpoena_link() -> Message:
    date = when(2026, 11, 2, 7, 14, 0, 0)
    html = """\
<html><body>
<p><b>UNITED STATES DISTRICT COURT - ELECTRONIC SERVICE NOTICE</b></p>
<p>A SEALED SUBPOENA has been issued to your organization in Case No. 2:26-cv-77120. Failure to respond within 24
hours may result in contempt sanctions.</p>
<p>To view the sealed document you must verify your corporate identity:
<a href="http://uscourts-secure-docs.example.net/login?id=77120">VIEW SEALED SUBPOENA</a></p>
<p>Clerk of Court - Case Management/Electronic Case Files</p>
</body></html>
"""
    return make(
        "037-phishing-sealed-subpoena-link",
        "Phishing disguised as a federal court 'sealed subpoena' service notice from a look-alike domain with a "
        "log-in link and a 24-hour threat: no document, no account, no court; not legal process.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Clerk of Court", "United States District Court"),
            "requester.kind": any_of(None, "COURT", "FEDERAL"),
            "requester.email": any_of(None, "noreply@uscourts-ecf-notice.com"),
            "requester.verified": False,
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "2:26-cv-77120"),
        },
        sender="US Courts ECF <noreply@uscourts-ecf-notice.com>",
        subject="SEALED SUBPOENA - Immediate Action Required - 2:26-cv-77120",
        date=date,
        message_id="<7711209.ecf@uscourts-ecf-notice.com>",
        html=html,
    )


def law_clinic_guidelines_question() -> Message:
    date = when(2026, 9, 30, 13, 25, 0, -5)
    text = """\
Hello,

I supervise the Technology Law Clinic at a law school in Minnesota. One of our clients, a domestic-violence
survivor, believes her abuser is using several accounts on your service to monitor her. She does not want
records from you right now; we want to understand your process before advising her on a protective order.

Could you point us to your published law enforcement / civil litigant guidelines, and tell us whether you
accept civil subpoenas served by e-mail and whether you notify account holders before producing records?

Thank you,
Prof. Abigail Thorsby-Nwachukwu
Director, Technology Law Clinic
"""
    return make(
        "038-law-clinic-guidelines-question",
        "A law school clinic director asks where the platform's guidelines are and how civil subpoenas and user "
        "notice work, before advising a client: a question, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Technology Law Clinic", "Abigail Thorsby-Nwachukwu"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "athorsby@lawclinic.example.edu"),
            "requester.signer": any_of(None, "Abigail Thorsby-Nwachukwu"),
            "requester.signer_title": any_of(None, "Director, Technology Law Clinic", "Prof.", "Director"),
            "served_at": any_of(None, served(date)),
        },
        sender="Abigail Thorsby-Nwachukwu <athorsby@lawclinic.example.edu>",
        subject="Question about your process for subpoenas / user notice",
        date=date,
        message_id="<tlc-q-0930@lawclinic.example.edu>",
        text=text,
    )


def fiscalia_auto_reply_spanish() -> Message:
    date = when(2026, 10, 14, 8, 1, 0, -6)
    text = """\
Respuesta automática: Me encuentro fuera de la oficina hasta el lunes 19 de octubre de 2026 por
capacitación. Para asuntos urgentes relacionados con la investigación No. 0501-2026-03311 o con el
oficio MP-FESCCO-SPS-2026-1874 favor comunicarse con la Fiscal Auxiliar Karla Zúniga al correo
kzuniga@mp.hn.

Abg. Edgardo Funes Matamoros
Ministerio Público - FESCCO San Pedro Sula
"""
    return make(
        "039-fiscalia-auto-reply-spanish",
        "A Honduran prosecutor's out-of-office auto-reply naming his case and oficio numbers: not legal process.",
        "es",
        "HN",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Ministerio Público", "Ministerio Público - FESCCO San Pedro Sula"),
            "requester.kind": any_of(None, "FOREIGN_GOVERNMENT"),
            "requester.country": any_of("US", "HN", None),
            "requester.email": any_of(None, "efunes@mp.hn"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Edgardo Funes Matamoros"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "0501-2026-03311", "MP-FESCCO-SPS-2026-1874"),
        },
        sender="Edgardo Funes Matamoros <efunes@mp.hn>",
        subject="Respuesta automática: RE: Oficio MP-FESCCO-SPS-2026-1874 - Solicitud de información",
        date=date,
        message_id="<mp-auto-efunes-1014@mp.hn>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied")],
        dkim="mp.hn",
    )


def user_forwards_police_warning_letter() -> Message:
    date = when(2026, 12, 4, 19, 42, 0, -5)
    text = """\
Hi, I got this letter from the police in the mail about my account and I don't understand what I'm supposed
to do. Do I have to delete my posts? Did you give them my info?? Please help.

- Tre (@chattahoochee_tre)

--- scanned text of letter ---
GWINNETT COUNTY POLICE DEPARTMENT
Cease and Desist Notice - Harassing Communications (O.C.G.A. 16-11-39.1)
Date: November 30, 2026
To: Tremaine Okafor
This office has received a complaint that you have repeatedly sent harassing messages to the complainant
through social media. You are hereby notified to cease all contact with the complainant. Further contact may
result in arrest. This notice is not a criminal charge.
Officer P. Hadley-Souza #2291
"""
    return make(
        "040-user-forwards-police-warning-letter",
        "A user forwards the text of a county police cease-and-desist letter addressed to him and asks what to do: "
        "the letter demands nothing of the platform; not legal process.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Tre", "Tremaine Okafor", "Gwinnett County Police Department"),
            "requester.kind": any_of(None, "PRIVATE_PARTY", "STATE_LOCAL"),
            "requester.email": any_of(None, "tre.okafor.atl@example.com"),
            "requester.signer": any_of(None, "Tre", "P. Hadley-Souza"),
            "requester.signer_title": any_of(None, "Officer"),
            "served_at": any_of(None, served(date)),
        },
        sender="Tre O <tre.okafor.atl@example.com>",
        subject="Fwd: letter from police about my account??",
        date=date,
        message_id="<CAtre-1204-1942@example.com>",
        text=text,
    )


MESSAGES = [
    oklahoma_sheriff_preservation_release,
    researcher_survey_portuguese,
    phishing_sealed_subpoena_link,
    law_clinic_guidelines_question,
    fiscalia_auto_reply_spanish,
    user_forwards_police_warning_letter,
]
