"""The operator's page, served at /ui/ by the API listener (see :mod:`.app`)."""

from __future__ import annotations

from .app import build_ui
from .data import Thresholds

__all__ = ["Thresholds", "build_ui"]
