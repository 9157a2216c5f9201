"""docs/tools.md: the tool reference, generated from the catalog (toolsets, then every tool)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mcp_adapter.tools import ToolSpec
from mcp_adapter.toolsets import ALL, GROUPS, Toolsets

HEADER = """# TRCR MCP tools

Generated from `mcp_adapter/operations/` by `./dev regen`; a test fails when it is stale, so do not
edit it by hand. Every operation of the catalog is one tool. **read** tools only read and are
idempotent; **write** tools change data; **destructive** ones delete, remove or revoke (hosts ask
before running them). "Needs" is the permission a role must hold for the tool to be listed at all;
every call is checked again by the service layer. An argument marked `?` is optional.
"""


def _type(schema: Mapping[str, Any]) -> str:
    if "anyOf" in schema:
        kinds = [_type(branch) for branch in schema["anyOf"] if branch.get("type") != "null"]
        return " | ".join(kinds)
    kind = schema.get("type", "any")
    kinds = [k for k in (kind if isinstance(kind, list) else [kind]) if k != "null"]
    text = " | ".join(kinds)
    if "enum" in schema:
        text = " \\| ".join(f"`{value}`" for value in schema["enum"] if value is not None)
    elif schema.get("format"):
        text = f"{text} ({schema['format']})"
    elif text == "array":
        text = f"list of {_type(schema.get('items', {}))}"
    return text.replace("|", "\\|") if "enum" not in schema else text


def _arguments(spec: ToolSpec) -> str:
    schema = spec.input_schema
    required = set(schema.get("required", []))
    parts = []
    for name, prop in schema.get("properties", {}).items():
        optional = "" if name in required else "?"
        default = f" = {prop['default']!r}" if "default" in prop else ""
        parts.append(f"`{name}{optional}`: {_type(prop)}{default}")
    return "<br>".join(parts) or "none"


def _kind(spec: ToolSpec) -> str:
    if not spec.operation.is_mutation:
        return "read"
    return "destructive" if spec.operation.destructive else "write"


def render(tools: Mapping[str, ToolSpec]) -> str:
    toolsets = Toolsets(tools)
    lines = [HEADER, "## Toolsets", ""]
    lines += [
        "Pick them in the URL: `/mcp` is `default`; `/mcp/x/NAME[,NAME…]` any union of these; "
        "`/readonly` at the end keeps read tools only. `whoami` is in every toolset.",
        "",
        "| toolset | domains | tools now | for |",
        "| --- | --- | --- | --- |",
    ]
    for name, (domains, purpose) in GROUPS.items():
        present = [d if d in toolsets.domains else f"{d} (soon)" for d in domains]
        count = len(toolsets.members(frozenset(domains)))
        lines.append(f"| `{name}` | {', '.join(present)} | {count} | {purpose} |")
    lines.append(f"| `{ALL}` | every domain | {len(tools)} | the whole catalog |")
    lines.append("")
    lines.append(
        "Each domain below is a toolset too, named like its heading (e.g. `/mcp/x/milestones`)."
    )
    for domain in sorted(toolsets.domains):
        lines += ["", f"## {domain}", "", "| tool | title | arguments | kind | needs |"]
        lines.append("| --- | --- | --- | --- | --- |")
        for name in toolsets.domains[domain]:
            spec = tools[name]
            needs = f"`{spec.operation.permission}`" if spec.operation.permission else ""
            lines.append(
                f"| `{name}` | {spec.operation.title} | {_arguments(spec)} | {_kind(spec)} | {needs} |"
            )
        lines += [""] + [
            f"- `{name}`: {tools[name].operation.description}" for name in toolsets.domains[domain]
        ]
    return "\n".join(lines) + "\n"
