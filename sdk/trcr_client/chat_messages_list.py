from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ChatMessageFields


class ChatMessagesList(BaseModel):
    chat_messages_list: "ChatMessagesListChatMessagesList" = Field(
        alias="chatMessagesList"
    )


class ChatMessagesListChatMessagesList(BaseModel):
    items: list["ChatMessagesListChatMessagesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


ChatMessagesListChatMessagesListItems = ChatMessageFields
ChatMessagesList.model_rebuild()
ChatMessagesListChatMessagesList.model_rebuild()
