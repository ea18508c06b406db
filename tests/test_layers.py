"""Imports go one way: cli -> analysis -> crawler's data model; nothing lower imports anything higher.

A small AST check over every module: the crawler imports nothing of analysis/ or cli/; analysis
imports nothing of cli/ and, of the crawler, only its data model (items, the scan spec, the
organisation profile, paths, version) and the store's read API; and nothing imports the folders
by their bare names (`crawler`, `analysis`, `cli`), which only exist in a source checkout.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ANALYSIS_MAY_USE = {"footprint.crawler.items", "footprint.crawler.spec", "footprint.crawler.orgs",
                    "footprint.crawler.paths", "footprint.crawler.version", "footprint.crawler.store"}


def imports(path: Path) -> list[str]:
    """Every absolute module a file imports at run time (relative imports are not used in the packages;
    imports under `if TYPE_CHECKING:` only name types for annotations and are left out)."""
    found = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING":
            return
        if isinstance(node, ast.Import):
            found.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import (use footprint.* names)"
            found.extend(f"{node.module}.{a.name}" for a in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


def modules(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def _rule_breaks(layer: str) -> list[str]:
    out = []
    for path in modules(layer):
        for name in imports(path):
            top = name.split(".")[0]
            where = f"{path.relative_to(ROOT)} imports {name}"
            if top in ("crawler", "analysis", "cli"):
                out.append(where + " (bare folder name)")
            elif layer == "crawler" and name.startswith(("footprint.analysis", "footprint.cli")):
                out.append(where)
            elif layer == "analysis" and name.startswith("footprint.cli"):
                out.append(where)
            elif layer == "analysis" and name.startswith("footprint.crawler") and \
                    not any(name == m or name.startswith(m + ".") for m in ANALYSIS_MAY_USE):
                out.append(where + " (analysis reads only the crawler's data model and store)")
    return out


@pytest.mark.parametrize("layer", ["crawler", "analysis", "cli"])
def test_imports_point_one_way(layer):
    assert modules(layer), f"no modules under {layer}/"
    assert _rule_breaks(layer) == []


def test_the_check_sees_a_wrong_import(tmp_path, monkeypatch):
    """The rule is live: a crawler module importing analysis is reported."""
    bad = tmp_path / "crawler" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("from footprint.analysis.findings import Finding\nimport crawler.items\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert len(_rule_breaks("crawler")) == 2
