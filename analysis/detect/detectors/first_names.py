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
from footprint.analysis.detect.name_letters import fold

_PROVIDERS = ("en", "en_US", "en_GB", "en_AU", "en_NZ", "en_IE", "en_IN")
# Australians' given names come from everywhere: Faker's other Latin-script locales add them ("Agnieszka", "Thabo",
# "Wanjiru"), but only words no English text uses (see `_wider_names`).
_WIDER_PROVIDERS = ("pl_PL", "it_IT", "vi_VN", "es_ES", "es_MX", "pt_BR", "pt_PT", "de_DE", "nl_NL", "fr_FR", "hr_HR",
                    "tr_TR", "id_ID", "en_NG", "en_KE", "en_PK", "en_TH", "cs_CZ", "hu_HU", "ro_RO", "fi_FI", "sv_SE",
                    "da_DK", "no_NO", "sl_SI", "sk_SK", "lt_LT", "ga_IE", "sw", "yo_NG", "ig_NG", "ha_NG", "tw_GH",
                    "zu_ZA", "et_EE", "lv_LV")
_NAME_WORD = re.compile(r"[^\W\d_]{4,}(?:-[^\W\d_]+)?")


def _provider_names(locales: tuple[str, ...], attrs: tuple[str, ...]) -> set[str]:
    """The lower-cased names of these Faker person providers' attributes (a locale this Faker lacks is skipped)."""
    import importlib

    names: set[str] = set()
    for loc in locales:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:              # a locale this Faker version lacks
            continue
        for attr in attrs:
            names.update(n.lower() for n in getattr(prov, attr, ()) or () if isinstance(n, str))
    return names


def _faker_names(locales: tuple[str, ...] = _PROVIDERS) -> set[str]:
    return _provider_names(locales, ("first_names", "first_names_female", "first_names_male"))


def _wider_names() -> set[str]:
    """Given names of the other locales that are no English word: Latin letters, four or more, and neither in the
    MiniLM model's whole-word vocabulary (30,000 words of English text, where "Jail", "Wage" and "Till" are) nor
    among spaCy's stop words, and no Australian town or suburb ("Karama"). Names common in English text ("Igor",
    "Paolo") are left out with them."""
    import unicodedata

    from spacy.lang.en.stop_words import STOP_WORDS

    from footprint.analysis.detect import localities
    from footprint.analysis.detect.embed import VOCAB

    try:
        english = {w for w in VOCAB.read_text(encoding="utf-8").split() if not w.startswith("##")}
    except OSError:
        return set()
    return {n for n in _faker_names(_WIDER_PROVIDERS)
            if _NAME_WORD.fullmatch(n) and n not in english and n not in STOP_WORDS and not localities.exact(n)
            and fold(n) not in english and not localities.exact(fold(n))
            and all(c == "-" or unicodedata.name(c, "").startswith("LATIN") for c in n)}


class FirstNames:
    """Given names, lower-cased and folded to bare letters ("Thảo" and "Thao" are one name, "Søren" is "soren"):
    Faker's lists + lexicon extras - ambiguous words."""

    def __init__(self, lexicon: Lexicon | None = None):
        lex = lexicon or load_lexicon("people")
        self.ambiguous = frozenset(fold(w) for w in lex.phrases("ambiguous_first_names"))
        names = _faker_names() | _wider_names() | set(lex.phrases("extra_first_names"))
        self.names = frozenset(fold(n) for n in names) - self.ambiguous
        self.shape = lex.regex.get("nickname_shape", ())

    def __contains__(self, word: str) -> bool:
        return self.is_first_name(word)

    def is_first_name(self, word: str) -> bool:
        """A title-case word that is a known given name or has a nickname's shape ("Davo")."""
        if not word[:1].isupper():
            return False
        folded = fold(word.lower())
        if folded in self.ambiguous:
            return False
        return folded in self.names or any(rx.match(word) for rx in self.shape if word.endswith(("o", "za")))


@lru_cache(maxsize=1)
def first_names() -> FirstNames:
    """The shared gazetteer (built once: about 15,500 names)."""
    return FirstNames()


HANDLE_RX = re.compile(r"^@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}$")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Family names from the same Faker providers, lower-cased: "Sgt Davies" names a person, "Inspector Gadget"
    does not (only a rank before a surname uses it)."""
    return frozenset(fold(n) for n in _provider_names(_PROVIDERS, ("last_names",)))


def is_surname(word: str) -> bool:
    """A family name of the gazetteer, whatever its diacritics ("Ó Súilleabháin" aside: one word at a time)."""
    return fold(word.lower()) in surnames()


@lru_cache(maxsize=1)
def name_sexes() -> dict[str, str]:
    """Given names Faker lists for one sex only ("anjali": "f", "jase": "m"), lower-cased: a relation word read
    across sentences ("<name> has mowed. My husband, the hero") must agree with the name. A name listed for both
    sexes or for neither (most nicknames) agrees with any relation."""
    locales = _PROVIDERS + _WIDER_PROVIDERS
    female = {fold(n) for n in _provider_names(locales, ("first_names_female",))}
    male = {fold(n) for n in _provider_names(locales, ("first_names_male",))}
    return {**{n: "f" for n in female - male}, **{n: "m" for n in male - female}}
