"""Writes (or checks) what the catalog generates: every tool definition assistants are shown
(tests/snapshots/tools/<tool>.json), what each toolset lists for each role
(tests/snapshots/toolsets/<toolset>.json) and the tool reference (docs/tools.md).

One file per tool and per toolset, so a review shows exactly what changed (github-mcp-server's
`__toolsnaps__`). Writing removes the files of tools and toolsets that no longer exist.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "tests" / "snapshots" / "tools"
TOOLSET_SNAPSHOTS = ROOT / "tests" / "snapshots" / "toolsets"
REFERENCE = ROOT / "docs" / "tools.md"
REGENERATE = "./dev regen (or: python -m mcp_adapter.snapshot)"
ROLES = ("owner", "admin", "manager", "member", "guest")


def _live() -> tuple[Any, Any]:
    from backend.api import Settings, create_api
    from mcp_adapter.catalog import cache_directory, load_catalog
    from mcp_adapter.tools import build_tools

    api = create_api(Settings())
    catalog = load_catalog(
        api.schema,
        rules=api.validation_rules,
        bounds=api.argument_bounds,
        permissions=api.permissions,
        cache_dir=cache_directory(),
        rules_key=api.validation_key,
    )
    return api, build_tools(catalog)


def render() -> dict[str, str]:
    """File name → snapshot text of each tool of the live catalog, deterministic."""
    _, tools = _live()
    return {
        f"{name}.json": json.dumps(spec.definition, indent=2, ensure_ascii=False) + "\n"
        for name, spec in sorted(tools.items())
    }


def render_toolsets() -> dict[str, str]:
    """File name → what `tools/list` shows at that toolset's URL, per role, and read-only."""
    from mcp_adapter.toolsets import Toolsets

    api, tools = _live()
    toolsets = Toolsets(tools)
    files: dict[str, str] = {}
    for name in toolsets.names():
        selection = toolsets.parse(f"/mcp/x/{name}")
        listed: dict[str, list[str]] = {
            role: [s.name for s in toolsets.listing(selection, api.role_permissions[role], False)]
            for role in ROLES
        }
        owner = api.role_permissions["owner"]
        listed["readonly"] = [s.name for s in toolsets.listing(selection, owner, True)]
        files[f"{name}.json"] = json.dumps(listed, indent=1) + "\n"
    return files


def render_reference() -> str:
    from mcp_adapter.reference import render as render_markdown

    _, tools = _live()
    return render_markdown(tools)


def differences(expected: dict[str, str], directory: Path) -> list[str]:
    """What in `directory` disagrees with `expected`: missing, stale extra and changed files."""
    present = {path.name for path in directory.glob("*.json")} if directory.is_dir() else set()
    problems = [f"missing {name}" for name in sorted(set(expected) - present)]
    problems += [f"extra {name}" for name in sorted(present - set(expected))]
    problems += [
        f"changed {name}"
        for name in sorted(set(expected) & present)
        if (directory / name).read_text(encoding="utf-8") != expected[name]
    ]
    return problems


def write(expected: dict[str, str], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for path in directory.glob("*.json"):
        if path.name not in expected:
            path.unlink()
    for name, text in expected.items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a snapshot is stale")
    args = parser.parse_args(argv)
    expected = render()
    toolsets = render_toolsets()
    reference = render_reference()
    if args.check:
        problems = differences(expected, SNAPSHOTS) + differences(toolsets, TOOLSET_SNAPSHOTS)
        if not REFERENCE.exists() or REFERENCE.read_text(encoding="utf-8") != reference:
            problems.append(f"changed {REFERENCE.name}")
        if problems:
            print(
                f"generated files are stale ({', '.join(problems)}); run: {REGENERATE}",
                file=sys.stderr,
            )
            return 1
        return 0
    write(expected, SNAPSHOTS)
    write(toolsets, TOOLSET_SNAPSHOTS)
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(reference, encoding="utf-8")
    print(
        f"wrote {len(expected)} tool snapshots to {SNAPSHOTS}, {len(toolsets)} toolset listings "
        f"to {TOOLSET_SNAPSHOTS} and {REFERENCE}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
