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
