"""A relation form's shared pastime is looked for in its own sentence.

"Out with Lachlan. Surf was flat anyway." once put the "with <Name>" form in scope because a pastime stood
within eight tokens of "with", across the full stop, and then crashed the scan looking for that pastime
inside the sentence (IndexError). Other rules may still read the person; this form no longer does.
"""
from __future__ import annotations

import pytest

from tests.kit_posts import found, kit_extractor


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,name,by_the_form", [
    ("Out with Lachlan. Surf was flat anyway.", "lachlan", False),
    ("Spoke with Jarrah. Footy tomorrow arvo.", "jarrah", False),
    ("Stayed in with Odette. Netball is off this week.", "odette", False),
    ("Out surfing with Brodie at dawn, glassy.", "brodie", True),
    ("Beers with Tommo after the footy, legend.", "tommo", True),
])
def test_the_pastime_is_in_the_relations_sentence(extractor, text, name, by_the_form):
    patterns = {d.pattern for d in found(extractor, text) if d.key == f"associate:{name}"}
    assert ("form_activity_with" in patterns) is by_the_form
