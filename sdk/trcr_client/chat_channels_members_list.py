from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ChatChannelsMembersList(BaseModel):
    chat_channels_members_list: "ChatChannelsMembersListChatChannelsMembersList" = (
        Field(alias="chatChannelsMembersList")
    )


class ChatChannelsMembersListChatChannelsMembersList(BaseModel):
    items: list["ChatChannelsMembersListChatChannelsMembersListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


class ChatChannelsMembersListChatChannelsMembersListItems(BaseModel):
    channel_id: str = Field(alias="channelId")
    user_id: str = Field(alias="userId")
    user: Optional["ChatChannelsMembersListChatChannelsMembersListItemsUser"]
    created_at: datetime = Field(alias="createdAt")


class ChatChannelsMembersListChatChannelsMembersListItemsUser(BaseModel):
    id: str
    name: str
    email: Optional[str]


ChatChannelsMembersList.model_rebuild()
ChatChannelsMembersListChatChannelsMembersList.model_rebuild()
ChatChannelsMembersListChatChannelsMembersListItems.model_rebuild()
