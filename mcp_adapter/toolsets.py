"""Toolsets: which part of the catalog one /mcp URL lists, for whom, and whether read-only.

One toolset per domain (an operations file) plus named groups of domains. A URL picks them:
`/mcp` is `default`, `/mcp/x/tasks,time` two of them, and `/readonly` at the end (or a read-only
token) keeps read tools only, whatever else was asked for. A group may name domains that have no
operations yet; they join when their file lands. `whoami` is in every selection.

Listing also hides what the caller's role can never run (`@mcp(permission: "…")`); calls keep
their own checks, so a hidden or unlisted tool still answers with the service's refusal.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mcp_adapter.tools import ToolSpec

ALWAYS = frozenset({"whoami"})

WORK = (
    "projects",
    "tasks",
    "tasks_comments",
    "tasks_checklist",
    "tasks_dependencies",
    "task_groups",
    "task_statuses",
    "task_recurrences",
    "labels",
    "milestones",
)
# name → (domains, what it is for); a domain name never names a group except `time`, which
# is the group of time tracking (the `time` domain) and the timesheet reports beside it.
GROUPS: dict[str, tuple[tuple[str, ...], str]] = {
    "default": (
        ("projects", "tasks", "tasks_comments", "tasks_checklist", "time", "search"),
        "everyday work: Spaces, tasks with comments and checklists, time tracking, search",
    ),
    "work": (WORK, "projects and everything about tasks: groups, statuses, recurrences, labels"),
    "time": (("time", "reports"), "timers, time entries and the reports over them"),
    "billing": (
        ("clients", "invoices", "payments", "reports"),
        "clients, invoices, payments and the revenue reports",
    ),
    "people": (
        ("members", "users", "orgs"),
        "the organization, its members, your profile and tokens",
    ),
    "collaboration": (
        ("chat", "notifications", "search", "attachments"),
        "chat, notifications, search and attachments",
    ),
    "integrations": (("git", "public_forms"), "git repositories and public intake forms"),
    "admin": (("orgs", "members", "audit"), "organization settings, membership and the audit log"),
}
ALL = "all"
READONLY = "readonly"
PREFIX = "/mcp"


class UnknownToolset(ValueError):
    """The URL names a toolset that does not exist; the message lists those that do."""


@dataclass(frozen=True)
class Selection:
    """What one /mcp URL asked for: domains (None = all of them) and read-only."""

    domains: frozenset[str] | None
    read_only: bool
    label: str


class Toolsets:
    """The toolsets of one catalog, and the listing each selection, role and mode gets."""

    def __init__(self, tools: Mapping[str, ToolSpec]) -> None:
        self.tools = dict(tools)
        self.domains: dict[str, list[str]] = {}
        for name, spec in self.tools.items():
            self.domains.setdefault(spec.operation.domain or name, []).append(name)
        self._listings: dict[tuple[Any, ...], list[ToolSpec]] = {}

    def names(self) -> list[str]:
        """Every name a URL may use: the groups, `all`, then each domain that has tools."""
        return [*GROUPS, ALL, *sorted(d for d in self.domains if d not in GROUPS)]

    def parse(self, path: str) -> Selection:
        """`/mcp`, `/mcp/readonly`, `/mcp/x/a,b` or `/mcp/x/a,b/readonly` (a trailing / is fine)."""
        rest = path[len(PREFIX) :] if path.startswith(PREFIX) else path
        parts = [part for part in rest.split("/") if part]
        read_only = bool(parts) and parts[-1] == READONLY
        if read_only:
            parts = parts[:-1]
        if not parts:
            return Selection(self._resolve(["default"]), read_only, "default")
        if parts[0] != "x" or len(parts) != 2:
            raise UnknownToolset(
                f"Unknown MCP path {path!r}. Use /mcp, /mcp/x/TOOLSET[,TOOLSET…] or either with "
                f"/readonly at the end. Toolsets: {', '.join(self.names())}."
            )
        names = [name.strip() for name in parts[1].split(",") if name.strip()]
        if not names:
            raise UnknownToolset(
                f"No toolset named in {path!r}. Toolsets: {', '.join(self.names())}."
            )
        return Selection(self._resolve(names), read_only, ",".join(names))

    def _resolve(self, names: Iterable[str]) -> frozenset[str] | None:
        domains: set[str] = set()
        for name in names:
            if name == ALL:
                return None
            if name in GROUPS:
                domains.update(GROUPS[name][0])
            elif name in self.domains:
                domains.add(name)
            else:
                raise UnknownToolset(
                    f"Unknown toolset {name!r}. Toolsets: {', '.join(self.names())}."
                )
        return frozenset(domains)

    def members(self, domains: frozenset[str] | None) -> list[str]:
        """The tools of those domains (every tool for None), whoami included, in name order."""
        return [
            name
            for name, spec in self.tools.items()
            if domains is None or name in ALWAYS or (spec.operation.domain or name) in domains
        ]

    def listing(
        self, selection: Selection, permissions: frozenset[str], read_only: bool
    ) -> list[ToolSpec]:
        """What `tools/list` shows: the selection's tools, read tools only when read-only wins,
        without those that need a permission the caller's role lacks."""
        read_only = read_only or selection.read_only
        key = (selection.domains, read_only, permissions)
        cached = self._listings.get(key)
        if cached is None:
            cached = [
                spec
                for spec in (self.tools[name] for name in self.members(selection.domains))
                if not (read_only and spec.operation.is_mutation)
                and (spec.operation.permission is None or spec.operation.permission in permissions)
            ]
            self._listings[key] = cached
        return cached


def catalog_hash(specs: Iterable[ToolSpec]) -> str:
    """A stable digest of tool definitions: it changes exactly when what is listed changes."""
    digest = hashlib.sha256()
    for spec in sorted(specs, key=lambda s: s.name):
        digest.update(json.dumps(spec.definition, sort_keys=True, separators=(",", ":")).encode())
        digest.update(b"\n")
    return f"sha256:{digest.hexdigest()}"
