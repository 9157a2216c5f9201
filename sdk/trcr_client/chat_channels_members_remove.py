from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class ChatChannelsMembersRemove(BaseModel):
    chat_channels_members_remove: "ChatChannelsMembersRemoveChatChannelsMembersRemove" = Field(
        alias="chatChannelsMembersRemove"
    )


class ChatChannelsMembersRemoveChatChannelsMembersRemove(BaseModel):
    result: Optional["ChatChannelsMembersRemoveChatChannelsMembersRemoveResult"]
    errors: list["ChatChannelsMembersRemoveChatChannelsMembersRemoveErrors"]


class ChatChannelsMembersRemoveChatChannelsMembersRemoveResult(BaseModel):
    channel_id: str = Field(alias="channelId")
    user_id: str = Field(alias="userId")
    created_at: datetime = Field(alias="createdAt")


class ChatChannelsMembersRemoveChatChannelsMembersRemoveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatChannelsMembersRemove.model_rebuild()
ChatChannelsMembersRemoveChatChannelsMembersRemove.model_rebuild()
