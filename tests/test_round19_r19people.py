"""Round 19 (r19people): roles stated the ways people state them. Every person is fictional and every example is
written in our own words (the seen sets only named the classes of failure).

1. A job title or work role beside a name, on either side, with or without the comma, one word qualifying it:
   "<Name> my offsider", "<Name>, our head handler", "<Name>, the other x-ray operator", "<Name> the duty supervisor",
   "the test lead <Name>" (detectors/job_titles.py); near misses: a former boss, someone who serves the writer, a
   title someone else owns, a title placed at a shop or a bank.
2. Work told after a name: "who instructs with me", "who works the counter with me", "<Name> on tier 2"; a partner
   said to be one at work ("my partner on the night roster") is a co-worker, not a spouse; covering a post at work
   for the writer ("for covering the baggage belt") is a co-worker's favour.
3. Kin words of other languages the writer owns ("my asawa <Name>", "my oppa <Name>", "my didi <Name>"); near
   misses: a song, a brand, a kin word with no name.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/mv"
NAME = "Marlon Vickery"
AT_WORK = "Border Force officer at Brisbane airport. Dad of two, cricket tragic."
SOCIAL = "Coffee, cricket and too many podcasts."


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _people(extractor, text: str, summary: str = AT_WORK) -> list:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=summary),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    return [d for d in extractor.extract(items) if d.category in ("family", "associate", "colleague")
            and d.evidence.url.endswith("/1")]


def _values(found) -> set[tuple[str, str]]:
    return {(d.category, d.value) for d in found}


def _role_of(found, name: str) -> set[str]:
    return {d.category for d in found if d.attrs.get("person") == name}


# --- 1. job titles beside a name ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Tane my offsider found the false bottom in the suitcase before I did.", "Tane"),
    ("Huge week, and Gaz my offsider has carried me through every boarding.", "Gaz"),
    ("Big thanks to Marisol our head handler, twenty years with the detector dogs and still soft as butter.", "Marisol"),
    ("Fitz, the other x-ray operator, swears the scanner drifts left after midnight.", "Fitz"),
    ("Roisin the duty supervisor wanted every seal number written twice tonight.", "Roisin"),
    ("Got knocked back for acting higher duties again and the test lead Oksana takes the credit for every defect we find.",
     "Oksana"),
    ("asking Callum the senior analyst, who is basically a search engine with a lanyard, saved my week at work again",
     "Callum"),
    ("Benedikt, a fellow examiner, spotted the resealed cartons first.", "Benedikt"),
])
def test_a_job_title_beside_a_name_makes_a_colleague(extractor, text, name):
    found = _people(extractor, text)
    assert "colleague" in _role_of(found, name), _values(found)


@pytest.mark.parametrize("text, name, summary", [
    ("The daughter of Ken Wills, my old boss, is getting married.", "Ken Wills", AT_WORK),
    ("Congratulations to our consultant Priya on landing three placements with Border Force this month!", "Priya",
     AT_WORK),
    ("Kylie the nurse at the clinic was lovely about my dodgy knee.", "Kylie", SOCIAL),
    ("Renata, the manager at the bank, finally sorted the loan papers.", "Renata", SOCIAL),
    ("Told Tobias my boss is a nightmare and he laughed for a full minute.", "Tobias", SOCIAL),
    ("My brother's offsider Jace came to the barbie.", "Jace", SOCIAL),
    ("Watched Coach Dunstan bark at the under 12s again, what a character.", "Dunstan", SOCIAL),
    ("Tane my nephew found a crab under the jetty.", "Tane", SOCIAL),
])
def test_near_misses_of_job_titles_are_no_colleague(extractor, text, name, summary):
    found = _people(extractor, text, summary)
    assert "colleague" not in _role_of(found, name), _values(found)


def test_the_finding_says_which_title(extractor):
    found = [d for d in _people(extractor, "Fitz, the other x-ray operator, swears the scanner drifts left.")
             if d.attrs.get("person") == "Fitz"]
    assert found and found[0].pattern == "role_job_title"
    assert found[0].attrs["relation"] == "x-ray operator" and "the other x-ray operator" in found[0].support


# --- 2. work told after a name, a partner at work, covering a post -----------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Smithy, who instructs with me at the driving school, brought the good sausages.", "Smithy"),
    ("Priya, who works the front counter with me, brought in a lemon slice for the crew.", "Priya"),
    ("Ngaire on tier 2 who actually knows the ticket system saved my skin today.", "Ngaire"),
    ("Tomasz, my partner on the graveyard roster, fell asleep in the ute again.", "Tomasz"),
    ("shoutout to Rhys Kowalczyk for covering the baggage belt while i grabbed a coffee at 4am. legend", "Rhys Kowalczyk"),
])
def test_work_told_after_a_name_makes_a_colleague(extractor, text, name):
    found = _people(extractor, text)
    assert "colleague" in _role_of(found, name), _values(found)
    assert "family" not in _role_of(found, name)


@pytest.mark.parametrize("text, name, role", [
    ("Tomasz, my partner of twelve years, cooked a mean laksa tonight.", "Tomasz", "family"),
    ("Thanks to Kaylee for the birthday cake, best neighbour ever.", "Kaylee", "associate"),
])
def test_near_misses_of_work_told_keep_their_role(extractor, text, name, role):
    found = _people(extractor, text, SOCIAL)
    assert role in _role_of(found, name) and "colleague" not in _role_of(found, name), _values(found)


@pytest.mark.parametrize("text, name", [
    ("Sam, who does the school run with me on Tuesdays, is a lifesaver.", "Sam"),
    ("Smithy, who paddles with me at the dragon boat club, brought the good sausages.", "Smithy"),
    ("Kel covered the canteen for the footy club while I ran the raffle.", "Kel"),
])
def test_shared_chores_and_pastimes_are_no_work(extractor, text, name):
    found = _people(extractor, text, SOCIAL)
    assert "colleague" not in _role_of(found, name), _values(found)


# --- 3. kin words of other languages ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Date night with my asawa Jomar at the Filipino place in Blacktown.", "Jomar (spouse)"),
    ("My oppa Min-jun flew in from Seoul for Chuseok.", "Min-jun (brother)"),
    ("Happy birthday to my didi Anjali, the best big sister anyone could ask for.", "Anjali (sister)"),
    ("Sunday lunch at home, my yeye Guoliang still beats everyone at mahjong.", "Guoliang (grandfather)"),
    ("My fratello Matteo finally fixed the Vespa.", "Matteo (brother)"),
])
def test_owned_kin_words_of_other_languages(extractor, text, value):
    assert ("family", value) in _values(_people(extractor, text, SOCIAL))


@pytest.mark.parametrize("text", [
    "Oppa Gangnam Style came on at the wedding and everyone lost it.",
    "Tried Nonna's recipe for ragu tonight, not bad at all.",
    "My oppa is the best, he drove me to the airport at 5am.",
    "Bought a new Oppa phone, the camera is great.",
    "Bhai Sahib Tailors on the high street took my measurements.",
])
def test_kin_words_of_other_languages_without_an_owned_name_name_no_one(extractor, text):
    assert not [d for d in _people(extractor, text, SOCIAL) if d.category == "family"]


# --- 4. children named with their ages ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Finally hung the new side gate. Kobe (12) did the drilling, Ava (9) mostly supervised and ate the biscuits.",
     {"Kobe", "Ava"}),
    ("Pancake Sunday at ours, Harriet (7) flipped her first one without help.", {"Harriet"}),
])
def test_children_named_with_their_ages_are_family(extractor, text, names):
    found = _people(extractor, text, SOCIAL)
    assert {d.attrs.get("person") for d in found if d.category == "family"} >= names, _values(found)


@pytest.mark.parametrize("text", [
    "Under 12s presentation: Kobe (12) won best and fairest, Ava (11) most improved.",
    "Toddler Ava (2) found safe after a night in the scrub near Gympie, police say.",
    "Proud of my students today, Kobe (12) and Ava (11) nailed their recorder solos.",
    "Babysat my sister's kids, Kobe (12) and Jett (9), who ate everything in the pantry.",
])
def test_ages_of_other_peoples_children_name_no_family(extractor, text):
    found = _people(extractor, text, SOCIAL)
    assert not [d for d in found if d.category == "family" and d.pattern == "role_child_age"], _values(found)
