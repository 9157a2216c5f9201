from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import NotificationFields


class NotificationsDismiss(BaseModel):
    notifications_dismiss: "NotificationsDismissNotificationsDismiss" = Field(
        alias="notificationsDismiss"
    )


class NotificationsDismissNotificationsDismiss(BaseModel):
    result: Optional["NotificationsDismissNotificationsDismissResult"]
    errors: list["NotificationsDismissNotificationsDismissErrors"]


NotificationsDismissNotificationsDismissResult = NotificationFields


class NotificationsDismissNotificationsDismissErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


NotificationsDismiss.model_rebuild()
NotificationsDismissNotificationsDismiss.model_rebuild()
