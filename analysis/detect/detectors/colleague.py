"""colleague: other people identified as working at the organisation (§2, §5)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors import hobby_roles
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.detectors.context import doc_text, WordSet
from footprint.analysis.detect.detectors.first_names import first_names, surnames
from footprint.analysis.detect.detectors.person_roles import role_detections
from footprint.analysis.detect.detectors.addressed import addressed_names, only_given_name
from footprint.analysis.detect.detectors.relation_forms import relation_forms
from footprint.analysis.detect.detectors.lowercase_names import lower_name_at
from footprint.analysis.detect.detectors.colleague_context import ColleagueContext
from footprint.analysis.detect.name_letters import fold

_MENTION = re.compile(r"(?<![\w.@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?:@[\w.-]+)?")
_HANDLE_SPLIT = re.compile(r"[^a-z]+")
HANDLE_NAME_RATIO = 85      # rapidfuzz ratio of "priyanair" and a handle's letters to call them one person


def handle_matches_name(handle: str, name: str) -> bool:
    """Whether a mention handle is plausibly this person's ("@priya_n", "@pnair", "@priyanair88" ~ "Priya Nair").

    The handle's letter runs are compared with the name's words: the first run equal to the first
    name (at least 3 letters), first-initial + surname, or the whole name run together (fuzzy).
    """
    parts = [p for p in _HANDLE_SPLIT.split(handle.lower()) if p]
    words = [w for w in re.findall(r"[a-z]+", name.lower())]
    if not parts or not words:
        return False
    joined, compact = "".join(parts), "".join(words)
    if len(parts[0]) >= 3 and parts[0] == words[0]:
        return True
    if len(words) > 1 and joined in (words[0][0] + words[-1], words[0] + words[-1][0], words[-1] + words[0][0]):
        return True
    return len(joined) >= 5 and fuzz.ratio(joined, compact) >= HANDLE_NAME_RATIO



# A reporting verb right after a titled name, with no "I" or "we": the press quoting an official, not a co-worker.
_QUOTED = frozenset({"said", "says", "told", "tells", "explained", "confirmed", "warned", "added", "stated", "urged",
                     "noted", "declined", "described", "praised", "announced"})

# Round 18: a work word someone else owns ("Dad's offsider Jase", "her workmate Kel") names their co-worker, not the
# subject's.
_OTHERS_OWN = re.compile(r"(?:\b(?:his|her|their|your)|\b(?!(?:he|she|it|that|who|there|here|what|where|everyone|one)(?:'s|’s))"
                         r"\w+(?:'s|’s))\s+(?:(?!(?:my|our|a|an|the)\s)[\w-]+\s+)?$")


def someone_elses_word(low: str, word: str) -> bool:
    """Every place `word` shows in the lower-cased sentence `low`, someone other than the writer owns it."""
    starts = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", low)]
    return bool(starts) and not word.startswith(("my ", "our ")) and all(_OTHERS_OWN.search(low[:p]) for p in starts)


class ColleagueDetector(Detector):
    CATEGORY = "colleague"
    LEXICON = "colleague"
    STRONG = 0.8
    WEAK_WITH_WORK = 0.7

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.strong = WordSet(self.words("strong"))
        self.weak = WordSet(self.words("weak"))
        self.name_from_work = self.regexes("name_from_work")
        self.narrowing = WordSet(self.words("narrowing"))
        self.unit_words = frozenset(w.lower() for w in self.words("unit_words"))
        self.strong_rx, self.weak_rx = self.regexes("strong"), self.regexes("weak")
        self.ranks = set(self.words("ranks"))
        self.rank_abbrev = set(self.words("rank_abbreviations"))
        self.context = ColleagueContext(self)

    def _name_from_work(self, doc, ctx):
        """ "Tom Reilly from my shift reckons...": the name comes before the work word."""
        out = []
        for sent in self.allowed_sents(ctx):
            for rx in self.name_from_work:
                for m in rx.finditer(sent.text):
                    start = sent.span.start_char + m.start(1)
                    span = doc.char_span(start, start + len(m.group(1)), alignment_mode="contract")
                    toks = [t for t in span if ctx.is_name_token(t)] if span is not None else []
                    if not toks or len(toks) != len(span):
                        continue
                    name = " ".join(t.text for t in toks)
                    if ctx.subject.matches(name):
                        continue
                    if len(toks) == 1 and toks[0].ent_type_ != "PERSON" and not first_names().is_first_name(name) \
                            and fold(name.lower()) not in surnames() and m.group(0)[len(m.group(1)):].split()[:1] == ["on"] \
                            and (toks[0].i == sent.span.start or toks[0].tag_ != "NNP"):   # round 14: mid-sentence
                        # "Shout out to Priyanka on my shift": a capitalised proper noun inside a sentence is a name
                        continue              # "Parcel on our line got flagged": a thing on a line, not a co-worker
                    d = self.detection(ctx, value=f"{name} (colleague)", key=f"colleague:{name.lower()}",
                                       confidence=self.STRONG, pattern="name_from_my_work", excerpt_text=sent.text,
                                       support=[m.group(0)[len(m.group(1)):].strip().lower()],
                                       attrs={"relation": "colleague", "person": name, "handle": ""})
                    if d:
                        out.append(d)
        return out

    def _rank_prefix(self, doc, ctx, bracketed_only: bool = False):
        """ "Sarge Robbo (Rob Tillman) let me run the bench": a rank or title used as a prefix before a name or a
        nickname (the full name in brackets, when given, is the one named), in an item about the subject's work.
        `bracketed_only`: the item says nothing of work, and only "<Rank> (<Full Name>)" counts."""
        out = []
        if bool(ctx.item_facts.orgs or ctx.item_facts.work) == bracketed_only:
            return out
        for sent in self.allowed_sents(ctx):
            for tok in sent.span:
                if tok.lower_ not in self.ranks or not tok.text[:1].isupper() or tok.i + 1 >= sent.span.end:
                    continue
                if tok.i > sent.span.start and doc[tok.i - 1].lower_ in ("'s", "’s", "his", "her", "their", "your", "a", "the"):
                    continue                  # "the Chief", "Tim's boss": not a title before a name
                j = tok.i + 1
                parts = []
                said = j + 2 < sent.span.end and doc[j].lower_ in ("=", ":", "is", "was")
                if said or j + 3 < sent.span.end and doc[j].text == "(":
                    j += 1          # "Sarge (Priya Raman) reckons", "Skip = Marguerite Dunn": the rank's name
                while j < sent.span.end and len(parts) < 3 and ctx.is_name_token(doc[j]):
                    parts.append(doc[j].text)
                    j += 1
                if not parts:
                    continue
                known = (len(parts) > 1 or tok.lower_ in self.rank_abbrev or first_names().is_first_name(parts[0])
                         or fold(parts[0].lower()) in surnames())      # "Insp Whitfield": only a real rank is abbreviated
                if doc[tok.i + 1].text == "(" and not (j < sent.span.end and doc[j].text == ")" and len(parts) >= 2):
                    continue        # "Sarge (the old one)": brackets that hold no full name
                if said and (len(parts) < 2 or self._unit_named(sent.text, " ".join(parts))):
                    continue        # "Boss: Dad", "Director: Cargo Intelligence Section": only a person's full name
                if j + 3 < sent.span.end and doc[j].text == "(":
                    k = j + 1
                    full = []
                    while k < sent.span.end and len(full) < 3 and ctx.is_name_token(doc[k]):
                        full.append(doc[k].text)
                        k += 1
                    if len(full) >= 2 and k < sent.span.end and doc[k].text == ")":
                        parts, known = full, True
                if bracketed_only and not (doc[tok.i + 1].text == "(" and len(parts) >= 2):
                    continue
                if not known:
                    continue                  # "Inspector Gadget": a rank before a word no one is named
                if j < sent.span.end and doc[j].lower_ in _QUOTED and not sent.first_person:
                    continue                  # "Officer Kirra Hale said ...": an official quoted in the news
                name = " ".join(parts)
                if ctx.subject.matches(name) or (j < sent.span.end and doc[j].lower_ in ("'s", "’s")) and len(parts) == 1:
                    continue
                d = self.detection(ctx, value=f"{name} (colleague)", key=f"colleague:{name.lower()}",
                                   confidence=self.WEAK_WITH_WORK, pattern="rank_prefix_name", excerpt_text=sent.text,
                                   support=[tok.lower_], attrs={"relation": "colleague", "person": name, "handle": ""})
                if d:
                    out.append(d)
        return out

    def _role_then_addressed(self, doc, ctx, named: bool):
        """ "my 2IC covered the back half of my shift ... owe u big time Marcus": a co-worker's role of the
        subject's with no name, then the post's only given name spoken to after it."""
        if named or not (self.strong.rx.search(doc_text(doc, ctx)) or any(rx.search(doc_text(doc, ctx)) for rx in self.strong_rx)):
            return []
        forms = relation_forms()
        if self.denied(doc_text(doc, ctx)) or forms.pets.search(doc_text(doc, ctx)) or forms.on_screen(doc_text(doc, ctx)):
            return []                         # "love you Bluey" to the dog, "love you Harvey" to the telly
        for sent in ctx.facts.sents:
            strong = self.strong.find(sent.text) + [m.group(0).lower() for rx in self.strong_rx for m in rx.finditer(sent.text)]
            if not strong:
                continue
            got = addressed_names(ctx, doc, sent.span.start)
            if len(got) != 1 or not only_given_name(ctx, doc, got[0]):
                return []
            d = self.detection(ctx, value=f"{got[0]} (colleague)", key=f"colleague:{got[0].lower()}",
                               confidence=self.WEAK_WITH_WORK, pattern="role_then_addressed_name", excerpt_text=doc_text(doc, ctx).strip(),
                               support=strong[:1], attrs={"relation": "colleague", "person": got[0], "handle": ""})
            return [d] if d else []
        return []

    def analyze(self, doc, item, ctx):
        out = self._analyze(doc, item, ctx)
        out += self._role_then_addressed(doc, ctx, bool(out))
        seen = {d.attrs.get("person", "").lower() for d in out}
        out += self._by_context(ctx, doc, seen)
        seen |= {"@" + d.attrs["handle"].lower() for d in out if d.attrs.get("handle")}
        out += role_detections(self, ctx, doc, seen)           # any work cue of any sentence naming a person
        # round 15: a director of the play, a skip at bowls, a shift at the op shop: a pastime's friend (hobby_roles.py)
        return [d for d in out if not hobby_roles.vetoed(ctx, doc, d)]

    def _by_context(self, ctx, doc, seen: set[str]) -> list:
        """Co-workers named only by a shared work task or a short rank (detectors/colleague_context.py)."""
        out = []
        for found, pattern in ((self.context.ranked(ctx, doc), "social_rank_name"),
                               (self.context.at_work(ctx, doc), "work_task_name")):
            for name, cue, sentence in found:
                if name.lower() in seen or any(name.lower() in s.split() or s in name.lower().split() for s in seen if s):
                    continue
                seen.add(name.lower())
                d = self.detection(ctx, value=f"{name} (colleague)", key=f"colleague:{name.lower()}",
                                   confidence=self.WEAK_WITH_WORK, pattern=pattern, excerpt_text=sentence,
                                   support=[cue], attrs={"relation": "colleague", "person": name, "handle": ""})
                if d:
                    out.append(d)
        return out

    def _analyze(self, doc, item, ctx):
        out = self._name_from_work(doc, ctx) + self._rank_prefix(doc, ctx)
        facts = ctx.facts
        for sent in facts.sents:
            strong = self.strong.find(sent.text) + [m.group(0).lower() for rx in self.strong_rx for m in rx.finditer(sent.text)]
            strong = [w for w in strong if not someone_elses_word(sent.lower, w)]     # "Dad's offsider Jase"
            weak = self.weak.find(sent.text) + [m.group(0).lower() for rx in self.weak_rx for m in rx.finditer(sent.text)]
            if not strong and not weak or self.denied(sent.text):
                continue
            org_here = bool(ctx.item_facts.orgs) or any(sent.span.start <= m.start < sent.span.end for m in facts.org_mentions)
            if strong:
                score, support, pattern = self.STRONG, strong, "colleague_word"
            elif org_here or (ctx.shared.work_in(sent.text) and ctx.item_facts.work and ctx.item_facts.orgs):
                score, support, pattern = self.WEAK_WITH_WORK, weak, "work_word_with_org"
            else:
                continue
            # "thanks to the team at ABF, especially Imogen and Raj": the names after the narrowing word
            names = _merge_handles(self._names(doc, sent, ctx, (strong or weak) + self.narrowing.find(sent.text),
                                               whole_sentence=bool(strong)))
            names = _glossed(sent.text, names)
            if pattern == "work_word_with_org" and ctx.kind == "profile_field":     # a job title field
                names = [(n, h) for n, h in names if h or self._named_person(doc, sent, n)]
            names = [(n, h) for n, h in names if h or not self._unit_named(sent.text, n)]
            for name, handle in names:
                label = name or f"@{handle}"
                d = self.detection(ctx, value=f"{label} (colleague)", key=f"colleague:{(name or handle).lower()}",
                                   confidence=score, pattern=pattern, excerpt_text=sent.text, support=support,
                                   attrs={"relation": "colleague", "person": name or "", "handle": handle or ""})
                if d:
                    out.append(d)
        return out

    def _unit_named(self, text: str, name: str) -> bool:
        """A name after a title that is a unit of the organisation, not a person: one of its words, or the word just
        after it (then not opening on a known given name), is a unit word ("Director, Cargo Intelligence Section",
        "Supervisor, Maritime Operations"). The subject's own job title line, not a colleague."""
        words = name.lower().split()
        if not words:
            return False
        if any(w in self.unit_words for w in words):
            return True             # "Cargo Intelligence": a unit, though the gazetteer knows "Cargo" as a given name
        pos = text.find(name)
        after = re.match(r"\W*(\w+)", text[pos + len(name):]) if pos >= 0 else None
        return bool(after and after.group(1).lower() in self.unit_words) and not first_names().is_first_name(name.split()[0])

    @staticmethod
    def _named_person(doc, sent, name: str) -> bool:
        """A name in a job title beside a weak work word must look like a person's: a known first name or a
        span the model calls a person ("Director, Humanitarian Program Operations" names a program)."""
        if first_names().is_first_name(name.split()[0]):
            return True
        pos = sent.text.find(name)
        span = doc.char_span(sent.span.start_char + pos, sent.span.start_char + pos + len(name)) if pos >= 0 else None
        return span is not None and any(t.ent_type_ == "PERSON" for t in span)

    def _names(self, doc, sent, ctx, triggers, whole_sentence: bool):
        found: dict[str, tuple[str, str]] = {}
        low = sent.lower
        for trig in triggers:
            pos = low.find(trig)
            if pos < 0:
                continue
            span = doc.char_span(sent.span.start_char + pos, sent.span.start_char + pos + len(trig), alignment_mode="expand")
            if span is None:
                continue
            j = span.end
            if j < sent.span.end and doc[j].lower_ in ("for", "to", "from", ",", ":"):
                j += 1
            got = ctx.names_after(j, sent.span.end)
            if not got:                       # "my supervisor kate reckons ...": an all lower-case post
                got = [n for n in [lower_name_at(ctx, doc, j, sent)] if n]
            for n in got:
                found.setdefault(n.lower(), (n, ""))
        # "fellow ABF officer Tara Quinn, and captain Bec Ormsby": a team-mate named by her team role in the same
        # sentence is the associate detector's, not a co-worker
        teammates = {h.name.lower() for h in relation_forms().hits(doc, ctx)
                     if h.form.category == "associate" and h.sentence == sent.text} if whole_sentence else set()
        for ent in ctx.facts.persons if whole_sentence else ():
            if sent.span.start <= ent.start < sent.span.end:
                name = ctx.person_name(ent)
                if name and name.lower() in teammates:
                    continue
                if name and not ctx.subject.matches(name) and not any(name.lower() in k or k in name.lower() for k in found):
                    found[name.lower()] = (name, "")
        for m in _MENTION.finditer(sent.text) if whole_sentence or ctx.item_facts.orgs else ():
            handle = m.group(1)
            if not ctx.subject.matches(handle):
                found.setdefault("@" + handle.lower(), ("", handle))
        return list(found.values())


# "Dazza (Darren Pulford)": a nickname glossed with the full name (data/lexicons/people.toml, nickname_named)
_GLOSS = load_lexicon("people").regex.get("nickname_named", ())


def _glossed(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One entry per person glossed in brackets: "Dazza (Darren Pulford)" is Darren Pulford, not also Dazza."""
    full = {m.group("nick").lower(): f"{m.group('first')} {m.group('last')}" for rx in _GLOSS for m in rx.finditer(text)}
    if not full:
        return found
    out, seen = [], set()
    for n, h in found:
        name = full.get(n.lower(), n) if n else n
        if name and name.lower() in seen:
            continue
        seen.add(name.lower())
        out.append((name, h))
    return out


def _merge_handles(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One entry per person: a tagged handle that matches a named colleague joins that name
    ("my team leader Priya @priya_n" is one colleague, Priya, whose handle is priya_n)."""
    named = [[n, h] for n, h in found if n]
    out_handles = []
    for n, h in found:
        if n:
            continue
        match = next((e for e in named if not e[1] and handle_matches_name(h, e[0])), None)
        if match:
            match[1] = h
        else:
            out_handles.append(("", h))
    return [(n, h) for n, h in named] + out_handles
