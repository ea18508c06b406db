"""Round 12 (r12work): the employer's work described without its name (evidence of an employer the scan establishes),
the employer said short or in the third person, the org's email domain named without an address, a number a sentence
calls a work line, colleagues by rank or role in any order, and another agency's staff beside the org; with near-miss
negatives. All people, numbers and addresses are fictional."""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

ABF, HA, DIBP = "Australian Border Force", "Department of Home Affairs", "Department of Immigration and Border Protection"
PROFILE = "https://social.example/@alexm"


@pytest.fixture(scope="module")
def ex():
    return Extractor(load_org("dibp"), "Alex Morgan", ["alexm"])


def _post(text, n=0):
    return PostItem(platform="activitypub", url=f"{PROFILE}/{n}", profile=PROFILE, text=text)


def _profile(summary="", emails=()):
    return ProfileItem(platform="activitypub", url=PROFILE, profile=PROFILE, name="Alex Morgan", summary=summary,
                       emails=list(emails))


def _at(dets, cat, url):
    return {d.value for d in dets if d.category == cat and d.evidence.url == url}


# --- a. the org's kind of work described: evidence of the employer established elsewhere in the scan
WORK_DESCRIBED = [
    "Me and Rex spent the whole arvo sniffing bags off the Singapore flight. Best job in the world, honestly.",
    "I search shipping containers for a living. Today: 400 boxes of novelty socks.",
    "you know when you've boarded three tankers before lunch and your knees hate you? that's my job.",
    "Long one on the cutter this week, two boardings off Ashmore and a very seasick new recruit.",
    "Primary line at Tulla from 5am, stamped about 600 passports before smoko",
    "Another night at the mail centre x-raying parcels. So many vapes.",
    "at work: swabbing suitcases for residue, 12 hr day, feet gone",
    "You know you're a cargo examiner when you dream about x-raying pallets of tiles.",
    "Alex spends her shifts searching luggage off the Bali flights and her weekends at the footy.",
    "Week 3 on the patrol boat out of Thursday Island, the boardings never stop",
    "my whole job is reading cargo manifests and saying 'hmm' at shipping containers",
    "today's shift: 200 parcels through the x-ray at the mail centre, one actual find",
]
NOT_WORK_DESCRIBED = [
    "Got our bags searched at Denpasar on the way home, two hour queue, never again.",
    "My brother boards tankers at Port Hedland for a living, mad money.",
    "The cruise ship we were on got boarded this week by the harbour pilot, very cool.",
    "We checked in our bags and cleared security in ten minutes, best airport ever.",
    "Our dog sniffed every bag at the picnic, zero shame.",
    "Baked sourdough for the neighbours today, third loaf this week.",
    "You know you're a parent when you search every bag in the house for one lost sock.",
    "Day 3 at the resort, the kids boarded the banana boat and screamed the whole way.",
    "Flight delayed, sat in the departures hall for 4 hours with a cranky toddler. Never flying Jetstar again.",
    "Read the ship's manifest from the Titanic at the museum today, chilling stuff.",
    "The arrivals hall is chaos during school holidays.",
]


@pytest.mark.parametrize("text", WORK_DESCRIBED)
def test_work_described_is_evidence_of_the_established_employer(ex, text):
    dets = ex.extract([_profile(emails=["alex.morgan@abf.gov.au"]), _post(text, 1)])
    assert _at(dets, "employer", f"{PROFILE}/1") == {ABF}


@pytest.mark.parametrize("text", WORK_DESCRIBED[:3])
def test_work_described_alone_names_no_employer(ex, text):
    dets = ex.extract([_profile(summary="Dog person. Bad at golf."), _post(text, 1)])
    assert not [d for d in dets if d.category == "employer"]


@pytest.mark.parametrize("text", NOT_WORK_DESCRIBED)
def test_not_work_described(ex, text):
    dets = ex.extract([_profile(emails=["alex.morgan@abf.gov.au"]), _post(text, 1)])
    assert not _at(dets, "employer", f"{PROFILE}/1")


# --- b. the employer said short or in the third person
@pytest.mark.parametrize("text,org", [
    ("What I do: the person who checks your shipping container. Yep, Border Force. No, I can't get your parcel out.", ABF),
    ("Job? Border Force. Next question.", ABF),
    ("Occupation: Home Affairs, visa processing. Hobbies: fishing, bad puns.", HA),
    ("ABF marine unit, boarding ships out of Darwin. that's the job.", ABF),
    ("day job -> home affairs, visa side. night job -> raising two feral kelpies", HA),
    ("Alex is Border Force, cargo side, and our club treasurer.", ABF),
    ("Alex (Border Force, Melbourne Airport) will be running the sausage sizzle.", ABF),
    ("Off the court Alex is a Border Force officer at Port Botany and a terrible loser at cards.", ABF),
    ("Two weeks on, two weeks off with Border Force, checking cargo ships at Port Hedland.", ABF),
    ("12 years at border force and some days i still love it", ABF),
    ("About me: 34, Geelong, Border Force (yes really), terrible at karaoke.", ABF),
    ("Q: what do you do? A: Home Affairs. Q: is it exciting? A: it's spreadsheets.", HA),
    ("bio: dad. diver. ABF. not necessarily in that order", ABF),
    ("Meet our new treasurer! Alex works for the ABF at the airport and keeps the books in line.", ABF),
    ("Alex spends weekdays at Border Force and weekends chasing toddlers.", ABF),
])
def test_employer_said_short(ex, text, org):
    assert org in {d.value for d in ex.extract([_post(text)]) if d.category == "employer"}


@pytest.mark.parametrize("text", [
    "I'm Border Force's biggest fan, never miss an episode.",
    "What does your dad do? Border Force. Cool.",
    "Job? Still looking. Border Force knocked me back again.",
    "Favourite show: Border Force. Favourite snack: Twisties.",
    "What I do on weekends: fishing, footy, and Border Force reruns.",
    "Occupation: migration agent. I deal with Home Affairs daily.",
    "Job: barista. Regulars include half of Border Force.",
    "Kim (Border Force, Sydney) brought the pav.",
    "Topic: Border Force. Discuss.",
    "About me: 34, Geelong, huge Border Force fan, terrible at karaoke.",
    "bio: dad. diver. watches ABF reruns.",
    "Q: what do you do? A: Nothing much. Border Force reruns mostly.",
])
def test_not_said_short(ex, text):
    assert not [d for d in ex.extract([_post(text)]) if d.category == "employer" and d.confidence >= 0.6]


# --- c. the org's email domain named, the address not shown
@pytest.mark.parametrize("text,org", [
    ("my strava is still hooked up to my homeaffairs.gov.au email, must sort that out", HA),
    ("Alex's Spotify is linked to her abf.gov.au email apparently, which is hilarious", ABF),
    ("heads up my old border.gov.au login still gets the newsletter", DIBP),
    ("the newsletter still comes to my old border.gov.au address lol", DIBP),
    ("I still get Ticketek spam at my @homeaffairs.gov.au address lol", HA),
])
def test_domain_named_without_address(ex, text, org):
    dets = ex.extract([_post(text)])
    assert {d.key for d in dets if d.category == "corporate_identifier"} == {"contact:official email"}
    assert org in {d.value for d in dets if d.category == "employer"}


@pytest.mark.parametrize("text", [
    "my brother's fitbit is linked to his abf.gov.au email, i keep telling him",
    "my strava is hooked up to my gmail like a normal person",
    "Sam's account is linked to his homeaffairs.gov.au email",
])
def test_domain_not_the_writers(ex, text):
    dets = ex.extract([_post(text)])
    assert not [d for d in dets if d.category in ("corporate_identifier", "employer")]


# --- d. a number the sentence calls a work line
@pytest.mark.parametrize("text,number", [
    ("if you've got questions before the inspection, my work mobile is 0491 570 156", "+61 491 570 156"),
    ("Please ring my desk on (02) 5550 1234 during business hours.", "+61 2 5550 1234"),
    ("call me at work 0491 570 157 lol jk dont", "+61 491 570 157"),
])
def test_work_line_in_a_sentence(ex, text, number):
    assert number in {d.value for d in ex.extract([_post(text)]) if d.category == "official_contact"}


# --- e. colleagues by rank or role, in any order
@pytest.mark.parametrize("text,name", [
    ("Sarge (Priya Raman) reckons we'll be back on days by March. At ABF nothing changes fast.", "Priya Raman"),
    ("ABF night crew. our sarge = Terrence Okafor, legend.", "Terrence Okafor"),
    ("Callum Ng, the team leader covering my leave, texted me on my day off. Home Affairs life.", "Callum Ng"),
    ("Skipper Howard Blaine hangs up his boots after 28 years on the ABF boats, farewell drinks Friday", "Howard Blaine"),
    ("Rhonda Ferris, our super at the airport, signed off on my leave. Border Force moves fast for once.", "Rhonda Ferris"),
    ("Skip says we sail Tuesday. Skip = Marguerite Dunn, thirty years at sea and still the first one up. #ABF", "Marguerite Dunn"),
])
def test_colleague_by_rank(ex, text, name):
    assert any(d.attrs.get("person") == name or d.value.startswith(name) for d in ex.extract([_post(text)])
               if d.category == "colleague")


@pytest.mark.parametrize("text", [
    "knocked back for the acting supervisor job again. Border Force promotions are a lottery",
    "Dr Lee, the manager at my bank, finally rang back about the loan.",
    "Marnie Holt, the director of the film festival, opened the night.",
    "Sarge (the old one, not the new one) reckons it'll rain.",
    "Watching Sgt Pepper again tonight with the kids.",
    "The Boss is Bruce Springsteen, no arguments.",
    "Captain: Tom Hardy in that film was unreal.",
])
def test_not_colleague(ex, text):
    assert not [d for d in ex.extract([_post(text)]) if d.category == "colleague"]


@pytest.mark.parametrize("title", ["Director: Cargo Intelligence Section, Australian Border Force",
                                   "Inspector - Maritime Operations - Australian Border Force"])
def test_own_title_with_a_colon_is_no_colleague(ex, title):
    dets = ex.extract([_profile(summary="")] + [ProfileItem(platform="html", url="https://club.example/alex",
                                                             profile="https://club.example/alex", name="Alex Morgan",
                                                             fields={"jobTitle": title})])
    assert not [d for d in dets if d.category == "colleague"]


# --- f. another agency's staff beside the org: not employment, their boardings not the Department's
@pytest.mark.parametrize("bio,posts", [
    ("Federal Agent, AFP. Airport uniform team. Views my own.",
     ["Waved to the Border Force crew in arrivals on my way in, long queue for everyone.",
      "Our team backed up ABF at the international terminal today, long day."]),
    ("Marine pilot, Port Phillip. I bring the big ones in.",
     ["Border Force and biosecurity were waiting at the gangway when I got the car carrier alongside.",
      "Pilotage done by 0400; the ABF officers went aboard as I went down the ladder."]),
    ("Leading Seaman, Royal Australian Navy. Armidale class life.",
     ["ABF cutter at Darwin this morning, their crew came over for a brew.",
      "We boarded a foreign fishing vessel off the Kimberley today, 14 hours on the RHIB."]),
])
def test_another_agency_is_not_staff(ex, bio, posts):
    dets = ex.extract([_profile(summary=bio)] + [_post(t, k + 1) for k, t in enumerate(posts)])
    assert not [d for d in dets if d.category in ("employer", "official_information", "colleague")]


@pytest.mark.parametrize("text", [
    "Waved to the Border Force crew in arrivals on my way in; different agency, same terrible coffee.",
    "Our AFP team backed up ABF at the international terminal today, long day for everyone.",
    "ABF cutter alongside us at Darwin this morning, their crew came over for a brew.",
])
def test_another_agency_said_in_the_sentence(ex, text):
    assert not [d for d in ex.extract([_post(text)]) if d.category == "employer"]


@pytest.mark.parametrize("bio", [
    "Ex-Navy, now ABF marine unit out of Cairns.",
    "Proud navy wife. Border Force officer at Brisbane Airport. Mum of two.",
])
def test_former_or_family_agency_keeps_staff(ex, bio):
    dets = ex.extract([_profile(summary=bio), _post("Long one on the line today, stamped 800 passports before lunch.", 1)])
    assert ABF in {d.value for d in dets if d.category == "employer"}


def test_a_reservist_is_staff_where_posts_say_so(ex):
    dets = ex.extract([_profile(summary="Navy reservist on weekends. Dad of three. Bad golfer."),
                       _post("Nine years with Border Force at the airport and still on nights.", 1)])
    assert ABF in {d.value for d in dets if d.category == "employer"}
