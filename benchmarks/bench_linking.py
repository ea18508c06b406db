"""Benchmark: link 50,000 synthetic mentions; target under 10 s wall time.

Run: .venv/bin/python benchmarks/bench_linking.py [N]

The mentions mimic a heavy footprint: people named with variants ("Sarah",
"Sarah K", "Sara", "my wife"), suburbs with postcodes and typos, jittered
geotags, contacts, employer names and topics. All names are fictional.
Wall time is measured without tracing; peak memory is the process's max RSS
and, in a second traced run on a tenth of the data, tracemalloc's peak.
"""
from __future__ import annotations

import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from footprint.analysis.findings import Detection, Evidence  # noqa: E402
from footprint.analysis.link.linking import link  # noqa: E402
from benchutil import peak_rss_mb  # noqa: E402

TARGET_S = 10.0
FIRST = ("Sarah Alex Jordan Priya Liam Mia Noah Chloe Ethan Zara Oliver Ava Lucas Isla Mason Ruby Harper Leo "
         "Grace Finn Ivy Hugo Nina Owen Tara Ezra Lena Jack Jackson Hannah Amir Leila Marco Sienna Kai Maya "
         "Felix Nora Theo Aria Jasper Elsie Arlo Willow Remy Hazel Otis Matilda Milo Frankie").split()
LAST = ("Kelly Nguyen Smith Patel Brown Wilson Taylor Martin Lee Walker Hall Young King Wright Scott Green Baker "
        "Adams Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards").split()
RELATIONS = ("wife", "husband", "son", "daughter", "brother", "sister", "mother", "father")
SUBURBS = ("Parramatta Blacktown Penrith Liverpool Fairfield Bankstown Hurstville Chatswood Ryde Epping Hornsby "
           "Mascot Botany Randwick Coogee Bondi Marrickville Newtown Strathfield Burwood Auburn Granville "
           "Merrylands Castle Hill Kellyville Rouse Hill Campbelltown Cronulla Miranda Sutherland").split()
SITES = ("Sydney Airport", "Port Botany", "Villawood Immigration Detention Centre", "Melbourne Airport")


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5 or rng.random() > 0.15:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1:]


def make_mentions(n: int = 50_000, seed: int = 7) -> list[Detection]:
    """n fictional detections across categories, with realistic repetition and variants."""
    rng = random.Random(seed)
    people = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(RELATIONS)) for _ in range(400)]
    friends = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(1500)]
    centres = [(-33.6 - rng.random() * 0.5, 150.7 + rng.random() * 0.6) for _ in range(800)]
    out: list[Detection] = []
    for i in range(n):
        url = f"https://social.example/@subject/{i // 3}"
        ev = Evidence(url=url, kind="text", excerpt=f"post {i}", posted_at=f"2026-0{1 + i % 9}-1{i % 10}T08:00:00Z",
                      profile="https://social.example/@subject")
        r = rng.random()
        if r < 0.25:
            first, last, rel = rng.choice(people)
            form = rng.randrange(4)
            name = [first, f"{first} {last[0]}", f"{_typo(rng, first)} {last}", ""][form]
            value = f"{name} ({rel})" if name else f"my {rel}"
            d = Detection("family", value, f"family:{name.lower()}:{rel}", 0.7 + rng.random() * 0.2,
                          "FamilyDetector", "relation_name", ev, attrs={"relation": rel, "name": name})
        elif r < 0.45:
            first, last = rng.choice(friends)
            name = rng.choice([first, f"{first} {last}", f"{_typo(rng, first)} {last}"])
            d = Detection("associate", name, f"associate:{name.lower()}", 0.6, "AssociateDetector", "friend_name",
                          ev, attrs={"relation": "friend", "name": name})
        elif r < 0.6:
            sub = rng.choice(SUBURBS)
            value = rng.choice([sub, f"{sub} NSW", f"{sub} NSW 2{rng.randrange(100, 999)}", _typo(rng, sub)])
            d = Detection("home_location", value, f"home:{value.lower()}", 0.7, "HomeDetector", "suburb", ev)
        elif r < 0.8:
            lat, lon = rng.choice(centres)
            lat += rng.gauss(0, 0.00008)
            lon += rng.gauss(0, 0.00008)
            d = Detection("geotag", f"{lat:.4f}, {lon:.4f}", f"geotag:{lat:.4f},{lon:.4f}", 0.95, "ImageGeotag",
                          "exif_gps", ev, attrs={"lat": lat, "lon": lon, "sources": [url]})
        elif r < 0.88:
            email = f"{rng.choice(FIRST).lower()}.{rng.randrange(300)}@example.com"
            d = Detection("personal_contact", email, f"email:{email}", 0.9, "EmailDetector", "email", ev)
        elif r < 0.94:
            site = rng.choice(SITES)
            d = Detection("work_location", site, f"site:{site.lower()}", 0.8, "WorkSiteDetector", "site", ev)
        else:
            d = Detection("employer", "Australian Border Force", "employer:australian border force", 0.9,
                          "EmployerDetector", "org_alias", ev)
        out.append(d)
    return out


def main(n: int = 50_000) -> float:
    mentions = make_mentions(n)
    start = time.perf_counter()
    findings = link(mentions)
    wall = time.perf_counter() - start
    rss_mb = peak_rss_mb()
    small = make_mentions(n // 10, seed=8)
    tracemalloc.start()
    link(small)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    verdict = "OK" if wall < TARGET_S else "SLOW"
    print(f"linked {n} mentions -> {len(findings)} findings in {wall:.2f} s "
          f"(target {TARGET_S:.0f} s: {verdict}); peak RSS {rss_mb:.0f} MB; "
          f"tracemalloc peak for {n // 10} mentions {peak / 2**20:.1f} MB")
    return wall


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
