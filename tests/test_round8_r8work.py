"""Round 8 (r8work): employment must be the subject's own, and staff say it casually.

The agency named as a third party acting ("an <agency> officer gave evidence", "<agency> boarded and were gone
by nine") is nobody's employer, inside knowledge or workplace without a first-person link; a neighbour's or
cousin's job is theirs. Staff who count themselves among a unit named by its town, or name their office by its
street, its lift or its city, are found. Staff-only categories need the scan to show the subject as staff.

Every person and place name here is fictional or an ordinary Australian place; the texts are written for these tests.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link import staff_gate

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import found, keys, kit_extractor  # noqa: E402


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


OUTSIDERS = {
    "court reporter": "Afternoon session: a Border Force officer was asked about the seal numbers on the second container.",
    "shipping agent": "ABF boarded for inward clearance at 0700 and were gone by half eight, easy.",
    "union reminder": "When Border Force or the dog unit are working the north shed, keep the forklifts out of lane 2.",
    "customs broker": "Border Force pulled the client's reefer for the x-ray again, released Thursday arvo.",
    "freight forwarder": "Border Force and their dogs went through the LCL shed all morning, so collections run late.",
    "airline ground staff": "the abf crew at gate 12 pulled a family off the Denpasar flight, we held the door",
    "cruise crew": "Border Force came aboard at six and nobody from the crew got ashore till after nine.",
    "police officer": "Border Force officers handed the driver over to us at the cargo gate just after midnight.",
    "researcher": "Home Affairs staff walked our panel through the new visa queue at the symposium.",
    "traveller": "The ABF officer at Tullamarine made me open every single bag for a packet of Tim Tams.",
    "TV viewer": "On Border Security tonight the ABF dog team found a suitcase full of bird eggs, unreal.",
    "neighbour": "Neighbour's young fella just joined Border Force, they're sending him to Darwin after the college.",
    "cousin": "my cousin's an ABF officer and even she says the queues at Cairns are a joke",
    "yachtie": "Border Force boarded our yacht off Horn Island, two officers, checked the passports, gone in 20 minutes.",
    "passive, met": "Got pulled aside by a Border Force officer at Brisbane, all over in five minutes.",
    "in a queue there": "when ur in the queue at home affairs for the 3rd time this week",
    "an officer at a counter": "A Border Force officer at the counter said the passenger system had been down since lunch.",
    "a role title acting on me": "The customs officer at Tullamarine made me unpack my whole suitcase for a jar of Vegemite.",
    "a brother's new title": "Proud of my brother, a brand new customs officer as of Friday.",
    "awaited": "Our ship's been waiting on the Border Force boarding party since 6am.",
    "thanked for a service": "Big thanks to the ABF crew at Cairns airport for finding my daughter's passport.",
    "boarded us, two of us": "Border Force boarded us off Lizard Island, the two of us on deck with passports out by 7.",
    "boarded, all of us on deck": "Border Force boarded, all of us on deck with passports out by 7.",
    "someone met": "Spoke to an ABF officer at the expo about the seasonal jobs, very helpful.",
}


@pytest.mark.parametrize("text", OUTSIDERS.values(), ids=OUTSIDERS.keys())
def test_the_agency_as_a_third_party_is_no_employer(kit, text):
    assert keys(kit, text, "employer") == set()


@pytest.mark.parametrize("text", [OUTSIDERS[k] for k in ("court reporter", "airline ground staff", "police officer",
                                                         "yachtie", "traveller", "an officer at a counter")])
def test_the_agency_as_a_third_party_is_no_inside_knowledge_or_workplace(kit, text):
    cats = {d.category for d in found(kit, text)}
    assert not cats & {"official_information", "systems_information", "work_location"}


STAFF = {
    # the same words with a first-person link to the agency stay employment
    "tenure with the agency acting": ("ABF sent me to Port Hedland for three months, pack the fly net.",
                                      "employer:australian border force"),
    "own job elsewhere in the post": ("My director gave a cracking talk at the branch offsite about our work. Home "
                                      "Affairs is lucky to have her.", "employer:department of home affairs"),
    "service pin elsewhere": ("got my 15 yr pin from the department today. home affairs has changed a lot since the "
                              "old DIBP days", "employer:department of home affairs"),
    "trained me": ("the legend who trained me at the college hung up the uniform today, ABF won't be the same",
                   "employer:australian border force"),
    "grievance with 'us'": ("Border Force management treats us like furniture.", "employer:australian border force"),
    "a role title said of oneself": ("I've been a customs officer at the airport since before the merger.",
                                     "employer:australian customs and border protection service"),
    "a subjectless shift with the crew": ("Another late with the ABF crew, three flights in already.",
                                          "employer:australian border force"),
    # staff who count themselves among a unit named by its town
    "population: me": ("ABF Weipa, population: me and the two Daves 🐊", "employer:australian border force"),
    "that's us": ("ABF Karratha crew, that's us, 3 boardings before smoko", "employer:australian border force"),
    "the two of us": ("Home Affairs Mackay, just the two of us on the counter till March.",
                      "employer:department of home affairs"),
    "me n two others": ("abf gladstone = me n two others lol", "employer:australian border force"),
    "a colon and me": ("Home Affairs Darwin office: me, Kylie and a printer that hates us both.",
                       "employer:department of home affairs"),
    "both of us, in brackets": ("the whole ABF Bundaberg team (both of us) got flu shots today",
                                "employer:australian border force"),
    "yours truly": ("Border Force Eden, staffed by yours truly and one very old ute.", "employer:australian border force"),
    "the unit acting, the writer counted in": ("ABF Weipa (all 3 of us) boarded the tanker at first light.",
                                               "employer:australian border force"),
    # the generic "you" of a staff meme is the writer
    "when ur in the dept": ("when ur in the dept of home affairs and ur nan still thinks u stamp passports lol",
                            "employer:department of home affairs"),
    "when you work for": ("when you work for Border Force and every family bbq turns into a customs quiz",
                          "employer:australian border force"),
    "the rest of us": ("shout out to the rest of us at Border Force Bundaberg, we survived the car ship",
                       "employer:australian border force"),
    # a copula makes the sentence's subject the role: a club page about the subject, said in the third person
    "club page: she is a": ("Away from the pitch she is a Border Force officer at the Fremantle passenger terminal, "
                            "which she reckons keeps her calm under pressure.", "employer:australian border force"),
    "club page: he was a": ("Before he took over the under 12s he was a Home Affairs case officer in Parramatta for a "
                            "decade.", "employer:department of home affairs"),
}


@pytest.mark.parametrize("text,key", STAFF.values(), ids=STAFF.keys())
def test_staff_said_casually_is_employment(kit, text, key):
    assert key in keys(kit, text, "employer")


WORK_PLACES = {
    "unit town, population": ("ABF Weipa, population: me and the two Daves 🐊", "place:weipa qld"),
    "unit town, that's us": ("Team of four at ABF Port Hedland (that's us in the photo), cargo and small craft.",
                             "place:port hedland wa"),
    "unit town, lower case": ("abf gladstone = me n two others lol", "place:gladstone qld"),
    # round 14: the wharf said by its kind alone takes the one town the scan gives (here the crew's own)
    "another arvo at the wharf": ("Border Force Devonport crew = us three and a kettle. another arvo at the wharf",
                                  "place:devonport wharf"),
    "street office by a time": ("Train was packed but still in the Collins St office by 8:15, my team lead didn't "
                                "notice.", "place:collins st"),
    "contact centre on a street": ("lunch outside the contact centre on Wharf Street with my team, sun at last",
                                   "place:wharf street"),
    "the building's lift": ("Cooper St lift broken again. Fyshwick glamour. Nine flights up to my desk at the "
                            "Department of Home Affairs.", "place:cooper st"),
    "work in a suburb": ("Work in Fyshwick is fine but the drive is killing me. Love my job at Home Affairs though.",
                         "place:fyshwick act"),
    "a city office of staff": ("morning tea at the Hobart office for my director, 30 years with Home Affairs",
                               "place:hobart office"),
}


@pytest.mark.parametrize("text,key", WORK_PLACES.values(), ids=WORK_PLACES.keys())
def test_work_places_said_informally(kit, text, key):
    assert key in keys(kit, text, "work_location")


NOT_WORK_PLACES = {
    "a cafe on a street": "coffee at the little cafe on Lonsdale St before the footy, best flat white in town",
    "a club's office": "Committee meeting at the club office on Napier Street tonight, bring the raffle money.",
    "someone else's office": "Dropped Sam at her office on Collins Street, then straight to the shops.",
    "shopping": "Shopping on Chapel St all afternoon, my feet are done.",
    "work in progress": "Work in progress on the veggie patch, the tomatoes finally took.",
    "an apartment lift": "Our lift at Cooper St broken again, strata are useless.",
    "a pool on Wharf Street": "the kids' swimming centre on Wharf Street is shut for repairs again",
    "a unit town thanked": "Shout out to ABF Weipa for finding my lost esky at the airport, legends.",
    "a unit town acting": "ABF Geelong were on board by seven and gone by nine, good as gold.",
}


@pytest.mark.parametrize("text", NOT_WORK_PLACES.values(), ids=NOT_WORK_PLACES.keys())
def test_work_place_near_misses(kit, text):
    assert {d.category for d in found(kit, text)} & {"work_location", "employer"} == set()


def _det(category: str, excerpt: str = "Busy day.") -> Detection:
    return Detection(category=category, value=category, key=f"{category}:x", confidence=0.8, detector="T",
                     pattern="p", evidence=Evidence(url="https://social.example/@kfinch/1", kind="text", excerpt=excerpt))


@pytest.mark.parametrize("staff_category", ["employer", "corporate_identifier", "official_contact"])
def test_staff_gate_keeps_everything_once_the_scan_shows_staff(staff_category):
    dets = [_det(staff_category), _det("official_information"), _det("work_location"), _det("colleague")]
    assert staff_gate.apply(dets) == dets


def test_staff_gate_sets_aside_staff_only_categories_and_says_why(caplog):
    dets = [_det("official_information", "the immigration officer at the gangway wanted the crew list again"),
            _det("systems_information", "a broker friend says the cargo system was slow again"),
            _det("work_location"), _det("colleague"), _det("family"),
            _det("official_information", "Only two of us on my shift tonight and the arrivals hall is packed")]
    with caplog.at_level(logging.INFO, logger="footprint.analysis.link.staff_gate"):
        kept = staff_gate.apply(dets)
    assert [d.category for d in kept] == ["family", "official_information"]     # the last: the subject's own shift
    assert sum(staff_gate.REASON in r.getMessage() for r in caplog.records) == 4


@pytest.mark.parametrize("fields,employer,place", [
    ({"Job": "ABF, Gladstone"}, "employer:australian border force", "place:gladstone qld"),
    ({"Job": "BFO, Weipa"}, "employer:australian border force", "place:weipa qld"),
], ids=["agency abbreviation and town", "role abbreviation and town"])
def test_a_job_field_with_a_town_still_works(kit, fields, employer, place):
    from footprint.crawler.items import ProfileItem
    from kit_posts import PROFILE, SUBJECT
    dets = kit.extract([ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT, fields=fields)])
    assert employer in {d.key for d in dets if d.category == "employer"}
    assert place in {d.key for d in dets if d.category == "work_location"}
