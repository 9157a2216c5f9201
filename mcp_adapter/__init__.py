"""MCP adapter: the curated GraphQL operations catalog served as MCP tools at /mcp."""
