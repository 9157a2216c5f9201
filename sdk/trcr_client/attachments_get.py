from pydantic import Field

from .base_model import BaseModel
from .fragments import AttachmentFields


class AttachmentsGet(BaseModel):
    attachments_get: "AttachmentsGetAttachmentsGet" = Field(alias="attachmentsGet")


AttachmentsGetAttachmentsGet = AttachmentFields
AttachmentsGet.model_rebuild()
