from pydantic import Field

from .base_model import BaseModel


class NotificationsUnreadCount(BaseModel):
    notifications_unread_count: "NotificationsUnreadCountNotificationsUnreadCount" = (
        Field(alias="notificationsUnreadCount")
    )


class NotificationsUnreadCountNotificationsUnreadCount(BaseModel):
    unread_count: int = Field(alias="unreadCount")
    changed: int


NotificationsUnreadCount.model_rebuild()
