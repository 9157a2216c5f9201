from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ClientFields


class ClientsList(BaseModel):
    clients_list: "ClientsListClientsList" = Field(alias="clientsList")


class ClientsListClientsList(BaseModel):
    items: list["ClientsListClientsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


ClientsListClientsListItems = ClientFields
ClientsList.model_rebuild()
ClientsListClientsList.model_rebuild()
