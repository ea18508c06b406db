"""The built wheel works on its own: installed in a fresh virtual environment, run from another folder.

Builds the wheel from this checkout, checks that everything ships under the one `footprint`
namespace (data included), installs it with pip into a new venv whose dependencies come from this
environment (added as a plain path, so this checkout's editable install is not visible), and runs
`footprint --version` and `footprint demo` from an empty temporary folder.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {"footprint." + ".".join(p.parent.relative_to(ROOT).parts)
             for top in ("crawler", "analysis", "cli") for p in (ROOT / top).rglob("__init__.py")}
    assert found | {"footprint.data"} == listed


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(dist), str(ROOT)], check=True, cwd=tmp)
    (wheel,) = dist.glob("footprint-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # this environment's site-packages folders as plain paths: their .pth files (the checkout's editable
    # install among them) are not processed, so only the wheel provides `footprint`
    (site / "deps.pth").write_text("".join(p + "\n" for p in sys.path if p.endswith("site-packages")))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
                    "--no-deps", str(wheel)], check=True)
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    yield {"wheel": wheel, "bin": venv / "bin", "cwd": elsewhere}


def _run(installed, *args, timeout=240):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FOOTPRINT_DATA")}
    return subprocess.run([str(installed["bin"] / "footprint"), *args], cwd=installed["cwd"], env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_the_wheel_ships_one_namespace_with_its_data(installed):
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    assert all(n.startswith(("footprint/", "footprint-")) for n in names), \
        sorted({n.split("/")[0] for n in names})
    for needed in ("footprint/data/demo/persona.toml", "footprint/data/orgs/dibp.toml", "footprint/data/risk.toml",
                   "footprint/data/categories.toml", "footprint/data/schema/report.schema.json",
                   "footprint/data/lexicons/family.toml", "footprint/data/patterns/relations.jsonl",
                   "footprint/crawler/run.py", "footprint/cli/app.py"):
        assert needed in names


def test_version_from_another_folder(installed):
    result = _run(installed, "--version", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("footprint ")


def test_demo_from_another_folder(installed):
    result = _run(installed, "demo", "--out", "demo-out")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    report = json.loads((installed["cwd"] / "demo-out" / "report.json").read_text())
    assert report["findings"] and report["risk"]["band"] == "critical"
