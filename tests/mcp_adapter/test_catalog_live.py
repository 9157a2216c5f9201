"""The real catalog against the real schema: it loads, matches its snapshot and keeps its promises."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from graphql import parse, validate

from mcp_adapter.snapshot import REGENERATE, SNAPSHOTS, differences, render, write
from mcp_adapter.tools import ToolSpec

DESTRUCTIVE = {
    "attachments_delete",
    "chat_channels_members_remove",
    "chat_messages_delete",
    "clients_contacts_delete",
    "clients_delete",
    "git_repositories_unlink",
    "invoices_delete",
    "invoices_line_items_remove",
    "invoices_void",
    "labels_delete",
    "members_invitations_revoke",
    "members_remove",
    "milestones_delete",
    "notifications_dismiss",
    "orgs_tokens_revoke",
    "payments_delete",
    "projects_delete",
    "projects_members_remove",
    "public_forms_delete",
    "task_groups_delete",
    "task_recurrences_delete",
    "task_statuses_delete",
    "tasks_checklist_delete",
    "tasks_comments_delete",
    "tasks_delete",
    "tasks_dependencies_remove",
    "tasks_labels_remove",
    "tasks_unassign",
    "time_discard_timer",
    "time_entries_delete",
    "users_tokens_revoke",
}


@pytest.fixture(scope="module")
def tools() -> dict[str, ToolSpec]:
    from backend.core.security import validation_rules
    from backend.schema import schema
    from backend.settings import Settings
    from mcp_adapter.catalog import load_catalog
    from mcp_adapter.tools import build_tools

    return build_tools(load_catalog(schema._schema, rules=validation_rules(Settings())))


def test_snapshot_is_current() -> None:
    assert differences(render(), SNAPSHOTS) == [], (
        f"The tool definitions changed; review the diff and regenerate with: {REGENERATE}"
    )


def test_a_stale_extra_a_missing_or_a_changed_snapshot_file_is_reported(tmp_path: Path) -> None:
    expected = {"a_tool.json": "{}\n", "b_tool.json": "[]\n"}
    write(expected, tmp_path)
    assert differences(expected, tmp_path) == []

    (tmp_path / "gone_tool.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "a_tool.json").unlink()
    (tmp_path / "b_tool.json").write_text("[1]\n", encoding="utf-8")

    assert differences(expected, tmp_path) == [
        "missing a_tool.json",
        "extra gone_tool.json",
        "changed b_tool.json",
    ]
    write(expected, tmp_path)  # regenerating removes the stale file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_tool.json", "b_tool.json"]


def test_tools_are_in_name_order(tools: dict[str, ToolSpec]) -> None:
    assert list(tools) == sorted(tools)


def _walk(schema: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(schema, dict):
        found.append(schema)
        for value in schema.values():
            found += _walk(value)
    elif isinstance(schema, list):
        for value in schema:
            found += _walk(value)
    return found


def test_no_schema_has_a_top_level_combinator_and_refs_stay_inside_output_schemas(
    tools: dict[str, ToolSpec],
) -> None:
    for name, spec in tools.items():
        for key in ("inputSchema", "outputSchema"):
            schema = spec.definition[key]
            assert schema["type"] == "object", (name, key)
            assert not {"anyOf", "oneOf", "allOf"} & set(schema), (name, key)
        # Input schemas are read by models and every host: inline only.
        assert all("$ref" not in node for node in _walk(spec.definition["inputSchema"])), name
        # Output schemas may share a repeated shape, always within the same schema.
        output = spec.definition["outputSchema"]
        for node in _walk(output):
            if "$ref" in node:
                assert node["$ref"].removeprefix("#/$defs/") in output["$defs"], name
        assert spec.definition["inputSchema"]["additionalProperties"] is False


def test_annotations_are_pinned_for_every_tool(tools: dict[str, ToolSpec]) -> None:
    for name, spec in tools.items():
        hints = spec.definition["annotations"]
        assert hints["title"], name
        assert spec.definition["title"] == hints["title"]
        assert hints["openWorldHint"] is False, name
        if spec.operation.is_mutation:
            assert hints["readOnlyHint"] is False, name
            assert hints["destructiveHint"] is (name in DESTRUCTIVE), name
            assert isinstance(hints["idempotentHint"], bool), name
        else:
            assert name not in DESTRUCTIVE
            assert hints == {
                "title": hints["title"],
                "readOnlyHint": True,
                "destructiveHint": False,
                "idempotentHint": True,
                "openWorldHint": False,
            }, name


def test_printed_documents_are_valid_graphql_for_the_public_endpoint(
    tools: dict[str, ToolSpec],
) -> None:
    from backend.schema import schema

    for spec in tools.values():
        assert validate(schema._schema, parse(spec.operation.document_text)) == [], spec.name
        assert "@mcp" not in spec.operation.document_text


def test_snapshot_files_are_json_with_every_tool(tools: dict[str, ToolSpec]) -> None:
    files = sorted(SNAPSHOTS.glob("*.json"))
    names = [json.loads(path.read_text(encoding="utf-8"))["name"] for path in files]
    assert names == list(tools)
    assert [path.stem for path in files] == names
