"""Chat relations batched per request: channels by id, member counts, message mentions."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader
from tortoise.functions import Count

from backend.chat.models import ChatChannel, ChatChannelMember, ChatMessageMention
from backend.core.loaders import by_id, ids_by

channels_by_id = by_id(ChatChannel)

mentioned_user_ids_by_message = ids_by(
    ChatMessageMention, key="message_id", value="user_id", order_by=("created_at", "id")
)


def member_counts_by_channel() -> DataLoader[str, int]:
    async def load(channel_ids: Sequence[str]) -> list[int]:
        rows = (
            await ChatChannelMember.filter(channel_id__in=list(channel_ids))
            .group_by("channel_id")
            .annotate(count=Count("id"))
            .values_list("channel_id", "count")
        )
        counts = {str(channel_id): int(count) for channel_id, count in rows}
        return [counts.get(str(channel_id), 0) for channel_id in channel_ids]

    return DataLoader(load_fn=load)
