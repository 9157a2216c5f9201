"""Broadcast backends of our own that replace broadcaster 0.3.1's defective ones."""

from subscriptions.backends.base import BackendUnavailableError, ReliableBackend

__all__ = ["BackendUnavailableError", "ReliableBackend"]
