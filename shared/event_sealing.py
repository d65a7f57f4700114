"""The personal fields of events, sealed on the wire.

A field typed ``Sealed[...]`` is personal data (a handle, an address, a person's name, free text
that may hold them). In memory it is its plain value; on Kafka (and in the outbox) it is an
AES-256-GCM envelope under the event key ring, ``dp1:<key id>:<base64>`` of its JSON, bound to the
topic, the field and the event id (``shared.contracts.seal_event``). A consumer opens it while
parsing (``shared.contracts.parse_envelope`` with the ring); without the ring a sealed field does
not parse. Decision 0020.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationInfo
from pydantic_core import from_json


class _Personal:
    def __repr__(self) -> str:
        return "PERSONAL"


PERSONAL = _Personal()
T = TypeVar("T")
#: A personal field: sealed per field in every event on Kafka (outermost annotation of the field).
Sealed = Annotated[T, PERSONAL]
SEALED_PREFIX = "dp1:"
#: The key of the validation context that carries an ``EventSealing`` while an event is parsed.
SEALING_CONTEXT = "dueprocess.event_sealing"


class EventKeyRing(Protocol):
    """What seals and opens event fields (``shared.crypto.EventKeys``)."""

    def seal(self, value: str, *, aad: str) -> str: ...

    def open(self, value: str, *, aad: str) -> str: ...


@dataclass
class EventSealing:
    keys: EventKeyRing | None
    topic: str
    #: The event's id: known when sealing; when parsing, set by the envelope's own validator
    #: (``note_event_id``), which pydantic runs before it validates the payload.
    event_id: str = ""

    def aad(self, owner: type[BaseModel], field: str) -> str:
        return f"event:{self.topic}:{owner.__name__}.{field}:{self.event_id}"


@cache
def personal_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` typed ``Sealed[...]``."""
    return tuple(name for name, info in model.model_fields.items() if any(m is PERSONAL for m in info.metadata))


#: JSON as ``json.dumps(separators=(",", ":"), ensure_ascii=False)`` writes it, one encoder
#: for every sealed value (``json.dumps`` with arguments builds a new encoder per call).
_compact_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def _holds_personal(annotation: object) -> bool:
    """Whether a value of this type can contain a sealed field (a model with personal fields,
    at any depth, or a list/union/annotation of one)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_holds_personal(annotation)
    return any(_holds_personal(arg) for arg in getattr(annotation, "__args__", ()) if arg is not annotation)


@cache
def _model_holds_personal(model: type[BaseModel]) -> bool:
    return any(
        name in personal_fields(model) or _holds_personal(info.annotation) for name, info in model.model_fields.items()
    )


@cache
def sealing_plan(model: type[BaseModel]) -> tuple[tuple[str, bool], ...]:
    """The fields ``seal_fields`` visits, in order: (name, personal?) for each personal field and
    each field whose value can hold one; the others (most of an event) are never looked at."""
    personal = personal_fields(model)
    return tuple(
        (name, name in personal)
        for name, info in model.model_fields.items()
        if name in personal or _holds_personal(info.annotation)
    )


def seal_fields(model: BaseModel, data: dict[str, Any], sealing: EventSealing) -> None:
    """Seal, in ``data`` (``model`` dumped as JSON), every personal field at any depth."""
    owner = type(model)
    for name, personal in sealing_plan(owner):
        dumped = data.get(name)
        if dumped is None:
            continue
        if personal:
            assert sealing.keys is not None
            text = _compact_json(dumped)
            data[name] = sealing.keys.seal(text, aad=sealing.aad(owner, name))
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel) and isinstance(dumped, dict):
            seal_fields(value, dumped, sealing)
        elif isinstance(value, list) and isinstance(dumped, list):
            for item, item_data in zip(value, dumped, strict=False):
                if isinstance(item, BaseModel) and isinstance(item_data, dict):
                    seal_fields(item, item_data, sealing)


def open_sealed_fields(model: type[BaseModel], data: Any, info: ValidationInfo) -> Any:
    """``data`` (a model's input while parsing) with its sealed personal fields opened."""
    fields = personal_fields(model)
    if not fields or not isinstance(data, dict):
        return data
    sealing = (info.context or {}).get(SEALING_CONTEXT)
    opened: dict[str, Any] | None = None
    for name in fields:
        value = data.get(name)
        if isinstance(value, str) and value.startswith(SEALED_PREFIX):
            if sealing is None or sealing.keys is None:
                raise ValueError(
                    f"{model.__name__}.{name} is sealed and no event keys are configured (DUEPROCESS_EVENT_KEYS)"
                )
            opened = opened if opened is not None else dict(data)
            opened[name] = from_json(sealing.keys.open(value, aad=sealing.aad(model, name)))
    return opened if opened is not None else data


def note_event_id(data: Any, info: ValidationInfo) -> None:
    """While parsing an envelope: the event id its payload's sealed fields are bound to."""
    sealing = (info.context or {}).get(SEALING_CONTEXT)
    if sealing is not None and isinstance(data, dict):
        sealing.event_id = str(data.get("event_id"))
