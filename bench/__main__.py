"""Run every benchmark: `python -m bench` (or `./dev bench`)."""

from __future__ import annotations

import sys

from bench import audit_capture, events_fanout, mcp_vs_graphql, tasks_list

if __name__ == "__main__":
    results = [
        mcp_vs_graphql.cli([]),
        tasks_list.cli([]),
        events_fanout.cli([]),
        audit_capture.cli([]),
    ]
    sys.exit(max(results))
