from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChatChannelFields


class ChatChannelsCreate(BaseModel):
    chat_channels_create: "ChatChannelsCreateChatChannelsCreate" = Field(
        alias="chatChannelsCreate"
    )


class ChatChannelsCreateChatChannelsCreate(BaseModel):
    result: Optional["ChatChannelsCreateChatChannelsCreateResult"]
    errors: list["ChatChannelsCreateChatChannelsCreateErrors"]


ChatChannelsCreateChatChannelsCreateResult = ChatChannelFields


class ChatChannelsCreateChatChannelsCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatChannelsCreate.model_rebuild()
ChatChannelsCreateChatChannelsCreate.model_rebuild()
