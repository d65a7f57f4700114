"""Events' personal fields are sealed per field for Kafka (issue 15, finding 7): under the event
key ring's current key, bound to the topic, the field and the event; a consumer opens them while
parsing, while their key is still in the ring, and never without the ring or elsewhere."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from pydantic import BaseModel, SecretStr, ValidationError

import shared.contracts as contracts
from shared.contracts import (
    PERSONAL,
    CounselNaming,
    LegalProcessCase,
    LegalProcessReceived,
    NoticeDispatched,
    StaffActionRequested,
    envelope,
    parse_envelope,
    seal_event,
)
from shared.crypto import EventKeys, Vault
from shared.event_sealing import sealing_plan
from shared.vocabulary import NoticeRole, NoticeStatus, StaffRequest
from tests.conftest import SEED_CASE

OLD, NEW = Vault.generate_key(), Vault.generate_key()
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def ring(spec: str) -> EventKeys:
    return EventKeys.from_config(spec)


def received() -> object:
    case = LegalProcessCase.model_validate_json(SEED_CASE.read_text())
    return envelope(
        LegalProcessReceived(channel="api", received_at=NOW, case=case),
        case_id=uuid.uuid4(),
        trace_id="t",
        producer="intake",
    )


def dispatched(recipient: str = "hff@example.net") -> object:
    return envelope(
        NoticeDispatched(
            notice_id=uuid.uuid4(),
            role=NoticeRole.USER,
            recipient=recipient,
            status=NoticeStatus.SENT,
            message_id="<n-1@dueprocess.test>",
            dispatched_at=NOW,
        ),
        case_id=uuid.uuid4(),
        trace_id="t",
        producer="notify",
    )


def test_a_sealed_event_carries_no_personal_value_and_opens_to_the_same_event() -> None:
    keys = ring(f"e1:{OLD}")
    event = received()
    raw = seal_event(event, keys)  # type: ignore[arg-type]
    text = raw.decode()
    requester = event.payload.case.requester  # type: ignore[attr-defined]
    for clear in ("ALT_USCIS", "alt_uscis", "@cbp.dhs.gov", requester.name, requester.signer or "-"):
        assert clear not in text, clear
    data = json.loads(raw)
    case = data["payload"]["case"]
    assert case["targets"].startswith("dp1:e1:") and case["requester"]["email"].startswith("dp1:e1:")
    # Non-personal facts stay readable.
    assert case["process_type"] == event.payload.case.process_type.value  # type: ignore[attr-defined]
    assert data["event_id"] == str(event.event_id)  # type: ignore[attr-defined]
    assert parse_envelope(raw, LegalProcessReceived, keys) == event


def test_staff_and_counsel_fields_are_sealed_too() -> None:
    keys = ring(f"e1:{OLD}")
    request = envelope(
        StaffActionRequested(
            request_id=uuid.uuid4(),
            action=StaffRequest.NAME_COUNSEL,
            requested_by="Legal Ops B <ops@dueprocess.local>",
            requested_at=NOW,
            reason="the user asked",
            counsel=CounselNaming(account="harbor_freight_fan", name="Gideon Wainwright", email="gw@defenders.example"),
        ),
        case_id=uuid.uuid4(),
        trace_id="t",
        producer="intake",
    )
    raw = seal_event(request, keys)
    for clear in ("harbor_freight_fan", "Gideon", "defenders.example", "ops@dueprocess.local", "the user asked"):
        assert clear not in raw.decode(), clear
    assert parse_envelope(raw, StaffActionRequested, keys) == request


def test_after_a_rotation_old_events_still_open_and_new_ones_use_the_new_key() -> None:
    before = ring(f"e1:{OLD}")
    old_event = dispatched()
    old_raw = seal_event(old_event, before)  # type: ignore[arg-type]

    rotated = ring(f"e2:{NEW},e1:{OLD}")  # the new key first (current), the old one kept
    assert parse_envelope(old_raw, NoticeDispatched, rotated) == old_event
    new_raw = seal_event(dispatched(), rotated)  # type: ignore[arg-type]
    assert json.loads(new_raw)["payload"]["recipient"].startswith("dp1:e2:")

    with pytest.raises(ValidationError, match="unknown key id 'e1'"):
        parse_envelope(old_raw, NoticeDispatched, ring(f"e2:{NEW}"))  # the old key dropped too early


def test_a_sealed_field_does_not_open_without_the_ring_or_anywhere_else() -> None:
    keys = ring(f"e1:{OLD}")
    raw = seal_event(dispatched(), keys)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="DUEPROCESS_EVENT_KEYS"):
        parse_envelope(raw, NoticeDispatched)
    with pytest.raises(ValidationError, match="unknown key id"):
        parse_envelope(raw, NoticeDispatched, ring(f"other:{NEW}"))

    # Bound to its event: moved into another event, it does not open.
    other = json.loads(seal_event(dispatched("someone@example.org"), keys))  # type: ignore[arg-type]
    other["payload"]["recipient"] = json.loads(raw)["payload"]["recipient"]
    with pytest.raises(ValidationError, match="does not decrypt"):
        parse_envelope(json.dumps(other), NoticeDispatched, keys)
    # Bound to its field: the recipient as the Message-ID does not open either.
    moved = json.loads(raw)
    moved["payload"]["message_id"] = moved["payload"]["recipient"]
    with pytest.raises(ValidationError, match="does not decrypt"):
        parse_envelope(json.dumps(moved), NoticeDispatched, keys)


async def test_a_service_without_the_event_key_ring_refuses_to_start() -> None:
    from shared.crypto import NoEventKeys
    from shared.db import service_pool
    from shared.kafka import ConsumerOptions
    from shared.settings import Settings

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_keys=SecretStr(f"k:{Vault.generate_key()}"),
        blind_index_key=SecretStr(Vault.generate_key()),
        event_keys=None,
        event_keys_file=None,
    )
    with pytest.raises(NoEventKeys, match="DUEPROCESS_EVENT_KEYS"):
        await service_pool(settings, "intake", max_size=1)
    with pytest.raises(NoEventKeys, match="DUEPROCESS_EVENT_KEYS"):
        ConsumerOptions.from_settings(settings)
    ring = Settings(_env_file=None, event_keys=SecretStr(f"e2:{NEW},e1:{OLD}")).event_ring()  # type: ignore[call-arg]
    assert ring is not None and ring.current == "e2" and set(ring.cipher.keys) == {"e1", "e2"}


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [t for arg in getattr(annotation, "__args__", ()) for t in _models_in(arg)]


def _sealed_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every path to a ``Sealed`` field, found by walking every field's type."""
    paths: set[str] = set()
    for name, info in model.model_fields.items():
        if any(m is PERSONAL for m in info.metadata):
            paths.add(prefix + name)
        for inner in _models_in(info.annotation):
            paths |= _sealed_paths(inner, f"{prefix}{name}.")
    return paths


def _planned_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """The paths ``seal_event`` seals: its plan per type, followed into nested models."""
    paths: set[str] = set()
    for name, personal in sealing_plan(model):
        if personal:
            paths.add(prefix + name)
        else:
            for inner in _models_in(model.model_fields[name].annotation):
                paths |= _planned_paths(inner, f"{prefix}{name}.")
    return paths


def test_the_sealing_plan_reaches_every_sealed_field_of_every_event_type() -> None:
    """``seal_event`` visits only the fields that can hold personal data (a plan per type): the
    plan must reach every ``Sealed`` field at any depth, through nested models and lists."""
    event_types = [t for t in vars(contracts).values() if isinstance(t, type) and issubclass(t, BaseModel)]
    event_types = [t for t in event_types if "TOPIC" in vars(t)]
    assert len(event_types) >= 10
    assert sum(1 for t in event_types if _sealed_paths(t)) >= 8, "the walk finds the events' personal fields"
    for event_type in event_types:
        assert _planned_paths(event_type) == _sealed_paths(event_type), event_type.__name__
