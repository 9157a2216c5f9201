from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode, NotificationKind, WeekStart


class UsersUpdatePreferences(BaseModel):
    users_update_preferences: "UsersUpdatePreferencesUsersUpdatePreferences" = Field(
        alias="usersUpdatePreferences"
    )


class UsersUpdatePreferencesUsersUpdatePreferences(BaseModel):
    result: Optional["UsersUpdatePreferencesUsersUpdatePreferencesResult"]
    errors: list["UsersUpdatePreferencesUsersUpdatePreferencesErrors"]


class UsersUpdatePreferencesUsersUpdatePreferencesResult(BaseModel):
    notification_kinds: list[NotificationKind] = Field(alias="notificationKinds")
    week_start: Optional[WeekStart] = Field(alias="weekStart")


class UsersUpdatePreferencesUsersUpdatePreferencesErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


UsersUpdatePreferences.model_rebuild()
UsersUpdatePreferencesUsersUpdatePreferences.model_rebuild()
