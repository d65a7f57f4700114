"""The notify service's domain: who is owed a notice about a case, when, and in what words.

Pure: no I/O beyond reading the packaged templates.
"""

from .model import (
    NOTICE_ID_NAMESPACE,
    AccountContact,
    CounselOfRecord,
    NoticeKind,
    PlannedNotice,
    Recipient,
    RenderedNotice,
    notice_key,
)
from .plain_words import (
    DATA_CATEGORY_PLAIN,
    DEFAULT_AUTHORITY,
    DISPOSITION_PLAIN,
    ESCALATION_TIER_PLAIN,
    PROCESS_TYPE_PLAIN,
    REQUESTER_KIND_PLAIN,
)
from .planning import (
    GAGGING_KINDS,
    Gag,
    gag_in_force,
    plan_internal_counsel_alert,
    plan_user_notices,
    user_notice_status,
)
from .rendering import format_datetime, render_notice

__all__ = [
    "NOTICE_ID_NAMESPACE",
    "AccountContact",
    "CounselOfRecord",
    "NoticeKind",
    "PlannedNotice",
    "Recipient",
    "RenderedNotice",
    "notice_key",
    "DATA_CATEGORY_PLAIN",
    "DEFAULT_AUTHORITY",
    "DISPOSITION_PLAIN",
    "ESCALATION_TIER_PLAIN",
    "PROCESS_TYPE_PLAIN",
    "REQUESTER_KIND_PLAIN",
    "GAGGING_KINDS",
    "Gag",
    "gag_in_force",
    "plan_internal_counsel_alert",
    "plan_user_notices",
    "user_notice_status",
    "format_datetime",
    "render_notice",
]
