"""Live crawl progress and the closing status table, drawn with rich."""
from __future__ import annotations

from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.table import Table

STATUS_STYLE = {"ok": "green", "partial": "yellow", "blocked_by_robots": "magenta",
                "refused_out_of_scope": "red", "unreachable": "red", "error": "red"}


def progress_table(counts: dict[str, dict[str, int]]) -> Table:
    table = Table(title="Crawling consented profiles", expand=False)
    for col in ("profile", "pages", "posts", "images"):
        table.add_column(col, justify="left" if col == "profile" else "right")
    for profile, c in counts.items():
        table.add_row(escape(profile), str(c.get("pages", 0)), str(c.get("posts", 0) + c.get("profiles", 0)),
                      str(c.get("images", 0)))
    return table


def status_table(profiles: list[dict]) -> Table:
    table = Table(title="Profile statuses")
    for col in ("profile", "platform", "status", "pages", "items", "detail"):
        table.add_column(col, overflow="fold")
    for p in profiles:
        style = STATUS_STYLE.get(p["status"], "")
        table.add_row(escape(p["url"]), p["platform"], f"[{style}]{p['status']}[/]", str(p["pages"]),
                      str(p["items"]), escape(p.get("detail") or ""))
    return table


class CrawlProgress:
    """Context manager giving an on_event callback that redraws a live table."""

    def __init__(self, console: Console):
        self.console = console
        self.live = Live(progress_table({}), console=console, refresh_per_second=8, transient=False)

    def __enter__(self) -> "CrawlProgress":
        if self.console.is_terminal:
            self.live.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self.console.is_terminal:
            self.live.__exit__(*exc)

    def on_event(self, event: dict) -> None:
        if event.get("event") == "progress" and self.console.is_terminal:
            self.live.update(progress_table(event.get("counts", {})))


def findings_table(report: dict) -> Table:
    table = Table(title="Findings")
    for col in ("category", "value", "evidence", "confidence", "points", "explanation"):
        table.add_column(col, overflow="fold")
    for f in report["findings"]:
        table.add_row(f["category"], escape(f["value"]), str(len(f["evidence"])), f"{f['confidence']:.2f}",
                      f"{f['contribution']:.1f}", escape(f.get("explanation", "")))
    return table


VERIFY_STYLE = {"done": "green", "partly done": "yellow", "not done": "red"}


def verify_table(checks: list) -> Table:
    table = Table(title="Advice carried out?")
    for col in ("rank", "action", "status", "still showing"):
        table.add_column(col, overflow="fold")
    for c in checks:
        table.add_row(str(c.rank), escape(c.action), f"[{VERIFY_STYLE[c.status]}]{c.status}[/]",
                      escape(", ".join(c.remaining)))
    return table
