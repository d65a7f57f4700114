"""Whether the sender is verified, and the doubts about who sent it that verification raises. Pure.

Verification is :func:`services.intake.domain.authenticity.assess_authenticity`'s, for the agency the
requester reader claimed (``r.claimed``); then the cases a person decides: the mail verified as another
country's or another state's body than the one the text names, a local body verified as its state, the
requester read as this very mailbox, a foreign authority no domain places.
"""

from __future__ import annotations

import re
from dataclasses import replace
from email.utils import getaddresses

from services.intake.domain.authenticity import Authenticity, DomainClass, assess_authenticity
from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Evidence
from services.intake.domain.extraction.requester import UNPLACED_FOREIGN_CONFIDENCE
from services.intake.domain.extraction.requester_foreign import named_as_place
from shared.reference.government import US_STATES
from shared.vocabulary import RequesterKind


def read_verification(r: Reading) -> None:
    """``requester.verified``: e-mail authentication for the agency claimed (``r.authenticity``)."""
    authenticity = assess_authenticity(
        sender=r.sender,
        claimed_agency=r.claimed,
        requester_kind=r.requester_kind,
        results=r.auth_results,
        forwarded=r.forwarded,
        registry=r.registry,
        data=r.data,
        requester_name=_named_requester(r),
        forwarded_by=r.message.from_address if r.forwarded else None,
    )
    authenticity = _another_country_than_the_verified_body(r, authenticity)
    authenticity = _a_local_body_verified_as_its_state(r, authenticity)
    r.authenticity = authenticity
    r.out.put(
        "requester.verified",
        Evidence(authenticity.verified, 0.95, note="; ".join(authenticity.reasons) or "; ".join(authenticity.passed)),
    )
    _doubt_a_requester_other_than_the_authentic_sender(r, authenticity)
    _doubt_a_sender_that_is_this_mailbox(r)
    _doubt_a_sender_of_another_state(r, authenticity)
    _doubt_an_unplaced_foreign_government(r, authenticity)


#: The confidence of the requester when it is another country's than the body the mail is verified as.
OTHER_COUNTRY_CONFIDENCE = 0.5


def _another_country_than_the_verified_body(r: Reading, authenticity: Authenticity) -> Authenticity:
    """Mail verified as one government body, whose requester read is another country's (the Metropolitan
    Police's request forwarded by an FBI agent, read as the Met's): the body verified is not the requester,
    a mismatch (not verified), and which of the two asks is for a person to say."""
    body = authenticity.verified_as
    country = r.value("requester.country")
    if body is None or not country or not body.country or body.country == country:
        return authenticity
    note = f"verified as {body.name} ({body.country}), but the requester read is {country}'s"
    for name in ("requester.name", "requester.kind"):
        r.out.doubt(name, OTHER_COUNTRY_CONFIDENCE, note)
    return replace(authenticity, verified=False, verified_as=None, reasons=(*authenticity.reasons, note))


#: A county's or a city's own body by its name (its police, sheriff, prosecutor), not a state agency.
_LOCAL_BODY = re.compile(
    r"\b(?:County|City|Town|Village|Parish|Borough|Township)\b|Police Department|Police Dept|Division of Police"
    r"|Police Bureau|Bureau of Police|Sheriff|District Attorney|Prosecuting Attorney|City Attorney"
)


#: The District of Columbia and the territories: one government runs what elsewhere a city or a county does.
_ONE_GOVERNMENT = frozenset({"DC", "PR", "GU", "VI", "AS", "MP"})


def _a_local_body_verified_as_its_state(r: Reading, authenticity: Authenticity) -> Authenticity:
    """Mail authenticated for a state government's domain whose requester is a county's or a city's body by name
    ("Columbus Division of Police" from ohio.gov): the state's domain does not prove a local body, a mismatch
    (not verified) that a person looks at."""
    body = authenticity.verified_as
    name = _named_requester(r)
    if body is None or name is None or body.country != "US" or not body.domain_type.startswith("State"):
        return authenticity
    if r.requester_kind is not RequesterKind.STATE_LOCAL or not _LOCAL_BODY.search(name):
        return authenticity
    state = body.state or ""
    if state in _ONE_GOVERNMENT or (state in US_STATES and US_STATES[state].lower() in name.lower()):
        return authenticity  # the District's or a territory's own police ("Guam Police Department" from guam.gov)
    note = f"{name} is a local body, but {authenticity.domain.domain} is {body.name}'s, a state's domain"
    for field in ("requester.name", "requester.kind"):
        r.out.doubt(field, OTHER_COUNTRY_CONFIDENCE, note)
    return replace(authenticity, verified=False, verified_as=None, reasons=(*authenticity.reasons, note))


#: The confidence of the requester when the sender read is the mailbox the message was sent to.
OWN_MAILBOX_CONFIDENCE = 0.4


def _doubt_a_sender_that_is_this_mailbox(r: Reading) -> None:
    """The sender read is the very mailbox the message came to (a reply quoting the mail this mailbox sent,
    taken for a forward): whoever sent the demand, it was not this mailbox, so a person says who did."""
    if not r.sender:
        return
    recipients = {address.lower() for _, address in getaddresses(r.message.header_values("To")) if address}
    if r.sender.lower() not in recipients:
        return
    note = f"the sender read ({r.sender}) is the mailbox the message was sent to"
    for name in ("requester.name", "requester.verified"):
        r.out.doubt(name, OWN_MAILBOX_CONFIDENCE, note)


def _doubt_an_unplaced_foreign_government(r: Reading, authenticity: Authenticity) -> None:
    """A foreign authority is decided on by its country and on whether it is who it says: with no country
    read, with authenticated mail from a domain no registry places, or from a free-mail address, a person
    decides both."""
    if r.requester_kind is not RequesterKind.FOREIGN_GOVERNMENT or authenticity.verified:
        return
    if r.value("requester.country") is None:
        note = "a foreign authority whose country was not read"
    elif authenticity.passed and authenticity.domain.domain_class is DomainClass.ORDINARY:
        note = f"authenticated mail from {authenticity.domain.domain}, a domain no government registry lists"
    elif authenticity.domain.domain_class is DomainClass.FREE_MAIL and not named_as_place(
        r, r.corpus.flat, str(r.value("requester.country"))
    ):
        # No domain places it, and the text names no country or place, only a body several countries have.
        note = "a foreign authority writing from a free-mail address; its country is read only from a body's name"
    else:
        return
    r.out.doubt("requester.kind", UNPLACED_FOREIGN_CONFIDENCE, note)


#: The confidence of ``requester.verified`` (and of the requester) when the text is another U.S. state's
#: than the sender's domain.
OTHER_STATE_CONFIDENCE = 0.5


def _doubt_a_sender_of_another_state(r: Reading, authenticity: Authenticity) -> None:
    """Mail authenticated for one state's domain whose text names another state and never its own (a
    Wyoming agency's request sent from an Idaho address): the domain proves the sender, not the issuer."""
    body = r.domain_info.body
    if not authenticity.verified or body is None or body.country != "US" or body.state is None:
        return
    if body.state not in US_STATES:
        return
    if body.kind is not RequesterKind.STATE_LOCAL:
        return  # a federal body's domain is registered in one place and serves the whole country
    own = US_STATES[body.state]
    text = r.corpus.flat
    if re.search(rf"\b{re.escape(own)}\b", text):
        return
    others = [name for code, name in US_STATES.items() if code != body.state and re.search(rf"\b{name}\b", text)]
    others = [name for name in others if not any(name != other and name in other for other in others)]
    if others:
        note = f"the text names {others[0]}, never {own}, whose domain sent it"
        r.out.put("requester.verified", Evidence(authenticity.verified, OTHER_STATE_CONFIDENCE, note=note))
        r.out.doubt("requester.name", OTHER_STATE_CONFIDENCE, note)


#: The confidence of a requester named in the text when authenticated mail comes from another body.
DISAGREEING_REQUESTER_CONFIDENCE = 0.5


def _doubt_a_requester_other_than_the_authentic_sender(r: Reading, authenticity: Authenticity) -> None:
    """Two candidates disagree: the mail is authenticated for a government body's domain, yet the text's
    requester is another body (a case agent's agency named in a prosecutor's mail). Who issued it, and so
    whether it is verified, is for a person to say."""
    name = r.out.evidence.get("requester.name")
    if authenticity.verified or not authenticity.passed or name is None or name.span is None:
        return
    if authenticity.domain.domain_class not in (DomainClass.GOVERNMENT, DomainClass.REGISTRY):
        return
    other = next((reason for reason in authenticity.reasons if "is another body than" in reason), None)
    if other is not None:
        r.out.doubt("requester.name", DISAGREEING_REQUESTER_CONFIDENCE, f"authenticated sender disagrees: {other}")


def _named_requester(r: Reading) -> str | None:
    """The requester as the text names it (None when its name came from the sender or the registry)."""
    name = r.out.evidence.get("requester.name")
    return str(name.value) if name is not None and name.span is not None else None
