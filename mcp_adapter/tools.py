"""Tool definitions derived from the catalog, in wire form and as SDK models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import mcp_types

from mcp_adapter.annotations import tool_annotations
from mcp_adapter.catalog import Catalog, Operation
from mcp_adapter.schemas import input_schema, output_schema


@dataclass(frozen=True)
class ToolSpec:
    """An operation with everything derived from it once, at load."""

    operation: Operation
    definition: dict[str, Any]
    tool: mcp_types.Tool

    @property
    def name(self) -> str:
        return self.operation.name

    @property
    def input_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = self.definition["inputSchema"]
        return schema


def tool_definition(catalog: Catalog, operation: Operation) -> dict[str, Any]:
    """The tool exactly as `tools/list` shows it (camelCase MCP keys)."""
    return {
        "name": operation.name,
        "title": operation.title,
        "description": operation.description,
        "inputSchema": input_schema(catalog.schema, operation, catalog.bounds),
        "outputSchema": output_schema(catalog.schema, operation),
        "annotations": tool_annotations(operation),
    }


def build_tools(catalog: Catalog) -> dict[str, ToolSpec]:
    """Every tool by name, in name order (the catalog's order)."""
    specs: dict[str, ToolSpec] = {}
    for operation in catalog.operations:
        definition = tool_definition(catalog, operation)
        specs[operation.name] = ToolSpec(
            operation=operation,
            definition=definition,
            tool=mcp_types.Tool.model_validate(definition),
        )
    return specs
