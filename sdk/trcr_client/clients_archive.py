from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientFields


class ClientsArchive(BaseModel):
    clients_archive: "ClientsArchiveClientsArchive" = Field(alias="clientsArchive")


class ClientsArchiveClientsArchive(BaseModel):
    result: Optional["ClientsArchiveClientsArchiveResult"]
    errors: list["ClientsArchiveClientsArchiveErrors"]


ClientsArchiveClientsArchiveResult = ClientFields


class ClientsArchiveClientsArchiveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsArchive.model_rebuild()
ClientsArchiveClientsArchive.model_rebuild()
