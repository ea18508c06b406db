"""Where the passphrase comes from: the environment or a hidden prompt, never the command line.

A passphrase in argv is visible to every user of the machine (ps, /proc)
and lands in shell history. `--encrypt` asks for encryption; the
passphrase is read from $FOOTPRINT_PASSPHRASE, else asked for without
echo when a terminal is attached. It is needed whenever the store is
already encrypted, or the report folder holds encrypted files, so an
encrypted scan is never re-rendered or extended in clear.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from footprint.crawler.sealing import PASSPHRASE_ENV
from footprint.crawler.store import Store


class PassphraseMissing(ValueError):
    """A passphrase is needed and there is no way to ask for one (exit 2)."""


def store_encrypted(db: Path) -> bool:
    if not db.is_file():
        return False
    with Store(db) as store:
        return store.encrypted


def folder_encrypted(out_dir: Path | None) -> bool:
    return out_dir is not None and out_dir.is_dir() and any(out_dir.glob("*.enc"))


def get_passphrase(db: Path, encrypt: bool = False, out_dir: Path | None = None, new: bool = False) -> str | None:
    """The passphrase when encryption is asked for or already in use, else None."""
    if not (encrypt or store_encrypted(db) or folder_encrypted(out_dir)):
        return None
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if sys.stdin.isatty():
        value = typer.prompt("Passphrase", hide_input=True, confirmation_prompt=new and not store_encrypted(db),
                             err=True)
        if value:
            return value
    raise PassphraseMissing(f"a passphrase is needed (encrypted store or report): set {PASSPHRASE_ENV}, "
                            "or run in a terminal to be asked")
