"""Webhook secrets: generated once, shown once, stored encrypted with the server key.

GitHub signs each delivery with HMAC-SHA256 keyed by the secret itself, so a one-way hash could
not verify it: the secret is stored Fernet-encrypted (AES-128-CBC + HMAC-SHA256, `cryptography`).

The server key comes from the environment:
- `TRCR_SECRET_KEY`: one or more Fernet keys (`Fernet.generate_key()`), comma-separated. The first
  encrypts; every one decrypts, so a key is rotated by putting the new one first. Production sets
  it, the same on every replica.
- otherwise the key file `TRCR_SECRET_KEY_FILE` (default `./trcr-secret.key`, beside the embedded
  default's `./trcr.sqlite3`), created with mode 0600 on first use. Keep it with the database: a
  lost key means every repository must be linked again.
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

DEFAULT_KEY_FILE = "trcr-secret.key"


def _key_file() -> Path:
    return Path(os.environ.get("TRCR_SECRET_KEY_FILE") or Path.cwd() / DEFAULT_KEY_FILE)


def _file_key(path: Path) -> bytes:
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    key = Fernet.generate_key()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first: use theirs
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as out:
        out.write(key)
    return key


@lru_cache(maxsize=1)
def _cipher() -> MultiFernet:
    configured = os.environ.get("TRCR_SECRET_KEY", "").strip()
    keys = [k.strip().encode() for k in configured.split(",") if k.strip()] if configured else []
    if not keys:
        keys = [_file_key(_key_file())]
    return MultiFernet([Fernet(key) for key in keys])


def reset() -> None:
    """Forget the cached key (tests that change the environment)."""
    _cipher.cache_clear()


def new_secret() -> str:
    """A webhook secret: 256 random bits, URL-safe (providers accept it as typed)."""
    return f"trcr_whsec_{secrets.token_urlsafe(32)}"


def encrypt(secret: str) -> str:
    return _cipher().encrypt(secret.encode()).decode()


def decrypt(token: str) -> str | None:
    """The secret; None when no configured key opens it (the key was changed or lost)."""
    try:
        return _cipher().decrypt(token.encode()).decode()
    except InvalidToken:
        return None
