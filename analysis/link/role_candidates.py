"""The people a corpus names, each with every sentence that names it: what the role model (roles.py) reads.

Why: a role is often never stated in one sentence ("<A> and <B> and the dog" + "<B>'s first fish! #proudad" +
"<A> moved out"); only everything the corpus says about one name shows it. This module is the one place that
decides who is a candidate person and which sentences are theirs, so benchmarks/train_roles.py (training on the
seen held-out sets) and a scan read exactly the same thing.

A candidate is a title-case given name of the gazetteer (first_names.py), with the surname-looking word after it
when there is one ("Sarah Kelly"). A bare "Sarah" joins the one full name that starts with it; with two ("Sarah
Kelly", "Sarah Chen") a bare "Sarah" belongs to neither and is dropped. Never a candidate: the subject's own
names, names the corpus gives to animals, a name that is part of a place ("Fiona Stanley Hospital"). A mention is
dropped where the name is someone else's relation or the anchor of one ("my mate's wife Jo", "Jo's husband"), or
where the sentence is about a screen or a stage (a TV contestant, an actor).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable

from footprint.analysis.detect.backstop_values import NAMED_AFTER, ON_SCREEN_RX
from footprint.analysis.detect.detectors.context import SubjectNames
from footprint.analysis.detect.detectors.first_names import first_names, surnames
from footprint.analysis.detect.name_letters import compile_wide, widen
from footprint.analysis.link.people import sentences

MAX_MENTIONS = 24          # sentences read per person: a name in hundreds of posts says no more after two dozen
NAME_RX = compile_wide(r"(?<![\w@#'’])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?))?"
                       r"(?:\s+([A-Z][a-z]+))?")      # any cased script, as every name shape (name_letters)
# Relation words: after someone else's possessive the name is that person's relation ("my mate's wife Jo"); after
# the name's own possessive the name anchors someone else ("Jo's husband").
_REL = (r"(?:husband|wife|partner|hubby|missus|son|daughter|kids?|children|child|mum|mom|dad|father|mother|brother|"
        r"sister|boyfriend|girlfriend|fianc[eé]e?|grand\w+|nephew|niece|cousin|twins?|little\s+ones?|bub|baby|boys|girls|"
        r"best\s+man|bridesmaid|mate|mates|friend|friends|boss|colleague|bestie|other\s+half|in-?laws?|family|folks|"
        r"parents|neighbou?r|boy|girl|lad|lass|kiddo|young\s+fell?a|eldest|youngest|step\w+)")
# More screens than backstop_values.ON_SCREEN_RX lists: "Kath and Kim reruns on telly", "bingeing it on Netflix".
_NAME_LIST = widen(r"(?:[A-Z]\w+\s*(?:,|and|&|n)\s*)*")      # "her twins Noah and <name>"
_SCREEN_RX = re.compile(r"\b(?:telly|tv|reruns?|netflix|binge\w*|streaming|podcast|sitcom|soapie|documentary|"
                        r"doco|box\s+set|actor|actress|starring|biography|memoir|novel|"
                        r"author|book\s+club\s+pick)\b", re.I)
# Capitalised words that follow a first name without being a surname ("Sarah Saturday", "Jack Thanks").
NOT_SURNAMES = frozenset({"and", "the", "is", "was", "has", "had", "on", "at", "in", "for", "with", "mum", "dad", "i",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "thanks",
                          "happy", "love", "xx", "x", "lol", "haha", "day", "birthday", "today", "tonight", "cheers",
                          "congrats", "congratulations", "thank", "you", "we", "our", "my", "he", "she", "they", "it",
                          "but", "so", "then", "when", "if", "just", "not", "no", "yes", "what", "who", "from", "to"})


@dataclass(frozen=True)
class Mention:
    url: str
    kind: str             # "text" or "profile_field"
    field: str
    sentence: str
    form: str             # the name as written in the sentence
    posted_at: str | None = None
    profile: str = ""


@dataclass
class Candidate:
    """One person the corpus names: the fullest form, the forms used, and the sentences that name them."""

    name: str
    first: str            # lower-cased given name
    last: str = ""        # lower-cased surname, when the corpus gives one
    forms: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def tokens(self) -> tuple[str, ...]:
        return (self.first, self.last) if self.last else (self.first,)

    @property
    def urls(self) -> list[str]:
        return sorted({m.url for m in self.mentions})


def _surname(word: str | None, given) -> bool:
    return bool(word) and word.lower() not in NOT_SURNAMES and word.lower() not in NAMED_AFTER \
        and (not given.is_first_name(word) or word.lower() in surnames())


@lru_cache(maxsize=1)
def _start_words() -> frozenset[str]:
    import tomllib

    from spacy.lang.en.stop_words import STOP_WORDS

    from footprint.analysis.detect.detectors.lexicon import load_lexicon
    from footprint.crawler.paths import DATA_DIR
    table = tomllib.loads((DATA_DIR / "roles" / "relations.toml").read_text(encoding="utf-8"))
    return frozenset(table["sentence_start_words"]["words"]) | frozenset(STOP_WORDS) \
        | frozenset(load_lexicon("context").words.get("not_names", ()))


def names_in_sentence(sent: str) -> list[tuple[str, str, str]]:
    """(form as written, first, last) for each gazetteer given name in a sentence; "" for a bare first name."""
    from footprint.analysis.detect import localities

    given = first_names()
    out = []
    for m in NAME_RX.finditer(sent):
        first, second, third = m.group(1), m.group(2), m.group(3)
        if not given.is_first_name(first):
            continue
        if not sent[:m.start()].strip(" \"'“‘(-*#") and first.lower() in _start_words():
            continue                         # "Love having her home", "Will do"
        if any(w and w.lower() in NAMED_AFTER for w in (second, third)):
            continue                         # "Fiona Stanley Hospital", "Jack Evans Oval": a place
        if localities.exact(first):
            continue
        last = second if _surname(second, given) else ""
        if last and localities.exact(f"{first} {last}"):
            continue
        out.append((f"{first} {last}" if last else first, first.lower(), last.lower()))
    return out


def guarded(sent: str, form: str) -> bool:
    """A mention that says nothing of the subject's own circle: someone else's relation or the anchor of one,
    or a person on a screen or a stage."""
    return bool(why_guarded(sent, form))


def why_guarded(sent: str, form: str) -> str:
    """"screen" (a screen's person: telly, reruns), "stage" (backstop_values.ON_SCREEN_RX: a show, an episode, a
    concert), "relation" (someone else's: "my mate's wife Jo"), "anchor" ("Jo's husband") or ""."""
    if _SCREEN_RX.search(sent):
        return "screen"
    if ON_SCREEN_RX.search(sent):
        return "stage"           # this sentence only: "the school concert" says nothing of the rest
    n = re.escape(form.split()[0])
    if re.search(rf"\b(?:her|his|their|\w+['’]s)\s+(?:\w+\s+)?{_REL}(?:['’]s\s+\w+)?,?\s+"
                 + _NAME_LIST + rf"{n}\b", sent, re.I) \
            or re.search(rf"\b{_REL}\s+of\s+{n}\b", sent, re.I):
        return "relation"
    if re.search(rf"\b{re.escape(form)}['’]s\s+(?:\w+\s+)?{_REL}\b", sent):
        return "anchor"
    return ""


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    import tomllib

    from footprint.crawler.paths import DATA_DIR
    return frozenset(tomllib.loads((DATA_DIR / "roles" / "relations.toml").read_text(encoding="utf-8"))
                     ["person_nouns"]["words"])


_THING_RX = compile_wide(r"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?([a-z]+),?\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+),?\s+(?:the|my|our)\s+([a-z]+)\b")


def named_things(units: Iterable) -> set[str]:
    """Names the corpus gives to things or animals: "my sourdough starter, Gus", "Betty the ute" (any noun that is
    not a person's: data/roles/relations.toml person_nouns)."""
    nouns = person_nouns()
    out = set()
    for u in units:
        for m in _THING_RX.finditer(u.text or ""):
            noun, name = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
            if noun not in nouns and not noun.endswith("s'") and len(noun) > 2:
                out.add(name.lower())
    return out


def candidates(units: Iterable, subject: SubjectNames, pets: Iterable[str] = ()) -> list[Candidate]:
    """Every candidate person of a corpus (units: url, kind, field, text, and optionally posted_at and profile),
    in the order first named, with their mention sentences (at most MAX_MENTIONS each)."""
    units = list(units)
    pets = {p.lower() for p in pets} | named_things(units)
    raw: list[tuple[str, str, str, Mention]] = []
    blocked: set[str] = set()
    for u in units:
        for sent in sentences(u.text or ""):
            for form, first, last in names_in_sentence(sent):
                if first in pets or first in subject.tokens or subject.matches(form):
                    continue
                why = why_guarded(sent, form)
                if why:
                    if why in ("screen", "relation"):
                        blocked.add(first)       # a screen's person or someone else's child, in every post
                    continue
                raw.append((form, first, last, Mention(u.url, u.kind, u.field or "", sent, form,
                                                       getattr(u, "posted_at", None), getattr(u, "profile", ""))))
    fulls: dict[str, set[str]] = {}
    for _, first, last, _ in raw:
        if last:
            fulls.setdefault(first, set()).add(last)
    by_key: dict[tuple[str, str], Candidate] = {}
    for form, first, last, m in raw:
        if first in blocked:
            continue
        if not last:
            lasts = fulls.get(first, set())
            if len(lasts) > 1:
                continue                     # "Sarah" with "Sarah Kelly" and "Sarah Chen": neither
            last = next(iter(lasts), "")
        key = (first, last)
        c = by_key.get(key)
        if c is None:
            c = by_key[key] = Candidate(name=form if " " in form else form, first=first, last=last)
        if " " in form and " " not in c.name:
            c.name = form
        c.forms.add(form)
        if len(c.mentions) < MAX_MENTIONS and m not in c.mentions:
            c.mentions.append(m)
    for c in by_key.values():
        if c.last and " " not in c.name:
            c.name = next((f for f in sorted(c.forms) if " " in f), c.name)
    return list(by_key.values())
