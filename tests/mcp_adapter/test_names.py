"""One name per domain: the backend folder, its operations file and its tools' prefix agree."""

from __future__ import annotations

from pathlib import Path

from graphql import OperationDefinitionNode, parse

from backend.schema import schema
from mcp_adapter.catalog import OPERATIONS_DIR

BACKEND = Path(__file__).resolve().parents[2] / "backend"


def _operations(path: Path) -> list[OperationDefinitionNode]:
    document = parse(path.read_text(encoding="utf-8"))
    return [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]


def _resolver_modules() -> dict[str, str]:
    """Root field (snake_case, as tools name it) → the module that resolves it."""
    modules: dict[str, str] = {}
    for root in ("Query", "Mutation"):
        definition = schema.get_type_by_name(root)
        assert definition is not None
        for field in definition.fields:  # type: ignore[union-attr]
            assert field.base_resolver is not None, f"{root}.{field.python_name} has no resolver"
            modules[field.python_name] = field.base_resolver.wrapped_func.__module__
    return modules


def test_each_operations_file_names_a_backend_domain_and_prefixes_its_tools() -> None:
    files = sorted(OPERATIONS_DIR.glob("*.graphql"))
    assert files
    for path in files:
        domain = path.stem
        assert (BACKEND / domain).is_dir(), f"{path.name}: no backend/{domain}/ package"
        for operation in _operations(path):
            assert operation.name is not None
            name = operation.name.value
            assert name == domain or name.startswith(f"{domain}_"), (
                f"{path.name}: tool {name!r} does not start with {domain}_"
            )


def test_each_tools_root_field_is_served_by_its_domain() -> None:
    modules = _resolver_modules()
    for path in sorted(OPERATIONS_DIR.glob("*.graphql")):
        for operation in _operations(path):
            roots = [s for s in operation.selection_set.selections if hasattr(s, "name")]
            assert len(roots) == 1
            field = roots[0].name.value  # type: ignore[attr-defined]
            snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in field)
            module = modules[snake]
            assert module.startswith(f"backend.{path.stem}."), (
                f"{path.name}: {operation.name.value if operation.name else '?'} is resolved "
                f"in {module}, not in backend/{path.stem}/"
            )
