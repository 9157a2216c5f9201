from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import PublicFormSubmissionFields


class PublicFormsSubmissionsList(BaseModel):
    public_forms_submissions_list: "PublicFormsSubmissionsListPublicFormsSubmissionsList" = Field(
        alias="publicFormsSubmissionsList"
    )


class PublicFormsSubmissionsListPublicFormsSubmissionsList(BaseModel):
    items: list["PublicFormsSubmissionsListPublicFormsSubmissionsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


PublicFormsSubmissionsListPublicFormsSubmissionsListItems = PublicFormSubmissionFields
PublicFormsSubmissionsList.model_rebuild()
PublicFormsSubmissionsListPublicFormsSubmissionsList.model_rebuild()
