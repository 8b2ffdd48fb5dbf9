"""The house: which module may import which (design: Layout), read from the source with ast.

No import circle among bouncesink's modules; the pure rooms load no I/O library; the parse
worker processes the daemon starts load no SQLAlchemy; the store has one door.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from bouncesink.types import MessageStatus

PACKAGE = Path(__file__).resolve().parent.parent / "bouncesink"
IO_LIBRARIES = ("asyncio", "sqlalchemy", "aiosmtpd", "aiohttp", "httpx", "alembic", "asyncpg")
PURE = (
    "bouncesink.pipeline",
    "bouncesink.types",
    "bouncesink.tokens",
    "bouncesink.policy",
    "bouncesink.parse",
    "bouncesink.classify",
    "bouncesink.codes",
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str) -> Iterator[str]:
    """Every module `name` imports, anywhere in it (inside functions too), resolved."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # "from . import tokens" imports a module, not a name of the package
            submodules = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
            yield from submodules
            if len(submodules) < len(node.names):
                yield base


def graph() -> dict[str, set[str]]:
    """bouncesink module → the bouncesink modules it imports (a package counts as its
    __init__; importing a submodule imports its packages too, which adds no edge here)."""
    return {name: {m for m in imported(name) if m in MODULES and m != name} for name in MODULES}


def closure(start: str, edges: dict[str, set[str]]) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in edges.get(todo.pop(), set()) - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def test_no_import_circle_among_bouncesink_modules() -> None:
    edges = graph()
    circles = sorted(name for name in edges if name in closure(name, edges))
    assert circles == []


def test_the_pure_rooms_import_no_io_library() -> None:
    edges = graph()
    for name in PURE:
        reached = {name} | closure(name, edges)
        third = {m for r in reached for m in imported(r) if m.split(".")[0] in IO_LIBRARIES}
        assert third == set(), name


# The rooms of bouncesink from the top down, as README.md's "Layout" lists them.
ROOMS = (
    "__main__",
    "cli",
    "cli_parser",
    "daemon",
    "ui",
    "api",
    "esp",
    "api_io",
    "openapi",
    "policyd",
    "connectors",
    "webhooks",
    "alerting",
    "operations",
    "configured",
    "shapes",
    "lmtp",
    "mailbox",
    "smtp",
    "envelope",
    "intake",
    "worker",
    "processing",
    "recording",
    "metrics",
    "store",
    "pipeline",
    "policy",
    "parse",
    "classify",
    "codes",
    "tokens",
    "config",
    "types",
    "errors",
)


def test_every_import_points_down_the_layout() -> None:
    rank = {room: i for i, room in enumerate(ROOMS)}
    rooms = {name.split(".")[1] for name in MODULES if "." in name}
    assert rooms == set(ROOMS)
    upward = sorted(
        (name, target)
        for name, targets in graph().items()
        for target in targets
        if "." in name and "." in target and rank[target.split(".")[1]] < rank[name.split(".")[1]]
    )
    assert upward == []


def test_everything_imports_down_into_the_pipeline() -> None:
    edges = graph()
    assert closure("bouncesink.pipeline", edges) <= {
        "bouncesink",
        "bouncesink.types",
        "bouncesink.tokens",
        "bouncesink.errors",
    }
    for name in ("bouncesink.worker", "bouncesink.smtp", "bouncesink.intake"):
        assert "bouncesink.pipeline" in edges[name], name


# The daemon as the installed `bouncesink` command runs it: a script that imports the entry
# point at its top. Spawned processes run that script again (as "__mp_main__"), so what it
# imports, every parse worker process imports too.
DAEMON_SCRIPT = """
import sys
from bouncesink.__main__ import main

if __name__ == "__main__":
    import asyncio
    import json
    from datetime import UTC, datetime

    import bouncesink.cli  # what `bouncesink serve` has loaded when the pool starts
    from bouncesink import classify, parse
    from bouncesink.pipeline import Pending, process_all
    from bouncesink.processing import PoolProcessor
    from tests.dsn import dsn
    from tests.worker_probe import loaded_modules

    async def run():
        pool = PoolProcessor(
            process_all, parse.parse, classify.classify, processes=1, budget_seconds=30
        )
        try:
            raw = dsn("a@example.com")
            (outcome,) = await pool.process([Pending(1, raw, datetime.now(UTC), "", ())])
            executor = await pool._ready()
            loop = asyncio.get_running_loop()
            return outcome.status, await loop.run_in_executor(executor, loaded_modules)
        finally:
            await pool.close()

    print(json.dumps(asyncio.run(run())))
"""


def test_the_parse_worker_processes_load_no_sqlalchemy(tmp_path: Path) -> None:
    """The pool the daemon starts (processing.PoolProcessor), under the installed command,
    after processing a message: its worker processes have the parser, not the database."""
    script = tmp_path / "bouncesink"
    script.write_text(DAEMON_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    run = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr
    status, loaded = json.loads(run.stdout)
    assert status == MessageStatus.PROCESSED
    assert "bouncesink.parse" in loaded and "bouncesink.pipeline" in loaded
    heavy = ("sqlalchemy", "aiosqlite", "asyncpg", "aiohttp", "aiosmtpd", "alembic")
    assert [m for m in loaded if m.split(".")[0] in heavy] == []
    assert [m for m in loaded if m.startswith(("bouncesink.store", "bouncesink.cli"))] == []


def store_door() -> list[str]:
    """The names store/__init__.py opens, read from its literal __all__."""
    tree = ast.parse((PACKAGE / "store" / "__init__.py").read_text())
    (value,) = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    ]
    assert isinstance(value, ast.List | ast.Tuple), "__all__ is a literal list"
    names = [ast.literal_eval(element) for element in value.elts]
    assert all(isinstance(name, str) for name in names)
    return names


def test_the_store_has_one_door() -> None:
    """Nothing outside store/ imports a module inside it; everything it opens is named."""
    import bouncesink.store

    names = store_door()
    assert names == sorted(names) and len(set(names)) == len(names)
    for name in names:
        assert getattr(bouncesink.store, name) is not None, name
    public = {n for n in vars(bouncesink.store) if not n.startswith("_")}
    submodules = {n.rpartition(".")[2] for n in MODULES if n.startswith("bouncesink.store.")}
    assert public - submodules - {"annotations"} == set(names)
    deep = {
        (name, target)
        for name in MODULES
        if not name.startswith("bouncesink.store")
        for target in imported(name)
        if target.startswith("bouncesink.store.")
    }
    assert deep == set()


def layout_of(room: str) -> list[str]:
    """The modules of one package room, as README.md's "Layout" lists them from the top down
    ("parse/" under "bouncesink/" is bouncesink.parse, "_scan.py" under it
    bouncesink.parse._scan)."""
    readme = (PACKAGE.parent / "README.md").read_text()
    block = readme.split("## Layout", 1)[1].split("```", 2)[1]
    out: list[str] = []
    path: list[tuple[int, str]] = []  # (indentation, directory) of the lines above
    for line in block.splitlines():
        name = line.strip().split(" ", 1)[0]
        if not name.endswith((".py", "/")):
            continue  # a description's second line
        indent = len(line) - len(line.lstrip())
        path = [(i, d) for i, d in path if i < indent]
        module = ".".join([d for _, d in path] + [name.removesuffix("/").removesuffix(".py")])
        if name.endswith("/"):
            path.append((indent, name.removesuffix("/")))
        if module == f"bouncesink.{room}" or module.startswith(f"bouncesink.{room}."):
            out.append(module)
    return out


def test_the_layout_lists_every_module_of_parse_and_classify_and_imports_point_down() -> None:
    edges = graph()
    for room in ("parse", "classify"):
        listed = layout_of(room)
        assert len(listed) == len(set(listed)), room
        assert set(listed) == {m for m in MODULES if m.split(".")[1:2] == [room]}, room
        rank = {name: i for i, name in enumerate(listed)}
        upward = sorted(
            (name, target)
            for name in listed
            for target in edges[name]
            if target in rank and rank[target] < rank[name]
        )
        assert upward == [], room


def test_the_store_hands_out_frozen_values_not_mapped_rows() -> None:
    """The faces read what the door names; none of it is a database row class, and the
    address and event views are frozen (a face cannot change what it was given)."""
    import bouncesink.store
    from bouncesink.store.models import Base

    for name in store_door():
        value = getattr(bouncesink.store, name)
        assert not (isinstance(value, type) and issubclass(value, Base)), name
    for view in (bouncesink.store.StoredAddress, bouncesink.store.StoredEvent):
        assert view.__dataclass_params__.frozen, view  # type: ignore[attr-defined]
