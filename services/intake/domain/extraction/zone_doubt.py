"""Doubt a deadline whose local time is only the mail server's clock. Pure.

A date written without a time or zone ("by December 18, 2026") is a moment in the issuer's local
time (:func:`.issuer_place.issuer_zone`). When nothing places a U.S. issuer (no registered domain, no
court, no address in its signature), the zone is the Date header's offset: the sender's clock. That
is the issuer's time when the clock is set to a U.S. zone; a server that stamps its mail in UTC
(``+0000``), or a client set abroad, says nothing about it, and a deadline read in that offset is
hours off. Such a deadline, and a gag's end, go to a person.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.issuer_place import issuer_zone
from services.intake.domain.local_zones import STATE_ZONES

#: The confidence of a deadline read in a clock's offset no U.S. zone had at that moment.
UNPLACED_CONFIDENCE = 0.5

# The zones themselves, made once: ZoneInfo's own cache keeps only a few (each a file read from disk).
_US_ZONES = tuple(ZoneInfo(name) for name in sorted({name for names in STATE_ZONES.values() for name in names}))


def us_offset(moment: datetime) -> bool:
    """Whether ``moment``'s offset is one a U.S. zone had at that moment (``moment`` aware)."""
    offset = moment.utcoffset()
    return any(moment.astimezone(zone).utcoffset() == offset for zone in _US_ZONES)


def _unplaced(zone: tzinfo, moment: datetime) -> bool:
    return not isinstance(zone, ZoneInfo) and not us_offset(moment.astimezone(zone))


# "48 hours after service" (the note of a deadline counted in hours): the same moment in every zone.
_IN_HOURS = re.compile(r"^\d+ (?:hour|hora|heure|stunde|ore)", re.IGNORECASE)


def read_zone_doubt(r: Reading) -> None:
    """Doubt ``return_by`` and the gag's end when a U.S. issuer's zone is only a non-U.S. clock offset."""
    if r.out.value("requester.country") not in (None, "US"):
        return
    moment = r.message.date or r.received_at
    zone = issuer_zone(r)
    if not _unplaced(zone, moment):
        return
    note = (
        f"the issuer's local time is unknown: nothing places it, and the mail's clock (UTC{moment.strftime('%z')}) "
        "is no U.S. zone's"
    )
    deadline = r.out.evidence.get("return_by")
    if deadline is not None and deadline.value is not None and not _IN_HOURS.match(deadline.note or ""):
        r.out.doubt("return_by", UNPLACED_CONFIDENCE, note)
    gag = r.out.value("nondisclosure")
    if isinstance(gag, dict) and gag.get("expires_at") is not None:
        r.out.doubt("nondisclosure", UNPLACED_CONFIDENCE, note)
