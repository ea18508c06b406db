"""A work system named by its nickname, or told failing across an aside (round 20).

Staff name the systems they use by what everyone calls them ("the rostering app, which the whole floor calls the Slot
Machine, wiped ..."; "the kiosk laptops (we call them the toasters) won't sync"; "The old hands call it the Magic 8
Ball"), and that aside stands between the system and its fault, beyond the reach of a fault pattern's window. This
module reads the constructions, all of them data in `systems_information.toml`:

- `nickname`: a system head, then an aside naming what "we", "everyone" or a group of staff call it;
- `nickname_back`: "<a group> call(s) it <Name>" whose "it" is a system head of the sentence before;
- `contract`: the sentence without its asides, so that a fault pattern reads the system and its verb together;
- `work_anchor`: whose system it is: ours at work, the department's, the one we use at the terminal.

Whether a household, a club or a bank owns it is the detector's `customer` veto, as for every systems rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Aside:
    """A nickname told of a system: the name, the system's head words, and the sentence without the aside."""
    name: str
    head: str
    contracted: str


class SystemAsides:
    """The lexicon's aside constructions, compiled once per detector."""

    def __init__(self, regexes):
        self.nickname = regexes("nickname")
        self.nickname_back = regexes("nickname_back")
        self.aside = regexes("aside")
        self.head = regexes("system_head")
        self.anchor = regexes("work_anchor")

    def contract(self, text: str) -> str:
        """The text without its parenthetical and relative-clause asides (", which we all call X,", "(we call it X)")."""
        for rx in self.aside:
            text = rx.sub(" ", text)
        return " ".join(text.split())

    def named(self, text: str) -> Aside | None:
        """A system head and the nickname its aside gives it, in one sentence."""
        for rx in self.nickname:
            m = rx.search(text)
            if m and _name_ok(m.group("name")):
                return Aside(_clean(m.group("name")), " ".join(m.group("head").split()), self.contract(text))
        return None

    def named_back(self, text: str, before: str | None) -> Aside | None:
        """"The old hands call it the Magic 8 Ball": the nickname of the system head the sentence before names (or the
        clause before a semicolon)."""
        for rx in self.nickname_back:
            m = rx.search(text)
            if m and _name_ok(m.group("name")):
                told = text[:m.start()] if m.start() else before     # "...; the old hands call it the Slot Machine"
                head = self.head_of(told) if told else None
                if head:
                    return Aside(_clean(m.group("name")), head, self.contract(told))
        return None

    def nicknamed(self, text: str) -> bool:
        """The text names a system by its nickname, in one sentence (or across a semicolon)."""
        return self.named(text) is not None or self.named_back(text, None) is not None

    def head_of(self, text: str) -> str | None:
        """The system head a text names, if any."""
        for rx in self.head:
            m = rx.search(text)
            if m:
                return " ".join(m.group(0).split())
        return None

    def anchored(self, text: str) -> list[str]:
        """Words that make the system the writer's workplace's ("at work", "the department's", "we use at the terminal")."""
        return [" ".join(m.group(0).lower().split()) for rx in self.anchor for m in [rx.search(text)] if m]


@lru_cache(maxsize=1)
def asides() -> SystemAsides:
    """The systems lexicon's asides, for a detector that is not the systems one (official information gives way to a
    sentence that names a work system by its nickname)."""
    from footprint.analysis.detect.detectors.lexicon import load_lexicon
    lex = load_lexicon("systems_information")
    return SystemAsides(lambda name: lex.regex.get(name, ()))


_STOP = {"it", "them", "that", "this", "a", "an", "me", "us", "him", "her", "you", "names", "out", "in", "up", "off"}


def _clean(name: str) -> str:
    return " ".join(name.strip(" ,.;:'\"‘’“”").split())


def _name_ok(name: str) -> bool:
    """A nickname is a name, not a pronoun or a verb particle ("call it in", "call them out")."""
    words = _clean(name).lower().split()
    return bool(words) and not (len(words) == 1 and words[0] in _STOP) and re.search(r"[a-z0-9]", name, re.I) is not None
