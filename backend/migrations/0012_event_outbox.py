from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

# Partial indexes (same syntax on SQLite and PostgreSQL): the relay's "unpublished rows, oldest
# first" and the pruning of published rows past the retention window stay cheap however many
# rows the outbox retains.
_PARTIAL_INDEXES = [
    "CREATE INDEX event_outbox_unpublished ON event_outbox (organization_id, sequence) "
    "WHERE published_at IS NULL",
    "CREATE INDEX event_outbox_published ON event_outbox (created_at) "
    "WHERE published_at IS NOT NULL",
]


class Migration(migrations.Migration):
    dependencies = [('models', '0011_accountability')]

    initial = False

    operations = [
        ops.CreateModel(
            name='EventOutboxEntry',
            fields=[
                ('id', fields.UUIDField(primary_key=True, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
                ('sequence', fields.BigIntField()),
                ('type', fields.CharField(max_length=100)),
                ('message', fields.TextField(unique=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('published_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'event_outbox', 'app': 'models', 'unique_together': (('organization', 'sequence'),), 'pk_attr': 'id', 'table_description': 'One committed event: its wire JSON, and when (if yet) the relay handed it to the broker.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='EventSequence',
            fields=[
                ('organization_id', fields.UUIDField(primary_key=True, unique=True, db_index=True)),
                ('last_sequence', fields.BigIntField(default=0)),
            ],
            options={'table': 'event_sequences', 'app': 'models', 'pk_attr': 'organization_id', 'table_description': "The last sequence number given in an organization (one row per organization)."},
            bases=['Model'],
        ),
        ops.RunSQL(_PARTIAL_INDEXES),
    ]
