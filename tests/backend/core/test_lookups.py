"""Rows by id within a scope: malformed, missing and out-of-scope ids are one "not found"."""

from __future__ import annotations

import uuid

import pytest

from backend.core.errors import NotFound
from backend.core.lookups import get_in, in_organization, refuse_unknown
from backend.labels import service as labels_service
from backend.labels.models import Label
from tests.conftest import Workspace


def _message(entity_id: object) -> str:
    return (
        f"No label with id {entity_id} exists in this organization. "
        "Check the id, or list labels to find the right one."
    )


async def test_a_row_of_the_scope_is_found(workspace: Workspace) -> None:
    owner = workspace.principal()
    bug = await labels_service.create_label(owner, name="Bug")

    found = await get_in(in_organization(owner, Label), str(bug.id), entity="label", field="x")

    assert found.id == bug.id


@pytest.mark.parametrize("kind", ["malformed", "missing", "other organization"])
async def test_every_unreachable_id_is_the_same_not_found(
    workspace: Workspace, other_workspace: Workspace, kind: str
) -> None:
    foreign = await labels_service.create_label(other_workspace.principal(), name="Theirs")
    object_id = {
        "malformed": "not-a-uuid",
        "missing": str(uuid.uuid4()),
        "other organization": str(foreign.id),
    }[kind]

    with pytest.raises(NotFound) as refused:
        await get_in(
            in_organization(workspace.principal(), Label), object_id, entity="label", field="x"
        )

    assert (refused.value.message, refused.value.field) == (_message(object_id), "x")
    assert refused.value.reason == "NOT_FOUND"


async def test_refuse_unknown_names_the_first_id_outside_the_scope(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    ours = await labels_service.create_label(workspace.principal(), name="Ours")
    theirs = await labels_service.create_label(other_workspace.principal(), name="Theirs")
    scope = in_organization(workspace.principal(), Label)

    await refuse_unknown(scope, [ours.id], entity="label", field="ids")
    with pytest.raises(NotFound) as refused:
        await refuse_unknown(scope, [ours.id, theirs.id], entity="label", field="ids")

    assert refused.value.message == _message(theirs.id)
