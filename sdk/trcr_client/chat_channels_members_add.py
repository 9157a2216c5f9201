from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class ChatChannelsMembersAdd(BaseModel):
    chat_channels_members_add: "ChatChannelsMembersAddChatChannelsMembersAdd" = Field(
        alias="chatChannelsMembersAdd"
    )


class ChatChannelsMembersAddChatChannelsMembersAdd(BaseModel):
    result: Optional["ChatChannelsMembersAddChatChannelsMembersAddResult"]
    errors: list["ChatChannelsMembersAddChatChannelsMembersAddErrors"]


class ChatChannelsMembersAddChatChannelsMembersAddResult(BaseModel):
    channel_id: str = Field(alias="channelId")
    user_id: str = Field(alias="userId")
    user: Optional["ChatChannelsMembersAddChatChannelsMembersAddResultUser"]
    created_at: datetime = Field(alias="createdAt")


class ChatChannelsMembersAddChatChannelsMembersAddResultUser(BaseModel):
    id: str
    name: str
    email: Optional[str]


class ChatChannelsMembersAddChatChannelsMembersAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatChannelsMembersAdd.model_rebuild()
ChatChannelsMembersAddChatChannelsMembersAdd.model_rebuild()
ChatChannelsMembersAddChatChannelsMembersAddResult.model_rebuild()
