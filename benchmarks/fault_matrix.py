"""Run every fault scenario of tests/fault_scenarios.py and write the "Fault matrix" section of docs/quality.md.

    .venv/bin/python benchmarks/fault_matrix.py            # rewrite the section
    .venv/bin/python benchmarks/fault_matrix.py --print    # only print the table

Only the region between `<!-- fault-matrix:start -->` and `<!-- fault-matrix:end -->` is
rewritten (other sections of docs/quality.md belong to other benchmarks); the section is
appended if the markers are missing, and the file created if it is missing.
Exit status 1 if any scenario did not behave as expected.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchutil import write_marked  # noqa: E402
from tests.fault_scenarios import FaultBench, Observation  # noqa: E402

DOC = ROOT / "docs" / "quality.md"
START, END = "<!-- fault-matrix:start -->", "<!-- fault-matrix:end -->"
COMMAND = ".venv/bin/python benchmarks/fault_matrix.py"


def _cell(text: str, limit: int = 110) -> str:
    text = re.sub(r"http://127\.0\.0\.1:\d+", "", text).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table(observations: list[Observation]) -> str:
    rows = ["| fault | expected status | observed status | detail | items kept | result |",
            "| --- | --- | --- | --- | --- | --- |"]
    for o in observations:
        s = o.scenario
        rows.append(f"| {_cell(s.fault)} | {s.expected} | {o.status} | {_cell(o.detail) or '-'} "
                    f"| {o.kept}/{o.before}{f' ({s.replaces} replaced)' if s.replaces else ''} "
                    f"| {'pass' if o.passed else '**FAIL**'} |")
    return "\n".join(rows)


def section(observations: list[Observation], good_ok: bool) -> str:
    seconds = observations[0].seconds if observations else 0.0
    passed = sum(o.passed for o in observations)
    return "\n".join([
        START,
        "## Fault matrix",
        "",
        "Hostile servers on 127.0.0.1 (scenarios in `tests/fault_scenarios.py`, asserted by `tests/test_faults.py`).",
        "Each scenario mounts an h-entry blog and an ActivityPub actor under its own path next to a shared healthy",
        "blog; everything is crawled once healthy, then once more with every fault switched on at the same time",
        "(page cap 1 MB, DOWNLOAD_TIMEOUT 2 s, one retry, longest Retry-After waited 3 s). *items kept* counts the",
        "scenario's items from the healthy crawl still stored and not marked gone; an image whose bytes the fault",
        "replaced is legitimately a new item. Regenerate with:",
        "",
        f"    {COMMAND}",
        "",
        table(observations),
        "",
        f"{passed}/{len(observations)} scenarios as expected; the shared healthy profile "
        f"{'stayed ok with every item seen again' if good_ok else '**was harmed**'}; "
        f"the fault crawl took {seconds:.1f} s.",
        END,
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--print", action="store_true", help="print the table, do not touch docs/quality.md")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, FaultBench(Path(tmp)) as bench:
        observations = list(bench.run().values())
        good_ok = bench.good_profile_intact()
    text = section(observations, good_ok)
    if args.print:
        print(text)
    else:
        write_marked(DOC, text, START, END)
        print(f"wrote the fault matrix ({len(observations)} scenarios) to {DOC}")
    return 0 if all(o.passed for o in observations) and good_ok else 1


if __name__ == "__main__":
    sys.exit(main())
