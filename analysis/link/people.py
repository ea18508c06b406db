"""People as entities across the whole corpus (the entity-linking stage for persons).

Detectors see one post at a time: "husband to Sarah" in a bio, then "Sarah's
birthday dinner" in a post a month later, then "the missus won the raffle".
This stage reads the scan as a whole. Each person the detectors named
becomes one node carrying every name form seen for it (full name, first
name, a nickname given once beside the full name, a handle) and its role;
every other place that names the person by one of those forms, or names the
role the subject holds towards them ("my wife", "the kids", "Mum"), is then
evidence of the same finding, with the sentence that shows it. A first name
alone links only when it is unambiguous in the subject's corpus: one node
holds it, no other full name in the corpus starts with it, it is not the
subject's own, and it is not a word that is only sometimes a name ("Will").
A child's school named in a sentence about the child is a family finding of
its own. Names used for pets are not friends, and a colleague or a relative
is not also a friend because of a shared activity.

Everything here is built from detections and raw text with regexes: no
second spaCy pass (about 1 ms per 100 posts).
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from footprint.crawler.items import PostItem, ProfileItem

from footprint.analysis.detect.detectors.base import excerpt as make_excerpt
from footprint.analysis.detect.detectors.context import NAME_RX, SubjectNames
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.lexicon import Lexicon, load_lexicon
from footprint.analysis.detect.detectors.relation_forms import relation_forms
from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.corpus_units import sentence_evidence
from footprint.analysis.link.junior_sport import JuniorSport
from footprint.analysis.link.partner_home import PartnerHome
from footprint.analysis.link.memorial import Memorial
from footprint.analysis.link.trie_pattern import trie_pattern
from footprint.analysis.link.linking import PERSON_CATEGORIES, match_tokens, names_compatible, normalise_relation
from footprint.analysis.detect.name_letters import compile_wide

DETECTOR = "PeopleLinker"
MAX_CHILDREN = 4               # "the kids" stands for every named child only in a family, not in a crowd of names
MENTION_CONFIDENCE = 0.6        # a mention supports a finding, it never names it (values come from detectors)
SCHOOL_CONFIDENCE = 0.75
# Which stated relations each nameless role mention ("my wife", "the kids") can stand for.
ROLE_GROUPS: dict[str, frozenset[str]] = {
    "spouse": frozenset({"wife", "husband", "spouse", "partner", "fiancee", "girlfriend", "boyfriend", "missus", "wifey"}),
    "mother": frozenset({"mother"}),
    "father": frozenset({"father", "pop"}),
    "child": frozenset({"child", "son", "daughter", "twin", "children", "kids", "baby", "youngest", "eldest", "oldest",
                        "bub", "stepson", "stepdaughter"}),
    "sibling": frozenset({"brother", "sister"}),
}
# Relations that say only "someone the subject knows": a stated role (housemate, wife, coach) replaces them.
GENERIC_RELATIONS = frozenset({"", "friend", "friends", "mate", "mates", "family member", "associate", "buddy", "pal"})
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9@#\"'“(])|\n+")
_NAME_PAIR = compile_wide(r"\b([A-Z][a-z]+)(?=\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?))")
_WORD_AFTER = compile_wide(r"\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


@dataclass
class Person:
    """One person the subject mentions: every name form, the role, and the finding it belongs to."""

    category: str
    key: str
    value: str
    relation: str
    tokens: tuple[str, ...]                   # fullest name, normalised ("sarah", "kelly")
    forms: set[str] = field(default_factory=set)       # as written: "Sarah Kelly", "Sarah", "Saz", "@saz"
    urls: set[str] = field(default_factory=set)        # where a detector already showed this person
    surname: str = ""
    order: int = 0                            # creation order: the first compatible node wins

    @property
    def first(self) -> str:
        return self.tokens[0] if self.tokens else ""

    @property
    def role_group(self) -> str:
        rel = normalise_relation(self.relation)
        return next((g for g, rels in ROLE_GROUPS.items() if rel in rels or rel == g), "")


@dataclass
class _Unit:
    url: str
    profile: str
    posted_at: str | None
    kind: str
    field: str | None
    text: str


class PeopleIndex:
    """The people of one subject's corpus, built from detections and the texts they came from."""

    def __init__(self, lexicon: Lexicon | None = None, family_lexicon: Lexicon | None = None):
        lex = lexicon or load_lexicon("people")
        fam = family_lexicon or load_lexicon("family")
        self.nick_after = lex.regex.get("nickname_aka", ()) + lex.regex.get("nickname_to", ())   # first, last, nick
        # named groups (first, nick, last) in any order: "Stevo (Steven Pappas)"
        self.nick_rx = lex.regex.get("nickname_quoted", ()) + self.nick_after + lex.regex.get("nickname_named", ())
        self.role_rx = {g: lex.regex.get(f"role_{g}", ()) for g in ROLE_GROUPS}
        pets = sorted(lex.phrases("pets"), key=len, reverse=True)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in pets)
        self.pet_rx = compile_wide(rf"(?i:\b(?:{body}))\s*,?\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+),?\s+(?:the|our|my)\s+(?i:(?:{body}))\b")
        self.school_rx = fam.regex.get("school", ())
        self.school_life = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in lex.phrases("school_life")) + r")\b")
        self.ambiguous_school = tuple(lex.phrases("ambiguous_school_words"))
        self.gazetteer = first_names()
        self.junior = JuniorSport(fam)
        self.partner_home = PartnerHome(fam)
        self.memorial = Memorial(fam)

    # ------------------------------------------------------------------ building

    def nodes(self, detections: list[Detection]) -> list[Person]:
        """One node per person: detections of one category whose names agree ("Sarah" ~ "Sarah Kelly")."""
        dets = [d for d in detections if d.category in PERSON_CATEGORIES and isinstance(d.attrs, dict)
                and isinstance(d.attrs.get("person"), str) and d.attrs["person"].strip()]
        dets.sort(key=lambda d: (-len(match_tokens(d)), -d.confidence, d.category, d.key, d.evidence.url))
        people: list[Person] = []
        self.alias = {}
        # blocked by (category, initial of a name word), as linking blocks its name pass: a scan of
        # thousands of posts names hundreds of people, and comparing each with all is quadratic
        block: dict[tuple[str, str], list[Person]] = defaultdict(list)
        self.by_key = {}
        # the first compatible node of a name never changes once found (later nodes come after it), so a
        # name seen before (a person named in hundreds of posts) is not compared with its block again
        first_of: dict[tuple[str, tuple[str, ...]], Person] = {}
        for d in dets:
            toks = match_tokens(d)
            if not toks:
                continue
            node = first_of.get((d.category, toks))
            if node is None:
                cands = {id(p): p for t in toks for p in block.get((d.category, t[:1]), ())}
                node = next((p for p in sorted(cands.values(), key=lambda p: p.order)
                             if names_compatible(p.tokens, toks)), None) if cands else None
            if node is None:
                node = Person(d.category, d.key, d.value, str(d.attrs.get("relation") or ""), toks,
                              order=len(people))
                people.append(node)
                for t in toks:
                    block[(d.category, t[:1])].append(node)
                if names_compatible(toks, toks):
                    first_of[(d.category, toks)] = node
            else:
                first_of[(d.category, toks)] = node
            self.by_key.setdefault((d.category, d.key), node)
            name = d.attrs["person"].strip()
            node.forms.add(name)
            if not name.startswith("@"):
                parts = name.split()
                node.forms.add(parts[0])
                if len(parts) > 1 and not node.surname:
                    node.surname = parts[-1]
            node.urls.add(d.evidence.url)
            rel = str(d.attrs.get("relation") or "")
            if not node.relation or (node.relation.lower() in GENERIC_RELATIONS and rel.lower() not in GENERIC_RELATIONS):
                node.relation = rel or node.relation       # a specific relation beats a generic "friend"
        return people

    def add_nicknames(self, people: list[Person], units: list[_Unit]) -> None:
        """'Thomas "Tommo" Reid' / "Tom Reid aka Tommo": the nickname is a form of the node for that name."""
        for u in units:
            for rx in self.nick_rx:
                for m in rx.finditer(u.text):
                    if "nick" in rx.groupindex:
                        first, last, nick = m.group("first"), m.group("last"), m.group("nick")
                    elif rx in self.nick_after:
                        first, last, nick = m.group(1), m.group(2), m.group(3)
                    else:
                        first, nick, last = m.group(1), m.group(2), m.group(3)
                    toks = (first.lower(), last.lower())
                    full = next((p for p in people if len(p.tokens) > 1 and names_compatible(p.tokens, toks)), None)
                    for p in people:
                        if full is not None and p is not full and p.category == full.category \
                                and p.tokens == (nick.lower(),):
                            self.alias[id(p)] = full           # "Robbo" alone is Rob Tait: one node
                            full.forms |= p.forms
                            full.urls |= p.urls
                            continue
                        if names_compatible(p.tokens, toks) or names_compatible(p.tokens, (nick.lower(),)):
                            p.forms.update({nick, f"{first} {last}", first})
                            p.surname = p.surname or last
        if self.alias:
            people[:] = [p for p in people if id(p) not in self.alias]
            for k, p in list(self.by_key.items()):
                self.by_key[k] = self.alias.get(id(p), p)

    def pet_names(self, units: list[_Unit]) -> set[str]:
        """Names the corpus gives to animals ("our kelpie Bluey", "Millie the border collie")."""
        out: set[str] = set()
        for u in units:
            for m in self.pet_rx.finditer(u.text):
                out.add((m.group(1) or m.group(2)).lower())
        return out

    def ambiguous_firsts(self, people: list[Person], units: list[_Unit], subject: SubjectNames) -> set[str]:
        """First names that must not link alone: held by two nodes, or the first word of another full name
        in the corpus ("Sarah" when both "Sarah Kelly" and "Sarah Chen" appear), or the subject's own."""
        count: dict[str, int] = defaultdict(int)
        for p in people:
            if p.first:
                count[p.first] += 1
        out = {f for f, n in count.items() if n > 1} | set(subject.tokens) | set(self.gazetteer.ambiguous)
        by_first = {p.first: p for p in people if p.first and p.first not in out}
        if by_first:
            for u in units:                      # one pass over each text: every "Firstname Nextword" pair
                for m in _NAME_PAIR.finditer(u.text):
                    p = by_first.get(m.group(1).lower())
                    if p is not None and m.group(2) != p.surname and _looks_surname(m.group(2)):
                        out.add(p.first)
        return out

    # ------------------------------------------------------------------ linking

    def link(self, detections: list[Detection], units: list[_Unit], subject: SubjectNames,
             org_words: Iterable[str] = ()) -> list[Detection]:
        """The detections, pruned (pets, colleagues-as-friends) and completed with every mention of each person."""
        units = [u for u in units if u.text.strip()]
        pets = self.pet_names(units)
        detections = detections + self.junior.children(units, subject, detections)   # "proud dad" bio + "Lachie kicked"
        detections = detections + self.partner_home.partners(units, subject, detections)   # "my wife" + "Ingrid found us"
        detections = detections + self.memorial.remembered(units, subject, detections)     # "Remembering <Name> (1949-2026)"
        # a person the subject already called family or a colleague is not also a friend from an outing: a node
        # takes the strongest role of any sentence naming it (kin, then work, then a shared act)
        others = [match_tokens(d) for d in detections if d.category in ("colleague", "family")]
        colleagues = [match_tokens(d) for d in detections if d.category == "colleague"]

        def keep(d: Detection) -> bool:
            if d.category == "family" and d.pattern == "form_our_name":      # "Our Rosie ate the couch"
                toks = match_tokens(d)
                return not (len(toks) == 1 and toks[0] in pets)
            if d.category == "family" and d.pattern == "form_my_bare_name":  # round 17: "my Ziggy" the spaniel, "my Dave"
                toks = match_tokens(d)                                      # the co-worker elsewhere
                return not (len(toks) == 1 and toks[0] in pets) and not any(
                    c and names_compatible(c, toks) for c in colleagues)
            if d.category != "associate" or not d.pattern.startswith(("form_", "role_")):
                return True                  # form_/role_ (person_roles): a shared act, weaker than kin or work
            toks = match_tokens(d)
            if len(toks) == 1 and toks[0] in pets:
                return False
            return not any(c and names_compatible(c, toks) for c in others)

        detections = [d for d in detections if keep(d)]
        people = self.nodes(detections)
        if not people:
            return detections
        self.add_nicknames(people, units)
        ambiguous = self.ambiguous_firsts(people, units, subject)
        self.ambiguous = ambiguous
        form_of: dict[str, Person] = {}
        for p in people:
            for form in sorted(p.forms):
                if subject.matches(form) or form.lower() in pets:
                    continue
                single = " " not in form and not form.startswith("@")
                if single and form.lower() in ambiguous:
                    continue
                if form in form_of and form_of[form] is not p:
                    form_of[form] = None          # two people answer to it: neither links
                    continue
                form_of[form] = p
        form_of = {f: p for f, p in form_of.items() if p is not None}
        out = list(detections)
        if form_of:
            names_rx = re.compile(r"(?<![\w@])(" + trie_pattern(form_of) + r")(?![\w@])")
        else:
            names_rx = None
        by_group: dict[str, list[Person]] = defaultdict(list)
        for p in people:
            if p.category == "family" and p.role_group:
                by_group[p.role_group].append(p)
        # where a detector already named someone of a role, "my kids" there means those it named
        named_roles = {(d.evidence.url, g) for d in detections if d.category == "family"
                       for g, rels in ROLE_GROUPS.items() if normalise_relation(d.attrs.get("relation")) in rels}
        org_low = [w.lower() for w in org_words if w]
        for u in units:
            unit_named: dict[int, tuple[Person, str]] = {}
            # round 20: "Bluey w the kids again. best show on tv": a post about a screen cites nobody by their role
            screen = relation_forms().on_screen(u.text)
            for sent in sentences(u.text):
                named: dict[int, tuple[Person, str]] = {}
                if names_rx is not None:
                    for m in names_rx.finditer(sent):
                        p = form_of[m.group(1)]
                        after = _WORD_AFTER.match(sent, m.end())
                        if (" " not in m.group(1) and after and p.surname and after.group(1) != p.surname
                                and _looks_surname(after.group(1))):
                            continue                 # "Sarah Chen" is not Sarah Kelly
                        named.setdefault(id(p), (p, m.group(1)))
                for group, rxs in self.role_rx.items() if not screen else ():
                    holders = by_group.get(group, [])
                    if (not holders or len(holders) > (MAX_CHILDREN if group == "child" else 1)
                            or (u.url, group) in named_roles):
                        continue
                    for rx in rxs:
                        m = rx.search(sent)
                        if m:
                            for p in holders:
                                named.setdefault(id(p), (p, m.group(0)))
                            break
                for p, form in named.values():
                    if u.url not in p.urls:
                        out.append(self._mention(p, form, u, sent))
                        p.urls.add(u.url)            # one sentence of a post is its evidence
                    unit_named.setdefault(id(p), (p, form))
            # a school named anywhere in a post that names the subject's child ("Isla started prep today.
            # Sandridge Bay Primary has ...") is where the child can be found
            for sent in sentences(u.text) if unit_named else ():
                out += self._schools(unit_named.values(), u, sent, org_low)
        return [_with_names(_canonical(d, self.by_key, ambiguous), self.by_key) for d in out]

    def _mention(self, p: Person, form: str, u: _Unit, sent: str) -> Detection:
        how = ("handle" if form.startswith("@") else "full_name" if " " in form and form[:1].isupper()
               else "role" if not form[:1].isupper() or form.split()[0].lower() in ("my", "our", "the") else "name")
        ev = Evidence(url=u.url, kind=u.kind, excerpt=make_excerpt(f"{u.field}: {sent}" if u.kind == "profile_field"
                                                                    and u.field else sent),
                      posted_at=u.posted_at, profile=u.profile)
        return Detection(category=p.category, value=p.value, key=p.key, confidence=MENTION_CONFIDENCE, detector=DETECTOR,
                         pattern=f"person_mention_{how}", evidence=ev, support=[form],
                         attrs={"relation": p.relation, "person": p.value.split(" (")[0]})

    def _schools(self, named: Iterable[tuple[Person, str]], u: _Unit, sent: str, org_low: list[str]) -> list[Detection]:
        """A school named in a sentence about the subject's child: where the child can be found."""
        kids = [(p, form) for p, form in named if p.category == "family" and p.role_group == "child"]
        if not kids:
            return []
        out = []
        for rx in self.school_rx:
            for m in rx.finditer(sent):
                school = " ".join(m.group(1).split())
                if any(w in school.lower() for w in org_low):
                    continue
                if school.lower().endswith(self.ambiguous_school) and not self.school_life.search(
                        u.text.replace(school, " ")):
                    continue                  # "visited Monash College": a college, not where the child goes
                who = kids[0][0].value.split(" (")[0] if len(kids) == 1 else "the children"
                ev = sentence_evidence(u, sent)
                out.append(Detection(category="family", value=f"{school} ({who}'s school)" if len(kids) == 1
                                     else f"{school} (the children's school)", key=f"family:school:{school.lower()}",
                                     confidence=SCHOOL_CONFIDENCE, detector=DETECTOR, pattern="child_school",
                                     evidence=ev, support=[kids[0][1], school],
                                     attrs={"relation": "school", "name": school, "school": school,
                                            "child": who}))
        return out


def _looks_surname(word: str) -> bool:
    return bool(NAME_RX.match(word)) and word.lower() not in _NOT_SURNAMES


# Capitalised words that often follow a first name without being a surname ("Sarah Saturday", "Jack Thanks").
_NOT_SURNAMES = frozenset({"and", "the", "is", "was", "has", "had", "and", "on", "at", "in", "for", "with", "mum", "dad",
                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "thanks",
                           "happy", "love", "xx", "x", "lol", "haha", "day", "birthday", "today", "tonight", "i"})


def sentences(text: str) -> list[str]:
    """A text's sentences (a full stop before a capital, or a line break), for the sentences naming a person."""
    return [s.strip() for s in _SENT_SPLIT.split(text) if s and s.strip()]


def _canonical(d: Detection, by_key: dict[tuple[str, str], Person], ambiguous: set[str]) -> Detection:
    """A detection of a person takes its node's key, name and relation, so "Jess (friend)" and
    "Jess Holloway (mate)" are one finding; a first name held by two people keeps its own key."""
    node = by_key.get((d.category, d.key)) if d.category in PERSON_CATEGORIES else None
    if node is None or d.key == node.key and str(d.attrs.get("relation") or "") == node.relation:
        return d
    toks = match_tokens(d)
    if len(toks) == 1 and toks[0] in ambiguous and toks[0] == node.first:
        return d
    name = node.value.split(" (")[0]
    rel = node.relation or str(d.attrs.get("relation") or "")
    return dataclasses.replace(d, key=node.key, value=f"{name} ({rel})" if rel else name,
                               attrs={**d.attrs, "relation": rel, "person": name})


def _with_names(d: Detection, by_key: dict[tuple[str, str], Person]) -> Detection:
    """A person detection carries its node's name forms (the graph shows them)."""
    node = by_key.get((d.category, d.key)) if d.category in PERSON_CATEGORIES else None
    if node is None:
        return d
    return dataclasses.replace(d, attrs={**d.attrs, "names": sorted(node.forms)})


_LIFE_YEARS = re.compile(r"\b(?:1[89]|20)\d{2}\s*(?:-|–|—)\s*(?:1[89]|20)\d{2}\b")


def units_of(items: Iterable[Any]) -> list[_Unit]:
    """The text units of posts and profiles (a profile's display name is the subject's, not a mention)."""
    from footprint.analysis.detect.extract import _units

    out = []
    for it in items:
        if not isinstance(it, (PostItem, ProfileItem)):
            continue
        for u in _units(it, 0):
            if u.kind == "profile_field" and (u.field or "").lower() in ("name", "preferredusername", "handle") \
                    and not _LIFE_YEARS.search(u.text):
                continue                  # but a memorial page's title names the one remembered (memorial.py)
            out.append(_Unit(it.url, it.profile, getattr(it, "published", None), u.kind, u.field, u.text))
    return out


_index: PeopleIndex | None = None


def link_people(items: Iterable[Any], detections: list[Detection], subject: str, aliases: Iterable[str] = (),
                org_words: Iterable[str] = ()) -> list[Detection]:
    """The scan's detections with every person resolved across posts and profiles (see module doc)."""
    global _index
    if _index is None:
        _index = PeopleIndex()
    return _index.link(detections, units_of(items), SubjectNames(subject, aliases), org_words)
