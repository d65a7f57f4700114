"""Where the issuer of a demand is, for the local time of its dates: its court's state, the address in its
signature, or its registered body's place. Pure.

A date or time written without a zone is the issuer's local time (docs/e-mail-intake.md). The sender's
registered place (``Reading.zone``) settles it for a state or local body; a U.S. federal body is placed at
its headquarters by the registry, so the field office in its agent's signature, else the court it names,
places it; a sender of no registered place is placed by the court's state, else its signature's address.
"""

from __future__ import annotations

import re
from datetime import tzinfo

from services.intake.domain.extraction.context import Reading
from services.intake.domain.local_zones import local_zone
from shared.calendars import us_state_named
from shared.reference.government import US_STATES
from shared.vocabulary import RequesterKind


def one_place(places: set[tuple[str | None, str]]) -> tuple[str, str | None] | None:
    """Of (state, ZIP code) addresses, the one state they are in (None for none or several), with its ZIP
    code when they give it one."""
    states = {state for state, _ in places if state is not None}
    if len(states) != 1:
        return None
    state = states.pop()
    codes = {code for named, code in places if named == state}
    return state, (codes.pop() if len(codes) == 1 else None)


# A federal district court's name names its state: "United States District Court for the Northern District
# of Alabama", "Clerk of the U.S. District Court, District of New Mexico".
_FEDERAL_DISTRICT = re.compile(
    r"\b(?:United\s+States|U\.\s?S\.)\s+(?:District\s+Court|Attorney(?:['’]s)?\s+Office)\b[^\n]{0,60}?\bDistrict\s+of\s+"
    r"(?P<state>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})",
    re.IGNORECASE,
)


# A state court named with its state: "Superior Court of California, County of Alameda", "Circuit Court of
# Cook County, Illinois", "District Court of Bexar County, Texas".
_STATE_COURT = re.compile(
    r"\b(?:Superior|Circuit|District|County|Chancery|Supreme|Municipal|Family|Probate|Justice|Common\s+Pleas)\s+Court\b"
    r"(?:[^\n.]|\.(?!\s)){0,80}",  # within its sentence: "... District Court to enforce it. Signed at Washington, D.C."
    re.IGNORECASE,
)


def court_state(text: str) -> str | None:
    """The one state whose courts the text names: its federal district courts, else its state courts named
    with the state (None for none or several)."""
    for names in (
        [match.group("state") for match in _FEDERAL_DISTRICT.finditer(text)],
        [match.group(0) for match in _STATE_COURT.finditer(text)],
    ):
        states = {us_state_named(name) for name in names} - {None}
        if states:
            return states.pop() if len(states) == 1 else None
    return None


# "Phoenix, AZ 85004", "Anchorage, Alaska 99501": a U.S. city, its state and ZIP code in a signature block.
_SIGNED_AT = re.compile(
    r"\b(?P<city>[A-Z][A-Za-z.' -]{1,30}),\s+(?P<state>[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?\s+"
    r"(?P<zip>\d{5})(?:-\d{4})?\b"
)


def _state_of(written: str) -> str | None:
    return written if written in US_STATES else us_state_named(written)


def _signed_place(r: Reading) -> tuple[str, str | None] | None:
    """The one state of the addresses in the sender's own words' last lines (a field office's signature),
    with its ZIP code when the addresses give one code."""
    own = "\n".join(text for name, text in r.body_sources if name in ("body", "forwarded message"))
    tail = own[-700:]
    return one_place({(_state_of(match.group("state")), match.group("zip")) for match in _SIGNED_AT.finditer(tail)})


def issuer_zone(r: Reading) -> tzinfo:
    """The zone of a deadline or a gag's end written without one: the sender's local zone (``r.zone``),
    but for a sender whose place is unknown (a private party, mail from no registered government body) of
    a demand a U.S. court issued, the court's state's: the court sets the time, in its own local time.
    A federal body's agent writes from a field office the registry does not know (it places the body at
    its headquarters): the state of the address in the sender's signature, else the court's, is the place."""
    body = r.domain_info.body
    postcode = None
    if body is not None and body.kind is RequesterKind.FEDERAL and body.country == "US":
        signed = _signed_place(r)
        state, postcode = signed if signed else (court_state(r.corpus.flat), None)
    elif body is not None or r.out.value("requester.country") not in (None, "US"):
        return r.zone
    else:
        # no registered place: the court's state, else the address in the sender's own signature
        signed = _signed_place(r)
        court = court_state(r.corpus.flat)
        state, postcode = (court, None) if court or not signed else signed
    moment = r.message.date or r.received_at
    return local_zone(moment, state=state, country="US", postcode=postcode) if state else r.zone
