from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientContactFields


class ClientsContactsDelete(BaseModel):
    clients_contacts_delete: "ClientsContactsDeleteClientsContactsDelete" = Field(
        alias="clientsContactsDelete"
    )


class ClientsContactsDeleteClientsContactsDelete(BaseModel):
    result: Optional["ClientsContactsDeleteClientsContactsDeleteResult"]
    errors: list["ClientsContactsDeleteClientsContactsDeleteErrors"]


ClientsContactsDeleteClientsContactsDeleteResult = ClientContactFields


class ClientsContactsDeleteClientsContactsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsContactsDelete.model_rebuild()
ClientsContactsDeleteClientsContactsDelete.model_rebuild()
