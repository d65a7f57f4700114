"""An emergency request's narrative: the danger it describes. Pure. (Only a person calling back
can set ``verified_out_of_band``.)"""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from shared.vocabulary import ProcessType

_DANGER = re.compile(
    r"\b(?:kill\w*|murder\w*|suicid\w*|self-harm|bomb\w*|explosive\w*|shoot\w*|gun\w*|firearm\w*|weapon\w*|kidnap\w*|abduct\w*|"
    r"missing (?:child|juvenile|minor|person|teen\w*)|(?:has|have) been missing|(?:went|gone|is|are|reported) missing|runaway|hostage\w*|threat\w*|imminent|overdose\w*|serious (?:physical|bodily) injury|"
    r"death|die|dying|harm|attack\w*|trafficking|exploitation|sextortion)\b",
    re.IGNORECASE,
)
_EMERGENCY_LABEL = re.compile(
    r"^\s*(?:nature of (?:the )?emergency|description of (?:the )?emergency|emergency (?:situation|details|narrative|description)|"
    r"(?:summary of )?facts|circumstances|details of (?:the )?emergency|why (?:is )?this (?:is )?an emergency)\s*[:\-]\s*",
    re.IGNORECASE | re.MULTILINE,
)


# A foreign authority's request that says a life is at risk carries an emergency too (its kind of process
# stays FOREIGN_REQUEST): "threat to life", "Gefahr für Leib und Leben", "danger de mort"...
_FOREIGN_EMERGENCY = re.compile(
    r"\b(?:threat to life|(?:immediate|imminent|serious) risk to (?:life|lives)|emergency disclosure|"
    r"Gefahr für Leib(?: und|,) Leben|Lebensgefahr|Gefahrenabwehr|danger (?:de mort|imm[ée]diat|grave et imminent)|urgence vitale|"
    r"peligro (?:inminente |grave )?para la vida|riesgo (?:inminente )?para la vida|pericolo (?:imminente )?(?:di|per la) vita|"
    r"risco (?:iminente )?(?:de|à|a) vida|perigo (?:iminente )?(?:de|à|a) vida)",
    re.IGNORECASE,
)
# Danger in the other languages read, for a foreign emergency's narrative.
_FOREIGN_DANGER = re.compile(
    r"(?:erschie(?:ß|ss)\w*|töten|um(?:zu)?bring\w*|Suizid\w*|Selbstmord\w*|Amok\w*|Bombe\w*|Waffe\w*|Gefahr|"
    r"tuer|suicid\w*|bombe\w*|arme\w*|menace\w*|matar|asesinar|amenaza\w*|bomba\w*|uccider\w*|minacci\w*|"
    r"ameaça\w*|sequestr\w*|secuestr\w*|end (?:his|her|their) (?:own )?life|take (?:his|her|their) (?:own )?life)",
    re.IGNORECASE,
)


def _emergency(out: Fields, corpus: Corpus, process: ProcessType, subject: str) -> None:
    text = corpus.text
    foreign = process is ProcessType.FOREIGN_REQUEST and bool(_FOREIGN_EMERGENCY.search(f"{subject}\n{text}"))
    if process is not ProcessType.EMERGENCY_REQUEST and not foreign:
        out.put("emergency", Evidence(None, 0.85, note="not an emergency request"))
        return
    label = _EMERGENCY_LABEL.search(text)
    if label:
        end = text.find("\n\n", label.end())
        end = len(text) if end == -1 else end
        narrative = " ".join(text[label.end() : end].split())[:4000]
        if narrative:
            out.put(
                "emergency",
                ev(corpus, {"narrative": narrative, "verified_out_of_band": False}, 0.9, label.start(), end),
            )
            return
    sentences = []
    first_start = None
    last_end = None
    for match in re.finditer(r"[^.!?\n]+(?:[.!?]|\n|$)", text):
        sentence = match.group(0).strip()
        if (
            (_DANGER.search(sentence) or (foreign and _FOREIGN_DANGER.search(sentence)))
            and len(sentence) > 20
            and not re.search(r"2702|voluntar|legal process", sentence, re.I)
        ):
            sentences.append(sentence)
            first_start = match.start() if first_start is None else first_start
            last_end = match.end()
        if len(sentences) >= 4:
            break
    if sentences:
        out.put(
            "emergency",
            ev(
                corpus,
                {"narrative": " ".join(sentences)[:4000], "verified_out_of_band": False},
                0.75,
                first_start,
                last_end,
            ),
        )
        return
    out.put(
        "emergency",
        Evidence(
            {"narrative": subject or "", "verified_out_of_band": False},
            0.5,
            note="an emergency request that describes no danger",
        ),
    )


def read_emergency(r: Reading) -> None:
    _emergency(r.out, r.corpus, r.process, r.subject)
