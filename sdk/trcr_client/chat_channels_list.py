from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ChatChannelFields


class ChatChannelsList(BaseModel):
    chat_channels_list: "ChatChannelsListChatChannelsList" = Field(
        alias="chatChannelsList"
    )


class ChatChannelsListChatChannelsList(BaseModel):
    items: list["ChatChannelsListChatChannelsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


ChatChannelsListChatChannelsListItems = ChatChannelFields
ChatChannelsList.model_rebuild()
ChatChannelsListChatChannelsList.model_rebuild()
