"""Write each persona's persona.toml from the TRUTH tables in its truth.py (set 22).

    .venv/bin/python tests/heldout/set22/_truth.py
Fact rows: (category, value, keys, urls[, {"lat":..,"lon":..,"radius_m":..}]).
Decoy rows: (url, phrase, not_categories, why).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def render(mod) -> str:
    s = mod.SUBJECT
    out = [f"# Ground truth for {s['name']} (FICTIONAL), held-out set 22. Written blind; see ../../README.md.", "",
           "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s.get('aliases', []))}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, platform in mod.PROFILES:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for row in mod.FACTS:
        cat, value, keys, urls = row[:4]
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}", f"keys = {q(keys)}", f"urls = {q(urls)}"]
        for k, v in (row[4] if len(row) > 4 else {}).items():
            out.append(f"{k} = {q(v)}")
        out.append("")
    for url, phrase, cats, why in getattr(mod, "DECOYS", []):
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}", f"not_categories = {q(cats)}", f"why = {q(why)}", ""]
    return "\n".join(out)


def main() -> None:
    for d in sorted(p for p in HERE.iterdir() if (p / "truth.py").is_file()):
        spec = importlib.util.spec_from_file_location(f"_truth22_{d.name}", d / "truth.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        (d / "persona.toml").write_text(render(mod), encoding="utf-8")
        print(d / "persona.toml", len(mod.FACTS), "facts")


if __name__ == "__main__":
    main()
