"""`dueprocess submit` and `dueprocess status`: thin HTTP clients of the intake API.

Both authenticate with the API token of DUEPROCESS_API_TOKEN (or DUEPROCESS_API_TOKEN_FILE) as
``Authorization: Bearer``; a 401 says how to get one.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx

NO_TOKEN = (
    "intake wants an API token. An administrator creates one with `dueprocess staff token YOUR_EMAIL`; "
    "put it in DUEPROCESS_API_TOKEN (or a file named by DUEPROCESS_API_TOKEN_FILE). "
    "`dueprocess up` keeps one for the demo in .dueprocess/api-token"
)


def _fail(message: str) -> int:
    print(f"dueprocess: {message}", file=sys.stderr)
    return 2


def auth_headers(token: str | None) -> dict[str, str]:
    """``Authorization: Bearer`` with the API token, when there is one."""
    return {"authorization": f"Bearer {token}"} if token else {}


def _refused(response: httpx.Response, *, token: str | None) -> int | None:
    """A clear message (and exit 2) for 401 and 403; None for any other answer."""
    if response.status_code == 401:
        if token:
            return _fail(
                "intake did not accept the API token (revoked, mistyped, or its account is inactive). "
                + NO_TOKEN.replace("intake wants an API token. ", "")
            )
        return _fail(NO_TOKEN)
    if response.status_code == 403:
        try:
            why = response.json().get("error", response.text)
        except ValueError:
            why = response.text
        return _fail(f"intake refused: {why}")
    return None


def submit(*, path: Path, base_url: str, token: str | None = None) -> int:
    """POST the case file (JSON) or the e-mail (.eml, as message/rfc822); prints the case id.

    A retry reuses the request's idempotency key; an e-mail sent again is recognised by intake
    as the same message (DUPLICATE_REQUEST) and answers with the first case's id.
    """
    email = path.suffix.lower() == ".eml"
    try:
        body = path.read_bytes()
    except OSError as exc:
        return _fail(f"cannot read {path}: {exc}")
    key = f"cli-{uuid.uuid4()}"
    headers = {
        "content-type": "message/rfc822" if email else "application/json",
        "idempotency-key": key,
        "user-agent": "dueprocess-cli",
        **auth_headers(token),
    }
    try:
        for attempt in range(3):
            try:
                response = httpx.post(f"{base_url.rstrip('/')}/api/v1/cases", content=body, timeout=60, headers=headers)
                break
            except httpx.TransportError:
                if attempt == 2:
                    raise
    except httpx.HTTPError as exc:
        return _fail(f"intake at {base_url} is not reachable: {exc}")
    if (refused := _refused(response, token=token)) is not None:
        return refused
    if response.status_code not in (200, 201) or (response.status_code == 200 and not email):
        return _fail(f"intake refused the {'e-mail' if email else 'case'} ({response.status_code}): {response.text}")
    document = response.json()
    print(document["case_id"])
    status = document.get("status")
    if status == "DUPLICATE_REQUEST":
        print(
            f"dueprocess: DUPLICATE_REQUEST: this e-mail repeats case {document['case_id']}; not recorded twice",
            file=sys.stderr,
        )
    elif status in ("NEEDS_TRIAGE", "AWAITING_CONFIRMATION"):
        reasons = "; ".join(document.get("triage_reasons") or [])
        print(
            f"dueprocess: {status}: legal ops confirm the fields at /cases/{document['case_id']}"
            + (f" ({reasons})" if reasons else ""),
            file=sys.stderr,
        )
    return 0


def review_and_notices(view: dict[str, Any]) -> dict[str, Any]:
    """The status document: the case, its review (shaped like `assess`) and its notices."""
    return {
        "case_id": view["case_id"],
        "status": view["status"],
        "received_at": view["received_at"],
        "review": view["review"],
        "notices": [
            {"role": n["role"], "recipient": n["recipient"], "status": n["status"], "time": n["time"]}
            for n in view["notices"]
        ],
    }


def status(*, case_id: str, base_url: str, as_json: bool, token: str | None = None) -> int:
    try:
        uuid.UUID(case_id)
    except ValueError:
        return _fail(f"{case_id!r} is not a case id")
    try:
        response = httpx.get(f"{base_url.rstrip('/')}/api/v1/cases/{case_id}", timeout=30, headers=auth_headers(token))
    except httpx.HTTPError as exc:
        return _fail(f"intake at {base_url} is not reachable: {exc}")
    if (refused := _refused(response, token=token)) is not None:
        return refused
    if response.status_code == 404:
        return _fail(f"no case {case_id}")
    if response.status_code != 200:
        return _fail(f"intake answered {response.status_code}: {response.text}")
    document = review_and_notices(response.json())
    if as_json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    review = document["review"]
    print(f"case {document['case_id']}: {document['status']}")
    if review:
        print(
            f"  disposition {review['disposition']}, tier {review['escalation_tier']}, "
            f"user notice {review['user_notice']['action']}"
        )
        for finding in review["findings"]:
            print(f"  [{finding['severity']}] {finding['code']}: {finding['citation']}")
    for notice in document["notices"]:
        print(f"  notice to {notice['role']} {notice['recipient']}: {notice['status']} at {notice['time']}")
    return 0
