"""The catalog loads named, annotated, valid operations and refuses everything else by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import OperationType, parse, validate

from mcp_adapter.catalog import CatalogError, load_catalog, load_sources
from tests.mcp_adapter.toy import CREATE, LIST, TOY_SCHEMA, load


def test_loads_operations_sorted_by_name_with_their_annotations() -> None:
    catalog = load(CREATE + LIST)

    assert catalog.names == ["tasks_create", "tasks_list"]
    create = catalog.get("tasks_create")
    assert create is not None
    assert create.title == "Create task"
    assert create.description == "Create a task in a Space."
    assert create.operation_type is OperationType.MUTATION
    assert create.destructive is False
    assert create.idempotent is False
    assert create.root_key == "tasks_create"
    listing = catalog.get("tasks_list")
    assert listing is not None
    assert listing.idempotent is True
    assert catalog.get("nope") is None


def test_executed_document_has_no_mcp_directive_and_validates_on_the_public_schema() -> None:
    operation = load(CREATE).get("tasks_create")
    assert operation is not None

    assert "@mcp" not in operation.document_text
    assert validate(TOY_SCHEMA, parse(operation.document_text)) == []


def test_camel_case_response_keys_get_snake_case_aliases() -> None:
    operation = load(LIST).get("tasks_list")
    assert operation is not None

    text = operation.document_text
    assert "tasks_list: tasksList(" in text
    assert "next_cursor: nextCursor" in text
    assert "total_count: totalCount" in text
    assert "start_date: startDate" in text
    assert "items {" in text  # already snake_case: no alias


def test_existing_camel_case_alias_is_rewritten_and_typename_kept() -> None:
    catalog = load(
        '"Get." query tasks_get($task_id: ID!) @mcp(title: "Get") '
        "{ tasksGet(taskId: $task_id) { __typename dueOn: dueDate } }"
    )
    operation = catalog.get("tasks_get")
    assert operation is not None

    assert "due_on: dueDate" in operation.document_text
    assert "__typename" in operation.document_text


def test_fragments_travel_with_the_operation_that_uses_them() -> None:
    catalog = load(
        "fragment TaskFields on Task { id startDate }\n"
        '"Get." query tasks_get($task_id: ID!) @mcp(title: "Get") '
        "{ tasksGet(taskId: $task_id) { ...TaskFields } }"
    )
    operation = catalog.get("tasks_get")
    assert operation is not None

    assert "fragment TaskFields on Task" in operation.document_text
    assert "start_date: startDate" in operation.document_text


def _refused(text: str, *fragments: str, filename: str = "tasks.graphql") -> None:
    with pytest.raises(CatalogError) as caught:
        load(text, filename)
    message = str(caught.value)
    assert filename in message
    for fragment in fragments:
        assert fragment in message


def test_refuses_a_syntax_error() -> None:
    _refused('"X." query tasks_x @mcp(title: "X") { tasksHello', "Syntax Error")


def test_refuses_an_unnamed_operation() -> None:
    _refused('"X." query @mcp(title: "X") { tasksHello }', "no name")


def test_refuses_an_operation_invalid_against_the_schema() -> None:
    _refused(
        '"X." query tasks_x @mcp(title: "X") { tasksGet(taskId: "1") { nope } }',
        "'tasks_x'",
        "nope",
    )


def test_refuses_duplicate_names_within_a_file() -> None:
    _refused(LIST + LIST, "tasks_list")


def test_refuses_duplicate_names_across_files() -> None:
    with pytest.raises(CatalogError, match=r"b/tasks.graphql.*already defined in a/tasks.graphql"):
        load_sources(TOY_SCHEMA, [(Path("a/tasks.graphql"), LIST), (Path("b/tasks.graphql"), LIST)])


def test_refuses_a_missing_description() -> None:
    _refused('query tasks_x @mcp(title: "X") { tasksHello }', "'tasks_x'", "description")


def test_refuses_a_block_description() -> None:
    _refused('"""X.\nMore."""\nquery tasks_x @mcp(title: "X") { tasksHello }', "one line")


def test_refuses_a_missing_mcp_directive() -> None:
    _refused('"X." query tasks_x { tasksHello }', "'tasks_x'", "@mcp")


def test_refuses_a_missing_title() -> None:
    _refused('"X." query tasks_x @mcp { tasksHello }', "'tasks_x'", "title")


def test_refuses_an_empty_title() -> None:
    _refused('"X." query tasks_x @mcp(title: " ") { tasksHello }', "'tasks_x'", "title")


def test_refuses_a_subscription() -> None:
    _refused(
        '"X." subscription tasks_x { tasksCreated { id } }', "'tasks_x'", "subscriptions are not"
    )


def test_refuses_a_mutation_without_destructive() -> None:
    _refused(
        '"X." mutation tasks_archive($task_id: ID!) @mcp(title: "Archive") '
        "{ tasksArchive(taskId: $task_id) { errors { message } } }",
        "'tasks_archive'",
        "destructive",
    )


@pytest.mark.parametrize("declared", ["false", "null"])
def test_refuses_a_deleting_mutation_not_declared_destructive(declared: str) -> None:
    _refused(
        f'"X." mutation tasks_delete($task_id: ID!) @mcp(title: "Delete", destructive: {declared}) '
        "{ tasksDelete(taskId: $task_id) { errors { message } } }",
        "'tasks_delete'",
        "destructive: true",
    )


def test_refuses_a_destructive_declaration_on_a_name_without_a_destructive_verb() -> None:
    _refused(
        '"X." mutation tasks_archive($task_id: ID!) @mcp(title: "Archive", destructive: true) '
        "{ tasksArchive(taskId: $task_id) { errors { message } } }",
        "'tasks_archive'",
        "rename it",
    )


def test_unassign_counts_as_a_removal() -> None:
    catalog = load(
        '"X." mutation tasks_unassign($task_id: ID!, $user_id: ID!) '
        '@mcp(title: "Unassign", destructive: true) '
        "{ tasksUnassign(taskId: $task_id, userId: $user_id) { errors { message } } }"
    )
    operation = catalog.get("tasks_unassign")
    assert operation is not None
    assert operation.destructive is True


def test_refuses_destructive_hints_on_a_query() -> None:
    _refused('"X." query tasks_x @mcp(title: "X", destructive: false) { tasksHello }', "read-only")


def test_refuses_a_directive_argument_given_as_a_variable() -> None:
    _refused(
        '"X." mutation tasks_archive($task_id: ID!, $d: Boolean!) '
        '@mcp(title: "A", destructive: $d) { tasksArchive(taskId: $task_id) { errors { message } } }',
        "literal",
    )


def test_refuses_a_name_outside_the_files_domain() -> None:
    _refused('"X." query projects_x @mcp(title: "X") { tasksHello }', "'projects_x'", "named")


def test_refuses_a_name_that_is_not_snake_case() -> None:
    _refused('"X." query tasksX @mcp(title: "X") { tasksHello }', "snake_case")


def test_refuses_a_variable_that_is_not_snake_case() -> None:
    _refused(
        '"X." query tasks_x($taskId: ID!) @mcp(title: "X") { tasksGet(taskId: $taskId) { id } }',
        "$taskId",
    )


def test_refuses_several_root_fields() -> None:
    _refused(
        '"X." query tasks_x @mcp(title: "X") { tasksHello tasksCurrent { id } }', "exactly one root"
    )


@pytest.mark.parametrize(
    ("root", "unwrap"),
    [
        ("tasksGet(taskId: 1) { id }", True),
        ("tasksCurrent { id }", False),
        ("tasksAll { id }", False),
    ],
)
def test_only_a_non_null_object_root_is_unwrapped(root: str, unwrap: bool) -> None:
    operation = load(f'"X." query tasks_x @mcp(title: "X") {{ {root} }}').get("tasks_x")

    assert operation is not None
    assert operation.unwrap_root is unwrap


def test_refuses_schema_definitions_in_an_operations_file() -> None:
    _refused("type Extra { id: ID }", "only operations and fragments")


def test_refuses_an_unused_fragment() -> None:
    _refused("fragment F on Task { id }\n" + LIST, "the file", "never used")


def test_refuses_an_alias_collision_created_by_snake_casing() -> None:
    _refused(
        '"X." query tasks_x($task_id: ID!) @mcp(title: "X") '
        "{ tasksGet(taskId: $task_id) { start_date: dueDate startDate } }",
        "'tasks_x'",
        "start_date",
    )


def test_refuses_an_empty_operations_directory(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no operations files"):
        load_catalog(TOY_SCHEMA, tmp_path)


def test_loads_every_file_of_a_directory(tmp_path: Path) -> None:
    (tmp_path / "tasks.graphql").write_text(LIST + CREATE)

    assert load_catalog(TOY_SCHEMA, tmp_path).names == ["tasks_create", "tasks_list"]
