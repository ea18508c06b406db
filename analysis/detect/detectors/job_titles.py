"""A job title or work role beside a name, in any trade: "<Name> my offsider", "<Name>, our head handler", "<Name>,
the other sensor op", "<Name> the senior analyst", "the test lead <Name>" (round 19).

Why: the colleague rules knew a fixed list of titles before a name ("my supervisor <Name>") and an apposition only
after a comma; people write the title of any trade on either side of the name, with or without the comma, and with
one word qualifying it ("x-ray operator", "test lead"), after a place's name ("the Canberra network lead", round 20). Who the title ties to the writer decides:

- "my"/"our" own it: a co-worker, unless the noun is as often someone serving the writer (person_roles.toml
  `job_service`: "our nurse", "my driver"), which needs a peer word ("other", "fellow") or work in the post;
- "the other"/"a fellow": a peer of the writer's, a co-worker;
- "the" alone: a co-worker only in a post about work (a work cue of the sentence, a shift, a roster, the
  organisation), and not "the manager at the bank" (a title placed somewhere that is not the writer's work).

The nouns are data (person_roles.toml `job_titles`, `job_service`, `job_modifiers`).
"""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.first_match import first_text as _first

# verbs that take the name as an indirect object: "told Tane my boss is away" says nothing of Tane's job
_GIVE_VERBS = re.compile(r"\b(?:told|tell|tells|asked|ask|asks|gave|give|gives|showed|show|shows|sent|send|sends|let|"
                         r"lent|lend|bought|buy|owe|owes|owed|promised|texted|messaged|rang|called|warned|reminded)\s+$",
                         re.I)
_PAST = re.compile(r"\b(?:old|former|ex|previous|late|first)\b", re.I)
_PEERS = frozenset({"other", "fellow"})
# a title placed outside the writer's work: "the manager at the bank", "the vet from the clinic"
_PLACED = re.compile(r"^\s*(?:at|from|of|for|with|in|on)\s+(?!(?:my|our)\s+(?:work|team|shift|office|section|unit|branch|"
                     r"crew|desk|depot|ward|station|roster|line|floor)\b)", re.I)
# ambiguous as titles with a free qualifier ("the senior Dave", "our co Dave")
_NOT_TITLES = frozenset({"senior", "principal", "co", "ic", "exec", "super", "chief", "deputy", "num", "gm", "ceo",
                         "apprentice", "trainee"})


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
                    for w in sorted(words, key=len, reverse=True))


class JobTitles:
    """The job-title cues of person_roles.toml, read before or after one name."""

    def __init__(self, lex, work_roles: set[str]):
        w, r = lex.phrases, lambda n: lex.regex.get(n, ())
        self.service = frozenset(w("job_service"))
        words = (set(w("job_titles")) | set(work_roles)) - _NOT_TITLES
        self.mods = frozenset(w("job_modifiers"))
        mods = _alt(self.mods)
        # round 20: a place may name the writer's site before the title ("the Canberra network lead, <Name>")
        title = (rf"(?:(?P<owner>my|our)|(?P<the>the|a))\s+(?P<mods>(?:(?:{mods})\s+){{0,2}})"
                 rf"(?P<place>(?-i:[A-Z][a-z]+)\s+(?=[a-z][\w-]*\s+(?:{_alt(words)})\b))?"
                 rf"(?P<free>(?!(?:is|was|and|or|but|of|to)\s)[a-z][\w-]*\s+)??(?P<word>{_alt(words)})")
        self.after = re.compile(rf"^\s*(?P<punct>[,(\-—]\s*)?{title}\b(?!-\w|[\x27’]s\b)(?P<rest>[^.!?;]{{0,50}})", re.I)
        self.before = re.compile(rf"(?:^|(?<=[\s(\[\"'“])){title}\s*[,:(\-—]?\s*$", re.I)
        self.work_context = r("work_context")
        self.work_talk = r("work_talk")
        self.job_context = r("job_context")
        self.clients = r("clients")

    def hit(self, ctx, doc, near: str, after: str, stext: str, work: str) -> tuple[str, str] | None:
        """(relation, cue) when a job title beside the name makes them the writer's co-worker, else None."""
        m = self.after.match(after)
        if m is not None and not m.group("punct") and _GIVE_VERBS.search(near):
            m = None                          # "told Tane my boss is away"
        if m is not None and m.group("the") and _PLACED.match(m.group("rest")):
            m = None                          # "<Name>, the manager at the bank"
        if m is None:
            m = self.before.search(near)
        if m is None or (m.group("the") or "").lower() == "a" and not self._peer(m):
            return None
        if m.group("place") and not getattr(getattr(ctx, "item_facts", None), "orgs", None):
            return None                       # "the Sydney store manager, <Name>": a site of the writer's own org only
        if _PAST.search(f"{m.group('mods') or ''} {m.group('free') or ''}"):
            return None                       # "Ken Wills, my old boss": a co-worker once, not now
        word = re.sub(r"\s+", " ", m.group("word").lower())
        title = re.sub(r"\s+", " ", f"{m.group('free') or ''}{word}".lower())      # "x-ray operator", "test lead"
        peer = self._peer(m)
        at_work = bool(work) or self._at_work(ctx, doc, stext)
        if m.group("owner"):
            ok = peer or word not in self.service or at_work and not _first(self.clients, stext)
        else:
            ok = peer or at_work and word not in self.service and not _first(self.clients, stext)
        if not ok:
            return None
        return title, re.sub(r"\s+", " ", m.string[m.start():m.end("word")].strip(" ,(-—"))

    def owned_after(self, after: str) -> bool:
        """A title the writer owns or shares right after a word ("my offsider", "the other sensor op")."""
        m = self.after.match(after)
        return m is not None and bool(m.group("owner") or self._peer(m))

    def _peer(self, m) -> bool:
        mods = set((m.group("mods") or "").lower().split())
        return bool(mods & _PEERS)

    def _at_work(self, ctx, doc, stext: str) -> bool:
        facts = getattr(ctx, "item_facts", None)
        return bool(facts is not None and (facts.orgs or facts.work)) or bool(
            _first(self.work_context, doc.text) or _first(self.work_talk, stext) or _first(self.job_context, doc.text))

