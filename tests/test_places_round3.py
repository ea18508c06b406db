"""Places and employment on round 3's failure classes: positives beside near-miss decoys, in new words.

Home from a for-sale post's pick-up suburb and from a commute; work locations named
as staff name them (airport codes, terminal and mail-centre nicknames, island
shorthand, "<place> office / range / data hall / compound", "<island> for the <org>");
employment shown by a grievance or "anyone else at <org>", and the department named
without "Department of". Decoys: errands, other people's postings, a truckie whose
load the org x-rays, a private screener, a TV recap. Every person and place use is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

SUBJECT, ALIASES = "Jess Tran", ["jesst"]
HOME = "https://social.example/@jesst"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), SUBJECT, ALIASES)


def post(text: str, n: int = 1) -> PostItem:
    return PostItem(profile=HOME, url=f"{HOME}/{n}", platform="activitypub", text=text, published="2026-03-02T08:00:00Z")


def staff_profile(summary: str = "Border Force officer. Views my own.") -> ProfileItem:
    return ProfileItem(profile=HOME, url=HOME, platform="activitypub", name=SUBJECT, summary=summary)


def keys(extractor, items, category: str) -> set[str]:
    return {d.key for d in extractor.extract(items) if d.category == category}


# ------------------------------------------------------------------ home stated in words

@pytest.mark.parametrize("text, expected", [
    ("Pram in great nick, $90, pick up Coburg, text 0401 555 392", "place:coburg vic"),
    ("FS 🚲 kids bike with training wheels $25. Brunswick pickup only!", "place:brunswick vic"),
    ("Giving away a fridge, works fine, you collect from Thornbury.", "place:thornbury vic"),
    ("Dryer for sale, $60 ono. Tarneit pick up.", "place:tarneit vic"),   # a GeoNames town: its normal form (round 6)
    ("Every weekday I walk out the front door in Penrith at 5.45 to make the 6.02.", "place:penrith nsw"),
    ("I leave home in Kellyville at 6.15 and still hit the M2 traffic.", "place:kellyville nsw"),
    ("My daily commute from Marrickville is a bike ride and a prayer.", "place:marrickville nsw"),
    # decoys: an errand, picking someone up, a pick-up truck, a commute nobody owns
    ("Gotta pick up my nephew in Coburg after training.", None),
    ("Picked up a pie in Brunswick on the way home.", None),
    ("Selling the old ute, $3000, or swap for a pick up truck.", None),
    ("Heard the commute from Penrith to the city is getting worse.", None),
])
def test_home_in_words(extractor, text, expected):
    got = keys(extractor, [post(text)], "home_location")
    assert got == ({expected} if expected else set())


# ------------------------------------------------------------------ work location, staff scan

@pytest.mark.parametrize("text, expected", [
    ("MEL T2 life ✈️ early starts, bad coffee.", "place:melbourne airport"),
    ("Another 4am start on the floor at BNE ITB, three flights from Manila before smoko.", "place:brisbane airport"),
    ("Night shift at the Gateway again, parcels piled to the roof.", "place:sydney gateway facility (international mail centre)"),
    ("Six years at the mail centre in Clyde and I still love the x-ray.", "place:sydney gateway facility (international mail centre)"),
    ("Got posted to CI from July, someone tell me about the crabs.", "place:christmas island"),
    ("Five years on Cocos for the Border Force, best commute in the world.", "place:cocos (keeling) islands"),
    ("Send-off for our boss tonight, the Belconnen office won't be the same without her.", "place:dibp national office, belconnen"),
    ("Quals at the Londonderry range every Tuesday, my grouping is getting there.", "place:londonderry range"),
    ("I'm freezing in the Fyshwick data hall on night shift again.", "place:fyshwick data hall"),
    ("This rotation I'm on nights in Hughes compound.", "place:hughes compound"),
    ("Farewell drinks for our boss tonight, the Chullora office won't be the same without her.", "place:chullora office"),
    ("Posted to CKI for a year, the snorkelling better be worth it.", "place:cocos (keeling) islands"),
    ("12 hr nights at Yongah Hill, Eagle compound this month.", "place:eagle compound"),
    ("Earlies at BITA all week, then swing to nights in the Banksia block.", "place:banksia block"),
    ("3 years posted to Christmas Island and I still can't get used to the crabs.", "place:christmas island"),
])
def test_work_location_as_staff_say_it(extractor, text, expected):
    assert expected in keys(extractor, [staff_profile(), post(text)], "work_location")


@pytest.mark.parametrize("text", [
    # other people's postings: a trainer's graduates, a count of recruits
    "So proud: 12 of my recruits off to Sydney Airport and 5 to Perth Airport next month.",
    "My trainees graduated today and most of them are heading to Melbourne Airport.",
    "Course 12 wrapped up on Friday: 30 passed and 9 of them are being sent straight to Perth Airport.",
    # a truckie whose load the org x-rays; a private screener; a TV recap; a bridge
    "Sat at Port Botany for five hours because Border Force sent my container to the x-ray.",
    "Two Border Force officers walked through my screening lane at Sydney Airport today.",
    "Watched Border Security last night, the officers at Melbourne Airport found snakes in a bag.",
    "Stuck on the Gateway Bridge for an hour this morning.",
    "Caught up on Border Security last night. Those ABF officers at Perth Airport are legends.",
    # an event, not a workplace; a kind of office, not a place
    "Heading to Darwin for the ABF conference next week, first time up north.",
    "I had to duck into the Tax office for work paperwork this arvo.",
    "Night shift done, then the Admin block for my payslip query.",
    "Shift done, grabbed lunch from the Staff block canteen.",
])
@pytest.mark.parametrize("staff", [False, True], ids=["loose post", "staff scan"])
def test_not_the_subjects_work_location(extractor, text, staff):
    items = [staff_profile(), post(text)] if staff else [post(text)]
    assert keys(extractor, items, "work_location") == set()


# ------------------------------------------------------------------ employer

@pytest.mark.parametrize("text, expected", [
    ("Started the grad program at Immigration and Border Protection today, so many acronyms.",
     "employer:department of immigration and border protection"),
    ("ABF management can't organise a roster to save themselves and our officers cop it every Christmas.",
     "employer:australian border force"),
    ("Anyone else at Border Force still waiting on the remote area allowance?", "employer:australian border force"),
    ("Customs management couldn't get us new boots before winter, our blokes are taping them up.",
     "employer:australian customs and border protection service"),
    ("Underpaid, overworked, and ABF leadership treats us like furniture.", "employer:australian border force"),
    ("ABF sent me to Port Hedland for three months, pack the fly net.", "employer:australian border force"),
    ("Cold pie, cold coffee, 3am. Border Force life 💪", "employer:australian border force"),
    # decoys: outsiders, news, a club, a screener, a truckie, a TV recap, a traveller sent to secondary
    ("Customs sent me to secondary because of the biltong in my bag.", None),
    ("Anyone else at the tennis club get the fee email twice?", None),
    ("Saw on the news that Border Force management wants more dogs at the airports.", None),
    ("Two Border Force officers came through my security screening lane with a beagle, very polite.", None),
    ("Border Force sends every second box of ours to the x-ray, my truck sat there all day.", None),
    ("Watched the ABF show again last night, they caught a bloke with snakes in his undies.", None),
    ("The Border Force officer at the counter was really helpful with my visa question.", None),
    ("Caught up on Border Security last night. Those ABF officers are legends, a snake in a teapot!", None),
])
def test_employer_round3(extractor, text, expected):
    got = keys(extractor, [post(text)], "employer")
    assert got == ({expected} if expected else set())
