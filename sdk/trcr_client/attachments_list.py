from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import AttachmentFields


class AttachmentsList(BaseModel):
    attachments_list: "AttachmentsListAttachmentsList" = Field(alias="attachmentsList")


class AttachmentsListAttachmentsList(BaseModel):
    items: list["AttachmentsListAttachmentsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


AttachmentsListAttachmentsListItems = AttachmentFields
AttachmentsList.model_rebuild()
AttachmentsListAttachmentsList.model_rebuild()
