"""Organization reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.orgs import service
from backend.orgs.types import Organization, OrganizationToken


@strawberry.type
class OrgsQuery:
    orgs_get = query(
        service.get_organization, Organization, description="The token's organization."
    )
    orgs_tokens_list = connection(
        service.list_tokens,
        OrganizationToken,
        description="Every member's Personal Access Tokens in the organization (owner, name, "
        "prefix, created, last used, expiry, read-only), never their secrets; needs "
        "manage_members.",
    )
