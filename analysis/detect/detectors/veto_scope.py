"""Which words of a sentence may veto a mention of the organisation: the mention's own clause, when the writer owns it.

The employer's vetoes (employer.toml `deny`: "reports", "according to", "announced", "whoever", "apply for"; and
employment.toml `about_org`: the show, a client, news read) were searched over the whole sentence. A hobby blogger's
one long sentence that says where they work ("I'm on the <org> crew out of <port>, which means early starts, then a
ride with whoever turns up"; "I've been with <org> six years and according to my odometer ...") lost its employer to a
word in another clause. Round 14 reads a veto only where it can govern the mention:

- the mention's clause (the sentence cut at clause punctuation and at clause-joining words: "which", "then", "and",
  "but", "so", ...), with the phrase that ties the writer to the org and the mention itself blanked out (so "when I'm
  not at <org>" vetoes nothing by its own "not at"), when the clause is the writer's own: the deny words only then
  (`deny_scope`);
- for the outsider vetoes (`about_scope`), only when a first-person membership or employment phrase governs the mention
  ("I'm on the <org> crew", "I've been with <org>", "my day job with <org>"; not a bare "Been with <org> for two hours"):
  otherwise "I'm a caseworker, and I read <org> letters aloud" keeps its other clause's veto; and who the writer is
  (employment.toml `about_identity`: a client's visa, "my clients", a migration agent, a caseworker) vetoes from
  anywhere in the sentence always (employer.py);
- and the whole sentence otherwise, as before.

Negation is read the right way round (`negation`): "never worked for <org>", "I'm not with <org>", "not affiliated
with <org>" DENY the job (a veto, `denial`), while "when I'm not at <org>", "if she's not on shift at <org>" say the
writer's usual place (`off_duty`: employment). Patterns are data: employer.toml `denial_left`, `off_duty_left`,
`governs_left`.

Round 19: a denial reaches the mention across a list and a parenthetical, as people deny: "has never been employed by
Home Affairs or <org>", "is not, and has never been, employed by <org>": the words before the list (`list_start`) are
read, and the denial's own chain of words may run across commas (its words are few: `denial_left`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

# where a clause ends: punctuation, then the words that join a new clause ("which means", "then a ride", "and I ...")
_CUT = re.compile(r"[;:!?()\[\]—–]|\s-\s|,|\.\s|\b(?:and|but|so|then|which|while|whereas|though|although|"
                  r"until|unless|plus|or|where|whoever|whatever)\b", re.I)     # not "because": a cause is the clause's own
# the writer's own "I" or "we" (not a club's "our guest", "our members")
_FIRST = re.compile(r"\b(?:i|i\x27m|i’m|im|i\x27ve|i’ve|ive|i\x27d|me|my|mine|myself|we|we\x27re|we’re|we\x27ve)\b", re.I)
# another person in the sentence ("she", "his"; an off-duty "when she's not at" is the subject's only on a page about them)
_THIRD = re.compile(r"\b(?:she|he|her|his|hers|him|they|their|she\x27s|he\x27s|she’s|he’s)\b", re.I)


# a count or an article may open a tenure: "five days of earlies with <org>", "another twelve years at"
_COUNT = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a|an|the|nearly|"
                    r"almost|over|after|another|just|only)\b", re.I)


# Round 19: one item of a list just before a mention, with its joining word: a run of capitalised words ("Home Affairs or ",
# "the AFP, ") or a lowercase noun after its article ("the coppers or ", "a local cop and "); the article stays outside
_ITEM = re.compile(r"(?:(?-i:[A-Z][\w\x27\u2019&.-]*)(?:\s+(?-i:[A-Z][\w\x27\u2019&.-]*)){0,3}|"
                   r"(?:(?<=\bthe )|(?<=\bThe )|(?<=\ba )|(?<=\ban )|(?<=\bour )|(?<=\byour ))[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                   r"\s*(?:,\s*(?:(?:or|and|nor)\s+)?|(?:or|and|nor|&)\s+)$")
_ITEM_WORD = re.compile(r"[\w\x27\u2019&.-]+")
# where a denial's chain of words stops: a sentence's or a strong clause's end, or "but" (a comma does not stop it)
_STRONG_CUT = re.compile(r"[;:!?()\[\]—–]|\.\s|\b(?:but|though|although|whereas|yet)\b", re.I)


def list_start(text: str, start: int) -> int:
    """Round 19: where a list of names ending right before `start` begins ("never worked for |Home Affairs or <org>",
    "a badge like the |coppers or <org>"); `start` when there is none. Up to three items, each a run of capitalised
    words or a lowercase noun after its article."""
    at = start
    for _ in range(3):
        m = _ITEM.search(text, max(0, at - 50), at)
        if m is None or m.end() != at or len(_ITEM_WORD.findall(m.group(0))) > 5:
            break
        at = m.start()
    return at


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the clause of `text` that holds text[start:end]: from the last cut before it to the first after."""
    lo, hi = 0, len(text)
    for m in _CUT.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def owned(clause_text: str, subject_voice: bool) -> bool:
    """The clause is the writer's own: "I"/"my"/"we" in it, or it sits in a sentence about the subject on a page about
    them (a club's "Sam (by day on the <org> team ...) spins vinyl")."""
    return bool(_FIRST.search(clause_text) or subject_voice)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


class Negation(NamedTuple):
    """How the words just before a mention negate it: "off_duty" (the writer's usual place), "denial", or ""."""

    kind: str
    words: str = ""
    at: int = -1            # the sentence offset an off-duty phrase starts at (a scope opens there)


class VetoScope:
    """The vetoes' scope for one mention, and its negation read both ways. Rules are the employer lexicon's."""

    def __init__(self, lexicon):
        rx = lexicon.regex if lexicon is not None else {}
        self.denial_left = rx.get("denial_left", ())
        self.off_duty_left = rx.get("off_duty_left", ())
        self.strong = rx.get("governs_left", ()) + rx.get("membership_left", ())
        self.governs = self.strong + rx.get("employment_left_tenure", ())

    def negation(self, sent_text: str, start: int, subject_voice: bool = False) -> Negation:
        """How the clause's words just before the mention at sentence offset `start` negate it. Off duty is the
        writer's ("when I'm not at"), or she/he's on a page about the subject."""
        lo, _ = clause(sent_text, start, start)
        # the clause may open before a comma: "when she's not at the <org> office down at the harbour, she ..."
        base = max(0, start - 60)
        left = sent_text[base:start]
        near = sent_text[lo:start]
        for rx in self.off_duty_left:
            m = rx.search(left)
            if m and (subject_voice or not _THIRD.search(m.group(0))):
                return Negation("off_duty", " ".join(m.group(0).split()), base + m.start())
        for rx in self.denial_left:
            m = rx.search(near)
            if m:
                return Negation("denial", " ".join(m.group(0).split()))
        # round 19: before a list the mention ends, and across commas back to the clause's strong cut
        head = list_start(sent_text, start)
        wide = sent_text[max(0, head - 80):head]
        cut = [m.end() for m in _STRONG_CUT.finditer(wide)]
        wide = wide[cut[-1]:] if cut else wide
        for rx in self.denial_left:
            m = rx.search(wide)
            if m:
                return Negation("denial", " ".join(m.group(0).split()))
        return Negation("")

    def governed(self, sent_text: str, start: int, strong: bool = False) -> re.Match | None:
        """A first-person membership or employment phrase right before the mention ("I'm on the", "I've been with",
        "my day job with"), in the mention's clause; with `strong`, not a bare tenure ("Been with <org> for two hours"
        is a wait as often as a job)."""
        lo, _ = clause(sent_text, start, start)
        near = sent_text[lo:start]
        return next((m for rx in (self.strong if strong else self.governs) for m in [rx.search(near)] if m), None)

    def scopes(self, sent_text: str, start: int, end: int, subject_voice: bool = False,
               negation: Negation | None = None) -> tuple[str, str]:
        """(text the deny words are read in, text the outsider vetoes are read in) for the mention at sentence
        offsets start:end (see the module doc). `negation`: the mention's, when the caller has read it already."""
        lo, hi = clause(sent_text, start, end)
        own = self.governed(sent_text, start)
        neg = negation if negation is not None else self.negation(sent_text, start, subject_voice)
        kind = neg.kind
        if kind == "off_duty":
            lo = min(lo, neg.at)          # the off-duty phrase opens the scope, even before a comma
        body = sent_text[lo:hi]
        # the clause is the writer's, or opens on a tenure or job phrase that governs the mention in a sentence that is
        # theirs or names no one else ("Eleven years with <org> now and according to the logbook I've ...", "Seven days
        # of earlies with <org>, so whoever planned the 6am start ..."; not "our guest spent ten years with")
        opens = own is not None and not re.search(r"[^\W\d_]", _COUNT.sub("", sent_text[lo:lo + own.start()]))
        if not (owned(body, subject_voice) or opens and (owned(sent_text, subject_voice) or not _THIRD.search(sent_text))) \
                and kind != "off_duty":
            return sent_text, sent_text
        # the mention itself is no veto ("Border Force" is no "border security"), nor, off duty, its own "not at"
        scoped = _blank(sent_text, lo if kind == "off_duty" else start, end)[lo:hi]
        strong = kind == "off_duty" or self.governed(sent_text, start, strong=True) is not None
        return scoped, scoped if strong else sent_text
