"""Round 10 (branch r10open): the learned layer reads harm told sideways, rank shorthand, terse staffing and kit.

Vulnerability with no harm word the rules know (a card "now at its limit" in a clause, a loan at a rate, the
minimum paid, a promotion missed named "the 5" or "the APS6"), told tersely; official information as heads
against the load or a movement to come; systems as kit down and the work done by hand, or a vendor change.
Near misses: a running pacer, a journalist's quiet hours, a card paid off, a promotion won, the news on an
outage, a shed cleared out. Rank shorthand is spelled out for the model only (rank_words.py), and a forum
post's byline never reaches the analysis (crawler/adapters/bylines.py).
None of these sentences is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.rank_words import spell_ranks
from footprint.crawler.adapters import html
from footprint.crawler.adapters.bylines import without_bylines
from footprint.crawler.items import PostItem
from tests.kit_posts import kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,spelled", [
    ("missed the APS6 again", "missed the level 6 job again"),
    ("knocked back for the 5 AGAIN", "knocked back for the level 5 job AGAIN"),
    ("didn't get the EL 2. fourth go", "didn't get the level 2 job. fourth go"),
    ("acting 5 for a year", "acting level 5 job for a year"),
    ("the SOG B went to an outsider", "the level B job went to an outsider"),
    ("the EL1 role", "the level 1 role"),
    ("not ready for the 4 after 19 years", "not ready for the level 4 job after 19 years"),
    # near misses: counts, times, amounts and patterns stay as written
    ("the 5 of us on shift", "the 5 of us on shift"),
    ("a 5 minute wait at 5pm", "a 5 minute wait at 5pm"),
    ("the 2-2-4 roster", "the 2-2-4 roster"),
    ("the 3.5 kg bag", "the 3.5 kg bag"),
    ("for 2 weeks", "for 2 weeks"),
    ("no numbers here", "no numbers here"),
])
def test_rank_shorthand_is_spelled_for_the_model(text, spelled):
    assert spell_ranks(text) == spelled


@pytest.mark.parametrize("text,kept", [
    ("Back sore\nPosted by jo_w on 11 Mar 2026, 21:40\nContainer exams all week.", "Back sore\nContainer exams all week."),
    ("by sandgroper » Tue Mar 04, 2025 8:12 pm\nnew tyres on", "new tyres on"),
    ("Posted: 4 June 2024 8:12pm\nhi all", "hi all"),
    ("Reply. Quote. Report.\ncheers", "cheers"),
    ("Written by Admin\nWelcome", "Welcome"),
    # a sentence that only starts like a byline stays
    ("posted by the team on Monday, we board at six and the whole crew is coming along with us today",
     "posted by the team on Monday, we board at six and the whole crew is coming along with us today"),
    ("I posted by registered mail on Friday.", "I posted by registered mail on Friday."),
])
def test_bylines_are_dropped_whole_lines_only(text, kept):
    assert without_bylines(text) == kept


def test_forum_post_text_has_no_byline():
    page = (b'<html><head><title>Tyres | Club</title></head><body><main>'
            b'<article id="post-7"><h1><a rel="bookmark" href="http://x.example/t/7/#post-7">Tyres</a></h1>'
            b'<p class="byline">Posted by trev_88 on <time datetime="2026-03-11T21:40:00+11:00">11 Mar 2026, 21:40</time></p>'
            b'<p>New tyres on the ute this weekend.</p></article>'
            b'<article id="post-8"><h1><a rel="bookmark" href="http://x.example/t/8/#post-8">Boat</a></h1>'
            b'<p class="byline">Posted by trev_88 on <time datetime="2026-03-12T21:40:00+11:00">12 Mar 2026, 21:40</time></p>'
            b'<p>Boat is back in the water.</p></article></main></body></html>')
    out = html.parse("http://x.example/u/trev_88/", page, "http://x.example/u/trev_88/")
    texts = [i.text for i in out.items if isinstance(i, PostItem)]
    assert texts and all("Posted by" not in t for t in texts)
    assert any("New tyres on the ute" in t for t in texts)


@pytest.mark.parametrize("text", [
    # debt said sideways
    "Car rego and the insurance both on the Amex, which is sitting on 13k now.",
    "another order on Klarna, on top of the card I only pay the interest on",
    "Refinanced twice for the pool and the Citi card is at 19k. Lovely.",
    "the camper trailer went on the credit card, and that card is now at its limit",
    # passed over, by rank shorthand
    "knocked back for the 5 once more. 28 years and it goes to a kid off the graduate program",
    "not even shortlisted for the APS6, fifth go. done caring.",
    # separation and the quiet after it, in fragments
    "Daughter stayed in Dublin. Not coming home this year. 33 years. Quiet house.",
])
def test_vulnerability_told_sideways(extractor, text):
    assert "vulnerability" in open_categories(extractor, text)


@pytest.mark.parametrize("text", [
    "Big thanks to Mel for pacing me through the 15k, she talked the whole way round.",
    "Wednesday mornings are the only hours nobody from the station rings me.",
    "Cleared the Visa today, zero balance for the first time since uni!",
    "Got the APS6 at last! Shouting the whole team lunch.",
    "Nineteen years married today and she still laughs at my jokes ❤️",
    "2 earlies, 2 lates, 4 off. the 2-2-4 life chose me",
    "Kids back at uni, not coming home till Easter, quiet house, bliss.",
    "Partner's away on a course, just me and the cat this week, quiet house for once.",
])
def test_vulnerability_near_misses(extractor, text):
    assert "vulnerability" not in open_categories(extractor, text)


@pytest.mark.parametrize("text,category", [
    ("four of us on primary for two A380s and a cruise disembark at once, queue back to the duty free", "official_information"),
    ("All hands Friday for the removal charter to the island centre.", "official_information"),
    ("next rotation it's only our crew on the water for the whole gulf, six weeks, nobody else up there",
     "official_information"),
    ("departure kiosks down for 45 minutes, every passenger processed by hand", "systems_information"),
    ("We're moving the cargo network firewalls off Juniper to a new vendor in April, cutover over Easter.",
     "systems_information"),
])
def test_official_and_systems_told_tersely(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text,category", [
    ("Cleaning out the carport: a busted esky, two old spotlights, a cast net with holes and a bucket of sinkers.",
     "official_information"),
    ("Nobody at the airline has explained why the backup system also went down, the report says.", "systems_information"),
    ("The inquiry heard the hospital's backup generator failed as well.", "systems_information"),
])
def test_official_and_systems_near_misses(extractor, text, category):
    assert category not in open_categories(extractor, text)


def test_model_reads_rank_shorthand_as_spelled():
    from footprint.analysis.detect.meaning import classifier
    shorthand, spelled = classifier().read(["missed the APS6 again, fourth go", "missed the level 6 job again, fourth go"])
    assert shorthand.scores == pytest.approx(spelled.scores)


def test_corpus_key_changes_with_the_spelling(monkeypatch):
    from footprint.analysis.detect import meaning
    examples = [meaning.Example("knocked back for the 5 again", "vulnerability", "grievance")]
    before = meaning.corpus_hash(examples)
    monkeypatch.setattr(meaning, "RANKS_VERSION", "changed")
    assert meaning.corpus_hash(examples) != before
