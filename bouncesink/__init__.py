"""bouncesink: an SMTP sink that reads bounces and keeps a suppression list."""

from __future__ import annotations

__version__ = "0.1.0"
