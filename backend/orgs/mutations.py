"""Organization changes: its name and settings, and revoking any member's token."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.orgs import service, settings
from backend.orgs.types import Organization, OrganizationToken


@strawberry.type
class OrgsMutation:
    orgs_update = mutation(
        settings.update_organization,
        Organization,
        description="Change the organization's name or settings (needs manage_org); omitted "
        "arguments stay unchanged. Issued invoices keep what they were sent with.",
    )
    orgs_tokens_revoke = mutation(
        service.revoke_token,
        OrganizationToken,
        description="Revoke a member's token in this organization; it stops working at once. "
        "Needs manage_members; only an owner revokes an owner's token.",
    )
