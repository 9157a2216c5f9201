from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import NotificationFields


class NotificationsList(BaseModel):
    notifications_list: "NotificationsListNotificationsList" = Field(
        alias="notificationsList"
    )


class NotificationsListNotificationsList(BaseModel):
    items: list["NotificationsListNotificationsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


NotificationsListNotificationsListItems = NotificationFields
NotificationsList.model_rebuild()
NotificationsListNotificationsList.model_rebuild()
