from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChatChannelFields


class ChatChannelsArchive(BaseModel):
    chat_channels_archive: "ChatChannelsArchiveChatChannelsArchive" = Field(
        alias="chatChannelsArchive"
    )


class ChatChannelsArchiveChatChannelsArchive(BaseModel):
    result: Optional["ChatChannelsArchiveChatChannelsArchiveResult"]
    errors: list["ChatChannelsArchiveChatChannelsArchiveErrors"]


ChatChannelsArchiveChatChannelsArchiveResult = ChatChannelFields


class ChatChannelsArchiveChatChannelsArchiveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatChannelsArchive.model_rebuild()
ChatChannelsArchiveChatChannelsArchive.model_rebuild()
