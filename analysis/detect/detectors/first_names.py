"""A first-name gazetteer: is this capitalised word a person's given name?

The small model misses many short names in social text ("Kez", "Tommo"), and
its NER reads bios badly ("Mia & Noah" as an organisation), so relation forms
that name people without a relation word ("beers with Tommo and Rick") ask
this instead. The names come from Faker's English person providers (MIT; the
lists ship inside its wheel, nothing is downloaded), completed by
data/lexicons/people.toml (nicknames, short forms) and a nickname shape
("Davo", "Gazza"); words that are names only now and then ("Will", "Grace")
are listed there as ambiguous and never count alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from footprint.analysis.detect.detectors.lexicon import Lexicon, load_lexicon

_PROVIDERS = ("en", "en_US", "en_GB", "en_AU", "en_NZ", "en_IE", "en_IN")


def _faker_names() -> set[str]:
    import importlib

    names: set[str] = set()
    for loc in _PROVIDERS:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:              # a locale this Faker version lacks
            continue
        prov = mod.Provider
        for attr in ("first_names", "first_names_female", "first_names_male"):
            names.update(n.lower() for n in getattr(prov, attr, ()) or ())
    return names


class FirstNames:
    """Given names, lower-cased: Faker's lists + lexicon extras - ambiguous words."""

    def __init__(self, lexicon: Lexicon | None = None):
        lex = lexicon or load_lexicon("people")
        self.ambiguous = frozenset(lex.phrases("ambiguous_first_names"))
        self.names = frozenset((_faker_names() | set(lex.phrases("extra_first_names"))) - self.ambiguous)
        self.shape = lex.regex.get("nickname_shape", ())

    def __contains__(self, word: str) -> bool:
        return self.is_first_name(word)

    def is_first_name(self, word: str) -> bool:
        """A title-case word that is a known given name or has a nickname's shape ("Davo")."""
        if not word[:1].isupper() or word.lower() in self.ambiguous:
            return False
        return word.lower() in self.names or any(rx.match(word) for rx in self.shape if word.endswith(("o", "za")))


@lru_cache(maxsize=1)
def first_names() -> FirstNames:
    """The shared gazetteer (built once: about 7,500 names, 0.1 s)."""
    return FirstNames()


HANDLE_RX = re.compile(r"^@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}$")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Family names from the same Faker providers, lower-cased: "Sgt Davies" names a person, "Inspector Gadget"
    does not (only a rank before a surname uses it)."""
    import importlib

    names: set[str] = set()
    for loc in _PROVIDERS:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        names.update(n.lower() for n in getattr(prov, "last_names", ()) or ())
    return frozenset(names)
