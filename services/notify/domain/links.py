"""Signed, expiring links in user notices ("name your lawyer"). Pure: signing is computation.

The token is the only secret a URL carries. It names nothing but the notice (a random-looking
UUID), and is signed with itsdangerous (HMAC) under a key from configuration. It expires
``ttl`` after the notice was *sent*, not after it was worded: a notice worded today and held
by a gag for months still gives the user the full time to act. A link names counsel once
(``LinkUsed``): a later change needs a fresh link, sent to the account's own address.

Every way a link can fail is a ``LinkInvalid`` and gets the same answer (``LINK_NOT_VALID``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from itsdangerous import BadData, TimestampSigner, URLSafeTimedSerializer

SALT = "dueprocess.counsel-link.v1"


class LinkInvalid(ValueError):
    """The token is not one we signed (or was tampered with, or names no sent notice)."""


class LinkExpired(LinkInvalid):
    """The token was ours, but its time is up."""


class LinkUsed(LinkInvalid):
    """The token was ours, but it already named counsel: a link names counsel once."""


#: The one answer to every link that cannot be used (not ours, tampered with, expired, used):
#: nobody holding a link can tell from the answer which it is.
LINK_NOT_VALID = "This link is not valid or has expired."

#: Stands in for the notice of a token that is not ours, so that its answer costs the same
#: look-ups as a genuine one's.
NO_NOTICE = uuid.UUID(int=0)


class _ClockedSigner(TimestampSigner):
    """itsdangerous' timestamp signer, reading an injected clock instead of the wall clock."""

    def __init__(self, *args: Any, clock: Callable[[], datetime], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clock = clock

    def get_timestamp(self) -> int:
        return int(self._clock().timestamp())


class CounselLinks:
    """Makes and checks the links by which a user names their counsel of record."""

    #: What the signature is bound to: a token of one kind of link is no token of another.
    salt: str = SALT

    def __init__(self, *, secret: str, base_url: str, ttl: timedelta) -> None:
        if len(secret) < 16:
            raise ValueError("the counsel link secret must be at least 16 characters")
        self._secret = secret
        self._base_url = base_url.rstrip("/")
        self.ttl = ttl

    def _serializer(self, now: datetime) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(
            self._secret, salt=self.salt, signer=_ClockedSigner, signer_kwargs={"clock": lambda: now}
        )

    def token(self, notice_id: uuid.UUID, *, now: datetime) -> str:
        return self._serializer(now).dumps({"n": str(notice_id)})

    def url(self, notice_id: uuid.UUID, *, now: datetime) -> str:
        return f"{self._base_url}/counsel/{self.token(notice_id, now=now)}"

    def genuine(self, token: str, *, now: datetime) -> tuple[uuid.UUID, datetime] | None:
        """:meth:`notice_of`, or None for a token that is not ours (so its answer can cost the same)."""
        try:
            return self.notice_of(token, now=now)
        except LinkInvalid:
            return None

    def notice_of(self, token: str, *, now: datetime) -> tuple[uuid.UUID, datetime]:
        """The notice a genuine token names and when it was signed; raises LinkInvalid.

        Says nothing yet about expiry: that needs the notice's delivery (:meth:`check_fresh`).
        """
        try:
            payload, signed_at = self._serializer(now).loads(token, return_timestamp=True)
            return uuid.UUID(str(payload["n"])), signed_at.astimezone(UTC)
        except (BadData, KeyError, TypeError, ValueError) as exc:
            raise LinkInvalid(LINK_NOT_VALID) from exc

    def check_fresh(self, *, signed_at: datetime, sent_at: datetime | None, now: datetime) -> None:
        """Raise LinkExpired unless ``now`` is within ``ttl`` of the notice's delivery.

        A notice that was never sent cannot have put a link in anybody's hands.
        """
        if sent_at is None:
            raise LinkInvalid(LINK_NOT_VALID)
        if now > max(sent_at, signed_at) + self.ttl:
            raise LinkExpired(LINK_NOT_VALID)

    def verify(self, token: str, *, sent_at: datetime | None, now: datetime) -> uuid.UUID:
        """The notice named by a genuine, unexpired token (``sent_at`` as looked up)."""
        notice_id, signed_at = self.notice_of(token, now=now)
        self.check_fresh(signed_at=signed_at, sent_at=sent_at, now=now)
        return notice_id
