"""What runs inside every unit of work before it commits, in this order, then the outbox.

The one list of commit hooks (see backend/core/unit_of_work.py). The composition root
(trcr/app.py, trcr/cli.py) and the test suite install it once at start.
"""

from __future__ import annotations

from backend.attachments.hooks import remove_attachments_of_deleted_entities
from backend.audit.hook import write_audit_entry
from backend.core.unit_of_work import CommitHook, install_commit_hooks, install_event_writer
from backend.events import outbox
from backend.notifications.hook import create_notifications

COMMIT_HOOKS: tuple[CommitHook, ...] = (
    remove_attachments_of_deleted_entities,
    create_notifications,
    # Last: it names every row the hooks before it changed (notifications are not audited).
    write_audit_entry,
)


def install() -> None:
    install_commit_hooks(*COMMIT_HOOKS)
    # After the hooks, in the same transaction: the events they and the service recorded.
    install_event_writer(outbox.write)
