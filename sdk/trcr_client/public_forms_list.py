from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import PublicFormFields


class PublicFormsList(BaseModel):
    public_forms_list: "PublicFormsListPublicFormsList" = Field(alias="publicFormsList")


class PublicFormsListPublicFormsList(BaseModel):
    items: list["PublicFormsListPublicFormsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


PublicFormsListPublicFormsListItems = PublicFormFields
PublicFormsList.model_rebuild()
PublicFormsListPublicFormsList.model_rebuild()
