"""Run every benchmark: `python -m bench` (or `./dev bench`)."""

from __future__ import annotations

import sys

from bench import (
    audit_capture,
    events_fanout,
    invoices_from_time,
    list_scaling,
    mcp_vs_graphql,
    outbox_overhead,
    read_throughput,
    reports,
    search,
    tasks_list,
    whoami,
)

# Each benchmark module offers `cli(argv) -> exit code`; all of them run, in this order.
BENCHMARKS = (
    mcp_vs_graphql,
    tasks_list,
    list_scaling,
    events_fanout,
    audit_capture,
    invoices_from_time,
    reports,
    search,
    outbox_overhead,
    whoami,
    read_throughput,
)

if __name__ == "__main__":
    sys.exit(max([benchmark.cli([]) for benchmark in BENCHMARKS]))
