"""Request protection: CSRF, GET never mutates, body cap, depth/alias limits, introspection switch."""

from __future__ import annotations

from graphql import GraphQLError

from backend.core.graphql_errors import mask_error
from backend.schema import create_schema
from backend.settings import Settings
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def test_post_without_json_content_type_is_refused(
    api: GraphQLClient, workspace: Workspace
) -> None:
    response = await api.http.post(
        "/graphql",
        content='query=mutation{usersTokensCreate(name:"x"){errors{message}}}',
        headers={
            "Authorization": f"Bearer {workspace.token}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    assert response.status_code == 415
    assert "application/json" in response.text


async def test_get_never_changes_state(api: GraphQLClient, workspace: Workspace) -> None:
    response = await api.http.get(
        "/graphql",
        params={"query": 'mutation { usersTokensCreate(name: "via get") { errors { message } } }'},
        headers={"Authorization": f"Bearer {workspace.token}"},
    )
    assert response.status_code in {400, 405}
    listed = await api.data(workspace.token, "{ usersTokensList { totalCount } }")
    assert listed["usersTokensList"]["totalCount"] == 1


async def test_get_query_works(api: GraphQLClient, workspace: Workspace) -> None:
    response = await api.http.get(
        "/graphql",
        params={"query": "{ whoami { role } }"},
        headers={"Authorization": f"Bearer {workspace.token}"},
    )
    assert response.status_code == 200 and response.json()["data"]["whoami"]["role"] == "OWNER"


async def test_oversized_body_gets_413(api: GraphQLClient, workspace: Workspace) -> None:
    response = await api.post(workspace.token, "{ whoami { role } }", {"padding": "x" * 1_100_000})
    assert response.status_code == 413


async def test_too_many_aliases_are_refused(api: GraphQLClient, workspace: Workspace) -> None:
    aliased = "{ " + " ".join(f"a{i}: whoami {{ role }}" for i in range(40)) + " }"
    body = await api.execute(workspace.token, aliased)
    assert body["data"] is None and "aliases" in body["errors"][0]["message"].lower()


def _nested_parents(levels: int) -> str:
    """tasksGet → parentTask → parentTask …: `levels` fields deep in all."""
    inner = "id"
    for _ in range(levels - 1):
        inner = f"parentTask {{ {inner} }}"
    return f'{{ tasksGet(taskId: "X-1") {{ {inner} }} }}'


async def test_queries_deeper_than_the_limit_are_refused(
    api: GraphQLClient, workspace: Workspace
) -> None:
    too_deep = await api.execute(workspace.token, _nested_parents(14))
    assert (
        too_deep["data"] is None
        and "exceeds maximum operation depth" in too_deep["errors"][0]["message"]
    )
    # At the limit the document is valid: it runs (and the made-up key is simply not found).
    at_limit = await api.execute(workspace.token, _nested_parents(12))
    assert at_limit["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_too_many_tokens_are_refused(api: GraphQLClient, workspace: Workspace) -> None:
    huge = "{ " + " ".join("whoami { role }" for _ in range(600)) + " }"
    body = await api.execute(workspace.token, huge)
    assert body["errors"] and "token" in body["errors"][0]["message"].lower()


async def test_graphiql_page_is_served_to_browsers(api: GraphQLClient) -> None:
    response = await api.http.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200 and "graphiql" in response.text.lower()


async def test_health_and_readiness(api: GraphQLClient) -> None:
    assert (await api.http.get("/healthz")).json() == {"status": "ok"}
    ready = (await api.http.get("/readyz")).json()
    assert ready == {"status": "ready", "database": "ok", "broker": "ok", "outbox": "ok"}


async def test_introspection_can_be_switched_off() -> None:
    query = "{ __schema { queryType { name } } }"
    on = await create_schema(Settings(introspection=True)).execute(query)
    off = await create_schema(Settings(introspection=False)).execute(query)
    assert on.errors is None
    assert off.errors and "introspection" in off.errors[0].message.lower()


def test_unexpected_errors_are_masked_with_a_request_id(caplog: object) -> None:
    error = GraphQLError("secret database detail", original_error=RuntimeError("password=hunter2"))
    masked = mask_error(error)
    assert "hunter2" not in masked.message and "secret" not in masked.message
    assert masked.extensions is not None and masked.extensions["code"] == "INTERNAL"
    assert masked.extensions["request_id"] in masked.message


async def test_unknown_host_gets_421_before_authentication(api: GraphQLClient) -> None:
    for path in ("/graphql", "/mcp"):
        response = await api.http.post(path, json={}, headers={"Host": "evil.example"})
        assert response.status_code == 421, path


async def test_mcp_from_a_foreign_origin_gets_403_before_authentication(api: GraphQLClient) -> None:
    response = await api.http.post("/mcp", json={}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    allowed = await api.http.post("/mcp", json={}, headers={"Origin": "http://localhost:5173"})
    assert allowed.status_code == 401


def test_host_and_origin_patterns() -> None:
    from backend.core.origins import matches

    patterns = ("localhost", "localhost:*", "http://localhost:*")
    assert matches("localhost", patterns)
    assert matches("LOCALHOST:8000", patterns)
    assert matches("http://localhost:3000", patterns)
    assert not matches("localhost.evil.example", patterns)
    assert not matches("localhost:80abc", patterns)
    assert not matches("https://localhost:3000", patterns)
