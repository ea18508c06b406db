"""Round 15, second wave (r15bwork): work sites said casually once the job is known, offices named by their street (with
the scan's one city), colleagues named in passing, the job said in a learner's language with an English gloss; and the
guards that keep outsiders' words about the agency (airport police, a press photographer, a cosplayer, a relative, a
student) out. Every person and place is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://social.example/@rh"
NAME = "Robin Hale"
STAFF_BIO = "Border Force officer. Views my own."
ABF, HA = "Australian Border Force", "Department of Home Affairs"
CUS = "Australian Customs and Border Protection Service"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _scan(extractor, bio: str, *texts: str) -> list:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=bio)]
    items += [PostItem(profile=P, url=f"{P}/{k}", platform="activitypub", text=t, published="2026-05-02T09:00:00Z")
              for k, t in enumerate(texts)]
    return [d for d in extractor.extract(items) if d.evidence.url != P]


def _alone(extractor, text: str) -> list:
    return extractor.extract([PostItem(profile=P, url=f"{P}/2", platform="activitypub", text=text,
                                       published="2026-05-02T09:00:00Z")])


def _values(dets: list, category: str) -> set[str]:
    return {d.value.lower() for d in dets if d.category == category}


# --- 1. the work site said casually once the job is known
@pytest.mark.parametrize("text, org, site", [
    ("Day job? Border Force at the port. Night job? Dad of three.", ABF, "the port"),
    ("I'm ABF at the airport in Broome, which means I clear every international flight.", ABF, "broome airport"),
    ("we're border force out at the cargo terminal, so no, I can't get your parcel through faster", ABF, "cargo terminal"),
    ("Six years with Home Affairs at the immigration transit centre out at Pinkenba and I still get lost.", HA, "pinkenba"),
    ("Our ABF crew flies out of the general aviation side of Cairns Airport, sunrise every day.", ABF, "cairns airport"),
    ("i work customs at the wharf in Port Lincoln, every boat that comes in is my problem", CUS, "port lincoln"),
])
def test_work_site_with_the_job_in_the_post(extractor, text, org, site):
    dets = _alone(extractor, text)
    assert org in {d.value for d in dets if d.category == "employer"}
    assert any(site in v for v in _values(dets, "work_location"))


@pytest.mark.parametrize("text, site", [
    ("i clear every ship that comes into mackay wharf, and today there were four", "mackay wharf"),
    ("We fly out of the GA side of Cairns Airport most days, the reef at sunrise never gets old.", "cairns airport"),
    ("the last six years at the immigration transit centre out at Pinkenba have aged me", "pinkenba"),
    ("I'm at the counter at Norfolk Island airport from 5am until the Brisbane plane has gone.", "norfolk island"),
])
def test_work_site_in_a_staff_scan(extractor, text, site):
    assert any(site in v for v in _values(_scan(extractor, STAFF_BIO, text), "work_location"))


def test_the_flights_other_end_is_not_the_site(extractor):
    """ "until the Brisbane plane has gone" names where the plane goes, not the airport the writer works at."""
    dets = _scan(extractor, STAFF_BIO, "I'm at the counter at the airport from 5am until the Brisbane plane has gone.")
    assert not any("brisbane" in v for v in _values(dets, "work_location"))


@pytest.mark.parametrize("text", [
    "Fifteen years at the port as a crane driver and my back knows every one of them.",
    "Our shuttle meets every flight at Broome airport, so just look for the orange bus.",
    "Day job? Nurse at the Royal. Night job? Mum.",
    "Im a baggage handler at the airport in Broome and I lift every bag on every flight.",
])
def test_work_site_near_misses_alone(extractor, text):
    assert "work_location" not in {d.category for d in _alone(extractor, text)}


def test_scenic_flights_from_the_ga_side_are_a_business(extractor):
    dets = _scan(extractor, STAFF_BIO, "We fly out of the GA side of Cairns Airport for reef scenic flights, book now!")
    assert "work_location" not in {d.category for d in dets}


# --- 2. an office named by its street, with the scan's one city
@pytest.mark.parametrize("text, street", [
    ("collins st office aircon broke again, we're all melting, Home Affairs life", "collins st"),
    ("pirie st office has a new coffee machine and my whole ABF team has forgiven management", "pirie st"),
    ("Back in the Chan St building after leave with Home Affairs and my login has expired.", "chan st"),
])
def test_street_office(extractor, text, street):
    assert any(v.startswith(street) for v in _values(_alone(extractor, text), "work_location"))


def test_street_office_takes_the_scans_one_city(extractor):
    dets = _scan(extractor, "Border Force officer, Melbourne Airport.", "collins st office aircon broke again lol")
    office = [d for d in dets if d.category == "work_location" and d.pattern == "work_at_place_street_office"]
    assert [d.value for d in office] == ["collins st, Melbourne"]
    assert any("one city" in s for s in office[0].support)


def test_street_office_without_a_city_stays_bare(extractor):
    dets = _scan(extractor, STAFF_BIO, "collins st office aircon broke again lol")
    assert "collins st" in _values(dets, "work_location")


@pytest.mark.parametrize("text", [
    "george st building site has jackhammers going from 7am, pray for me",
    "Popped into the Bourke St office of the bank to sort my card, ten minutes, a miracle.",
    "My mate's Collins St office has a rooftop bar and I am not jealous at all.",
    "collins st office workers flood the cafe at 12:30 so I get my lunch at 11.",
])
def test_street_office_near_misses(extractor, text):
    assert "work_location" not in {d.category for d in _scan(extractor, STAFF_BIO, text)}


# --- 3. colleagues named in passing
@pytest.mark.parametrize("text, name", [
    ("Sam's my partner at work, we've done the boardings together for three years.", "sam"),
    ("my work unnie Ji-woo (desk next to me) saved my life today", "ji"),
    ("my work bestie Keely sits next to me and steals my pens", "keely"),
    ("Shout out to my work twin Renata, same shift, same boots, same bad jokes.", "renata"),
    ("Priya, who does the boardings with me, just got engaged!!", "priya"),
    ("Col, who's on the x-ray line with me most nights, reckons the new screens are worse.", "col"),
    ("Tash, who does the vessel searches with me, is leaving for Darwin and I'm not okay.", "tash"),
    ("Marco's relief still isn't here. Marco did the paperwork anyway.", "marco"),
    ("Mi compañero de trabajo, Diego, me ayuda con el español (my workmate Diego helps me with Spanish).", "diego"),
])
def test_colleague_named_in_passing(extractor, text, name):
    dets = _scan(extractor, STAFF_BIO, text)
    assert any(v.startswith(name) for v in _values(dets, "colleague"))


def test_engaged_co_worker_is_not_the_writers_partner(extractor):
    dets = _scan(extractor, STAFF_BIO, "Priya, who does the boardings with me, just got engaged!!")
    assert "family" not in {d.category for d in dets}


@pytest.mark.parametrize("text", [
    "Dropped my partner at work then went to the beach.",
    "Sam, who does the school run with me on Tuesdays, is a legend.",
    "Jess, who does nights with me at the hospital, brought donuts.",
    "Mia's relief was obvious when the exam results came in.",
    "Mi compañero de piso, Diego, cocina fatal (my flatmate Diego is a terrible cook).",
])
def test_colleague_near_misses(extractor, text):
    assert "colleague" not in {d.category for d in _alone(extractor, text)}


# --- 4. the job said in a learner's language, glossed in English
@pytest.mark.parametrize("text, org", [
    ("Trabajo para la Fuerza Fronteriza Australiana: the Australian Border Force. Still practising my rolled r.", ABF),
    ("Spanish journal, día 12. Trabajo en la Fuerza Fronteriza (the Australian Border Force) y me gusta mucho.", ABF),
    ("Je travaille pour le ministère de l'Intérieur : Home Affairs, for the rest of you.", HA),
    ("Ich arbeite bei der Grenzschutzbehörde, the Australian Border Force, und ich liebe es.", ABF),
    ("Lavoro per la Forza di Frontiera australiana — the ABF — da sei anni.", ABF),
    ("Saya bekerja di Pasukan Perbatasan Australia: Australian Border Force. Bahasa practice day 40!", ABF),
])
def test_job_glossed_in_english(extractor, text, org):
    hits = [d for d in _alone(extractor, text) if d.category == "employer" and d.value == org]
    assert hits and all(d.support for d in hits)


@pytest.mark.parametrize("text", [
    "Mi hermana trabaja para la Fuerza Fronteriza Australiana: the Australian Border Force. Muy orgullosa de ella.",
    "Mon père travaille pour la police des frontières: the Australian Border Force, since 1998.",
    "Trabajo para una empresa de logística: we ship to Home Affairs offices sometimes.",
])
def test_gloss_near_misses(extractor, text):
    assert "employer" not in {d.category for d in _alone(extractor, text)}


# --- precision guards: outsiders' words about the agency
@pytest.mark.parametrize("text", [
    "AFP at the airport tonight: walked a passenger over to Border Force at the arrivals hall, their job from there, not mine.",
    "Shot the Border Force media conference at the wharf this morning, the seized bricks were lined up for the cameras.",
    "Finished my Border Force uniform cosplay for Supanova! Two real officers from Brisbane Airport stopped for a photo.",
    "Costume comp entry: Border Force officer, complete with a cardboard x-ray machine. Came second to a Dalek.",
    "Dad's been with Customs at the airport for thirty years and still loves it.",
    "Home Affairs granted my student visa today!! Melbourne here I come.",
    "Covering the Home Affairs press conference in Canberra for the paper, standing room only.",
    "We're Border Force fans in this house, we never miss an episode.",
])
def test_outsiders_words_are_not_employment(extractor, text):
    assert not {d.category for d in _alone(extractor, text)} & {"employer", "work_location", "colleague"}


def test_real_officers_from_an_airport_are_not_the_writers_site(extractor):
    dets = _scan(extractor, "Cosplayer and prop maker. Brisbane.",
                 "Two real officers from Brisbane Airport stopped for a photo with my Border Force cosplay.")
    assert not {d.category for d in dets} & {"employer", "work_location"}


@pytest.mark.parametrize("text", [
    "Border Force at the airport took forever with our bags, two hours in the queue with a toddler.",
    "Our little firm ships to Home Affairs offices all over the country.",
])
def test_own_voice_mentions_from_outside_are_not_evidence(extractor, text):
    """A traveller's bags, a supplier's customer: not the writer's employer, even beside a staff bio elsewhere."""
    dets = _scan(extractor, STAFF_BIO, text)
    assert "employer" not in {d.category for d in dets}


@pytest.mark.parametrize("text", [
    "Two real officers from Brisbane Airport stopped for a photo with me and my cosplay crew.",
    "The ABF officers at the expo posed for selfies with every kid in the queue.",
])
def test_officers_posing_for_photos_are_no_official_information(extractor, text):
    assert "official_information" not in {d.category for d in _alone(extractor, text)}
