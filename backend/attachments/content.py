"""What an upload is, decided from its bytes: the sniffed content type and a safe filename."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

import filetype

MAX_FILENAME = 200
OCTET_STREAM = "application/octet-stream"
TEXT = "text/plain; charset=utf-8"

_UNSAFE = re.compile(r'[\x00-\x1f\x7f"*:<>?|;\\/]')


def sniff(data: bytes) -> str:
    """The content type the bytes show (filetype's magic numbers); UTF-8 text without NULs is
    text/plain; anything else is application/octet-stream. What the client says is ignored."""
    kind = filetype.guess(data)
    if kind is not None:
        return str(kind.mime)
    if b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return OCTET_STREAM
        return TEXT
    return OCTET_STREAM


def sanitize_filename(name: str) -> str:
    """The last path component, NFC, without control or shell-special characters, no leading
    dots, at most 200 characters (the extension kept); "attachment" when nothing is left."""
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE.sub("_", name)
    name = " ".join(name.split())  # no runs of blanks, none at the ends
    name = name.lstrip(".").strip()
    if len(name) > MAX_FILENAME:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 16:
            name = stem[: MAX_FILENAME - len(extension) - 1] + "." + extension
        else:
            name = name[:MAX_FILENAME]
    return name or "attachment"


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback name and the RFC 5987 UTF-8 name."""
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"
