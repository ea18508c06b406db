"""Write each set-33 persona.toml from the TRUTH table below (run after editing it).

    .venv/bin/python tests/heldout/set33/_truth.py

URLs starting with "/" get the {{BASE}} prefix. Facts are (category, value, keys, urls[, extra]) with extra
holding lat/lon/radius_m; decoys are (url, phrase, not_categories, why).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRUTH: dict[str, dict] = {}


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def u(path: str) -> str:
    return "{{BASE}}" + path if path.startswith("/") else path


def write(name: str, t: dict) -> None:
    out = [f"# Ground truth for the persona {name!r} (FICTIONAL: {t['name']} does not exist). Set 33, written blind.",
           "#", *(f"# {line}" for line in t["comment"].splitlines()), "",
           "[subject]", f"name = {q(t['name'])}", f"aliases = [{', '.join(q(a) for a in t['aliases'])}]",
           'organisation = "dibp"', f"risk_band = {q(t['band'])}", f"rank = {t['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for fact in t["facts"]:
        cat, value, keys, urls = fact[:4]
        extra = fact[4] if len(fact) > 4 else {}
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}",
                f"keys = [{', '.join(q(k) for k in keys)}]", f"urls = [{', '.join(q(u(x)) for x in urls)}]"]
        out += [f"{k} = {v}" for k, v in extra.items()] + [""]
    for url, phrase, cats, why in t.get("decoys", []):
        out += ["[[decoys]]", f"url = {q(u(url))}", f"phrase = {q(phrase)}",
                f"not_categories = [{', '.join(q(c) for c in cats)}]", f"why = {q(why)}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


F = "/forum/u/deanos_reef"
A = "/social/@deano_k"
TRUTH["reeftank"] = dict(
    name="Dean Kovacic", aliases=["deanos_reef", "deano_k", "@deano_k", "Deano"], band="critical", rank=1,
    comment="Intended band: critical. Named as Border Force at Outer Harbor on a reef forum with his phone in the\n"
            "about box; a seizure with quantity and concealment, the x-ray unit down; debt and separation; a\n"
            "shift colleague; his shift pattern; his suburb and a tank photo with GPS at home.",
    profiles=[(F + "/", "html"), (A, "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [F + "/t/3303/"]),
        ("work_location", "Outer Harbor", ["Outer Harbor"], [F + "/t/3303/"]),
        ("official_information", "38 kg of MDMA in aquarium gravel, inside resin rock", ["38 kg", "MDMA"], [F + "/t/3303/"]),
        ("official_information", "container x-ray down three weeks, hand-unpacking", ["x-ray", "hand-unpacking"], [F + "/t/3305/"]),
        ("systems_information", "container x-ray unit down awaiting vendor part", ["x-ray", "vendor"], [F + "/t/3305/"]),
        ("vulnerability", "debt: Zip and credit card, $6k", ["Zip", "credit card", "$6k"], [F + "/t/3304/"]),
        ("vulnerability", "separation and legal bills", ["separated", "lawyer"], [F + "/t/3304/"]),
        ("colleague", "Luka Petrovic (crew colleague)", ["Luka Petrovic", "Luka"], [A + "/8102"]),
        ("routine", "afternoon shift 2 till 10, four on four off", ["2 till 10", "four on four off"], [F + "/t/3302/"]),
        ("home_location", "Semaphore Park SA", ["Semaphore Park"], [F + "/"]),
        ("geotag", "-34.8503, 138.4821 (home)", ["tank-dusk"], ["/media/tank-dusk.jpg", A + "/8103"],
         {"lat": -34.8503, "lon": 138.4821, "radius_m": 100}),
        ("personal_contact", "0491 570 213", ["0491 570 213"], [F + "/"]),
        ("associate", "Gary Nolan (fish shop owner)", ["Gary Nolan", "Gaz"], [F + "/t/3303/"]),
    ],
    decoys=[
        (A + "/8105", "Border Security", ["employer", "official_information"], "A TV show watched at home."),
        (F + "/t/3302/", "power cut", ["systems_information"], "His home power, not the department's systems."),
    ],
)

if __name__ == "__main__":
    for name, t in TRUTH.items():
        write(name, t)
        print(name, len(t["facts"]))
