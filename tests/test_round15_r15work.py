"""Round 15 (r15work): work sites named through the job, pages about the subject, suburb offices, generic facility words,
and the employer said informally; with the guards that keep travellers, clients, volunteers, other forces and ordinary
words out. Every person and place is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://social.example/@rh"
NAME = "Robin Hale"
STAFF_BIO = "Border Force officer. Views my own."
PLAIN_BIO = "Rides, reads, rants. Opinions mine."
ABF, HA = "Australian Border Force", "Department of Home Affairs"
CUS = "Australian Customs and Border Protection Service"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _scan(extractor, text: str, bio: str) -> list:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=bio),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    return [d for d in extractor.extract(items) if d.evidence.url != P]


def _values(dets: list, category: str) -> set[str]:
    return {d.value.lower() for d in dets if d.category == category}


def _alone(extractor, text: str) -> list:
    return extractor.extract([PostItem(profile=P, url=f"{P}/2", platform="activitypub", text=text,
                                       published="2026-05-02T09:00:00Z")])


# --- 1. the work site named after the job itself, in a scan that says the subject is staff
@pytest.mark.parametrize("text, site", [
    ("Stamped passports off the Nadi flight at Cairns Airport until well past midnight.", "cairns airport"),
    ("whole shift checking passports at adelaide airport, my eyes are square", "adelaide airport"),
    ("Three hours checking a bulk carrier's paperwork at the port in Gladstone, then a swim.", "gladstone"),
    ("Processed the Honolulu arrivals at Brisbane Airport and got home at 3.", "brisbane airport"),
    ("inspecting consignments at the Port of Brisbane again, my back is not happy", "port of brisbane"),
    ("Checked crew lists at Port Kembla from dawn, in the rain.", "port kembla"),
])
def test_job_activity_names_the_work_site(extractor, text, site):
    assert any(site in v for v in _values(_scan(extractor, text, STAFF_BIO), "work_location"))


# --- 2. a page about the subject, and the writer's own rhetorical question
@pytest.mark.parametrize("text, org, site", [
    ("Member spotlight: Robin Hale is a Border Force officer at Hobart Airport and our longest-serving timekeeper.", ABF,
     "hobart airport"),
    ("Program notes: Robin Hale (oboe) processes the late flights at Perth Airport with the ABF and rehearses on the bus.",
     ABF, "perth airport"),
    ("From the editor: your editor works just up the road at the Port Adelaide wharf with Home Affairs, hence the late issue.",
     HA, "port adelaide"),
])
def test_page_about_the_subject(extractor, text, org, site):
    dets = _alone(extractor, text)
    assert org in {d.value for d in dets if d.category == "employer"}
    assert any(site in v for v in _values(dets, "work_location"))


def test_rhetorical_question_answered_by_the_writer(extractor):
    dets = _alone(extractor, "What does a customs officer at Port Hedland actually do? Let me walk you through my Monday.")
    assert CUS in {d.value for d in dets if d.category == "employer"}


@pytest.mark.parametrize("text", [
    "Member spotlight: Priya Nandakumar is a Border Force officer at Hobart Airport and our new treasurer.",
    "Meet the committee: Jordan Pike, our treasurer, is a Border Force officer at Sydney Airport.",
    "What does a Border Force officer actually earn? Asking because my nephew wants to apply.",
    "Guest speaker: a customs officer from Port Hedland will explain what you can bring home from holidays.",
])
def test_someone_else_or_a_question_from_outside(extractor, text):
    assert not {d.category for d in _alone(extractor, text)} & {"employer", "work_location"}


# --- 3. an office, site or branch named by its suburb
@pytest.mark.parametrize("text, site", [
    ("the Eagle Farm site has no aircon again", "eagle farm"),
    ("Back at the Hendon site after leave and my swipe card doesn't work.", "hendon"),
    ("my new job moved me to the chullora site, new locker, same boots", "chullora"),
    ("The Geelong port team threw me a farewell after six years, I'm a mess.", "geelong"),
])
def test_suburb_site_from_staff(extractor, text, site):
    assert any(site in v for v in _values(_scan(extractor, text, STAFF_BIO), "work_location"))


@pytest.mark.parametrize("text, org, site", [
    ("I started in a Home Affairs policy branch in Barton last month.", HA, "barton"),
    ("I landed in a Home Affairs visa section in Parramatta in March and I'm still lost.", HA, "parramatta"),
])
def test_branch_in_a_suburb(extractor, text, org, site):
    dets = _alone(extractor, text)
    assert org in {d.value for d in dets if d.category == "employer"}
    assert any(site in v for v in _values(dets, "work_location"))


@pytest.mark.parametrize("text", [
    "The Eagle Farm site is a building site now, new townhouses going up.",
    "Our firm's biggest government client is Home Affairs, so I spend half my week in their Belconnen office.",
    "Had my client's visa interview at the Home Affairs office in Parramatta this morning, all went well.",
    "My accountant's Fyshwick office has the best biscuits, tax time is almost fun.",
])
def test_suburb_site_near_misses(extractor, text):
    assert not {d.category for d in _scan(extractor, text, PLAIN_BIO)} & {"employer", "work_location"}


# --- 4. generic facility words with job context
@pytest.mark.parametrize("text, site", [
    ("Cruise ship day with ABF: 2,800 passengers through the passenger terminal before lunch.", "passenger terminal"),
    ("ABF dog handler, the pup had a rough night at the kennels.", "kennels"),
    ("beagle and I did the kennels run at 5am, ABF dog unit life", "kennels"),
    ("Border Force life: another day in the exam shed in Port Botany.", "port botany"),
])
def test_generic_facility_with_job_context(extractor, text, site):
    assert any(site in v for v in _values(_alone(extractor, text), "work_location"))


@pytest.mark.parametrize("text", [
    "Volunteer greeter at the passenger terminal today, handed out 400 maps to cruise passengers.",
    "Big ship day in town, we watched the liner come in from the passenger terminal.",
    "The boarding kennels in Moorebank looked after our beagle while we were away.",
    "Our kelpie hated the kennels in Moorebank, never again.",
])
def test_generic_facility_near_misses(extractor, text):
    assert "work_location" not in {d.category for d in _scan(extractor, text, STAFF_BIO)}


# --- 5. the employer said informally
@pytest.mark.parametrize("text, org", [
    ("Nine years in the Force and the cargo shed still smells of diesel.", ABF),
    ("Joined the Force in 2014 and I still love the first ship of the morning.", ABF),
    ("the Feds have me on the x-ray at the airport all week", ABF),
    ("I'm with the Feds down at the port, so yes, I've seen what comes in on the boxes.", ABF),
    ("My job (customs, for the non-locals) mostly means staring at x-ray screens.", CUS),
    ("we work customs at the mail centre, less glamorous than it sounds", CUS),
    ("Crew on a Cape class out of Darwin, three weeks at sea then home.", ABF),
    ("I'm a coxswain on a Bay class these days and my knees know it.", ABF),
    ("My employer is touchy about social media. Border Force won't let me post anything from work.", ABF),
    ("my employer has rules. home affairs doesn't let us name the building", HA),
    ("Border Force has me at the Kilburn site from Monday, a shorter drive at least.", ABF),
    ("Border Force had me on the secondary line all arvo.", ABF),
])
def test_employer_said_informally(extractor, text, org):
    dets = _alone(extractor, text)
    hits = [d for d in dets if d.category == "employer" and d.value == org]
    assert hits and all(d.support for d in hits)


@pytest.mark.parametrize("text", [
    "Nine years in the Force and the station sergeant still can't make a decent coffee at the port.",
    "May the Force be with you at tonight's border collie trials.",
    "Twenty years in the Air Force and the cargo planes still give me goosebumps.",
    "the feds at the airport pulled a bloke off our flight, no idea why",
    "Toured a Cape class patrol boat at the Darwin open day, the kids loved the bridge.",
    "My uncle is crew on a Cape class out of Darwin, three weeks at sea at a time.",
    "Star Wars marathon night: the Force, the border planets, and far too much popcorn.",
    "My employer is a bank, and our biggest government client is Home Affairs, which won't let us talk about the project.",
    "Watched Border Security again and now I want to work customs.",
    "Border Force won't let me bring my mango back from Bali, rude.",
    "Border Force sent me a letter about my visa, lovely.",
    "Border Force put me through a two hour search at Sydney Airport, thanks guys.",
])
def test_informal_near_misses(extractor, text):
    assert "employer" not in {d.category for d in _alone(extractor, text)}


# --- precision guards on places
@pytest.mark.parametrize("text", [
    "Our container from Port Klang finally cleared, the furniture arrives Tuesday.",
    "If the gateway behaves tonight I'll push the new firmware to the router.",
    "Tried the gateway recipe from the Sunday paper, the sourdough rose beautifully.",
    "They checked our passports at Cairns Airport twice on the way to Bali.",
    "Gate agent life: checking passports at Sydney Airport for the Fiji flight, then a nap.",
])
def test_place_guards_in_a_staff_scan(extractor, text):
    assert "work_location" not in {d.category for d in _scan(extractor, text, STAFF_BIO)}
