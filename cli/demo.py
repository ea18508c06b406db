"""The bundled demo persona: serve it on loopback and write its consent record.

The persona (data/demo/, fictional) is served by LocalSite at a free port;
the consent record is written for that address, as the persona would write
it, so the demo runs the same consent gate and crawl as a real scan.
"""
from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from footprint.crawler.paths import DATA_DIR

from footprint.crawler.localsite import LocalSite

DEMO_DIR = DATA_DIR / "demo"
SITE_DIR = DEMO_DIR / "site"


@dataclass(frozen=True)
class Persona:
    name: str
    aliases: list[str]
    organisation: str
    profiles: list[dict]
    risk_band: str
    disallowed: list[str]
    exports: tuple[dict, ...] = ()       # the persona's own data downloads (relative to data/demo/)


def load_persona(path: Path = DEMO_DIR / "persona.toml") -> Persona:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    subject = data["subject"]
    robots = (SITE_DIR / "robots.txt").read_text(encoding="utf-8")
    disallowed = [line.split(":", 1)[1].strip() for line in robots.splitlines()
                  if line.lower().startswith("disallow:") and line.split(":", 1)[1].strip()]
    return Persona(subject["name"], subject.get("aliases", []), subject["organisation"],
                   data["profiles"], subject.get("risk_band", data.get("risk_band", "")), disallowed,
                   tuple(data.get("exports", ())))


def demo_site() -> LocalSite:
    return LocalSite(SITE_DIR)


def write_demo_consent(base: str, out_dir: Path, persona: Persona | None = None, today: dt.date | None = None,
                       *, exports: bool = False) -> Path:
    """A consent record for the persona's profiles at `base` (and, with `exports`, its data downloads),
    given today for 30 days."""
    persona = persona or load_persona()
    today = today or dt.date.today()
    q = json.dumps             # a JSON string is a valid TOML basic string, whatever quotes a name holds
    lines = ["# Written by `footprint demo` for the fictional demo persona.", "[subject]",
             f"name = {q(persona.name)}", f"aliases = [{', '.join(q(a) for a in persona.aliases)}]",
             f"organisation = {q(persona.organisation)}", "", "[consent]", f"given_by = {q(persona.name)}",
             f"given_on = {today.isoformat()}", f"expires_on = {(today + dt.timedelta(days=30)).isoformat()}",
             'purpose = "awareness-demo"',
             'statement = "Demo scan of a fictional persona for security-awareness training."', ""]
    for p in persona.profiles:
        lines += ["[[profiles]]", f"url = {q(base + p['path'])}", f"platform = {q(p['platform'])}", ""]
    for e in persona.exports if exports else ():
        lines += ["[[exports]]", f"path = {q(str((DEMO_DIR / e['path']).resolve()))}",
                  f"platform = {q(e.get('platform', 'auto'))}", ""]
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "consent.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@dataclass
class DemoResult:
    outcome: object             # analysis.scan.ScanOutcome
    server_summary: str
    log_path: Path


def server_summary(site: LocalSite, profiles: list[str], persona: Persona) -> str:
    """One line on what the demo server saw: in scope, and never the disallowed paths."""
    from footprint.crawler.scope import ProfileScope
    scopes = [ProfileScope(p) for p in profiles]
    outside, disallowed = [], []
    for method, path, status, headers in site.log:
        url = site.base + path
        is_media = path.startswith("/media/")
        if not (path == "/robots.txt" or is_media or any(s.admits(url) for s in scopes)):
            outside.append(path)
        if any(path.startswith(d) for d in persona.disallowed):
            disallowed.append(path)
    return (f"Demo server: {len(site.log)} requests; {len(outside)} outside the consented profiles "
            f"(robots.txt and referenced media excepted){': ' + ', '.join(outside) if outside else ''}; "
            f"{len(disallowed)} to paths robots.txt disallows ({', '.join(persona.disallowed)}).")


def run_demo(out_dir: Path, *, formats=("json", "html"), redact: bool | None = None, on_event=None) -> DemoResult:
    """Serve the persona, consent as the persona, scan, and report into `out_dir`."""
    from footprint.cli.operations import run_scan
    from footprint.crawler.consent import load_consent

    persona = load_persona()
    with demo_site() as site:
        consent = load_consent(write_demo_consent(site.base, out_dir, persona, exports=True), allow_local=True)
        outcome = run_scan(consent, out_dir, out_dir / "footprint.sqlite3", allow_local=True, formats=formats,
                           no_throttle=True,   # our own loopback server: no need to be polite to it
                           redact=redact, on_event=on_event)
        summary = server_summary(site, [p.url for p in consent.profiles], persona)
        log_path = out_dir / "demo-server.log"
        log_path.write_text("\n".join(f"{m} {p} {s}" for m, p, s, _ in site.log) + "\n", encoding="utf-8")
    return DemoResult(outcome, summary, log_path)
