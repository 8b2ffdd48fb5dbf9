"""Storage: models, Alembic glue, and the repository the rest of bouncesink calls."""

from __future__ import annotations

from .repository import Incoming, NewEvent, Outcome, Pending, Store, normalize_address

__all__ = ["Incoming", "NewEvent", "Outcome", "Pending", "Store", "normalize_address"]
