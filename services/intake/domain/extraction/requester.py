"""Who sent the demand: the requester's name, kind and country, its e-mail address, and whether
the sender is verified. Pure.

The agencies of the registry named in the text (the most specific one, the one the sender's
domain belongs to first), the organisations written in it (:mod:`.issuers`), else the sender's
registry domain, else the sender's own name. Verification is
:func:`services.intake.domain.authenticity.assess_authenticity`'s, for the agency claimed.
"""

from __future__ import annotations

import re

from services.intake.domain.authenticity import (
    DomainClass,
    classify_domain,
    passing_for,
)
from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Evidence, ev
from services.intake.domain.extraction.issuers import (
    ORG_PATTERNS,
    AgencyHit,
    find_agencies,
)
from services.intake.domain.extraction.requester_foreign import (
    PLACE_POLICE,
    POLICE_WORDS,
    RELAYED,
    a_us_territorys_body,
    countries_named,
    government_shaped,
    letterhead_cased,
    one_country,
    police_first_from_a_police_domain,
)
from services.intake.domain.extraction.signer import TITLE_RE
from shared.reference import Agency, domain_of
from shared.reference.government import US_STATES
from shared.vocabulary import ProcessType, RequesterKind

_STATE_NAMES = "|".join(sorted((re.escape(n) for n in US_STATES.values()), key=len, reverse=True))
_STATE_BODY = re.compile(
    rf"(?i:\b(?:(?:State of )?(?:{_STATE_NAMES})\s*[-–,]?\s+(?:Department of (?:Justice|Law|Public Safety|Revenue|Labor|Insurance)|Attorney General(?:['’]s Office)?|"
    rf"Office of (?:the )?Attorney General|Bureau of Investigation|Division of Criminal (?:Justice|Investigation)|Bureau of Criminal (?:Investigation|Apprehension)|State Police|State Patrol|Highway Patrol)))"
)


_BODY_WORD = re.compile(
    r"(?i:Department of|Attorney General|Office of|Bureau of Investigation|Division of Criminal (?:Justice|Investigation)|"
    r"Bureau of Criminal (?:Investigation|Apprehension)|State Police|State Patrol|Highway Patrol)"
)
_STATE_BEFORE = re.compile(rf"(?i:(?:State of )?(?:{_STATE_NAMES})\s*[-–,]?\s+)$")


def _state_bodies(text: str) -> list[re.Match[str]]:
    """The state bodies named in the text: a cheap search for the body's words, then the state before them."""
    found: list[re.Match[str]] = []
    for word in _BODY_WORD.finditer(text):
        if found and word.start() < found[-1].end():
            continue
        window_start = max(0, word.start() - 40)
        state = _STATE_BEFORE.search(text, window_start, word.start())
        if state is None:
            continue
        body = _STATE_BODY.match(text, state.start())
        if body is not None:
            found.append(body)
    return found


_SOVEREIGN_THEN_BODY = re.compile(r"^(?:State|Commonwealth) of\s+(?P<state>.+?)\s*[-–,]\s*(?P<body>.+)$", re.IGNORECASE)
_BARE_SOVEREIGN = re.compile(
    r"(?:The\s+)?(?:State|Commonwealth|People)\s+of\s+(?:the\s+State\s+of\s+)?[\w .]+", re.IGNORECASE
)
_SMALL_WORDS = {"of", "the", "for", "and", "in", "at", "de", "du", "des", "la", "le", "da", "do", "della", "di", "del"}


def _tidy_name(name: str) -> str:
    """ "STATE OF NORTH CAROLINA - DEPARTMENT OF JUSTICE" is the North Carolina Department of Justice."""
    sovereign = _SOVEREIGN_THEN_BODY.match(name)
    if sovereign is not None:
        name = f"{sovereign.group('state')} {sovereign.group('body')}"
    if name.isupper() and len(name) > 5:
        words = name.lower().split()
        name = " ".join(
            w if i and w in _SMALL_WORDS else ("U.S." if w == "u.s." else w[:1].upper() + w[1:])
            for i, w in enumerate(words)
        )
    return name


def _overlaps(match: re.Match[str], hits: list[tuple[re.Match[str], RequesterKind]]) -> bool:
    """Whether ``match`` shares text with one of the organisations already read."""
    return any(m.start() < match.end() and match.start() < m.end() for m, _ in hits)


def _government_forwarder_serves(r: Reading) -> None:
    """A forward from another government body's authenticated mail: the forwarder serves the demand.

    An agent who passes on a prosecutor's subpoena from their own agency's domain (DKIM or DMARC passing
    for it) is the requester the platform answers and the sender whose authenticity can be checked; the
    original sender, another body, cannot be. A forward within one body is already checked by the
    forwarder's authentication (:func:`assess_authenticity`); a forward by anyone else (the platform's
    own staff, a private party) keeps the original sender."""
    forwarder = r.message.from_address
    if not r.forwarded or not forwarder or not r.sender or forwarder.lower() == r.sender.lower():
        return
    forwarder_domain = domain_of(forwarder)
    info = classify_domain(forwarder_domain, r.registry, r.data)
    if info.domain_class not in (DomainClass.GOVERNMENT, DomainClass.REGISTRY) or info.body is None:
        return
    if r.domain_info.body is None or r.domain_info.body == info.body:
        return  # the original sender is no government body, or the same one (checked as a forward within it)
    if not passing_for(r.auth_results, forwarder_domain):
        return
    r.sender, r.sender_name, r.sender_domain, r.domain_info = forwarder, r.message.from_name, forwarder_domain, info


#: The confidence of a foreign government requester whose country was not read, or whose authenticated
#: ordinary domain the government registry does not list (it may be a police force's all the same).
UNPLACED_FOREIGN_CONFIDENCE = 0.5


def read_requester(r: Reading) -> None:
    """``requester.name``, ``.kind``, ``.country``, ``.email``; ``r.claimed`` is the agency named."""
    _government_forwarder_serves(r)
    corpus, text, out, registry = r.corpus, r.corpus.text, r.out, r.registry
    domain_info, sender, sender_name, sender_domain = r.domain_info, r.sender, r.sender_name, r.sender_domain
    forwarded = r.forwarded
    # "North Carolina Department of Justice" is the state's, not the U.S. Department of Justice.
    state_bodies = _state_bodies(text)
    agency_hits = [
        hit
        for hit in find_agencies(text, registry)
        if not any(b.start() <= hit.start and hit.end <= b.end() for b in state_bodies)
    ]
    display_hits = find_agencies(sender_name or "", registry) if sender_name else []
    org_hits: list[tuple[re.Match[str], RequesterKind]] = []
    for pattern, kind in ORG_PATTERNS:
        for match in re.finditer(pattern, text):
            words = match.group(0).strip()
            if TITLE_RE.fullmatch(words) or re.match(r"(?:Assistant|Deputy|Chief Deputy|Special)\b", words):
                continue
            if (
                any(h.start < match.end() and match.start() < h.end for h in agency_hits)
                and kind is not RequesterKind.FEDERAL
            ):
                continue  # "Justice Federal Bureau of Investigation": the registry's name wins
            org_hits.append((match, kind))
    for match in state_bodies:
        if not _overlaps(match, org_hits):
            org_hits.append((match, RequesterKind.STATE_LOCAL))
    # Foreign police, prosecutors and courts, as the vocabulary of the message's languages names them.
    org_countries: dict[int, str] = {}
    cased = letterhead_cased(text)
    for org_pattern, org_country in r.vocab.organisations:
        for match in org_pattern.finditer(cased):
            if _overlaps(match, org_hits):
                continue
            org_hits.append((match, RequesterKind.FOREIGN_GOVERNMENT))
            if org_country:
                org_countries[match.start()] = org_country
    police_body = domain_info.body
    if (
        police_body is not None
        and police_body.branch == "police"
        and police_body.country != "US"
        and not any(POLICE_WORDS.search(m.group(0)) for m, _ in org_hits)
    ):
        # From a foreign police force's own domain, "<Place> Police" in its text is the force itself
        # ("West Yorkshire Police" writing from westyorkshire.police.uk).
        for match in PLACE_POLICE.finditer(cased):
            if not _overlaps(match, org_hits):
                org_hits.append((match, RequesterKind.FOREIGN_GOVERNMENT))
    org_hits.sort(key=lambda item: (0 if corpus.in_title(item[0].start(), 900) else 1, item[0].start()))
    # "County Sheriff's Office" where "Alameda County Sheriff's Office" is written too: the longer name.
    names = [" ".join(m.group(0).split()) for m, _ in org_hits]
    org_hits = [
        (
            next(
                (
                    m2
                    for (m2, _), n2 in zip(org_hits, names, strict=True)
                    if len(n2) > len(n) and n2.lower().endswith(n.lower())
                ),
                m,
            ),
            k,
        )
        for (m, k), n in zip(org_hits, names, strict=True)
    ]
    org_hits = police_first_from_a_police_domain(org_hits, domain_info.body)
    domain_agency = domain_info.agency if domain_info.domain_class is DomainClass.REGISTRY else None

    claimed: Agency | None = None
    claimed_hit: AgencyHit | None = None
    if agency_hits:
        titled = [h for h in agency_hits if corpus.in_title(h.start, 900)] or agency_hits
        ids = {h.agency.id for h in titled}
        # The most specific agency named: a child wins over its parent department.
        children = [h for h in titled if not any(o.agency.parent == h.agency.id for o in titled if o.agency.id in ids)]
        if domain_agency is not None:
            matching = [
                h
                for h in children
                if h.agency.id in {a.id for a in registry.lineage(domain_agency)}
                or domain_agency.id in {a.id for a in registry.lineage(h.agency)}
            ]
            claimed_hit = (matching or children or titled)[0]
        else:
            claimed_hit = (children or titled)[0]
        claimed = claimed_hit.agency
    elif display_hits:
        claimed = display_hits[0].agency
    if (
        claimed is not None
        and not forwarded
        and domain_info.domain_class is DomainClass.GOVERNMENT
        and domain_info.country not in (None, "US")
        and domain_agency is None
    ):
        # A foreign authority's own authenticated mail that names a U.S. agency (the Department of Justice
        # its ministry will send the treaty request to, the FBI legal attaché): the agency is the channel or
        # the addressee, the foreign authority the requester.
        claimed, claimed_hit = None, None

    requester_kind: RequesterKind
    country: str | None = None
    org_name: str | None = None
    org_span: tuple[int, int] | None = None
    org_kind: RequesterKind | None = None
    if org_hits:
        match, org_kind = org_hits[0]
        if _BARE_SOVEREIGN.fullmatch(" ".join(match.group(0).split()).strip(" ,")):
            # "COMMONWEALTH OF MASSACHUSETTS / OFFICE OF THE MIDDLESEX DISTRICT ATTORNEY": the office under it.
            match, org_kind = next(
                (
                    (m, k)
                    for m, k in org_hits[1:]
                    if not _BARE_SOVEREIGN.fullmatch(" ".join(m.group(0).split()).strip(" ,"))
                ),
                (match, org_kind),
            )
        org_name = _tidy_name(re.sub(r"^The\s+", "", " ".join(match.group(0).split()).strip(" ,")))
        body = domain_info.body
        state = body.state if body is not None and body.country == "US" else None
        if org_name == "Attorney General" and state is not None and state in US_STATES:
            org_name = f"{US_STATES[state]} Attorney General"  # "The Attorney General" from its state's domain
        org_span = (match.start(), match.end())
    foreign_country = None
    doubt: str | None = None
    # A government's own second-level name under a country's ccTLD ("dgsn.gov.ma", "fiscalia.gob.ec"): that
    # country's government, though the registry does not list it (so it verifies nothing).
    tld_country = r.data.country_tlds.get((sender_domain or "").rsplit(".", 1)[-1].lower())
    shaped = (
        domain_info.domain_class in (DomainClass.ORDINARY, DomainClass.LOOKALIKE)
        and government_shaped(sender_domain)
        and tld_country not in (None, "US")
    )
    if (
        domain_info.country
        and domain_info.country not in ("US", "EU")
        and domain_info.domain_class in (DomainClass.GOVERNMENT, DomainClass.ORDINARY)
    ):
        # A police force or a public body named in mail from a country's own domain (".ee") is that
        # country's, never a U.S. state's or local one (which the words "Police ..." alone would make it).
        unlisted_body = domain_info.domain_class is DomainClass.ORDINARY and org_kind in (
            RequesterKind.STATE_LOCAL,
            RequesterKind.FEDERAL,
        )
        foreign_country = (
            domain_info.country
            if domain_info.domain_class is DomainClass.GOVERNMENT
            or org_kind is RequesterKind.FOREIGN_GOVERNMENT
            or shaped
            or unlisted_body
            else None
        )
        if unlisted_body and claimed is None:
            doubt = f"a public body named in mail from {sender_domain}, which no registry lists"
    elif shaped:
        foreign_country = tld_country  # "one edit away" from another country's suffix: its own country's all the same
    # The sender's own domain is a foreign government's (its mail, or the original of a forward).
    foreign_sender = foreign_country is not None and domain_info.domain_class is DomainClass.GOVERNMENT
    # The countries the text names matter only for a foreign authority (a hundred patterns: not read for others).
    named = countries_named(r, text) if org_kind is RequesterKind.FOREIGN_GOVERNMENT else None
    if org_kind is RequesterKind.FOREIGN_GOVERNMENT and foreign_country is None and org_span is not None:
        foreign_country = org_countries.get(org_span[0])
    if (
        org_kind is RequesterKind.FOREIGN_GOVERNMENT
        and not foreign_country
        and a_us_territorys_body(text, named or {}, domain_info.body)
    ):
        org_kind = RequesterKind.STATE_LOCAL  # Puerto Rico's prosecutor or police, in Spanish
    if org_kind is RequesterKind.FOREIGN_GOVERNMENT and foreign_country is None:
        foreign_country = one_country(r, named or {})
    if claimed is not None and (
        org_kind is None
        or org_kind is RequesterKind.FEDERAL
        or (claimed_hit is not None and org_span is not None and claimed_hit.start <= org_span[0])
    ):
        name, requester_kind, country = claimed.name, claimed.kind, "US"
        if org_kind is RequesterKind.FEDERAL and org_name and claimed.parent is None and org_span is not None:
            name = org_name  # "United States Attorney's Office for ..." is more precise than "DOJ"
        own_domain = domain_agency is not None and claimed.id in {a.id for a in registry.lineage(domain_agency)} | {
            a.id for a in registry.lineage(claimed) if a.id == domain_agency.id
        }
        confidence = 0.95 if own_domain else 0.85
        if (foreign_country or org_kind is RequesterKind.FOREIGN_GOVERNMENT) and not foreign_sender:
            if own_domain:
                # The agency's own mail that names a foreign authority ("on behalf of the National Crime Agency"):
                # the agency relays it and is the requester, a U.S. one.
                foreign_country = None
            else:
                # A U.S. agency and a foreign authority are both named and no domain says which one asks.
                doubt = "the text names both a U.S. agency and a foreign authority; the sender's domain is neither's"
        start, end = (claimed_hit.start, claimed_hit.end) if claimed_hit else (None, None)
        out.put("requester.name", ev(corpus, name, confidence, start, end))
    elif org_name is not None and org_kind is not None:
        requester_kind = org_kind
        if foreign_country and org_kind is not RequesterKind.PRIVATE_PARTY:
            requester_kind = RequesterKind.FOREIGN_GOVERNMENT
        country = (
            foreign_country
            if requester_kind is RequesterKind.FOREIGN_GOVERNMENT
            else ("US" if requester_kind is not RequesterKind.PRIVATE_PARTY else (domain_info.country or "US"))
        )
        assert org_span is not None
        out.put("requester.name", ev(corpus, org_name, 0.8, *org_span))
        if org_kind is RequesterKind.FEDERAL and domain_agency is not None:
            claimed = domain_agency
    elif domain_agency is not None:
        claimed = domain_agency
        requester_kind, country = domain_agency.kind, "US"
        out.put("requester.name", ev(corpus, domain_agency.name, 0.8, note=f"from the sender's domain {sender_domain}"))
    elif domain_info.body is not None and domain_info.domain_class is DomainClass.GOVERNMENT:
        # No issuer named, but the sender's domain is a government body's (the government registry).
        body = domain_info.body
        requester_kind, country = body.kind, body.country
        out.put(
            "requester.name",
            ev(corpus, body.name, 0.7, note=f"no issuer named in the text; the registry's body for {sender_domain}"),
        )
    else:
        fallback = sender_name or sender or "Unknown requester"
        if domain_info.domain_class is DomainClass.GOVERNMENT:
            requester_kind = (
                RequesterKind.FOREIGN_GOVERNMENT
                if domain_info.country not in (None, "US")
                else RequesterKind.STATE_LOCAL
            )
            country = domain_info.country
            confidence = 0.5
        elif shaped or (
            domain_info.domain_class is DomainClass.ORDINARY
            and domain_info.country not in (None, "US", "EU")
            and POLICE_WORDS.search(sender_name or "")
        ):
            # A police force's or a government's mailbox under a country's ccTLD that the registry does not
            # list ("DICAT Policía Nacional" at policianacional.gob.do): a foreign authority of that country,
            # for a person to confirm.
            foreign_country = tld_country if shaped else domain_info.country
            requester_kind, country = RequesterKind.FOREIGN_GOVERNMENT, foreign_country
            confidence = UNPLACED_FOREIGN_CONFIDENCE
        else:
            requester_kind, country = RequesterKind.PRIVATE_PARTY, domain_info.country
            confidence = 0.3
        out.put(
            "requester.name",
            ev(corpus, fallback[:500], confidence, note="no issuer named in the text; the sender's name"),
        )
    if foreign_country and requester_kind is not RequesterKind.PRIVATE_PARTY:
        requester_kind, country = RequesterKind.FOREIGN_GOVERNMENT, foreign_country
    kind_confidence = min(0.95, out.evidence["requester.name"].confidence + 0.05)
    if requester_kind is RequesterKind.FOREIGN_GOVERNMENT and shaped and sender_domain:
        doubt = f"{sender_domain} is under a government's name of .{sender_domain.rsplit('.', 1)[-1]} that no registry lists"
    if requester_kind is RequesterKind.FOREIGN_GOVERNMENT and named is None:
        named = countries_named(r, text)
    if (
        requester_kind is RequesterKind.FOREIGN_GOVERNMENT
        and country
        and named
        and country not in named
        and domain_info.domain_class is not DomainClass.GOVERNMENT
        and not (org_span and org_countries.get(org_span[0]))
    ):
        # The ccTLD says one country, the letter names only others: whose authority it is, a person says.
        doubt = f"the sender's domain is {country}'s, the text names {', '.join(sorted(named))}"
    elif (
        requester_kind is RequesterKind.FOREIGN_GOVERNMENT
        and country
        and domain_info.domain_class is DomainClass.GOVERNMENT
        and RELAYED.search(text)
        and set(named or ()) - {country}
    ):
        # A government's own mail that acts for another authority and names another country ("im Auftrag der
        # Landespolizei des Fürstentums Liechtenstein" from fedpol): which country asks, a person says.
        doubt = (
            f"{sender_domain} ({country}) writes for another authority; the text names {', '.join(sorted(named or ()))}"
        )
    if doubt is not None and kind_confidence > UNPLACED_FOREIGN_CONFIDENCE:
        kind_confidence = UNPLACED_FOREIGN_CONFIDENCE
        out.put("requester.kind", ev(corpus, requester_kind, kind_confidence, note=doubt))
    else:
        out.put("requester.kind", ev(corpus, requester_kind, kind_confidence))
    out.put("requester.country", ev(corpus, country, kind_confidence))
    out.put(
        "requester.email",
        ev(
            corpus,
            sender,
            0.95 if sender else 0.0,
            note="original sender of a forwarded message" if forwarded else "From header",
        ),
    )
    r.claimed = claimed


_US_PARTY_PROCESS = frozenset({ProcessType.SUBPOENA_CIVIL, ProcessType.SUBPOENA_DMCA_512H})


def read_party_country(r: Reading) -> None:
    """A private party serving a U.S. civil or § 512(h) subpoena is in the U.S. when nothing else says where."""
    country = r.out.evidence.get("requester.country")
    if country is None or country.value is not None or r.requester_kind is not RequesterKind.PRIVATE_PARTY:
        return
    if r.process in _US_PARTY_PROCESS:
        r.out.put("requester.country", Evidence("US", country.confidence, note="a U.S. civil subpoena's party"))
