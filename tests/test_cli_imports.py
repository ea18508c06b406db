"""`footprint --help`, `--version` and a refused consent must answer at once: importing the CLI may not
pull in the analysis stack (each command imports what it needs when it runs)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "scrapy", "sklearn", "pandas", "networkx", "onnxruntime", "twisted", "reverse_geocoder")


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("code", [
    "import cli.app",
    # --version and --help run the same import plus typer's own work
    "from typer.testing import CliRunner\nimport cli.app\nCliRunner().invoke(cli.app.app, ['--version'])",
    "from typer.testing import CliRunner\nimport cli.app\nCliRunner().invoke(cli.app.app, ['--help'])",
    "from typer.testing import CliRunner\nimport cli.app\nCliRunner().invoke(cli.app.app, ['scan', '--help'])",
])
def test_cli_does_not_import_the_heavy_stack(code):
    loaded = _modules_after(code)
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY)
    assert heavy == [], f"{code!r} imported {heavy[:5]}"


def test_refused_consent_does_not_import_the_heavy_stack(tmp_path):
    consent = tmp_path / "consent.toml"
    consent.write_text('[subject]\nname = "Alex Example"\n', encoding="utf-8")   # no [consent]: refused
    code = ("from typer.testing import CliRunner\nimport cli.app\n"
            f"r = CliRunner().invoke(cli.app.app, ['scan', {str(consent)!r}, '--out', {str(tmp_path / 'o')!r}])\n"
            "assert r.exit_code == 2, (r.exit_code, r.output)")
    loaded = _modules_after(code)
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []


@pytest.mark.parametrize("args", [
    ["demo", "--format", "pdf"],                       # checked before the demo serves anything
    ["report", "Alex Example", "--format", "md,docx"],
])
def test_unknown_format_is_refused_without_the_report_writers(tmp_path, args):
    """The format names live in analysis.report.formats: checking them must not import the report writers
    (networkx and the rest), which `footprint demo` used to load before starting its crawl."""
    code = ("from typer.testing import CliRunner\nimport cli.app\n"
            f"r = CliRunner().invoke(cli.app.app, {args + ['--out', str(tmp_path / 'o')]!r})\n"
            "assert r.exit_code == 2 and 'unknown --format' in r.output, (r.exit_code, r.output)")
    loaded = _modules_after(code)
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []
