"""The TRCR service layer: GraphQL schema, domains, and the Starlette app that serves them."""
