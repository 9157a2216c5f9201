"""Member reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.members import invitations, service
from backend.members.types import Invitation, Member


@strawberry.type
class MembersQuery:
    members_list = connection(
        service.list_members,
        Member,
        description="Members of the organization with their roles (for a guest, the people "
        "of their Spaces).",
    )
    members_get = query(service.get_member, Member, description="One member of the organization.")
    members_invitations_list = connection(
        invitations.list_invitations,
        Invitation,
        description="The organization's pending invitations (all with include_closed), oldest "
        "first; never their secrets.",
    )
