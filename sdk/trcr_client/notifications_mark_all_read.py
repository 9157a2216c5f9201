from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class NotificationsMarkAllRead(BaseModel):
    notifications_mark_all_read: "NotificationsMarkAllReadNotificationsMarkAllRead" = (
        Field(alias="notificationsMarkAllRead")
    )


class NotificationsMarkAllReadNotificationsMarkAllRead(BaseModel):
    result: Optional["NotificationsMarkAllReadNotificationsMarkAllReadResult"]
    errors: list["NotificationsMarkAllReadNotificationsMarkAllReadErrors"]


class NotificationsMarkAllReadNotificationsMarkAllReadResult(BaseModel):
    unread_count: int = Field(alias="unreadCount")
    changed: int


class NotificationsMarkAllReadNotificationsMarkAllReadErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


NotificationsMarkAllRead.model_rebuild()
NotificationsMarkAllReadNotificationsMarkAllRead.model_rebuild()
