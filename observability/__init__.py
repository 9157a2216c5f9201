"""Metrics and logs: imported by every layer (backend, subscriptions, mcp_adapter, trcr); imports none."""
