"""Round 15, the lead's own changes (tests written from our own sentences, never from a held-out text)."""
from __future__ import annotations

import pytest

from tests.kit_posts import found_beside_bio, kit_extractor


@pytest.fixture(scope="module")
def ex():
    return kit_extractor()


@pytest.mark.parametrize("text, shown", [
    ("nights again. 2200 to 0630. send coffee", "2200 to 0630"),
    ("Earlies. 0545 start at the airport, home by two.", "0545 start"),
    ("earlies. 0600 to 1400. the sun is not up yet", "0600 to 1400"),
])
def test_a_fragment_sentence_is_shown_with_the_one_after_it(ex, text, shown):
    """A routine whose sentence is a word or two ("nights again.") cites the sentence that says what it means."""
    routines = [d for d in found_beside_bio(ex, text) if d.category == "routine"]
    assert routines, text
    assert any(shown in d.evidence.excerpt for d in routines), [d.evidence.excerpt for d in routines]


def test_a_full_sentence_is_shown_alone(ex):
    """A sentence that says enough by itself is not padded with the next one."""
    text = "I work night shifts at the airport every week. The cat is fine."
    routines = [d for d in found_beside_bio(ex, text) if d.category == "routine"]
    assert routines and all("cat" not in d.evidence.excerpt for d in routines)


@pytest.mark.parametrize("text, value", [
    ("DMs closed, Signal @reef_runner for the swap chat", "Signal @reef_runner"),
    ("no DMs please. telegram: @birdo_88", "Telegram @birdo_88"),
    ("Matrix: @kit.finch:chat.example", "Matrix @kit.finch:chat.example"),
    ("ping me on element, @kfinch:matrix.example", "Matrix @kfinch:matrix.example"),
])
def test_a_messaging_handle_beside_closed_dms_is_still_a_way_in(ex, text, value):
    """"DMs closed" vetoes only the offer of direct messages, not a handle given beside it; a Matrix ID is a handle."""
    assert value in {d.value for d in found_beside_bio(ex, text) if d.category == "personal_contact"}


@pytest.mark.parametrize("text", [
    "DMs closed, sorry, too many bots.",
    "don't dm me about the raffle",
    "the ratio was 3:2 @ the meet",
    "kick-off 2:30 @ the oval",
])
def test_closed_dms_and_ratios_are_no_contact(ex, text):
    assert not [d for d in found_beside_bio(ex, text) if d.category == "personal_contact"]


@pytest.mark.parametrize("word", ["Agnieszka", "Wanjiru", "Thabo", "Bogdan", "Adebowale", "Mehmet", "Dewi", "Chidimma"])
def test_given_names_from_everywhere_are_first_names(word):
    """Australians' given names come from everywhere: the gazetteer takes Faker's other Latin-script locales."""
    from footprint.analysis.detect.detectors.first_names import first_names
    assert first_names().is_first_name(word)


@pytest.mark.parametrize("word", ["Jail", "Wage", "Till", "Kick", "Server", "Karama", "Marine", "Raid"])
def test_english_words_and_towns_stay_out_of_the_other_locales_names(word):
    """A name of another locale that is an English word or an Australian suburb is not taken from it."""
    from footprint.analysis.detect.detectors.first_names import first_names
    assert not first_names().is_first_name(word)


@pytest.mark.parametrize("text, value", [
    ("Down $4k on crypto this month. Wife Agnieszka is being far too kind about it.", "Agnieszka (wife)"),
    ("Big shout out to Wanjiru Kamau for running the sausage sizzle on her own.", "Wanjiru Kamau"),
])
def test_people_with_those_names_are_found(ex, text, value):
    found = {d.value for d in found_beside_bio(ex, text, "Contract developer. Hobart.")
             if d.category in ("family", "associate")}
    assert any(value in v for v in found), found


def _employers(ex, text, summary="Keen gardener. Two dogs."):
    return {d.value for d in found_beside_bio(ex, text, summary) if d.category == "employer"}


@pytest.mark.parametrize("text", [
    "These days I'm with Border Force down at the wharf, so the ships come to me.",
    "i'm with the ABF at the airport now, nights mostly",
    "We're with Home Affairs in Belconnen, both of us, same floor even.",
    "6 yrs Border Force today. still no pay rise.",
    "twelve years ABF and counting, send cake",
])
def test_im_with_the_org_and_bare_tenure_are_employment(ex, text):
    """"I'm with <org>" is where the writer works, and "6 yrs <org> today" a tenure said without a preposition."""
    assert _employers(ex, text), text


@pytest.mark.parametrize("text", [
    "I'm with Border Force on this one, the queues were fine and they were polite.",
    "Honestly I'm with Home Affairs here, the form is clear enough.",
    "I'm with Border Force all the way on the vape crackdown.",
])
def test_agreeing_with_the_org_is_no_employment(ex, text):
    assert not _employers(ex, text), text
