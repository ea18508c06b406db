"""Round 15, second pass (branch r15bopen): official detail, systems, vulnerability, routine and contacts said plainly.

Official: the heads on a line against a flight's load, people found hiding aboard with no papers or held ashore after a
landing, people held in a centre for years, a small post closing. Systems: kit failing in shorthand (a reboot loop, U/S for
days, a recorder full, a link dropping out daily). Vulnerability: costs up and pay not, takings against the mortgage, years
given and the slight. Routine: days and a bare range of hours, a rotation by weeks at a time, a standing knock-off.
Contacts: a dating badge's verified official domain, messenger fields by their long names.
Near misses: a café's rush, a market stall, a snorkel boat, a cat in a shed, an evacuation centre, a shop closing, a press
conference, a port locked down for a search, a work mobile in a sale post, home kit, a raise that covers the rent, a gym's
hours, a holiday's weeks, a one-off book sale, another company's verified domain.
None of these sentences is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.routine import time_range
from tests.kit_posts import bio, found, kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,category,pattern", [
    # 1. heads against the load
    ("qantas from LA at 0610, 2 on primary, 380 pax, send coffee", "official_information", "staff_against_load"),
    ("three officers on the desks for two jumbos and 900 passengers", "official_information", "staff_against_load"),
    ("me n 1 on arrivals, 5 flights in an hour", "official_information", "staff_against_load"),
    # 2. people hidden aboard, people held ashore
    ("caught four blokes with no papers hiding in the rudder trunk of a log ship", "official_information",
     "people_hidden_aboard"),
    ("found two seafarers holed up behind the bosun's store, neither had a passport", "official_information",
     "people_hidden_aboard"),
    ("twelve came ashore at the point; we housed them at the church hall for two nights", "official_information",
     "people_hidden_aboard"),
    # 3. held for years; a post closing
    ("sixty people still inside the compound, some since 2012", "official_information", "held_since"),
    ("they're closing our office in August and we'll drive up from Carnarvon every time a vessel arrives",
     "official_information", "post_closing"),
    # 4. kit in shorthand
    ("document readers at the counter crashing every five mins since tuesday's patch", "systems_information", "kit_shorthand"),
    ("flir has been u/s for six days, night patrol on binos", "systems_information", "kit_shorthand"),
    ("cargo x-ray down for a fortnight, hand-unpacking every pallet", "systems_information", "kit_shorthand"),
    # 5. money and grievance
    ("repayments went up $640 a month and my salary hasn't moved, salary didn't budge", "vulnerability", "costs_outrun_pay"),
    ("two tables sold, $45 all day. the rent won't care.", "vulnerability", "bill_doesnt_care"),
    ("25 years I put in for the department and nobody even rang when they cut my job", "vulnerability", "years_given"),
    # 6. terse schedules
    ("Tue-Fri 11 till 7 at the cargo shed, then home", "routine", "days_bare_hours"),
    ("saturday pottery 9 till 12 at the arts centre, my happy place", "routine", "days_bare_hours"),
    ("five weeks at a time on Norfolk Island, then home for two", "routine", "weeks_at_a_time"),
    ("no Sunday brunches for me, I always knock off at 11am", "routine", "knock_off_at"),
])
def test_round15b_rule_named(extractor, text, category, pattern):
    assert pattern in {d.pattern for d in found(extractor, text) if d.category == category}


@pytest.mark.parametrize("text,category", [
    ("three of us on the till and 250 customers at the school fete", "official_information"),
    ("me + 1 on the barbecue, 200 sausages, 80 kids", "official_information"),
    ("the dive boat came in through the reef with sixteen guests, we kept them at the resort bar for hours",
     "official_information"),
    ("found the kids hiding in the wardrobe during hide and seek, took ages", "official_information"),
    ("we held them at the hall for two nights during the cyclone, everyone was safe", "official_information"),
    ("closing our little café in May, thank you for ten years of coffee", "official_information"),
    ("The minister told reporters that officers had seized 300 kilos of meth in Darwin.", "official_information"),
    ("the whole terminal locked down for two hours while police searched for a missing kid", "systems_information"),
    ("work phone so no calls after 5, text only, bike still for sale", "systems_information"),
    ("my router has been rebooting every 10 min since the update", "systems_information"),
    ("the ring doorbell has been dead for a week, parcels everywhere", "systems_information"),
    ("rent went up $15 a week and my pay went up 5%, all good", "vulnerability"),
    ("the landlord doesn't care about the mould, reported it twice", "vulnerability"),
    ("Twenty years I've given them and they threw me a lovely farewell, proud", "vulnerability"),
    ("the pool is open Mon-Fri 6 till 8, lane bookings essential", "routine"),
    ("Saturday 9 till 1 only, the plant sale at the school", "routine"),
    ("three weeks at a time in Fiji on holiday, bliss", "routine"),
    ("SmartGates offline 0100 to 0400 every second Thursday for patching", "routine"),
    # a colleague retiring, missed; an identity said by day and by night
    ("Mo, who has sat next to me on the cargo desk for nine years, is retiring on Friday. Gutted.", "vulnerability"),
    ("By day I'm a customs officer, by night a terrible guitarist.", "routine"),
])
def test_round15b_near_misses(extractor, text, category):
    assert category not in open_categories(extractor, text)


@pytest.mark.parametrize("text,value", [
    # the bare range after the days takes its half of the day from the sentence
    ("m-f 8 till 4 at the depot, same every week", "weekday 08:00–16:00"),
    ("Nights Mon-Thu, 10 till 6, at the terminal", "Monday and Tuesday and Wednesday and Thursday 22:00–06:00"),
    ("Fri-Sun 2 till 10 at the mail centre", "Friday and Saturday and Sunday 14:00–22:00"),
    ("wednesday darts 7 till 11 at the local, unmissable", "Wednesday 19:00–23:00"),
])
def test_round15b_bare_hours_value(extractor, text, value):
    vals = [d.value for d in found(extractor, text) if d.category == "routine"]
    assert vals and vals[0].startswith(value)


@pytest.mark.parametrize("text,expected", [
    # a bare range alone is still a count (time_range is unchanged): only the days rule reads it as hours
    ("8 till 4", None),
    ("11 till 7", None),
])
def test_round15b_time_range_unchanged(text, expected):
    assert time_range(text) == expected


@pytest.mark.parametrize("summary,fires", [
    ("Weekend hiker. ✓ Work email verified (@abf.gov.au)", True),
    ("Verified work email: @homeaffairs.gov.au", True),
    ("Dog person. ✓ Work email verified (@coles.com.au)", False),
    ("✓ ID verified ✓ Selfie verified", False),
])
def test_round15b_verified_badge(extractor, summary, fires):
    dets = [d for d in extractor.extract([bio(summary)]) if d.category == "corporate_identifier"]
    assert bool(dets) is fires
    if fires:
        assert dets[0].pattern == "work_email_verified_badge" and dets[0].attrs["address_shown"] is False


@pytest.mark.parametrize("field,app", [
    ("kakao", "kakao"), ("KakaoTalk", "kakao"), ("WeChat ID", "wechat"), ("Weixin", "wechat"), ("LINE ID", "line"),
])
def test_round15b_messenger_fields(extractor, field, app):
    from footprint.crawler.items import ProfileItem
    from tests.kit_posts import PROFILE, SUBJECT
    item = ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT, summary="Hiker.",
                       fields={field: "kf_2291"})
    dets = [d for d in extractor.extract([item]) if d.category == "personal_contact"]
    assert [d.key for d in dets] == [f"contact:{app}:kf_2291"]


@pytest.mark.parametrize("text,category", [
    # the heads and the load in fragments, or told as a story: the model's reading, not a rule, finds these
    ("qantas from LA at 0610. 2 on primary. 380 pax. send coffee", "official_information"),
    ("boarded a log ship and caught four blokes with no papers hiding in the rudder trunk", "official_information"),
])
def test_round15b_fragments(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text,pattern", [
    # a new rule's own near misses: a centre of another kind, a post office's hours, a bill the writer cares about
    ("thirty people still in the aquatic centre since 2019's refit, the lane swimmers", "held_since"),
    ("forty scouts still at the camp since 2 pm, having a ball", "held_since"),
    ("the council is closing the library branch and we'll drive in for every book club", "post_closing"),
    ("the landlord doesn't care if the gutters overflow", "bill_doesnt_care"),
    ("Ten years I've given them and they threw me the best farewell", "years_given"),
])
def test_round15b_rule_not_named(extractor, text, pattern):
    assert pattern not in {d.pattern for d in found(extractor, text)}
