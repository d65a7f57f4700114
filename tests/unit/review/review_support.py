"""Shared test data for the review domain's unit tests (imported by conftest and the tests)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from shared.contracts import Review

# 2017-03-14 15:00 EDT: the seed summons was served at 14:02 EDT that day.
NOW = datetime(2017, 3, 14, 19, 0, tzinfo=UTC)
RECEIVED = datetime(2017, 3, 14, 18, 2, tzinfo=UTC)

SEED_TEXT = (
    "SUMMONS. 19 U.S.C. § 1509. You are hereby summoned to produce all records regarding the Twitter "
    "account @ALT_USCIS, to include user names, account login, phone numbers, mailing addresses, and "
    "I.P. addresses, on March 13, 2017 at 11:45 a.m."
)

#: docs/domain.md's case JSON for the seed: CBP, § 1509, @ALT_USCIS, BSI only, no NDO, return date
#: before service, no purpose written.
SEED_CASE: dict[str, Any] = {
    "process_type": "SUBPOENA_ADMINISTRATIVE",
    "statute": "19 U.S.C. § 1509",
    "requester": {
        "name": "U.S. Customs and Border Protection",
        "kind": "FEDERAL",
        "country": "US",
        "email": "agent@cbp.dhs.gov",
        "verified": True,
        "signer": "J. Doe",
        "signer_title": "Special Agent in Charge",
    },
    "targets": ["ALT_USCIS"],
    "data_categories": ["BASIC_SUBSCRIBER"],
    "stated_purpose": None,
    "date_range": {"start": "2017-01-20", "end": "2017-03-14"},
    "served_at": "2017-03-14T14:02:00-04:00",
    "return_by": "2017-03-13T11:45:00-04:00",
    "nondisclosure": {"present": False, "kind": None, "expires_at": None},
    "emergency": None,
    "mechanism": None,
    "case_number": None,
    "issuing_court": None,
    "raw_text": SEED_TEXT,
}

#: A case no rule objects to: an FBI grand-jury subpoena for an ordinary account's BSI.
NEUTRAL_CASE: dict[str, Any] = {
    "process_type": "SUBPOENA_GRAND_JURY",
    "statute": None,
    "requester": {
        "name": "Federal Bureau of Investigation",
        "kind": "FEDERAL",
        "country": "US",
        "email": "agent@fbi.gov",
        "verified": True,
        "signer": "A. Prosecutor",
        "signer_title": "Assistant United States Attorney",
    },
    "targets": ["plainuser"],
    "data_categories": ["BASIC_SUBSCRIBER"],
    "stated_purpose": None,
    "date_range": {"start": "2017-01-01", "end": "2017-03-01"},
    "served_at": "2017-03-14T10:00:00-04:00",
    "return_by": "2017-04-14T10:00:00-04:00",
    "nondisclosure": {"present": False, "kind": None, "expires_at": None},
    "emergency": None,
    "mechanism": None,
    "case_number": "GJ 17-0042",
    "issuing_court": None,
    "raw_text": None,
}

#: A § 512(h) subpoena's text with all three elements DMCA512H_INCOMPLETE looks for.
DMCA_COMPLETE = (
    "Subpoena to identify alleged infringer pursuant to 17 U.S.C. § 512(h), issued by the Clerk of the United "
    "States District Court. Attached: a copy of the takedown notice under § 512(c)(3)(A) and the requester's "
    "sworn declaration that the information will be used only to protect rights under title 17."
)

ACCOUNTS: list[dict[str, Any]] = [
    {
        "handle": "ALT_USCIS",
        "contact_email": "alt.uscis@example.org",
        "anonymous": True,
        "tags": ["political"],
        "criticizes": ["DHS", "USCIS"],
        "counsel": {"name": "Esha Bhandari", "email": "counsel@aclu.example", "organization": "ACLU"},
    },
    {"handle": "plainuser", "id": "1001", "contact_email": "plain@example.org", "anonymous": False, "tags": []},
    {"handle": "anon_gardener", "contact_email": "g@example.org", "anonymous": True, "tags": ["gardening"]},
    {
        "handle": "@IRS_Critic",
        "contact_email": "c@example.org",
        "anonymous": False,
        "tags": ["political"],
        "criticizes": ["Department of the Treasury"],
    },
]


def with_changes(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Copy ``base`` with ``changes``; ``a__b=x`` sets ``data["a"]["b"] = x``."""
    data = copy.deepcopy(base)
    for key, value in changes.items():
        parts = key.split("__")
        node = data
        for part in parts[:-1]:
            if node.get(part) is None:
                node[part] = {}
            node = node[part]
        node[parts[-1]] = value
    return data


def codes(review: Review) -> set[str]:
    return {finding.code for finding in review.findings}
