"""Reading a TOML data file (risk parameters, platform steps) with one readable error class per file kind."""
from __future__ import annotations

import tomllib
from pathlib import Path


def read_toml(path: Path, error: type[Exception]) -> dict:
    """The parsed file, or `error` saying in one line why it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML: {exc}") from exc
