"""The ``bouncesink`` command and ``python -m bouncesink``: runs :func:`bouncesink.cli.main`.

The command line is imported only when it runs. The daemon's parse worker processes are
started by multiprocessing's "spawn", which runs the parent's main script again in each new
process; that script imports this module, which must therefore load nothing else (no
SQLAlchemy, no aiohttp: see tests/test_layout.py).
"""

from __future__ import annotations

import sys


def main() -> int:
    from .cli import main as run  # not at the top: see the module's docstring

    return run()


if __name__ == "__main__":
    sys.exit(main())
