from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PublicFormSubmissionFields


class PublicFormsSubmissionsConvert(BaseModel):
    public_forms_submissions_convert: "PublicFormsSubmissionsConvertPublicFormsSubmissionsConvert" = Field(
        alias="publicFormsSubmissionsConvert"
    )


class PublicFormsSubmissionsConvertPublicFormsSubmissionsConvert(BaseModel):
    result: Optional["PublicFormsSubmissionsConvertPublicFormsSubmissionsConvertResult"]
    errors: list["PublicFormsSubmissionsConvertPublicFormsSubmissionsConvertErrors"]


PublicFormsSubmissionsConvertPublicFormsSubmissionsConvertResult = (
    PublicFormSubmissionFields
)


class PublicFormsSubmissionsConvertPublicFormsSubmissionsConvertErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PublicFormsSubmissionsConvert.model_rebuild()
PublicFormsSubmissionsConvertPublicFormsSubmissionsConvert.model_rebuild()
