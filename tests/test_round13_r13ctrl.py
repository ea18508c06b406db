"""Round 13 (r13ctrl): negative controls whose work sits BESIDE the Department, with staff near misses that must stay staff.

a. the org seen from outside, acting or at work beside the writer ("two bays down from us", "on the next wharf",
   "different job, same apron", "the <org> liaison", "took it from there"): not employment;
b. work FOR the org as a client (placements, contracts advertised, tenders, suppliers, interpreter bookings);
c. a stated own employer that is not the org (a profile's "<job> at/with/, <Name>", an employer field, a post's "I work
   at <Name>"): only first-person membership or an official address makes the subject staff;
d. staff-only categories without staff, and a rescue's lost people, a club's named safety day, news of a seizure.
All people, firms and numbers are fictional."""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import other_agency
from footprint.analysis.detect.extract import Extractor
from footprint.analysis.detect.detectors.context import SubjectNames
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

PROFILE = "https://social.example/@alexm"
STAFF_ONLY = {"colleague", "official_information", "systems_information", "work_location"}


@pytest.fixture(scope="module")
def ex():
    return Extractor(load_org("dibp"), "Alex Morgan", ["alexm"])


def _post(text, n=0):
    return PostItem(platform="activitypub", url=f"{PROFILE}/{n}", profile=PROFILE, text=text,
                    published="2026-03-01T10:00:00Z")


def _profile(summary="", fields=None, emails=()):
    return ProfileItem(platform="activitypub", url=PROFILE, profile=PROFILE, name="Alex Morgan", summary=summary,
                       fields=dict(fields or {}), emails=list(emails))


def _cats(dets):
    return {d.category for d in dets}


# --- a. the org acting, or at work beside the writer: a witness or a neighbour at work (one post, judged alone)
BESIDE = [
    "3am on the freight apron and ABF had their beagle working the cans two bays down from us. cutest thing all week",
    "a Home Affairs boarding party was on the next wharf while i did my hull survey. different job, same ladder",
    "Border Force officers on the scanner right next to our conveyor pulled a bag of snakes out of a parcel lol",
    "Our depot shares a fence with the Border Force compound and their car park is always full by seven.",
    "Me and the Home Affairs liaison sat through a three hour meeting about the new berth timetable. My brain.",
    "proud of our crew: we flagged a dodgy crate and the Border Force mob took it from there",
    "An ABF x-ray truck was parked beside our mail dock all week. Weirdly impressive.",
    "Border Force blokes at the next counter were having a worse day than us lol",
    "Watched the ABF team go through a reefer three rows down from my straddle carrier. Mad.",
    "We rang Border Force about the dodgy pallet and they had it tagged within the hour.",
    "Handed the parcel over to Border Force at 2am, back to the sort by 2:15.",
]
# membership in the first person, beside the same kind of scene: stays the employer
STAFF_BESIDE = [
    "I'm Border Force, and yes, our line in the arrivals hall was backed up an hour behind the Bali flight.",
    "Six years in ABF now and the Bali flights still break me.",
    "I work for Home Affairs and even I had to queue at the passport counter on holiday lol",
]


@pytest.mark.parametrize("text", BESIDE)
def test_org_beside_the_writer_is_not_employment(ex, text):
    assert "employer" not in _cats(ex.extract([_post(text)]))


@pytest.mark.parametrize("text", STAFF_BESIDE)
def test_membership_beside_the_scene_stays_employment(ex, text):
    assert "employer" in _cats(ex.extract([_post(text)]))


# --- b. work for the org as a client
CLIENT = [
    "Placed a senior tester with a Home Affairs project team this week, third placement this quarter 🎉",
    "HIRING: 6 month Border Force contract, Belconnen, baseline clearance, day rate negotiable. DMs open",
    "Our team places ICT contractors with federal agencies including Home Affairs and Defence.",
    "Our bid for the Home Affairs visa platform tender went in at 4:59pm. Fingers crossed.",
    "Great lunch with the ABF procurement people today, lots of work in the pipeline for the new year",
    "We supply the boots and hi-vis for Border Force's regional crews and a big order came through today.",
    "looking for 2 x java devs for a home affairs gig, canberra based, must hold NV1. hmu",
    "Congratulations to our consultant Priya on landing three placements with Border Force this month!",
    "Tender update: we've been shortlisted for the ABF body scanner maintenance contract.",
    "Interpreting booking at the Home Affairs office in Parramatta this morning, four hours of Dari.",
    "new role alert: 12 month Home Affairs data engineer contract, Canberra, apply via the link",
]
STAFF_CLIENT = [
    "Six years in ABF procurement now and tender season still breaks me.",
    "I'm Border Force, and the new scanner contract means we finally get working x-rays.",
]


@pytest.mark.parametrize("text", CLIENT)
def test_client_work_is_not_employment(ex, text):
    assert "employer" not in _cats(ex.extract([_post(text)]))


@pytest.mark.parametrize("text", STAFF_CLIENT)
def test_staff_talking_contracts_stay_employment(ex, text):
    assert "employer" in _cats(ex.extract([_post(text)]))


# --- c. the subject's own employer is someone else (stated on the profile or in their own post)
OTHER_EMPLOYER = [
    ("Ramp hand at Southerly Air Freight, Melbourne Airport. Forklift licence, bad puns.", {}, ""),
    ("Principal consultant @ Quorra Talent | government ICT recruitment | Canberra", {}, ""),
    ("Client service officer, Australian Passport Office, Brisbane.", {}, ""),
    ("Volunteer skipper with Coastwatch Rescue, Shoal Bay unit. Day job: diesel mechanic.", {}, ""),
    ("vet nurse - Harbourside Quarantine Kennels. two greyhounds, one cat", {}, ""),
    ("Ranger, Port Lincoln Shire Council. Birds, boats and bins.", {}, ""),
    ("Systems engineer at Tarrant Defence Systems. Opinions mine.", {}, ""),
    ("Mum of three. Loves a long lunch.", {"worksFor": "Parcelink"}, ""),
    ("Coffee first.", {}, "I work at Kestrel Cargo Services, nights mostly, and the apron is freezing."),
    ("Sorter, Australia Post international mail centre. Footy on weekends.", {}, ""),
]
# what such a subject writes: the org acting beside them, "my work", "our line", "our department"
OUTSIDE_POSTS = [
    "My work self was proud when the ABF team pulled a dodgy crate off our line, we flagged it first.",
    "Border Force officers on the x-ray next to our belt found a python in a parcel lol",
    "Our department got new scanners for the bay, finally.",
    "Night shift at the airport again, roster's brutal this month.",
    "My supervisor Dean Falk reckons the overtime lasts through Christmas.",
]


@pytest.mark.parametrize("summary,fields,own_post", OTHER_EMPLOYER)
def test_another_stated_employer_is_not_staff(ex, summary, fields, own_post):
    items = [_profile(summary, fields)] + [_post(t, i) for i, t in enumerate(OUTSIDE_POSTS, 1)]
    if own_post:
        items.append(_post(own_post, 99))
    cats = _cats(ex.extract(items))
    assert "employer" not in cats and not cats & STAFF_ONLY


@pytest.mark.parametrize("summary,fields,posts", [
    # a staff bio that names the org beside a side job
    ("ABF officer, Sydney Airport. Weekend barista at Bean Scene Coffee Co.", {},
     ["Border Force at Denpasar waved me through on holiday, felt weird being on the other side lol"]),
    # another employer stated, and first-person membership in a post
    ("Forklift driver, Parcelink Logistics. Footy tragic.", {},
     ["I'm Border Force now, left the forklift job in March and don't miss it"]),
    # an official address: the strongest evidence stands whatever else the profile says
    ("Ramp hand at Southerly Air Freight.", {"Work email": "alex.morgan@abf.gov.au"},
     ["Border Force waved me through the gate this morning."]),
    # a former employer is not the subject's own
    ("Ex-sorter at Parcelink International, now on the other side of the fence.", {},
     ["Six years in Border Force next month and I still love the Bali flights."]),
])
def test_staff_near_misses_stay_staff(ex, summary, fields, posts):
    items = [_profile(summary, fields)] + [_post(t, i) for i, t in enumerate(posts, 1)]
    assert "employer" in _cats(ex.extract(items))


@pytest.mark.parametrize("summary,fields,expected", [
    ("Ramp hand at Southerly Air Freight, Melbourne Airport.", {}, "Southerly Air Freight"),
    ("Volunteer skipper with Coastwatch Rescue.", {}, "Coastwatch Rescue"),
    ("Client service officer, Australian Passport Office.", {}, "Australian Passport Office"),
    ("Mum of three.", {"Employer": "Lumen Logistics"}, "Lumen Logistics"),
    # near misses: the org itself, a site, a club, a former job, a side mention without a job word
    ("Border Force officer at Sydney Airport.", {}, ""),
    ("Runner with Bondi Running Club.", {}, ""),
    ("Ex-driver at Lumen Logistics, now ABF.", {}, ""),
    ("Loves Lumen Logistics memes.", {}, ""),
    ("Mum of three.", {"Employer": "Australian Border Force"}, ""),
    ("Mum of three.", {"Organisation": "Australian Government"}, ""),
    # the org's own units and sites carry kind words: still the org's
    ("Deckhand with the Maritime Border Command, Darwin.", {}, ""),
    ("Officer, Cargo and Mail Operations. Views mine.", {}, ""),
    ("Examiner at Port Botany, nights.", {}, ""),
    ("Dog handler with the Detector Dog Program.", {}, ""),
])
def test_own_agency_reads_a_named_employer(summary, fields, expected):
    got = other_agency.own_agency([_profile(summary, fields)], SubjectNames("Alex Morgan", ["alexm"]), load_org("dibp"))
    assert (got == expected) if expected else not got


# --- d. a rescue's lost people, a club's named safety day, a seizure read in the news: no official information
@pytest.mark.parametrize("text,expected", [
    ("Two kayakers overdue off the point. We found them at dusk on the rocks, cold but okay.", False),
    ("Three hours of searching and we found the swimmer alive, clinging to a channel marker.", False),
    ("Our club's Operation Lifejacket day at the ramp: 60 free checks done, thanks all!", False),
    ("Operation Dry Feet open day at the flotilla base this Saturday, sausage sizzle from 11.", False),
    # near misses: the org's own finds and operations
    ("We found 3kg of ice in the lining of a suitcase off the Bangkok flight.", True),
    ("Operation Sentinel starts Monday, all leave cancelled for the fortnight.", True),
])
def test_rescues_and_club_days_are_not_operations(ex, text, expected):
    assert ("official_information" in _cats(ex.extract([_post(text)]))) is expected


@pytest.mark.parametrize("post,expected", [
    ("Our flotilla had three call-outs on Sunday, all home safe.", True),
    ("my recruitment firm just hit 200 contractors on the books!!", True),
    ("Whole counter at the passport office was flat out today and I didn't get lunch.", True),
    ("I've worked at Lumen Logistics for six years and the apron still freezes me.", True),
    # near misses: the org's own places, someone else's firm
    ("Our mail centre x-rayed 40,000 parcels this week.", False),
    ("My brother's company does the catering at the airport.", False),
    ("Queued at the passport office for an hour with two toddlers.", False),
])
def test_own_agency_reads_an_own_workplace_in_a_post(post, expected):
    got = other_agency.own_agency([_profile("Coffee first."), _post(post, 5)], SubjectNames("Alex Morgan", ["alexm"]),
                                  load_org("dibp"))
    assert bool(got) is expected


@pytest.mark.parametrize("text", [
    "Q: do ABF search the hangars at night? A: sometimes, they're in and out of the one beside ours, nothing to do with us",
    "The dog teams were short again tonight by the look of it, not our problem thankfully.",
])
def test_disowned_sightings_are_not_official_information(ex, text):
    assert "official_information" not in _cats(ex.extract([_post(text)]))


@pytest.mark.parametrize("text,name", [
    ("Our flotilla ran Operation Dry Feet at the ramp today with the whole crew.", "Dry Feet"),
    ("Project Bluebird kicks off Monday at the club, bring a hat.", "Bluebird"),
])
def test_code_names_are_not_people(ex, text, name):
    assert not any(name in d.value for d in ex.extract([_post(text)]) if d.category in ("associate", "colleague", "family"))


@pytest.mark.parametrize("text,employed", [
    ("My work self was proud when the ABF team pulled a dodgy crate off our line, we flagged it first.", False),
    ("work brain says the Border Force dogs next door are better trained than our lot", False),
    # near miss: the writer's own shift in the post beside the org's crew at work: a staff member's post
    ("ABF crew pulled a bag off the Bali flight at 5am. My shift ended at six and I slept till two.", True),
])
def test_work_self_is_not_membership(ex, text, employed):
    assert ("employer" in _cats(ex.extract([_post(text)]))) is employed
