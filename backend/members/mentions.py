"""@mentions: how a text names members of the organization (comments now, chat later).

One function, `mentioned_members`, for every text that can mention people. The syntax:
- `@ada@example.com`: by email;
- `@ada`: by handle, the part of the member's email before the `@` (`ada` for
  ada@example.com), when exactly one member of the organization has it;
- `@[Ada Lovelace]`: by name, in brackets because names have spaces, when exactly one member
  has that name;
- `@[<user id>]`: by id (what a UI inserts from a member picker).
Matching ignores case. A handle or name that two members share mentions neither (write the
email); people outside the organization are never mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from uuid import UUID

from backend.members.models import Membership

_EMAIL = re.compile(
    r"(?<![\w@])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
# A handle is not the start of an email (`@ada@x.io`), and ends before trailing punctuation.
_HANDLE = re.compile(r"(?<![\w@\[])@([A-Za-z0-9][A-Za-z0-9._%+-]*?)(?=[.,;:!?)]*(?:\s|$))")
_BRACKETS = re.compile(r"@\[([^\[\]\n]{1,200})\]")


@dataclass
class Mentions:
    emails: set[str] = field(default_factory=set)
    ids: set[UUID] = field(default_factory=set)
    handles: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.emails or self.ids or self.handles or self.names)


def parse(body: str) -> Mentions:
    """What a text @mentions, lower-cased, before checking who is a member."""
    found = Mentions(emails={m.lower() for m in _EMAIL.findall(body)})
    found.handles = {m.lower() for m in _HANDLE.findall(body)}
    for raw in _BRACKETS.findall(body):
        text = raw.strip()
        try:
            found.ids.add(UUID(text))
        except ValueError:
            if text:
                found.names.add(" ".join(text.split()).lower())
    return found


def mentioned_tokens(body: str) -> tuple[set[str], set[UUID]]:
    """The emails and user ids a text mentions (the unambiguous forms)."""
    found = parse(body)
    return found.emails, found.ids


def _unique(values: list[tuple[str, UUID]]) -> dict[str, UUID]:
    """key → user id for the keys exactly one member has."""
    seen: dict[str, UUID | None] = {}
    for key, user_id in values:
        seen[key] = user_id if key not in seen else None
    return {key: user_id for key, user_id in seen.items() if user_id is not None}


async def mentioned_members(organization_id: object, body: str) -> list[UUID]:
    """The organization's members a text mentions, in a stable order; one query."""
    found = parse(body)
    if not found:
        return []
    rows = await Membership.filter(organization_id=organization_id).values_list(
        "user_id", "user__email", "user__name"
    )
    by_email = {str(email).lower(): user_id for user_id, email, _ in rows}
    by_handle = _unique([(str(email).lower().split("@")[0], user_id) for user_id, email, _ in rows])
    by_name = _unique(
        [(" ".join(str(name).split()).lower(), user_id) for user_id, _, name in rows if name]
    )
    members = {user_id for user_id, _, _ in rows}
    mentioned = {by_email[e] for e in found.emails if e in by_email}
    mentioned |= {i for i in found.ids if i in members}
    mentioned |= {by_handle[h] for h in found.handles if h in by_handle}
    mentioned |= {by_name[n] for n in found.names if n in by_name}
    return sorted(mentioned, key=str)
