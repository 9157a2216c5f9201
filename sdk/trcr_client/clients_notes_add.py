from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class ClientsNotesAdd(BaseModel):
    clients_notes_add: "ClientsNotesAddClientsNotesAdd" = Field(alias="clientsNotesAdd")


class ClientsNotesAddClientsNotesAdd(BaseModel):
    result: Optional["ClientsNotesAddClientsNotesAddResult"]
    errors: list["ClientsNotesAddClientsNotesAddErrors"]


class ClientsNotesAddClientsNotesAddResult(BaseModel):
    id: str
    client_id: str = Field(alias="clientId")
    author_id: Optional[str] = Field(alias="authorId")
    body: str
    created_at: datetime = Field(alias="createdAt")


class ClientsNotesAddClientsNotesAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsNotesAdd.model_rebuild()
ClientsNotesAddClientsNotesAdd.model_rebuild()
