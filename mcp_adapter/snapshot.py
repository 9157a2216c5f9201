"""Writes (or checks) tests/snapshots/tools/<tool>.json: every tool definition assistants are shown.

One file per tool, so a review shows exactly which tools changed (github-mcp-server's
`__toolsnaps__`). Writing removes the files of tools that no longer exist.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parents[1] / "tests" / "snapshots" / "tools"
REGENERATE = "./dev regen (or: python -m mcp_adapter.snapshot)"


def render() -> dict[str, str]:
    """File name → snapshot text of each tool of the live catalog, deterministic."""
    from backend.api import Settings, create_api
    from mcp_adapter.catalog import load_catalog
    from mcp_adapter.tools import build_tools

    api = create_api(Settings())
    catalog = load_catalog(api.schema, rules=api.validation_rules, bounds=api.argument_bounds)
    return {
        f"{name}.json": json.dumps(spec.definition, indent=2, ensure_ascii=False) + "\n"
        for name, spec in sorted(build_tools(catalog).items())
    }


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
    if args.check:
        problems = differences(expected, SNAPSHOTS)
        if problems:
            print(
                f"{SNAPSHOTS} is stale ({', '.join(problems)}); run: {REGENERATE}", file=sys.stderr
            )
            return 1
        return 0
    write(expected, SNAPSHOTS)
    print(f"wrote {len(expected)} tool snapshots to {SNAPSHOTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
