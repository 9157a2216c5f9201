from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class NotificationsMarkRead(BaseModel):
    notifications_mark_read: "NotificationsMarkReadNotificationsMarkRead" = Field(
        alias="notificationsMarkRead"
    )


class NotificationsMarkReadNotificationsMarkRead(BaseModel):
    result: Optional["NotificationsMarkReadNotificationsMarkReadResult"]
    errors: list["NotificationsMarkReadNotificationsMarkReadErrors"]


class NotificationsMarkReadNotificationsMarkReadResult(BaseModel):
    unread_count: int = Field(alias="unreadCount")
    changed: int


class NotificationsMarkReadNotificationsMarkReadErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


NotificationsMarkRead.model_rebuild()
NotificationsMarkReadNotificationsMarkRead.model_rebuild()
