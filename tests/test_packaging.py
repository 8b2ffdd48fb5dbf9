"""What a user installs: every package of the source tree is in the wheel's list."""

from __future__ import annotations

import tomllib

from .conftest import REPO


def test_every_package_is_shipped() -> None:
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "bouncesink").rglob("__init__.py")
    }
    found |= {"bouncesink.migrations", "bouncesink.migrations.versions"}
    assert found == listed


def test_ci_lints_and_checks_types_before_the_tests() -> None:
    """`.ci/run` fails on a ruff or mypy --strict finding before it runs a test."""
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    steps = [
        line.strip()
        for line in script.splitlines()
        if line.startswith((".venv/bin/ruff", ".venv/bin/mypy"))
    ]
    assert ".[dev]" in script  # the extra that installs ruff and mypy
    assert steps == [
        ".venv/bin/ruff check .",
        ".venv/bin/ruff format --check .",
        ".venv/bin/mypy --strict",
    ]
    assert script.index(".venv/bin/mypy --strict") < script.index("bash scripts/test\n")
    assert "set -euo pipefail" in script
