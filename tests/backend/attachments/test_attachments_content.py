"""Sniffing, filenames and Content-Disposition, without a database."""

from __future__ import annotations

import pytest

from backend.attachments.content import content_disposition, sanitize_filename, sniff
from tests.backend.attachments.samples import HTML, PDF, png


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (png(), "image/png"),
        (PDF, "application/pdf"),
        (HTML, "text/plain; charset=utf-8"),  # never served as HTML
        ("Grüße\n".encode(), "text/plain; charset=utf-8"),
        (b"\x00\x01\x02\xfe\xff", "application/octet-stream"),
        (b"\xff\xfe\xfd not utf-8", "application/octet-stream"),
    ],
)
def test_the_type_comes_from_the_bytes(data: bytes, expected: str) -> None:
    assert sniff(data) == expected


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ada\\notes.txt", "notes.txt"),
        ('a"b;c\r\nd.txt', "a_b_c__d.txt"),
        ("...hidden", "hidden"),
        ("  spaced   out .txt ", "spaced out .txt"),
        ("\x00\x07", "__"),
        ("", "attachment"),
        ("../", "attachment"),
        ("x" * 300 + ".jpeg", "x" * 195 + ".jpeg"),
        ("Cafe\u0301.txt", "Caf\u00e9.txt"),  # NFC
    ],
)
def test_filenames_are_sanitised(given: str, safe: str) -> None:
    assert sanitize_filename(given) == safe


def test_content_disposition_is_an_attachment_with_a_utf8_name() -> None:
    assert content_disposition("Grüße.txt") == (
        "attachment; filename=\"Gr__e.txt\"; filename*=UTF-8''Gr%C3%BC%C3%9Fe.txt"
    )
