"""Client rows by id, batched per request."""

from __future__ import annotations

from backend.clients.models import Client
from backend.core.loaders import by_id

clients_by_id = by_id(Client)
