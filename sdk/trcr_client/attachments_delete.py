from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import AttachmentFields


class AttachmentsDelete(BaseModel):
    attachments_delete: "AttachmentsDeleteAttachmentsDelete" = Field(
        alias="attachmentsDelete"
    )


class AttachmentsDeleteAttachmentsDelete(BaseModel):
    result: Optional["AttachmentsDeleteAttachmentsDeleteResult"]
    errors: list["AttachmentsDeleteAttachmentsDeleteErrors"]


AttachmentsDeleteAttachmentsDeleteResult = AttachmentFields


class AttachmentsDeleteAttachmentsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


AttachmentsDelete.model_rebuild()
AttachmentsDeleteAttachmentsDelete.model_rebuild()
