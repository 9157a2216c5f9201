"""Realtime transport: event messages, channel names and the broadcaster wrapper."""

from subscriptions.broadcast import Broadcast, create_broadcast
from subscriptions.channels import organization_channel
from subscriptions.messages import EventMessage

__all__ = ["Broadcast", "EventMessage", "create_broadcast", "organization_channel"]
