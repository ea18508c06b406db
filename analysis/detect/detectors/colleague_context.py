"""Colleagues named by what the post is about, with no "colleague" or "workmate" beside the name.

Workers rarely say "my colleague Rashida": they write "Rashida covered my break on the line", "Tobias Wren and I
ran the induction at the depot", "new TL from hell? Desmond Quill started monday". What makes the named one a
co-worker is a shared task of the workplace (covering a break, swapping shifts, a handover, an induction, a
ward, the depot; colleague.toml work_together) with the person ACTING in that sentence: the name opening it or
the name after "with". And a short rank written before a surname ("Sgt Hollis", "Snr Const Petrakis") is
something only a police or service member writes of a co-worker, so it counts even in a social post,
unless the post makes the person a neighbour or a character (colleague.toml social_ranks, rank_deny).
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.family_context import given_name
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.relation_forms import relation_forms

_OPENERS = {"lol", "so", "and", "also", "plus", "omg", "ok", "well", "btw", "ps", "shoutout", "huge", "big"}
_WITH = {"with", "w/", "alongside", "beside"}
_KIN = {"mum", "mom", "dad", "nan", "nana", "pop", "grandma", "grandpa", "aunty", "auntie", "uncle", "wife", "husband",
        "hubby", "son", "daughter", "sister", "brother", "neighbour", "neighbor", "mate", "friend", "bestie"}


class ColleagueContext:
    """colleague.toml's work_together and social_ranks cues, and the names they make co-workers."""

    def __init__(self, detector):
        self.detector = detector
        self.work = detector.regexes("work_together")
        self.not_work = detector.regexes("not_work_together")
        self.social_ranks = set(detector.words("social_ranks"))
        self.rank_deny = set(detector.words("rank_deny"))

    @staticmethod
    def _first(rxs, text: str) -> str:
        return next((m.group(0) for rx in rxs for m in [rx.search(text)] if m), "")

    def at_work(self, ctx, doc) -> list[tuple[str, str, str]]:
        """(name, cue, sentence): people acting in a sentence about a shared work task (or right after a
        sentence naming a new team leader or the like, with nobody named in it). Once per doc."""
        return ctx.facts.memo("colleague_at_work", lambda: self._at_work(ctx, doc))

    def _at_work(self, ctx, doc) -> list[tuple[str, str, str]]:
        out = []
        sents = ctx.facts.sents
        forms = relation_forms()
        prev_first = ""                 # what self._first(self.work, ...) gives for the previous sentence
        for k, sent in enumerate(sents):
            found = [m for rx in self.work for m in rx.finditer(sent.text)]     # in the regexes' order
            ms = sorted(found, key=lambda m: m.start())
            m = ms[0] if ms else None
            cue = m.group(0) if m else ""
            # the previous sentence's cue comes from its own matches (no second search), and its names are
            # read only when it has one (most sentences have none)
            if not cue and k > 0 and prev_first and not any(ctx.is_name_token(t) for t in sents[k - 1].span
                                                             if t.i > sents[k - 1].span.start):
                cue = prev_first
            prev_first = found[0].group(0) if found else ""
            if not cue or self.detector.denied(sent.text) or self._first(self.not_work, sent.text) \
                    or forms.pets.search(sent.text):
                continue
            starts = [sent.span.start_char + m.start() for m in ms] or [None]
            ends = [sent.span.start_char + m.end() for m in ms] or [None]
            for name in self._actors(ctx, doc, sent, ends, starts):
                out.append((name, cue.lower(), sent.text))
        return out

    def _actors(self, ctx, doc, sent, cue_ends=(None,), cue_starts=(None,)) -> list[str]:
        """The name opening the sentence ("Rashida covered ...", "Tobias Wren and I ..."), names after "with", and
        a full name set off by the first comma after the cue ("the one who trained me, Kev O'Sullivan")."""
        got = []
        toks = [t for t in sent.span if not t.is_space and not t.is_punct and t.text.isascii()]
        cues = [(a, b) for a, b in zip(cue_starts, cue_ends) if a is not None]
        while toks and toks[0].lower_ in _OPENERS:
            toks = toks[1:]
        if toks and not any(a <= toks[0].idx < b for a, b in cues):     # "Handover done": the cue is no name
            got += self._name_at(ctx, doc, toks[0], sent.span.end)
        for t in sent.span:                  # "smoko with Baz", "with Kev on the line": the cue beside the "with"
            if t.lower_ in _WITH and t.i + 1 < sent.span.end and any(
                    b <= t.idx and len(doc.char_span(b, t.idx, alignment_mode="expand") or ()) <= 4
                    or a > t.idx and len(doc.char_span(t.idx, a, alignment_mode="expand") or ()) <= 5 for a, b in cues):
                j = t.i + 1
                while j < sent.span.end:      # "smoko with Baz and Tully": the list after "with"
                    one = self._name_at(ctx, doc, doc[j], sent.span.end, acting=True)
                    if not one:
                        break
                    got += one
                    j += len(one[0].split())
                    if j + 1 >= sent.span.end or doc[j].lower_ not in ("and", "&", ",", "n"):
                        break
                    j += 1
        for t in sent.span:                  # "Priyanka and I didn't sit down": the subject's partner in the work
            if t.lower_ in ("and", "&", "n") and t.i + 1 < sent.span.end and doc[t.i + 1].lower_ in ("i", "me") \
                    and t.i - 1 >= sent.span.start:
                got += self._name_before(ctx, doc, t.i, sent.span.start)
        for cue_start in cue_starts:         # "Gideon took my shift": the name doing the cue
            k = next((t.i for t in sent.span if cue_start is not None and t.idx >= cue_start), None)
            while k is not None and k - 1 > sent.span.start and doc[k - 1].lower_ in ("the", "our", "my", ",", "for"):
                k -= 1                        # "Warwick Pemberton (wazza), the new TL": the name set before the role
            if k is not None and k - 1 > sent.span.start and doc[k - 1].text == ")":
                k = next((j for j in range(k - 1, max(sent.span.start, k - 6), -1) if doc[j].text == "("), k)
            if k is not None and k - 1 >= sent.span.start:
                got += self._name_before(ctx, doc, k, sent.span.start)
        for cue_end in cue_ends:             # "who trained me at the college, Kev O'Sullivan"
            comma = next((t for t in sent.span if t.text == "," and cue_end is not None and t.idx >= cue_end), None)
            if comma is not None and comma.i + 1 < sent.span.end:
                got += self._name_at(ctx, doc, doc[comma.i + 1], sent.span.end, full=True)
        return list(dict.fromkeys(got))

    def _name_before(self, ctx, doc, i: int, floor: int) -> list[str]:
        """The name (one to three name words) ending just before token i, read from its first word."""
        j = i - 1
        while j - 1 >= floor and ctx.is_name_token(doc[j - 1]) and doc[j - 1].text[:1].isupper() and i - j < 3:
            j -= 1
        return self._name_at(ctx, doc, doc[j], i, acting=True) if ctx.is_name_token(doc[i - 1]) else []

    @staticmethod
    def _name_at(ctx, doc, t, end: int, full: bool = False, acting: bool = False) -> list[str]:
        if not (t.text[:1].isupper() and ctx.is_name_token(t)) or t.lower_ in _KIN:
            return []
        parts = [t]
        while len(parts) < 3 and parts[-1].i + 1 < end and ctx.is_name_token(doc[parts[-1].i + 1]) \
                and doc[parts[-1].i + 1].text[:1].isupper():
            parts.append(doc[parts[-1].i + 1])
        known = first_names().is_first_name(t.text)
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if len(parts) == 1 and not known and not acting and not (
                nxt is not None and (nxt.tag_ in ("VBD", "VBZ", "VBP", "MD", "POS") or nxt.lower_ in ("and", "&"))):
            return []                         # "Handover done": an unknown word must act in a finite verb
        if len(parts) == 1 and (full or not (acting and (t.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE") and t.tag_ in ("NNP", "NNPS") or known)
                                             or given_name(ctx, doc, t) and (known or t.tag_ == "NNP"
                                                                            or t.ent_type_ == "PERSON"))):
            return []                         # "Monday", "Coles", "Handover done": not a name acting
        if len(parts) > 1 and not (first_names().is_first_name(t.text) or t.ent_type_ == "PERSON"):
            return []
        name = " ".join(p.text for p in parts)
        return [] if ctx.subject.matches(name) or ctx.subject.matches(t.text) else [name]

    def ranked(self, ctx, doc) -> list[tuple[str, str, str]]:
        """(name, rank, sentence): "Sgt Hollis", "Snr Const Petrakis", "Insp Okonkwo" in any post. Once per doc."""
        return ctx.facts.memo("colleague_ranked", lambda: self._ranked(ctx, doc))

    def _ranked(self, ctx, doc) -> list[tuple[str, str, str]]:
        out = []
        forms = relation_forms()
        for sent in ctx.facts.sents:
            if self._first(self.not_work, sent.text) or forms.on_screen(sent.text):
                continue                      # "my neighbour Sgt Brannigan", a detective on the telly
            i = sent.span.start
            while i < sent.span.end:
                t = doc[i]
                if t.lower_ not in self.social_ranks or not t.text[:1].isupper():
                    i += 1
                    continue
                j = i
                while j < sent.span.end and doc[j].lower_ in self.social_ranks and doc[j].text[:1].isupper():
                    j += 1
                parts = []
                while j < sent.span.end and len(parts) < 2 and ctx.is_name_token(doc[j]) and doc[j].text[:1].isupper():
                    parts.append(doc[j].text)
                    j += 1
                rank = " ".join(x.lower_ for x in doc[i:j - len(parts)])
                if parts and f"{doc[j - len(parts) - 1].lower_} {parts[0].lower()}" not in self.rank_deny \
                        and not ctx.subject.matches(" ".join(parts)):
                    out.append((" ".join(parts), rank, sent.text))
                i = max(j, i + 1)
        return out


class LexiconView:
    """A lexicon read the way a detector reads its own (regexes, words, denied), for a detector that asks
    another category's context which people it claims."""

    def __init__(self, lexicon):
        self.lexicon = lexicon

    def regexes(self, name: str):
        return self.lexicon.regex.get(name, ())

    def words(self, name: str):
        return self.lexicon.phrases(name)

    def denied(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.lexicon.regex.get("deny", ()))
