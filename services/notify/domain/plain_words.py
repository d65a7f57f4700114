"""Plain words for the vocabulary, for people who are not lawyers.

Data, not logic: counsel may edit any phrase here. Every member of each enum has an entry
(a unit test checks this), so a new identifier cannot silently reach a user as jargon.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from shared.vocabulary import (
    DataCategory,
    Disposition,
    EscalationTier,
    NondisclosureKind,
    NoticeRole,
    ProcessType,
    RequesterKind,
)

PROCESS_TYPE_PLAIN: Mapping[ProcessType, str] = MappingProxyType(
    {
        ProcessType.SEARCH_WARRANT: "a search warrant (an order signed by a judge)",
        ProcessType.COURT_ORDER_2703D: "a court order for records about an account",
        ProcessType.SUBPOENA_GRAND_JURY: "a grand jury subpoena (a demand in a criminal investigation, not reviewed by a judge)",
        ProcessType.SUBPOENA_TRIAL: "a trial subpoena (a demand for evidence in a criminal trial)",
        ProcessType.SUBPOENA_ADMINISTRATIVE: "an administrative subpoena or summons (a demand issued by a government agency itself, not by a judge)",
        ProcessType.SUBPOENA_CIVIL: "a civil subpoena (a demand made in a private lawsuit)",
        ProcessType.SUBPOENA_DMCA_512H: "a copyright subpoena (a demand to identify an alleged copyright infringer)",
        ProcessType.NATIONAL_SECURITY_LETTER: "a National Security Letter (a demand from the FBI, not reviewed by a judge)",
        ProcessType.PEN_REGISTER_ORDER: "a court order to collect, as it happens, who an account communicates with and when (not what is said)",
        ProcessType.WIRETAP_ORDER: "a court order to intercept communications as they happen",
        ProcessType.PRESERVATION_REQUEST: "a request to preserve records while the requester seeks legal process (it does not, by itself, require us to hand anything over)",
        ProcessType.EMERGENCY_REQUEST: "an emergency request (a request, not a court order, made because of a claimed risk of death or serious physical injury)",
        ProcessType.FOREIGN_REQUEST: "a request from a foreign government",
        ProcessType.UNKNOWN: "a legal demand that we are still classifying",
    }
)

#: The statute behind a process type when the document does not name one.
DEFAULT_AUTHORITY: Mapping[ProcessType, str] = MappingProxyType(
    {
        ProcessType.COURT_ORDER_2703D: "18 U.S.C. § 2703(d)",
        ProcessType.SUBPOENA_DMCA_512H: "17 U.S.C. § 512(h)",
        ProcessType.NATIONAL_SECURITY_LETTER: "18 U.S.C. § 2709",
        ProcessType.PEN_REGISTER_ORDER: "18 U.S.C. § 3123",
        ProcessType.WIRETAP_ORDER: "18 U.S.C. § 2518",
        ProcessType.PRESERVATION_REQUEST: "18 U.S.C. § 2703(f)",
        ProcessType.EMERGENCY_REQUEST: "18 U.S.C. § 2702(b)(8), (c)(4)",
    }
)

DATA_CATEGORY_PLAIN: Mapping[DataCategory, str] = MappingProxyType(
    {
        DataCategory.BASIC_SUBSCRIBER: "basic account information: name, postal and e-mail addresses, phone numbers, when you signed in and for how long, IP addresses used to sign in, and how you paid",
        DataCategory.NON_CONTENT_RECORDS: "other records about your account's use (not the content of your messages): IP address and sign-in history, who you communicated with, and device information",
        DataCategory.LOCATION_HISTORY: "where you have been (location history)",
        DataCategory.STORED_CONTENT: "the content of your private communications and files: direct messages, private posts and media",
        DataCategory.PUBLIC_CONTENT: "what you have posted publicly",
        DataCategory.REALTIME_METADATA: "who you communicate with and when, collected as it happens from now on",
        DataCategory.REALTIME_CONTENT: "the content of your communications, intercepted as they happen",
    }
)

REQUESTER_KIND_PLAIN: Mapping[RequesterKind, str] = MappingProxyType(
    {
        RequesterKind.FEDERAL: "a U.S. federal government agency",
        RequesterKind.STATE_LOCAL: "a U.S. state or local government agency",
        RequesterKind.FOREIGN_GOVERNMENT: "a foreign government",
        RequesterKind.PRIVATE_PARTY: "a private party (for example a company, a person or their lawyers)",
        RequesterKind.COURT: "a court",
    }
)

ESCALATION_TIER_PLAIN: Mapping[EscalationTier, str] = MappingProxyType(
    {
        EscalationTier.LEGAL_OPS: "normal legal-operations queue",
        EscalationTier.COUNSEL: "hold for counsel review",
        EscalationTier.LITIGATION: "litigation likely: challenge or move to quash",
    }
)

DISPOSITION_PLAIN: Mapping[Disposition, str] = MappingProxyType(
    {
        Disposition.CHALLENGE: "challenge: move to quash or sue",
        Disposition.OBJECT: "object in writing and produce nothing",
        Disposition.REFER_MLAT: "refer the requester to the mutual legal assistance (MLAT) process",
        Disposition.VERIFY_REQUESTER: "verify the requester's authenticity first",
        Disposition.HOLD: "hold: produce nothing until the notice period has run or a court has ruled",
        Disposition.COMPLY_NARROWED: "comply, narrowed to what the process supports",
        Disposition.REQUEST_INFO: "ask the requester for more information",
        Disposition.PRESERVE_ONLY: "preserve only; produce nothing",
        Disposition.COMPLY: "comply",
    }
)


#: Counsel's decision, as the affected user and their counsel are told it ("we will …").
DISPOSITION_FOR_USER: Mapping[Disposition, str] = MappingProxyType(
    {
        Disposition.CHALLENGE: "we will challenge the demand, for example by asking a court to quash (cancel) it",
        Disposition.OBJECT: "we will object to the demand in writing and, for now, provide nothing",
        Disposition.REFER_MLAT: "we will ask the requesting government to use the formal process between governments (a mutual legal assistance treaty) and provide nothing directly",
        Disposition.VERIFY_REQUESTER: "we will first confirm that the demand really comes from the requester, and provide nothing until then",
        Disposition.HOLD: "we will provide nothing until your time to respond has run or a court has ruled",
        Disposition.COMPLY_NARROWED: "we will provide only part of what was asked for: what the legal process actually supports",
        Disposition.REQUEST_INFO: "we will ask the requester for more information before going further",
        Disposition.PRESERVE_ONLY: "we will keep a copy of the records but provide nothing for now",
        Disposition.COMPLY: "we will provide the information the demand asks for",
    }
)

NONDISCLOSURE_KIND_PLAIN: Mapping[NondisclosureKind, str] = MappingProxyType(
    {
        NondisclosureKind.COURT_ORDER_2705B: "court order not to disclose (18 U.S.C. § 2705(b))",
        NondisclosureKind.NSL_CERTIFICATION: "NSL nondisclosure certification (18 U.S.C. § 2709(c))",
        NondisclosureKind.LETTER_REQUEST: "request for confidentiality by letter (binds nobody)",
    }
)

NOTICE_ROLE_PLAIN: Mapping[NoticeRole, str] = MappingProxyType(
    {
        NoticeRole.USER: "affected account holder",
        NoticeRole.COUNSEL: "account holder's counsel of record",
        NoticeRole.INTERNAL_COUNSEL: "our own counsel",
        NoticeRole.REQUESTER: "the requester (the agency that made the demand)",
    }
)


def process_type_plain(process_type: ProcessType) -> str:
    return PROCESS_TYPE_PLAIN.get(process_type, PROCESS_TYPE_PLAIN[ProcessType.UNKNOWN])


def data_category_plain(category: DataCategory) -> str:
    return DATA_CATEGORY_PLAIN.get(category, str(category))


def requester_kind_plain(kind: RequesterKind) -> str:
    return REQUESTER_KIND_PLAIN.get(kind, str(kind))


#: Why intake holds a demand for triage (``legal-process.held``'s reason codes), for legal ops.
TRIAGE_REASON_PLAIN: Mapping[str, str] = MappingProxyType(
    {
        "MIME_UNPARSEABLE": "the message could not be parsed as MIME (its bytes were kept as text)",
        "NO_READABLE_TEXT": "the message has no readable text",
        "SCAN_IMAGE_ONLY": "an attached document is an image-only scan with no text layer: a person must read it",
        "DOCUMENT_UNREADABLE": "an attached document could not be read",
        "DOCUMENT_TRUNCATED": "an attached document was only partly read",
        "DOCUMENT_UNSUPPORTED": "an attachment is of a kind that is not read automatically",
        "FIELD_INVALID": "a field read from it was invalid and was left empty",
        "NO_CASE_FORMED": "the fields read from it could not form a case; only the text was kept",
        "LOW_CONFIDENCE": "a deciding field was not read with confidence",
        "NOT_LEGAL_PROCESS": "it does not read as legal process (newsletter, complaint, spam, takedown notice, "
        "automatic reply): confirm it or dismiss it",
        "OTHER": "another reason (see the case page)",
    }
)

#: The case's fields, as the triage reasons name them.
TRIAGE_FIELD_PLAIN: Mapping[str, str] = MappingProxyType(
    {
        "process_type": "the kind of legal process",
        "statute": "the statute it is issued under",
        "requester": "the requester",
        "requester.name": "who sent it",
        "requester.kind": "what kind of requester it is",
        "requester.country": "the requester's country",
        "requester.email": "the requester's e-mail address",
        "requester.signer": "who signed it",
        "requester.signer_title": "the signer's title",
        "targets": "which accounts it targets",
        "data_categories": "which data it demands",
        "stated_purpose": "the stated purpose",
        "date_range": "the date range",
        "served_at": "when it was served",
        "return_by": "the return date",
        "nondisclosure": "the nondisclosure order",
        "emergency": "the emergency narrative",
        "mechanism": "the foreign-request mechanism",
        "case_number": "the requester's case number",
        "issuing_court": "the issuing court",
    }
)


def triage_reason_plain(code: str) -> str:
    """One reason code in words: ``LOW_CONFIDENCE:targets`` → "not confident of which accounts it targets"."""
    kind, _, field_path = code.partition(":")
    if field_path:
        label = TRIAGE_FIELD_PLAIN.get(field_path) or TRIAGE_FIELD_PLAIN.get(field_path.split(".")[0]) or field_path
        if kind == "LOW_CONFIDENCE":
            return f"not confident of {label}"
        if kind == "FIELD_INVALID":
            return f"{label} as read was invalid and was left empty"
    return TRIAGE_REASON_PLAIN.get(kind, kind)
