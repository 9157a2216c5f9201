"""Run every benchmark: `python -m bench` (or `./dev bench`)."""

from __future__ import annotations

import sys

from bench import mcp_vs_graphql

if __name__ == "__main__":
    sys.exit(mcp_vs_graphql.cli())
