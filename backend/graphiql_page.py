"""GraphiQL's page, with its scripts served by this server (backend/graphiql_assets/), not a CDN.

The page opens with the headers editor showing where the Personal Access Token goes.
"""

from __future__ import annotations

import json
from pathlib import Path

ASSETS = Path(__file__).parent / "graphiql_assets"
ASSETS_PATH = "/graphiql"

EXAMPLE_HEADERS = {"Authorization": "Bearer trcr_pat_…"}
DEFAULT_QUERY = """# Welcome to TRCR's GraphQL API.
#
# Every request needs your Personal Access Token: open "Headers" below and replace
# trcr_pat_… with your token, e.g.
#   {"Authorization": "Bearer trcr_pat_…"}
# (create one with `./dev trcr tokens create`). Then run this query with Ctrl-Enter.

query Me {
  whoami {
    role
    user { name email }
    organization { name }
  }
}
"""


def page_html() -> str:
    props = {
        "defaultQuery": DEFAULT_QUERY,
        "headers": json.dumps(EXAMPLE_HEADERS, indent=2, ensure_ascii=False),
        "defaultEditorToolsVisibility": "headers",
        "shouldPersistHeaders": False,
    }
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>TRCR GraphiQL</title>
  <style>body {{ margin: 0; height: 100vh; }} #graphiql {{ height: 100vh; }}</style>
  <link rel="stylesheet" href="{ASSETS_PATH}/graphiql.min.css">
  <script src="{ASSETS_PATH}/react.production.min.js"></script>
  <script src="{ASSETS_PATH}/react-dom.production.min.js"></script>
  <script src="{ASSETS_PATH}/graphiql.min.js"></script>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script>
    const props = {json.dumps(props, ensure_ascii=False)};
    const fetcher = GraphiQL.createFetcher({{ url: window.location.origin + "/graphql" }});
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {{ ...props, fetcher }})
    );
  </script>
</body>
</html>
"""
