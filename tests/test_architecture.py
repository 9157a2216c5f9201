"""The walls between domains that import-linter cannot express, checked on the source.

A domain calls another domain's service functions; reading another domain's rows directly is
allowed only where it is listed here with its reason, and writing or locking them never is (the
owner offers its locks and counters: projects/locks.py, orgs/locks.py). A new cross-domain read
fails until someone adds it to CROSS_DOMAIN_READS with a justification; a read that went away
fails until it is struck off, so the list stays the truth.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BACKEND = ROOT / "backend"
NOT_DOMAINS = {"core", "migrations"}

# (importing module, imported models module) → why it reads rather than calls a service.
# A domain's models.py may always name the models its foreign keys point to: that is not listed.
CROSS_DOMAIN_READS: dict[tuple[str, str], str] = {
    ("backend.milestones.service", "backend.projects.models"): (
        "annotates the Project row that projects.service resolved and passed in"
    ),
    ("backend.task_groups.service", "backend.projects.models"): (
        "annotates the Project row that projects.service resolved and passed in"
    ),
    ("backend.tasks.service", "backend.projects.models"): (
        "reads the project of a task it already scoped, to check the Space is writable"
    ),
    ("backend.task_statuses.changes", "backend.projects.models"): (
        "annotates the Project row that projects.service resolved and passed in"
    ),
    ("backend.task_statuses.workflows", "backend.projects.models"): (
        "annotates the Project row that projects.service resolved and passed in"
    ),
    ("backend.tasks.lookups", "backend.projects.models"): (
        "reads the project of a task it already scoped, to check the Space is writable"
    ),
    ("backend.tasks.workflow", "backend.task_statuses.models"): (
        "reads the workflow's statuses to move a task and follow auto-advance rules"
    ),
    ("backend.tasks.service", "backend.labels.models"): (
        "resolves label ids to attach in one query, scoped by organization"
    ),
    ("backend.tasks.types", "backend.projects.models"): (
        "the type's project field loads the Project row to build the projects domain's type"
    ),
    ("backend.tasks_checklist.service", "backend.tasks.models"): (
        "annotates the Task row that tasks.service resolved (items belong to a task)"
    ),
    ("backend.tasks_checklist.service", "backend.task_statuses.models"): (
        "names the CHECKLIST_COMPLETED auto-advance trigger, an enum, not a row"
    ),
    ("backend.tasks_checklist.types", "backend.tasks.models"): (
        "annotates the Task row a service returns with the checklist"
    ),
    ("backend.notifications.reminders", "backend.tasks.models"): (
        "finds every organization's open tasks due tomorrow in one query (no principal: a loop)"
    ),
    ("backend.notifications.rules.context", "backend.tasks.models"): (
        "reads the assignees of a task the actor just changed, to notify its people"
    ),
    ("backend.tasks_dependencies.service", "backend.tasks.models"): (
        "walks the dependency graph over task rows in bulk queries (cycle and blocker checks)"
    ),
    ("backend.tasks_dependencies.service", "backend.projects.models"): (
        "reads project keys to name the tasks on a refused cycle's path"
    ),
    ("backend.time.service", "backend.tasks.models"): (
        "annotates the Task row that tasks.service resolved for a timer or entry"
    ),
    ("backend.time.service", "backend.task_statuses.models"): (
        "names the TIMER_STARTED auto-advance trigger, an enum, not a row"
    ),
    ("backend.projects.stats", "backend.tasks.models"): (
        "aggregates a Space's task counts in one grouped query for its statistics"
    ),
    ("backend.projects.stats", "backend.time.models"): (
        "aggregates a Space's tracked minutes in one grouped query for its statistics"
    ),
    ("backend.task_recurrences.scheduler", "backend.tasks.models"): (
        "reads the template task, its assignees and labels to copy into an occurrence"
    ),
}

# Model class methods that write or lock rows; called on another domain's model, they bypass
# its owner.
WRITES = {
    "create",
    "bulk_create",
    "get_or_create",
    "update_or_create",
    "update",
    "bulk_update",
    "delete",
    "save",
    "select_for_update",
}


def domains() -> set[str]:
    return {
        path.name
        for path in BACKEND.iterdir()
        if (path / "__init__.py").exists() and path.name not in NOT_DOMAINS
    }


def _modules() -> Iterator[tuple[str, str, ast.Module]]:
    """(module name, its domain, its syntax tree) for every module inside a domain."""
    names = domains()
    for path in sorted(BACKEND.rglob("*.py")):
        parts = path.relative_to(BACKEND).with_suffix("").parts
        if parts[0] in names:
            yield "backend." + ".".join(parts), parts[0], ast.parse(path.read_text())


def _foreign_models(domain: str, tree: ast.Module) -> Iterator[tuple[str, list[str]]]:
    """(another domain's models module, the names imported from it), type-only imports too."""
    names = domains()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        if node.module.endswith(".models"):
            target, imported = node.module, [alias.asname or alias.name for alias in node.names]
        elif any(alias.name == "models" for alias in node.names):
            target, imported = f"{node.module}.models", []
        else:
            continue
        parts = target.split(".")
        if len(parts) == 3 and parts[0] == "backend" and parts[1] in names - {domain}:
            yield target, imported


def cross_domain_reads() -> set[tuple[str, str]]:
    return {
        (module, target)
        for module, domain, tree in _modules()
        if not module.endswith(".models")
        for target, _ in _foreign_models(domain, tree)
    }


def test_every_cross_domain_read_is_listed_with_its_reason() -> None:
    found = cross_domain_reads()
    unlisted = sorted(found - CROSS_DOMAIN_READS.keys())
    assert not unlisted, (
        f"New cross-domain reads {unlisted}: call the owning domain's service instead, or add "
        "each to CROSS_DOMAIN_READS with the reason it must read the rows itself."
    )
    gone = sorted(CROSS_DOMAIN_READS.keys() - found)
    assert not gone, f"{gone} no longer happen: strike them off CROSS_DOMAIN_READS."
    assert all(reason.strip() for reason in CROSS_DOMAIN_READS.values())


def _chain(node: ast.expr) -> tuple[str | None, list[str]]:
    """The root name and the attribute names of a call chain like `Model.filter(...).update`."""
    attributes: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            attributes.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        else:
            return (node.id if isinstance(node, ast.Name) else None), attributes


def test_no_domain_writes_or_locks_another_domains_rows() -> None:
    offences = []
    for module, domain, tree in _modules():
        if module.endswith(".models"):
            continue
        foreign = {name for _, names in _foreign_models(domain, tree) for name in names}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                root, attributes = _chain(node.func)
                if root in foreign and WRITES & set(attributes):
                    offences.append(
                        f"{module}:{node.lineno} {root}.{'.'.join(reversed(attributes))}"
                    )
    assert not offences, (
        "These write or lock another domain's rows; call a function its owner offers "
        f"(its service, or its locks module): {offences}"
    )


def test_the_domain_contracts_name_every_domain() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    expected = {f"backend.{name}" for name in domains()}
    assembly = {"backend.schema", "backend.api", "backend.graphql_view", "backend.commit_hooks"}
    assert set(contracts["core-knows-no-domain"]["forbidden_modules"]) - assembly == expected
    assert set(contracts["domains-below-assembly"]["source_modules"]) == expected


def test_the_write_check_sees_a_foreign_write() -> None:
    """The checker itself: a service that bumps another domain's counter is caught."""
    tree = ast.parse(
        "from backend.projects.models import Project\n"
        "async def f():\n"
        "    await Project.filter(id=1).update(next_task_number=2)\n"
    )
    call = next(node for node in ast.walk(tree) if isinstance(node, ast.Call))
    root, attributes = _chain(call.func)
    assert root == "Project" and "update" in attributes
    assert [target for target, _ in _foreign_models("tasks", tree)] == ["backend.projects.models"]
