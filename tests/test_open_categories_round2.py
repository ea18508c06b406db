"""Round 2 of the open categories' failure classes (issue 9), table-driven, positives and decoys.

Staff state operations plainly, with numbers and no "I/we"; systems fail and are worked around by hand;
vulnerability is said in plain words; routines are a named route or a swing. Decoys: a migration agent's
client's stress, a one-off Sunday outing, news, a brother's drinking, a home laptop. None of these
sentences is in data/sentences/ or tests/devset/ (whether rules or the model find them is not the point:
the subject's exposure is).
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.orgs import load_org
from footprint.crawler.items import PostItem, ProfileItem

PROFILE = "https://social.example/@jpark"
OPEN = ("official_information", "systems_information", "vulnerability", "routine")


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), "Jo Park", ["jpark"])


def post(text, n=1):
    return PostItem(profile=PROFILE, url=f"{PROFILE}/{n}", platform="activitypub", text=text,
                    published="2016-05-02T08:00:00Z")


POSITIVES = [
    ("3 kilos of heroin packed into tins of baby formula through the post, second lot this week.", "official_information"),
    ("Gun parts showed up on the x-ray inside a box of garden tools, barrel and all.", "official_information"),
    ("Two detainees went at each other over the phones, one taken to hospital under escort.", "official_information"),
    ("Four pax off the Bangkok flight held at secondary and refused entry, gone on the late flight.", "official_information"),
    ("Secondary on a couple back from Bali turned up 9 kg of undeclared pork and a heap of cash.", "official_information"),
    ("Backup link never came up when the main line died, so every clearance went on paper forms.", "systems_information"),
    ("The visa lookup thing crashed at 7 so the whole morning's arrivals went through by hand.", "systems_information"),
    ("The secure laptops are on Windows 8 and nobody has patched them since they arrived.", "systems_information"),
    ("Need a second income, I'm $1,200 a month behind since the split.", "vulnerability"),
    ("Borrowed fifty off a workmate to get me to payday, again.", "vulnerability"),
    ("Days off I'm on the beers from 9am, it's getting out of hand.", "vulnerability"),
    ("Don't know anyone in this town yet and I'm dreading the weekends.", "vulnerability"),
    ("Missed out on the promotion again, they handed it to someone from head office.", "vulnerability"),
    ("Since my wife walked out the house is dead quiet.", "vulnerability"),
    ("Couple of schooners before my shift just to steady the hands.", "vulnerability"),
    ("Most nights it's just me and an empty house.", "vulnerability"),
    ("Taking the 891 bus to Mascot every weekday, 5:40 from the stop outside home.", "routine"),
    ("Three weeks at sea, three weeks home, next swing starts Thursday.", "routine"),
]
DECOYS = [
    "My client's visa was refused today and she's panicking about the rent.",
    "A client in cancellation told me he's borrowed from everyone and isn't sleeping.",
    "Beautiful brunch on Sunday at Bronte with the in-laws.",
    "Saw on the news that customs found 5 kilos of meth in candles, unreal.",
    "My brother's drinking from the morning again and nobody can reach him.",
    "Our importers had two pallets held by Border Force this week, phones ringing off the hook.",
    "My mate's been gutted since his wife walked out on him.",
    "Missed out on the concert tickets again, sold out in minutes.",
    "A few beers before the footy with the boys, cracker of a game.",
    "The streaming server went down during the finale so we gave up and went to bed.",
    "Home router died and the backup 4G dongle never kicked in either.",
]


@pytest.mark.parametrize("text,category", POSITIVES)
def test_stated_plainly_is_found(extractor, text, category):
    got = {d.category for d in extractor.extract([post(text)])}
    assert category in got


@pytest.mark.parametrize("text", DECOYS)
def test_decoys_get_no_open_category(extractor, text):
    got = {d.category for d in extractor.extract([post(text)])} & set(OPEN)
    assert got == set()


def test_plain_official_information_needs_staff(extractor):
    """The scan-level employment gate still decides: a migration agent gets no official information from
    plainly stated specifics."""
    agent = ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name="Jo Park",
                        summary="Registered migration agent at a private practice in Parramatta.")
    texts = [post("3 kilos of heroin packed into tins of baby formula through the post, second lot this week.", 2)]
    got = {d.category for d in extractor.extract([agent, *texts])}
    assert "official_information" not in got


def test_below_threshold_official_hit_explains_itself_by_its_category(extractor):
    """A sentence accepted on specifics is explained by official-information examples, not 'none' ones."""
    from footprint.analysis.detect import meaning
    dets = [d for d in extractor.extract([post(t) for t, c in POSITIVES if c == "official_information"])
            if d.category == "official_information" and d.pattern == "learned:minilm"]
    corpus = {e.text: e.label for e in meaning.load_corpus()}
    for d in dets:
        for shown in d.attrs["learned"]["nearest"]:
            assert corpus[shown.rsplit(" (", 1)[0]] == "official_information"
