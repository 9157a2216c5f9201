"""GET /metrics: refused without the scrape token, and counting GraphQL operations and MCP tools."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from observability.exposition import MetricsEndpoint
from tests.observability.support import METRICS_TOKEN, mcp_headers, served, tool_call
from tests.support import ServerProcess

WHOAMI = "query whoami { whoami { role } }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, str]]:
    with served(tmp_path_factory.mktemp("metrics"), TRCR_METRICS_TOKEN=METRICS_TOKEN) as running:
        yield running


def scrape(server: ServerProcess) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = httpx.get(
        f"{server.base_url}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def requests_total(
    samples: dict[tuple[str, tuple[tuple[str, str], ...]], float],
    transport: str,
    name: str,
    outcome: str,
) -> float:
    labels = (("name", name), ("outcome", outcome), ("transport", transport))
    return samples.get(("trcr_requests_total", labels), 0.0)


def test_metrics_are_refused_without_the_scrape_token(server: tuple[ServerProcess, str]) -> None:
    process, pat = server
    url = f"{process.base_url}/metrics"

    missing = httpx.get(url)
    wrong = httpx.get(url, headers={"Authorization": "Bearer not-the-token"})
    a_users_token = httpx.get(url, headers={"Authorization": f"Bearer {pat}"})
    other_host = httpx.get(
        url, headers={"Authorization": f"Bearer {METRICS_TOKEN}", "Host": "evil.example"}
    )

    for refused in (missing, wrong, a_users_token):
        assert refused.status_code == 401, refused.text
        assert "TRCR_METRICS_TOKEN" in refused.json()["errors"][0]["message"]
        assert refused.headers["www-authenticate"].startswith("Bearer")
        assert "trcr_requests" not in refused.text
    assert other_host.status_code == 421  # the host guard holds for /metrics too
    assert "trcr_requests" not in other_host.text


async def test_metrics_are_off_without_a_configured_token() -> None:
    transport = httpx.ASGITransport(app=MetricsEndpoint(""))
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as http:
        response = await http.get("/metrics", headers={"Authorization": "Bearer "})
    assert response.status_code == 404
    assert "set TRCR_METRICS_TOKEN" in response.json()["errors"][0]["message"]


def test_a_short_metrics_token_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="at least 16 characters"):
        MetricsEndpoint("short")


def test_counts_per_operation_and_per_tool(server: tuple[ServerProcess, str]) -> None:
    process, pat = server
    before = scrape(process)
    auth = {"Authorization": f"Bearer {pat}"}

    with httpx.Client(base_url=process.base_url, headers=auth) as http:
        for _ in range(2):
            ok = http.post("/graphql", json={"query": WHOAMI, "operationName": "whoami"})
            assert ok.status_code == 200 and "errors" not in ok.json(), ok.text
        anonymous = http.post("/graphql", json={"query": "{ whoami { role } }"})
        assert "errors" not in anonymous.json()
        # A name the catalog does not know is the client's own: it must not become a label.
        invented = http.post("/graphql", json={"query": "query Mine_1234 { whoami { role } }"})
        assert "errors" not in invented.json()
        invalid = http.post("/graphql", json={"query": "query whoami { whoami { nope } }"})
        assert invalid.json()["errors"]

        mcp = mcp_headers(pat)
        called = http.post("/mcp", json=tool_call("whoami", {}), headers=mcp)
        assert called.status_code == 200 and not called.json()["result"].get("isError")
        missing = http.post("/mcp", json=tool_call("tasks_get", {"task_id": "0"}), headers=mcp)
        assert missing.json()["result"]["isError"], missing.text

    after = scrape(process)

    def grew(transport: str, name: str, outcome: str) -> float:
        return requests_total(after, transport, name, outcome) - requests_total(
            before, transport, name, outcome
        )

    assert grew("graphql", "whoami", "ok") == 2
    assert grew("graphql", "whoami", "error") == 1
    assert grew("graphql", "anonymous", "ok") == 1
    assert grew("graphql", "other", "ok") == 1
    assert grew("mcp", "whoami", "ok") == 1
    assert grew("mcp", "tasks_get", "error") == 1
    assert not any("Mine_1234" in str(labels) for _name, labels in after)
    latency = ("trcr_request_seconds_count", (("name", "whoami"), ("transport", "graphql")))
    assert after[latency] - before.get(latency, 0.0) == 3
    assert after[("trcr_request_seconds_count", (("name", "whoami"), ("transport", "mcp")))] >= 1
