"""Staff accounts and what each role may do.

Invariants:
- a role's permissions include every permission of the roles below it (clerk < legal ops <
  counsel < admin), so promoting someone never takes a power away;
- permissions are checked on every route; a route names exactly one permission.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Role(StrEnum):
    INTAKE_CLERK = "INTAKE_CLERK"
    LEGAL_OPS = "LEGAL_OPS"
    COUNSEL = "COUNSEL"
    ADMIN = "ADMIN"

    @property
    def label(self) -> str:
        return {
            "INTAKE_CLERK": "Intake clerk",
            "LEGAL_OPS": "Legal ops",
            "COUNSEL": "Counsel",
            "ADMIN": "Administrator",
        }[self.value]


class Permission(StrEnum):
    VIEW_CASES = "VIEW_CASES"  # the queue, a case page, a case's document
    SUBMIT = "SUBMIT"  # the web form, the API, e-mail uploads
    TRIAGE = "TRIAGE"  # confirm or correct extracted fields of a held case
    ACKNOWLEDGE = "ACKNOWLEDGE"  # stops the SLA clock
    NAME_COUNSEL = "NAME_COUNSEL"  # record the user's counsel of record
    VERIFY_REQUESTER = "VERIFY_REQUESTER"  # confirm an unverified requester out of band, or dismiss its demand
    RECORD_EVENTS = "RECORD_EVENTS"  # user objected, challenge filed, NDO changed, return date moved, production
    DECIDE = "DECIDE"  # accept or override the recommendation
    RELEASE_NOTICE = "RELEASE_NOTICE"  # let a withheld user notice go
    VIEW_REPORTS = "VIEW_REPORTS"  # the transparency report
    MANAGE_STAFF = "MANAGE_STAFF"  # accounts, roles, API tokens of others


_CLERK = frozenset({Permission.VIEW_CASES, Permission.SUBMIT, Permission.TRIAGE})
_LEGAL_OPS = _CLERK | {
    Permission.ACKNOWLEDGE,
    Permission.NAME_COUNSEL,
    Permission.VERIFY_REQUESTER,
    Permission.VIEW_REPORTS,
}
_COUNSEL = _LEGAL_OPS | {Permission.DECIDE, Permission.RELEASE_NOTICE, Permission.RECORD_EVENTS}
_ADMIN = _COUNSEL | {Permission.MANAGE_STAFF}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.INTAKE_CLERK: _CLERK,
    Role.LEGAL_OPS: frozenset(_LEGAL_OPS),
    Role.COUNSEL: frozenset(_COUNSEL),
    Role.ADMIN: frozenset(_ADMIN),
}

MIN_PASSWORD_LENGTH = 12


class WeakPassword(ValueError):
    pass


def check_password_strength(password: str, *, email: str) -> None:
    """Length over cleverness (NIST SP 800-63B): at least 12 characters, not the e-mail address."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip().lower() == email.strip().lower():
        raise WeakPassword("the password must not be the e-mail address")


@dataclass(frozen=True)
class StaffMember:
    staff_id: uuid.UUID
    email: str
    display_name: str
    role: Role
    active: bool = True

    def can(self, permission: Permission) -> bool:
        return self.active and permission in ROLE_PERMISSIONS[self.role]

    @property
    def actor(self) -> str:
        """How the member appears in audit trails and on decided events."""
        return f"{self.display_name} <{self.email}>"

    def may_manage_tokens_of(self, staff_id: uuid.UUID) -> bool:
        """A member issues, lists and revokes their own API tokens; an administrator anyone's."""
        return self.active and (staff_id == self.staff_id or self.can(Permission.MANAGE_STAFF))


# An API token works for this many days unless its issuer asks for fewer or more (up to the
# maximum): a forgotten token stops working by itself.
API_TOKEN_DAYS = 90
API_TOKEN_MAX_DAYS = 365


def api_token_lifetime(days: int | None) -> timedelta:
    """How long a new API token works: ``days`` (default API_TOKEN_DAYS), 1 to API_TOKEN_MAX_DAYS.
    Raises ValueError outside that range."""
    chosen = API_TOKEN_DAYS if days is None else days
    if not 1 <= chosen <= API_TOKEN_MAX_DAYS:
        raise ValueError(f"an API token works for 1 to {API_TOKEN_MAX_DAYS} days (default {API_TOKEN_DAYS})")
    return timedelta(days=chosen)


def permission_for(action: str) -> Permission:
    """The permission a staff request needs (a StaffRequest value)."""
    return {
        "ACKNOWLEDGE": Permission.ACKNOWLEDGE,
        "DECIDE": Permission.DECIDE,
        "RELEASE_NOTICE": Permission.RELEASE_NOTICE,
        "NAME_COUNSEL": Permission.NAME_COUNSEL,
        "CONFIRM_REQUESTER": Permission.VERIFY_REQUESTER,
        "DISMISS_DEMAND": Permission.VERIFY_REQUESTER,
    }.get(action, Permission.RECORD_EVENTS)


@dataclass(frozen=True)
class ApiToken:
    """An API token as listed: never its value (only its SHA-256 is stored)."""

    token_id: uuid.UUID
    staff_id: uuid.UUID
    name: str
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None

    def state(self, at: datetime) -> str:
        """'revoked', 'expired' or 'active' at ``at``."""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if self.expires_at <= at else "active"
