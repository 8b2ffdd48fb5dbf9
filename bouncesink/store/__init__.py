"""Storage: models, Alembic glue, and the repository the rest of bouncesink calls."""

from __future__ import annotations

from ..pipeline import normalize_address
from .engine import is_outage
from .repository import Store

__all__ = ["Store", "is_outage", "normalize_address"]
