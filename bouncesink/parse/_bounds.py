"""Bounds: what one message may cost the parser, whatever its size."""

from __future__ import annotations

MAX_PART_BYTES = 128 * 1024  # decoded bytes read from one text part
MAX_TEXT_CHARS = 256 * 1024  # total human-readable text scanned per message
MAX_PARTS = 64  # MIME parts walked
MAX_RECORDS = 1000  # recipient records returned
