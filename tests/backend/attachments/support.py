"""Attachment test helpers: base64 of bytes, where the storage keeps a blob."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from backend.attachments import storage


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def blob_path(data: bytes) -> Path:
    local = storage.current()
    assert isinstance(local, storage.LocalStorage)
    digest = sha(data)
    return local.root / digest[:2] / digest
