"""Who signed the demand: the name and title in its signature block. Pure.

The block after a closing ("Sincerely", "/s/", "SO ORDERED"...), a labelled "Issuing officer:"
line, or a short title line right under a name line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.intake.domain.dates import find_dates
from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, ev
from services.intake.domain.extraction.forward import NOTE, QUOTED
from services.intake.domain.extraction.language import LANGUAGES
from services.intake.domain.extraction.vocabulary import vocabulary
from shared.vocabulary import ProcessType

TITLES: tuple[str, ...] = (
    "Special Agent in Charge",
    "Assistant Special Agent in Charge",
    "Deputy Special Agent in Charge",
    "Deputy Assistant Director",
    "Assistant Director in Charge",
    "Assistant Director",
    "Executive Assistant Director",
    "Port Director",
    "Assistant Port Director",
    "Director of Field Operations",
    "Field Office Director",
    "Special Agent",
    "Supervisory Special Agent",
    "Senior Special Agent",
    "Resident Agent in Charge",
    "Revenue Agent",
    "Revenue Officer",
    "Internal Revenue Agent",
    "Diversion Investigator",
    "Group Supervisor",
    "Assistant United States Attorney",
    "United States Attorney",
    "Special Assistant United States Attorney",
    "Deputy District Attorney",
    "Assistant District Attorney",
    "District Attorney",
    "Chief Deputy District Attorney",
    "Attorney General",
    "Deputy Attorney General",
    "Assistant Attorney General",
    "Detective Sergeant",
    "Detective Lieutenant",
    "Detective Constable",
    "Detective Inspector",
    "Detective Chief Inspector",
    "Detective",
    "Sergeant",
    "Lieutenant",
    "Captain",
    "Police Officer",
    "Officer",
    "Deputy Sheriff",
    "Sheriff",
    "Investigator",
    "Criminal Investigator",
    "Inspector",
    "Chief Inspector",
    "Superintendent",
    "Chief of Police",
    "Kriminalhauptkommissar",
    "Kriminalkommissar",
    "Kriminaloberkommissar",
    "United States Magistrate Judge",
    "United States District Judge",
    "Magistrate Judge",
    "District Judge",
    "Judge of the Superior Court",
    "Superior Court Judge",
    "Circuit Judge",
    "Judge",
    "Justice of the Peace",
    "Clerk of Court",
    "Deputy Clerk",
    "Clerk",
    "Attorney for Plaintiff",
    "Attorney for Plaintiffs",
    "Counsel for Plaintiff",
    "Counsel for Plaintiffs",
    "Attorney for Defendant",
    "Attorneys for Plaintiff",
    "Partner",
    "Associate",
    "Attorney at Law",
    "Attorney",
    "Inspector General",
    "Deputy Inspector General",
    "Assistant Inspector General for Investigations",
)
#: With the titles and ranks of the other languages read (vocabulary files).
TITLES = TITLES + vocabulary(LANGUAGES).titles
TITLE_RE = re.compile(
    r"\b(?:Acting\s+|Interim\s+)?(?:(?:Senior|Chief|Principal|Supervising|First)\s+(?=[A-Z]))?(?:"
    + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:Sincerely|Respectfully(?: submitted)?|Regards|Kind regards|Best regards|Very truly yours|Yours (?:truly|sincerely|faithfully)|"
    r"Thank you|Thanks|Issued by|Signed|Signature|BY THE COURT|IT IS SO ORDERED|SO ORDERED|Approved|Authorized by|"
    r"Mit freundlichen Gr[üu](?:ß|ss)en|Cordialement|Atentamente|"
    r"Issuing (?:Officer|Official)|By)\b[^\n]{0,120}$|^\s*/s/[^\n]{0,60}$"
    + "".join(f"|(?:{p.pattern})[^\\n]{{0,60}}$" for p in vocabulary(LANGUAGES).closings),
    re.IGNORECASE | re.MULTILINE,
)
# A line naming the signer's office ("Floyd County Sheriff's Office"): a title inside it is not the signer's.
_ORGANISATION = re.compile(r"\b(?:Office|Department|Dept\.?|Bureau|Agency|Division|Unit|Service)\b")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = "a-zß-öø-ÿA-ZÀ-ÖØ-Þ"
# Words that make a capitalised line an organisation, a heading or a place, never a person's name.
_NOT_A_NAME = (
    r"Commonwealth|States?|County|Parish|Office|Department|Dept|Police|Polic[íi]a|Polizei|Court|District|United|Bureau|"
    r"Agency|Division|Service|Services|Unit|Inc|LLP|LLC|PLLC|Group|Sheriff'?s?|Attorney|Ministry|Minist[èe]re|Republic|"
    r"Rep[úu]blica|Justice|Constabulary|Force|Station|Team|Section|Squad|Crimes?|Investigations?|Federal|National|"
    r"Metropolitan|Enforcement|Security|Platform|Firm|Associates|Partners|Cent(?:er|re)|University|Bank|Corporation|"
    r"Company|Government|Council|Authority|Commission|Prosecutor'?s?|Procura|Fiscal[íi]a|Tribunal|Juzgado|Gendarmerie|"
    r"Parquet|Questura|Circuit|Municipal|Judicial|Public|Headquarters|Requests?|Records|Subpoena|Warrant|Order|Summons|"
    r"Notice|Dear|Subject|Page|Exhibit|Schedule|Attachment|Custodian|Grand|Jury|Signature"
)
# Courtesy titles written before a name in six languages; not part of the name.
_HONORIFIC = (
    r"(?:Lic(?:da?)?\.|Licenciad[oa]|Dra?\.|Dott\.(?:ssa)?|Avv\.|Ing\.|Mtr[oa]\.|Sra?\.|Mme|Me|Mr\.|Ms\.|Mrs\.|Prof\.)"
)
_NAME_LINE = re.compile(
    rf"^(?:/s/\s*|s/\s*|(?i:By):\s*)?(?!On\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b)(?![^,\n]*\b(?i:{_NOT_A_NAME})\b)(?:{_HONORIFIC}\s+)?(?P<name>(?:Hon\.\s+|HHJ\s+|Dr\.\s+|Det\.\s+|Sgt\.\s+|Lt\.\s+|SA\s+|DI\s+|DC\s+|Agent\s+)?"
    rf"(?:[{_UPPER}][{_LETTER}'’-]+|[{_UPPER}]\.)(?:\s+[{_UPPER}]\.)?(?:\s+[{_UPPER}][{_LETTER}'’-]+){{1,3}}(?:,?\s+(?:Jr\.|Sr\.|II|III|Esq\.))?)\s*(?:,\s*(?P<title>.+))?$"
)
_RANK_PREFIX = re.compile(
    r"^(?P<rank>Detective|Det\.|Sergeant|Sgt\.|Lieutenant|Lt\.|Officer|Special Agent|SA|DC|DI|Agent|Inspector)\s+(?P<rest>.+)$"
)
# Ranks written before a name in a signature ("TFO Nathan Kessler", "Det. Sgt. Ann Cole", "ADA Jo Roe").
_RANKS = {
    "det. sgt.": "Detective Sergeant",
    "d/sgt.": "Detective Sergeant",
    "det.": "Detective",
    "sgt.": "Sergeant",
    "lt.": "Lieutenant",
    "cpl.": "Corporal",
    "inv.": "Investigator",
    "ofc.": "Officer",
    "dep.": "Deputy",
    "tpr.": "Trooper",
    "sa": "Special Agent",
    "ssa": "Supervisory Special Agent",
    "tfo": "TFO",
    "gs": "Group Supervisor",
    "ada": "ADA",
    "ausa": "AUSA",
    "dda": "Deputy District Attorney",
    "insp.": "Inspector",
    "insp": "Inspector",
    "ds": "Detective Sergeant",
    "di": "Detective Inspector",
    "dc": "Detective Constable",
    "pc": "Police Constable",
    "ps": "Police Sergeant",
    "d/cst.": "Detective Constable",
    "d/sgt": "Detective Sergeant",
    "cst.": "Constable",
    "const.": "Constable",
    "det sen const": "Detective Senior Constable",
    "det const": "Detective Constable",
    "sen const": "Senior Constable",
    "det sgt": "Detective Sergeant",
    "cne": "Capitaine de police",
    "cdt": "Commandant de police",
    "lt": "Lieutenant",
    "ofc": "Officer",
    "det": "Detective",
    "sgt": "Sergeant",
    "trooper first class": "Trooper First Class",
    "senior trooper": "Senior Trooper",
    "master trooper": "Master Trooper",
    "tfc": "Trooper First Class",
    "trooper": "Trooper",
    "corporal": "Corporal",
}
#: A one-word rank written before a name in another language, compounds too ("Sergente-détective Ana Roy",
#: "Bezirksinspektorin Eva Huber", "Subcomisario Luis Vera"): known rank stems at the word's end.
_FOREIGN_RANK = re.compile(
    r"^(?P<rank>[A-ZÀ-Ý][\wÀ-ÿ]*(?:-[\wÀ-ÿ]*)?"
    r"(?i:inspektor(?:in)?|kommissar(?:in)?|d[ée]tective|sergente?|brigadier[ea]?|comisari[oa]|inspect(?:eur|rice)"
    r"|inspetor[a]?|ispettore|capitaine|teniente|commissaire|agente))\s+(?P<rest>[A-ZÀ-Ý].+)$"
)
_RANK_WORD = re.compile(
    r"^(?P<rank>" + "|".join(re.escape(r) for r in sorted(_RANKS, key=len, reverse=True)) + r")\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _split_rank(name: str, title: str | None) -> tuple[str, str | None]:
    """ "Detective Robert Kline" is Robert Kline, a detective (when no other title is given)."""
    match = _RANK_PREFIX.match(name)
    written_rank = _RANK_WORD.match(name)
    if match and written_rank and len(written_rank.group("rank")) > len(match.group("rank")):
        match = None  # "Det. Sgt. Ann Cole": the longer rank written ("Det. Sgt."), not "Det." alone
    foreign = _FOREIGN_RANK.match(name)
    if (
        foreign
        and not match
        and not written_rank
        and len(foreign.group("rest").split()) >= 2
        and not TITLE_RE.search(foreign.group("rest"))
    ):
        return foreign.group("rest"), title or foreign.group("rank")
    no_rank = not match or len(match.group("rest").split()) < 2
    if no_rank and written_rank and len(written_rank.group("rest").split()) >= 2:
        return written_rank.group("rest"), title or _RANKS[written_rank.group("rank").lower()]  # "Ofc Dan Reyes"
    if not match or len(match.group("rest").split()) < 2:
        lead = TITLE_RE.match(name)
        rest = name[lead.end() :].strip() if lead else ""
        if lead and len(rest.split()) >= 2 and not TITLE_RE.search(rest):
            return rest, title or lead.group(0)  # "Ispettore Superiore Luca Bianchi"
        abbreviation = re.match(
            r"^(?P<rank>[A-ZÄÖÜ]{2,5}|[A-Z][a-z]+oficial|Il|La|Le|Der|Die)\s+(?P<rest>[A-Z].+)$", name
        )
        if abbreviation and len(abbreviation.group("rest").split()) >= 2 and not name.isupper():
            # (an all-caps name's first name is no rank: "BRIAN A. TSUCHIDA")
            return abbreviation.group("rest"), title or abbreviation.group("rank")  # "KHK Tobias Reinhardt"
        return name, title
    ranks = {
        "det.": "Detective",
        "sgt.": "Sergeant",
        "lt.": "Lieutenant",
        "sa": "Special Agent",
        "dc": "Detective Constable",
        "di": "Detective Inspector",
        "agent": None,
    }
    rank = match.group("rank")
    written = ranks.get(rank.lower(), rank)
    return match.group("rest"), title or written


@dataclass(frozen=True)
class Signer:
    name: str | None
    title: str | None
    start: int
    end: int
    confidence: float


_TITLE_LINE = re.compile(r"^(?:(?:Il|La|Le|L['’]|Der|Die|El|O|A)\s+)?(?P<title>.+?)[\s,]*$")
_JUDGE = re.compile(r"\b(?:judge|justice|magistrate|clerk)\b", re.IGNORECASE)


_BADGE = re.compile(
    r"\s+(?:#\s*|(?:Badge|Shield|Collar|Warrant)\s+(?:No\.?\s*|#\s*)?)\d[\dA-Z]*\b(?=\s*(?:,|$))", re.IGNORECASE
)
_COLLAR = re.compile(
    r"^(?P<rank>(?:[A-Z]{1,4}|[A-Z][a-z]{1,4}\.(?:\s*[A-Z][a-z]{1,4}\.)?))\s+\d+[A-Z]{0,3}\s+(?=[A-Z])"
)


def _without_numbers(line: str) -> str:
    """ "Det. Ann Cole #5521", "DC 2291SE Ann Cole", "(Ann Cole)": the name without its badge or collar
    number or the brackets some signatures put it in."""
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()
    return _COLLAR.sub(r"\g<rank> ", _BADGE.sub("", line))


def _signature_lines(text: str, source_start: int, source_end: int) -> list[Signer]:
    """Signature lines that need no closing word above them, last first."""
    found: list[Signer] = []
    position = source_start
    lines = text[source_start:source_end].split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip().strip("_").strip()
        begin = position + (line.find(stripped) if stripped else 0)
        position += len(line) + 1
        if not stripped or len(stripped) > 120:
            continue
        stripped = _without_numbers(stripped)
        ranked = _RANK_WORD.match(stripped)
        if ranked:
            name = _NAME_LINE.match(ranked.group("rest").strip())
            if name and not TITLE_RE.search(name.group("name")):
                rank = _RANKS[ranked.group("rank").lower()]
                title_match = TITLE_RE.search(name.group("title") or "")
                found.append(
                    Signer(
                        name.group("name"),
                        title_match.group(0) if title_match else rank,
                        begin,
                        begin + len(stripped),
                        0.75,
                    )
                )
            continue
        title_line = _TITLE_LINE.match(stripped)
        if title_line and TITLE_RE.fullmatch(title_line.group("title")):
            # "Il Vice Questore Aggiunto" / "Francesca ...": the title above the name.
            following = next((n.strip() for n in lines[index + 1 : index + 3] if n.strip()), "")
            name = _NAME_LINE.match(following)
            if name and not TITLE_RE.search(name.group("name")):
                found.append(Signer(name.group("name"), title_line.group("title"), begin, begin + len(stripped), 0.7))
            continue
        titled = _ranked_name(stripped)
        if titled is not None:
            found.append(Signer(titled[0], titled[1], begin, begin + len(stripped), 0.75))
            continue
        named = _NAME_LINE.match(stripped)
        if named and named.group("title") and not TITLE_RE.search(named.group("name")):
            # "Gregory Hale, Attorney for Defendant": a name, then its title after a comma.
            title_match = TITLE_RE.match(named.group("title").strip())
            if title_match:
                found.append(Signer(named.group("name"), title_match.group(0), begin, begin + len(stripped), 0.7))
                continue
        dashed = re.split(r"\s+[-–—]\s+", stripped)
        if len(dashed) == 2:
            # "Dr. Ana Brum - Juiz de Direito" / "Il Pubblico Ministero - Edoardo Ferri"
            for name_part, title_part in (dashed, dashed[::-1]):
                name = _NAME_LINE.match(name_part)
                title_line = _TITLE_LINE.match(title_part)
                if (
                    name
                    and title_line
                    and TITLE_RE.fullmatch(title_line.group("title"))
                    and not TITLE_RE.search(name.group("name"))
                ):
                    found.append(
                        Signer(name.group("name"), title_line.group("title"), begin, begin + len(stripped), 0.75)
                    )
                    break
            else:
                dashed = []
            if dashed:
                continue
        if "|" in stripped:
            head, _, tail = stripped.partition("|")
            name = _NAME_LINE.match(head.strip())
            title_match = TITLE_RE.match(tail.strip())
            if name and title_match and not TITLE_RE.search(name.group("name")):
                found.append(Signer(name.group("name"), title_match.group(0), begin, begin + len(stripped), 0.75))
    found.reverse()
    return found


def find_signer(corpus: Corpus, prefer_judge: bool | None = None) -> Signer | None:
    text = corpus.text
    labeled_name = re.search(
        r"^\s*(?:Name of (?:issuing )?(?:officer|official|agent)|Issuing (?:officer|official)|Signed by|Requesting officer|Officer|Agent name)\s*:\s*(?P<v>[^\n]+)$",
        text,
        re.IGNORECASE | re.MULTILINE,
    )
    if labeled_name:
        labeled_title = re.search(
            r"^\s*(?:Title|Rank|Position)\s*:\s*(?P<v>[^\n]+)$", text, re.IGNORECASE | re.MULTILINE
        )
        value = labeled_name.group("v").strip()
        name, _, rest = value.partition(",")
        # "SA Ann Cole, (214) 555-0108 (cell)": what follows the name is a title only when it reads as one.
        title_match = TITLE_RE.match(rest.strip()) or (
            TITLE_RE.search(labeled_title.group("v")) if labeled_title else None
        )
        title = title_match.group(0) if title_match else None
        name = _without_numbers(name.strip())
        if name:
            name, title = _split_rank(name, title)
        return Signer(name or None, title, labeled_name.start("v"), labeled_name.end("v"), 0.85 if title else 0.7)
    candidates: list[Signer] = []
    for closing in _CLOSING.finditer(text):
        lines_after = text[closing.end() : closing.end() + 400].split("\n")
        offset = closing.end()
        same_line = text[closing.start() : closing.end()]
        inline = re.search(r"(?:/s/|(?i:By):)\s*(?P<rest>[A-Z].+)$", same_line)
        window: list[tuple[str, int]] = []
        if inline:
            window.append((inline.group("rest"), closing.start() + inline.start("rest")))
        for line in lines_after:
            window.append((line, offset))
            offset += len(line) + 1
        found_name: tuple[str, int, int] | None = None
        for line, start in window[:8]:
            stripped = _without_numbers(line.strip().strip("_").strip())
            if not stripped:
                continue
            if found_name is None:
                match = _NAME_LINE.match(stripped)
                ranked = None if match else _ranked_name(stripped)
                if ranked is not None:
                    begin = start + line.find(stripped)
                    candidates.append(Signer(ranked[0], ranked[1], begin, begin + len(stripped), 0.8))
                    break
                if match and not TITLE_RE.fullmatch(match.group("name")):
                    name = match.group("name")
                    begin = start + line.find(stripped)
                    found_name = (name, begin, begin + len(stripped))
                    if match.group("title"):
                        title_match = TITLE_RE.search(match.group("title"))
                        if title_match:
                            candidates.append(Signer(name, title_match.group(0), begin, begin + len(stripped), 0.85))
                            break
                    continue
                if TITLE_RE.search(stripped):
                    continue
                continue
            title_match = TITLE_RE.search(stripped)
            if title_match and (title_match.start() <= 10 or not _ORGANISATION.search(stripped)):
                candidates.append(Signer(found_name[0], title_match.group(0), found_name[1], start + len(line), 0.85))
                break
            candidates.append(Signer(found_name[0], None, found_name[1], found_name[2], 0.6))
            break
        else:
            if found_name:
                candidates.append(Signer(found_name[0], None, found_name[1], found_name[2], 0.6))
    # A short line holding only a title, right under a name line (after any closing's block); the
    # document's own signature first, then the covering e-mail's.
    for _, source_start, source_end in corpus.ranges:
        found = _title_under_name(text, source_start, source_end)
        if found is not None:
            candidates.append(found)
            break
    # Signature lines with no closing: "Name | Title", "Name, Title", "TFO Name".
    for _, source_start, source_end in corpus.ranges:
        candidates.extend(_signature_lines(text, source_start, source_end))
    if not candidates:
        candidates = _bare_names(corpus)
    if not candidates:
        return None
    apart = [(s, e) for name, s, e in corpus.ranges if name in (NOTE, QUOTED)]
    own = [c for c in candidates if not any(s <= c.start < e for s, e in apart)]
    candidates = own or ([] if apart else candidates)
    if not candidates:
        return None
    with_title = [c for c in candidates if c.title]
    pool = with_title or candidates
    if prefer_judge is not None:
        # A subpoena or letter is signed by its issuer; a court order by its judge.
        preferred = [c for c in pool if bool(c.title and _JUDGE.search(c.title)) is prefer_judge]
        pool = preferred or pool
    chosen = pool[0]
    if chosen.name:
        name, title = _split_rank(chosen.name, chosen.title)
        chosen = Signer(name, title, chosen.start, chosen.end, chosen.confidence)
    return chosen


def _bare_names(corpus: Corpus) -> list[Signer]:
    """No closing and no title anywhere: a line holding only a person's name among a part's last lines
    (the block a letter ends with: the name, then the firm or agency and its address)."""
    found: list[Signer] = []
    text = corpus.text
    for _, source_start, source_end in corpus.ranges:
        lines: list[tuple[str, int]] = []
        position = source_start
        for line in text[source_start:source_end].split("\n"):
            if line.strip():
                lines.append((line, position))
            position += len(line) + 1
        for line, start in reversed(lines[-8:]):
            stripped = _without_numbers(line.strip())
            name = _NAME_LINE.match(stripped)
            if name and not name.group("title") and not stripped.isupper() and not find_dates(stripped):
                begin = start + line.find(line.strip())
                found.append(Signer(name.group("name"), None, begin, begin + len(stripped), 0.5))
                break
    return found


def _ranked_name(line: str) -> tuple[str, str] | None:
    """ "Inspector Jefe Carlos Ruiz Gómez": a rank, then the name (when the line is no plain name)."""
    lead = TITLE_RE.match(line)
    if lead is None:
        return None
    written = _RANK_WORD.match(line)
    if written is not None and len(written.group("rank")) > lead.end():
        rank = _RANKS[written.group("rank").lower()]  # "Trooper First Class Ann Cole": the longer rank
        name = _NAME_LINE.match(written.group("rest").strip(" ,:"))
        if name is not None and not name.group("title") and not TITLE_RE.search(name.group("name")):
            return name.group("name"), rank
    rest = line[lead.end() :].strip(" ,:")
    name = _NAME_LINE.match(rest)
    if name is None or name.group("title") or TITLE_RE.search(name.group("name")):
        return None
    return name.group("name"), lead.group(0)


def _title_under_name(text: str, source_start: int, source_end: int) -> Signer | None:
    offsets: list[tuple[str, int]] = []
    position = source_start
    for line in text[source_start:source_end].split("\n"):
        offsets.append((line, position))
        position += len(line) + 1
    for index in range(len(offsets) - 1, 0, -1):
        line, start = offsets[index]
        stripped = line.strip()
        if len(stripped) > 70:
            continue  # tested before the search: a long line is never a title line
        title_match = TITLE_RE.search(stripped)
        if not title_match or title_match.start() > 10:
            continue
        previous, previous_start = offsets[index - 1]
        name_match = _NAME_LINE.match(previous.strip().strip("_").strip())
        if name_match and not TITLE_RE.search(name_match.group("name")) and not find_dates(previous):
            return Signer(name_match.group("name"), title_match.group(0), previous_start, start + len(line), 0.75)
    return None


_AUSA = re.compile(r"\b(?:Assistant |Special Assistant )?(?:United States|U\.S\.) Attorney\b|\bAUSA\b")
_DISTRICT = re.compile(
    r"\b(?:(?:Northern|Southern|Eastern|Western|Central|Middle) )?District of (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?(?! [a-z])"
)
_ORDERS = frozenset(
    {
        ProcessType.SEARCH_WARRANT,
        ProcessType.COURT_ORDER_2703D,
        ProcessType.PEN_REGISTER_ORDER,
        ProcessType.WIRETAP_ORDER,
    }
)


def read_signer(r: Reading) -> None:
    """``requester.signer`` and ``requester.signer_title``: a court order's judge, another demand's issuer."""
    corpus, out = r.corpus, r.out
    process = r.out.evidence.get("process_type")
    prefer_judge = None if process is None else process.value in _ORDERS
    signer = find_signer(corpus, prefer_judge)
    if signer is not None:
        out.put("requester.signer", ev(corpus, signer.name, signer.confidence, signer.start, signer.end))
        out.put(
            "requester.signer_title",
            ev(corpus, signer.title, signer.confidence if signer.title else 0.0, signer.start, signer.end),
        )
    else:
        out.put("requester.signer", Evidence(None, 0.0, note="no signature block found"))
        out.put("requester.signer_title", Evidence(None, 0.0))
        return
    # An Assistant U.S. Attorney signing for "the Department of Justice" writes for the U.S. Attorney's
    # Office of the district named under the signature.
    requester = out.evidence.get("requester.name")
    if requester is not None and requester.value == "U.S. Department of Justice" and _AUSA.search(signer.title or ""):
        district = _DISTRICT.search(corpus.text, signer.start, min(len(corpus.text), signer.end + 200))
        if district is not None:
            name = f"United States Attorney's Office for the {' '.join(district.group(0).split())}"
            out.put("requester.name", ev(corpus, name, requester.confidence, district.start(), district.end()))
