"""Run inside a parse worker process: what it has imported. Imports nothing of bouncesink,
so that unpickling it in the worker adds nothing to what is looked at."""

from __future__ import annotations

import sys


def loaded_modules() -> list[str]:
    return sorted(sys.modules)
