"""The operator's page, served at /ui/ by the API listener (see :mod:`.app`)."""

from __future__ import annotations

from .app import build_ui

__all__ = ["build_ui"]
