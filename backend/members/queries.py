"""Member reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.members import service
from backend.members.types import Member


@strawberry.type
class MembersQuery:
    members_list = connection(
        service.list_members, Member, description="Members of the organization with their roles."
    )
    members_get = query(service.get_member, Member, description="One member of the organization.")
