from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChatChannelFields


class ChatChannelsUnarchive(BaseModel):
    chat_channels_unarchive: "ChatChannelsUnarchiveChatChannelsUnarchive" = Field(
        alias="chatChannelsUnarchive"
    )


class ChatChannelsUnarchiveChatChannelsUnarchive(BaseModel):
    result: Optional["ChatChannelsUnarchiveChatChannelsUnarchiveResult"]
    errors: list["ChatChannelsUnarchiveChatChannelsUnarchiveErrors"]


ChatChannelsUnarchiveChatChannelsUnarchiveResult = ChatChannelFields


class ChatChannelsUnarchiveChatChannelsUnarchiveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatChannelsUnarchive.model_rebuild()
ChatChannelsUnarchiveChatChannelsUnarchive.model_rebuild()
