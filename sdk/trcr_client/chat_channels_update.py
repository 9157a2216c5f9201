from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChatChannelFields


class ChatChannelsUpdate(BaseModel):
    chat_channels_update: "ChatChannelsUpdateChatChannelsUpdate" = Field(
        alias="chatChannelsUpdate"
    )


class ChatChannelsUpdateChatChannelsUpdate(BaseModel):
    result: Optional["ChatChannelsUpdateChatChannelsUpdateResult"]
    errors: list["ChatChannelsUpdateChatChannelsUpdateErrors"]


ChatChannelsUpdateChatChannelsUpdateResult = ChatChannelFields


class ChatChannelsUpdateChatChannelsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatChannelsUpdate.model_rebuild()
ChatChannelsUpdateChatChannelsUpdate.model_rebuild()
