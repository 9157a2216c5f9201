from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0008_people')]

    initial = False

    operations = [
        ops.CreateModel(
            name='ChatChannel',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='chat_channels', on_delete=OnDelete.CASCADE)),
                ('project', fields.ForeignKeyField('models.Project', source_field='project_id', null=True, db_constraint=True, to_field='id', related_name='chat_channels', on_delete=OnDelete.CASCADE)),
                ('name', fields.CharField(max_length=80)),
                ('topic', fields.TextField(null=True, unique=False)),
                ('private', fields.BooleanField(default=False, db_default=False)),
                ('archived_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_by', fields.ForeignKeyField('models.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'chat_channels', 'app': 'models', 'indexes': [Index(fields=['organization_id', 'created_at']), Index(fields=['project_id'])], 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='ChatChannelMember',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('channel', fields.ForeignKeyField('models.ChatChannel', source_field='channel_id', db_constraint=True, to_field='id', related_name='members', on_delete=OnDelete.CASCADE)),
                ('user', fields.ForeignKeyField('models.User', source_field='user_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
            ],
            options={'table': 'chat_channel_members', 'app': 'models', 'unique_together': (('channel', 'user'),), 'indexes': [Index(fields=['user_id'])], 'pk_attr': 'id', 'table_description': 'A member of a private channel.'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='ChatMessage',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('organization', fields.ForeignKeyField('models.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='chat_messages', on_delete=OnDelete.CASCADE)),
                ('channel', fields.ForeignKeyField('models.ChatChannel', source_field='channel_id', db_constraint=True, to_field='id', related_name='messages', on_delete=OnDelete.CASCADE)),
                ('author', fields.ForeignKeyField('models.User', source_field='author_id', null=True, db_constraint=True, to_field='id', on_delete=OnDelete.SET_NULL)),
                ('body', fields.TextField(unique=False)),
                ('edited_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('deleted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'chat_messages', 'app': 'models', 'indexes': [Index(fields=['channel_id', 'created_at'])], 'pk_attr': 'id'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='ChatMessageMention',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('message', fields.ForeignKeyField('models.ChatMessage', source_field='message_id', db_constraint=True, to_field='id', related_name='mentions', on_delete=OnDelete.CASCADE)),
                ('user', fields.ForeignKeyField('models.User', source_field='user_id', db_constraint=True, to_field='id', on_delete=OnDelete.CASCADE)),
            ],
            options={'table': 'chat_message_mentions', 'app': 'models', 'unique_together': (('message', 'user'),), 'pk_attr': 'id', 'table_description': 'A user @mentioned in a message who can read its channel (notifications are built on it).'},
            bases=['Entity'],
        ),
        ops.CreateModel(
            name='SearchDocument',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('entity_type', fields.CharField(max_length=20)),
                ('entity_id', fields.UUIDField()),
                ('organization_id', fields.UUIDField()),
                ('project_id', fields.UUIDField(null=True)),
                ('channel_id', fields.UUIDField(null=True)),
                ('parent_id', fields.UUIDField(null=True)),
                ('keyword', fields.TextField(null=True, unique=False)),
                ('title', fields.TextField(null=True, unique=False)),
                ('body', fields.TextField(null=True, unique=False)),
            ],
            options={'table': 'search_documents', 'app': 'models', 'unique_together': (('entity_type', 'entity_id'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]


# --- The search index (raw SQL: FTS5 on SQLite, a generated tsvector with GIN on PostgreSQL) ---
#
# Triggers on each indexed table write its row's search document in the same transaction as the
# change, whichever code path makes it (services, the scheduler, cascades, the CLI): no domain's
# service knows about search. `{r}` below is the source row: NEW in a trigger, the table's alias
# when this migration indexes the rows that already exist.

_SOURCES = [
    {
        "table": "tasks",
        "type": "task",
        "organization_id": "{r}.organization_id",
        "project_id": "{r}.project_id",
        "channel_id": "NULL",
        "parent_id": "NULL",
        "keyword": "(SELECT p.key FROM projects p WHERE p.id = {r}.project_id) || '-' || {r}.number",
        "title": "{r}.title",
        "body": "{r}.description",
        "watched": ["title", "description", "number", "project_id"],
        "indexed_when": "1 = 1",
    },
    {
        "table": "task_comments",
        "type": "comment",
        "organization_id": "(SELECT t.organization_id FROM tasks t WHERE t.id = {r}.task_id)",
        "project_id": "(SELECT t.project_id FROM tasks t WHERE t.id = {r}.task_id)",
        "channel_id": "NULL",
        "parent_id": "{r}.task_id",
        "keyword": "NULL",
        "title": "NULL",
        "body": "{r}.body",
        "watched": ["body", "task_id"],
        "indexed_when": "1 = 1",
    },
    {
        "table": "projects",
        "type": "project",
        "organization_id": "{r}.organization_id",
        "project_id": "{r}.id",
        "channel_id": "NULL",
        "parent_id": "NULL",
        "keyword": "{r}.key",
        "title": "{r}.name",
        "body": "{r}.description",
        "watched": ["key", "name", "description"],
        "indexed_when": "1 = 1",
    },
    {
        "table": "chat_messages",
        "type": "chat_message",
        "organization_id": "{r}.organization_id",
        "project_id": "(SELECT c.project_id FROM chat_channels c WHERE c.id = {r}.channel_id)",
        "channel_id": "{r}.channel_id",
        "parent_id": "NULL",
        "keyword": "NULL",
        "title": "NULL",
        "body": "{r}.body",
        "watched": ["body", "deleted_at", "channel_id"],
        # A deleted message leaves the index (its row stays for its events).
        "indexed_when": "{r}.deleted_at IS NULL",
    },
    # Billing data: found only by those with manage_billing (judged at query time).
    {
        "table": "clients",
        "type": "client",
        "organization_id": "{r}.organization_id",
        "project_id": "NULL",
        "channel_id": "NULL",
        "parent_id": "NULL",
        "keyword": "{r}.email",
        "title": "{r}.name",
        "body": "{r}.notes",
        "watched": ["name", "email", "notes"],
        "indexed_when": "1 = 1",
        # Drafts show the client's current name: keep their documents' titles in step.
        "also": (
            "UPDATE search_documents SET title = NEW.name WHERE entity_type = 'invoice' "
            "AND parent_id = NEW.id AND entity_id IN "
            "(SELECT i.id FROM invoices i WHERE i.client_id = NEW.id AND i.client_name IS NULL)"
        ),
    },
    {
        "table": "invoices",
        "type": "invoice",
        "organization_id": "{r}.organization_id",
        "project_id": "NULL",
        "channel_id": "NULL",
        "parent_id": "{r}.client_id",
        "keyword": "{r}.number",
        # The name frozen when sent, else the client's current one.
        "title": "coalesce({r}.client_name, (SELECT c.name FROM clients c WHERE c.id = {r}.client_id))",
        "body": "{r}.notes",
        "watched": ["number", "client_name", "client_id", "notes"],
        "indexed_when": "1 = 1",
    },
]

_COLUMNS = ("organization_id", "project_id", "channel_id", "parent_id", "keyword", "title", "body")


def _select(source: dict, row: str) -> str:
    values = ", ".join(source[c].format(r=row) for c in _COLUMNS)
    return f"SELECT '{source['type']}', {row}.id, {values}"


def _upsert(source: dict, row: str, *, where: str) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS)
    return (
        f"INSERT INTO search_documents (entity_type, entity_id, {', '.join(_COLUMNS)}) "
        f"{_select(source, row)} WHERE {where} "
        f"ON CONFLICT (entity_type, entity_id) DO UPDATE SET {updates}"
    )


def _backfill(source: dict) -> str:
    return (
        f"INSERT INTO search_documents (entity_type, entity_id, {', '.join(_COLUMNS)}) "
        f"{_select(source, 'src')} FROM {source['table']} src "
        f"WHERE {source['indexed_when'].format(r='src')}"
    )


def _sqlite_statements() -> list[str]:
    fts_columns = "keyword, title, body"
    old = "old.keyword, old.title, old.body"
    new = "new.keyword, new.title, new.body"
    statements = [
        # External content: the words live in search_documents, the FTS5 table indexes them.
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        f"{fts_columns}, content='search_documents', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        "CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN "
        f"INSERT INTO search_fts(rowid, {fts_columns}) VALUES (new.id, {new}); END",
        "CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN "
        f"INSERT INTO search_fts(search_fts, rowid, {fts_columns}) "
        f"VALUES ('delete', old.id, {old}); END",
        "CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents "
        "WHEN old.keyword IS NOT new.keyword OR old.title IS NOT new.title "
        "OR old.body IS NOT new.body BEGIN "
        f"INSERT INTO search_fts(search_fts, rowid, {fts_columns}) "
        f"VALUES ('delete', old.id, {old}); "
        f"INSERT INTO search_fts(rowid, {fts_columns}) VALUES (new.id, {new}); END",
    ]
    for source in _SOURCES:
        table, kind = source["table"], source["type"]
        indexed = source["indexed_when"].format(r="NEW")
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in source["watched"])
        forget = f"DELETE FROM search_documents WHERE entity_type = '{kind}' AND entity_id = "
        also = f"{source['also']};" if "also" in source else ""
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"{_upsert(source, 'NEW', where=indexed)}; END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} WHEN {changed} BEGIN "
            f"{forget}OLD.id AND NOT ({indexed}); "
            f"{_upsert(source, 'NEW', where=indexed)}; {also} END",
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"{forget}OLD.id; END",
        ]
    statements += [_backfill(source) for source in _SOURCES]
    return statements


def _postgres_statements() -> list[str]:
    def words(column: str, weight: str) -> str:
        # ASCII punctuation separates words (WEB-42, ada@example.com), as in SQLite's tokenizer.
        text = f"regexp_replace(coalesce({column}, ''), '[[:punct:]]+', ' ', 'g')"
        return f"setweight(to_tsvector('simple'::regconfig, {text}), '{weight}')"

    statements = [
        "ALTER TABLE search_documents ADD COLUMN document tsvector GENERATED ALWAYS AS ("
        f"{words('keyword', 'A')} || {words('title', 'B')} || {words('body', 'C')}) STORED",
        "CREATE INDEX search_documents_document ON search_documents USING GIN (document)",
    ]
    for source in _SOURCES:
        table, kind = source["table"], source["type"]
        indexed = source["indexed_when"].format(r="NEW")
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in source["watched"])
        forget = f"DELETE FROM search_documents WHERE entity_type = '{kind}' AND entity_id = "
        also = f"IF TG_OP = 'UPDATE' THEN {source['also']}; END IF; " if "also" in source else ""
        statements += [
            f"CREATE FUNCTION search_index_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            f"IF TG_OP = 'DELETE' THEN {forget}OLD.id; RETURN NULL; END IF; "
            f"IF TG_OP = 'UPDATE' AND NOT ({changed}) THEN RETURN NULL; END IF; "
            f"IF {indexed} THEN {_upsert(source, 'NEW', where='TRUE')}; "
            f"ELSE {forget}NEW.id; END IF; "
            f"{also}RETURN NULL; END $$",
            f"CREATE TRIGGER search_index AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_index_{table}()",
        ]
    statements += [_backfill(source) for source in _SOURCES]
    return statements


async def _create_search_index(apps, schema_editor) -> None:
    client = schema_editor.client
    postgres = client.capabilities.dialect == "postgres"
    for statement in _postgres_statements() if postgres else _sqlite_statements():
        await client.execute_script(statement)


Migration.operations.append(ops.RunPython(_create_search_index))
