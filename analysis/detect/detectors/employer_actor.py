"""Is the organisation named as a third party acting in the sentence, with the writer outside it?

A court reporter's "an <agency> officer gave evidence", a shipping agent's "<agency> boarded for clearance and
were gone by nine", a union reminder "when <agency> or its dogs are working the shed, stay out": the agency (or
"a/an/the <agency> <role>") is the one acting, and the words around it ("officer", "crew", "working", "x-ray")
describe the AGENCY's work, not the writer's. Such a mention is employment only with a first-person link to the
agency: a tenure or employment phrase, a membership ("that's us", "all three of us"), or a sentence of the same
post about the writer's own job ("my director", "my shift"). A "neighbour's young fella just joined <agency>" is
someone else's job likewise.

The employer detector asks it of each mention; official and systems information and the work-site rule ask
it too, so that "the immigration officer at the gangway wanted the crew list again" is neither the writer's
employer, nor their inside knowledge, nor their workplace.

Read from the tagger's part-of-speech tags only (no dependency parse). Word lists are data:
`actor_group`, `member`, `own_job`, `someone_else` in data/lexicons/employer.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from footprint.analysis.detect.detectors.lexicon import Lexicon, load_lexicon

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "JJ", "HYPH"})
_DETS = frozenset({"the", "its", "their", "a", "an", "some", "two", "three", "four"})
_AUX = frozenset({"are", "were", "have", "do", "don't", "dont", "aren't", "arent", "haven't", "'re", "'ve"})
_WRITER = frozenset({"us", "our", "me", "my"})
_AWAITED = re.compile(r"\bwait(?:ing|ed|s)?\s+(?:\w+\s+)?(?:on|for)\s+(?:the\s+|an?\s+)?$", re.I)
_THANKED = re.compile(r"\b(?:thanks?|thank\s+you|cheers|kudos|shout\s*-?\s*out)\s+(?:\w+\s+)?to\s+(?:the\s+|an?\s+)?$", re.I)
_ADVERBS = frozenset({"RB", "RBR"})
# words before "a/an <agency> <role>" that make the writer the role, not someone met ("as an ABF officer"); a
# copula makes the sentence's own subject the role ("she is a Border Force officer" on a club page about her), and
# a relative or neighbour in that place is `someone_else`'s job
_SELF_BEFORE = frozenset({"as", "am", "'m", "m", "be", "been", "being", "become", "became", "becoming", "officially",
                          "proud", "now", "finally", "like", "i'm", "im", "is", "was", "'s", "’s"})
# verbs whose object is the writer's (or the page's subject's) own unit: "supervises a Border Force team", "leads an
# ABF crew", "joined a Home Affairs taskforce": not someone met
# (the pipeline has no lemmatiser: the forms are spelt out)
_LEADS = re.compile(r"^(?:leads?|led|leading|supervis(?:e|es|ed|ing)|runs?|ran|running|heads?|headed|heading|"
                    r"manag(?:e|es|ed|ing)|joins?|joined|joining|captains?|captained|coordinat(?:e|es|ed|ing)|"
                    r"oversees?|oversaw|overseeing)$")


def _skip_group(doc: Doc, i: int, group: frozenset[str], limit: int = 3) -> int:
    """Past a town and the agency's people words: "ABF Geelong crew", "Border Force officers"."""
    n = 0
    while i < len(doc) and n < limit and (doc[i].lower_ in group or (doc[i].tag_ in ("NNP", "NNPS") and doc[i].is_title)):
        i, n = i + 1, n + 1
    return i


def _skip_nominal(doc: Doc, i: int, limit: int = 3) -> int:
    n = 0
    while i < len(doc) and n < limit and doc[i].tag_ in _NOMINAL and not doc[i].is_punct:
        i, n = i + 1, n + 1
    return i


def acting(doc: Doc, span: Span, group: frozenset[str], role: bool = False) -> str:
    """Why the mention `span` (or a role title naming the org, `role`) is the third party acting, else ""."""
    start = span.start
    before = doc[start - 1] if start > 0 else None
    i = _skip_group(doc, span.end, group)
    had_group = role or i > span.end
    # "the ABF crew at gate 9 pulled ...", "the officer at the gangway wanted ...": a short place phrase
    if had_group and i < len(doc) and doc[i].tag_ == "IN" and doc[i].lower_ in ("at", "on", "in", "from"):
        j = i + 1
        if j < len(doc) and doc[j].lower_ in _DETS:
            j += 1
        k = _skip_nominal(doc, j)
        if k > j:
            i = k
    # "Border Force or the detector dogs are working", "Border Force and their dog team went"
    if i < len(doc) and doc[i].lower_ in ("or", "and", "&"):
        j = i + 1
        if j < len(doc) and doc[j].lower_ in _DETS:
            j += 1
        k = _skip_nominal(doc, j)
        if k > j:
            i = k
    # "a Border Force cutter heading north joined ...", "ABF officers wearing gloves opened ...": a participle
    # phrase between the agency's people or vessel and the finite verb they act with
    if had_group and i < len(doc) and doc[i].tag_ in ("VBG", "VBN"):
        for k in range(i + 1, min(i + 5, len(doc))):
            if doc[k].is_punct:
                break
            if doc[k].tag_ in _FINITE:
                i = k
                break
    while i < len(doc) and doc[i].tag_ in _ADVERBS:
        i += 1
    left = doc.text[max(0, span.start_char - 30):span.start_char]
    if _AWAITED.search(left):
        return f"'{span.text}' awaited"          # "waiting on the Border Force boarding party since 6am"
    # "thanks to the ABF crew at Cairns airport for finding my passport": thanked for what the agency did
    if _THANKED.search(left) and i + 1 < len(doc) and doc[i].lower_ == "for" and doc[i + 1].tag_ == "VBG":
        return f"'{span.text}' thanked for '{doc[i + 1].text}'"
    # a bare name's plain-present "verb" is often a noun the tagger misread ("the Home Affairs lanyard"): a VBP
    # counts after a plural group ("ABF officers search"), or as an auxiliary ("ABF are working")
    if i < len(doc) and doc[i].tag_ in _FINITE and doc[i].lower_ not in ("'s", "’s") and (
            doc[i].tag_ != "VBP" or i > span.end or doc[i].lower_ in _AUX):
        if i + 1 < len(doc) and doc[i + 1].lower_ in _WRITER and doc[i].is_alpha:
            return f"'{span.text}' does '{doc[i].text}' on the writer"     # "Border Force boarded us": acted on
        return f"'{span.text}' does '{doc[i].text}'"
    if before is not None and before.lower_ == "by":            # "pulled aside by Border Force"
        return f"by '{span.text}'"
    # "spoke to an ABF officer", "asked a Border Force officer": someone met, not the writer
    if had_group and before is not None and before.lower_ in ("a", "an") and start > 1:
        prev = doc[start - 2]
        if prev.lower_ not in _SELF_BEFORE and not _LEADS.match(prev.lower_) and (
                prev.tag_.startswith("VB") or prev.tag_ in ("IN", "TO")):
            return f"'{before.text} {span.text} {doc[span.end].text}' met"
    return ""


_I_WE = re.compile(r"\b(?:i|i'm|i've|i'd|im|ive|we|we're|we've)\b", re.I)
OURS = re.compile(r"\b(?:our|us|we|we're|we've)\b", re.I)      # "our officers", "get us boots": the writer is inside


class ThirdParty:
    """Whether a mention of the organisation is a third party's: the agency acting with no first-person link to
    it, or someone else's job. Rules are the employer lexicon's."""

    def __init__(self, lexicon: Lexicon):
        rx = lexicon.regex
        self.group = frozenset(lexicon.phrases("actor_group"))
        self.member, self.own_job, self.someone = rx.get("member", ()), rx.get("own_job", ()), rx.get("someone_else", ())
        self.tenure = rx.get("context", ())
        self.right, self.grievance = rx.get("employment_right", ()), rx.get("ambiguous_right", ())

    def members(self, text: str) -> list[str]:
        """The writer counted among the agency's people: "that's us", "population: me and two others"."""
        return [m.group(0).strip() for r in self.member for m in [r.search(text)] if m]

    def someone_else(self, text: str) -> bool:
        """A relative, mate or neighbour is the one who works there, and no "I"/"we" shares the sentence."""
        return any(r.search(text) for r in self.someone) and not _I_WE.search(text)

    def linked(self, doc: Doc, span: Span, sent_text: str) -> bool:
        """A first-person link to the agency: a tenure in the sentence, a membership, "<agency> life", an "our"
        grievance with its management, or a sentence of the post about the writer's own job."""
        right = doc.text[span.end_char:span.end_char + 30]
        return bool(any(r.search(sent_text) for r in self.tenure) or self.members(sent_text)
                    or any(r.search(right) for r in self.right)
                    or any(r.search(right) for r in self.grievance) and OURS.search(sent_text)
                    or any(r.search(doc.text) for r in self.own_job))

    def outsider(self, doc: Doc, span: Span, sent_text: str, role: bool = False) -> str:
        """Why the mention is a third party's ("'ABF' does 'boarded'", "someone else's job"), else ""."""
        if self.someone_else(sent_text):
            return "someone else's job"
        why = acting(doc, span, self.group, role)
        if why.endswith("on the writer") and not any(r.search(sent_text) for r in self.tenure):
            return why                      # "Border Force boarded us" (not "ABF sent me to Weipa"): acted on
        return why if why and not self.linked(doc, span, sent_text) else ""

    def in_sentence(self, facts, sent) -> str:
        """Why the org mentions of a sentence, and its role titles that name the org ("the customs officer at the
        ramp"), are all a third party's ("" when none is, or none is named)."""
        spans = [(m, False) for m in facts.org_mentions] + [(t, True) for t in facts.terms("ROLE") if len(t) > 1]
        here = [(m, role) for m, role in spans if sent.span.start <= m.start < sent.span.end]
        whys = [self.outsider(facts.doc, m, sent.text, role) for m, role in here]
        return whys[0] if here and all(whys) else ""


@lru_cache(maxsize=1)
def third_party() -> ThirdParty:
    """The shipped rules (data/lexicons/employer.toml), read once."""
    return ThirdParty(load_lexicon("employer"))
