"""Round 20 (r20people): people named one way and their role said another way. The relation in the next sentence
without the name ("<Name> has mowed. My husband, the hero ..."), children by age beside "the missus and the boys",
kin words of an Italian or Portuguese family, colleagues by a relative clause ("<Name>, who runs the ... office") or
a site before the title ("the Darwin network lead, <Name>"), a course mate at the academy. Each with near misses
that must not be found. Every person and sentence is fictional and in our own words.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/mq"
NAME = "Morgan Quill"
SOCIAL = "Coffee, footy and too many cookbooks."
AT_WORK = "Border Force officer at Darwin airport. Parent of two."


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _found(extractor, texts, summary: str = SOCIAL) -> list:
    texts = [texts] if isinstance(texts, str) else texts
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=summary)] + [
        PostItem(profile=P, url=f"{P}/{k}", platform="activitypub", text=t, published="2026-05-02T09:00:00Z")
        for k, t in enumerate(texts, 1)]
    return [d for d in extractor.extract(items) if d.category in ("family", "associate", "colleague")]


def _person(d) -> str:
    return d.value.split(" (")[0]


# --- the partner in the next sentence, without the name ---------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Shona and I finally signed the lease on the Wynnum place. My partner has already measured every window twice.",
     "Shona (partner)"),
    ("Rhys says the gutters can wait, I say they can't. My husband is wrong about most things involving ladders.",
     "Rhys (husband)"),
    ("The lawn is mown, the bins are out and Callum has even cleaned the barbecue. My husband, the miracle worker of "
     "Sunday afternoons.", "Callum (husband)"),
    ("Me and Tilly took the tinnie out past the bar this morning. The missus caught the only flathead.", "Tilly (wife)"),
    ("Bronwyn reckons the tomatoes need more sun. My wife is usually right about the garden, annoyingly.", "Bronwyn (wife)"),
    ("Col reckons the shed needs a new roof. My husband is always right about sheds, he says.", "Col (husband)"),
    ("Priya and I took Ava to the museum for the dinosaurs. My wife says I read every sign twice.", "Priya (wife)"),
    ("Suvi and I got the keys today. Cranbourne, baby. My partner has already hung the mirror crooked.", "Suvi (partner)"),
])
def test_partner_before(extractor, text, value):
    found = [d for d in _found(extractor, text) if d.category == "family"]
    assert value in [d.value for d in found]


@pytest.mark.parametrize("text, name", [
    ("Jake and I went fishing off the rocks at dawn. My wife stayed home with a book and had the better day.", "Jake"),
    ("Sarah from next door came over for a cuppa. My wife made scones and we talked for hours.", "Sarah"),
    ("Tom and I drove to Orange for the wine weekend. My wife met us there on the Saturday.", "Tom"),
    ("Kirsten called to say the quote was ready. My partner in crime is taking the day off to chase it.", "Kirsten"),
    ("Hamish reckons the Broncos will win it. My business partner thinks he's dreaming.", "Hamish"),
    ("Our kelpie Bluey chased the postie again. My husband is mortified.", "Bluey"),
    ("Priya and I took Ava to the museum for the dinosaurs. My husband says I read every sign twice.", "Priya"),
    ("Dave and Mel dropped the kids at school. My wife had the early shift.", "Dave"),
    ("Ingrid's husband Lars fixed the fence. My wife says he works too hard.", "Lars"),
])
def test_partner_before_near_misses(extractor, text, name):
    found = [d for d in _found(extractor, text) if d.pattern == "partner_before"]
    assert name not in [_person(d) for d in found]


# --- children by age beside the household ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Dinner with the missus and the girls at the pub. Mabel (6) ate more chips than me.", "Mabel (child)"),
    ("Hubby and the boys at the cricket all day. Archie (9) bowled his first maiden.", "Archie (child)"),
    ("Footy night with the wife Tegan and the boys. Jasper (7) ate all the party pies.", "Jasper (child)"),
    ("Bree and the kids at the beach before the storm. Ollie is 7 going on 17 and refused to wear a hat.",
     "Ollie (child)"),
])
def test_child_by_age_with_household(extractor, text, value):
    assert value in [d.value for d in _found(extractor, text) if d.category == "family"]


@pytest.mark.parametrize("text, name", [
    ("Dave and the boys from work at the pub. Ollie is 7 years into the job and still the new guy.", "Ollie"),
    ("Coaching the under 10s again. Esme (6) from the other team scored twice.", "Esme"),
])
def test_child_by_age_near_misses(extractor, text, name):
    assert name not in [_person(d) for d in _found(extractor, text) if d.category == "family"]


# --- kin words of an Italian or Portuguese family --------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Mia moglie Giulia says the basil is hers now. Giulia, cara, it was always yours.", "Giulia (wife)"),
    ("Took mio figlio Matteo to his first soccer training in Leichhardt, he scored twice.", "Matteo (son)"),
    ("A minha filha Beatriz finished her nursing degree today, so proud.", "Beatriz (daughter)"),
])
def test_foreign_kin(extractor, text, value):
    assert value in [d.value for d in _found(extractor, text) if d.category == "family"]


def test_foreign_possessive_is_no_name(extractor):
    found = _found(extractor, "Mia sent me the photos from the footy, cheers mate.")
    assert not [d for d in found if d.category == "family"]


# --- colleagues by a relative clause or a site before the title ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Farah Nasser, who covered my shifts while I was on leave, deserves a medal.", "Farah Nasser"),
    ("Helen Achebe, who runs the cargo team, sat with me at Border Force until the scanner behaved.", "Helen Achebe"),
    ("I can wire a caravan, but the Darwin network lead, Anil Kapoor, who's proper APS at Home Affairs, reckons I'll "
     "electrocute myself.", "Anil Kapoor"),
])
def test_colleague_by_clause_or_site(extractor, text, name):
    found = _found(extractor, text, AT_WORK)
    assert name in [_person(d) for d in found if d.category == "colleague"]


@pytest.mark.parametrize("text, name", [
    ("Wendy Tran, who runs the front office at the kids' school, found my son's lost hat.", "Wendy Tran"),
    ("Our neighbour Kath Dwyer, who runs the post office, dropped off a parcel that came while I was out.", "Kath Dwyer"),
    ("Rangi Tuhoe, who runs the Tuesday trivia team at the pub, wants a rematch.", "Rangi Tuhoe"),
])
def test_colleague_clause_near_misses(extractor, text, name):
    found = _found(extractor, text, AT_WORK)
    assert name not in [_person(d) for d in found if d.category == "colleague"]
