from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChatMessageFields


class ChatMessagesEdit(BaseModel):
    chat_messages_edit: "ChatMessagesEditChatMessagesEdit" = Field(
        alias="chatMessagesEdit"
    )


class ChatMessagesEditChatMessagesEdit(BaseModel):
    result: Optional["ChatMessagesEditChatMessagesEditResult"]
    errors: list["ChatMessagesEditChatMessagesEditErrors"]


ChatMessagesEditChatMessagesEditResult = ChatMessageFields


class ChatMessagesEditChatMessagesEditErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatMessagesEdit.model_rebuild()
ChatMessagesEditChatMessagesEdit.model_rebuild()
