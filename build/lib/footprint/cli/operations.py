"""The user-level operations: scan, re-render, verify removals, purge.

Each is one library call the CLI wraps: they tie the consent gate, the
crawler, the analysis pipeline and the report writers together.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footprint.crawler.consent import Consent, ConsentError, load_consent
from footprint.crawler.exports.history import location_history
from footprint.crawler.exports.ingest import ingest_exports
from footprint.crawler.runner import crawl
from footprint.crawler.sealing import PASSPHRASE_ENV
from footprint.crawler.store import Store, StoreError

from footprint.cli.warmup import Warmup

# The analysis stack (spaCy, networkx, the report writers) is imported inside the functions: `run_scan`
# starts the crawl child first and loads it meanwhile (analysis.warmup).

VERIFY_FILE = "verify.json"


class OutputError(ValueError):
    """The output folder cannot be used."""


@dataclass
class ScanOutcome:
    scan_id: int
    report: dict[str, Any]
    paths: list[Path]
    profiles: list[dict[str, Any]] = field(default_factory=list)


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} exists and is not a folder")
    parent = out_dir if out_dir.exists() else out_dir.parent
    while not parent.exists():
        parent = parent.parent
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write to {out_dir}")


def write_report(store: Store, scan_id: int, report: dict, out_dir: Path, *, formats=("json", "html"),
                 redact: bool | None = False, passphrase: str | None = None) -> list[Path]:
    """Write the report files and remember them, so `purge` can remove them too.

    The consent's purpose decides the rest (CONTRACT.md, Purposes): an awareness demo is redacted
    unless `redact` is False; a clearance review adds review.json/review.html for the reviewer."""
    purpose = report["consent"]["purpose"]
    if redact is None:
        redact = purpose == "awareness-demo"
    from footprint.analysis.report.outputs import write_outputs
    from footprint.analysis.report.review import write_review
    paths = write_outputs(report, out_dir, formats=formats, redact=redact, passphrase=passphrase)
    if purpose == "clearance-review":
        paths += write_review(report, out_dir, consent_path=store.scan(scan_id)["consent_path"], passphrase=passphrase)
    for p in paths:
        store.record_output(scan_id, p)
    return paths


def private_history(store: Store, scan_id: int):
    """The subject's location history, streamed from the downloads whose entry allows it (the stored spec)."""
    spec = store.scan_spec(scan_id)
    return location_history(spec.exports) if spec is not None and spec.exports else None


def collect(consent: Consent, db: Path, *, allow_local: bool = False, max_pages: int = 200,
            no_throttle: bool = False, passphrase: str | None = None,
            on_event: Callable[[dict], None] | None = None,
            on_start: Callable[[int], None] | None = None) -> tuple[int, list[dict]]:
    """Crawl the consent's profiles (if any), then read its data downloads (if any) into the same scan."""
    if consent.profiles:
        result = crawl(consent, db, allow_local=allow_local, max_pages=max_pages, no_throttle=no_throttle,
                       on_event=on_event, passphrase=passphrase, on_start=on_start)
        scan_id, profiles = result.scan_id, list(result.profiles)
    else:
        with Store(db, passphrase) as store:
            scan_id, profiles = store.start_scan(consent), []
    if consent.exports:
        profiles += ingest_exports(consent.exports, db, scan_id, consent.subject, on_event, passphrase=passphrase)
        with Store(db, passphrase) as store:
            store.finish_scan(scan_id)
    return scan_id, profiles


def run_scan(consent: Consent, out_dir: Path, db: Path, *, allow_local: bool = False, max_pages: int = 200,
             formats=("json", "html"), redact: bool | None = False, passphrase: str | None = None,
             no_throttle: bool = False, n_process: int = 1,
             on_event: Callable[[dict], None] | None = None) -> ScanOutcome:
    """Crawl a validated consent, analyse what was fetched, write the report to `out_dir`."""
    _check_out_dir(out_dir)
    warmup = Warmup(consent, db, passphrase)   # loads spaCy, the report writers (and the geocoder, if needed)
    try:                                       # while the crawl child runs
        scan_id, profiles = collect(consent, db, allow_local=allow_local, max_pages=max_pages,
                                    no_throttle=no_throttle, passphrase=passphrase, on_event=on_event,
                                    on_start=warmup.start)
    finally:
        warmup.crawl_done.set()
    warmup.join()
    from footprint.analysis.pipeline import analyse_scan
    with Store(db, passphrase) as store:
        report = analyse_scan(store, scan_id, n_process=n_process,
                              location_points=private_history(store, scan_id)).report   # the graph and findings go
        paths = write_report(store, scan_id, report, out_dir, formats=formats, redact=redact,
                             passphrase=passphrase)
    return ScanOutcome(scan_id, report, paths, profiles)


def rerender(subject: str, out_dir: Path, db: Path, *, formats=("json", "html"), redact: bool | None = False,
             passphrase: str | None = None, reanalyse: bool = False) -> ScanOutcome:
    """Render the latest stored analysis of `subject` again (or analyse the stored scan again)."""
    from footprint.analysis.pipeline import analyse_scan
    _check_out_dir(out_dir)
    with Store(db, passphrase) as store:
        scan = store.latest_scan(subject)
        if scan is None:
            raise StoreError(f"no complete scan of {subject!r} in {db}")
        report = None if reanalyse else store.analysis(scan["id"])
        if report is None:
            report = analyse_scan(store, scan["id"], location_points=private_history(store, scan["id"])).report
        paths = write_report(store, scan["id"], report, out_dir, formats=formats, redact=redact,
                             passphrase=passphrase)
    return ScanOutcome(scan["id"], report, paths)


def read_report(out_dir: Path, passphrase: str | None = None) -> dict[str, Any]:
    """report.json (or its encrypted form) from an output folder."""
    from footprint.analysis.report.outputs import ENC_SUFFIX, FILE_NAMES, decrypt_file
    plain, enc = out_dir / FILE_NAMES["json"], out_dir / (FILE_NAMES["json"] + ENC_SUFFIX)
    try:
        if plain.is_file():
            return json.loads(plain.read_text(encoding="utf-8"))
        if enc.is_file():
            if not passphrase:
                raise OutputError(f"{enc} is encrypted: set {PASSPHRASE_ENV} or enter the passphrase")
            return json.loads(decrypt_file(enc, passphrase))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise OutputError(f"{plain} is not a valid report: {exc}") from None
    raise OutputError(f"no report.json in {out_dir}")


@dataclass
class AdviceCheck:
    rank: int
    action: str
    status: str                 # done | partly done | not done
    remaining: list[str]        # URLs that still show it
    removed: list[str]          # URLs the store saw disappear or change

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def check_advice(old: dict, new: dict, gone: set[str]) -> list[AdviceCheck]:
    """For each earlier advice item: do its places still show what it was about?"""
    old_findings = {f["id"]: f for f in old.get("findings", [])}
    still: dict[str, set[str]] = {}
    for f in new.get("findings", []):
        for e in f["evidence"]:
            still.setdefault(e["url"], set()).add(f["category"])
    checks = []
    for a in old.get("advice", []):
        categories = {old_findings[i]["category"] for i in a["finding_ids"] if i in old_findings}
        urls = list(a["where"]) or [e["url"] for i in a["finding_ids"] if i in old_findings
                                    for e in old_findings[i]["evidence"]]
        remaining = [u for u in urls if still.get(u, set()) & categories]
        status = "done" if not remaining else "not done" if len(remaining) == len(urls) else "partly done"
        checks.append(AdviceCheck(a["rank"], a["action"], status, remaining, [u for u in urls if u in gone]))
    return checks


@dataclass
class VerifyOutcome:
    before: float
    after: float
    band_before: str
    band_after: str
    checks: list[AdviceCheck]
    scan_id: int
    path: Path
    progress: str = ""          # against the plan: "steps 1 to 3 done: 92.6 -> 44.1, moderate"


def verify(out_dir: Path, db: Path, *, allow_local: bool = False, max_pages: int = 200,
           passphrase: str | None = None, no_throttle: bool = False,
           on_event: Callable[[dict], None] | None = None) -> VerifyOutcome:
    """Re-crawl the consent behind an earlier report and check its advice item by item."""
    from footprint.analysis.report.outputs import ENC_SUFFIX, encrypt_bytes, write_private
    from footprint.analysis.pipeline import analyse_scan
    from footprint.analysis.score.plan_progress import check_plan
    old = read_report(out_dir, passphrase)
    sha = old.get("consent", {}).get("sha256")
    with Store(db, passphrase) as store:
        earlier = [s for s in store.scans() if s["consent_sha256"] == sha]     # a redacted report hides the name
        if not earlier:
            raise StoreError(f"the store {db} has no scan for the consent behind {out_dir}/report.json")
        consent_path = Path(earlier[-1]["consent_path"])
        old_scan_id = earlier[-1]["id"]
        old = store.analysis(old_scan_id) or old            # unredacted, with the plan it was made with
    consent = load_consent(consent_path, allow_local=allow_local)
    if consent.sha256 != sha:
        raise ConsentError(f"consent file {consent_path} changed since the report was made")
    scan_id, _ = collect(consent, db, allow_local=allow_local, max_pages=max_pages, no_throttle=no_throttle,
                         passphrase=passphrase, on_event=on_event)
    with Store(db, passphrase) as store:
        before, after = store.seen_urls(old_scan_id), store.seen_urls(scan_id)
        gone = {u for u, h in before.items() if after.get(u) != h}
        new = analyse_scan(store, scan_id, location_points=private_history(store, scan_id)).report
        checks = check_advice(old, new, gone)
        plan = check_plan(old, new)
        outcome = {"before": old["risk"]["score"], "after": new["risk"]["score"],
                   "band_before": old["risk"]["band"], "band_after": new["risk"]["band"],
                   "scan_id": scan_id, "advice": [c.to_dict() for c in checks],
                   **({"plan": plan} if plan else {})}
        data, path = json.dumps(outcome, indent=2, ensure_ascii=False).encode(), out_dir / VERIFY_FILE
        if passphrase:   # every file footprint writes is encrypted when the report is
            data, path = encrypt_bytes(data, passphrase), out_dir / (VERIFY_FILE + ENC_SUFFIX)
        write_private(path, data)
        store.record_output(scan_id, path)
    return VerifyOutcome(outcome["before"], outcome["after"], outcome["band_before"], outcome["band_after"],
                         checks, scan_id, path, plan["progress"] if plan else "")


def purge(db: Path, subject: str | None = None, expired: bool = False) -> dict[str, Any]:
    """Delete every stored item, scan and report file of a subject (or of every expired consent)."""
    with Store(db) as store:
        subjects = store.expired_subjects() if expired else [subject] if subject else []
        removed: dict[str, Any] = {}
        for name in subjects:
            files = store.outputs(name)
            counts = store.purge(name)
            deleted = 0
            for f in files:
                path = Path(f)
                if path.is_file():
                    path.unlink()
                    deleted += 1
                try:
                    path.parent.rmdir()  # only if now empty
                except OSError:
                    pass
            if counts["scans"] or counts["items"] or deleted:
                removed[name] = counts | {"files": deleted}
    return removed
