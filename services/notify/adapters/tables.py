"""The notify schema's names the adapters share: the schema, the dispatcher's wake-up channel,
and the statuses and roles its queries filter by."""

from __future__ import annotations

from shared.vocabulary import NoticeRole, NoticeStatus

SCHEMA = "notify"
#: NOTIFY on it wakes the dispatchers: a notice became due (new, moved, or a report settles it).
DISPATCH_CHANNEL = "notify_dispatch"
#: Owed and not sent yet.
WAITING = [NoticeStatus.PENDING.value, NoticeStatus.SCHEDULED.value, NoticeStatus.WITHHELD.value]
#: To the affected user or their counsel of record.
USER_SIDE = [NoticeRole.USER.value, NoticeRole.COUNSEL.value]
