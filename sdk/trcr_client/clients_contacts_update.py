from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ClientContactFields


class ClientsContactsUpdate(BaseModel):
    clients_contacts_update: "ClientsContactsUpdateClientsContactsUpdate" = Field(
        alias="clientsContactsUpdate"
    )


class ClientsContactsUpdateClientsContactsUpdate(BaseModel):
    result: Optional["ClientsContactsUpdateClientsContactsUpdateResult"]
    errors: list["ClientsContactsUpdateClientsContactsUpdateErrors"]


ClientsContactsUpdateClientsContactsUpdateResult = ClientContactFields


class ClientsContactsUpdateClientsContactsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ClientsContactsUpdate.model_rebuild()
ClientsContactsUpdateClientsContactsUpdate.model_rebuild()
