"""Every Prometheus metric the service exports, declared once (served at /metrics).

Declared here rather than beside the code that moves them so that one page lists what an
operator can graph, and so that `subscriptions/` and `mcp_adapter/` can count without importing
`backend/`. Label values are bounded sets (operation and tool names from the catalog, event
types from the domains' declarations, a few reasons); never ids or user input.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

# Request latency buckets in seconds: loopback GraphQL sits at 1 to 5 ms, slow reports at seconds.
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUESTS = Counter(
    "trcr_requests",
    "GraphQL operations and MCP tool calls handled, by transport, name and outcome.",
    ["transport", "name", "outcome"],  # transport: graphql|mcp; outcome: ok|error
)
REQUEST_SECONDS = Histogram(
    "trcr_request_seconds",
    "Time to handle one GraphQL operation or MCP tool call.",
    ["transport", "name"],
    buckets=_LATENCY_BUCKETS,
)

EVENTS_PUBLISHED = Counter(
    "trcr_events_published",
    "Events the outbox relay handed to the broker.",
    ["type"],
)
EVENTS_DELIVERED = Counter(
    "trcr_events_delivered",
    "Events sent to a subscriber (one per subscriber that may see it).",
    ["type"],
)
EVENTS_DROPPED = Counter(
    "trcr_events_dropped",
    "Events not delivered to a subscriber, by reason (slow_consumer, duplicate, malformed, ...).",
    ["reason"],
)

OUTBOX_PENDING = Gauge(
    "trcr_outbox_pending",
    "Committed events not yet relayed to the broker (as last seen by this process's relay).",
)
OUTBOX_LAG_SECONDS = Gauge(
    "trcr_outbox_lag_seconds",
    "Age of the oldest committed event not yet relayed (0 when the outbox is drained).",
)

SUBSCRIBERS = Gauge(
    "trcr_subscribers",
    "Open `events` subscriptions in this process.",
)
