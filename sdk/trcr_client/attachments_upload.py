from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import AttachmentFields


class AttachmentsUpload(BaseModel):
    attachments_upload: "AttachmentsUploadAttachmentsUpload" = Field(
        alias="attachmentsUpload"
    )


class AttachmentsUploadAttachmentsUpload(BaseModel):
    result: Optional["AttachmentsUploadAttachmentsUploadResult"]
    errors: list["AttachmentsUploadAttachmentsUploadErrors"]


AttachmentsUploadAttachmentsUploadResult = AttachmentFields


class AttachmentsUploadAttachmentsUploadErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


AttachmentsUpload.model_rebuild()
AttachmentsUploadAttachmentsUpload.model_rebuild()
