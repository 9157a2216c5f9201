"""Field checks every domain shares: bounded text and colors, each written once with one message."""

from __future__ import annotations

import re

from backend.core.errors import Invalid

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

TEXT_LENGTH = "TEXT_LENGTH"
COLOR_FORMAT = "COLOR_FORMAT"


def clean_text(
    value: str, *, max_length: int, field: str, subject: str, message: str | None = None
) -> str:
    """The value without surrounding blanks; 1 to max_length characters, else Invalid.

    `subject` starts the message: "The label name" gives "The label name must be 1 to 60
    characters."; `message` replaces that sentence where a tool words it otherwise.
    """
    value = value.strip()
    if not value or len(value) > max_length:
        raise Invalid(
            message or f"{subject} must be 1 to {max_length} characters.",
            field=field,
            reason=TEXT_LENGTH,
        )
    return value


def check_color(color: str | None, *, field: str = "color") -> None:
    """A color is a #rrggbb hex triplet; None means "no color"."""
    if color is not None and not _COLOR.match(color):
        raise Invalid(
            f"{field} must look like #1a2b3c; got '{color}'.", field=field, reason=COLOR_FORMAT
        )
