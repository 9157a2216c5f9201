"""Writes (or checks) tests/snapshots/mcp_tools.json: every tool definition assistants are shown."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SNAPSHOT = Path(__file__).resolve().parents[1] / "tests" / "snapshots" / "mcp_tools.json"
REGENERATE = "python -m mcp_adapter.snapshot"


def render() -> str:
    """The snapshot text of the live catalog, deterministic (tools in name order)."""
    from backend.api import Settings, create_api
    from mcp_adapter.catalog import load_catalog
    from mcp_adapter.tools import build_tools

    api = create_api(Settings())
    catalog = load_catalog(api.schema, rules=api.validation_rules)
    definitions = [spec.definition for spec in build_tools(catalog).values()]
    return json.dumps(definitions, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the snapshot is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
        if current != text:
            print(f"{SNAPSHOT} is stale; run: {REGENERATE}", file=sys.stderr)
            return 1
        return 0
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    SNAPSHOT.write_text(text, encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
