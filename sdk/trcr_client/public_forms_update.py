from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PublicFormFields


class PublicFormsUpdate(BaseModel):
    public_forms_update: "PublicFormsUpdatePublicFormsUpdate" = Field(
        alias="publicFormsUpdate"
    )


class PublicFormsUpdatePublicFormsUpdate(BaseModel):
    result: Optional["PublicFormsUpdatePublicFormsUpdateResult"]
    errors: list["PublicFormsUpdatePublicFormsUpdateErrors"]


PublicFormsUpdatePublicFormsUpdateResult = PublicFormFields


class PublicFormsUpdatePublicFormsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PublicFormsUpdate.model_rebuild()
PublicFormsUpdatePublicFormsUpdate.model_rebuild()
