"""Round 20 (r20lower): people who write in lower case or by voice-to-text. A post without capitals is read with the
capitals a careful writer would have used (analysis/detect/recase.py), letter for letter the same length, so the
detectors that find people by their capitals find "marnie okafor" as they find "Marnie Okafor"; evidence keeps the
writer's own letters. Words that are only sometimes names ("will", "mark", "grace"), a border collie, a department
store and a TV show stay words. Every person and sentence is fictional and in our own words.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.analysis.detect.recase import Recaser, lowercase
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/lw"
NAME = "Rowan Pike"
SOCIAL = "coffee footy and too many cookbooks"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _found(extractor, texts, category: str) -> list:
    texts = [texts] if isinstance(texts, str) else texts
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=SOCIAL)] + [
        PostItem(profile=P, url=f"{P}/{k}", platform="activitypub", text=t, published="2026-05-02T09:00:00Z")
        for k, t in enumerate(texts, 1)]
    return [d for d in extractor.extract(items) if d.category == category]


# --- the recased view: which words get capitals ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("big thanks to marnie okafor on my shift she covered for me again",
     "big thanks to Marnie Okafor on my shift she covered for me again"),
    ("kissed tamsin and the kids goodbye before the early flight i hate nights",
     "kissed Tamsin and the kids goodbye before the early flight I hate nights"),
    ("out on the boat with lachie brennock this arvo and lachie reckons its his spot",
     "out on the boat with Lachie Brennock this arvo and Lachie reckons its his spot"),
    ("glenda gallagher is retiring in june after thirty years on the dogs",
     "Glenda Gallagher is retiring in june after thirty years on the dogs"),
    # a family name that is also a common word stays a word; the given name alone is still a name
    ("lunch with kirra baker and the crew at the servo", "lunch with Kirra baker and the crew at the servo"),
    # words only sometimes a name, stop words, a breed, a shop, a show: no capitals
    ("will you come to the footy on sunday mark my words", "will you come to the footy on sunday mark my words"),
    ("the bill came to 80 bucks and summer is nearly here", "the bill came to 80 bucks and summer is nearly here"),
    ("next door got a border collie pup and ours is not impressed", "next door got a border collie pup and ours is not impressed"),
    ("grabbed a new couch at the department store on the weekend", "grabbed a new couch at the department store on the weekend"),
    ("watching border security on the tv again while the rain comes down", "watching border security on the tv again while the rain comes down"),
    ("by the grace of god i hope so said jack to the brook", "by the grace of god I hope so said jack to the brook"),
    ("border farce lol voice text thinks its farce not force", "border farce lol voice text thinks its farce not force"),
    # a writer who capitalises is left alone
    ("Big thanks to Marnie on my shift, she covered for me again.", "Big thanks to Marnie on my shift, she covered for me again."),
])
def test_recase(text, expected):
    out = Recaser([text]).recase(text)
    assert out == expected and len(out) == len(text)


def test_names_the_writer_capitalises_elsewhere():
    r = Recaser(["Dinner with Travis and the crew on Friday.", "travis reckons the pub quiz is rigged again lol"])
    assert r.recase("travis reckons the pub quiz is rigged again lol").startswith("Travis reckons")
    assert Recaser([]).recase("travis reckons the pub quiz is rigged again lol").startswith("travis")


def test_a_lower_case_writer_short_posts():
    posts = ["heading out with the kids this weekend down to the river", "dinner was average tonight not gonna lie",
             "me and tamsin went to the pub for tea after footy"]
    assert Recaser(posts).recase("jaxon turns 7") == "Jaxon turns 7"
    assert Recaser(posts).recase("Jaxon and tamsin at the river with the kids") == "Jaxon and Tamsin at the river with the kids"
    assert Recaser(["Heading out with the kids this weekend, down to the River."]).recase("jaxon turns 7") == "jaxon turns 7"


@pytest.mark.parametrize("text, low", [
    ("heading out on the river this weekend with the kids", True),
    ("Heading out on the river this weekend with the kids", False),    # a phone's first capital, or a careful writer
    ("Heading out on the river this weekend with the kids, i reckon", True),
    ("Sunday is the only morning nobody from the newsroom rings me, bliss.", False),
    ("Heading out on the Murray this weekend with Dale and the kids", False),
    ("ok", False),
])
def test_lowercase(text, low):
    assert lowercase(text) is low


# --- the detectors on the recased view ------------------------------------------------------------------------------

FOUND = [
    (["big thanks to marnie okafor on my shift in the cargo team at the airport she covered for me again",
      "people ask what i do im a detector dog handler with border force at perth airport not the cops"],
     "colleague", "Marnie Okafor"),
    (["out on the boat with lachie brennock this arvo lachie reckons he knows where the flathead are"],
     "associate", "Lachie Brennock"),
    (["me and my wife tamsin just hit 9 years married love you hon even when you hog the doona"],
     "family", "Tamsin"),
]


@pytest.mark.parametrize("texts, category, name", FOUND)
def test_found_in_lower_case(extractor, texts, category, name):
    found = _found(extractor, texts, category)
    assert any(name in d.value for d in found), [d.value for d in found]
    for d in found:     # the evidence is the writer's own letters
        assert d.evidence.excerpt == d.evidence.excerpt.lower() or d.evidence.excerpt in " ".join(texts)


NOT_FOUND = [
    (["will you come to the footy on sunday mark my words its gonna be a cracker"], ("family", "associate", "colleague")),
    (["next door got a border collie pup and our old girl is not impressed at all"], ("employer", "associate")),
    (["watching border security on the tv again with the missus she loves the dogs"], ("employer",)),
    (["grabbed a new couch at the department store in the city on the weekend"], ("employer", "work_location")),
    (["by the grace of god i hope the bill for the car is less than last time"], ("family", "associate", "colleague")),
]


@pytest.mark.parametrize("texts, categories", NOT_FOUND)
def test_near_misses_stay_unfound(extractor, texts, categories):
    for category in categories:
        assert not _found(extractor, texts, category), category
