"""Users by id, batched per request."""

from __future__ import annotations

from backend.core.loaders import by_id
from backend.users.models import User

users_by_id = by_id(User)
