"""Personal Access Token format: trcr_pat_ + 22 base62 chars (131 random bits) + 6-char CRC32 checksum.

The checksum lets a mistyped or truncated token be rejected without a database read; only the
SHA-256 of the whole token is ever stored.
"""

from __future__ import annotations

import hashlib
import secrets
import string
import zlib

PREFIX = "trcr_pat_"
_ALPHABET = string.digits + string.ascii_letters
_RANDOM_CHARS = 22  # 62**22 > 2**130
_CHECKSUM_CHARS = 6  # 62**6 > 2**32
TOKEN_LENGTH = len(PREFIX) + _RANDOM_CHARS + _CHECKSUM_CHARS
DISPLAY_PREFIX_LENGTH = len(PREFIX) + 6


def _base62(number: int, width: int) -> str:
    chars = []
    for _ in range(width):
        number, digit = divmod(number, 62)
        chars.append(_ALPHABET[digit])
    return "".join(reversed(chars))


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode()), _CHECKSUM_CHARS)


def generate() -> str:
    body = "".join(secrets.choice(_ALPHABET) for _ in range(_RANDOM_CHARS))
    return PREFIX + body + _checksum(body)


def is_well_formed(token: str) -> bool:
    """Prefix, length, alphabet and checksum: everything that can be checked without a database."""
    if len(token) != TOKEN_LENGTH or not token.startswith(PREFIX):
        return False
    rest = token[len(PREFIX) :]
    if any(char not in _ALPHABET for char in rest):
        return False
    body, checksum = rest[:_RANDOM_CHARS], rest[_RANDOM_CHARS:]
    return secrets.compare_digest(_checksum(body), checksum)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def display_prefix(token: str) -> str:
    return token[:DISPLAY_PREFIX_LENGTH]
