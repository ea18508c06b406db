"""A small fictional blog on 127.0.0.1 that exposes its author, and /proc helpers, shared by the
hardening tests (issue 10): relative paths, signals, listening sockets, encryption, no false all-clear.

The author, Casey Morgan, is fictional; her blog says where she works and lives, so a correct scan
of it is never "low risk", and a scan that silently read nothing would show as a wrong all-clear.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from tests.fault_scenarios import HTML, static

SUBJECT = "Casey Morgan"
NEEDLE = "Revesby"       # a word from the posts that must never reach the disk in clear when encrypted
POSTS = [
    "Another night shift with the Australian Border Force at Sydney Airport, terminal 1.",
    f"Home to {NEEDLE} after work; my wife Sarah picks up our son from Revesby Public School.",
    "Gym at 6am every Monday and Thursday before my 2pm shift starts.",
]


def _page(base_path: str, posts: list[str]) -> str:
    entries = "".join(
        f'<article class="h-entry"><a class="u-url" href="{{{{BASE}}}}{base_path}posts/{i}/">Post {i}</a>'
        f'<time class="dt-published" datetime="2026-03-0{i % 9 + 1}T10:00:00Z">x</time>'
        f'<div class="e-content"><p>{text}</p></div></article>' for i, text in enumerate(posts, 1))
    return ('<!doctype html><html><head><meta charset="utf-8"><title>Casey</title></head><body>'
            f'<div class="h-card"><a class="p-name u-url" href="{{{{BASE}}}}{base_path}">{SUBJECT}</a>'
            f'<p class="p-note">Border Force officer. Sydney Airport.</p></div>{entries}</body></html>')


def _slow(handler, delay: float):
    def handle(h):
        time.sleep(delay)
        handler(h)
    return handle


def blog_routes(n_extra: int = 0, delay: float = 0.0, base_path: str = "/blog/") -> dict:
    """Routes of the blog: the profile page, one page per post, and `n_extra` filler posts served
    after `delay` seconds each (a crawl that lasts long enough to be interrupted)."""
    posts = POSTS + [f"Filler note {i} about the weather." for i in range(n_extra)]
    routes = {"/robots.txt": static("text/plain", b"User-agent: *\nAllow: /\n"),
              base_path: static(HTML, _page(base_path, posts).encode())}
    for i, text in enumerate(posts, 1):
        page = static(HTML, _page(base_path, [text]).replace("posts/1/", f"posts/{i}/").encode())
        routes[f"{base_path}posts/{i}/"] = _slow(page, delay) if delay else page
    return routes


# -- /proc helpers (Linux) -------------------------------------------------------------------
def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def alive(pid: int) -> bool:
    """True while `pid` runs (a zombie waiting to be reaped counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def listening_sockets(pid: int) -> list[str]:
    """TCP sockets `pid` holds in LISTEN state, as 'hexaddr:port' (from /proc/<pid>/net/tcp{,6})."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6"):
        try:
            lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            cols = line.split()
            if cols[3] == "0A" and cols[9] in inodes:
                found.append(cols[1])
    return found


def wait_for(predicate, timeout: float = 30.0, step: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
