"""Classification of recipient records: reason, category, kind (design: "Vocabulary").

Pure: no I/O, no clock. Tables live in their own modules, most authoritative first:
:mod:`.status` (RFC 3463 / RFC 5248 codes), :mod:`.hosts` (provider conventions),
:mod:`.patterns` (phrases per reason, per language); :mod:`.engine` applies them in order
and :mod:`.mapping` turns a reason into a category and a kind.
"""

from __future__ import annotations

from bouncesink.classify.engine import classify
from bouncesink.classify.mapping import DEFAULT_MAP, category_kind

__all__ = ["DEFAULT_MAP", "category_kind", "classify"]
