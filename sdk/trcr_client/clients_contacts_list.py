from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ClientContactFields


class ClientsContactsList(BaseModel):
    clients_contacts_list: "ClientsContactsListClientsContactsList" = Field(
        alias="clientsContactsList"
    )


class ClientsContactsListClientsContactsList(BaseModel):
    items: list["ClientsContactsListClientsContactsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


ClientsContactsListClientsContactsListItems = ClientContactFields
ClientsContactsList.model_rebuild()
ClientsContactsListClientsContactsList.model_rebuild()
