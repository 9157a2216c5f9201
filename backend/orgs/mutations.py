"""Organization changes: revoking any member's token."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.orgs import service
from backend.orgs.types import OrganizationToken


@strawberry.type
class OrgsMutation:
    orgs_tokens_revoke = mutation(
        service.revoke_token,
        OrganizationToken,
        description="Revoke a member's token in this organization; it stops working at once. "
        "Needs manage_members; only an owner revokes an owner's token.",
    )
