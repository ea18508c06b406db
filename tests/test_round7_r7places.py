"""Round 7 (r7places): the subject's own work site named as a bare place, the work end of a commute, and the
org's vessels and buildings seen as sights (not employment).

Every person and place name here is fictional or an ordinary Australian place; the texts are written for these tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.crawler.items import ProfileItem

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import PROFILE as KIT, bio as kit_bio, kit_extractor, post as kit_post  # noqa: E402

STAFF_BIO = kit_bio("Boarding officer with the ABF. Views my own.")


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _work(kit, items) -> set[str]:
    return {d.key for d in kit.extract(items) if d.category == "work_location"}


NAMED_SITES = {
    # a name and a feature word, in a work sentence, across registers
    "terse shift post": ("Lates. Corio Quay. Blowing a gale.", "place:corio quay"),
    "boardings off a point": ("Three boardings off Stanvac Point today, the anchorage is chockers with tankers",
                            "place:stanvac point"),
    "town port with a count": ("Gladstone port cooked us today, 40 boxes through the x-ray by nine",
                               "place:gladstone port"),
    "lower-case dock, forum style": ("4th night in a row at tulloch dock, reefers screaming, ears ringing",
                                     "place:tulloch dock"),
    "airport terminal by number": ("back at T1 all week and my feet have filed a grievance", "place:t1"),
    "landing with a town": ("the Weipa landing again, three barges and a mozzie swarm", "place:weipa landing"),
    "bay with the gangway": ("up the gangway of a bulk carrier at Bell Bay by 0600, coffee first",
                             "place:bell bay"),
    "bare town with vessels counted": ("off to weipa for the compliance blitz, 4 vessels a day they reckon",
                                       "place:weipa qld"),
    "out of a town on patrol": ("The cutter leaves Broome on Friday for 18 days on patrol, so no footy finals for me",
                                "place:broome wa"),
    "terminal with cruise ships": ("nights this week at the Fremantle terminal, 3 cruise ships in and the dogs flat out",
                                   "place:fremantle terminal"),
    "a centre by acronym and suburb nickname": ("nights at the CTC in Fyshy again, the aircon is still broken",
                                                "place:ctc fyshy"),
    # near misses: a sight, a walk, fishing, a phrase, a train line, a leaked closure, fireworks, a school, a station
    "fishing off a wharf": ("Fishing off Garden Island wharf with the kids, caught two bream", None),
    "sunset at a point": ("Sunset stroll out to Stanvac Point, the tankers lit up like Christmas", None),
    "at this point": ("at this point the night shift is just vibes", None),
    "a train line": ("T3 line down again, bus replacement the whole way", None),
    "another office closing": ("Rumour mill says they're shutting the Hobart office by June, poor buggers", None),
    "fireworks at a quay": ("watched the fireworks from Circular Quay, 12 vessels lit up in a row", None),
    "a school named for a bay": ("another sports carnival at Sandridge Bay Primary, 40 kids on the oval", None),
    "a commute origin": ("On earlies I get the 5:40 train from Revesby station and I'm on the primary line by 6:30", None),
    "a bus from a town": ("My 6:40 bus from Weipa was late again", None),
    "a club by acronym": ("met a mate at the RSL in Belco again, shift tomorrow", None),
}


@pytest.mark.parametrize("text, key", NAMED_SITES.values(), ids=NAMED_SITES.keys())
@pytest.mark.parametrize("with_bio", [True, False], ids=["staff scan", "post alone"])
def test_named_work_site(kit, text, key, with_bio):
    items = [STAFF_BIO, kit_post(text)] if with_bio else [kit_post(text)]
    got = _work(kit, items)
    if key is None or not with_bio and key in NEEDS_A_STAFF_SCAN:
        assert got == set()
    else:
        assert got == {key}


# a post alone with neither "I" nor a subject-less start could be anyone's: only a staff scan reads it
NEEDS_A_STAFF_SCAN = {"place:weipa landing", "place:bell bay"}


def test_terse_shift_post_needs_a_shift_word_or_the_org_when_alone(kit):
    assert _work(kit, [kit_post("Nights. Port Hedland. 38 degrees at midnight.")]) == set()    # a traveller could say it
    assert _work(kit, [STAFF_BIO, kit_post("Nights. Port Hedland. 38 degrees at midnight.")]) == {"place:port hedland"}


def test_a_scan_that_rules_employment_out_reads_no_named_site(kit):
    outsider = ProfileItem(profile=KIT, url=KIT, platform="activitypub", name="Kit Finch",
                           summary="Harbour tour guide. Never worked for government, never will.")
    assert _work(kit, [outsider, kit_post("Three boardings off Stanvac Point today, the anchorage is chockers")]) == set()


@pytest.mark.parametrize("text, key", [
    ("Nine years of the 6:55 bus out of Kambah every working morning and the 5:10 home from the Woden interchange",
     "place:woden act"),
    ("I commute from Werribee to Docklands every day and the V/Line is a lottery", "place:docklands vic"),
    ("catch the ferry into Manly for work most days, best commute in Sydney", "place:manly nsw"),
    ("Got home from Bali yesterday, jet lag is brutal", None),                    # a trip, not a commute
    ("the train home from the footy in Richmond took forever", None),             # home from leisure
    ("Walked home from the Belconnen markets with a bag of mandarins", None),
    ("Catching the 400 bus to Mascot each morning, then a swim", None),           # where the bus goes, not work
])
def test_work_end_of_a_commute(kit, text, key):
    assert _work(kit, [kit_post(text)]) == ({key} if key else set())


@pytest.mark.parametrize("text", [
    "Led 30 tourists past the Border Force cutter at the Townsville port today, they loved it",
    "Took the pilot launch out past the Border Force cutter at Botany, glassy water and a pod of dolphins",
    "Walking tour stop 4: the old Customs steps, now the Border Force office, then on to the detention centre",
])
def test_org_vessels_and_buildings_seen_as_sights(kit, text):
    found = kit.extract([kit_post(text)])
    assert not [d for d in found if d.category in ("employer", "work_location")]


def test_sights_do_not_hide_an_officer_saying_where_they_work(kit):
    text = "Five years working for the ABF at the cruise terminal and I still wave at the tour groups"
    assert "employer:australian border force" in {d.key for d in kit.extract([kit_post(text)])}


def test_terse_post_naming_the_org_and_a_town_is_employer_and_work(kit):
    found = kit.extract([kit_post("Border Force. Karratha. Red dirt everywhere.")])
    assert {d.key for d in found if d.category == "employer"} == {"employer:australian border force"}
    assert {d.key for d in found if d.category == "work_location"} == {"place:karratha wa"}


HOME_SAID = {
    # where locals say they are: a child in our street, "anyone else in", "here in", "at home in", "our corner of"
    "child in our street": ("Our youngest finally rode her bike the length of our street in Kaleen without the training "
                            "wheels", "place:kaleen act"),
    "anyone else in, lower case": ("anyone else in altona north lose power last night? ours is still out",
                                   "place:altona north vic"),
    "here in": ("Kids asleep, dishwasher humming, rain on the roof here in Macgregor. Bliss.", "place:macgregor"),
    "at home in": ("Quiet night in at home in Ngunnawal, pizza and the footy on", "place:ngunnawal act"),
    # the subject by name on an about page or a club page
    "about page lives in": ("Kit Finch lives in Wanniassa with two cats and a questionable sourdough starter",
                            "place:wanniassa act"),
    "club page local": ("Kit, a proud Narrabundah local, has turned out for the club's thirds since 2015",
                        "place:narrabundah act"),
    # near misses: driven through, a pub night, someone else who lives there, a mate's suburb, a tagline that is no place
    "driven through": ("Drove through Kaleen on the way to the footy, traffic was nuts", None),
    "asking for a mate": ("anyone know a good mechanic in altona north? asking for a mate who lives there", None),
    "someone else lives there": ("Sam Okafor lives in Wanniassa and keeps the club books in order", None),
    "pub trivia": ("Great night at the Ngunnawal pub trivia, came second to the librarians again", None),
    "a team, not a suburb": ("Kit, a Canberra Raiders tragic, plays on the wing for the thirds", None),
    "here for a week": ("here in Noosa for a week with the in-laws, the pool is freezing", None),
}


@pytest.mark.parametrize("text, key", HOME_SAID.values(), ids=HOME_SAID.keys())
def test_home_said_the_way_locals_say_it(kit, text, key):
    keys = {d.key for d in kit.extract([kit_post(text)]) if d.category == "home_location"}
    assert keys == ({key} if key else set())
