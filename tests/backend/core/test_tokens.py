"""The PAT format: prefix, entropy, checksum, hashing (pure, no database)."""

from __future__ import annotations

import math
import string

from backend.core import tokens


def test_generated_token_has_prefix_length_and_checksum() -> None:
    token = tokens.generate()
    assert token.startswith("trcr_pat_")
    assert len(token) == tokens.TOKEN_LENGTH
    assert tokens.is_well_formed(token)


def test_tokens_are_unique_and_carry_at_least_128_random_bits() -> None:
    generated = {tokens.generate() for _ in range(2000)}
    assert len(generated) == 2000
    body = next(iter(generated))[len(tokens.PREFIX) : -6]  # without prefix and checksum
    assert len(body) * math.log2(62) >= 128


def test_any_single_character_typo_is_rejected_without_a_database() -> None:
    token = tokens.generate()
    alphabet = string.ascii_letters + string.digits
    rejected = 0
    for index in range(len(tokens.PREFIX), len(token)):
        replacement = next(c for c in alphabet if c != token[index])
        typo = token[:index] + replacement + token[index + 1 :]
        rejected += not tokens.is_well_formed(typo)
    assert rejected == len(token) - len(tokens.PREFIX)


def test_malformed_tokens_are_rejected() -> None:
    token = tokens.generate()
    for bad in [
        "",
        "trcr_pat_",
        token[:-1],
        token + "a",
        "ghp_" + token[9:],
        token.replace("trcr_pat_", "trcr_pak_"),
        token[:-1] + "!",
    ]:
        assert not tokens.is_well_formed(bad), bad


def test_only_a_sha256_hash_is_stored_and_display_prefix_is_short() -> None:
    token = tokens.generate()
    digest = tokens.hash_token(token)
    assert len(digest) == 64 and token not in digest
    assert tokens.display_prefix(token) == token[:15]
