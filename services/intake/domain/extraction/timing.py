"""When: the date of service, the return date (an absolute date after its label, or a number of
days after service) and the date range of the records sought. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo

from services.intake.domain.dates import DateHit, find_dates, month_words, number_value, parse_date
from services.intake.domain.extraction.context import Reading, forward_offset_borrowed
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from services.intake.domain.extraction.forward import QUOTED, Forward, on_attribution_line
from services.intake.domain.extraction.issuer_place import issuer_zone, one_place
from services.intake.domain.extraction.vocabulary import Vocabulary
from services.intake.domain.local_zones import STATE_ZONES, local_zone
from services.intake.domain.message import ParsedMessage
from shared.reference import domain_of
from shared.vocabulary import ProcessType

_SERVED_LABEL = re.compile(
    r"\b(?:date (?:and time )?of service|served (?:on|at|upon)|service date|date served|time of service|served by (?:e-?mail|fax|facsimile) on)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_RETURN_LABEL = re.compile(
    # "The return date of this subpoena is", "returnable on", "now due", "to be produced on".
    r"\breturn date (?:of|for) (?:this|the) (?:subpoena|summons|order|demand|request|warrant)\s+(?:is|shall be|will be)|"
    r"\breturnable(?:\s+on)?|\bnow due(?:\s+on)?|\bto be (?:produced|provided|delivered|returned)\s+(?:on|by)|"
    r"\b(?:return date|return by|date (?:and time )?(?:of|for) (?:return|compliance|production|appearance)|"
    r"(?:produce|provide|deliver|furnish|respond|comply|reply)\w*\b[^.\n]{0,120}?\b(?:on or before|no later than|not later than|by)|"
    r"(?:send|submit|transmit|return|provide|produce|deliver)\w*\s+(?:the|these|those|all|this|your|any)\b[^.\n]{0,60}?\bbefore|"
    r"compliance date|response (?:due|date|deadline)|due (?:date|by|on)|deadline|place,? date,? and time|date and time|"
    r"(?:place and )?time (?:and place )?(?:for|of) appearance|on or before|no later than|not later than|at (?:the )?(?:trial|hearing) on|"
    # "Return: NLT 20 Nov 2026" (NLT: no later than); a table's "Production date | Detail: 10 December 2026".
    r"\bNLT\b|\breturn\s*:(?:\s*NLT\b)?|(?:production|compliance|response) date\s*[:\-]?\s*(?:(?:detail|value)\s*:)?|"
    # A time or the close of business before the date: "by 5:00 p.m. Eastern on Thursday, December 3", "by COB December 3".
    r"\b(?:by|before|no later than|not later than)\s+(?:(?:the\s+)?close\s+of\s+business|COB|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|EOD|"
    r"\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?(?:\s+(?:Eastern|Central|Mountain|Pacific|[ECMP][SD]?T)(?:\s+time)?)?)\s*,?\s*(?:on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?=\d|the\s|[A-Z][a-z]{2})|"
    # A reply that moves the date: "you may take until Friday, December 11", "extended to December 11".
    r"\b(?:take|have)\s+until|\b(?:extend(?:ed|ing)?|extension|postponed?|moved?)\b[^.\n]{0,40}?\b(?:to|until)|"
    r"to appear (?:before|at)[^.\n]{0,160}?\bon|return (?:the (?:records|information|documents) )?(?:on or before|by|no later than))\s*[:\-]?\s*",
    re.IGNORECASE,
)
_RELATIVE_RETURN = re.compile(
    r"\b(?:within|(?:no|not)\s+later\s+than|not\s+more\s+than)\s+(?P<n>[a-z-]+|\d+)\s*(?:\(\d+\)\s*)?"
    r"(?P<unit>(?:business |calendar |working )?(?:days?|weeks?))\s+(?:of|from|after|following)\s+"
    r"(?:(?:the\s+)?(?:date of\s+)?(?:service|receipt)|(?:the\s+)?date of this (?:letter|summons|subpoena|request|order|warrant|demand|notice)"
    r"|you(?:r)?\s+(?:receive|receipt|are served|were served)\w*)",
    re.IGNORECASE,
)


def first_date_after(corpus: Corpus, position: int, span: int, day_first: bool) -> DateHit | None:
    hits = find_dates(corpus.flat, day_first=day_first, start=position, end=min(len(corpus.text), position + span + 60))
    # A reply's attribution line ("On Tue, Aug 25, 2026 at 10:41 AM ... wrote:") dates the quoted mail, never a
    # date the text before it names.
    hits = [hit for hit in hits if hit.start <= position + span and not on_attribution_line(corpus.text, hit.start)]
    return hits[0] if hits else None


def _forwarded_within_the_senders_office(message: ParsedMessage, forward: Forward) -> bool:
    """Whether the forwarded mail came from the forwarder's own organisation (a detective's mail to the
    records clerk who sends it on): its date is when it went between them, not when it was served on us."""
    inner = domain_of(forward.sender)
    return inner is not None and inner == domain_of(message.from_domain)


def _served_at(
    out: Fields, corpus: Corpus, message: ParsedMessage, forward: Forward | None, zone: tzinfo, day_first: bool
) -> datetime | None:
    for match in _SERVED_LABEL.finditer(corpus.text):
        hit = first_date_after(corpus, match.end(), 60, day_first)
        if hit:
            value = hit.moment(zone, time(12, 0) if hit.at is None else hit.at)
            out.put("served_at", ev(corpus, value, 0.9 if hit.at else 0.75, match.start(), hit.end))
            return value
    embedded = message.embedded[0] if message.embedded else None
    if forward is not None and _forwarded_within_the_senders_office(message, forward):
        forward = None  # a colleague's mail to the one who sends it on: it reached us with the outer message
    when = (forward.date if forward and forward.date else None) or (embedded.date if embedded else None) or message.date
    if when is not None and forward is not None and when is forward.date and forward_offset_borrowed(message, forward):
        when = when.replace(tzinfo=zone)  # the forwarded header's wall time, in the sender's local zone
    if when is not None:
        out.put("served_at", Evidence(when, 0.7, note="the e-mail's Date header: service by e-mail"))
        return when
    out.put("served_at", Evidence(None, 0.5, note="no service date; the receipt time stands in"))
    return None


# The words before an order's, letter's or signature's own date: that date is not a deadline.
_OWN_DATE = re.compile(
    # ("Fecha límite", "data limite", "data di scadenza": a deadline's label, not the letter's own date.)
    r"(?:\b(?:dated|signed|entered|issued|executed|sworn|subscribed|ordered|done|fait|fecha|datum|data)\b"
    r"(?!\s+(?:l[íi]mite|tope|m[áa]xima|final|ultima|di\s+scadenza|de\s+(?:entrega|respuesta|resposta|vencimiento|vencimento)))|"
    r"\bdate of (?:this |the )?(?:order|warrant|subpoena|summons|letter|request|issuance)\b|\bthis\s*$)[^.\n]{0,30}$",
    re.IGNORECASE,
)


_OF_ORDER_DATE = re.compile(
    r"\b(?:of|from|after)\s+(?:the\s+)?(?:date\s+of\s+(?:this|the)\s+(?:order|warrant|subpoena|summons|letter|request|demand|notice)"
    r"|date\s+hereof|entry\s+of\s+this\s+order)",
    re.IGNORECASE,
)
# Words that say a deadline is set: a message with one and no date read is not sure of its return date.
_DEADLINE_WORDS = re.compile(
    r"\breturn date\b|\bon or before\b|\bno later than\b|\bdue\b|\bdeadline\b|\brequired by\b|\b(?:response|production|reply) by\b"
    r"|\bwithin \w+ (?:\(\d+\) )?(?:business |calendar )?(?:days|hours|weeks)\b|\bplazo\b|\bprazo\b|\bFrist\b|\bdélai\b|\bentro\b"
    # A deadline counted back from an event: "ten days before the hearing", "14 days prior to trial".
    r"|\b(?:\w+|\d+) (?:\(\d+\) )?(?:business |calendar |court )?days? (?:before|prior to|in advance of)\b",
    re.IGNORECASE,
)
_ORDER_DATE = re.compile(
    # "signed by Judge Ingrid O. Fairweather of Spokane County Superior Court on 10/07/2026": the judge between.
    r"(?:\b(?:signed|issued|entered)\s+by\s+(?:the\s+)?(?:hon(?:orable|\.)?|judge|magistrate|justice)\b(?:[^\n\d]|\n(?!\s*\n)){2,90}?\b(?:on|this)\b|"
    r"\bdated|\bdate(?:d)?\s+of\s+(?:this\s+)?(?:order|warrant|issuance|issue)|\bentered(?:\s+on)?|\bsigned(?:\s+on|\s+this)?|"
    r"\bissued(?:\s+on|\s+this)?|\bso\s+ordered(?:\s+this|\s+on)?|\bordered\s+this|\bdone\s+(?:and\s+ordered\s+)?(?:this|on)|"
    # The signing formulas: "Given under my hand this 29th day of ...", "Witness my hand and seal this ...".
    r"\b(?:given|witness(?:ed)?)\s+(?:under\s+)?my\s+hand(?:\s+and\s+(?:the\s+)?seal(?:\s+of\s+(?:the|this)\s+court)?)?(?:,?\s+this)?|"
    r"^date(?:\s+and\s+time)?\s+(?:issued|signed|entered)|^date)\s*[:,]?\s*",
    re.IGNORECASE | re.MULTILINE,
)
# A forwarded or quoted e-mail's own header lines ("From: ...", "Sent: ...", "Subject: ..."): the "Date:"
# among them is when that mail was sent, not an order's date.
_MAIL_HEADER_LINE = re.compile(r"^\s*>?\s*(?:from|sent|to|cc|subject)\s*:", re.IGNORECASE)


def in_mail_header(text: str, position: int) -> bool:
    """Whether ``position`` is on a line of an e-mail header block (the line before or after it is
    "From:", "To:", "Sent:", "Cc:" or "Subject:")."""
    start = text.rfind("\n", 0, position) + 1
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    after_end = text.find("\n", end + 1)
    after_end = len(text) if after_end < 0 else after_end
    neighbours = (text[before : max(before, start - 1)], text[min(end + 1, len(text)) : after_end])
    return any(_MAIL_HEADER_LINE.match(line) for line in neighbours)


_DESCRIBED = re.compile(r"\s*of (?:each|every|all|any|the)\b", re.IGNORECASE)
_RANGE_WORD = re.compile(r"\s*(?:bis|hasta|até|au|jusqu|al|to|until|through|thru|fino|a)\b", re.IGNORECASE)


_RANGE_START = re.compile(r"\b(?:from|between|since|beginning|starting)\s+(?:on\s+)?$", re.IGNORECASE)


def order_date(corpus: Corpus, day_first: bool) -> DateHit | None:
    """The order's (or letter's) own date: the first date written right after "Dated", "Signed", "Issued"...
    ("SO ORDERED. New York, New York, <date>": a place may come between); never a "Date and time" to appear."""
    for label in _ORDER_DATE.finditer(corpus.text):
        if re.match(r"\s*and\s+time", corpus.text[label.end() : label.end() + 12], re.IGNORECASE) or re.match(
            r"date\s+and\s+time(?!\s+(?:issued|signed|entered))", label.group(0), re.IGNORECASE
        ):
            continue  # "Date and time to appear": a deadline, not the order's date ("Date and time issued" is)
        if in_mail_header(corpus.text, label.start()):
            continue
        hit = first_date_after(corpus, label.end(), 60, day_first)
        if hit is None:
            continue
        gap = corpus.text[label.end() : hit.start]
        if _RANGE_START.search(gap):
            continue  # "Signed by Judge Roe. The records from 10/01/2026": a period's start, not the order's date
        if hit.start - label.end() <= 12 or (len(gap) <= 45 and not re.search(r"\d", gap) and "\n\n" not in gap):
            return hit
    return None


#: The confidence of a labelled return date earlier than service, that read the other way round is not.
RETURN_BEFORE_SERVICE_CONFIDENCE = 0.45
_NUMERIC_DATE = re.compile(r"\s*(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{2}|\d{4})\b")


def _other_reading_fits(written: str, read: date, served: date) -> bool:
    """Whether a numeric date with both its day and month at most 12 was read before ``served`` and its other
    reading (day and month swapped) is on or after it."""
    numeric = _NUMERIC_DATE.match(written)
    if numeric is None or read >= served:
        return False
    first, second = int(numeric.group("a")), int(numeric.group("b"))
    if first > 12 or second > 12 or first == second:
        return False
    try:
        other = read.replace(month=read.day, day=read.month)
    except ValueError:
        return False
    return other >= served


# An officer's time, not the provider's: "must be executed within 14 days", "make return of this warrant to the
# Court within ten days"; and a time counted from the document's issuance, not from service.
_OFFICERS_TIME_BEFORE = re.compile(
    r"\b(?:(?:be|is|are)\s+(?:served\s+(?:and|or)\s+)?executed|execute\s+(?:this|the)\s+(?:search\s+)?warrant|"
    r"(?:make|made)\s+(?:a\s+)?return|return\s+of\s+(?:this|the)\s+(?:search\s+)?warrant|"
    r"returned\s+to\s+(?:the\s+)?(?:court|clerk|judge|magistrate))\b[^.;\n]{0,40}$",
    re.IGNORECASE,
)
_FROM_ISSUANCE = re.compile(r"[^.;\n]{0,40}?\b(?:after|of|from|following)\s+(?:the\s+|its\s+)?issuance\b", re.I)


def _production_period(text: str, vocab: Vocabulary | None) -> re.Match[str] | None:
    """The first period to produce ("within 10 days of service"), not an officer's time to execute or return
    a warrant, nor one counted from issuance."""
    found = [*_RELATIVE_RETURN.finditer(text)]
    strict = len(found)
    loose = [match for pattern in (vocab.relative_return if vocab else ()) for match in pattern.finditer(text)]
    found += sorted(loose, key=lambda match: match.start())
    for index, match in enumerate(found):
        if index == strict and index:
            break  # the strict pattern found a period to produce: the vocabulary's loose ones are not needed
        if _OFFICERS_TIME_BEFORE.search(text[max(0, match.start() - 80) : match.start()]):
            continue
        if _FROM_ISSUANCE.match(text, match.end()):
            continue
        return match
    return None


# "You are commanded to execute this warrant on or before ...": the officer's deadline to serve the warrant
# (Fed. R. Crim. P. 41(e)(2)(A)), not the provider's to produce what it demands.
_EXECUTE_BY = re.compile(
    r"\bexecut(?:e|ed|ion of)\b(?:\s+(?:this|the)\s+(?:search\s+)?warrant)?[^.\n]{0,12}$", re.IGNORECASE
)


def execution_deadline(text: str, label_start: int) -> bool:
    """Whether the deadline labelled at ``label_start`` is a warrant's execution date."""
    return bool(_EXECUTE_BY.search(text[max(0, label_start - 60) : label_start]))


def _labelled_deadlines(corpus: Corpus, day_first: bool, vocab: Vocabulary | None) -> Iterator[tuple[int, DateHit]]:
    """Each date written after a deadline's label (the patterns here first, then the vocabulary's)."""
    text = corpus.flat
    for match in _RETURN_LABEL.finditer(text):
        hit = first_date_after(corpus, match.end(), 80, day_first)
        if hit is None:
            continue
        if _OWN_DATE.search(text[max(match.start(), match.end() - 12, hit.start - 40) : hit.start]):
            continue  # "... as ordered by the Court on March 5": the order's date
        if _DESCRIBED.match(text, match.end()) or _DESCRIBED.match(text, match.end() - 1):
            continue  # "the date and time of each post": what the records hold, not a deadline
        yield match.start(), hit
    for pattern in vocab.return_labels if vocab else ():
        for match in pattern.finditer(text):
            hit = first_date_after(corpus, match.end(), 40, day_first)
            if hit is None or hit.start - match.end() > 12:
                continue
            if _OWN_DATE.search(text[max(match.start() - 20, hit.start - 40) : hit.start]):
                continue
            earlier = find_dates(text, day_first=day_first, start=max(0, match.start() - 40), end=match.start())
            if earlier and match.start() - earlier[-1].end <= 12 and _RANGE_WORD.match(match.group(0)):
                continue  # "vom 1. bis 31. März", "de enero hasta el 31 de marzo": a range, not a deadline
            yield match.start(), hit


# What starts a date in the languages read: a digit or a month's name ("November 24", "24 de noviembre").
_DATE_START = re.compile(
    # (after a weekday: "by Friday, December 11")
    r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+|le\s+|el\s+|il\s+|o\s+|dem\s+|den\s+)?(?:\d|(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|"
    r"ene|abr|ago|dic|fév|fev|avr|juil|ao[uû]|déc|gen|mag|giu|lug|ott|set|out|enero|febrero|marzo|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre)[a-zéèûäç]*\.?\s+\d)",
    re.IGNORECASE,
)


def _unread_labelled_date(corpus: Corpus, day_first: bool, vocab: Vocabulary | None) -> re.Match[str] | None:
    """A deadline's label followed by what starts a date, where no date could be read ("by November 24"
    with no year, "bis 31.11."): a deadline is set, but which one is for a person to read."""
    text = corpus.flat
    for pattern in (_RETURN_LABEL, *(vocab.return_labels if vocab else ())):
        for match in pattern.finditer(text):
            if _DATE_START.match(text, match.end()) and first_date_after(corpus, match.end(), 40, day_first) is None:
                return match
    return None


def _quoted(corpus: Corpus, position: int) -> bool:
    """Whether ``position`` is in an earlier message a reply quotes (after "On ... wrote:", or a line opened by '>')."""
    line_start = corpus.text.rfind("\n", 0, position) + 1
    return corpus.span(position, position + 1).source == QUOTED or corpus.text[line_start:position].lstrip().startswith(
        ">"
    )


# A U.S. address with its state and ZIP code ("New Orleans, LA 70112") between a deadline's label and its date:
# where the recipient is to appear or produce, whose local time the deadline is in.
_STATE_ZIP = re.compile(r"\b(?P<state>[A-Z]{2})\s+(?P<zip>\d{5})(?:-\d{4})?\b")


def _place_of_compliance(between: str) -> tuple[str, str | None] | None:
    """The one state of the addresses written between a deadline's label and its date, with its ZIP code
    when they give one."""
    found = ((match.group("state"), match.group("zip")) for match in _STATE_ZIP.finditer(between))
    return one_place({(state, code) for state, code in found if state in STATE_ZONES})


def _return_by(
    out: Fields,
    corpus: Corpus,
    zone: tzinfo,
    served: datetime,
    day_first: bool,
    vocab: Vocabulary | None = None,
    emergency: bool = False,
) -> None:
    text = corpus.flat
    labelled = list(_labelled_deadlines(corpus, day_first, vocab))
    relative = _production_period(text, vocab)
    production = [(start, hit) for start, hit in labelled if not execution_deadline(text, start)]
    if len(production) < len(labelled) and (production or relative):
        # A warrant's execution date, and a date or a period to produce: the provider's deadline is the latter.
        labelled = production
    own = [(start, hit) for start, hit in labelled if not _quoted(corpus, start)]
    if own:
        labelled = own  # a reply's own words set the date now; the earlier message it quotes is superseded
    if labelled:
        label_start, hit = labelled[0]
        days = {other.day for _, other in labelled}
        place = None if day_first else _place_of_compliance(text[label_start : hit.start])
        at = hit.moment(local_zone(served, state=place[0], country="US", postcode=place[1]) if place else zone)
        if len(days) > 1:
            # The cover e-mail and the document (or two passages) give different return dates: a person decides.
            listed = ", ".join(sorted(day.isoformat() for day in days))
            out.put("return_by", ev(corpus, at, 0.45, label_start, hit.end, note=f"return dates disagree: {listed}"))
            return
        if _other_reading_fits(text[hit.start : hit.end], hit.day, served.astimezone(zone).date()):
            # "03/12/2026" read as 12 March is before service; as 3 December it is not: the writer's order decides.
            doubt = f"the return date {hit.day.isoformat()} is before service: a person reads it"
            out.put("return_by", ev(corpus, at, RETURN_BEFORE_SERVICE_CONFIDENCE, label_start, hit.end, note=doubt))
            return
        note = f"at a place in {place[0]}: its local time" if place else None
        out.put("return_by", ev(corpus, at, 0.9 if hit.at else 0.8, label_start, hit.end, note=note))
        return
    if relative and not emergency:  # a voluntary emergency request sets no return date
        amount = number_value(relative.group("n"))
        unit = (relative.groupdict().get("unit") or "days").lower()
        if amount:
            base, since, confidence = served.astimezone(zone), "service", 0.7
            if _OF_ORDER_DATE.search(text[relative.start() : relative.end() + 60]):
                order_day = order_date(corpus, day_first)
                if order_day is not None:
                    base, since = datetime.combine(order_day.day, time(17, 0)).replace(tzinfo=zone), "its own date"
                else:  # counted from the document's own date, which was not found: service stands in, for a person
                    since, confidence = "service (the document's own date, its start, was not found)", 0.5
            if unit.startswith(("week", "woche", "semana", "semaine", "settiman")):  # weeks in the six languages
                amount, unit = amount * 7, "days"
            working = bool(_WORKING_DAYS.search(text[relative.start() : relative.end() + 16]))
            if unit.startswith(("hour", "hora", "heure", "stunde", "ore")):
                value = base + timedelta(hours=amount)
            elif working:
                value = datetime.combine(add_working_days(base.date(), amount), time(17, 0)).replace(tzinfo=zone)
                unit = "working days"
            else:
                value = datetime.combine((base + timedelta(days=amount)).date(), time(17, 0)).replace(tzinfo=zone)
            out.put(
                "return_by",
                ev(corpus, value, confidence, relative.start(), relative.end(), note=f"{amount} {unit} after {since}"),
            )
            return
    mentions = _DEADLINE_WORDS.search(text) or _unread_labelled_date(corpus, day_first, vocab)
    if mentions:
        out.put(
            "return_by",
            ev(
                corpus,
                None,
                0.3,
                mentions.start(),
                mentions.end(),
                note="a return date is mentioned but could not be read",
            ),
        )
    elif (future := _unlabelled_future_date(corpus, served, day_first)) is not None:
        out.put(
            "return_by",
            ev(
                corpus,
                None,
                0.4,
                future.start,
                future.end,
                note="a later date is written with no deadline label: it may be the return date",
            ),
        )
    else:
        out.put("return_by", Evidence(None, 0.8, note="no return date"))


# "business days", "días hábiles", "dias úteis", "jours ouvrés", "giorni lavorativi", "Werktage": a period
# counted in working days, which skips weekends.
_WORKING_DAYS = re.compile(
    r"\b(?:business|working|court)\s+days?\b|\bh[aá]biles\b|\b[uú]teis\b|\bouvr(?:[ée]s|ables)\b|\blavorativi\b"
    r"|\b(?:Werk|Arbeits)tag",
    re.IGNORECASE,
)


def add_working_days(start: date, amount: int) -> date:
    """``amount`` working days after ``start``: Saturdays and Sundays are not counted."""
    day = start
    while amount > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            amount -= 1
    return day


# Words before a later date that make it something else than a deadline: a period's end, an expiry, a hearing.
_NOT_A_DEADLINE = re.compile(
    r"(?:\b(?:until|till|through|thru|to|expir\w*|effective|valid|bis|hasta|até|au|jusqu\w*|fino|al|a|hearing|trial|"
    r"period|from|since|between|and|y|e|et|und)\b|[-–—])[^.\n]{0,12}$",
    re.IGNORECASE,
)


def _unlabelled_future_date(corpus: Corpus, served: datetime, day_first: bool) -> DateHit | None:
    """A date after service (within a year), not a period's bound, an expiry or the order's own date:
    with no deadline label read, it may well be the return date."""
    text = corpus.flat
    for hit in find_dates(text, day_first=day_first):
        if not served.date() < hit.day <= served.date() + timedelta(days=366):
            continue
        before = text[max(0, hit.start - 40) : hit.start]
        if _NOT_A_DEADLINE.search(before) or _OWN_DATE.search(before):
            continue
        if re.match(r"\s*(?:-|–|—|to|through|bis|hasta|au|al|a|até)\b", text[hit.end : hit.end + 10], re.IGNORECASE):
            continue
        return hit
    return None


_RANGE = re.compile(
    r"\b(?:for the (?:time )?period(?: of)?|time period|date range|period|from|between|beginning(?: on)?|covering|since|dated|during)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(
    r"^\s*,?\s*(?:through|thru|to|until|till|and|up to|-|–|—)\s*(?:and including\s+)?(?:the\s+)?", re.IGNORECASE
)
_PRESENT = re.compile(
    r"^\s*,?\s*(?:through|to|until|till|up to)\s+(?:the\s+)?(?:present|date of (?:this|the) \w+|date|today|now)\b",
    re.IGNORECASE,
)


def _date_range(out: Fields, corpus: Corpus, day_first: bool) -> None:
    text = corpus.flat
    for match in _RANGE.finditer(text):
        first = first_date_after(corpus, match.end(), 40, day_first)
        if first is None or first.start - match.end() > 4:
            continue
        rest = text[first.end : first.end + 60]
        joined = _RANGE_JOIN.match(rest)
        if joined:
            second = first_date_after(corpus, first.end + joined.end(), 40, day_first)
            if second is not None and second.start - (first.end + joined.end()) <= 2 and second.day >= first.day:
                out.put(
                    "date_range",
                    ev(
                        corpus,
                        {"start": first.day.isoformat(), "end": second.day.isoformat()},
                        0.85,
                        match.start(),
                        second.end,
                    ),
                )
                return
        if _PRESENT.match(rest) or match.group(0).lower().startswith("since"):
            out.put(
                "date_range", ev(corpus, {"start": first.day.isoformat(), "end": None}, 0.8, match.start(), first.end)
            )
            return
    found = _range_in_any_language(corpus, day_first)
    if found is not None:
        start, end, begin, finish = found
        out.put(
            "date_range",
            ev(corpus, {"start": start.isoformat(), "end": end.isoformat() if end else None}, 0.8, begin, finish),
        )
        return
    out.put("date_range", Evidence(None, 0.7, note="no date range"))


# A range in any of the six languages: "del 1 de agosto al 15 de octubre de 2026", "vom 01.08.2026 bis
# 30.09.2026", "du 1er juillet au 28 septembre 2026", "for 01/01/2026 through 08/31/2026".
_RANGE_START = re.compile(
    r"(?:\b(?:from|between|for|period|since|del|desde|entre(?: el)?|du|depuis(?: le)?|entre le|vom|von|zwischen(?: dem)?|"
    r"Zeitraum|de|dal|da|tra il|periodo|período|période|no período de|dans la période)\s*:?\s*(?:the\s+|el\s+|le\s+|il\s+|o\s+|dem\s+)?)$",
    re.IGNORECASE,
)
_RANGE_LINK = re.compile(
    r"^\s*,?\s*(?:-|–|—|to|through|thru|until|and|al|a|a la|hasta(?: el)?|y(?: el)?|au|jusqu.au|et(?: le)?|bis(?: zum)?|"
    r"und(?: dem)?|até(?: o dia)?|e|fino al|e il)\s*$",
    re.IGNORECASE,
)
_UNTIL_NOW = re.compile(
    r"^\s*,?\s*(?:to|through|until|till|up to|hasta|a|al|à|au|bis|até|ad|fino ad?)\s+(?:the\s+|la\s+|a\s+|o\s+)?"
    r"(?:date|present|today|now|fecha|actualidad|ce jour|présent|heute|dato|data|presente data|oggi)\b",
    re.IGNORECASE,
)


def _month_language(word: str) -> str:
    return month_words().get(word.lower().strip("."), "en")


_YEARLESS = re.compile(
    r"\b(?:from|del|desde|du|vom|von|dal|de|entre(?: el)?|between)\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|day of\s+)?"
    r"(?P<m>[^\W\d_]{3,12})\.?\s+(?:-|–|to|through|al|a|hasta(?: el)?|au|bis(?: zum)?|até|a|fino al|and)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _range_in_any_language(corpus: Corpus, day_first: bool) -> tuple[date, date | None, int, int] | None:
    text = corpus.flat
    hits = find_dates(text, day_first=day_first)
    for index, first in enumerate(hits):
        if not _RANGE_START.search(text[max(0, first.start - 30) : first.start]):
            if _UNTIL_NOW.match(text[first.end : first.end + 40]) and re.match(
                r"\s*,?\s*(?:to|till|until) date\b", text[first.end :]
            ):
                return first.day, None, first.start, first.end  # "@account, 01/01/2026 to date"
            continue
        following = hits[index + 1] if index + 1 < len(hits) else None
        if (
            following is not None
            and _RANGE_LINK.match(text[first.end : following.start])
            and following.day >= first.day
        ):
            return first.day, following.day, first.start, following.end
        if _UNTIL_NOW.match(text[first.end : first.end + 40]):
            return first.day, None, first.start, first.end
    # "du 1er juillet au 28 septembre 2026": the first date's year is the second's.
    for match in _YEARLESS.finditer(text):
        second = first_date_after(corpus, match.end(), 30, day_first)
        if second is None or second.start != match.end():
            continue
        language = _month_language(match.group("m"))
        first_day = parse_date(f"{match.group('d')} {match.group('m')} {second.day.year}", language)
        if first_day is not None and first_day <= second.day:
            return first_day, second.day, match.start(), second.end
    return None


def read_served_at(r: Reading) -> None:
    _served_at(r.out, r.corpus, r.message, r.forward, r.zone, r.day_first)


def read_return_by(r: Reading) -> None:
    """``return_by``: a relative deadline counts from service (else from receipt)."""
    _return_by(
        r.out,
        r.corpus,
        issuer_zone(r),
        r.value("served_at") or r.received_at,
        r.day_first,
        r.vocab,
        emergency=r.process is ProcessType.EMERGENCY_REQUEST,
    )


def read_date_range(r: Reading) -> None:
    _date_range(r.out, r.corpus, r.day_first)
