"""A lexicon is parsed once per file text: the detectors and linkers that load the same lexicon share it, and a
changed or broken file is read afresh (never an old parse)."""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.lexicon import LexiconError, load_lexicon

GOOD = '[words]\ncontext = ["shift"]\n[[patterns]]\nid = "rent"\nregex = "can\'?t pay (the|my) rent"\nconfidence = 0.8\n'
OTHER = '[words]\ncontext = ["roster"]\n[[patterns]]\nid = "rent"\nregex = "behind on (the|my) rent"\nconfidence = 0.7\n'


@pytest.mark.parametrize("name", ["family", "people", "home_location", "colleague"])
def test_bundled_lexicon_is_parsed_once(name):
    assert load_lexicon(name) is load_lexicon(name)


@pytest.mark.parametrize("second, words, rx, error", [
    (GOOD, ("shift",), "can'?t pay (the|my) rent", None),             # same text: the same parse
    (OTHER, ("roster",), "behind on (the|my) rent", None),            # edited: parsed again
    ('[[patterns]]\nid = "a"\nregex = "x"\nconfidence = 2\n', None, None, "confidence"),
    ("[words\n", None, None, "vulnerability.toml"),                    # not TOML
])
def test_changed_file_is_read_again(tmp_path, second, words, rx, error):
    path = tmp_path / "vulnerability.toml"
    path.write_text(GOOD, encoding="utf-8")
    first = load_lexicon("vulnerability", tmp_path)
    path.write_text(second, encoding="utf-8")
    if error:
        with pytest.raises(LexiconError, match=error):
            load_lexicon("vulnerability", tmp_path)
        return
    again = load_lexicon("vulnerability", tmp_path)
    assert (again is first) == (second == GOOD)
    assert again.words["context"] == words and again.patterns[0].regex.pattern == rx
