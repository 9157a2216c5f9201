from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChatMessageFields


class ChatMessagesSend(BaseModel):
    chat_messages_send: "ChatMessagesSendChatMessagesSend" = Field(
        alias="chatMessagesSend"
    )


class ChatMessagesSendChatMessagesSend(BaseModel):
    result: Optional["ChatMessagesSendChatMessagesSendResult"]
    errors: list["ChatMessagesSendChatMessagesSendErrors"]


ChatMessagesSendChatMessagesSendResult = ChatMessageFields


class ChatMessagesSendChatMessagesSendErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ChatMessagesSend.model_rebuild()
ChatMessagesSendChatMessagesSend.model_rebuild()
