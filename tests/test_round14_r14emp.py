"""Round 14 (r14emp): employer recall on staff who say it once, and controls beside the Department kept out.

A veto word in another clause of the writer's own sentence no longer drops the mention; negation is read both ways
("when I'm not at <org>" is the usual workplace, "never worked for <org>" a denial); the writer as "a <org> officer" in
general, in a post about their own week, is the writer; the job said offhand ("<org> pays the bills", "<org> by trade",
"back to <org> on Monday", "my <org> week"). Near misses and controls: the veto in the mention's own clause, someone
met, a simile, the org as a correspondent or a client's cause. Every person and place is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.detectors.veto_scope import VetoScope, clause
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://social.example/@jd"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), "Jo Dunstan")


def _employer(extractor, text: str, bio: str = "Rides, reads, rants. Opinions mine.") -> list[str]:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name="Jo Dunstan", summary=bio),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-04-02T09:00:00Z")]
    return sorted({d.value for d in extractor.extract(items) if d.category == "employer"})


ABF, HA, CUS = "Australian Border Force", "Department of Home Affairs", "Australian Customs and Border Protection Service"


@pytest.mark.parametrize("text, expected", [
    # (a) a veto-looking word in another clause of the writer's own sentence
    ("I'm on the Border Force dog team out of Darwin, which means 5am starts, then a swim with whoever turns up.", ABF),
    ("Nine years with Home Affairs now and according to my watch I've swum to Rottnest twice over.", HA),
    ("ive been with border force since 2015 and i applied for long service leave so i can finally do the gibb river road", ABF),
    ("I do the handover reports for the ABF mail team in the mornings, then cycle the river loop home.", ABF),
    ("I work for Home Affairs in Civic and the choir announced our spring concert dates today.", HA),
    # (b) off duty: the org is the usual place of work
    ("when im not working for border force im out on the flats chasing bream", ABF),
    ("If I'm not on shift at Home Affairs I'm in the garden talking to the tomatoes.", HA),
    ("Whenever I'm not rostered on with Border Force, the kayak comes off the roof racks.", ABF),
    # (c) the writer as "a <org> officer" in general, in their own week
    ("Folks ask how a Border Force officer ends up knitting. Two night shifts this week and I finished a sleeve.", ABF),
    ("Being a Border Force officer means the footy tipping waits for the roster. I got my four days off at last.", ABF),
    ("What's a customs officer doing at a poetry slam? (me, apparently)", CUS),
    # (d) offhand
    ("Border Force pays the bills, the surfboard gets the mornings. I'm on lates all week.", ABF),
    ("Home Affairs by trade, mushroom forager by weekend. Found slippery jacks in the pines today.", HA),
    ("Back to Border Force on Tuesday after three weeks off and a suspicious tan line.", ABF),
    ("My ABF fortnight: four nights, three earlies and one glorious Sunday.", ABF),
    ("Home Affairs keeps the lights on; the banjo keeps me sane.", HA),
    # other registers: a club page about the subject, a radio show's notes, a walking log
    ("Member profile: Jo Dunstan. When she's not at the ABF office by the ferry wharf, Jo runs our learn-to-swim "
     "Saturdays and reports the results.", ABF),
    ("Show notes: your host Jo (by day on the Border Force cargo team at the port, hence the coffee) plays two hours of "
     "country, then whoever calls in first picks the closer.", ABF),
    ("Log: 12km, 450m up. Seven days of earlies with ABF at the airport, so whoever planned the 6am start got glared at.", ABF),
    ("Ten years with Home Affairs this month and according to my knees I've walked most of them.", HA),
    ("Customs officer by trade, banjo menace by choice.", CUS),
    # the sight, beat and uniform vetoes read in the writer's own clause
    ("I'm on the Border Force mail team at the airport, and on Sundays I fly drones at the lake.", ABF),
    ("I'm with the ABF dog unit at the seaport, and my son hates his new school uniform.", ABF),
    ("I'm on the Home Affairs visa team, but on my days off I write about frogs for the field naturalists.", HA),
])
def test_staff_said_once_is_found(extractor, text, expected):
    assert expected in _employer(extractor, text)


@pytest.mark.parametrize("text", [
    # the veto in the mention's own clause still vetoes
    "Reports say Border Force intercepted another boat up north, and I'm still waiting on my bike parts.",
    "I applied for a job with Home Affairs in May and I've heard nothing, so back to the veggie patch it is.",
    "Border Force announced new rules for the airport and I'm just glad the fishing rods got through.",
    # denials
    "I have never worked for Border Force, I just teach the certificate course at the TAFE.",
    "I'm not with Home Affairs, I'm a contractor who services the lifts in their building.",
    "Our walking club is not affiliated with Border Force in any way.",
    "never been ABF, never will be, just a bloke with a tinny",
    "I don't work for Home Affairs, I help people with their forms at the library on Thursdays.",
    # someone met, a question from outside, a simile
    "My niece asked how a Border Force officer ends up on the telly. No idea, I fix dishwashers.",
    "Spoke to a Border Force officer at the airport who was lovely about my crumpled passport photo.",
    "A parent asked if I worked at the border because I check race bibs like a customs officer.",
    # the org as a correspondent or the cause of a client's problem; a client's visa queue
    "Spent the morning reading letters from Home Affairs aloud for three clients, then lunch at our Footscray office.",
    "When the Home Affairs letter finally came my client cried, and I applied for a review that afternoon.",
    "The Department cancelled her visa over one missing form, and whoever signed it never read the file.",
    "If I'm not at the Home Affairs office waiting on my visa, I'm at the beach.",
    "She's not an ABF officer, she's a customs broker, according to her business card.",
    # a loss adjuster whose work starts where the org holds a client's goods; a guest's tenure in a show's notes
    "Much of Jo's work starts when a shipment is held for a Border Force inspection, and the insurer wants her report Monday.",
    "Show notes: our guest spent eight years with Border Force, according to her publicist, and whoever booked her owes me.",
    # who the writer is, anywhere in the sentence, even beside a job phrase
    "I've worked with Home Affairs for years as a settlement support worker, and my clients still surprise me.",
    "My brother-in-law works for Border Force; I just crew on his yacht on Saturdays.",
    "Took the tour group past the Border Force office on the quay, and whoever wanted gelato got one.",
    "A customer in his Border Force uniform came in at lunch and I sold him the last pie.",
    "I write about Home Affairs and Border Force for the local paper, and on weekends I ride.",
])
def test_controls_and_near_misses_make_no_employer(extractor, text):
    assert _employer(extractor, text, bio="Settlement caseworker. Choir. Sourdough.") == []


@pytest.fixture(scope="module")
def scope():
    return VetoScope(load_lexicon("employer"))


@pytest.mark.parametrize("text, org, kind", [
    ("when she's not at the ABF office she edits the newsletter", "ABF", "off_duty"),
    ("If I'm not on shift at Home Affairs I'm at the pool", "Home Affairs", "off_duty"),
    ("she has never worked for Border Force", "Border Force", "denial"),
    ("I'm not with Border Force, I'm a contractor", "Border Force", "denial"),
    ("nothing to do with Border Force", "Border Force", "denial"),
    ("I'm not going to lie, Border Force life is hard", "Border Force", ""),
    ("If I'm not mistaken, Border Force runs the airport line", "Border Force", ""),
])
def test_negation_read_both_ways(scope, text, org, kind):
    assert scope.negation(text, text.index(org), subject_voice=True)[0] == kind


@pytest.mark.parametrize("text, org, veto_word, in_scope", [
    # the writer's own clause: the other clause's veto word is out of scope
    ("I'm on the ABF crew out of Cairns, which means early starts, then a ride with whoever", "ABF", "whoever", False),
    ("I work for Home Affairs and the club announced the route", "Home Affairs", "announced", False),
    # not the writer's clause: the whole sentence stays in scope
    ("Reports say Border Force seized a boat, and I was shocked", "Border Force", "Reports", True),
    ("According to the ABF website, whoever brings seeds must declare them", "ABF", "whoever", True),
])
def test_deny_words_read_in_the_mentions_own_clause(scope, text, org, veto_word, in_scope):
    start = text.index(org)
    deny_in, _ = scope.scopes(text, start, start + len(org))
    assert (veto_word in deny_in) is in_scope


def test_clause_cuts_at_clause_words():
    text = "I'm on the ABF crew, which means early starts, then a ride"
    lo, hi = clause(text, text.index("ABF"), text.index("ABF") + 3)
    assert text[lo:hi] == "I'm on the ABF crew"
