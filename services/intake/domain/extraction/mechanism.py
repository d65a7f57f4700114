"""A foreign request's mechanism: a CLOUD Act agreement order, an MLAT request, or none. Pure."""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from shared.vocabulary import ForeignMechanism, ProcessType


def _mechanism(out: Fields, corpus: Corpus, process: ProcessType) -> None:
    if process is not ProcessType.FOREIGN_REQUEST:
        out.put("mechanism", Evidence(None, 0.9))
        return
    cloud = re.search(
        r"\bCLOUD Act\b|\boverseas production order\b|\bCOPOA\b|\bData Access Agreement\b", corpus.text, re.I
    )
    mlat = re.search(r"\bmutual legal assistance\b|\bMLAT\b|\bletters? rogatory\b", corpus.text, re.I)
    if cloud:
        out.put("mechanism", ev(corpus, ForeignMechanism.CLOUD_ACT_AGREEMENT, 0.85, cloud.start(), cloud.end()))
    elif mlat:
        out.put("mechanism", ev(corpus, ForeignMechanism.MLAT, 0.85, mlat.start(), mlat.end()))
    else:
        out.put("mechanism", Evidence(ForeignMechanism.NONE, 0.8, note="no treaty or agreement invoked"))


def read_mechanism(r: Reading) -> None:
    _mechanism(r.out, r.corpus, r.process)
