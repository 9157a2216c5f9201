"""Catalog validation is fail-closed and paid once per distinct input (schema, rules, texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

import mcp_adapter.catalog as catalog_module
from mcp_adapter.catalog import CatalogError, load_sources
from tests.mcp_adapter.toy import LIST, TOY_SCHEMA

BROKEN = LIST.replace("totalCount", "noSuchField")


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = catalog_module.validate

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog_module, "validate", counted)
    monkeypatch.setattr(catalog_module, "_MEMO", {})
    return calls


def test_an_unchanged_catalog_is_validated_once_across_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    first = load_sources(TOY_SCHEMA, [("tasks.graphql", LIST)], cache_dir=tmp_path, rules_key="k")
    assert len(calls) == 2  # the file, then the executable with the backend's rules
    assert len(list(tmp_path.glob("catalog-*.validated"))) == 1

    monkeypatch.setattr(catalog_module, "_MEMO", {})  # a new process: only the folder remains
    again = load_sources(TOY_SCHEMA, [("tasks.graphql", LIST)], cache_dir=tmp_path, rules_key="k")
    assert len(calls) == 2
    assert again.names == first.names == ["tasks_list"]
    assert again.operations[0].document_text == first.operations[0].document_text


def test_the_same_process_gets_the_same_catalog_back(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    first = load_sources(TOY_SCHEMA, [("tasks.graphql", LIST)])
    assert load_sources(TOY_SCHEMA, [("tasks.graphql", LIST)]) is first
    assert len(calls) == 2


@pytest.mark.parametrize("change", ["text", "rules_key"])
def test_any_change_validates_again_and_a_defect_still_stops_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    _counting(monkeypatch)
    load_sources(TOY_SCHEMA, [("tasks.graphql", LIST)], cache_dir=tmp_path, rules_key="k")
    text = BROKEN if change == "text" else LIST
    key = "k" if change == "text" else "other limits"
    if change == "rules_key":
        calls = _counting(monkeypatch)
        load_sources(TOY_SCHEMA, [("tasks.graphql", text)], cache_dir=tmp_path, rules_key=key)
        assert len(calls) == 2
        return
    with pytest.raises(CatalogError, match="noSuchField"):
        load_sources(TOY_SCHEMA, [("tasks.graphql", text)], cache_dir=tmp_path, rules_key=key)
    assert len(list(tmp_path.glob("catalog-*.validated"))) == 1  # nothing recorded for it
