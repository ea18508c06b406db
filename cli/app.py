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

# Only typer and rich at import time: `footprint --help`, `--version` and a refused consent must answer at
# once, so each command imports the analysis stack (spaCy, Scrapy, networkx...) itself, when it runs.
# tests/test_cli_imports.py keeps it that way.

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="footprint: a consent-based scan of your public profiles for what exposes you to grooming "
                       "by organised crime, with prioritised removal advice.")
console = Console()
err_console = Console(stderr=True)

# Domain errors by (module, class) name: an exception can only be an instance of a class whose module
# is imported, so classifying by name needs no import of the (heavy) modules themselves.
INPUT_ERRORS = (("footprint.crawler.consent", "ConsentError"), ("footprint.crawler.orgs", "OrgError"),
                ("footprint.analysis.report.cohort", "CohortInputError"), ("footprint.crawler.store", "StoreError"),
                ("footprint.cli.operations", "OutputError"), ("footprint.analysis.report.outputs", "ReportDecryptError"),
                ("footprint.cli.passphrase", "PassphraseMissing"),
                ("builtins", "FileNotFoundError"), ("builtins", "NotADirectoryError"))
INTERRUPTED = (("footprint.crawler.runner", "CrawlInterrupted"),)
INTERNAL_ERRORS = (("footprint.crawler.runner", "CrawlError"), ("footprint.analysis.report.schemas", "ReportInvalid"),
                   ("footprint.analysis.score.risk", "RiskConfigError"))


class UsageProblem(Exception):
    """Bad input noticed by the CLI itself (exit 2)."""


def is_one_of(exc: BaseException, names: tuple[tuple[str, str], ...]) -> bool:
    """Is `exc` an instance of one of the named classes (looked up only in modules already imported)?"""
    for module, name in names:
        cls = getattr(sys.modules.get(module), name, None)
        if isinstance(cls, type) and isinstance(exc, cls):
            return True
    return False


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
        except KeyboardInterrupt:
            fail("interrupted; the scan is marked interrupted, stored data is kept and the next run continues", 130)
        except Exception as exc:  # noqa: BLE001 - the contract wants one line, not a traceback
            if isinstance(exc, UsageProblem) or is_one_of(exc, INPUT_ERRORS):
                fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, 2)
            if is_one_of(exc, INTERRUPTED):
                fail(f"interrupted: {exc}", 128 + exc.signum)
            if is_one_of(exc, INTERNAL_ERRORS):
                fail(str(exc), 1)
            if os.environ.get("FOOTPRINT_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0], 1)
    return wrapper


def version_callback(value: bool) -> None:
    if value:
        from footprint.crawler.version import VERSION as _VERSION
        console.print(f"footprint {_VERSION}", highlight=False)
        raise typer.Exit()


@app.callback()
def root(version: Annotated[Optional[bool], typer.Option("--version", callback=version_callback, is_eager=True,
                                                         help="Print the version and exit.")] = None) -> None:
    """footprint command line."""


DbOption = Annotated[Optional[Path], typer.Option("--db", help="SQLite store (default: in your user data directory).")]
AllowLocal = Annotated[bool, typer.Option("--allow-local", help="Permit loopback and private addresses (demos, tests); link-local, multicast and reserved stay refused.")]
MaxPages = Annotated[int, typer.Option("--max-pages", min=1, help="Most documents fetched per profile.")]
NoThrottle = Annotated[bool, typer.Option("--no-throttle", hidden=True,
                                          help="Benchmarks only: no throttling when every profile is on loopback.")]


Encrypt = Annotated[bool, typer.Option("--encrypt", help="Encrypt the store's items and reports and every file "
                                       "written; the passphrase comes from $FOOTPRINT_PASSPHRASE or is asked "
                                       "for (hidden). Needed anyway once a store or report is encrypted.")]


def _db(db: Optional[Path]) -> Path:
    """The store, as an absolute path: resolved once here, so every process opens the same file."""
    from footprint.crawler.paths import default_db_path
    return (db or default_db_path()).expanduser().resolve()


@app.command()
@guarded
def crawl(consent: Annotated[Path, typer.Argument(help="The consent record (TOML).")],
          db: DbOption = None, allow_local: AllowLocal = False, max_pages: MaxPages = 200,
          no_throttle: NoThrottle = False, encrypt: Encrypt = False) -> None:
    """Crawl the profiles a consent record lists (and read its data downloads) into the store."""
    from footprint.cli.operations import collect
    from footprint.crawler.consent import load_consent
    from footprint.crawler.store import Store

    from footprint.cli.passphrase import get_passphrase
    from footprint.cli.progress import CrawlProgress, status_table
    record = load_consent(consent, allow_local=allow_local)
    passphrase = get_passphrase(_db(db), encrypt, new=True)
    with CrawlProgress(console) as progress:
        scan_id, profiles = collect(record, _db(db), allow_local=allow_local, max_pages=max_pages,
                                    no_throttle=no_throttle, passphrase=passphrase, on_event=progress.on_event)
    console.print(status_table(profiles))
    with Store(_db(db), passphrase) as store:
        c = store.counts(scan_id)
    console.print(f"Stored scan {scan_id}: {c['profile']} profile records, {c['post']} posts, "
                  f"{c['image']} images in {_db(db)}", highlight=False)


Formats = Annotated[str, typer.Option("--format", help="Comma-separated extra formats: md, csv, graphml, gexf (json and html always).")]
Redact = Annotated[Optional[bool], typer.Option("--redact/--no-redact",
                                                help="Mask names, numbers and exact coordinates (default: on for an "
                                                     "awareness-demo consent, off otherwise).")]
Processes = Annotated[int, typer.Option("--processes", min=1,
                                        help="spaCy worker processes for the analysis (1, the default, was fastest "
                                             "on 2 cores: docs/performance.md).")]


def _formats(value: str) -> tuple[str, ...]:
    from footprint.analysis.report.formats import FILE_NAMES
    wanted = ["json", "html"] + [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in wanted if f not in FILE_NAMES]
    if bad:
        raise UsageProblem(f"unknown --format {', '.join(bad)} (choose from {', '.join(FILE_NAMES)})")
    return tuple(dict.fromkeys(wanted))


def _report_done(outcome, out: Path, redact: Optional[bool] = None, banner: bool = True) -> None:
    from footprint.analysis.report.redact import redact_report
    from footprint.analysis.report.text import print_summary
    report = outcome.report
    if redact or (redact is None and report["consent"]["purpose"] == "awareness-demo"):
        report = redact_report(report)       # the terminal shows what the files show
    print_summary(report, console, banner=banner)
    console.print(f"Report written to {out.resolve()}: " + ", ".join(p.name for p in outcome.paths), highlight=False)


@app.command()
@guarded
def scan(consent: Annotated[Path, typer.Argument(help="The consent record (TOML).")],
         out: Annotated[Path, typer.Option("--out", help="Folder for report.json and report.html.")],
         allow_local: AllowLocal = False, max_pages: MaxPages = 200, db: DbOption = None,
         fmt: Formats = "", redact: Redact = None, encrypt: Encrypt = False, processes: Processes = 1,
         no_throttle: NoThrottle = False) -> None:
    """Crawl the consented profiles, analyse them and write DIR/report.json and DIR/report.html."""
    from footprint.crawler.consent import load_consent
    out = out.expanduser().resolve()
    record = load_consent(consent, allow_local=allow_local)   # a refused consent answers before the heavy imports
    formats = _formats(fmt)
    from footprint.analysis.report.assessment import NOT_ASSESSED_LINE, is_assessment
    from footprint.cli.operations import run_scan

    from footprint.cli.passphrase import get_passphrase
    from footprint.cli.progress import CrawlProgress, status_table
    passphrase = get_passphrase(_db(db), encrypt, out, new=True)
    with CrawlProgress(console) as progress:
        outcome = run_scan(record, out, _db(db), allow_local=allow_local, max_pages=max_pages, formats=formats,
                           redact=redact, passphrase=passphrase, no_throttle=no_throttle, n_process=processes,
                           on_event=progress.on_event)
    assessed = is_assessment(outcome.report)
    if not assessed:   # the first line the person reads: never a silent all-clear
        console.print(NOT_ASSESSED_LINE, style="bold reverse red", markup=False, highlight=False, soft_wrap=True)
    console.print(status_table(outcome.profiles))
    _report_done(outcome, out, redact, banner=False)
    if not assessed:
        fail("nothing could be read from the listed profiles: the report is not an assessment", 3)


@app.command()
@guarded
def analyse(subject: Annotated[str, typer.Argument(help="The subject's name as in the consent record.")],
            db: DbOption = None, processes: Processes = 1) -> None:
    """Analyse the subject's latest stored scan again and print its findings."""
    from footprint.analysis.report.assessment import NOT_ASSESSED_LINE, is_assessment
    from footprint.analysis.pipeline import analyse_scan
    from footprint.cli.operations import private_history
    from footprint.crawler.store import Store

    from footprint.cli.passphrase import get_passphrase
    from footprint.cli.progress import findings_table
    with Store(_db(db), get_passphrase(_db(db))) as store:
        scan_row = store.latest_scan(subject)
        if scan_row is None:
            raise UsageProblem(f"no complete scan of {subject!r} in {_db(db)}")
        analysis = analyse_scan(store, scan_row["id"], n_process=processes,
                                location_points=private_history(store, scan_row["id"]))
    if not is_assessment(analysis.report):
        console.print(NOT_ASSESSED_LINE, style="bold reverse red", markup=False, highlight=False, soft_wrap=True)
    console.print(findings_table(analysis.report))
    console.print(f"{len(analysis.findings)} findings; score {analysis.risk.score} ({analysis.risk.band}); "
                  f"stored with scan {scan_row['id']}", highlight=False)


@app.command()
@guarded
def report(subject: Annotated[str, typer.Argument(help="The subject's name as in the consent record.")],
           out: Annotated[Path, typer.Option("--out", help="Folder for the report files.")],
           db: DbOption = None, fmt: Formats = "", redact: Redact = None, encrypt: Encrypt = False,
           reanalyse: Annotated[bool, typer.Option("--reanalyse", help="Analyse the stored scan again first.")] = False
           ) -> None:
    """Render the subject's latest report again from the store (asks for the passphrase if it is encrypted)."""
    from footprint.cli.operations import rerender

    from footprint.cli.passphrase import get_passphrase
    out = out.expanduser().resolve()
    passphrase = get_passphrase(_db(db), encrypt, out)
    outcome = rerender(subject, out, _db(db), formats=_formats(fmt), redact=redact, passphrase=passphrase,
                       reanalyse=reanalyse)
    _report_done(outcome, out, redact)


@app.command()
@guarded
def verify(out_dir: Annotated[Path, typer.Argument(help="The folder of an earlier `footprint scan`.")],
           db: DbOption = None, allow_local: AllowLocal = False, max_pages: MaxPages = 200,
           encrypt: Encrypt = False, no_throttle: NoThrottle = False) -> None:
    """Re-crawl the same consent and say, for each earlier advice item, whether it was done."""
    from footprint.cli.operations import verify as run_verify

    from footprint.cli.passphrase import get_passphrase
    from footprint.cli.progress import CrawlProgress, verify_table
    out_dir = out_dir.expanduser().resolve()
    passphrase = get_passphrase(_db(db), encrypt, out_dir)
    with CrawlProgress(console) as progress:
        outcome = run_verify(out_dir, _db(db), allow_local=allow_local, max_pages=max_pages, passphrase=passphrase,
                             no_throttle=no_throttle, on_event=progress.on_event)
    console.print(verify_table(outcome.checks))
    if outcome.progress:
        console.print(f"Plan: {outcome.progress}.", markup=False, highlight=False)
    console.print(f"Score before {outcome.before} ({outcome.band_before}), now {outcome.after} "
                  f"({outcome.band_after}). Details in {outcome.path}", highlight=False)


@app.command()
@guarded
def purge(subject: Annotated[Optional[str], typer.Argument(help="The subject whose data to delete.")] = None,
          expired: Annotated[bool, typer.Option("--expired", help="Purge every subject whose consent expired.")] = False,
          db: DbOption = None) -> None:
    """Delete every stored item, scan and report file of a subject."""
    from footprint.cli.operations import purge as run_purge
    if bool(subject) == expired:
        raise UsageProblem("give a SUBJECT or --expired (not both)")
    removed = run_purge(_db(db), subject, expired)
    if not removed and subject:
        raise UsageProblem(f"nothing stored for {subject!r} in {_db(db)}")
    for name, counts in removed.items():
        console.print(f"Purged {name}: {counts['scans']} scans, {counts['items']} items, {counts['files']} files",
                      markup=False, highlight=False)
    if not removed:
        console.print("No expired consents.", highlight=False)


@app.command()
@guarded
def demo(out: Annotated[Path, typer.Option("--out", help="Folder for the demo's report, store and logs.")]
         = Path("footprint-demo"), fmt: Formats = "md,csv", redact: Redact = None) -> None:
    """Scan the bundled fictional persona, served on 127.0.0.1, and write its report."""
    from footprint.cli.demo import run_demo

    from footprint.cli.progress import CrawlProgress, status_table
    with CrawlProgress(console) as progress:
        result = run_demo(out, formats=_formats(fmt), redact=redact, on_event=progress.on_event)
    console.print(status_table(result.outcome.profiles))
    console.print(result.server_summary, markup=False, highlight=False)
    _report_done(result.outcome, out, redact)


@app.command()
@guarded
def cohort(reports: Annotated[list[Path], typer.Argument(help="report.json files of the people in the programme.")],
           out: Annotated[Path, typer.Option("--out", help="Folder for cohort.json, cohort.csv and cohort.html.")]
           ) -> None:
    """Anonymised counts across many reports, for trainers: no names, addresses or values; cells under 5 hidden."""
    from footprint.analysis.report.cohort import write_cohort
    paths = write_cohort(reports, out)
    console.print(f"Cohort summary of {len(reports)} reports written to {out.resolve()}: "
                  + ", ".join(p.name for p in paths), markup=False, highlight=False)


def main() -> None:
    app(prog_name="footprint")


if __name__ == "__main__":
    main()
