from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.invoices.models import DiscountKind, InvoiceStatus
from backend.mail.models import MailStatus
from backend.orgs.models import RoundingMode, Weekday
from backend.payments.models import PaymentKind
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index


class Migration(migrations.Migration):
    dependencies = [("models", "0005_foreign_key_indexes")]

    initial = False

    operations = [
        ops.CreateModel(
            name="Client",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="clients",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("name", fields.CharField(max_length=200)),
                ("name_key", fields.CharField(max_length=200)),
                ("email", fields.CharField(null=True, max_length=254)),
                ("currency", fields.CharField(max_length=3)),
                ("hourly_rate", fields.DecimalField(null=True, max_digits=12, decimal_places=2)),
                ("address", fields.TextField(null=True, unique=False)),
                ("tax_id", fields.CharField(null=True, max_length=64)),
                ("notes", fields.TextField(null=True, unique=False)),
                (
                    "archived_at",
                    fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
                ),
            ],
            options={
                "table": "clients",
                "app": "models",
                "unique_together": (("organization", "name_key"),),
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="ClientContact",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "client",
                    fields.ForeignKeyField(
                        "models.Client",
                        source_field="client_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="contacts",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("name", fields.CharField(max_length=200)),
                ("email", fields.CharField(null=True, max_length=254)),
                ("phone", fields.CharField(null=True, max_length=50)),
                ("role", fields.CharField(null=True, max_length=100)),
                ("is_billing_contact", fields.BooleanField(default=False, db_default=False)),
            ],
            options={
                "table": "client_contacts",
                "app": "models",
                "indexes": [Index(fields=["client_id"])],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="ClientNote",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "client",
                    fields.ForeignKeyField(
                        "models.Client",
                        source_field="client_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="client_notes",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "author",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="author_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("body", fields.TextField(unique=False)),
            ],
            options={
                "table": "client_notes",
                "app": "models",
                "indexes": [Index(fields=["client_id", "created_at"])],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="Invoice",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="invoices",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "client",
                    fields.ForeignKeyField(
                        "models.Client",
                        source_field="client_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="invoices",
                        on_delete=OnDelete.RESTRICT,
                    ),
                ),
                (
                    "status",
                    fields.CharEnumField(
                        default=InvoiceStatus.DRAFT,
                        description="DRAFT: draft\nSENT: sent\nPARTIALLY_PAID: partially_paid\nPAID: paid\nVOID: void",
                        db_default="draft",
                        enum_type=InvoiceStatus,
                        max_length=14,
                    ),
                ),
                ("number", fields.CharField(null=True, max_length=40)),
                ("number_year", fields.IntField(null=True)),
                ("number_sequence", fields.IntField(null=True)),
                ("currency", fields.CharField(max_length=3)),
                ("issue_date", fields.DateField(null=True)),
                ("due_date", fields.DateField(null=True)),
                ("notes", fields.TextField(null=True, unique=False)),
                (
                    "discount_kind",
                    fields.CharEnumField(
                        null=True,
                        description="PERCENT: percent\nAMOUNT: amount",
                        enum_type=DiscountKind,
                        max_length=7,
                    ),
                ),
                ("discount_value", fields.DecimalField(null=True, max_digits=19, decimal_places=4)),
                (
                    "subtotal",
                    fields.DecimalField(default=0, db_default=0, max_digits=19, decimal_places=4),
                ),
                (
                    "discount_total",
                    fields.DecimalField(default=0, db_default=0, max_digits=19, decimal_places=4),
                ),
                (
                    "tax_total",
                    fields.DecimalField(default=0, db_default=0, max_digits=19, decimal_places=4),
                ),
                (
                    "total",
                    fields.DecimalField(default=0, db_default=0, max_digits=19, decimal_places=4),
                ),
                (
                    "amount_paid",
                    fields.DecimalField(default=0, db_default=0, max_digits=19, decimal_places=4),
                ),
                (
                    "balance",
                    fields.DecimalField(default=0, db_default=0, max_digits=19, decimal_places=4),
                ),
                ("client_name", fields.CharField(null=True, max_length=200)),
                ("client_address", fields.TextField(null=True, unique=False)),
                ("client_tax_id", fields.CharField(null=True, max_length=64)),
                ("sent_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("paid_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("voided_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("void_reason", fields.TextField(null=True, unique=False)),
                (
                    "created_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="created_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
            ],
            options={
                "table": "invoices",
                "app": "models",
                "unique_together": (
                    ("organization", "number"),
                    ("organization", "number_year", "number_sequence"),
                ),
                "indexes": [
                    Index(fields=["organization_id", "status"]),
                    Index(fields=["client_id"]),
                ],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="InvoiceLine",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "invoice",
                    fields.ForeignKeyField(
                        "models.Invoice",
                        source_field="invoice_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="lines",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("position", fields.IntField()),
                ("description", fields.TextField(unique=False)),
                ("quantity", fields.DecimalField(max_digits=14, decimal_places=4)),
                ("unit_price", fields.DecimalField(max_digits=19, decimal_places=4)),
                (
                    "tax_rate",
                    fields.DecimalField(default=0, db_default=0, max_digits=7, decimal_places=4),
                ),
                ("amount", fields.DecimalField(max_digits=19, decimal_places=4)),
            ],
            options={
                "table": "invoice_lines",
                "app": "models",
                "indexes": [Index(fields=["invoice_id", "position"])],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="BilledTimeEntry",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "invoice",
                    fields.ForeignKeyField(
                        "models.Invoice",
                        source_field="invoice_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="billed_entries",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "line",
                    fields.ForeignKeyField(
                        "models.InvoiceLine",
                        source_field="line_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="billed_entries",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "time_entry",
                    fields.OneToOneField(
                        "models.TimeEntry",
                        source_field="time_entry_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="billing",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
            ],
            options={
                "table": "billed_time_entries",
                "app": "models",
                "indexes": [Index(fields=["invoice_id"])],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="InvoiceNumberCounter",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("year", fields.IntField()),
                ("last_sequence", fields.IntField(default=0)),
            ],
            options={
                "table": "invoice_number_counters",
                "app": "models",
                "unique_together": (("organization", "year"),),
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="OutgoingMail",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "recipients",
                    fields.JSONField(
                        encoder=functools.partial(dumps, separators=(",", ":")), decoder=loads
                    ),
                ),
                ("subject", fields.CharField(max_length=300)),
                ("body_text", fields.TextField(unique=False)),
                ("about_type", fields.CharField(null=True, max_length=40)),
                ("about_id", fields.UUIDField(null=True)),
                (
                    "status",
                    fields.CharEnumField(
                        default=MailStatus.QUEUED,
                        description="QUEUED: queued\nSENDING: sending\nSENT: sent\nFAILED: failed",
                        enum_type=MailStatus,
                        max_length=7,
                    ),
                ),
                ("attempts", fields.IntField(default=0)),
                ("last_error", fields.TextField(null=True, unique=False)),
                ("next_attempt_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("sent_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "outgoing_mail",
                "app": "models",
                "indexes": [
                    Index(fields=["status", "next_attempt_at"]),
                    Index(fields=["about_type", "about_id"]),
                ],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="MailAttachment",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "mail",
                    fields.ForeignKeyField(
                        "models.OutgoingMail",
                        source_field="mail_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="attachments",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("filename", fields.CharField(max_length=255)),
                ("content_type", fields.CharField(max_length=100)),
                ("content", fields.BinaryField()),
            ],
            options={
                "table": "mail_attachments",
                "app": "models",
                "indexes": [Index(fields=["mail_id"])],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.CreateModel(
            name="Payment",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
                (
                    "organization",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="organization_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="payments",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "invoice",
                    fields.ForeignKeyField(
                        "models.Invoice",
                        source_field="invoice_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="payments",
                        on_delete=OnDelete.RESTRICT,
                    ),
                ),
                (
                    "kind",
                    fields.CharEnumField(
                        default=PaymentKind.PAYMENT,
                        description="PAYMENT: payment\nREFUND: refund",
                        enum_type=PaymentKind,
                        max_length=7,
                    ),
                ),
                (
                    "refund_of",
                    fields.ForeignKeyField(
                        "models.Payment",
                        source_field="refund_of_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="refunds",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("amount", fields.DecimalField(max_digits=19, decimal_places=4)),
                ("currency", fields.CharField(max_length=3)),
                ("paid_on", fields.DateField()),
                ("method", fields.CharField(null=True, max_length=50)),
                ("reference", fields.CharField(null=True, max_length=200)),
                ("notes", fields.TextField(null=True, unique=False)),
                (
                    "recorded_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="recorded_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
            ],
            options={
                "table": "payments",
                "app": "models",
                "indexes": [
                    Index(fields=["invoice_id"]),
                    Index(fields=["organization_id", "paid_on"]),
                ],
                "pk_attr": "id",
            },
            bases=["Entity"],
        ),
        ops.AddField(
            model_name="Membership",
            name="cost_rate",
            field=fields.DecimalField(null=True, max_digits=12, decimal_places=2),
        ),
        ops.AddField(
            model_name="Membership",
            name="hourly_rate",
            field=fields.DecimalField(null=True, max_digits=12, decimal_places=2),
        ),
        ops.AddField(
            model_name="Membership",
            name="weekly_capacity_hours",
            field=fields.DecimalField(null=True, max_digits=5, decimal_places=2),
        ),
        ops.AddField(
            model_name="Organization",
            name="currency",
            field=fields.CharField(default="USD", db_default="USD", max_length=3),
        ),
        ops.AddField(
            model_name="Organization",
            name="default_hourly_rate",
            field=fields.DecimalField(null=True, max_digits=12, decimal_places=2),
        ),
        ops.AddField(
            model_name="Organization",
            name="invoice_prefix",
            field=fields.CharField(default="INV", db_default="INV", max_length=20),
        ),
        ops.AddField(
            model_name="Organization",
            name="payment_terms_days",
            field=fields.IntField(default=30, db_default=30),
        ),
        ops.AddField(
            model_name="Organization",
            name="rounding_minutes",
            field=fields.IntField(default=15, db_default=15),
        ),
        ops.AddField(
            model_name="Organization",
            name="rounding_mode",
            field=fields.CharEnumField(
                default=RoundingMode.NONE,
                description="NONE: none\nUP: up\nDOWN: down\nNEAREST: nearest",
                db_default="none",
                enum_type=RoundingMode,
                max_length=7,
            ),
        ),
        ops.AddField(
            model_name="Organization",
            name="timezone",
            field=fields.CharField(default="UTC", db_default="UTC", max_length=64),
        ),
        ops.AddField(
            model_name="Organization",
            name="week_start",
            field=fields.CharEnumField(
                default=Weekday.MONDAY,
                description="MONDAY: monday\nTUESDAY: tuesday\nWEDNESDAY: wednesday\nTHURSDAY: thursday\nFRIDAY: friday\nSATURDAY: saturday\nSUNDAY: sunday",
                db_default="monday",
                enum_type=Weekday,
                max_length=9,
            ),
        ),
        ops.AddField(
            model_name="Organization",
            name="weekly_capacity_hours",
            field=fields.DecimalField(default=40, db_default=40, max_digits=5, decimal_places=2),
        ),
        ops.AddField(
            model_name="Project",
            name="client",
            field=fields.ForeignKeyField(
                "models.Client",
                source_field="client_id",
                null=True,
                db_constraint=True,
                to_field="id",
                related_name="projects",
                on_delete=OnDelete.SET_NULL,
            ),
        ),
        ops.AddField(
            model_name="TimeEntry",
            name="cost_rate",
            field=fields.DecimalField(null=True, max_digits=12, decimal_places=2),
        ),
        ops.AddField(
            model_name="TimeEntry",
            name="hourly_rate",
            field=fields.DecimalField(null=True, max_digits=12, decimal_places=2),
        ),
    ]
