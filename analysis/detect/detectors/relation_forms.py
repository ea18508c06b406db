"""Relations stated the ways people state them, as token patterns (data/patterns/people_forms.jsonl).

"my wife Sarah" is only one way to say it. Bios run the other way round
("husband to Sarah, dad to Mia & Noah"), couples have idioms ("my other
half", "the missus"), children come in lists ("the kids, Mia & Noah"), and
friends are named by what was done with them ("beers with Tommo and Rick",
"thanks @jess for the lift"). Each form is one spaCy `Matcher` row (the
parser stays off: it gave no measured gain over token patterns) whose names
are then read after the match with the same name test every detector uses,
so a form never makes a person out of a common word. Forms without a
relation word (activities, thanks) also need the name to be a given name
from the gazetteer or a handle, and a sentence that is the subject's own
leisure (no work words, no pet, no third-person subject).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import srsly
from spacy.matcher import Matcher

from footprint.crawler.paths import DATA_DIR
from footprint.analysis.detect import doc_caches
from footprint.analysis.detect.detectors.context import doc_text, WordSet
from footprint.analysis.detect.detectors.first_names import HANDLE_RX, first_names
from footprint.analysis.detect.detectors.lexicon import LexiconError, load_lexicon
from footprint.analysis.detect.detectors.lowercase_names import lower_name_at
from footprint.analysis.detect.detectors.subject_voice import speaks_of_subject
from footprint.analysis.detect.detectors.matcher_gate import MatcherGate
from footprint.analysis.detect.name_letters import fold

FORMS_PATH = DATA_DIR / "patterns" / "people_forms.jsonl"
SCOPES = ("any", "self", "activity", "thanks", "given", "milestone", "team", "pastime", "bare")
_ROW_KEYS = {"id", "category", "relation", "names", "confidence", "scope", "pattern", "activity", "gazetteer", "single"}
_QUOTES = {'"', "'", "“", "”", "‘", "’", "(", ")", "``", "''"}
# After "<Name>'s", words that make the person meant someone of Name's, not Name ("Dylan's mum").
_OTHERS_PEOPLE = {"mate", "mates", "friend", "friends", "boss", "ex", "bestie", "family", "mob", "crew", "team", "lot",
                  "girlfriend", "boyfriend", "partner", "fiance", "fiancee", "neighbour", "neighbor", "housemate", "dog",
                  "cat", "kids", "kid", "new", "old", "other", "best"}
NICK_WINDOW = 12               # tokens after a tagged handle where its nickname may be the next subject
GAP_TOKENS = 4                 # emoji/dashes allowed between a relation phrase and the relative's name
_SENTENCE_ENDS = {".", "!", "?", "…", "...", "!!", "?!", "!!!"}
_THIRD_PERSON = {"he", "she", "they", "his", "her", "their", "him", "them"}
_LEISURE_GROUPS = {"crew", "squad"}   # work words a pastime's group uses too ("the footy crew", "ride squad")
_SPORT_MEDIA = {"season", "series", "marathon"}      # media words a club's season or a race series uses too
# Before "partner of", words that make the partner a business's, not a spouse (round 15).
_TRADE_PARTNER = frozenset({"business", "founding", "managing", "senior", "junior", "equity", "sleeping", "silent",
                            "trading", "practice", "channel", "strategic", "technology", "delivery", "research",
                            "industry", "community", "media", "corporate", "retail", "legal", "program", "programme"})
# After a kin word, words that make it a friend's pet name ("partner in crime", "brother from another mother").
_NOT_KIN_AFTER = re.compile(r"^(?:in\s+crime|from\s+(?:an)?other|in\s+arms)\b", re.I)


@dataclass(frozen=True)
class Form:
    id: str
    category: str
    relation: str
    confidence: float
    scope: str
    names: str = "after"           # where the names stand: "after" the match or "before" it
    activity: str = "before"       # activity scope: the activity word stands "before" the match or anywhere ("sentence")
    gazetteer: bool = False        # the name's first word must be a given name the gazetteer knows ("Runner, dad," is not)
    single: bool = False           # exactly one given name, no surname, no list ("our girl Sam Kerr" is a sports star)


@dataclass(frozen=True)
class FormHit:
    """One person named by one form in one sentence."""

    form: Form
    name: str
    sentence: str
    support: str          # the matched words ("husband to", "beers ... with")
    relation: str         # the form's relation, or the relation word it matched ("Dan, my husband")


def load_forms(path: Path = FORMS_PATH) -> list[tuple[Form, list]]:
    """The form rows, validated (a bad row names its line)."""
    try:
        rows = list(srsly.read_jsonl(path))
    except (OSError, ValueError) as exc:
        raise LexiconError(f"pattern file {path}: {exc}") from None
    out = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or set(row) - _ROW_KEYS or not {"id", "category", "pattern"} <= set(row):
            raise LexiconError(f"pattern file {path} line {i}: needs id, category, pattern (keys {sorted(_ROW_KEYS)})")
        if row.get("scope", "any") not in SCOPES or row["category"] not in ("family", "associate"):
            raise LexiconError(f"pattern file {path} line {i}: bad scope or category")
        out.append((Form(row["id"], row["category"], row.get("relation", ""), float(row.get("confidence", 0.75)),
                         row.get("scope", "any"), row.get("names", "after"), row.get("activity", "before"),
                         bool(row.get("gazetteer", False)), bool(row.get("single", False))),
                         row["pattern"]))
    return out


class RelationForms:
    """Runs every form over a doc once (memoised on the doc's facts) and reads the names each names."""

    def __init__(self, path: Path = FORMS_PATH):
        self.forms = load_forms(path)
        self.by_id = {f.id: f for f, _ in self.forms}
        lex = load_lexicon("people")
        self.activities = WordSet(lex.phrases("activities"))
        self.pets = WordSet(lex.phrases("pets"))
        self.media = WordSet(lex.phrases("media"))
        self.milestones = WordSet(lex.phrases("milestones"))
        self.pro_sport = WordSet(lex.phrases("pro_sport"))
        self.team_words = WordSet(lex.phrases("team_words"))
        self.not_team = WordSet(lex.phrases("not_team"))
        self.names = first_names()
        self._matchers: dict[int, Matcher] = {}
        self._gate = MatcherGate(pattern for _, pattern in self.forms)

    def _matcher(self, vocab) -> Matcher:
        m = self._matchers.get(id(vocab))
        if m is None:
            m = Matcher(vocab)
            for form, pattern in self.forms:
                m.add(form.id, [pattern], greedy="LONGEST")
            self._matchers[id(vocab)] = m
        return m

    def _matches(self, doc) -> list[tuple[int, int, int]]:
        """The forms' matches in the doc, in order; kept on the Doc, which a repeated text shares (repeats.py)."""
        cache = doc.user_data.setdefault(doc_caches.RELATION_FORMS, {})
        key = id(self)
        if key not in cache:
            # most posts hold no word any form needs: then the Matcher would find nothing (matcher_gate.py)
            cache[key] = (sorted(self._matcher(doc.vocab)(doc), key=lambda m: (m[1], -m[2]))
                          if self._gate.may_match(doc) else [])
        return cache[key]

    def hits(self, doc, ctx) -> list[FormHit]:
        return ctx.facts.memo("relation_forms", lambda: self._hits(doc, ctx))

    def _hits(self, doc, ctx) -> list[FormHit]:
        out: list[FormHit] = []
        seen: set[tuple[str, str]] = set()
        for match_id, start, end in self._matches(doc):
            form = self.by_id[doc.vocab.strings[match_id]]
            sent = ctx.facts.sent_of(start)
            if not self._in_scope(form, doc, start, sent, ctx):
                continue
            if form.category == "family" and end < len(doc) and _NOT_KIN_AFTER.match(doc[end:min(end + 4, len(doc))].text):
                continue                 # "<Name>, my partner in crime", "sister from another mister": a friend
            if form.category == "family" and doc[end - 1].lower_ == "partner" and _at_work_partner(doc.text[doc[end - 1].idx + len(doc[end - 1].text):]):
                continue                 # round 19: "<Name>, my partner on the night roster": a co-worker
            names = [n for n in self._names(form, doc, start, end, sent, ctx) if not _business(n, sent.text)]
            if form.single and not self._single(doc, end, sent.span.end, names):
                continue
            for name in names:
                if (form.category, name.lower()) in seen:
                    continue
                seen.add((form.category, name.lower()))
                support = doc[start:end].text.strip(" ,(:-—")
                if form.scope == "activity":
                    acts = self.activities.find(doc[sent.span.start:start].text) if form.activity == "before" else []
                    if acts:
                        support = f"{acts[-1]} ... {support}"
                    else:                 # the pastime stands after the match ("with the footy crew") or anywhere
                        found = self.activities.find(sent.text)
                        support = f"{support} ... {found[0]}" if found else support
                rel = form.relation or next((t.lower_ for t in doc[start:end] if t.ent_type_ == "RELATION"),
                                            next((t.lower_ for t in reversed(doc[start:end]) if t.is_alpha), doc[end - 1].lower_))
                out.append(FormHit(form, name, sent.text, support.lower(), rel))
                if name.startswith("@") and form.category == "associate":
                    nick = self._nick_of_handle(doc, end, name, ctx)
                    if nick and (form.category, nick.lower()) not in seen:
                        seen.add((form.category, nick.lower()))
                        out.append(FormHit(form, nick, sent.text, f"{support.lower()} ... {nick.lower()}", rel))
        return out

    def _nick_of_handle(self, doc, i: int, handle: str, ctx) -> str:  # noqa: E301
        """The name a tagged friend goes by, read from where the post goes on to talk of them: the next
        sentence's subject or a possessive ("with @gazza_m today. Gaz landed a snapper", "with @chooka.lee,
        Chook's ute overheated"). The name must be a start of the handle's first letter run (or that run),
        at least three letters, and no other name may come first."""
        run = "".join(c for c in handle[1:].split("_")[0].split(".")[0].lower() if c.isalpha())
        stop = ctx.facts.sent_of(min(i, len(doc) - 1))
        stop = ctx.facts.sent_of(stop.span.end).span.end if stop.span.end < len(doc) else stop.span.end
        for j in range(i, min(stop, i + NICK_WINDOW)):
            tok = doc[j]
            if HANDLE_RX.match(tok.text) and tok.text != handle:
                return ""
            if not (tok.is_alpha and tok.text[:1].isupper() and ctx.is_name_token(tok)):
                continue
            low = tok.lower_
            nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
            subject = j == ctx.facts.sent_of(j).span.start or nxt in ("'s", "’s")
            if len(low) >= 3 and (run.startswith(low) or low.startswith(run) and len(run) >= 3) and subject \
                    and not ctx.subject.matches(tok.text):
                return tok.text
            if subject:
                return ""                    # someone else opens the sentence: not the tagged friend
        return ""

    def _in_scope(self, form: Form, doc, start: int, sent, ctx) -> bool:
        before = doc[sent.span.start:start]
        if form.category == "family" and before.text and self.pets.rx.search(" ".join(t.text for t in before[-2:])):
            return False                 # "dog mum to Bluey", "fur baby Max": a pet's owner, not a parent
        if form.scope in ("any", "given"):
            return True
        if form.scope == "bare":
            # round 17: "walk with my Ken", "coffee on the deck with my Bronwyn": a partner called "my" and a first name
            # only, in a post about no pet, no screen and no work (then "my Ziggy" is the dog, "my Dave" a co-worker)
            text = doc_text(doc, ctx)
            return not (self.pets.search(text) or self.on_screen(text) or self._work_here(ctx, doc)
                        or self.pro_sport.search(text))
        if form.scope == "team":
            # "... and captain Bec Ormsby in the midcourt", "our skipper Dom": a team's role, not a flight's captain
            # the team may be named in the sentence before ("Alex keeps goal for the Owls. She and teammate Dagny ...")
            return bool(self.team_words.search(doc_text(doc, ctx))) and not (
                self.not_team.search(doc_text(doc, ctx)) or self.on_screen(doc_text(doc, ctx)) or self.pro_sport.search(sent.text))
        if form.scope == "milestone":
            # "So proud of Hettie Lark, 150 games tonight!!": a team-mate's milestone, not a star's on the telly
            return bool(self.milestones.search(sent.text)) and not (
                self.pro_sport.search(sent.text) or self.media.search(sent.text) or self.pets.search(sent.text)
                or ctx.facts.work)
        if form.scope == "self":
            # a bio line, a first-person sentence, or the form opening its sentence/clause ("Husband to Sarah")
            opens = start == sent.span.start or doc[start - 1].is_punct or doc[start - 1].lower_ in ("and", "&", "|")
            return ctx.kind == "profile_field" or sent.first_person or opens or speaks_of_subject(ctx, sent)
        mine = sent.first_person or speaks_of_subject(ctx, sent)     # a club page's "she" is the subject
        work = self._work_here(ctx, doc)      # the item's work words may be only this text's pastime crew
        if work or ctx.item_facts.work and not mine and not (ctx.facts.work and not work) \
                or self.pets.search(sent.text) or self.on_screen(sent.text) or self._pet_before(ctx, doc, start, sent):
            return False                 # colleagues, pets and people on a screen are not associates
        first = next((t for t in sent.span if not t.is_punct and not t.is_space), None)
        if first is not None and not mine and (
                first.lower_ in _THIRD_PERSON or (first.i < start and first.tag_ == "NNP" and ctx.is_name_token(first)
                                                   and fold(first.text.lower()) in self.names.names)):
            return False                 # "Dave went fishing with Rick": someone else's outing
        if form.scope == "pastime":       # "my pickleball partner Delphine": the pastime is in the match itself
            return bool(self.activities.search(doc[start:start + 4].text))
        if form.scope == "activity":
            # "beers with Tommo": the activity comes first; "Dave and I hit the surf": anywhere in the sentence
            # within the sentence: "Caught up with Jarrah. Footy tomorrow." names no pastime shared with Jarrah
            where = f"{before.text} {doc[start:min(start + 8, sent.span.end)].text}" if form.activity == "before" else sent.text
            return bool(self.activities.search(where))    # "with the footy crew, @matt": the pastime may follow "with"
        return True                      # thanks

    def _pet_before(self, ctx, doc, start: int, sent) -> bool:
        """A name opening its sentence right after a sentence about a pet ("I kept the dog. Reggie and I walk the same
        loop"): the pet, named like a person."""
        opens = all(t.is_punct or t.is_space or t.text[:1].isupper() for t in doc[sent.span.start:start])   # "Reggie and I"
        if not opens or sent.span.start == 0:
            return False
        prev = ctx.facts.sent_of(sent.span.start - 1)
        return bool(self.pets.search(prev.text))

    def _work_here(self, ctx, doc) -> bool:
        """Work words in the text, less a group noun that a pastime names ("the tuesday night ride crew", "the
        footy squad"): a crew on a ride or a squad at footy is a group of friends."""
        if not ctx.facts.work:
            return False
        def leisure(tok) -> bool:
            return tok.i > 0 and bool(self.activities.search(doc[tok.i - 1].text) or self.team_words.search(doc[tok.i - 1].text))

        def compute() -> bool:
            if ctx.facts.terms("ROLE") or any(w not in _LEISURE_GROUPS for w in ctx.shared.work_in(doc_text(doc, ctx))):
                return True
            groups = [t for t in doc if t.lower_ in _LEISURE_GROUPS]
            return not groups or not all(map(leisure, groups))
        return ctx.facts.memo("forms_work_here", compute)

    def on_screen(self, text: str) -> bool:
        """Media words, less those a sport uses too ("the twilight series", "a great season", "the marathon")."""
        return any(w not in _SPORT_MEDIA for w in self.media.find(text))

    def _names(self, form: Form, doc, start: int, end: int, sent, ctx) -> list[str]:
        if form.names == "before":
            names = self._names_before(doc, start, sent.span.start, ctx)
            if form.scope in ("activity", "thanks", "milestone", "team") or form.gazetteer:
                names = [n for n in names if self._known(doc, start, n)]   # the gazetteer or the model knows the name
            return names
        if form.scope in ("activity", "thanks", "milestone", "team"):
            return self._given_names(doc, end, sent.span.end, ctx, thanks=form.scope == "thanks")
        if form.gazetteer:                   # "Twins Oscar and Ivy", not "Kids Helpline"
            names = self._names_list(doc, end, sent.span.end, ctx)
            return names if any(self.names.is_first_name(n.split()[0]) for n in names) else []
        if form.scope == "bare":             # "my Ken": one given name, not a word too, not a thing's make ("my Ken doll")
            tok = doc[end] if end < sent.span.end else None
            nxt = doc[end + 1] if end + 1 < sent.span.end else None
            ok = (tok is not None and tok.text[:1].isupper() and ctx.is_name_token(tok) and self.names.is_first_name(tok.text)
                  and tok.lower_ not in self.names.ambiguous and tok.ent_type_ not in ("RELATION", "ORG", "GPE", "PRODUCT")
                  and not (nxt is not None and (ctx.is_name_token(nxt) or nxt.lower_ in ("of", "-", "and", "&", "from", "at")
                                                or nxt.tag_ in ("NN", "NNS") and nxt.is_lower)))
            return [tok.text] if ok and not ctx.subject.matches(tok.text) else []
        if form.scope == "given":            # "Our Ellie turned 5": one given name the gazetteer knows, no relation word
            tok = doc[end] if end < sent.span.end else None
            ok = (tok is not None and ctx.is_name_token(tok) and self.names.is_first_name(tok.text)
                  and not (end + 1 < sent.span.end and (ctx.is_name_token(doc[end + 1]) or doc[end + 1].lower_ == "of")))
            return [tok.text] if ok and not ctx.subject.matches(tok.text) else []
        names = self._names_list(doc, end, sent.span.end, ctx)
        if form.category == "family" and start > sent.span.start and doc[start - 1].lower_ in _TRADE_PARTNER:
            return []                    # "business partner of @acme_builds", "founding partner of Smith Legal"
        if not names and form.category == "family" and end < sent.span.end and HANDLE_RX.match(doc[end].text):
            names = [doc[end].text]      # round 15: a bio's "partner of @leo_marchetti", "wife to @sam.okafor"
        if not names and form.category == "family":
            names = self.name_past_symbols(doc, end, ctx)
        if not names and form.category == "family":          # "my boy lachlan's first goal": all lower case
            names = [n for n in [lower_name_at(ctx, doc, end, sent)] if n]
        return names

    def _known(self, doc, before: int, name: str) -> bool:
        """A name read before a form counts when its first word is a given name the gazetteer knows, it is a
        handle, or it is a full name the model reads as a person ("Tamsin Greer and I", "Wren Castellanos crewed
        for me"): the gazetteer lacks many given names, a full name the model tags PERSON is one anyway."""
        first = name.split()[0]
        if first.startswith("@") or self.names.is_first_name(first):
            return True
        k = before - len(name.split())
        return " " in name and 0 <= k and all(t.ent_type_ == "PERSON" for t in doc[k:before])

    def name_past_symbols(self, doc, i: int, ctx) -> list[str]:
        """A relative named a few tokens on, past an emoji or a dash ("brekkie w the other half 🥞 Priya
        says ..."), even where the tagger ends the sentence at the emoji. Only symbols may stand between,
        not a full stop (the next sentence's subject is anyone: "my wife. Sharon from next door ..."),
        and the name must be a given name the gazetteer knows."""
        j, skipped = i, 0
        while j < len(doc) and skipped < GAP_TOKENS and not doc[j].is_alpha and not doc[j].like_num \
                and doc[j].text not in _SENTENCE_ENDS:
            j, skipped = j + 1, skipped + (not doc[j].is_space)
        if not skipped or j >= len(doc) or not ctx.is_name_token(doc[j]) or not self.names.is_first_name(doc[j].text) \
                or doc[j].lower_ in self.names.ambiguous:
            return []
        got = ctx.names_after(j, ctx.facts.sent_of(j).span.end, allow_list=False)
        return [n for n in got[:1] if not ctx.subject.matches(n)]

    def _names_list(self, doc, i: int, end: int, ctx) -> list[str]:
        """ctx.names_after, also across an age in brackets: "mum to Luca (6) and Sienna (3)"."""
        names: list[str] = []
        while i < end and len(names) < 6:
            got = ctx.names_after(i, end, allow_list=True)
            if not got:
                break
            names += [n for n in got if n not in names]
            last_i = next((k for k in range(i, end) if doc[k].text == got[-1].split()[-1]), None)
            if last_i is not None and last_i + 1 < end and doc[last_i + 1].lower_ in ("'s", "’s"):
                nxt = doc[last_i + 2] if last_i + 2 < end else None
                if nxt is None or nxt.ent_type_ == "RELATION" or nxt.lower_ in _OTHERS_PEOPLE:
                    names = [n for n in names if n != got[-1]]   # "co-parenting with Dylan's mum": not Dylan
                break                                            # "my better half Jodie's birthday": Jodie
            # step past the names just read, then over "(6)" / "(8yo)" and a joiner, to the next name
            last = got[-1].split()[-1]
            j = next((k for k in range(i, end) if doc[k].text == last), None)
            if j is None:
                break
            j += 1
            if j + 2 < end and doc[j].text == "(" and doc[j + 2].text == ")" and (doc[j + 1].like_num or
                                                                              doc[j + 1].lower_.rstrip("yo").isdigit()):
                j += 3
            else:
                break
            while j < end and doc[j].lower_ in (",", "and", "&"):
                j += 1
            if j >= end or not ctx.is_name_token(doc[j]):
                break
            i = j
        return names

    @staticmethod
    def _single(doc, end: int, sent_end: int, names: list[str]) -> bool:
        """One lone given name right after the match: not a full name, not the first of a list."""
        if len(names) != 1 or " " in names[0]:
            return False
        j = end
        while j < sent_end and doc[j].text in (",", "(", ":"):
            j += 1
        k = j + 1
        return not (k < sent_end and (doc[k].lower_ in ("and", "&") or doc[k].text == "," and k + 1 < sent_end
                                      and doc[k + 1].text[:1].isupper()))

    @staticmethod
    def _bracketed_name(doc, i: int, end: int, ctx) -> str:
        """The full name in brackets at token i ("(Steven Pappas)"), two or three name words, else ""."""
        if i >= end or doc[i].text != "(":
            return ""
        j = i + 1
        while j < end and j - i <= 3 and ctx.is_name_token(doc[j]):
            j += 1
        return " ".join(t.text for t in doc[i + 1:j]) if 2 <= j - i - 1 <= 3 and j < end and doc[j].text == ")" else ""

    def _names_before(self, doc, i: int, floor: int, ctx) -> list[str]:
        """The name just before an appositive ("Michael 'Macca' McRae, my oldest mate"): up to three name
        words, stepping over a quoted or bracketed nickname between them."""
        parts: list[str] = []
        i -= 1
        if i >= floor and HANDLE_RX.match(doc[i].text):
            handle = doc[i].text                # "@blaze_kenji carried us again": the tag is the person
            return [] if ctx.subject.matches(handle) or i > floor and doc[i - 1].lower_ in ("'s", "’s") else [handle]
        while i >= floor and len(parts) < 3:
            tok = doc[i]
            if ctx.is_name_token(tok):
                parts.insert(0, tok.text)
                i -= 1
            elif (parts and i - 2 >= floor and tok.text in _QUOTES and doc[i - 2].text in _QUOTES
                  and ctx.is_name_token(doc[i - 1])):
                i -= 3                     # skip the nickname: people.py reads it as a name form
            else:
                break
        if not parts or (i >= floor and doc[i].lower_ in ("of", "'s", "’s")):
            return []                      # "the son of Mark Lee, my ...": not this relation's holder
        name = " ".join(parts)
        return [] if ctx.subject.matches(name) else [name]

    def _given_names(self, doc, i: int, end: int, ctx, thanks: bool) -> list[str]:
        """Names (or @handles) from token i on: 'Tommo and Rick', '@jess', 'Jacinta, Priya and Bec'.
        A list counts when at least one of its names is in the gazetteer (or a handle); every member must
        still be a name word the tagger calls a proper noun and not a word that is only sometimes a name."""
        cands: list[tuple[str, bool]] = []            # (name, known to the gazetteer or a handle)
        while i < end and len(cands) < 6:
            tok = doc[i]
            if HANDLE_RX.match(tok.text):
                cands.append((tok.text, True))
                i += 1
                if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")" and ctx.is_name_token(doc[i + 1]):
                    cands.append((doc[i + 1].text, True))   # "cheers to @bazza_w (Baz)": the name the tag goes by
                    i += 3
            elif ctx.is_name_token(tok) and tok.tag_ in ("NNP", "NNPS") and tok.lower_ not in self.names.ambiguous:
                parts = [tok.text]
                i += 1
                if i < end and ctx.is_name_token(doc[i]) and doc[i].tag_ == "NNP":
                    parts.append(doc[i].text)
                    i += 1
                cands.append((" ".join(parts), self.names.is_first_name(tok.text)
                              or len(parts) == 2 and tok.ent_type_ == doc[i - 1].ent_type_ == "PERSON"))
                full = self._bracketed_name(doc, i, end, ctx)
                if full:                  # "Stevo (Steven Pappas)": the bracket gives the nickname's full name
                    cands[-1] = (full, self.names.is_first_name(full.split()[0]) or cands[-1][1])
                    i += len(full.split()) + 2
            else:
                break
            if i < end and doc[i].lower_ in ("'s", "’s"):
                if len(cands) == 1:
                    return []             # "with Dave's cousin": the cousin is the one there
                cands.pop()               # "with @chooka.lee, Chook's ute ...": the list ended before the possessive
                break
            j = i
            while j < end and doc[j].lower_ in (",", "and", "&"):
                j += 1
            tags = j < end and HANDLE_RX.match(doc[j].text) and cands[-1][0].startswith("@")
            if not tags and (j == i or thanks):
                break                     # a thank-you names one person, or a run of tags ("gg @kel @zan")
            i = j
        if not any(known for _, known in cands):
            return []
        if thanks and not (i >= end or doc[i].lower_ in ("for", "!", ".", ",", "mate", "x", "xx", "and", "&", "who", "-", "—",
                                                         "on", "legend", "again")):
            return []                     # "Thanks Dave Smith's book club": not a thank-you to Dave
        return [n for n, _ in cands if not ctx.subject.matches(n)]


_shared: RelationForms | None = None


def relation_forms() -> RelationForms:
    global _shared
    if _shared is None:
        _shared = RelationForms()
    return _shared


def form_detections(detector, doc, ctx, seen: set[str], extras=None) -> list:
    """The relation-form hits of `detector`'s category as its detections, each person once (`seen` grows);
    `extras(sentence)` adds attributes (family: a child's school)."""
    out = []
    for hit in relation_forms().hits(doc, ctx):
        if hit.form.category != detector.CATEGORY or hit.name.lower() in seen:
            continue
        seen.add(hit.name.lower())
        d = detector.detection(ctx, value=f"{hit.name} ({hit.relation})", key=f"{detector.CATEGORY}:{hit.name}",
                               confidence=hit.form.confidence, pattern=f"form_{hit.form.id}", excerpt_text=hit.sentence,
                               support=[hit.support], attrs={"relation": hit.relation, "person": hit.name,
                                                             **(extras(hit.sentence) if extras else {})})
        if d:
            out.append(d)
    return out


def _business(name: str, sentence: str) -> bool:
    """ "w/ Coral Charters", "with Ironbark Sportfishing": the name is a business's, its trade word right after it."""
    from footprint.analysis.detect.detectors.person_roles import BUSINESS_RX

    return bool(re.search(re.escape(name) + BUSINESS_RX, sentence, re.I))


def _at_work_partner(after: str) -> bool:
    """ "partner on the night roster", "partner at the desk": the partner is one at work (person_roles.toml)."""
    from footprint.analysis.detect.detectors.first_match import first_match
    from footprint.analysis.detect.detectors.person_roles import person_roles

    return first_match(person_roles().partner_at_work, after) is not None
