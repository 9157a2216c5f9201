"""Collects every domain's declared event types by importing each `backend/<domain>/events.py`."""

from __future__ import annotations

import importlib
from pathlib import Path

from backend.core.event_types import EventType, all_event_types

_BACKEND = Path(__file__).resolve().parents[1]


def domains_with_events() -> list[str]:
    """The domain folders that declare events, sorted."""
    return sorted(path.parent.name for path in _BACKEND.glob("*/events.py"))


def load() -> list[EventType]:
    """Import every domain's events module (registering its types); returns all of them."""
    for domain in domains_with_events():
        importlib.import_module(f"backend.{domain}.events")
    return all_event_types()
