"""Who may call each tool: one row per tool of the catalog, one column per role.

Every tool is called through the MCP executor (the same path assistants use) by an owner,
admin, manager, member and guest who all belong to an open Space, and by an organization member
outside a private Space ("outsider"). Each call gets fresh objects, so a destructive call by one
role cannot hide the answer to the next (the objects come from tests/backend/world.py). Allowed
calls must succeed outright; refused ones must answer FORBIDDEN or NOT_FOUND (a private Space's
content is invisible, not forbidden). A tool without a row fails the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.settings import Settings
from backend.users.authentication import authenticate
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.world import Scene, World, make_world, unique
from tests.conftest import Workspace, new_workspace
from tests.support import Database

ROLES = ("owner", "admin", "manager", "member", "guest", "outsider")
EVERYONE = frozenset(ROLES)
IN_SPACE = EVERYONE - {"outsider"}  # read access to the Space
TASK_WRITERS = frozenset({"owner", "admin", "manager", "member"})  # manage_tasks, in the Space
MANAGERS = frozenset({"owner", "admin", "manager"})  # manage_projects
BILLING = frozenset({"owner", "admin"})  # manage_billing (clients are billing data)
# Organization-wide objects (labels, the organization's workflow) are in no Space: the
# outsider is an ordinary member there.
ORG_TASK_WRITERS = TASK_WRITERS | {"outsider"}
MEMBER_MANAGERS = frozenset({"owner", "admin"})  # manage_members
INTEGRATORS = frozenset({"owner", "admin"})  # manage_integrations


Arguments = Callable[[World], dict[str, Any]]

# tool: (arguments, roles allowed)
TABLE: dict[str, tuple[Arguments, frozenset[str]]] = {
    # projects
    "projects_list": (lambda w: {}, EVERYONE),
    "projects_get": (lambda w: {"project_id": w.project}, IN_SPACE),
    "projects_create": (lambda w: {"name": unique("Space")}, MANAGERS),
    "projects_update": (lambda w: {"project_id": w.project, "name": "Renamed"}, MANAGERS),
    "projects_archive": (lambda w: {"project_id": w.project}, MANAGERS),
    "projects_unarchive": (lambda w: {"project_id": w.project}, MANAGERS),
    "projects_delete": (lambda w: {"project_id": w.project}, MANAGERS),
    "projects_members_list": (lambda w: {"project_id": w.project}, IN_SPACE),
    "projects_members_add": (lambda w: {"project_id": w.project, "user_id": w.colleague}, MANAGERS),
    "projects_members_remove": (
        lambda w: {"project_id": w.project, "user_id": w.colleague},
        MANAGERS,
    ),
    "projects_stats": (lambda w: {"project_id": w.project}, IN_SPACE),
    # tasks
    "tasks_list": (lambda w: {}, EVERYONE),  # lists what the caller can see
    "tasks_get": (lambda w: {"task_id": w.task}, IN_SPACE),
    "tasks_create": (lambda w: {"project_id": w.project, "title": "New"}, TASK_WRITERS),
    "tasks_update": (lambda w: {"task_id": w.task, "title": "Renamed"}, TASK_WRITERS),
    "tasks_delete": (lambda w: {"task_id": w.task}, TASK_WRITERS),
    "tasks_assign": (lambda w: {"task_id": w.task, "user_id": w.colleague}, TASK_WRITERS),
    "tasks_unassign": (lambda w: {"task_id": w.other_task, "user_id": w.colleague}, TASK_WRITERS),
    "tasks_set_status": (lambda w: {"task_id": w.other_task, "status_id": w.status}, TASK_WRITERS),
    "tasks_move": (lambda w: {"task_id": w.task, "position": 0}, TASK_WRITERS),
    "tasks_reorder": (
        lambda w: {"group_id": w.group, "task_ids": [w.other_task, w.task]},
        TASK_WRITERS,
    ),
    "tasks_labels_add": (lambda w: {"task_id": w.other_task, "label_id": w.label}, TASK_WRITERS),
    "tasks_labels_remove": (lambda w: {"task_id": w.task, "label_id": w.label}, TASK_WRITERS),
    "tasks_comments_list": (lambda w: {"task_id": w.task}, IN_SPACE),
    "tasks_comments_add": (lambda w: {"task_id": w.task, "body": "Looks good"}, TASK_WRITERS),
    # The world's comment is the caller's own: authors edit and delete their comments.
    "tasks_comments_update": (lambda w: {"comment_id": w.comment, "body": "Edited"}, TASK_WRITERS),
    "tasks_comments_delete": (lambda w: {"comment_id": w.comment}, TASK_WRITERS),
    "tasks_checklist_list": (lambda w: {"task_id": w.task}, IN_SPACE),
    "tasks_checklist_add": (lambda w: {"task_id": w.task, "text": "Another step"}, TASK_WRITERS),
    "tasks_checklist_update": (lambda w: {"item_id": w.item, "text": "Renamed step"}, TASK_WRITERS),
    "tasks_checklist_reorder": (lambda w: {"task_id": w.task, "item_ids": [w.item]}, TASK_WRITERS),
    "tasks_checklist_delete": (lambda w: {"item_id": w.item}, TASK_WRITERS),
    "tasks_dependencies_list": (lambda w: {"task_id": w.task}, IN_SPACE),
    "tasks_dependencies_list_all": (lambda w: {}, EVERYONE),  # every edge the caller can see
    "tasks_dependencies_add": (
        lambda w: {"task_id": w.other_task, "depends_on_task_id": w.task},
        frozenset(),
    ),
    "tasks_dependencies_remove": (
        lambda w: {"task_id": w.task, "depends_on_task_id": w.other_task},
        TASK_WRITERS,
    ),
    # task_groups
    "task_groups_list": (lambda w: {"project_id": w.project}, IN_SPACE),
    "task_groups_create": (lambda w: {"project_id": w.project, "name": "Review"}, TASK_WRITERS),
    "task_groups_rename": (lambda w: {"group_id": w.group, "name": "Done"}, TASK_WRITERS),
    "task_groups_reorder": (
        lambda w: {"project_id": w.project, "group_ids": w.groups},
        TASK_WRITERS,
    ),
    "task_groups_delete": (lambda w: {"group_id": w.group}, TASK_WRITERS),
    # task_statuses: the organization's workflow is configuration (manage_projects)
    "task_statuses_list": (lambda w: {}, EVERYONE),
    "task_statuses_create": (lambda w: {"name": unique("QA")}, MANAGERS),
    "task_statuses_update": (lambda w: {"status_id": w.status, "color": "#123456"}, MANAGERS),
    "task_statuses_reorder": (lambda w: {"status_ids": list(reversed(w.org_statuses))}, MANAGERS),
    "task_statuses_delete": (
        lambda w: {"status_id": w.status, "replacement_status_id": w.first_status},
        MANAGERS,
    ),
    # task_recurrences
    "task_recurrences_list": (lambda w: {}, EVERYONE),
    "task_recurrences_get": (lambda w: {"recurrence_id": w.recurrence}, IN_SPACE),
    "task_recurrences_occurrences_list": (lambda w: {"recurrence_id": w.recurrence}, IN_SPACE),
    "task_recurrences_create": (
        lambda w: {
            "project_id": w.project,
            "title": "Weekly",
            "rule": {"frequency": "WEEKLY"},
            "starts_on": "2026-12-07",
        },
        TASK_WRITERS,
    ),
    "task_recurrences_update": (
        lambda w: {"recurrence_id": w.recurrence, "title": "Renamed"},
        TASK_WRITERS,
    ),
    "task_recurrences_delete": (lambda w: {"recurrence_id": w.recurrence}, TASK_WRITERS),
    # labels: organization-wide
    "labels_list": (lambda w: {}, EVERYONE),
    "labels_create": (lambda w: {"name": unique("label")}, ORG_TASK_WRITERS),
    "labels_update": (lambda w: {"label_id": w.label, "color": "#abcdef"}, ORG_TASK_WRITERS),
    "labels_delete": (lambda w: {"label_id": w.label}, ORG_TASK_WRITERS),
    # milestones, exactly as the product document says: reads need the Space, writes manage_tasks
    "milestones_list": (lambda w: {"project_id": w.project}, IN_SPACE),
    "milestones_create": (
        lambda w: {"project_id": w.project, "title": "Beta", "target_date": "2026-12-15"},
        TASK_WRITERS,
    ),
    "milestones_update": (lambda w: {"milestone_id": w.milestone, "title": "GA"}, TASK_WRITERS),
    "milestones_delete": (lambda w: {"milestone_id": w.milestone}, TASK_WRITERS),
    # the caller, their organization and its members
    "whoami": (lambda w: {}, EVERYONE),
    "orgs_get": (lambda w: {}, EVERYONE),
    "members_list": (lambda w: {}, EVERYONE),
    "members_get": (lambda w: {"user_id": w.colleague}, EVERYONE),
    # the world's member is a fresh one per call, so a removal cannot hide the next answer
    "members_update_role": (lambda w: {"user_id": w.member, "role": "MANAGER"}, MEMBER_MANAGERS),
    "members_remove": (lambda w: {"user_id": w.member}, MEMBER_MANAGERS),
    "members_invite": (
        lambda w: {"email": f"{unique('new').replace(' ', '-')}@example.test", "role": "MEMBER"},
        MEMBER_MANAGERS,
    ),
    "members_invitations_list": (lambda w: {}, MEMBER_MANAGERS),
    "members_invitations_revoke": (lambda w: {"invitation_id": w.invitation}, MEMBER_MANAGERS),
    # every member's tokens (the world's token is a spare one of the caller)
    "orgs_tokens_list": (lambda w: {}, MEMBER_MANAGERS),
    "orgs_tokens_revoke": (lambda w: {"token_id": w.token}, MEMBER_MANAGERS),
    # users: the colleague works in the open Space with every role but the outsider, who sees
    # the whole organization as an ordinary member
    "users_get": (lambda w: {"user_id": w.colleague}, EVERYONE),
    "users_update_profile": (lambda w: {"name": "Renamed", "timezone": "Europe/Berlin"}, EVERYONE),
    # tokens: everyone manages their own (the world's token is a spare one of the caller)
    "users_tokens_list": (lambda w: {}, EVERYONE),
    "users_tokens_create": (lambda w: {"name": unique("token")}, EVERYONE),
    "users_tokens_revoke": (lambda w: {"token_id": w.token}, EVERYONE),
    # time: track_time in a Space the caller can see; the world's entry is the caller's own
    "time_current_timer": (lambda w: {}, EVERYONE),
    "time_start_timer": (lambda w: {"task_id": w.task}, IN_SPACE),
    "time_stop_timer": (lambda w: {}, EVERYONE),
    "time_entries_list": (lambda w: {}, EVERYONE),
    "time_entries_get": (lambda w: {"entry_id": w.entry}, IN_SPACE),
    "time_entries_create": (
        lambda w: {"started_at": "2026-11-03T09:00:00Z", "duration_minutes": 30, "task_id": w.task},
        IN_SPACE,
    ),
    "time_entries_update": (lambda w: {"entry_id": w.entry, "description": "Edited"}, IN_SPACE),
    "time_entries_delete": (lambda w: {"entry_id": w.entry}, IN_SPACE),
    # the caller's own running timer (wherever it runs), like time_stop_timer
    "time_update_timer": (lambda w: {"description": "Edited"}, EVERYONE),
    "time_discard_timer": (lambda w: {}, EVERYONE),
    "time_entries_rerate": (lambda w: {}, MANAGERS),  # manage_time
    # organization settings: manage_org
    "orgs_update": (lambda w: {"payment_terms_days": 14}, frozenset({"owner"})),
    # members' rates: manage_members and view_rates
    "members_update_rates": (
        lambda w: {"user_id": w.colleague, "hourly_rate": "90", "cost_rate": "40"},
        BILLING,
    ),
    # clients: manage_billing, reads included
    "clients_list": (lambda w: {}, BILLING),
    "clients_get": (lambda w: {"client_id": w.client}, BILLING),
    "clients_create": (lambda w: {"name": unique("Client")}, BILLING),
    "clients_update": (lambda w: {"client_id": w.client, "email": "a@example.test"}, BILLING),
    "clients_archive": (lambda w: {"client_id": w.client}, BILLING),
    "clients_unarchive": (lambda w: {"client_id": w.client}, BILLING),
    "clients_delete": (lambda w: {"client_id": w.spare_client}, BILLING),  # one without invoices
    "clients_contacts_list": (lambda w: {"client_id": w.client}, BILLING),
    "clients_contacts_create": (lambda w: {"client_id": w.client, "name": "Ann"}, BILLING),
    "clients_contacts_update": (lambda w: {"contact_id": w.contact, "phone": "+1 555"}, BILLING),
    "clients_contacts_delete": (lambda w: {"contact_id": w.contact}, BILLING),
    "clients_activity_list": (lambda w: {"client_id": w.client}, BILLING),
    "clients_notes_add": (lambda w: {"client_id": w.client, "body": "Called"}, BILLING),
    # invoices: billing data, manage_billing for every tool
    "invoices_list": (lambda w: {}, BILLING),
    "invoices_get": (lambda w: {"invoice_id": w.invoice}, BILLING),
    "invoices_create": (lambda w: {"client_id": w.client}, BILLING),
    "invoices_create_from_time": (
        lambda w: {"client_id": w.client, "from": "2026-11-01", "to": "2026-11-30"},
        BILLING,
    ),
    "invoices_update": (lambda w: {"invoice_id": w.invoice, "notes": "Thanks"}, BILLING),
    "invoices_delete": (lambda w: {"invoice_id": w.invoice}, BILLING),
    "invoices_line_items_add": (
        lambda w: {
            "invoice_id": w.invoice,
            "description": "More",
            "quantity": "1",
            "unit_price": "5",
        },
        BILLING,
    ),
    "invoices_line_items_update": (
        lambda w: {"line_item_id": w.line_item, "quantity": "2"},
        BILLING,
    ),
    "invoices_line_items_remove": (lambda w: {"line_item_id": w.line_item}, BILLING),
    "invoices_send": (lambda w: {"invoice_id": w.invoice}, BILLING),
    "invoices_mark_paid": (lambda w: {"invoice_id": w.sent_invoice}, BILLING),
    "invoices_void": (lambda w: {"invoice_id": w.sent_invoice, "reason": "Duplicate"}, BILLING),
    # payments
    "payments_list": (lambda w: {}, BILLING),
    "payments_get": (lambda w: {"payment_id": w.payment}, BILLING),
    "payments_record": (
        lambda w: {"invoice_id": w.sent_invoice, "amount": "5", "paid_on": "2026-11-21"},
        BILLING,
    ),
    "payments_update": (lambda w: {"payment_id": w.payment, "amount": "20"}, BILLING),
    "payments_delete": (lambda w: {"payment_id": w.payment}, BILLING),
    "payments_refund": (lambda w: {"payment_id": w.payment, "amount": "5"}, BILLING),
    # chat: the world's channel is its Space's; private_channel has the caller as a member
    "chat_channels_list": (lambda w: {}, EVERYONE),
    "chat_channels_create": (lambda w: {"name": unique("channel")}, ORG_TASK_WRITERS),
    "chat_channels_update": (lambda w: {"channel_id": w.channel, "name": "Renamed"}, MANAGERS),
    "chat_channels_archive": (lambda w: {"channel_id": w.channel}, MANAGERS),
    "chat_channels_unarchive": (lambda w: {"channel_id": w.channel}, MANAGERS),
    "chat_channels_members_list": (lambda w: {"channel_id": w.private_channel}, EVERYONE),
    "chat_channels_members_add": (
        lambda w: {"channel_id": w.private_channel, "user_id": w.colleague},
        MANAGERS,
    ),
    "chat_channels_members_remove": (
        lambda w: {"channel_id": w.private_channel, "user_id": w.owner},
        MANAGERS,
    ),
    "chat_messages_list": (lambda w: {"channel_id": w.channel}, IN_SPACE),
    "chat_messages_send": (lambda w: {"channel_id": w.channel, "body": "Hello"}, IN_SPACE),
    # The world's message is the caller's own: authors edit and delete their messages.
    "chat_messages_edit": (lambda w: {"message_id": w.message, "body": "Edited"}, IN_SPACE),
    "chat_messages_delete": (lambda w: {"message_id": w.message}, IN_SPACE),
    # search: everyone searches what they can see
    "search": (lambda w: {"query": "Text"}, EVERYONE),
    # reports: view_reports (owner, admin, manager); the outsider is a member without it
    "reports_timesheet": (
        lambda w: {"from": "2026-11-01", "to": "2026-11-30", "project_ids": [w.project]},
        MANAGERS,
    ),
    "reports_revenue": (lambda w: {"from": "2026-11-01", "to": "2026-11-30"}, MANAGERS),
    "reports_utilization": (lambda w: {"from": "2026-11-01", "to": "2026-11-30"}, MANAGERS),
    "reports_profitability": (lambda w: {"from": "2026-11-01", "to": "2026-11-30"}, MANAGERS),
    "reports_unbilled": (lambda w: {"client_id": w.client}, MANAGERS),
    # git: linking is manage_integrations; a repository tied to the Space is read with it
    "git_repositories_list": (lambda w: {}, EVERYONE),
    "git_repositories_link": (
        lambda w: {"provider": "GITHUB", "full_name": f"acme/{unique('r').split()[1]}"},
        INTEGRATORS,
    ),
    "git_repositories_unlink": (lambda w: {"repository_id": w.repository}, INTEGRATORS),
    "git_branches_list": (lambda w: {"repository_id": w.repository}, IN_SPACE),
    "git_commits_list": (lambda w: {"repository_id": w.repository}, IN_SPACE),
    "git_commits_link_task": (
        lambda w: {"commit_id": w.commit, "task_id": w.task},
        TASK_WRITERS,
    ),
    # attachments: the entity's access (a task: read with the Space, change with manage_tasks)
    "attachments_list": (lambda w: {"entity_type": "task", "entity_id": w.task}, IN_SPACE),
    "attachments_get": (lambda w: {"attachment_id": w.attachment}, IN_SPACE),
    "attachments_upload": (
        lambda w: {
            "entity_type": "task",
            "entity_id": w.task,
            "filename": "a.txt",
            "content_base64": "aGVsbG8=",
        },
        TASK_WRITERS,
    ),
    "attachments_delete": (lambda w: {"attachment_id": w.attachment}, TASK_WRITERS),
    # public_forms: read with the Space; managing them and their submissions is manage_integrations
    "public_forms_list": (lambda w: {}, EVERYONE),
    "public_forms_get": (lambda w: {"form_id": w.form}, IN_SPACE),
    "public_forms_create": (
        lambda w: {
            "project_id": w.project,
            "title": "Contact",
            "fields": [{"name": "email", "label": "Email", "kind": "EMAIL", "required": True}],
        },
        INTEGRATORS,
    ),
    "public_forms_update": (lambda w: {"form_id": w.form, "is_open": False}, INTEGRATORS),
    "public_forms_delete": (lambda w: {"form_id": w.form}, INTEGRATORS),
    "public_forms_submissions_list": (lambda w: {"form_id": w.form}, INTEGRATORS),
    "public_forms_submissions_convert": (
        lambda w: {"submission_id": w.submission},
        INTEGRATORS,
    ),
    # notifications: everyone reads and changes only their own (the world's is the caller's)
    "notifications_list": (lambda w: {}, EVERYONE),
    "notifications_unread_count": (lambda w: {}, EVERYONE),
    "notifications_mark_read": (lambda w: {"notification_ids": [w.notification]}, EVERYONE),
    "notifications_mark_all_read": (lambda w: {}, EVERYONE),
    "notifications_dismiss": (lambda w: {"notification_id": w.notification}, EVERYONE),
    "users_update_preferences": (
        lambda w: {"notification_kinds": ["TASK_ASSIGNED"], "week_start": "MONDAY"},
        EVERYONE,
    ),
    # audit: view_audit (owners and admins)
    "audit_list": (lambda w: {}, frozenset({"owner", "admin"})),
    "audit_get": (lambda w: {"entry_id": w.audit_entry}, frozenset({"owner", "admin"})),
}
# other_task depends on nothing and task already depends on other_task: adding the reverse edge
# closes a cycle, so it must be refused for everyone (CONFLICT for writers: checked below).
CONFLICT_FOR_WRITERS = {"tasks_dependencies_add"}
# Stopping needs the caller's timer to run; every other world has none running.
WITH_RUNNING_TIMER = {"time_stop_timer", "time_update_timer", "time_discard_timer"}


async def _actors(workspace: Workspace) -> dict[str, tuple[Principal, str]]:
    actors = {"owner": (await authenticate(workspace.token), workspace.user_id)}
    for role in (Role.ADMIN, Role.MANAGER, Role.MEMBER, Role.GUEST):
        member = await workspace.add_member(role)
        actors[role.value] = (await authenticate(member.token), member.user_id)
    outsider = await workspace.add_member(Role.MEMBER)
    actors["outsider"] = (await authenticate(outsider.token), outsider.user_id)
    return actors


def _outcome(text: str, is_error: bool) -> str:
    if not is_error:
        return "allowed"
    match = re.search(r"\b(FORBIDDEN|NOT_FOUND|CONFLICT|INVALID)\b", text)
    return match.group(1).lower() if match else f"error: {text[:200]}"


async def test_every_tool_is_allowed_or_refused_per_role_as_the_table_says(
    database: Database, tmp_path: Any
) -> None:
    workspace = await new_workspace("Permissions")
    actors = await _actors(workspace)
    colleague = (await workspace.add_member(Role.MEMBER)).user_id
    owner = actors["owner"][0]
    in_space = [user_id for role, (_, user_id) in actors.items() if role != "outsider"]
    executor = create_mcp_endpoint(Settings()).executor

    mismatches = []
    for tool, (arguments, allowed) in TABLE.items():
        for role in ROLES:
            principal, _ = actors[role]
            scene = Scene(
                owner,
                principal,
                colleague,
                private=role == "outsider",
                members=in_space,
                timer_running=tool in WITH_RUNNING_TIMER,
            )
            world = await make_world(scene)
            result = await executor.call(tool, arguments(world), principal)
            text = " ".join(getattr(block, "text", "") for block in result.content)
            got = _outcome(text, bool(result.is_error))
            if tool in CONFLICT_FOR_WRITERS and role in TASK_WRITERS:
                expected = {"conflict"}
            else:
                expected = {"allowed"} if role in allowed else {"forbidden", "not_found"}
            if got not in expected:
                mismatches.append(
                    f"{tool} as {role}: expected {'/'.join(sorted(expected))}, got {got}"
                )
    assert mismatches == [], "\n".join(mismatches)


def test_the_table_has_a_row_for_every_tool_of_the_catalog() -> None:
    tools = create_mcp_endpoint(Settings()).executor.tools
    assert set(tools) - set(TABLE) == set(), "add a row for each new tool to TABLE"
    assert set(TABLE) - set(tools) == set()
