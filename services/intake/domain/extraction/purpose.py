"""The purpose a demand states (labelled, or "in connection with an investigation into ..."). Pure."""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev

_PURPOSE_LABEL = re.compile(
    r"^\s*(?:purpose(?: of (?:the|this) (?:request|inquiry|investigation|summons|subpoena|letter))?|reason for (?:the |this )?request|"
    r"nature of (?:the )?(?:investigation|inquiry)|investigation (?:type|description)|offen[cs]e(?:s)? under investigation|"
    r"(?:this )?(?:summons|subpoena|request) is issued (?:for|in connection with))\s*[:\-]\s*(?P<v>[^\n]{3,500})",
    re.IGNORECASE | re.MULTILINE,
)
_PURPOSE_PHRASE = re.compile(
    (
        r"\b(?:in connection with|relevant to|in furtherance of|as part of|in the course of|in|for)\s+(?:an?|the|our)\s+(?:official\s+|ongoing\s+|pending\s+|criminal\s+|civil\s+|federal\s+)*"
        r"(?:investigation|inquiry|examination)\s+(?:into|of|concerning|regarding|relating to|involving)\s+(?P<v>[^.:;]{5,300})"
        r"|\b(?:the purpose of (?:this|the) (?:request|summons|subpoena|inquiry) is to|(?:is|are) (?:sought|requested|needed) (?:in order )?to)"
        r"\s+(?!(?:kindly\s+)?(?:provide|produce|furnish|preserve|respond|deliver|send|disclose|supply|comply)\b)(?P<w>[^.]{3,300})"
        r"|\bin the course of investigating\s+(?P<c>[^.;]{5,300})"
        # "We are investigating ...", "The Division is investigating possible ..."
        r"|\b(?:is|are|am)\s+(?:currently\s+|now\s+)?investigating\s+(?!(?:this|the|your)\s+(?:matter|request|case)\b)(?P<i>[^.;]{5,300})"
        # "a practice declared unlawful ... in connection with the sale of ..."
        r"|\b(?:practices?|acts?|conduct|violations?)\b[^.;]{0,60}?\bin connection with\s+(?P<n>[^.;]{5,300})"
        r"|^\s*In the matter of\s+(?P<m>the (?!application|search|order|subpoena|warrant|extradition|request)[^\n]{5,200})"
    ).replace(" ", r"\s+"),  # a phrase may break across lines
    re.IGNORECASE | re.MULTILINE,
)


def _purpose(out: Fields, corpus: Corpus) -> None:
    text = corpus.text
    label = _PURPOSE_LABEL.search(text)
    if label:
        value = label.group("v").strip().rstrip(".")
        out.put("stated_purpose", ev(corpus, value, 0.9, label.start("v"), label.end("v")))
        return
    phrase = _PURPOSE_PHRASE.search(text)
    if phrase:
        value = " ".join(phrase.group(0).split()).strip().rstrip(".,;")
        out.put("stated_purpose", ev(corpus, value, 0.7, phrase.start(), phrase.end()))
        return
    out.put("stated_purpose", Evidence(None, 0.7, note="no purpose stated"))


def read_purpose(r: Reading) -> None:
    _purpose(r.out, r.corpus)
