"""Organization changes: its name and settings."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.orgs import settings
from backend.orgs.types import Organization


@strawberry.type
class OrgsMutation:
    orgs_update = mutation(
        settings.update_organization,
        Organization,
        description="Change the organization's name or settings (needs manage_org); omitted "
        "arguments stay unchanged. Issued invoices keep what they were sent with.",
    )
