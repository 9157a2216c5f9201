"""Field checks: bounded text and colors, one message each (pure, no database)."""

from __future__ import annotations

import pytest

from backend.core.errors import Invalid
from backend.core.validation import check_color, clean_text


def test_text_is_stripped_and_kept_within_bounds() -> None:
    assert clean_text("  Launch  ", max_length=6, field="name", subject="The x") == "Launch"


@pytest.mark.parametrize("value", ["", "   ", "1234567"])
def test_empty_or_too_long_text_names_the_subject_the_bounds_and_the_field(value: str) -> None:
    with pytest.raises(Invalid) as refused:
        clean_text(value, max_length=6, field="title", subject="The milestone title")

    assert refused.value.message == "The milestone title must be 1 to 6 characters."
    assert (refused.value.field, refused.value.reason) == ("title", "TEXT_LENGTH")


def test_a_tool_may_word_the_length_message_its_own_way() -> None:
    with pytest.raises(Invalid, match=r"^Give the token a name of 1 to 3 characters\.$"):
        clean_text(
            "",
            max_length=3,
            field="name",
            subject="The token name",
            message="Give the token a name of 1 to 3 characters.",
        )


@pytest.mark.parametrize("color", [None, "#1a2B3c"])
def test_hex_triplets_and_no_color_pass(color: str | None) -> None:
    check_color(color)


@pytest.mark.parametrize("color", ["red", "#1a2b3", "#1a2b3c4", "1a2b3c", "#gggggg"])
def test_anything_else_is_refused_with_an_example(color: str) -> None:
    with pytest.raises(Invalid) as refused:
        check_color(color)

    assert refused.value.message == f"color must look like #1a2b3c; got '{color}'."
    assert (refused.value.field, refused.value.reason) == ("color", "COLOR_FORMAT")
