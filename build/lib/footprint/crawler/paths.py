"""Where footprint's bundled data lives and where it keeps the user's store."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

# data/ sits beside the packages at the top of the project (installed editable).
DATA_DIR = Path(os.environ.get("FOOTPRINT_DATA", Path(__file__).resolve().parent.parent / "data"))


def default_db_path() -> Path:
    """The store in the user's data directory, unless --db says otherwise."""
    return Path(platformdirs.user_data_dir("footprint")) / "footprint.sqlite3"
