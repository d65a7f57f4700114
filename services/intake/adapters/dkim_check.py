"""DKIM verification with dkimpy, in a worker thread (it is CPU work plus DNS lookups).

``dnsfunc`` is dkimpy's lookup function ``(name: bytes, timeout: int) -> bytes | None``; tests
inject one that serves their own keys. Only the first few signatures are checked, so a
message stuffed with signatures cannot make us do unbounded work.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable

from services.intake.domain.authenticity import AuthResult

DnsFunc = Callable[..., "bytes | None"]
_QUIET = logging.getLogger("dueprocess.dkim")
_QUIET.addHandler(logging.NullHandler())
_QUIET.propagate = False


def _header_block(raw: bytes) -> bytes:
    for separator in (b"\r\n\r\n", b"\n\n"):
        index = raw.find(separator)
        if index != -1:
            return raw[:index]
    return raw


def _signature_domain(raw: bytes, index: int) -> str | None:
    headers = re.findall(rb"^DKIM-Signature:(.*(?:\r?\n[ \t].*)*)", _header_block(raw), re.IGNORECASE | re.MULTILINE)
    if index >= len(headers):
        return None
    match = re.search(rb"\bd\s*=\s*([A-Za-z0-9.-]+)", headers[index])
    return match.group(1).decode("ascii", "replace").lower() if match else None


class DkimVerifier:
    def __init__(self, *, dnsfunc: DnsFunc | None = None, max_signatures: int = 3, timeout: int = 5) -> None:
        self.dnsfunc = dnsfunc
        self.max_signatures = max_signatures
        self.timeout = timeout

    def verify_sync(self, raw: bytes) -> list[AuthResult]:
        import dkim

        count = len(re.findall(rb"^DKIM-Signature:", _header_block(raw), re.IGNORECASE | re.MULTILINE))
        results: list[AuthResult] = []
        for index in range(min(count, self.max_signatures)):
            checker = dkim.DKIM(raw, logger=_QUIET, timeout=self.timeout)
            try:
                if self.dnsfunc is not None:
                    passed = bool(checker.verify(idx=index, dnsfunc=self.dnsfunc))
                else:
                    passed = bool(checker.verify(idx=index))
                result = "pass" if passed else "fail"
            except dkim.DnsTimeoutError:
                result = "temperror"
            except dkim.DKIMException:  # body hash mismatch, bad signature, no key
                result = "fail"
            except Exception:
                result = "permerror"
            domain = checker.domain.decode("ascii", "replace").lower() if isinstance(checker.domain, bytes) else None
            results.append(
                AuthResult("dkim", result, domain or _signature_domain(raw, index), "dkim (verified by intake)")
            )
        return results

    async def verify(self, raw: bytes) -> list[AuthResult]:
        return await asyncio.to_thread(self.verify_sync, raw)
