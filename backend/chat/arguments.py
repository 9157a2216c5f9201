"""Chat arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Bounds, Doc, Id

MAX_NAME = 80
MAX_TOPIC = 1_000
# Markdown as written; a long message is a document, which belongs in a task's description.
MAX_BODY = 10_000

ChannelId: TypeAlias = Annotated[Id, Doc("The channel's id (from chat_channels_list).")]
MessageId: TypeAlias = Annotated[Id, Doc("The message's id (from chat_messages_list).")]
Topic: TypeAlias = Annotated[
    str | None,
    Doc("What the channel is about, shown under its name."),
    Bounds(max_length=MAX_TOPIC),
]
Body: TypeAlias = Annotated[
    str,
    Doc(
        "The message in Markdown, stored as written; @their@email.com or @[user-id] mentions "
        "someone who can read the channel."
    ),
    Bounds(max_length=MAX_BODY),
]
