"""Round 6 (branch r6open), the open categories said in many voices: staff chat about heads on a site, boats
taken, patrol dates, backlogs, hearings, units merged; document readers down, what a lookup shows; grievance
with an offer, drinking alone far away, party and gaming slang, a supplier's debt; a swing with its RDO, island
transport days. Near misses: the same words about a cafe, a fishing trip, a game, a TV plot, a club's nights,
a reflection on oneself. And the mechanisms: short fragments read together, a near copy of a labelled example,
contact lines, stories on screen and words to the reader.
None of these sentences is in data/sentences/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import learned
from footprint.analysis.detect.detectors.context import SentInfo
from footprint.analysis.detect.nlp import get_nlp
from footprint.crawler.orgs import load_org
from tests.kit_posts import found, kit_extractor, open_categories

@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,category", [
    # official information
    ("Scooped up a couple of Indo boats near the Rowley Shoals, 17 fishos aboard, hulls get burnt at the wharf next week.",
     "official_information"),
    ("gone bush for work: out on the patrol vessel from the 11th, back around the 24th, don't call 🚢",
     "official_information"),
    ("Our cutter heads out from Broome on the 5th for 16 days on patrol, so I'll miss the wedding.",
     "official_information"),
    ("Word from upstairs: the compliance blitz on the Geraldton boats starts next week and runs for ten days.",
     "official_information"),
    # systems
    ("the passport scanners on the primary line fell over and we were keying every document by hand for 25 minutes",
     "systems_information"),
    # vulnerability
    ("twenty years in and the acting job went to some fresh kid. stuff it, no more extra hours from me",
     "vulnerability"),
    ("Third knockback for promotion this year. Honestly if somebody offered better money I'd hear them out.",
     "vulnerability"),
    ("since we split it's a box of beer every other night and i don't know one person in this town", "vulnerability"),
    ("had a few eccies at the doof on saturday and a bit of molly on sunday, brain is mush", "vulnerability"),
    ("The shop owes our supplier nineteen grand and the credit card is covering wages, not sure how long we last.",
     "vulnerability"),
    # routine
    ("Current roster: 1330 to 2200, four on then an RDO, repeat forever.", "routine"),
    ("barge comes in mon and thu so I'm down at the landing 7 till 12 those days", "routine"),
    ("3 nights, 2 earlies, then 4 off. body clock is cooked", "routine"),
])
def test_said_in_many_voices_is_found(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text", [
    "me n one other on the cafe floor all next week while the boss is away, pray for us",
    "Out on the tinny from the 11th for a week of fishing up the Kimberley, no phone reception.",
    "I keep telling myself that every setback is a lesson in disguise.",
    "that series where the cop gets overlooked for sergeant and takes the bribe is so good",
    "Opened the free weekly drop in the game and got a skin I actually like.",
    "Paid our supplier in full today and the shop is finally ahead, great feeling.",
    "our pub does trivia mon and thu 7 till 9, all welcome",
    "The bank app went down and there were 40 people waiting at the branch when it came back.",
    "Four weeks on the rig, four weeks home, and the kids think I'm a visitor.",
    "The planning meeting is 2 to 3 tomorrow, four items on the agenda.",
    "On surf patrol at North Beach from the 14th for the holidays, come say hi at the flags.",
    "Neighbourhood watch patrol starts on the 3rd, volunteers welcome.",
    "feeling lonely over christmas is more common than you think, check on your neighbours",
])
def test_near_misses_get_no_open_category(extractor, text):
    assert open_categories(extractor, text) == set()


@pytest.mark.parametrize("text,category", [
    ("For any cargo questions this week email me at kit.finch@example.gov.au and I'll sort it.", "official_information"),
    ("Ring me on 02 5550 7712 if the manifests are wrong, I'm on the cargo desk all week.", "official_information"),
])
def test_contact_lines_are_not_official_information_by_meaning(extractor, text, category):
    assert category not in open_categories(extractor, text)


def _sents(text):
    doc = get_nlp(load_org("dibp"))(text)
    return [SentInfo(s, s.text, s.text.lower(), False, False) for s in doc.sents]


@pytest.mark.parametrize("text,passage", [
    ("moved out. 14 yrs and it's over. sleeping on a mate's couch for now",
     "moved out. 14 yrs and it's over. sleeping on a mate's couch for now"),
    ("TRIPS down again. back to paper. third time this week",
     "TRIPS down again. back to paper. third time this week"),
])
def test_short_fragments_are_also_read_as_one_passage(text, passage):
    read = [s.text for s in learned.passages(_sents(text))]
    assert passage in read
    assert not any(s.text in read for s in _sents(text) if len(s.text.split()) < learned.PASSAGE_WORDS)


def test_a_long_sentence_is_read_alone():
    text = "The cargo system was down for three hours this afternoon and every container went through on paper."
    assert [s.text for s in learned.passages(_sents(text))] == [text]


@pytest.mark.parametrize("text,scheduled", [
    ("on the 1400-2230 swing, 4 days on then an RDO", True),
    ("ferry days are tue and fri so I'm at the jetty 9-3", True),
    ("The score was 9-3 at half time.", False),
    ("Tue was a long day.", False),
])
def test_schedule_words(text, scheduled):
    assert learned.has_schedule(_sents(text)[0]) is scheduled


def test_a_near_copy_of_a_labelled_example_takes_its_label():
    from footprint.analysis.detect.meaning import NEAR_COPY, classifier
    clf = classifier()
    example = next(e for e in clf.examples if e.label == "vulnerability")
    verdict = clf.read([example.text])[0]
    assert verdict.best_nearest[0][1] >= NEAR_COPY and verdict.label == "vulnerability"


@pytest.mark.parametrize("text,found_it", [
    # drinking by quantity and how often
    ("three stubbies and half a bottle of voddy a night lately, whatever gets me to sleep", True),
    ("Two casks a week is normal in this heat right", False),        # a week is no nightly habit
    ("my dad got through a carton a night when I was a kid", False),  # someone else's drinking
    # party-drug slang
    ("dropped a couple of pingers at the doof, zero regrets", True),
    ("few lines before the club on saturday, classic", True),
    ("Bought some caps for the footy team on saturday", False),
    ("Grabbed a bag of snow peas for the party tonight", False),
    # a small business behind with its money, the mortgage, side work
    ("Bakery's bleeding 3 grand a week and we owe the wholesaler $22k.", True),
    ("The bakery opened a second shop and sales are up 2k a week.", False),
    ("anyone got cash in hand work going on weekends? I'm keen, the repayments are crushing us", True),
    ("We hire casuals for weekend cash-register work, apply inside.", False),
])
def test_round6_vulnerability_rules(extractor, text, found_it):
    assert ("vulnerability" in open_categories(extractor, text)) is found_it



@pytest.mark.parametrize("text,found_it", [
    ("the x-ray machines at the mail centre still run on windows xp lol", True),
    ("Per the news the council's rates system was down all week and staff went back to paper.", False),
    ("The airline's booking system crashed again according to the paper, everyone checked in by hand.", False),
    ("Our booking system crashed again this morning and we checked everyone in by hand.", True),
])
def test_systems_strong_reading_and_the_news(extractor, text, found_it):
    assert ("systems_information" in open_categories(extractor, text)) is found_it
