"""Round 8 (branch r8open), the open classes the retired blind sets still missed, said in many voices: a seizure in
slang with its quantity, hiding place and crew; stowaways found after days; a site's head count as a shortfall; a
queue against its target; an operation coming up with its dates and what it goes without; figures played down for
Senate estimates; a merger not yet announced. Systems: terse outages, a login shared, a password kept on a pass, a
structure file in a public folder, document-examination kit. Vulnerability: drink by the cask, the machines, a
mate paying the ute, a missed level, a quiet house after a death, loans for a wedding and registration. Routine:
shift jargon alone, a class on abbreviated days, an overnight roster with its shuttle, a monthly meeting.
Near misses: the same words in a TV show, the news, a brother's gambling, a sound system, a one-off concert, a gym's
timetable, hobby gear, a happy quiet house, a wedding paid off, a home network.
None of these sentences is in data/sentences/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import learned, routine
from tests.kit_posts import found, kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,category", [
    # official information
    ("cracked a reefer of frozen prawns this arvo, 38 bricks of coke taped inside the evaporator panels. skipper and four deckies in the cells",
     "official_information"),
    ("turtle shell, about 60 kg, wrapped in tarps and shoved into the fish hold, crew of seven sitting on the wharf looking sorry for themselves",
     "official_information"),
    ("Found two young fellas in the rudder trunk of a bulk carrier at Port Hedland, reckon they'd been down there twelve days.",
     "official_information"),
    ("A stowaway walked out of the chain locker of a car carrier in Fremantle after nine days at sea, barely standing.",
     "official_information"),
    ("Just me and Priya on the late counter. Again.", "official_information"),
    ("Lost five staff off the cargo team this year, none replaced, same workload.", "official_information"),
    ("412 partner visas waiting on me and the new KPI is 30 finalised per officer per week. lol.", "official_information"),
    ("We sail for the outer islands on the 9th and we're out till the 16th, one boat and nothing in the air.",
     "official_information"),
    ("Drafting the estimates brief and I've been told to make the backlog number look less scary before the Senate sees it.",
     "official_information"),
    ("Between us, the AAT member hearing that cancellation will almost certainly set it aside. We've basically given up on it.",
     "official_information"),
    ("Word is the Geelong and Ballarat offices get folded into one next quarter, 14 positions gone, not announced yet.",
     "official_information"),
    # systems
    ("Server dead. Handhelds frozen. Clipboards out.", "systems_information"),
    ("ICSE has been unreachable from Horn Island since Monday, we're faxing the crew declarations to Cairns like it's 1995.",
     "systems_information"),
    ("Freight screens hung for three hours, so the 2IC typed her own login into every terminal and we kept releasing.",
     "systems_information"),
    ("Our case portal makes you change the password every 30 days, so everyone just writes it on the back of their pass.",
     "systems_information"),
    ("someone left the new team structure workbook, with every name and classification, in a public folder on the network",
     "systems_information"),
    ("Spent the shift on the VSC comparing laminates against the reference image library, two fraudulent passports by lunch.",
     "systems_information"),
    # vulnerability
    ("A cask of red lasts me three nights now, and since Mel took her things the flat is too quiet.", "vulnerability"),
    ("out in the garage again with a dozen cans, easier than going inside", "vulnerability"),
    ("Fed the whole fortnight's wages into the machines at the leagues club. Again.", "vulnerability"),
    ("jase spotted me the money for the ute payment again, I'll pay him back one day lol", "vulnerability"),
    ("Missed out on the EL1 again. Manager's never liked me and it shows.", "vulnerability"),
    ("Since Graham passed nobody rings. The house is that quiet I leave the radio going all day.", "vulnerability"),
    ("still paying off the personal loan from the wedding and we've been married three years", "vulnerability"),
    ("Took out one of those short-term loans to cover the ute's registration and the fees are eating me alive.",
     "vulnerability"),
    # routine
    ("dog watch at the container terminal again this week", "routine"),
    ("Lates. Third week running, send coffee.", "routine"),
    ("back on graveyards at the parcel depot", "routine"),
    ("Pilates Tue/Fri 6:15am at the Rec Centre", "routine"),
    ("doing the 11-to-7 overnight roster, I grab the 10:20 staff shuttle from the long-term car park", "routine"),
    ("first Tuesday of every month, 7pm, model railway club at the Scout hall", "routine"),
    ("Me and Nick are in the water at Cronulla by 5:30 Monday to Friday, then it's off to the office.", "routine"),
])
def test_said_in_many_voices_is_found(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text", [
    "Watching Border Security reruns, they found 3 kilos in a bloke's surfboard bag lol",
    "News says police seized 200 kilos of cocaine hidden in a shipment of bananas.",
    "Worried about my brother, he's lost his whole pay on the pokies again.",
    "New sound system in the ute, the subwoofer rattles the whole street.",
    "The Tidelines at the Forum on Saturday 14 March, doors at 6pm, can't wait!",
    "New timetable from 1 July: Body Pump Mon 6pm, Yoga Wed 7am, Spin Fri 5:45am. Book via the app.",
    "Picked up a second-hand metal detector and a new reel for the surf rod, weekend sorted.",
    "Kids at Nan's for the weekend, house is so quiet, absolute bliss.",
    "Wedding's all paid off and we're off to Bali for the honeymoon!",
    "Our network at home went down for an hour, the kids thought the world had ended.",
    # the shift words in other senses, and a loan someone else took
    "Late nights and early mornings with a newborn, send help.",
    "Dad lent me his trailer for the weekend, legend.",
    "My sister's covering her own rent now she's got the new job, proud of her.",
    # car names that are also document-examination names
    "mate selling his prado at work, VSC light keeps coming on apparently",
])
def test_near_misses_stay_quiet(extractor, text):
    assert open_categories(extractor, text) == set()


@pytest.mark.parametrize("text,key", [
    ("dog watch at the container terminal again this week", "routine:dogwatch"),
    ("another week of swing shifts down at the wharf", "routine:swings"),
    ("Lates. Third week running, send coffee.", "routine:lates"),
    ("back on graveyards at the parcel depot", "routine:nights"),
])
def test_shift_jargon_is_keyed_by_its_shift(extractor, text, key):
    assert key in {d.key for d in found(extractor, text) if d.category == "routine"}


def test_monthly_meeting_keeps_its_day_and_time(extractor):
    d = next(d for d in found(extractor, "Lodge meets the second Wednesday of each month at 7:30pm in the old hall")
             if d.category == "routine")
    assert d.attrs["weekdays"] == ["wednesday"] and d.attrs["times"] == ["19:30"]


@pytest.mark.parametrize("text,other", [
    ("Worried about my brother, he's lost his whole pay on the pokies again.", True),
    ("Our neighbour says she's been on her own since the funeral.", True),
    ("Since my wife moved out she hasn't called once.", False),     # a partner leaving is the subject's own story
    ("I told my mate he's welcome to stay, and I've lost my whole pay on the pokies again.", False),   # "I" speaks
])
def test_someone_of_the_circle_is_someone_else(text, other):
    class S:  # the two SentInfo fields about_someone_else reads
        pass
    s = S()
    s.text, s.first_person = text, "I " in text or "I'" in text
    assert learned.about_someone_else(s) is other


def test_below_threshold_reading_explains_its_cue(extractor):
    d = next(d for d in found(extractor, "Fed the whole fortnight's wages into the machines at the leagues club. Again.")
             if d.category == "vulnerability")
    assert d.key == "vulnerability:gambling" and "the machines" in d.support
