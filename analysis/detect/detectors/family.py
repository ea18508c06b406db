"""family: an identifiable family member, by relation and name (Introduction: families)."""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.kin_titles import KinTitles
from footprint.analysis.detect.detectors.relation_forms import form_detections, relation_forms
from footprint.analysis.detect.detectors.person_roles import role_detections
from footprint.analysis.detect.detectors.addressed import addressed_names, only_given_name
from footprint.analysis.detect.detectors.family_context import FamilyContext
from footprint.analysis.detect.detectors.lowercase_names import lower_name_at
from footprint.analysis.detect.detectors.subject_voice import owns_here
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors import family_at_work, family_beside, family_events, family_informal, partner_alias
from footprint.analysis.detect.detectors import family_surname
from footprint.analysis.detect.name_letters import compile_wide

_PLURAL = {"twins": "twin", "kids": "child", "boys": "son", "girls": "daughter", "children": "child", "sons": "son",
           "daughters": "daughter", "grandkids": "grandchild", "grandchildren": "grandchild", "mom": "mum",
           "in-laws": "in-law", "inlaws": "in-law", "parents": "parent", "folks": "parent", "grandparents": "grandparent",
           # round 15b: a language learner's Spanish kin words (data/patterns/relations.jsonl)
           "hijos": "child", "hijas": "daughter", "hijo": "son", "hija": "daughter", "esposo": "husband", "esposa": "wife",
           "marido": "husband", "mamá": "mother", "papá": "father", "hermano": "brother", "hermana": "sister",
           "abuela": "grandparent", "abuelo": "grandparent",
           # round 20: an Italian or Portuguese family's kin words in English posts ("Mia moglie Francesca says ...")
           "moglie": "wife", "marito": "husband", "figlio": "son", "figlia": "daughter", "figli": "child",
           "figlie": "daughter", "fratello": "brother", "sorella": "sister", "nonna": "grandparent", "nonno": "grandparent",
           "filho": "son", "filha": "daughter", "filhos": "child", "irmão": "brother", "irmã": "sister",
           "avó": "grandparent", "avô": "grandparent"}

_SECOND_PERSON = {"you", "your", "you're", "ya", "u", "thanks", "thank", "love", "xx", "xxx"}

# A short sentence of address closing on the name: "Love you Dan", "Thanks Bec", "Cheers babe ... Mia".
_ADDRESS = {"love", "you", "ya", "thanks", "thank", "cheers", "ta", "babe", "darling", "hun", "my", "so", "much"}


# After a titled name, a gloss that makes the title honorary: "Uncle Stevo (Steve Kalnins, my mate since TAFE)".
_HONORARY = re.compile(r"^[^.!?]{0,40}?(?:\(|,|-|—)[^.!?()]{0,40}?\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:mate|mates|friend|"
                       r"bestie|buddy|pal|neighbour|neighbor|godfather|godmother)\b", re.I)


# A parent introducing themselves by their children: "... and Lulu's (Kindy) mum", "dad of Ned (Yr 6)".
_PARENT_OF = compile_wide(r"\)\s*(?:mum|mom|dad|mama|papa|parents?)\b|\b(?:i\W?m|i\s+am|as)\s+[A-Z][^.!?]{0,60}\((?:year|yr|y|"
                        r"grade|kindy|prep)", re.I)


# Round 15: a kin title the post itself says is no kinship ("Uncle Sione gave me a lift, no relation but ...").
NO_RELATION = re.compile(r"\b(?:no\s+(?:blood\s+)?relation|not\s+(?:actually\s+|really\s+)?(?:related|blood|family|my\s+(?:real\s+)?"
                         r"(?:uncle|aunt|aunty|auntie))|not\s+a\s+(?:real|blood)\s+(?:uncle|aunt|aunty|auntie|relative))\b", re.I)


def honorary(sent_text: str, name: str) -> bool:
    """Whether a kin title before `name` is a friend's honorary one, glossed with "my mate ..." after the name or
    said in the same sentence to be no kinship ("no relation")."""
    pos = sent_text.find(name)
    return pos >= 0 and bool(_HONORARY.match(sent_text[pos + len(name):]) or NO_RELATION.search(sent_text))


class FamilyDetector(Detector):
    CATEGORY = "family"
    LEXICON = "family"
    OWNED = 0.85        # "my wife Sarah"
    VOCATIVE = 0.75     # "Mum (Linda)", "Grandma Joan"
    LOOKBACK = 4

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        p = self.words
        self.own, self.modifiers, self.not_family = set(p("own")), set(p("modifiers")), set(p("not_family"))
        self.collective, self.vocative = set(p("collective")), set(p("vocative"))
        self.mates = set(p("mates_collective"))
        self.school_rx = self.regexes("school")
        self.work_rx = self.regexes("workplace")
        self.kin = KinTitles(set(p("kin_titles_grandparent")), set(p("kin_titles_other")), set(p("kin_title_not")),
                              set(p("kin_title_deny")), dict(r.split(":", 1) for r in p("kin_title_relations")),
                              set(p("kin_title_openers")), set(p("kin_titles_sure")), set(p("kin_titles_wordlike")),
                              set(p("kin_titles_lower")), set(p("kin_titles_owned")))
        self.school_year_rx = self.regexes("school_year")
        self.partner_rx = self.regexes("partner_phrase")
        self.ex_rx, self.custody_rx = self.regexes("ex_partner_phrase"), self.regexes("custody_next")
        self.unnamed_rx = [("parent", self.regexes("parent_unnamed")), ("child", self.regexes("children_unnamed"))]
        self.named_rx = [(rel, self.regexes(f"named_{rel}")) for rel in ("child", "spouse")]
        # round 12: a partner by a household title and initial ("Mr D ... cheers Tomasz") is read the same way
        self.role_unnamed_rx = self.regexes("role_unnamed") + self.regexes("role_unnamed_title")
        self.role_child_rx = self.regexes("role_unnamed_child")        # "the little man ... love you Hugo"
        self.title_not_rx = self.regexes("title_initial_not")
        self.partner_alias_rx, self.partner_alias_not = self.regexes("partner_alias"), self.regexes("partner_alias_not")
        self.title_relations = dict(r.split(":", 1) for r in p("kin_title_relations"))
        self.context = FamilyContext(self)
        self.coaching = tuple(p("coaching"))
        self.ancestor_rx, self.working_dog_rx = self.regexes("ancestor"), self.regexes("working_dog")

    def _owned(self, doc, rel, sent, ctx=None) -> str | None:
        """How the relation is the subject's: 'owned' (my/our), 'vocative' (Mum ...), 'the' (the twins, ...), else None."""
        i = rel.start - 1
        if i >= sent.span.start and doc[i].lower_ in self.not_family:
            return None
        steps = 0
        while i >= sent.span.start and steps < self.LOOKBACK:
            low = doc[i].lower_
            if low in self.own or ctx is not None and owns_here(ctx, sent, i):   # a club page: "her sister Jo"
                return "owned"
            if low not in self.modifiers and not doc[i].is_punct:
                break
            i -= 1
            steps += 1
        first = next(t for t in sent.span if not t.is_punct)
        if rel.start == first.i and rel.text[:1].isupper() and rel.text.lower() in self.vocative:
            return "vocative"
        if (rel.start - 1 >= sent.span.start and doc[rel.start - 1].lower_ == "the" and rel.text.lower() in self.collective
                and rel.end < len(doc) and doc[rel.end].text == ","):
            if rel.text.lower() in self.mates and rel.start - 2 >= sent.span.start and doc[rel.start - 2].lower_ in (
                    "with", "w", "w/", "wiht"):
                return None           # "golf with the boys, Dave and Rick": mates (the associate detector's)
            return "the"
        return None

    def analyze(self, doc, item, ctx):
        out = []
        for rel in ctx.facts.relations:
            sent = ctx.facts.sent_of(rel.start)
            how = self._owned(doc, rel, sent, ctx)
            if how is None or (rel.end < len(doc) and doc[rel.end].lower_ in ("'s", "’s", "of", "in")):
                continue
            relation = _PLURAL.get(rel.text.lower(), rel.text.lower())
            names = ctx.names_after(rel.end, sent.span.end, allow_list=rel.text.lower() in self.collective)
            if not names and how == "owned":      # "w my fiancé 💍 Dominic wants ...": past an emoji or a dash
                names = relation_forms().name_past_symbols(doc, rel.end, ctx)
            if not names and how == "owned":      # "my hubby dean cooked": an all lower-case post
                names = [n for n in [lower_name_at(ctx, doc, rel.end, sent)] if n]
            attrs_extra = self._extras(sent.text)
            for name in names:
                if how == "vocative" and (self.kin.denied(rel.text, name) or honorary(sent.text, name)):
                    continue                  # "Uncle Sam", "Grandma Moses", "Uncle Stevo (..., my mate since TAFE)"
                score = self.OWNED if how != "vocative" else self.VOCATIVE
                d = self.detection(ctx, value=f"{name} ({relation})", key=f"family:{name}", confidence=score,
                                   pattern=f"relation_{how}_name", excerpt_text=sent.text, support=[rel.text.lower()],
                                   attrs={"relation": relation, "person": name, **attrs_extra})
                if d:
                    out.append(d)
        seen = {d.attrs["person"].lower() for d in out}
        out += self._forms(doc, ctx, seen)
        out += self._kin_titles(doc, ctx, seen)
        out += self._school_years(doc, ctx, seen)
        out += self._named_by_regex(doc, ctx, seen)
        out += self._relative_next_sentence(doc, ctx, seen)
        out += self._addressed_role(doc, ctx, seen)
        out += self._partner_next_sentence(doc, ctx, seen)
        out += self._by_context(doc, ctx, seen)
        out += family_informal.find(self, doc, ctx, seen)       # "Mr T", a child at junior sport, an ex who left
        out += partner_alias.find(self, doc, ctx, seen)         # "Mrs G (Tanya)", "the boss at home, Marguerite,"
        out += family_events.find(self, doc, ctx, seen, out)    # a birth's baby and mother, a child's other parent
        out += family_beside.find(self, doc, ctx, seen)          # "Miss you Dad. Reginald Hollis, ..."
        out += family_surname.find(self, doc, ctx, seen)         # "2nd <Given> Morgan" on a Morgan's account
        if not out:
            out += family_at_work.find(self, doc, ctx, seen)     # "wifey's first day at the new job at Westmead ..."
        out += role_detections(self, ctx, doc, seen)           # any kin cue of any sentence naming a person
        return [d for d in out if not self._no_living_kin(ctx, d)]

    def _no_living_kin(self, ctx, d) -> bool:
        """Round 15: a person no family finding should name: an ancestor in a family-history post ("great-great-
        grandfather Ezekiel, born 1864") or a working dog called "my girl Tess" in a sentence about the dog's work."""
        person = d.attrs.get("person", "")
        sents = [s.text for s in ctx.facts.sents if person and person in s.text] or [d.evidence.excerpt]
        if any(rx.search(t) for rx in self.ancestor_rx for t in sents):
            return True
        return d.attrs.get("relation") == "child" and any(rx.search(t) for rx in self.working_dog_rx for t in sents)

    def _by_context(self, doc, ctx, seen: set[str]) -> list:
        """Family named only by the post's context: a parent's pride at a child's milestone, a marriage of years,
        "the kid" after a name (detectors/family_context.py)."""
        out = []
        for name, relation, pattern, cue in self.context.family(ctx, doc):
            out += self._emit(ctx, seen, name, relation, self.VOCATIVE, pattern, doc_text(doc, ctx).strip(), cue)
        return out

    def _addressed_role(self, doc, ctx, seen: set[str]) -> list:
        """ "hubby made pancakes for the kids ❤️ love u Dean", "FIL came round to fix the fence. cheers Bob": a
        partner or in-law named without a name, then the post's only given name spoken to after it."""
        forms = relation_forms()
        for rx in self.role_unnamed_rx + self.role_child_rx:
            m = rx.search(doc_text(doc, ctx))
            if m is None:
                continue
            if forms.on_screen(doc_text(doc, ctx)) or forms.pets.search(doc_text(doc, ctx)):
                return []                     # "thanks Graham" to a host on the telly, "cheers Bluey" to the dog
            span = doc.char_span(m.start("rel"), m.end("rel"), alignment_mode="expand")
            if span is None or span.start > 0 and doc[span.start - 1].lower_ in ("'s", "’s", "his", "her", "their", "your"):
                continue                      # "Dee's hubby", "her husband": someone else's
            got = addressed_names(ctx, doc, span.end)
            if len(got) != 1 or not only_given_name(ctx, doc, got[0]):
                continue
            word = " ".join(m.group("rel").lower().split())
            title = family_informal.partner_of_title(word)
            if title and any(rx.search(doc_text(doc, ctx)) for rx in self.title_not_rx):
                continue                      # "Mr H marked the test. Thanks Dylan": a teacher, a neighbour
            if " years " in f" {word} ":       # round 17: "thirty years and she still ...": a marriage's years
                word = "spouse"
            relation = title or "child" if rx in self.role_child_rx else title or self.title_relations.get(
                word, {"other half": "partner", "better half": "partner"}.get(word, word))
            return self._emit(ctx, seen, got[0], relation, self.VOCATIVE, "role_then_addressed_name", doc_text(doc, ctx).strip(),
                              word)
        return []

    _REL = {"mum": "mother", "mom": "mother", "mam": "mother", "mummy": "mother", "dad": "father", "daddy": "father"}

    def _relative_next_sentence(self, doc, ctx, seen: set[str]) -> list:
        """ "Rang Mum tonight. Glenys turns 75 in May" / "Took the twins to the show. Odin and Bea lasted an
        hour": a relative (or the children) spoken of without a name, then the NEXT sentence opens on given
        names the gazetteer knows (one for a parent, two joined by and/& for children) and a verb says what
        they do. "Visited Mum. Sharon from next door waved" opens on a name and a preposition: nobody."""
        out = []
        names = relation_forms().names
        sents = ctx.facts.sents
        for sent in sents:                    # "step-kids here, Jordan and Mia want ...": in the same sentence
            m = next((m for rx in dict(self.unnamed_rx)["child"] for m in [rx.search(sent.text)] if m), None)
            if m is not None:
                out += self._children_after_comma(ctx, sent, m, names, seen)
        for k, sent in enumerate(sents[:-1]):
            for relation, rxs in self.unnamed_rx:
                m = next((m for rx in rxs for m in [rx.search(sent.text)] if m), None)
                if m is None or any(ctx.is_name_token(t) and names.is_first_name(t.text) and t.text != m.group("rel")
                                    and t.ent_type_ in ("", "PERSON") for t in sent.span):   # not "the Royal Show"
                    continue                  # the sentence names someone itself: the other detectors read it
                toks = [t for t in sents[k + 1].span if not t.is_space]
                got = self._opening_names(ctx, toks, names, 2 if relation == "child" else 1)
                rel = self._REL.get(m.group("rel").lower(), m.group("rel").lower()) if relation == "parent" else "child"
                for name in got:
                    out += self._emit(ctx, seen, name, rel, self.VOCATIVE, f"{relation}_next_sentence",
                                      f"{sent.text} {sents[k + 1].text}", m.group(0).lower())
        return out

    def _children_after_comma(self, ctx, sent, m, names, seen: set[str]) -> list:
        """ "step-kids with us this wknd, Jordan and Mia want mini golf": the children spoken of without names,
        then the clause after the next comma opens on two given names joined by and/& and a verb."""
        start = sent.span.start_char + m.end()
        toks = [t for t in sent.span if t.idx >= start and not t.is_space]
        k = next((n for n, t in enumerate(toks) if t.text == ","), None)
        if k is None:
            return []
        got = self._opening_names(ctx, toks[k + 1:], names, 2)
        out = []
        for name in got:
            out += self._emit(ctx, seen, name, "child", self.VOCATIVE, "child_same_sentence", sent.text, m.group(0).lower())
        return out

    @staticmethod
    def _opening_names(ctx, toks, names, count: int) -> list[str]:
        """The `count` lone given names opening a sentence ("Glenys turns", "Odin and Bea lasted"), then a verb."""
        got, i = [], 0
        while len(got) < count and i < len(toks):
            t = toks[i]
            if not (ctx.is_name_token(t) and names.is_first_name(t.text) and t.lower_ not in names.ambiguous) \
                    or ctx.subject.matches(t.text):
                return []
            got.append(t.text)
            i += 1
            if len(got) < count:
                if i >= len(toks) or toks[i].lower_ not in ("and", "&", "n"):
                    return []
                i += 1
        while i < len(toks) - 1 and toks[i].tag_ == "RB" and toks[i].lower_ not in ("not", "n't"):
            i += 1                            # "Clifford still refuses", "Noreen finally agreed"
        if i >= len(toks) or not toks[i].tag_.startswith(("VB", "MD")):
            return []                         # "Sharon from next door", "Dulcie Smith": not the relative's act
        return got

    def _emit(self, ctx, seen: set[str], name: str, relation: str, score: float, pattern: str, sentence: str,
              support: str) -> list:
        if name.lower() in seen:
            return []
        seen.add(name.lower())
        d = self.detection(ctx, value=f"{name} ({relation})", key=f"family:{name}", confidence=score, pattern=pattern,
                           excerpt_text=sentence, support=[support],
                           attrs={"relation": relation, "person": name, **self._extras(sentence)})
        return [d] if d else []

    def _kin_titles(self, doc, ctx, seen: set[str]) -> list:
        """ "Sunday roast at Nanna Pearl's", "Oma Hilde", "Mum (Colleen)": a kin title before a given name."""
        out = []
        media = relation_forms().media
        for hit in self.kin.hits(doc, ctx):
            sent = ctx.facts.sent_of(hit.start)
            if media.search(sent.text) or honorary(sent.text, hit.name):
                continue                      # a comedy act or a character on a screen, a mate called uncle
            out += self._emit(ctx, seen, hit.name, hit.relation, self.VOCATIVE, "kin_title_name", sent.text,
                              hit.title.lower())
        return out

    def _named_by_regex(self, doc, ctx, seen: set[str]) -> list:
        """Relations written in a fixed idiom (family.toml regex.named_*): "Master 7 (Finn)", "Miss 5, Ava",
        "our anniversary ... 8 years with Marcus". The group "name" must be a name word."""
        out, text = [], doc_text(doc, ctx)
        for relation, rxs in self.named_rx:
            for rx in rxs:
                for m in rx.finditer(text):
                    if "subj" in m.re.groupindex and not (m.group("subj") and ctx.subject.matches(m.group("subj"))):
                        continue              # round 17: "<Subject> and <Name>'s Big Lap": the subject's own couple only
                    for group in ("name", "name2"):     # "school run for Matilda and Georgie": both children
                        if group not in m.re.groupindex or not m.group(group):
                            continue
                        span = doc.char_span(m.start(group), m.end(group), alignment_mode="contract")
                        owned_in_match = m.group(0)[m.end(group) - m.start():][:2] in ("'s", "’s")  # "<Name>'s birthday"
                        if span is None or len(span) != 1 or not ctx.is_name_token(span[0]) or (
                                span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s") and not owned_in_match) \
                                or ctx.subject.matches(span.text):
                            continue          # "Miss 4 (Paige's daughter)": Paige is not the child
                        sent = ctx.facts.sent_of(span.start)
                        clause = m.group(0) + re.split(r"[\n.!?;|•-]", text[m.end():m.end() + 40], maxsplit=1)[0]
                        if relation == "spouse" and m.start(group) == m.start() and relation_forms().pets.search(clause) \
                                and not first_names().is_first_name(span.text):
                            continue          # round 15b: "Biscuit and I have lived in this park ..., best dog": a pet
                        if relation == "child" and any(w in sent.lower for w in self.coaching):
                            continue          # "Dylan (U14 Rep) coached by me": a coach's player
                        out += self._emit(ctx, seen, span.text, relation, self.VOCATIVE, f"named_{relation}_idiom",
                                          sent.text, m.group(0).replace(m.group(group), "").strip(" ,()").lower()[:40])
        return out

    def _school_years(self, doc, ctx, seen: set[str]) -> list:
        """ "Ruby (Year 3) and Felix (Kindy) at St Brigid's": given names with a school year in brackets, in a
        sentence that names a school, are the subject's children (nobody else's kids come with their year)."""
        out = []
        for sent in ctx.facts.sents:
            if not any(rx.search(sent.text) for rx in self.school_rx) and "school" not in sent.lower \
                    and not _PARENT_OF.search(sent.text):
                continue              # round 14: "I'm Jonah (Yr 3) and Lulu's (Kindy) mum": a parent's own words
            for rx in self.school_year_rx:
                for m in rx.finditer(sent.text):
                    start = sent.span.start_char + m.start(1)
                    span = doc.char_span(start, start + len(m.group(1)), alignment_mode="contract")
                    if span is None or len(span) != 1 or not ctx.is_name_token(span[0]):
                        continue              # the bracketed year makes even "Ruby" a child's name
                    if span.start > 0 and doc[span.start - 1].lower_ in ("'s", "’s", "his", "her", "their", "your"):
                        continue
                    out += self._emit(ctx, seen, span.text, "child", self.VOCATIVE, "child_school_year", sent.text,
                                      m.group(0)[len(m.group(1)):].strip(" ()").lower())
        return out

    def _partner_next_sentence(self, doc, ctx, seen: set[str]) -> list:
        """ "... dinner with my better half. Tamsin, you spoil me": the subject's partner named in a sentence
        with no name, then addressed by a lone given name opening the NEXT sentence (a vocative: comma or !)."""
        out = []
        names = relation_forms().names
        sents = ctx.facts.sents
        for k, sent in enumerate(sents[:-1]):
            m = next((m for rx in self.partner_rx for m in [rx.search(sent.text)] if m), None)
            if m is None or any(ctx.is_name_token(t) and names.is_first_name(t.text)
                                for t in sent.span):
                continue                      # the sentence names someone itself: the other detectors read it
            nxt = sents[k + 1]
            name = self._vocative(ctx, [t for t in nxt.span if not t.is_space], names)
            if name:
                out += self._emit(ctx, seen, name, "partner", self.VOCATIVE, "partner_next_sentence_vocative",
                                  f"{sent.text} {nxt.text}", m.group(0).lower())
        for k, sent in enumerate(sents[:-1]):
            m = next((m for rx in self.ex_rx for m in [rx.search(sent.text)] if m), None)
            if m is None or any(ctx.is_name_token(t) and names.is_first_name(t.text) for t in sent.span):
                continue
            nxt = sents[k + 1]
            c = next((c for rx in self.custody_rx for c in [rx.match(nxt.text.strip())] if c), None)
            if c and names.is_first_name(c.group("name")) and not ctx.subject.matches(c.group("name")):
                out += self._emit(ctx, seen, c.group("name"), "ex-partner", self.VOCATIVE, "ex_partner_next_sentence",
                                  f"{sent.text} {nxt.text}", m.group(0).lower())
        return out

    def _vocative(self, ctx, toks, names) -> str | None:
        """The lone given name a sentence speaks to: opening it ("Tamsin, thanks ...", "Deb, bring ...") or
        closing it after a word of address ("Love you Dan ❤️", "Thanks Bec!")."""
        words = [t for t in toks if not t.is_punct and t.is_ascii or t.text in (",", "!")]
        if len(toks) >= 3 and ctx.is_name_token(toks[0]) and toks[0].tag_ == "NNP" and toks[1].text in (",", "!") \
                and not (ctx.is_name_token(toks[2]) and toks[1].text != ","):
            if names.is_first_name(toks[0].text) or any(t.lower_ in _SECOND_PERSON for t in toks[2:]):
                return toks[0].text           # a name the gazetteer lacks must be spoken to ("Tamsin, thanks ...")
            return None
        words = [t for t in toks if t.is_alpha and t.lower_ not in ("x", "xx", "xxx", "xo", "xoxo")]
        if 2 <= len(words) <= 4 and words[-2].lower_ in _ADDRESS and ctx.is_name_token(words[-1]) \
                and names.is_first_name(words[-1].text) and words[0].lower_ in _ADDRESS:
            return words[-1].text
        return None

    def _forms(self, doc, ctx, seen: set[str]):
        """Relations stated other ways: "husband to Sarah", "the kids, Mia & Noah", "my other half Jen"."""
        return form_detections(self, doc, ctx, seen, self._extras)

    def _extras(self, text: str) -> dict:
        extra = {}
        for rx in self.school_rx:
            m = rx.search(text)
            if m:
                extra["school"] = m.group(1).strip()
                break
        for rx in self.work_rx:
            m = rx.search(text)
            if m:
                extra["workplace"] = m.group(1).strip()
                break
        return extra
