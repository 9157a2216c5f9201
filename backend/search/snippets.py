"""Snippets from the database's highlighter → text safe to show as HTML, matches in <mark>.

The database wraps matches in two private-use characters (never produced by the highlighter
otherwise); everything else is escaped, so a snippet of `<script>` shows as text.
"""

from __future__ import annotations

import html
import re

START = "\ue000"
STOP = "\ue001"


def to_html(marked: str | None) -> str:
    if not marked:
        return ""
    out: list[str] = []
    open_mark = False
    for part in re.split(f"([{START}{STOP}])", marked):
        if part == START:
            if not open_mark:
                out.append("<mark>")
                open_mark = True
        elif part == STOP:
            if open_mark:
                out.append("</mark>")
                open_mark = False
        else:
            out.append(html.escape(part, quote=False))
    if open_mark:
        out.append("</mark>")
    return "".join(out)


def plain(marked: str | None) -> str:
    return (marked or "").replace(START, "").replace(STOP, "")
