from pydantic import Field

from .base_model import BaseModel
from .fragments import PublicFormFields


class PublicFormsGet(BaseModel):
    public_forms_get: "PublicFormsGetPublicFormsGet" = Field(alias="publicFormsGet")


PublicFormsGetPublicFormsGet = PublicFormFields
PublicFormsGet.model_rebuild()
