"""What the benchmarks share: peak memory, a run in a child process, docs/quality.md sections, P/R/F1.

Why a child: ru_maxrss is a per-process high-water mark, so each measured
run gets a fresh process (the benchmark script run again with hidden
options) and hands its numbers back as a JSON file.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """ru_maxrss in MB (Linux reports KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def run_child(script: str, args: list[str], result: Path) -> dict:
    """Run `script` with `args` in a child Python (cwd: the repository) and read what it wrote to `result`."""
    subprocess.run([sys.executable, script, *args], check=True, cwd=str(ROOT))
    return json.loads(result.read_text(encoding="utf-8"))


def write_result(result: Path, data: dict) -> None:
    """The child's side of `run_child`."""
    result.write_text(json.dumps(data), encoding="utf-8")


def write_marked(doc: Path, block: str, start: str, end: str, intro: str = "") -> None:
    """Put `block` (which begins with `start` and ends with `end`) where those markers are in `doc`.

    Other benchmarks own the rest of the file. Without the markers the block
    is appended after `intro`; a missing file starts as "# Quality".
    """
    old = doc.read_text(encoding="utf-8") if doc.exists() else "# Quality\n"
    if start in old and end in old:
        head, rest = old.split(start, 1)
        new = head + block + rest.split(end, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + intro + block + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(new, encoding="utf-8")


def prf(tp: int, fp: int, fn: int, empty: float = 0.0) -> tuple[float, float, float]:
    """Precision, recall and F1; a ratio with nothing to count is `empty`."""
    p = tp / (tp + fp) if tp + fp else empty
    r = tp / (tp + fn) if tp + fn else empty
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
