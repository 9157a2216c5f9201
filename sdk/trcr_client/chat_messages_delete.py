from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class ChatMessagesDelete(BaseModel):
    chat_messages_delete: "ChatMessagesDeleteChatMessagesDelete" = Field(
        alias="chatMessagesDelete"
    )


class ChatMessagesDeleteChatMessagesDelete(BaseModel):
    result: Optional["ChatMessagesDeleteChatMessagesDeleteResult"]
    errors: list["ChatMessagesDeleteChatMessagesDeleteErrors"]


class ChatMessagesDeleteChatMessagesDeleteResult(BaseModel):
    id: str
    channel_id: str = Field(alias="channelId")
    deleted_at: Optional[datetime] = Field(alias="deletedAt")


class ChatMessagesDeleteChatMessagesDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatMessagesDelete.model_rebuild()
ChatMessagesDeleteChatMessagesDelete.model_rebuild()
