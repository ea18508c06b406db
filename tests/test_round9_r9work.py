"""Round 9 (r9work): work sites, employers and official contacts said informally; no employment from a business
that addresses the agency's people as customers.

Each class is written in several registers (lower-case forum venting, a blog line, a terse post, a club page, a
profile field) with near misses beside it. Posts are read alone (kit_posts) and, where a rule needs the scan to
show the subject as staff, in a scan whose bio names the agency. Every person, street, number and dog here is
fictional; the texts are written for these tests, never taken from a held-out set.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.crawler.items import PostItem, ProfileItem

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import PROFILE, SUBJECT, found, keys, kit_extractor  # noqa: E402


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def staff_scan(kit, text: str = "", phones: tuple[str, ...] = (), fields: dict | None = None, bio: str = "") -> list:
    """The detections of one post (or one profile) in a scan whose bio says the subject is Border Force staff."""
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT,
                         summary=bio or "Border Force officer. Views my own.", phones=list(phones), fields=fields or {})]
    if text:
        items.append(PostItem(profile=PROFILE, url=f"{PROFILE}/9", platform="activitypub", text=text,
                              published="2019-03-04T08:00:00Z"))
    return kit.extract(items)


def staff_keys(kit, text: str, category: str) -> set[str]:
    return {d.key for d in staff_scan(kit, text) if d.category == category and d.evidence.url != PROFILE}


# --- an office by its street, number, floor, lifts or air-con
STREET_OFFICES = {
    "lower-case st after leave": ("first week back in the office on Hindmarsh st since mat leave, nobody watered my plant",
                                  "place:hindmarsh st"),
    "floor and street number": ("We're on level 9 at 180 Currie St now. Great view of the car park.", "place:currie st"),
    "lifts and stairs": ("Flinders St lifts dead again so it's seven flights of stairs before my first coffee",
                         "place:flinders st"),
    "badged in": ("badged in at Chan St at 7:40 and the car park was already full", "place:chan st"),
    "the building, hot desks": ("The move to the Grenfell st building is done: hot desks, no lockers, one microwave.",
                                "place:grenfell st"),
    "aircon on a level of": ("aircon on level 4 of Mort St broken since March, whole section in jumpers", "place:mort st"),
    "profile-ish lvl": ("Lvl 3, 20 Allara St most days, WFH Fridays", "place:allara st"),
    "no 'the', venting": ("ugh Macquarie st office has no hot water AGAIN. 3 weeks now", "place:macquarie st"),
    "back after weeks of leave": ("Back at Alinga St after 6 weeks leave and my login's expired, classic", "place:alinga st"),
    "our floor at": ("Our floor at 12 Brookes Street got new carpet, smells like glue", "place:brookes street"),
}


@pytest.mark.parametrize("text,key", STREET_OFFICES.values(), ids=STREET_OFFICES.keys())
def test_an_office_said_by_its_street(kit, text, key):
    assert key in keys(kit, text, "work_location")


NOT_OFFICES = {
    "coffee on a day off": "grabbed a coffee on Hindmarsh St on my day off, bliss",
    "a new flat": "our new flat is level 9 at 180 Currie St, moving in Saturday!",
    "shopping centre lifts": "the lifts at Westfield on Currie St were out, walked 4 flights with the pram",
    "strata": "Our lift at Cooper St broken again, strata are useless.",
    "someone else's office": "her office is level 12 at 44 Grenfell St, fancy",
}


@pytest.mark.parametrize("text", NOT_OFFICES.values(), ids=NOT_OFFICES.keys())
def test_a_street_that_is_no_office(kit, text):
    assert keys(kit, text, "work_location") == set()


# --- a facility by its kind beside a name, or the one place the post names; the site of a work event
FACILITIES = {
    "berth": ("nights at Appleton berth again, two car carriers alongside", "place:appleton berth"),
    "transit centre": ("Another double at the Wickham transit centre, brought my own lunch this time",
                       "place:wickham transit centre"),
    "the cargo shed": ("out at the cargo shed all arvo sorting pallets for the examiners", "place:the cargo shed"),
    "coal boats out at": ("we do the coal boats out at Hay Point and the gas tankers at Curtis Island", "place:hay point"),
    "exam shed by its town": ("12 hr shift at the Kembla exam shed, three boxes of tiles", "place:kembla exam shed"),
}


@pytest.mark.parametrize("text,key", FACILITIES.values(), ids=FACILITIES.keys())
def test_a_facility_by_its_kind(kit, text, key):
    assert key in keys(kit, text, "work_location")


STAFF_SITES = {
    "the wharf, the port named before": ("Port Kembla life: on the wharf by 6 most days and home by 4",
                                         "place:port kembla"),
    "terminal again on an island posting": ("Cocos posting update: airport terminal again today, one flight a week",
                                            "place:cocos (keeling) islands"),
    "a dog off the <city> flight": ("our beagle Bindi sat down on a backpack off the Denpasar flight at Perth Airport, good girl",
                                    "place:perth airport"),
    "a find in the arrivals": ("Rex nosed out 3kg of pork floss from the Manila arrivals at Brisbane Airport today",
                               "place:brisbane airport"),
    "on posting in": ("We're a Border Force family on posting in Broome, any tips for a good vet?", "place:broome wa"),
    "an op where I work this week": ("big op at Sydney Airport this week, 14 hr days for all of us", "place:sydney airport"),
    "a numbered berth": ("Morning shift down at Berth 4, one bulker, no drama", "place:berth 4"),
    "a numbered pier": ("Pier 8 again tonight, 2 cruise ships and a cold wind", "place:pier 8"),
    "a berth by its name, one tanker": ("the Kurnell berth is dead quiet tonight, one tanker", "place:kurnell berth"),
    "deployed for an op": ("Deployed to Darwin next month for the Op Resolute rotation, packing the mozzie spray",
                           "place:darwin nt"),
}


@pytest.mark.parametrize("text,key", STAFF_SITES.values(), ids=STAFF_SITES.keys())
def test_a_site_said_by_staff(kit, text, key):
    assert key in staff_keys(kit, text, "work_location")


NOT_SITES = {
    "fishing off the wharf": "fishing off the wharf at Port Kembla with the kids this arvo",
    "a shed that is a brewery": "the old cargo shed on the river is a brewery now, great pizza",
    "my own bag searched": "the beagle at Brisbane Airport sniffed my bag off the Auckland flight, cute but I was starving",
    "my own flight": "my flight out of Perth Airport got delayed again, third coffee",
    "a farewell to someone headed there": "Cairns Airport doesn't deserve her, good luck Shaz in the new job",
    "good luck at": "Good luck at Darwin Airport Jono, they're lucky to get you",
    "planes landing": "three wide-bodies from Asia landing within twenty minutes, a queue out to the duty free",
    "widebodies landing at once": "3 officers on the arrivals hall tonight and two widebodies landing at once",
    "dinner at a pier": "dinner at Pier 8 tonight with the girls",
    "a cruise from a berth": "our cruise leaves from Berth 2 tomorrow, so excited",
    "ship-watching with the kids": "watching the ships come into Berth 5 again with the kids",
    "a planned surge there": "Surge at Darwin Airport next month for the new Bali route, volunteers wanted",
    "a planned op there": "we're hitting the Gladstone wharf on the 14th for a blitz on the car ships, keep it quiet",
}


@pytest.mark.parametrize("text", NOT_SITES.values(), ids=NOT_SITES.keys())
def test_no_workplace_of_the_writer(kit, text):
    assert staff_keys(kit, text, "work_location") == set()


# --- employer: tenure shortened; a business addressing staff as customers; the agency as a room
def test_tenure_shortened_is_employment(kit):
    for text in ("6 months on Thursday Island w ABF as of today", "12 yrs w/ Border Force, 3 postings, 1 dodgy knee",
                 "3 mths w Home Affairs and I still can't find the lifts", "nearly a decade w/ Home Affairs and still on the same chair",
                 "3rd year w/ ABF marine unit, still get seasick", "5 yrs w the ABF this arvo, they gave me a cake with the logo on it"):
        assert keys(kit, text, "employer"), text


def test_waiting_on_the_agency_is_no_tenure(kit):
    assert keys(kit, "18 months waiting w Home Affairs for the partner visa, unreal", "employer") == set()


CUSTOMERS = {
    "landlord": "Perfect for Defence and Border Force families on posting, we do 2-3 year leases. Call the office.",
    "rental suits an officer": "Would suit a Home Affairs officer heading south for a posting, fully furnished, pets considered",
    "gym discount": "Border Force and Defence members get 15% off all memberships, just show your ID at the front desk",
    "school welcome": "Welcome to all our new Border Force families who've arrived in Darwin this term! Enrolments are open.",
    "removalist": "Removals for ABF staff on posting, door to door from Perth to Broome, ask about our relocation packages",
    "broker": "Mortgage broker here: ideal for Home Affairs employees relocating to Canberra, ask about the deposit scheme",
    "uniform shop": "ABF and Defence families: we offer 10% off all school uniforms, mention this post",
    "childcare": "Childcare places available for Home Affairs staff relocating to Canberra, call our centre",
    "a unit to let": "Ideal for Border Force couples: 2 bed unit near the airport, 12 month lease",
    "servicing discount": "Defence and Border Force discounts on all car servicing, ID required",
}


@pytest.mark.parametrize("text", CUSTOMERS.values(), ids=CUSTOMERS.keys())
def test_a_business_addressing_staff_is_no_employment(kit, text):
    assert {d.category for d in found(kit, text)} & {"employer", "work_location", "official_information"} == set()


@pytest.mark.parametrize("text", [
    "We're a Border Force family on posting in Broome, any tips for a good vet?",
    "Six months into my first posting with Border Force and our family finally has a rental in Weipa",
    "Border Force officer here, anyone know a good removalist for Darwin to Cairns?",
], ids=["a family on posting", "staff with a rental", "staff asking for a removalist"])
def test_staff_who_are_customers_stay_employed(kit, text):
    assert keys(kit, text, "employer") == {"employer:australian border force"}


def test_the_agency_as_a_room_is_no_second_employer(kit):
    text = "Desktop support for Home Affairs, doing the rounds between the Perth office and the ABF rooms at the airport."
    assert keys(kit, text, "employer") == {"employer:department of home affairs"}


def test_the_agency_as_a_room_alone_still_names_it(kit):
    assert keys(kit, "12 yrs w/ Border Force and I still get lost in the ABF rooms at the airport", "employer") == {
        "employer:australian border force"}


# --- official contact: a number labelled as work
WORK_NUMBERS = {
    "ring the office not me": ("call the office on 08 7010 4455 not me, I'm on leave till the 20th", "contact:+61870104455"),
    "(w)": ("Ph (w) 02 5550 7788, leave a msg", "contact:+61255507788"),
    "wk:": ("wk: 03 7010 2211, after 6 try the house", "contact:+61370102211"),
    "the front counter": ("ring the front counter on 08 7010 4421 and ask for me", "contact:+61870104421"),
    "club page, work mobile": ("Team manager: Kit Finch, 0491 570 193 (work mobile, weekdays before 4)", "contact:+61491570193"),
    "office hrs": ("Race director: call Kit on 0491 570 196, that's the office line so office hrs only", "contact:+61491570196"),
}


@pytest.mark.parametrize("text,key", WORK_NUMBERS.values(), ids=WORK_NUMBERS.keys())
def test_a_number_labelled_as_work(kit, text, key):
    assert key in keys(kit, text, "official_contact")
    assert key not in keys(kit, text, "personal_contact")


@pytest.mark.parametrize("text,key", [("Selling the kayak, text me on 0491 570 194", "contact:+61491570194"),
                                      ("call me on 0491 570 195 after 6, not the work phone", "contact:+61491570195")])
def test_a_private_number_stays_personal(kit, text, key):
    assert key in keys(kit, text, "personal_contact")
    assert key not in keys(kit, text, "official_contact")


@pytest.mark.parametrize("phones,fields,category", [
    (("0491 570 191 (work mobile)",), {}, "official_contact"),
    (("0491 570 191",), {}, "personal_contact"),
    (("02 5550 1234 (home)",), {}, "personal_contact"),
    ((), {"Phone": "0491 570 191 (work, weekdays)"}, "official_contact"),
    ((), {"Work mobile": "0491 570 191"}, "official_contact"),
    ((), {"Phone": "0491 570 191 (personal, not work)"}, "personal_contact"),
], ids=["h-card tel (work mobile)", "h-card tel bare", "h-card tel (home)", "field labelled work", "field named work",
        "field labelled not work"])
def test_a_profile_number_by_its_own_label(kit, phones, fields, category):
    dets = staff_scan(kit, phones=phones, fields=fields, bio="Dad, runner, bad golfer. Border Force officer.")
    got = {d.category for d in dets if d.key.startswith("contact:+6")}
    assert got == {category}


# --- colleague: a farewell for someone from our team; a nickname glossed with the full name
FAREWELLS = {
    "drinks, nickname glossed": ("farewell drinks for Dazza (Darren Pulford) from our cargo team Friday at the Esplanade",
                                 {"colleague:darren pulford"}),
    "last day on B shift": ("Last day for Big Kev (Kevin Ostrowski) on B shift, cake in the lunchroom at 2",
                            {"colleague:kevin ostrowski"}),
    "to farewell, our section": ("Drinks Friday at the Royal to farewell Nic (Nicola Brandt) from our section",
                                 {"colleague:nicola brandt"}),
    "send-off, the ops floor": ("send-off for Jacqui Mercer tonight from the whole ops floor, she's earned it",
                                {"colleague:jacqui mercer"}),
}


@pytest.mark.parametrize("text,want", FAREWELLS.values(), ids=FAREWELLS.keys())
def test_a_farewell_from_our_team_names_a_colleague(kit, text, want):
    assert keys(kit, text, "colleague") == want
    assert keys(kit, text, "associate") == set()


def test_a_farewell_from_a_sports_team_is_a_friend(kit):
    text = "farewell drinks for Mel (Melissa Tran) from our netball team, she's moving to Perth"
    assert keys(kit, text, "colleague") == set()
    assert keys(kit, text, "associate") == {"associate:melissa tran"}


GROUPED = {
    "the newest <role>s": ("Graduation photo: me, Hamish, Ngaio and Tomasz, the four newest BFOs on the airport team.",
                           {"colleague:hamish", "colleague:ngaio", "colleague:tomasz"}),
    "the only three analysts": ("me, Priti and Col, the only three analysts left in the building after 5",
                                {"colleague:priti", "colleague:col"}),
}


@pytest.mark.parametrize("text,want", GROUPED.values(), ids=GROUPED.keys())
def test_the_writer_grouped_with_others_by_a_work_role(kit, text, want):
    assert keys(kit, text, "colleague") == want


def test_the_writer_grouped_with_a_friend_by_no_work_role(kit):
    assert keys(kit, "me and Jess at the Ekka, the two biggest show-bag fans in Brisbane", "colleague") == set()


def test_the_org_hashtag_beside_the_whole_team_knocking_off(kit):
    text = "shoutout to Supt Hollway for letting the whole team knock off early today #ABF"
    assert keys(kit, text, "employer") == {"employer:australian border force"}


RANK_CODES = {
    "classification before a name": ("APS6 Dev Kaur has been acting EL1 for 14 months, promote her already",
                                      {"colleague:dev kaur"}),
    "new EL1, then the name": ("new EL1 started today, Marnie Cho, seems switched on", {"colleague:marnie cho"}),
    "our 2ic, name in brackets": ("our 2ic (Donna Hext) ran the muster in a santa hat", {"colleague:donna hext"}),
    "TL before a nickname": ("TL Gaz reckons we'll get the new scanners by Xmas lol", {"colleague:gaz"}),
}


@pytest.mark.parametrize("text,want", RANK_CODES.values(), ids=RANK_CODES.keys())
def test_a_rank_code_names_a_colleague(kit, text, want):
    assert keys(kit, text, "colleague") == want


def test_the_state_emergency_service_is_no_rank(kit):
    assert keys(kit, "SES volunteers Bob and Jan filled sandbags all night, legends", "colleague") == set()


def test_the_wharf_takes_the_one_quay_the_scan_names(kit):
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT, summary="Border Force officer."),
             PostItem(profile=PROFILE, url=f"{PROFILE}/1", platform="activitypub", published="2019-03-04T08:00:00Z",
                      text="boarding at Lascelles Quay all week, 3 bulkers alongside"),
             PostItem(profile=PROFILE, url=f"{PROFILE}/2", platform="activitypub", published="2019-03-05T08:00:00Z",
                      text="Earlies again. 0530 alarm, at the wharf by 6, coffee first")]
    got = {d.key for d in kit.extract(items) if d.category == "work_location"}
    assert "place:lascelles quay" in got and "place:the wharf" not in got
