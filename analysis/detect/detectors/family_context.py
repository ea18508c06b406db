"""Family named by what the post is about, with no relation word before the name.

Parents rarely write "my son Huxley" when they brag: they write "Huxley's first game for the under 12s ...
proud old man", "So proud of our Ivy, graduated nursing", "Tooth fairy (nana) paid up, Ozzie lost his first
tooth". What makes the named one family is the post's CONTEXT: a parent's or grandparent's pride said of the
subject (hashtags, "proud mum", "chuffed old man", "runs in the family") together with a milestone only a
child has (a first game, tooth, formal, licence, graduation), or a marriage of years ("after 27 years of
marriage") with one lone given name, or "the kid" right after a sentence naming one person. The names read
are lone given names nobody else owns ("her mum Rhea", "my niece's mate Talia", "driver Pavel" are someone
else's). Every cue is data in family.toml (pride_*, child_milestone, kid_referent, marriage_of_years and
their not_* vetoes), so new phrasings are a lexicon edit.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.relation_forms import relation_forms
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.first_match import first_text

_OTHERS = {"his", "her", "their", "your", "'s", "’s", "ur", "ya"}
_OWN = {"my", "our"}
_INTERJECTIONS = {"omg", "lol", "lmao", "yay", "wow", "ok", "okay", "so", "haha", "update", "pov", "finally", "and", "but"}
_NOT_BEFORE = {"with", "w", "w/", "mr", "mrs", "ms", "dr", "coach", "sir", "miss", "@"}
_MAX_CHILDREN = 2
_FOND = {"young", "little", "lil", "wee", "baby", "big"}      # "Young Archie's first crab": no full name
_ARTICLES = {"the", "a", "an", "at", "in", "on", "to", "from", "into", "@", "#"}
_PLACE_PREPS = {"at", "in", "on", "to", "into"}
_PLACE_ENTS = {"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
_OTHER_PARENT_ACTS = re.compile(r"\b(?:his|her|their)\s+(?:mum|mom|dad|father|mother)\s+(?=(?:does|did|do|"
                                r"takes|took|picks|picked|drops|dropped|gets|got|drives|drove|runs|ran|and\s+i)\b)", re.I)


def given_name(ctx, doc, t, names=None) -> bool:
    """A capitalised word used as a lone given name: one the gazetteer knows, or a name-like word that
    owns something or does something ("Tilly's first carnival", "Primrose sang"), never a word that
    qualifies a noun ("Silver anniversary", "Bellbird Primary concert") or follows an article."""
    names = names or first_names()
    if not ctx.is_name_token(t):
        return False
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.tag_ in ("NN", "NNS", "JJ"):
        return False                      # "Silver anniversary", "my Uber driver"
    # "our Lysander,": my/our before a lone proper noun names one of the family, whatever entity the model guessed
    owned = t.i > 0 and doc[t.i - 1].lower_ in _OWN and t.tag_ == "NNP" and not (nxt is not None and nxt.tag_ == "NNP")
    single = t.ent_iob_ == "B" and not (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")
    if t.ent_type_ in _PLACE_ENTS and not (single and (owned or names.is_first_name(t.text))):
        return False                      # "Ferdinand" the small model calls a place is still a name
    if owned:
        return True
    prev = doc[t.i - 1].lower_ if t.i > 0 else ""
    if prev in _ARTICLES and not (prev in _PLACE_PREPS and (names.is_first_name(t.text) or nxt is not None
                                                            and nxt.lower_ in ("'s", "’s"))):
        return False                      # "the Ravens", "at Auskick"; but "to Saffron's formal"
    if names.is_first_name(t.text):
        return True
    if nxt is None:
        return False
    if nxt.tag_ in ("RB", "RP") and t.tag_ != "UH" and any(x.tag_ in ("VBD", "VBZ", "VBP") for x in doc[t.i + 2:t.i + 4]):
        return True                       # "Kasper out-kicked me", "Juno finally agreed"
    if not (t.tag_ in ("NNP", "NNPS", "NN") or t.ent_type_ == "PERSON"):
        return False                      # "Please don't ...", "Thanks for ...": a word opening the sentence
    return nxt.lower_ in ("'s", "’s") or nxt.tag_.startswith(("VB", "MD"))

class FamilyContext:
    """The family.toml cues and the lone given names a post's context makes family."""

    def __init__(self, detector):
        r = detector.regexes
        self.parent, self.grand = r("pride_parent"), r("pride_grandparent")
        # round 12: a junior side by club and age ("the Hawks 13s"), a partner praised as one ("husband of the year")
        self.milestone, self.not_child = r("child_milestone") + r("junior_side_number"), r("not_own_child")
        self.kid_ref, self.not_marriage = r("kid_referent"), r("not_own_marriage")
        self.marriage = r("marriage_of_years") + r("partner_praise")
        self.grandparent_of, self.first_person = r("grandparent_of_name"), r("first_person")
        self.generic, self.child_only = r("pride_generic"), r("child_only_milestone") + r("junior_side_number")
        # round 10: a parent's own post (the same cues the corpus reads: analysis/link/junior_sport.py) and a young
        # child's day; a late partner (partner_home.py) mourned by one lone name in the same post
        self.parent_here = r("parent_post") + r("parent_bio") + r("children_unnamed") + r("ex_custody")
        self.child_day = r("child_context") + r("child_activity") + r("child_school_start") + r("child_club_night")
        self.late, self.grief, self.grief_not = r("partner_late"), r("partner_grief"), r("partner_grief_not")
        self.away, self.missed, self.missed_not = r("away_from_home"), r("missed_named"), r("missed_not")
        self.deed, self.kid_apposition = r("child_deed") + r("child_school_start"), r("kid_apposition")
        self.deed_not = r("child_deed_not")
        self.deed_side, self.deed_voice = r("child_deed_side"), r("child_deed_voice")
        w = detector.words            # "Nonna's heart is full": a kin title is not the child's name
        self.kin = set(w("vocative")) | set(w("kin_titles_grandparent")) | set(w("kin_titles_other"))

    _first = staticmethod(first_text)      # remembered: the cues are asked of one post several times

    def lone_names(self, ctx, doc, start: int = 0, end: int | None = None) -> list[tuple[str, bool]]:
        """Lone given names in doc[start:end] that nobody else owns, each with whether my/our stands before it
        ("our Ignatius"). "Bodhi Kestrel" (a full name), "her mum Rhea", "driver Pavel", "with Sarah", "Sarah and
        I" are left out: a full name is someone the post introduces, the rest belong to someone else."""
        names = first_names()
        end = len(doc) if end is None else end
        out: dict[str, bool] = {}
        for t in doc[start:end]:
            if t.lower_ in self.kin or not given_name(ctx, doc, t, names) or ctx.subject.matches(t.text):
                continue
            prev = next((p for p in reversed(doc[max(0, t.i - 3):t.i]) if not p.is_space and p.text not in ("(", '"')), None)
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if prev is not None and prev.lower_ not in _FOND and (ctx.is_name_token(prev) and prev.text[:1].isupper() and prev.i == t.i - 1
                                     and prev.lower_ not in STOP_WORDS and prev.tag_ in ("NNP", "NNPS")
                                     # "Since Pauline passed", "Missing Zara like crazy": no full name
                                     or prev.lower_ in _OTHERS or prev.lower_ in _NOT_BEFORE
                                     or prev.is_alpha and prev.is_lower and prev.tag_ in ("NN", "NNS")
                                     and prev.lower_ not in _OWN and prev.lower_ not in _INTERJECTIONS):
                continue                      # "Kestrel" in a full name, "her mum Rhea", "driver Pavel"
            if nxt is not None and ctx.is_name_token(nxt) and nxt.text[:1].isupper() and not ctx.subject.matches(nxt.text):
                continue                      # "Bodhi Kestrel": a full name is not a child bragged about
            if nxt is not None and nxt.lower_ in ("and", "&", "n") and t.i + 2 < len(doc) and doc[t.i + 2].lower_ in ("i", "me"):
                continue                      # "Sarah and I": the subject's company, not the child
            if nxt is not None and nxt.lower_ == "from":
                continue                      # "Toby from the tackle shop", "Jen from playgroup"
            owned = prev is not None and prev.lower_ in _OWN
            out[t.text] = out.get(t.text, False) or owned
        return list(out.items())

    def _vetoed(self, text: str) -> bool:
        forms = relation_forms()
        return bool(self._first(self.not_child, text)) or forms.on_screen(text) or bool(forms.pets.search(text))

    def family(self, ctx, doc) -> list[tuple[str, str, str, str]]:
        """(name, relation, pattern, cue) for each person the post's context makes the subject's family
        (once per doc: the associate detector asks too, to leave them out)."""
        return ctx.facts.memo("family_context", lambda: self._family(ctx, doc))

    def _family(self, ctx, doc) -> list[tuple[str, str, str, str]]:
        text = doc_text(doc, ctx)
        out: list[tuple[str, str, str, str]] = []
        grand, parent = self._first(self.grand, text), self._first(self.parent, text)
        milestone = self._first(self.milestone, text)
        if not (grand or parent) and self._first(self.child_only, text):
            parent = self._first(self.generic, text)      # "Proud doesn't cover it" at a graduation
        if (grand or parent) and not self._vetoed(text):
            lone = self.lone_names(ctx, doc)
            owned = [n for n, own in lone if own]
            if milestone and 1 <= len(lone) <= _MAX_CHILDREN:
                rel = "grandchild" if grand else "child"
                out += [(n, rel, "pride_milestone_name", f"{grand or parent} + {milestone}") for n, _ in lone]
            elif len(owned) == 1:             # "So proud of our Ignatius", "My Lorcan ... runs in the family"
                out.append((owned[0], "family member", "pride_owned_name", grand or parent))
        elif milestone and not self._vetoed(text):
            owned = [n for n, own in self.lone_names(ctx, doc) if own]
            if len(owned) == 1:               # "big day for our Seamus, first day on the tools"
                out.append((owned[0], "family member", "owned_name_milestone", milestone))
        out += self._grandparent_of(ctx, doc, milestone, {n for n, *_ in out})
        out += self._marriage(ctx, doc, {n for n, *_ in out})
        out += self._child_day(ctx, doc, {n for n, *_ in out})
        out += self._child_deed(ctx, doc, {n for n, *_ in out})
        out += self._late_partner(ctx, doc, {n for n, *_ in out})
        out += self._missed_from_away(ctx, doc, {n for n, *_ in out})
        return out + self._kid_after(ctx, doc, {n for n, *_ in out})

    def _child_day(self, ctx, doc, taken: set[str]) -> list[tuple[str, str, str, str]]:
        """ "Rufus (four going on fourteen) refused bedtime again. Mum life.": a post that says its writer is a parent
        ("my kids", "the kids have", "mum life", "dad of two") and a sentence opening on a lone given name (or two
        joined by and/&) with a young child's day in it (an age, a lesson, bedtime, undies): the subject's child."""
        text = doc_text(doc, ctx)
        cue = self._first(self.parent_here, text)
        if not cue or self._vetoed(text):
            return []
        out = []
        for sent in ctx.facts.sents:
            day = self._first(self.child_day, sent.text)
            if not day:
                continue
            head = next((t.i for t in sent.span[:8] if t.text == ":"), None)    # "School run diaries: Atticus started ..."
            span = doc[head + 1:sent.span.end] if head is not None else sent.span
            toks = [t for t in span if (t.is_alpha or t.text == "&") and not t.text.startswith("#")
                    and not (t.i and doc[t.i - 1].text == "#")]          # past a hashtag or an emoji opening the line
            opening = []
            while toks and len(opening) < 3:
                t = toks[0]
                known = given_name(ctx, doc, t) or first_names().is_first_name(t.text) and t.tag_ in ("NNP", "NN")
                if not known or t.lower_ in self.kin or ctx.subject.matches(t.text) \
                        or (t.i + 1 < len(doc) and ctx.is_name_token(doc[t.i + 1]) and doc[t.i + 1].text[:1].isupper()):
                    break
                opening.append(t.text)
                toks = toks[1:]
                if not toks or toks[0].lower_ not in ("and", "&", "n"):
                    break
                toks = toks[1:]
            for name in opening:
                if name not in taken:
                    taken.add(name)
                    out.append((name, "child", "parent_post_child_day", f"{cue.lower()} + {day.lower()}"))
        return out if len(out) <= 3 else []          # a crowd of names is a class or a party, not one family

    def _child_deed(self, ctx, doc, taken: set[str]) -> list[tuple[str, str, str, str]]:
        """ "Lenny booted three for the Wolves under 9s today", "Year 5 camp for Beatrix this week", "Hamish's first
        snapper. Eleven years old.", "Archer, the boy, wants a dirt bike": what only a child does or is (a junior
        side, a school year's camp or award, a child's age, a first catch), said with one or two lone given names
        and nobody else's child in the post (a coach, a niece, a neighbour, the telly): the subject's children.
        A post typed all in lower case may open on the name ("saxon got player of the day at auskick")."""
        from footprint.analysis.detect.detectors.lowercase_names import lower_name_at

        text = doc_text(doc, ctx)
        out = []
        for rx in self.kid_apposition:
            for m in rx.finditer(text):
                name = m.group("name")
                if name not in taken and first_names().is_first_name(name) and not ctx.subject.matches(name) \
                        and not self._vetoed(text):
                    taken.add(name)
                    out.append((name, "child", "name_glossed_kid", m.group(0)[len(name):].strip(" ,").lower()))
        cue = self._first(self.deed, text) or (self._first(self.deed_voice, text) and self._first(self.deed_side, text))
        # "Their dad does pickups": the children's other parent doing a parent's job is no one else's child
        if not cue or self._vetoed(_OTHER_PARENT_ACTS.sub(" ", text)) or self._first(self.deed_not, text):
            return out
        lone = [n for n, _ in self.lone_names(ctx, doc) if n not in taken]
        if not lone:
            for sent in ctx.facts.sents:          # a lower-case post opening a sentence on the child's name
                first = next((t for t in sent.span if t.is_alpha), None)
                low = lower_name_at(ctx, doc, first.i, sent) if first is not None else ""
                nxt = doc[first.i + 1] if low and first.i + 1 < len(doc) else None
                if low and nxt is not None and (nxt.lower_ in ("'s", "’s") or nxt.tag_.startswith(("VB", "MD"))):
                    lone.append(low)
        if not 1 <= len(set(lone)) <= _MAX_CHILDREN:
            return out
        for name in dict.fromkeys(lone):
            taken.add(name)
            out.append((name, "child", "child_deed_name", cue.lower()[:40]))
        return out

    def _missed_from_away(self, ctx, doc, taken: set[str]) -> list[tuple[str, str, str, str]]:
        """ "back on the boats, 3 weeks out of Cairns, miss u Ollie": a worker away for weeks (a swing, a patrol, weeks at
        sea) who misses one lone given name: someone at home, family. A mate, a crew or a pet in the post: nobody."""
        text = doc_text(doc, ctx)
        cue = self._first(self.away, text)
        if not cue or self._first(self.missed_not, text) or self._vetoed(text):
            return []
        lone = {n for n, _ in self.lone_names(ctx, doc)}
        got = [m.group("name") for rx in self.missed for m in rx.finditer(text)
               if m.group("name") in lone and m.group("name") not in taken]
        return [(got[0], "family member", "missed_from_away", cue.lower())] if len(set(got)) == 1 else []

    def _late_partner(self, ctx, doc, taken: set[str]) -> list[tuple[str, str, str, str]]:
        """ "Since my wife passed I keep her roses going. A year today since Maureen died.": a late partner said in the
        post (late wife, widower, since my husband passed) and ONE lone given name mourned in it: that partner."""
        text = doc_text(doc, ctx)
        cue = self._first(self.late, text)
        if not cue or self._vetoed(text):
            return []
        got = []
        for sent in ctx.facts.sents:
            if self._first(self.grief_not, sent.text):
                continue
            for rx in self.grief:
                for m in rx.finditer(sent.text):
                    name = m.group("name")
                    span = doc.char_span(sent.span.start_char + m.start("name"), sent.span.start_char + m.end("name"))
                    known = first_names().is_first_name(name) or span is not None and len(span) == 1 \
                        and span[0].tag_ == "NNP" and ctx.is_name_token(span[0])          # "since Nev went"
                    if name not in taken and name not in got and not ctx.subject.matches(name) and known:
                        got.append(name)
        return [(got[0], "spouse", "late_partner_mourned", cue.lower())] if len(got) == 1 else []

    def _grandparent_of(self, ctx, doc, milestone: str, taken: set[str]) -> list[tuple[str, str, str, str]]:
        """ "Ellie's nan picks her up from school so I can do the late": a child's day, in the subject's voice, and
        a lone given name owning a grandparent: the subject's child."""
        text = doc_text(doc, ctx)
        if not milestone or not self._first(self.first_person, text) or self._vetoed(text):
            return []
        lone = {n for n, _ in self.lone_names(ctx, doc)}
        out = []
        for rx in self.grandparent_of:
            for m in rx.finditer(text):
                name = m.group("name")
                if name in lone and name not in taken:
                    taken.add(name)
                    out.append((name, "child", "name_owns_grandparent", m.group(0)[len(name):].strip(" '’s").lower()))
        return out

    def _marriage(self, ctx, doc, taken: set[str]) -> list[tuple[str, str, str, str]]:
        """ "Twenty-five years and Ferdinand still can't pick a restaurant" after "silver anniversary": a
        marriage of years, the subject's, and one lone given name in the post: the spouse."""
        text = doc_text(doc, ctx)
        cue = self._first(self.marriage, text)
        if not cue or self._first(self.not_marriage, text) or self._vetoed(text):
            return []
        lone = [n for n, _ in self.lone_names(ctx, doc) if n not in taken]
        return [(lone[0], "spouse", "marriage_of_years_name", cue.lower())] if len(lone) == 1 else []

    def _kid_after(self, ctx, doc, taken: set[str]) -> list[tuple[str, str, str, str]]:
        """ "Lachie out-fished me again. Kid's a natural.": one lone given name in a sentence, then the next
        sentence opens on "kid"/"young fella" for the same one, in a post about nobody else's child."""
        sents = ctx.facts.sents
        out = []
        for k, sent in enumerate(sents[:-1]):
            m = next((m for rx in self.kid_ref for m in [rx.search(sents[k + 1].text)] if m), None)
            if m is None or self._vetoed(doc_text(doc, ctx)):
                continue
            lone = [n for n, _ in self.lone_names(ctx, doc, sent.span.start, sent.span.end) if n not in taken]
            if len(lone) == 1:
                out.append((lone[0], "child", "name_then_kid", m.group("ref").lower()))
        return out
