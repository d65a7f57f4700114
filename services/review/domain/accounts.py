"""The platform's own account data, as the rules need it (docs/domain.md "The account directory")."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from shared.handles import handle_candidates, normalize_handle


class AccountCounsel(BaseModel):
    """The account holder's counsel of record (e.g. an ACLU attorney)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str | None = None
    email: str
    organization: str | None = None


class Account(BaseModel):
    """One account: who it is, whether it is anonymous, what it speaks about and criticises.

    ``handle`` is stored without '@'. Unknown keys in a directory entry are ignored.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    handle: str = Field(min_length=1)
    id: str | None = Field(default=None, validation_alias=AliasChoices("id", "account_id"))
    contact_email: str | None = None
    anonymous: bool = False
    tags: tuple[str, ...] = ()
    criticizes: tuple[str, ...] = ()
    counsel: AccountCounsel | None = None

    @field_validator("handle")
    @classmethod
    def _strip_at(cls, value: str) -> str:
        handle = value.strip().removeprefix("@")
        if not handle:
            raise ValueError("handle is empty")
        return handle

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    def has_tag(self, tags: Iterable[str]) -> tuple[str, ...]:
        """The account's tags that are among ``tags`` (case-insensitive)."""
        wanted = {tag.casefold() for tag in tags}
        return tuple(tag for tag in self.tags if tag.casefold() in wanted)


class AccountDirectory:
    """Accounts by handle (case-insensitive, '@' optional), id or contact e-mail.

    ``complete`` says whether a target missing from the directory is really not on the
    platform (TARGET_NOT_FOUND) or only unknown here (e.g. no accounts file was given).
    Immutable after construction.
    """

    def __init__(self, accounts: Iterable[Account] = (), *, complete: bool = True) -> None:
        self._accounts: tuple[Account, ...] = tuple(accounts)
        self.complete = complete
        index: dict[str, Account] = {}
        # Handles first, so a handle always wins over somebody else's id or e-mail.
        for account in self._accounts:
            index.setdefault(normalize_handle(account.handle), account)
        for account in self._accounts:
            for key in (account.id, account.contact_email):
                if key:
                    index.setdefault(normalize_handle(key), account)
        self._index: Mapping[str, Account] = index

    @classmethod
    def from_entries(cls, entries: Iterable[Mapping[str, Any] | Account], *, complete: bool = True) -> AccountDirectory:
        """Build from docs/domain.md's directory JSON (a list of objects). Raises ValidationError."""
        return cls(
            (entry if isinstance(entry, Account) else Account.model_validate(entry) for entry in entries),
            complete=complete,
        )

    @classmethod
    def from_json(cls, text: str | bytes, *, complete: bool = True) -> AccountDirectory:
        """Build from the directory JSON text (a list of objects). Parsing only, no I/O."""
        entries = json.loads(text)
        if not isinstance(entries, list):
            raise ValueError("the account directory must be a JSON list of accounts")
        return cls.from_entries(entries, complete=complete)

    @classmethod
    def unknown(cls) -> AccountDirectory:
        """A directory that knows nothing: no target counts as "not found"."""
        return cls((), complete=False)

    def __iter__(self) -> Iterator[Account]:
        return iter(self._accounts)

    def __len__(self) -> int:
        return len(self._accounts)

    def lookup(self, target: str) -> Account | None:
        """The account a target names (handle, '@handle', id, e-mail or profile URL), if any."""
        for key in handle_candidates(target):
            account = self._index.get(key)
            if account is not None:
                return account
        return None
