"""The composition root: wires the backend, the MCP adapter and the realtime transport together."""
