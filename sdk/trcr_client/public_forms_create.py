from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PublicFormFields


class PublicFormsCreate(BaseModel):
    public_forms_create: "PublicFormsCreatePublicFormsCreate" = Field(
        alias="publicFormsCreate"
    )


class PublicFormsCreatePublicFormsCreate(BaseModel):
    result: Optional["PublicFormsCreatePublicFormsCreateResult"]
    errors: list["PublicFormsCreatePublicFormsCreateErrors"]


PublicFormsCreatePublicFormsCreateResult = PublicFormFields


class PublicFormsCreatePublicFormsCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PublicFormsCreate.model_rebuild()
PublicFormsCreatePublicFormsCreate.model_rebuild()
