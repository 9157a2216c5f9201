"""Member changes: roles, rates, removal, invitations (and accepting one, which needs no token)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from backend.core.fields import check_bounds, mutation
from backend.core.graphql_types import Payload
from backend.core.resolvers import as_payload
from backend.members import invitations, rates, service
from backend.members.types import AcceptedInvitation, Invitation, Member


async def _accept(
    secret: Annotated[
        str,
        strawberry.argument(
            description="The secret from the invitation mail. At most "
            f"{invitations.MAX_SECRET} characters."
        ),
    ],
    name: Annotated[
        str,
        strawberry.argument(
            description="Your name, as colleagues will see it (an existing account keeps its "
            f"own). At most {invitations.MAX_NAME} characters."
        ),
    ],
) -> Payload[AcceptedInvitation]:
    async def call() -> invitations.Accepted:
        check_bounds("secret", secret, invitations.SECRET_BOUNDS)
        check_bounds("name", name, invitations.NAME_BOUNDS)
        return await invitations.accept_invitation(secret=secret, name=name)

    return await as_payload(call(), AcceptedInvitation.from_model)


@strawberry.type
class MembersMutation:
    members_update_rates = mutation(
        rates.update_rates,
        Member,
        description="Set a member's billing rate, cost rate and weekly capacity (manage_members "
        "and view_rates); omitted ones stay, tracked time keeps its rates.",
    )
    members_update_role = mutation(
        service.change_role,
        Member,
        description="Give a member another role. Nobody changes their own role, only an owner "
        "makes or unmakes an owner, and the last owner stays one.",
    )
    members_remove = mutation(
        service.remove_member,
        Member,
        description="Remove a member: their tokens stop working at once, their running timer "
        "stops, their history stays.",
    )
    members_invite = mutation(
        invitations.invite_member,
        Invitation,
        description="Invite someone by email with a role; they get a single-use secret by mail, "
        "valid for 7 days. Only an owner invites an owner.",
    )
    members_invitations_revoke = mutation(
        invitations.revoke_invitation,
        Invitation,
        description="Revoke a pending invitation; its secret stops working.",
    )
    # The one operation that needs no token (backend.graphql_view.PUBLIC_FIELDS): the secret
    # from the mail is the credential.
    members_invitations_accept = strawberry.mutation(
        resolver=_accept,
        description="Accept an invitation with the secret from its mail: join the organization "
        "(as a new user, or the existing one with the invited email) and get a Personal Access "
        "Token, shown once. Needs no token.",
    )
