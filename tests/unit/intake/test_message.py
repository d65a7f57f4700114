"""Reading an e-mail: limits are refusals, odd MIME is tolerated and recorded, charsets are decoded."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.intake.domain.message import LimitExceeded, MessageLimits, html_to_text, parse_message

LIMITS = MessageLimits(max_message_bytes=200_000, max_attachment_bytes=50_000, max_parts=20, max_depth=4)


def simple(body: str = "hello", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = headers.get("sender", "Agent <agent@cbp.dhs.gov>")
    message["To"] = "legal-process@dueprocess.local"
    message["Subject"] = headers.get("subject", "Summons")
    message["Date"] = "Tue, 14 Mar 2017 14:02:00 -0400"
    message["Message-ID"] = "<m1@cbp.dhs.gov>"
    message.set_content(body)
    return bytes(message)


def test_oversize_message_is_refused() -> None:
    with pytest.raises(LimitExceeded) as refused:
        parse_message(simple("x" * 300_000), LIMITS)
    assert refused.value.limit == "message_size"


def test_oversize_attachment_is_refused() -> None:
    message = EmailMessage()
    message["From"] = "a@b.example"
    message.set_content("see attached")
    message.add_attachment(b"%PDF-1.4 " + b"0" * 60_000, maintype="application", subtype="pdf", filename="big.pdf")
    with pytest.raises(LimitExceeded) as refused:
        parse_message(bytes(message), LIMITS)
    assert refused.value.limit == "attachment_size" and "big.pdf" in str(refused.value)


def test_too_many_parts_is_refused() -> None:
    message = EmailMessage()
    message["From"] = "a@b.example"
    message.set_content("parts")
    for index in range(25):
        message.add_attachment(
            f"part {index}".encode(), maintype="application", subtype="octet-stream", filename=f"p{index}.bin"
        )
    with pytest.raises(LimitExceeded) as refused:
        parse_message(bytes(message), LIMITS)
    assert refused.value.limit == "parts"


def nested(depth: int) -> bytes:
    body = b"Content-Type: text/plain\r\n\r\ninnermost\r\n"
    for level in range(depth):
        boundary = f"b{level}".encode()
        body = (
            b"Content-Type: multipart/mixed; boundary="
            + boundary
            + b"\r\n\r\n--"
            + boundary
            + b"\r\n"
            + body
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )
    return b"From: a@b.example\r\nMIME-Version: 1.0\r\n" + body


def test_deep_nesting_is_refused_and_shallow_nesting_is_read() -> None:
    assert "innermost" in parse_message(nested(3), LIMITS).body
    with pytest.raises(LimitExceeded) as refused:
        parse_message(nested(12), LIMITS)
    assert refused.value.limit == "nesting"
    with pytest.raises(LimitExceeded):
        parse_message(nested(3000), MessageLimits(max_parts=10_000, max_depth=10_000))


def test_headers_and_body_are_read() -> None:
    parsed = parse_message(simple("Summons body"), LIMITS)
    assert parsed.message_id == "<m1@cbp.dhs.gov>"
    assert parsed.from_address == "agent@cbp.dhs.gov" and parsed.from_domain == "cbp.dhs.gov"
    assert parsed.date is not None and parsed.date.utcoffset().total_seconds() == -4 * 3600
    assert parsed.body == "Summons body"


def test_html_only_mail_is_read_as_text_without_scripts() -> None:
    message = EmailMessage()
    message["From"] = "a@b.example"
    message.set_content(
        "<p>Preserve <b>@springfield_rumors</b></p><script>alert(1)</script><style>p{}</style>", subtype="html"
    )
    parsed = parse_message(bytes(message), LIMITS)
    assert parsed.html_only and parsed.body == "Preserve @springfield_rumors"
    assert [line for line in html_to_text("<div>a</div><div>b &amp; c</div>").split("\n") if line] == ["a", "b & c"]


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [("iso-8859-1", "latin-1"), ("windows-1252", "cp1252"), ("utf-8", "cp1252"), ("x-unknown-charset", "latin-1")],
)
def test_charsets_are_decoded_even_when_mislabeled(declared: str, encoding: str) -> None:
    text = "Polizeipräsidium München – “direct messages”" if encoding == "cp1252" else "Polizeipräsidium München"
    raw = (
        f"From: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset={declared}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + text.encode(encoding)
    assert parse_message(raw, LIMITS).body == text


def test_malformed_mime_never_raises() -> None:
    raw = (
        b"From: =?bogus?Q?x?= <\x00>\r\nSubject: =?utf-8?B?!!!?=\r\nDate: yesterday\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="X"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nreadable\r\n'
        b"--X\r\nContent-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%%\r\n"
    )
    parsed = parse_message(raw, LIMITS)
    assert "readable" in parsed.body
    assert parsed.date is None
    assert [a.filename for a in parsed.attachments] == ["a.pdf"]


def test_attachment_names_are_made_safe() -> None:
    message = EmailMessage()
    message["From"] = "a@b.example"
    message.set_content("x")
    message.add_attachment(b"root:x:0:0", maintype="application", subtype="octet-stream", filename="../../etc/passwd")
    parsed = parse_message(bytes(message), LIMITS)
    assert parsed.attachments[0].filename == "passwd"
    assert len(parsed.attachments[0].sha256) == 64


def test_html_table_rows_become_label_value_lines() -> None:
    markup = (
        "<p>Please produce the records below.</p>"
        "<table><tr><td><b>Account:</b></td><td>@motorcity_mike</td></tr>"
        "<tr><td>Return date</td><td>December 21, 2026</td></tr>"
        "<tr><td>Case No.</td><td>26-4471</td></tr>"
        "<tr><td>Requested</td><td>subscriber records, IP logs</td><td>2025</td></tr></table>"
        "<p>Thank you.</p>"
    )
    assert html_to_text(markup).split("\n") == [
        "Please produce the records below.",
        "",
        "Account: @motorcity_mike",
        "Return date: December 21, 2026",
        "Case No.: 26-4471",
        "Requested | subscriber records, IP logs | 2025",
        "",
        "Thank you.",
    ]


def test_html_tables_with_a_header_row_name_each_cell() -> None:
    markup = (
        "<table><thead><tr><th>Handle</th><th>Return date</th></tr></thead>"
        "<tbody><tr><td>@a_one</td><td>January 5, 2027</td></tr><tr><td>@b_two</td><td>January 6, 2027</td></tr>"
        "</tbody></table>"
    )
    assert [line for line in html_to_text(markup).split("\n") if line] == [
        "Handle: @a_one",
        "Return date: January 5, 2027",
        "Handle: @b_two",
        "Return date: January 6, 2027",
    ]


def test_layout_tables_keep_their_paragraphs_and_broken_tables_are_read() -> None:
    layout = (
        "<table><tr><td><p>Dear Custodian,</p><p>Attached is our warrant.</p>"
        "<table><tr><td>Account</td><td>@x_y</td></tr></table><p>Regards,<br>Det. Ana Ruiz</p></td></tr></table>"
    )
    assert [line for line in html_to_text(layout).split("\n") if line] == [
        "Dear Custodian,",
        "Attached is our warrant.",
        "Account: @x_y",
        "Regards,",
        "Det. Ana Ruiz",
    ]
    unclosed = "<table><tr><td>Address<td>1 Main St<br>Springfield, IL<tr><td>Phone<td>555-0100"
    assert html_to_text(unclosed).split("\n") == ["Address: 1 Main St", "Springfield, IL", "Phone: 555-0100"]
    assert html_to_text("<td>loose</td><td>cells</td>") == "loose cells"
    deep = "<table><tr><td>" * 200 + "core" + "</td></tr></table>" * 200
    assert html_to_text(deep) == "core"


def test_an_html_only_message_with_a_table_reads_its_fields() -> None:
    message = EmailMessage()
    message["From"] = "Agent <agent@cbp.dhs.gov>"
    message["Subject"] = "Summons"
    message.set_content(
        "<html><body><table><tr><th>Account</th><td>@ALT_USCIS</td></tr>"
        "<tr><th>Return date</th><td>March 13, 2027</td></tr></table></body></html>",
        subtype="html",
    )
    parsed = parse_message(bytes(message), LIMITS)
    assert parsed.html_only and parsed.body.split("\n") == ["Account: @ALT_USCIS", "Return date: March 13, 2027"]


@given(
    st.lists(
        st.lists(
            st.from_regex(r"[A-Za-z0-9@_]{1,12}( [A-Za-z0-9@_]{1,12}){0,3}", fullmatch=True), min_size=1, max_size=4
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_every_cell_of_an_html_table_is_in_the_text(rows: list[list[str]], close_tags: bool) -> None:
    end_cell, end_row = ("</td>", "</tr>") if close_tags else ("", "")
    markup = "<table>" + "".join("<tr>" + "".join(f"<td>{c}{end_cell}" for c in row) + end_row for row in rows)
    text = html_to_text(markup + ("</table>" if close_tags else ""))
    for row in rows:
        for cell in row:
            assert cell in text


def test_quoted_html_is_marked_as_a_mail_client_quotes() -> None:
    markup = (
        "<p>Please see the notice below.</p><div>On Mon, Legal wrote:<blockquote>Takedown notice<br>"
        "remove the posts<blockquote>older</blockquote></blockquote></div><p>Thanks</p>"
    )
    assert [line for line in html_to_text(markup).split("\n") if line] == [
        "Please see the notice below.",
        "On Mon, Legal wrote:",
        "> Takedown notice",
        "> remove the posts",
        "> > older",
        "Thanks",
    ]
    assert html_to_text("a\ue000b\ue001c") == "abc"  # the markers cannot be smuggled in


def alternative(plain: str, markup: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Agent <agent@cbp.dhs.gov>"
    message["Subject"] = "Summons"
    message.set_content(plain)
    message.add_alternative(markup, subtype="html")
    return bytes(message)


def test_the_html_alternative_is_the_body_when_it_holds_the_table_the_plain_one_flattened() -> None:
    table = "<p>Summons attached.</p><table><tr><td>Account</td><td>@ALT_USCIS</td></tr><tr><td>Return date</td><td>March 13, 2027</td></tr></table>"
    flattened = alternative("Summons attached.\n\nAccount\n\n@ALT_USCIS\n\nReturn date\n\nMarch 13, 2027", table)
    parsed = parse_message(flattened, LIMITS)
    assert parsed.body.split("\n")[-2:] == ["Account: @ALT_USCIS", "Return date: March 13, 2027"]
    assert not parsed.html_only
    labelled = "Summons attached.\nAccount: @ALT_USCIS\nReturn date: March 13, 2027"
    assert parse_message(alternative(labelled, table), LIMITS).body == labelled  # the plain one already reads
    stub = alternative(labelled + "\n" + "More words in the plain text only. " * 20, table)
    assert parse_message(stub, LIMITS).body.startswith(labelled)  # an HTML part that says less is not taken
