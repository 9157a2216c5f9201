from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PublicFormFields


class PublicFormsDelete(BaseModel):
    public_forms_delete: "PublicFormsDeletePublicFormsDelete" = Field(
        alias="publicFormsDelete"
    )


class PublicFormsDeletePublicFormsDelete(BaseModel):
    result: Optional["PublicFormsDeletePublicFormsDeleteResult"]
    errors: list["PublicFormsDeletePublicFormsDeleteErrors"]


PublicFormsDeletePublicFormsDeleteResult = PublicFormFields


class PublicFormsDeletePublicFormsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PublicFormsDelete.model_rebuild()
PublicFormsDeletePublicFormsDelete.model_rebuild()
