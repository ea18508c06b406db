"""Writes the demo persona's own data downloads: a fictional X archive and a Strava export.

Casey Morgan is fictional (see README.md); so is everything here. The X
archive is in X's real layout (data/account.js, profile.js, tweets.js as
`window.YTD.<name>.part0 = [...]`). The Strava export is Strava's bulk
layout (activities.csv + activities/*.gpx|.tcx|.gpx.gz) with morning runs
from home and weekday commute rides to Sydney Airport T1: no file names the
home, the runs start at 06:xx on weekdays (not the night/weekend hours photo
inference uses), and every run starts and ends 20-60 m from the door, so the
home is inferable only from where the tracks start and end.

    .venv/bin/python data/demo/make_exports.py      # deterministic; output committed under exports/
"""
from __future__ import annotations

import json
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from footprint.crawler.exports.synth import Place, make_strava  # noqa: E402
from make_photos import AIRPORT_T1, HOME  # noqa: E402

OUT = HERE / "exports"
HANDLE = "caseym_runs"


def _ytd(name: str, rows: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def _tweet(tid: int, when: str, text: str, *, geo: tuple[float, float] | None = None, place: str = "",
           box: tuple[float, float, float, float] | None = None, tags: tuple[str, ...] = ()) -> dict:
    tweet = {"id_str": str(tid), "id": str(tid), "created_at": when, "full_text": text, "lang": "en",
             "entities": {"hashtags": [{"text": t} for t in tags], "user_mentions": [], "urls": []}}
    if geo:
        tweet["geo"] = {"type": "Point", "coordinates": [geo[0], geo[1]]}
        tweet["coordinates"] = {"type": "Point", "coordinates": [geo[1], geo[0]]}
    if place:
        tweet["place"] = {"full_name": place, "name": place.split(",")[0], "place_type": "city",
                          "country_code": "AU"}
        if box:
            w, s, e, n = box
            tweet["place"]["bounding_box"] = {"type": "Polygon",
                                              "coordinates": [[[w, s], [e, s], [e, n], [w, n]]]}
    return {"tweet": tweet}


TWEETS = [
    _tweet(1901000000000000001, "Sat Mar 14 08:12:40 +0000 2026",
           "Parkrun done, then straight home for pancakes with Jack. Nothing beats a Saturday in Revesby.",
           geo=(HOME[0] + 0.0003, HOME[1] - 0.0002), place="Revesby, Sydney", tags=("parkrun",)),
    _tweet(1901000000000000002, "Tue Apr 21 20:05:11 +0000 2026",
           "Another 5am start on the arrivals line at T1. Border Force life: coffee, passports, repeat.",
           place="Sydney Airport, Mascot", box=(151.160, -33.945, 151.180, -33.930)),
    _tweet(1901000000000000003, "Mon May 04 07:40:02 +0000 2026",
           "New commuter bike sorted. Revesby to the airport along the M5 cycleway in under 30 minutes.",
           tags=("bikecommute",)),
    _tweet(1901000000000000004, "Fri Jun 05 09:30:45 +0000 2026",
           "Pepper (our border collie) is home from the vet and back to stealing socks.",
           place="Revesby, Sydney", box=(151.000, -33.962, 151.025, -33.945)),
    _tweet(1901000000000000005, "Wed Jul 08 10:15:00 +0000 2026",
           "Anyone else's kid obsessed with planes? Jack wants to see where I work every single day."),
]


def make_x_archive(folder: Path) -> None:
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "account.js").write_text(_ytd("account", [{"account": {
        "email": "casey.m.1987@example.com", "createdVia": "web", "username": HANDLE, "accountId": "900000001",
        "createdAt": "2019-02-11T09:14:03.000Z", "accountDisplayName": "Casey M"}}]), encoding="utf-8")
    (data / "profile.js").write_text(_ytd("profile", [{"profile": {"description": {
        "bio": "Runner, dad, airport early shifts. Views my own.", "website": "",
        "location": "Revesby, Sydney"}, "avatarMediaUrl": ""}}]), encoding="utf-8")
    (data / "tweets.js").write_text(_ytd("tweets", TWEETS), encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    make_x_archive(OUT / "x-archive")
    # weekday runs only, at 06:xx: never in the night/weekend hours that photo home inference uses
    truth = make_strava(OUT / "strava", home=Place(*HOME), work=Place(*AIRPORT_T1), days=28, seed=1987,
                        start=datetime(2026, 5, 4, tzinfo=timezone.utc), run_weekdays=(0, 1, 2, 3, 4))
    print(f"wrote {OUT}: X archive ({len(TWEETS)} tweets), Strava ({truth.activities} activities, "
          f"{truth.commutes} commutes)")


if __name__ == "__main__":
    main()
