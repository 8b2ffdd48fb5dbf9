from __future__ import annotations

from pathlib import Path

import pytest

from bouncesink.config import Config, load
from bouncesink.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bouncesink.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_loads_with_every_key() -> None:
    config = load(REPO / "config.example.toml")
    assert config.smtp.listen == "127.0.0.1:2525"
    assert config.smtp.domains == ["bounces.example.org"]
    assert config.database.url == "sqlite:///bouncesink.db"


def test_defaults_without_file() -> None:
    config = Config()
    assert (config.smtp.host, config.smtp.port) == ("127.0.0.1", 2525)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[smtp]\nlisten = "2525"\n', "[smtp].listen: expected HOST:PORT, got '2525'"),
        ("[smtp]\nlisten = 2525\n", "[smtp].listen: expected str, got 2525"),
        ("[smtp]\ndomains = []\n", "[smtp].domains: expected at least one domain"),
        ('[smtp]\ndomains = ["a@b.org"]\n', "[smtp].domains: expected domain names"),
        ('[smtp]\nlisen = "127.0.0.1:25"\n', "[smtp].lisen: unknown key"),
        ('[database]\nurl = "mysql://x/y"\n', "[database].url: expected sqlite:///PATH"),
        ("[smtp]\nmax_message_size = 0\n", "[smtp].max_message_size: expected a number greater"),
        ("[smtp]\nmax_recipients = true\n", "[smtp].max_recipients: expected a whole number"),
        ('[smpt]\nlisten = "127.0.0.1:25"\n', "[smpt]: unknown section"),
        ("[smtp\n", "not valid TOML"),
    ],
)
def test_wrong_key_or_value_names_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load(write(tmp_path, text))
    assert message in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the configuration file"):
        load(tmp_path / "nope.toml")


def test_sqlite_path_resolves_next_to_the_config(tmp_path: Path) -> None:
    config = load(write(tmp_path, '[database]\nurl = "sqlite:///data/b.db"\n'))
    assert config.database_path() == tmp_path / "data" / "b.db"
