"""What tools/list costs an assistant: ceilings per tool and for the catalog, short descriptions,
and shared output shapes that the SDK's client still validates."""

from __future__ import annotations

import json
import re

import pytest

from backend.api import Settings
from mcp_adapter.server import create_mcp_endpoint
from mcp_adapter.tools import ToolSpec
from tests.conftest import Workspace
from tests.mcp_adapter.support import MODES, mcp_client, structured
from tests.support import ServerProcess

# Generous for a typical new tool (a get, a list, a create with a dozen arguments): the largest
# today is about 4.9 KB. A tool over it should select less or split.
MAX_TOOL_BYTES = 7_000
# The catalog grows with its tools; its average per tool may not (about 2.0 KB today).
MAX_AVERAGE_TOOL_BYTES = 2_600
# What /mcp lists by default stays usable by hosts that stop at about 40-60 tools.
MAX_DEFAULT_TOOLS = 60
MAX_DESCRIPTION_CHARS = 250


@pytest.fixture(scope="module")
def tools() -> dict[str, ToolSpec]:
    return create_mcp_endpoint(Settings()).executor.tools


def _size(spec: ToolSpec) -> int:
    return len(json.dumps(spec.definition, separators=(",", ":"), ensure_ascii=False).encode())


def test_every_tool_and_the_whole_catalog_fit_their_ceilings(tools: dict[str, ToolSpec]) -> None:
    over = {name: _size(spec) for name, spec in tools.items() if _size(spec) > MAX_TOOL_BYTES}
    assert over == {}, f"tools over {MAX_TOOL_BYTES} bytes: {over}"
    total = sum(_size(spec) for spec in tools.values())
    assert total <= MAX_AVERAGE_TOOL_BYTES * len(tools), (total, len(tools))


def test_the_default_toolset_stays_small() -> None:
    endpoint = create_mcp_endpoint(Settings())
    default = endpoint.toolsets.members(endpoint.toolsets.parse("/mcp").domains)
    assert len(default) <= MAX_DEFAULT_TOOLS, len(default)


def test_descriptions_are_one_or_two_sentences(tools: dict[str, ToolSpec]) -> None:
    for name, spec in tools.items():
        description = spec.operation.description
        sentences = re.findall(r"[.!?](?:\s|$)", description)
        assert 1 <= len(sentences) <= 2, (name, description)
        assert len(description) <= MAX_DESCRIPTION_CHARS, (name, len(description))


def test_a_shape_repeated_within_an_output_schema_is_defined_once(
    tools: dict[str, ToolSpec],
) -> None:
    output = tools["tasks_dependencies_list"].definition["outputSchema"]
    text = json.dumps(output)
    assert text.count('"$ref": "#/$defs/') >= 3
    assert set(output["$defs"]) and text.count('"key"') < 4


@pytest.mark.parametrize("mode", MODES)
async def test_the_sdk_client_validates_results_against_schemas_with_shared_shapes(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    async with mcp_client(server.base_url, workspace.token, mode, "/mcp/x/all") as client:
        await client.list_tools()
        project = structured(await client.call_tool("projects_create", {"name": "Budget"}))
        project_id = project["result"]["id"]
        ids = []
        for title in ("First", "Second"):
            created = await client.call_tool(
                "tasks_create", {"project_id": project_id, "title": title}
            )
            ids.append(structured(created)["result"]["id"])
        added = await client.call_tool(
            "tasks_dependencies_add", {"task_id": ids[1], "depends_on_task_id": ids[0]}
        )
        structured(added)
        # The client validated this against the $defs/$ref schema (it raises on a mismatch).
        listed = structured(await client.call_tool("tasks_dependencies_list", {"task_id": ids[1]}))
    assert [task["id"] for task in listed["depends_on"]] == [ids[0]]
    assert listed["task"]["status"]["name"]
