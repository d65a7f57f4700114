"""One normalisation of account handles, for every service that finds an account by one.

A demand names an account as ``@Name``, ``name``, ``ｎａｍｅ`` (full-width), or by its profile URL
(``https://platform.example/@name``); the account directory stores ``name``. A handle is
compared as ``normalize_handle`` makes it: NFKC (compatibility forms become their plain
letters, a full-width '＠' becomes '@'), surrounding white space and one leading '@' removed,
case-folded (Unicode's full case folding, so 'Straße' and 'STRASSE' are one handle).

Blind indexes stored before this module were computed from ``legacy_handle_key`` (no NFKC);
for a handle already in NFKC form both give the same key; ``handle_candidates(..., legacy=True)``
gives the old forms, so that a lookup still finds an index stored before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

_PROFILE_URL = re.compile(r"^https?://", re.IGNORECASE)
#: The fields of an account directory entry a demand may also name the account by (beside its handle).
DIRECTORY_ID_FIELDS = ("id", "account_id", "contact_email")


def normalize_handle(text: str) -> str:
    """The handle (or account id, or e-mail address) as compared: NFKC, no '@' in front, case-folded."""
    text = unicodedata.normalize("NFKC", text).strip().removeprefix("@")
    return unicodedata.normalize("NFKC", text.casefold())


def legacy_handle_key(text: str) -> str:
    """The form blind indexes were computed from before ``normalize_handle`` (no NFKC)."""
    return text.strip().removeprefix("@").casefold()


def handle_candidates(target: str, *, legacy: bool = False) -> tuple[str, ...]:
    """The normalised handles a target as written may mean: itself, and a profile URL's last path
    part (``legacy``: as ``legacy_handle_key`` normalised them, to find indexes stored before)."""
    normalize = legacy_handle_key if legacy else normalize_handle
    text = target.strip()
    keys = [normalize(text)]
    if _PROFILE_URL.match(text):
        path = [part for part in urlparse(text).path.split("/") if part]
        if path:
            keys.append(normalize(path[-1]))
    return tuple(dict.fromkeys(key for key in keys if key))


def directory_keys(entry: Mapping[str, Any]) -> list[str]:
    """The normalised identifiers an account directory entry is found by: its handle, its ids and
    its contact e-mail (``DIRECTORY_ID_FIELDS``), sorted, each once."""
    written = [str(entry["handle"])] + [str(entry[field]) for field in DIRECTORY_ID_FIELDS if entry.get(field)]
    return sorted({key for text in written for key in handle_candidates(text)})
