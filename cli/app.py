"""The `footprint` command. Each command parses options, calls one library
function and turns domain errors into one line on stderr and an exit code:
2 for unusable input, 1 for an internal error (CONTRACT.md)."""
from __future__ import annotations

import os
import sys
from functools import wraps
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from analysis.orgs import OrgError
from analysis.paths import default_db_path
from crawler.consent import ConsentError, load_consent
from crawler.runner import CrawlError, crawl as run_crawl
from crawler.settings import _VERSION
from crawler.store import Store, StoreError

from .progress import CrawlProgress, status_table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="footprint: a consent-based scan of your public profiles for what exposes you to grooming "
                       "by organised crime, with prioritised removal advice.")
console = Console()
err_console = Console(stderr=True)

INPUT_ERRORS = (ConsentError, OrgError, StoreError, FileNotFoundError, NotADirectoryError)


class UsageProblem(Exception):
    """Bad input noticed by the CLI itself (exit 2)."""


def fail(message: str, code: int) -> None:
    err_console.print(f"footprint: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def guarded(func):
    """Domain errors become one line and an exit code, never a traceback."""
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except (UsageProblem, *INPUT_ERRORS) as exc:
            fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, 2)
        except KeyboardInterrupt:
            fail("interrupted; stored data is kept and the next run continues", 130)
        except CrawlError as exc:
            fail(str(exc), 1)
        except Exception as exc:  # noqa: BLE001 - the contract wants one line, not a traceback
            if os.environ.get("FOOTPRINT_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0], 1)
    return wrapper


def version_callback(value: bool) -> None:
    if value:
        console.print(f"footprint {_VERSION}", highlight=False)
        raise typer.Exit()


@app.callback()
def root(version: Annotated[Optional[bool], typer.Option("--version", callback=version_callback, is_eager=True,
                                                         help="Print the version and exit.")] = None) -> None:
    """footprint command line."""


DbOption = Annotated[Optional[Path], typer.Option("--db", help="SQLite store (default: in your user data directory).")]
AllowLocal = Annotated[bool, typer.Option("--allow-local", help="Permit profile URLs on loopback and private addresses.")]
MaxPages = Annotated[int, typer.Option("--max-pages", min=1, help="Most documents fetched per profile.")]
NoThrottle = Annotated[bool, typer.Option("--no-throttle", hidden=True,
                                          help="Benchmarks only: no throttling when every profile is on loopback.")]


def _db(db: Optional[Path]) -> Path:
    return db or default_db_path()


@app.command()
@guarded
def crawl(consent: Annotated[Path, typer.Argument(help="The consent record (TOML).")],
          db: DbOption = None, allow_local: AllowLocal = False, max_pages: MaxPages = 200,
          no_throttle: NoThrottle = False) -> None:
    """Crawl the profiles a consent record lists into the store."""
    record = load_consent(consent, allow_local=allow_local)
    with CrawlProgress(console) as progress:
        result = run_crawl(record, _db(db), allow_local=allow_local, max_pages=max_pages,
                           no_throttle=no_throttle, on_event=progress.on_event)
    console.print(status_table(result.profiles))
    c = result.counts
    console.print(f"Stored scan {result.scan_id}: {c['profile']} profile records, {c['post']} posts, "
                  f"{c['image']} images in {_db(db)}", highlight=False)


def main() -> None:
    app(prog_name="footprint")


if __name__ == "__main__":
    main()
