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
    ("backend.attachments.entities", "backend.clients.models"): (
        "finds the client an attachment belongs to, scoped by organization (no clients service yet)"
    ),
    ("backend.attachments.entities", "backend.invoices.models"): (
        "finds the invoice an attachment belongs to, scoped by organization (no invoices service yet)"
    ),
    ("backend.git.service", "backend.tasks.models"): (
        "annotates the Task row that tasks.service resolved from a key a commit mentions"
    ),
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
    ("backend.members.invitations", "backend.users.models"): (
        "names the PersonalAccessToken row users.service issued on accepting, a type, not a read"
    ),
    ("backend.members.service", "backend.projects.models"): (
        "a guest sees only the people of their Spaces: one subquery on Space memberships"
    ),
    ("backend.orgs.service", "backend.users.models"): (
        "names the PersonalAccessToken rows users.service scoped to the organization, a type"
    ),
    ("backend.orgs.types", "backend.users.models"): (
        "annotates the PersonalAccessToken row orgs.service returns with the organization's tokens"
    ),
    ("backend.notifications.reminders", "backend.tasks.models"): (
        "finds every organization's open tasks due tomorrow in one query (no principal: a loop)"
    ),
    ("backend.notifications.rules.context", "backend.tasks.models"): (
        "reads the assignees of a task the actor just changed, to notify its people"
    ),
    ("backend.chat.mentions", "backend.members.models"): (
        "matches @mentions against the organization's memberships (and their roles) in one query"
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
    ("backend.invoices.service", "backend.time.models"): (
        "selects a client's unbilled billable entries in one query to bill them (10,000 at once)"
    ),
    ("backend.invoices.service", "backend.projects.models"): (
        "finds the client's Spaces and their names in bulk for lines billed from tracked time"
    ),
    ("backend.invoices.service", "backend.tasks.models"): (
        "names the tasks of billed time in one query for lines grouped by task"
    ),
    ("backend.invoices.service", "backend.users.models"): (
        "names the people of billed time in one query for lines grouped by person"
    ),
    ("backend.invoices.service", "backend.orgs.models"): (
        "annotates the Organization that orgs.service returned; reads the RoundingMode enum"
    ),
    ("backend.invoices.pdf", "backend.orgs.models"): (
        "annotates the Organization whose details the PDF prints"
    ),
    ("backend.invoices.service", "backend.clients.models"): (
        "integrator: replace with clients.service (archived check, billing contact) once it lands"
    ),
    ("backend.payments.service", "backend.invoices.models"): (
        "annotates the Invoice row that invoices.service resolved and locked for the payment"
    ),
    ("backend.task_recurrences.scheduler", "backend.tasks.models"): (
        "reads the template task, its assignees and labels to copy into an occurrence"
    ),
    ("backend.clients.activity", "backend.invoices.models"): (
        "a client's history lists its invoices' created/sent/paid/voided times, keyset-paged "
        "in the same query shape as its other sources"
    ),
    ("backend.clients.activity", "backend.payments.models"): (
        "a client's history lists the payments and refunds of its invoices, keyset-paged"
    ),
    ("backend.clients.service", "backend.invoices.models"): (
        "clients_delete counts the client's invoices to refuse with the reason (the foreign "
        "key is RESTRICT; the count makes the refusal a clear CONFLICT instead of an error)"
    ),
    ("backend.time.rounding", "backend.orgs.models"): (
        "names the RoundingMode enum of the organization's settings, an enum, not a row"
    ),
    # reports: one SQL aggregate per report over other domains' tables (named from their models),
    # never rows loaded into Python; read-only
    ("backend.reports.service", "backend.time.models"): (
        "aggregates time entries (seconds, rates) per group in one SQL statement"
    ),
    ("backend.reports.service", "backend.projects.models"): (
        "joins a Space's client into the timesheet and unbilled aggregates (table name only)"
    ),
    ("backend.reports.service", "backend.invoices.models"): (
        "aggregates invoice totals and balances, and excludes billed entries from unbilled time"
    ),
    ("backend.reports.service", "backend.payments.models"): (
        "aggregates payments less refunds per group for the revenue report"
    ),
    ("backend.reports.service", "backend.clients.models"): (
        "names and currencies of the clients of the caller's Spaces, and the client_id filter"
    ),
    ("backend.reports.service", "backend.members.models"): (
        "members' capacity overrides for utilization, and the user_ids filter, in one query"
    ),
    ("backend.reports.service", "backend.users.models"): (
        "names of the grouped users of a timesheet, one query for the few groups"
    ),
    ("backend.reports.service", "backend.tasks.models"): (
        "titles and numbers of the grouped tasks of a timesheet, one query for the few groups"
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
