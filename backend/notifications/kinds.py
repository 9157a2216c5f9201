"""The kinds of notification a person can receive (and turn off in users_update_preferences);
registered as the GraphQL enum NotificationKind here, where both domains that show it find it."""

from __future__ import annotations

from enum import StrEnum

import strawberry


class NotificationKind(StrEnum):
    TASK_ASSIGNED = "task_assigned"
    MENTIONED = "mentioned"
    TASK_COMMENTED = "task_commented"
    TASK_COMPLETED = "task_completed"
    TASK_MOVED = "task_moved"
    TASK_DUE_TOMORROW = "task_due_tomorrow"
    INVOICE_PAID = "invoice_paid"
    INVITATION_ACCEPTED = "invitation_accepted"


strawberry.enum(NotificationKind, description="What a notification is about.")
