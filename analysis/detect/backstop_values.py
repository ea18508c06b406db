"""What a passage names, for a backstop reading (backstop.py) to report: the people or the places in it.

The sentence model says what a passage is about ("this tells of a friend", "this says where I work"); a
finding still names someone or somewhere. A people reading is kept only for a given name from the gazetteer
(first_names.py) with the title-case words after it, or a PERSON entity of two title-case words; a place
reading only for a town or suburb of the gazetteer (localities.py) or a GPE, LOC or FAC entity. The subject's
own names are never a person of their circle.
"""
from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from footprint.analysis.detect.name_letters import compile_wide, widen

if TYPE_CHECKING:
    from spacy.tokens import Span

    from footprint.analysis.detect.detectors.context import SentInfo, Shared, SubjectNames

PEOPLE = frozenset({"family", "associate", "colleague"})
PLACES = frozenset({"work_location", "home_location"})
MAX_NAME_WORDS = 3
# Words after a person's name that make it a place or an institution's name.
NAMED_AFTER = frozenset({"hospital", "school", "college", "university", "oval", "park", "reserve", "street", "st", "road",
                         "rd", "avenue", "ave", "drive", "bridge", "centre", "center", "library", "stadium", "arena",
                         "airport", "highway", "hwy", "building", "house", "hall", "institute", "foundation", "award",
                         "cup", "medal", "shield", "trophy", "memorial", "beach", "lake", "river", "bay", "island",
                         "point", "creek", "mount", "primary", "high", "campus", "wing", "ward", "clinic", "valley", "heights",
                         "hill", "hills", "gardens", "station", "wharf", "port", "harbour", "market", "markets", "public",
                         "state", "grammar", "christian", "catholic", "anglican", "pool", "aquatic", "leisure", "golf",
                         "bowls", "rsl", "club", "showground", "showgrounds"})
# A family reading must say the relation in the passage itself: a name alone ("Hendo got married") is the rules'
# business (people as entities link a first name to a relation stated elsewhere).
KIN_RX = re.compile(r"\b(?:wife|wifey|husband|hubby|partner|missus|misses|mrs|other\s+half|better\s+half|fianc[eé]e?|"
                    r"sons?|daughters?|kids?|kiddos?|children|child|(?:my|our)\s+(?:boys|girls)|bub|bubs|baby|babies|toddler|eldest|youngest|"
                    r"twins?|mum|mom|mummy|mama|dad|daddy|papa|mother|father|parents?|brothers?|sisters?|bro|sis|siblings?|"
                    r"nan|nana|nanna|pop|grandma|grandpa|gran|grandad|grandkids?|grand(?:son|daughter|children)s?|"
                    r"aunt|aunty|auntie|uncle|cousins?|nephews?|nieces?|in-?laws?|step\w+|family|fam|cuz|lil\s+one|"
                    r"little\s+ones?|missus|bro-?in-?law|sis-?in-?law|hers|husband's|wife's)\b", re.I)
CAPITALS = frozenset({"sydney", "melbourne", "brisbane", "perth", "adelaide", "hobart", "darwin", "canberra"})
KIN_WINDOW = 6
# "Partner" at work or at play: "my shift partner Sam", "tennis partner", "partner in crime".
NOT_KIN_RX = re.compile(r"\b(?:shift|work|business|patrol|training|dance|tennis|squash|doubles|running|riding|climbing|"
                        r"gym|sparring|lab|study|project|crew)\s+partners?\b|\bpartners?\s+in\s+crime\b", re.I)
# Someone else's relative: "her husband Theo", "their son Max", "his sister's kid Ava"; and the name as the anchor of
# someone else's relation ("my team-mate Jess's brother") is not the relative either (names_in).
_OTHERS_KIN = widen(r"\b(?:her|his|their|hers|[A-Z][a-z]+['’]s)\s+(?:\w+\s+)?(?:husband|wife|partner|hubby|son|daughter|kids?|children|"
               r"mum|mom|dad|father|mother|brother|sister|boyfriend|girlfriend|fianc[eé]e?|grand\w+|nephew|niece|cousin|"
               r"twins?|missus|little\s+ones?|bub|baby|boys|girls|best\s+man|bridesmaid|maid\s+of\s+honour|mate|mates|"
               r"friend|boss|colleague|workmate|offsider|off-?sider|co-?worker|team-?mate|crew\s+mate|apprentice|client)"
               r"(?:['’]s\s+\w+)?,?\s+")
_OTHERS_KIN_LIST = _OTHERS_KIN + widen(r"(?:\w+\s+)?(?:[A-Z]\w+\s*(?:,|and|&|n)\s*)*")   # "... twins Noah and <name>"
_ANCHOR_TAIL = widen(r"(?:\s*(?:,|and|&)\s*[A-Z]\w+)*['’]s\s+")      # "<name>'s", "<name> and Bo's"
# Kin of someone named, not of the writer: "<Name> is a big sister to", "<Name> and the missus", "<Name> and his wife".
THEIR_KIN_RX = compile_wide(r"\b[A-Z][a-z]+\s+(?:is|was|'s)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:sister|brother|mum|mom|dad|aunt|aunty|"
                          r"uncle|cousin|grandma|grandpa|son|daughter)\s+to\b|"
                          r"\b[A-Z][a-z]+\s+(?:is|was)\s+(?!my\b|our\b)(?:\w+\s+)?(?:husband|wife|partner|mum|dad)\s+of\b|\b[A-Z][a-z]+\s+(?:and|&|n)\s+(?:the|his|her)\s+"
                          r"(?:missus|wife|hubby|husband|partner|kids|boys|girls|other\s+half)\b|"
                          r"\b(?:anniversary|wedding|engagement|engaged|newlyweds?)\b.*\byou\s+(?:two|both|guys|lot)\b|"
                          # round 18: a relative's co-worker ("<Name> works with my sister at the bakery")
                          r"\b[A-Z][a-z]+\s+(?:works|worked|is\s+working)\s+(?:with|alongside|for)\s+(?:my|our)\s+(?:\w+\s+)?"
                          r"(?:sister|brother|mum|mom|dad|aunt|aunty|uncle|cousin|son|daughter|wife|husband|partner|hubby)\b")
PET_RX = re.compile(r"\b(?:dog|dogs|cat|cats|fur|puppy|pup|pups|kitten|horse|pony)\s+(?:mum|mom|dad|mama|papa|baby|babies|kids?|parent)\b|"
                    r"\bfur\s*(?:baby|babies|kids?|family)\b", re.I)
# A person on a screen or a stage: "Bianca Tate you were robbed on MasterChef!", "that episode with Ryan Gosling".
ON_SCREEN_RX = re.compile(r"\b(?:masterchef|the\s+voice|survivor|the\s+bachelor(?:ette)?|big\s+brother|idol|the\s+block|mafs|"
                          r"married\s+at\s+first\s+sight|gogglebox|bake\s+off|x\s+factor|got\s+talent|love\s+island|"
                          r"(?:tv|the|that|this)\s+show|series|episode|film|movie|trailer|season\s+\d+|oscar|grammy|logie|concert|"
                          r"album|premiere|doco|docos|documentary|biopic|podcast)\b", re.I)


def names_in(sent: "SentInfo", shared: "Shared", subject: "SubjectNames | None" = None, category: str = "") -> list[str]:
    """People named in the passage, in order: a known given name and the title-case name words after it. For a
    people category, not someone else's relation, talk or company; for family, not a name that follows someone
    else's relation word ("her husband Theo", "his sister Kate")."""
    from footprint.analysis.detect import localities
    from footprint.analysis.detect.detectors.context import is_name_token
    from footprint.analysis.detect.detectors.first_names import first_names

    span, text = sent.span, sent.text
    given = first_names()
    out: list[str] = []
    toks = list(span)
    i = 0
    while i < len(toks):
        tok = toks[i]
        # "Long lunch with..." opens on a common word, not on Long: a first word must be tagged a proper noun
        if is_name_token(tok, shared) and given.is_first_name(tok.text) and not (tok.is_sent_start and tok.tag_ not in ("NNP", "NNPS")):
            j = i + 1
            while j < len(toks) and j - i < MAX_NAME_WORDS and is_name_token(toks[j], shared) and toks[j].is_title \
                    and not given.is_first_name(toks[j].text):
                j += 1
            end = j
            while end < len(toks) and toks[end].is_title and not toks[end].is_sent_start:
                end += 1
            # "Fiona Stanley Hospital", "Jack Evans Oval": a place named after someone names no one
            name = " ".join(t.text for t in toks[i:j])
            if not any(t.lower_ in NAMED_AFTER for t in toks[i + 1:end + 1]) and not localities.exact(name) \
                    and not (j - i > 1 and localities.exact(tok.text)) and not _talked_about(toks, i):
                _add(out, name, subject)
            i = max(j, end)
            continue
        i += 1
    for ent in span.ents:
        words = [t for t in ent if not t.is_punct]
        name = " ".join(t.text for t in words)
        if ent.label_ == "PERSON" and len(words) >= 2 and all(is_name_token(t, shared) and t.is_title for t in words) \
                and not any(t.lower_ in NAMED_AFTER for t in words) and not localities.exact(name):
            _add(out, name, subject)
    if category in PEOPLE:
        out = [n for n in out if not _someone_elses(text, n)]
        if len(out) > 1 and not sent.any_first_person and not (subject and any(subject.matches(t.text) for t in span if t.is_title)):
            return []          # "Yvette went kayaking with Roderick": neither is the writer's company
        if ON_SCREEN_RX.search(text):
            return []
    if category == "family":
        if THEIR_KIN_RX.search(text):
            return []          # "Jenny is a big sister to Jake", "Dave and the missus popped round": their kin
        if PET_RX.search(text):
            return []          # "dog mum to Bluey and Banjo"
        from footprint.analysis.detect.detectors.address_terms import address_terms

        terms = address_terms()         # "Cô Mai at Saturday school": a teacher addressed, not a relative
        out = [n for n in out if _kin_beside(text, n) and not _named_by_role(text, n) and not terms.addressed_politely(text, n)]
    return out


def _named_by_role(text: str, name: str) -> bool:
    """The name comes after a role that is not kin: "the barman Luke", "our plumber Dave", "the coach Tania"."""
    first = re.escape(name.split()[0])
    return any(not KIN_RX.fullmatch(m.group(1)) for m in re.finditer(rf"\b(?:the|our|their|an?)\s+([a-z]+)\s+{first}\b", text))


def _talked_about(toks: list, i: int) -> bool:
    """The name is what someone else said or heard ("My mate reckons Callum burnt the snags"): a topic, not company."""
    return any(t.lower_ in ("reckons", "reckon", "says", "said", "heard", "told", "reckoned") for t in toks[max(0, i - 3):i])


def _someone_elses(text: str, name: str) -> bool:
    """The name is someone else's relation or role ("her husband Theo", "Tim's twins Noah and Ava", "Jono's best
    man Grant Pell", "the son of Mark Lee") or the anchor of one ("Dave's cousin", "Jess's little one")."""
    n = re.escape(name.split()[0])
    return bool(re.search(_OTHERS_KIN_LIST + rf"{n}\b", text, re.I)
                or re.search(rf"\b{re.escape(name)}" + _ANCHOR_TAIL, text)
                or re.search(rf"\b(?:son|daughter|wife|husband|partner|mum|mother|dad|father|brother|sister|kid|kids|child)\s+of\s+{n}\b",
                             text, re.I))


def _kin_beside(text: str, name: str) -> bool:
    """A relation word of the writer's within KIN_WINDOW words of the name: not a working or playing partner, and
    not someone else's ("Tomasz coxes and his wife Greta" makes Greta nobody's relative here, Tomasz neither)."""
    words = text.split()
    first = name.split()[0]
    at = [k for k, w in enumerate(words) if w.strip(".,;:!?()'\"’").removesuffix("'s").removesuffix("’s") == first]
    for k in at:
        near = " ".join(words[max(0, k - KIN_WINDOW):k + KIN_WINDOW + 1])
        if NOT_KIN_RX.search(near):
            continue
        for m in KIN_RX.finditer(near):
            before = near[:m.start()]
            if re.search(r"(?:\b(?:his|her|their)|['’]s)\s+(?:\w+\s+)?$", before, re.I):
                continue           # someone else's relative
            if re.search(r"\b(?:a|an)\s+(?:\w+\s+)?$", before, re.I):
                continue           # "what a kid", "a husband of the year": nobody's in particular
            return True
    return False


def _add(out: list[str], name: str, subject: "SubjectNames | None") -> None:
    if subject is not None and subject.matches(name):
        return
    if any(name == n or name in n.split() for n in out):
        return
    out[:] = [n for n in out if n not in name.split()] + [name]


# Someone else's home ("Helped my brother paint the unit in Kallangur", "Mum's in a rental in Bexley") unless the
# writer's own is said too ("our place", "my unit").
OTHERS_HOME_RX = compile_wide(r"\b(?:my|our)\s+(?:\w+\s+)?(?:brother|sister|mum|mom|dad|parents?|son|daughter|mate|mates|friend|"
                            r"friends|cousin|nan|nanna|grandma|grandpa|aunt|aunty|uncle|in-?laws?|neighbours?|niece|nephew|"
                            r"grandkids?|grandson|granddaughter)\b|"
                            r"\b(?:mum|mom|dad|nan|nanna|grandma|grandpa)['’]s\b|\b(?:he|she|they)\s+(?:live|lives|moved|rent|rents|bought)\b|"
                            r"\b[A-Z][a-z]+\s+(?:just\s+|has\s+|finally\s+|recently\s+)?(?:moved|lives|bought|rents)\b|"
                            r"\b(?:and|&)\s+(?:his|her|their)\s+(?:family|husband|wife|partner|kids|boyfriend|girlfriend)\s+"
                            r"(?:live|lives|moved|rent)\b|\b(?:is|'s)\s+an?\s+(?:\w+\s+){0,2}local\b|"
                            r"\b(?:sold|looking\s+at|inspect\w*|open\s+home|for\s+rent|for\s+lease|the\s+agent|used\s+to\s+live|"
                            r"old\s+place|moving\s+out|moved\s+out\s+of)\b",
                            re.I)
OWN_HOME_RX = re.compile(r"\b(?:my|our)\s+(?:own\s+)?(?:place|house|home|unit|flat|street|suburb|backyard|yard|kitchen|front\s+door|"
                         r"driveway|verandah|deck|garden)\b|\b(?:i|we)\s+(?:live|moved|rent|bought)\b", re.I)
NEWS_RX = re.compile(r"\b(?:crash|accident|fire|blaze|police|council|news|reported|incident|robbery|break-?in|stabbing|flood|"
                     r"storm|outage|closed|closure|sale|for\s+sale|auction|opening|opens)\b", re.I)


def passage_of(doc, shared: "Shared") -> "SentInfo":
    """A whole text read as one passage, joined as `learned.passages` joins sentences (an "I" in any of them; a
    diary-style opening verb in the first): how benchmarks/train_backstop.py reads a training passage parsed alone."""
    from footprint.analysis.detect.detectors.context import DocFacts, SentInfo

    sents = DocFacts(doc, shared).sents
    return SentInfo(doc[:], doc.text, doc.text.lower(), any(s.first_person for s in sents), sents[0].implied_first_person)


ANCHORED_RX = re.compile(r"\b(?:my|our|his|her|their|a|the)\s+(?:\w+\s+)?(?:brother|sister|mum|mom|dad|parents|son|daughter|mate|"
                         r"friend|cousin|niece|nephew|aunt|aunty|uncle|nan|grandma|grandpa|boss|partner|wife|husband|"
                         r"neighbour|kid|kids)['’]s\s+", re.I)
TRANSIT_RX = re.compile(r"\b(?:stuck\s+in\s+traffic|in\s+traffic|on\s+the\s+way|parked|driving\s+(?:through|past)|"
                        r"drove\s+(?:through|past)|stopped\s+(?:at|in))\b", re.I)


def _landmark(span: "Span", place: str, category: str) -> bool:
    """A home is not read from a landmark named after its suburb ("across the road from Moorabbin Oval")."""
    if category != "home_location":
        return False
    m = re.search(re.escape(place) + r"\s+(\w+)", span.text)
    return bool(m and m.group(1).lower() in NAMED_AFTER)


ROUTE_WORDS = frozenset({"through", "via", "past", "around", "towards", "toward", "thru", "left", "leaving"})

# round 17: where the writer comes from, not where they live ("I'm from Gympie originally", "born and bred in Mackay",
# "grew up in Bundaberg", "Gympie girl originally")
ORIGIN_BEFORE_RX = re.compile(r"(?:\b(?:originally|hails?|hailing)\s+from|\b(?:i\'m|i’m|im|i\s+am|we\'re|we’re|we\s+are|i\s+was|we\s+were)\s+"
                              r"(?:originally|actually\s+originally)\s+from|\b(?:born|bred|raised|grew\s+up|growing\s+up)"
                              r"(?:\s+(?:and|&|n)\s+(?:bred|raised))?\s+(?:(?:in|at|on|out\s+of|near|around|up\s+in|down\s+in|out\s+in)\s+)?)"
                              r"\s*(?:the\s+)?$", re.I)
# "I'm from <Town>" is an origin only beside a move or a past ("I'm from Gympie, moved down at 18"); alone, locals say it
FROM_BEFORE_RX = re.compile(r"\b(?:i\'m|i’m|im|i\s+am|we\'re|we’re|we\s+are|i\s+was|we\s+were)\s+from\s+(?:the\s+)?$", re.I)
FROM_PAST_RX = re.compile(r"\b(?:moved|left|grew\s+up|born|raised|originally|hometown|these\s+days|now\s+(?:live|living|in|based))\b", re.I)
ORIGIN_AFTER_RX = re.compile(r"^[^.;!?]{0,25}?\b(?:originally|born\s+and\s+(?:bred|raised)|by\s+birth)\b", re.I)


def _origin(span: "Span", place: str) -> bool:
    """The place is where the writer comes from, not where they live now (round 17)."""
    text = span.text
    k = text.find(place)
    if k < 0:
        return False
    before = text[max(0, k - 60):k]
    return bool(ORIGIN_BEFORE_RX.search(before) or ORIGIN_AFTER_RX.search(text[k + len(place):])
                or FROM_BEFORE_RX.search(before) and FROM_PAST_RX.search(text))


def _passed_through(span: "Span", place: str) -> bool:
    """The place is on a route ("a loop through Birdwood and Mount Pleasant", "back via Gympie"): passed, not lived
    or worked at. Every place after the route word up to the clause's end counts as passed."""
    text = span.text
    k = text.find(place)
    if k < 0:
        return False
    before = re.split(r"[.;:!?,]\s", text[:k])[-1].lower().split()
    return any(w in ROUTE_WORDS for w in before[-6:])


def places_in(sent: "SentInfo", category: str = "work_location") -> list[str]:
    """Places named in the span: gazetteer towns and suburbs, then (for a workplace) the model's FAC entities
    ("Sydney Airport", "the Port of Brisbane"). A home is a gazetteer town or suburb only: the model's GPE and LOC
    guesses in social text take in words like "Trivia". A state capital is never a home here ("Southern Sydney" in a
    forum bio says little and the rules read bios), and for a workplace it comes after anything narrower."""
    from footprint.analysis.detect.localities import town_spans

    span = sent.span
    out: list[str] = []
    found = [e for e in span.ents if e.ent_id_.startswith("place:")]           # the gazetteer's own (entity ruler)
    found += [t for t in town_spans(span.doc, in_names=True) if t.start >= span.start and t.end <= span.end]
    if category == "work_location":       # an organisation's own site ("site:Port Botany") or a facility by name
        found += [e for e in span.ents if e.ent_id_.startswith("site:") or e.label_ == "FAC" and not e.ent_id_]
    for e in sorted(found, key=lambda e: e.start):
        text = e.text.strip()
        if text[:1].isupper() and not any(text == o or text in o for o in out):
            out.append(text)
    out = [p for p in out if not _passed_through(span, p) and not _landmark(span, p, category)]
    if category == "home_location":
        out = [p for p in out if not _origin(span, p)]
    if ANCHORED_RX.search(span.text):
        return []          # "My sister's office in Belconnen", "a niece's school": someone else's place
    narrower = [p for p in out if p.lower() not in CAPITALS]
    if category == "home_location":
        text = span.text
        # a question ("anyone know a good exhaust shop near Wendouree?") or a news item told with no "I" or "we"
        # ("The crash was two streets from the Manunda shops") says nothing of where the writer lives
        if "?" in text or NEWS_RX.search(text) and not sent.any_first_person or TRANSIT_RX.search(text):
            return []
        return [] if OTHERS_HOME_RX.search(text) and not OWN_HOME_RX.search(text) else narrower
    return narrower + [p for p in out if p.lower() in CAPITALS]


# An operation or a hardship is told in the writer's own voice ("we", "my"): a page describing a job or a news item
# is the rules' business.
OWN_VOICE = frozenset({"official_information", "vulnerability"})
THIRD_PERSON_RX = re.compile(r"\b(?:he|she)(?:'s|\s+(?:is|was|works|worked|has|runs|coaches|lives))\b", re.I)
PROCESSED_RX = re.compile(r"\b(?:sent|pulled|stopped|searched|held|took|seized|opened|x-?rayed|inspected|checked|flagged|"
                          r"questioned|detained|told|asked|let)\s+(?:my|our|me|us)\b|"
                          r"\b(?:my|our)\s+(?:\w+\s+)?(?:brother|sister|mum|mom|dad|son|daughter|cousin|mate|friend|uncle|aunt|"
                          r"aunty|nephew|niece|partner|husband|wife|neighbour)\s+(?:is|was|works|worked|'s)\b", re.I)
INVITATION_RX = re.compile(r"\b(?:come\s+along|all\s+welcome|everyone\s+welcome|see\s+you\s+there|book\s+(?:now|via|online|your)|"
                           r"join\s+us|tickets?\s+(?:on\s+sale|at\s+the\s+door)|bring\s+(?:a|your)\b)", re.I)
ONE_OFF_RX = re.compile(r"\b(?:tomorrow|tmrw|tonight|today|this\s+(?:morning|arvo|afternoon|evening|weekend|week)|next\s+(?:week|month|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last\s+(?:night|week|weekend|month|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|holiday\w*|trip|getaway|vacation|charter|"
                        r"birthday|\d+(?:st|nd|rd|th)\b)\b", re.I)
LEISURE_RX = re.compile(r"\b(?:watching|coffee|pie|swim|swimming|fishing|walk|picnic|brunch|beers?|holiday|seals|dolphins|whales|"
                        r"sunset|sunrise|ice\s*cream|fish\s+and\s+chips|chips|snorkel\w*|surf\w*|kids|dog|markets?)\b", re.I)
WORK_CUE_RX = re.compile(r"\b(?:shift|roster\w*|work|working|duty|crew|board\w*|exam\w*|inspect\w*|abf|border\s+force|customs|officer|"
                         r"clock\w*|on\s+at|start\w*|finish\w*|overtime|uniform|post\w*|team|office|desk)\b", re.I)
# Someone who served the writer (a checkout, a counter, a waiter): thanked once, no friend of theirs.
SERVED_RX = re.compile(r"\b(?:at\s+the\s+(?:\w+\s+){0,2}(?:checkout|check-?out|register|till|service\s+desk|returns\s+desk)|"
                       r"served\s+(?:me|us)|sorted\s+(?:out\s+)?my\s+(?:refund|order|return|phone|bill)|"
                       r"(?:our|the)\s+(?:waiter|waitress|barista|cashier|server|checkout\s+\w+))\b", re.I)
PEOPLE_ROLE = {"family": "family", "associate": "friend", "colleague": "colleague"}


def values_for(category: str, sent: "SentInfo", shared, subject, deny=None) -> list[tuple[str, str]]:
    """(value, key) of what a passage read as `category` names, after the category's own vetoes: the rules'
    deny list for it (`deny`: {category: [detector, ...]}, e.g. a visit or a holiday is no home) and
    backstop_values' guards (someone else's relative, a city that is only a region). Empty: nothing to report."""
    from footprint.analysis.detect.detectors.learned import about_someone_else, recurs

    text = sent.text
    if deny and any(d.denied(text) for d in deny.get(category, ())):
        return []
    if category not in ("associate", "family") and (not sent.any_first_person or THIRD_PERSON_RX.search(text)) \
            and names_in(sent, shared, subject):
        return []          # a page about others: "Tomasz Wilk coxes; he is a Border Force officer at Sydney Airport"
    if category == "associate" and SERVED_RX.search(text):
        return []          # "shout out to Kayla at the Coles checkout who sorted my refund": served, not a friend
    if category in PEOPLE:
        return [(f"{n} ({PEOPLE_ROLE[category]})", f"{category}:{n}") for n in names_in(sent, shared, subject, category)]
    if category == "work_location" and (PROCESSED_RX.search(text) or INVITATION_RX.search(text)
                                        or ONE_OFF_RX.search(text) and not recurs(text)):
        return []          # "Border Force sent my container to the x-ray": processed, not working; "hitting the Gladstone
        #                    wharf on the 14th": one operation, not where the writer works; "book now": a business's
        #                    advertisement, not a workplace
    if category == "work_location" and LEISURE_RX.search(text) and not WORK_CUE_RX.search(text):
        return []          # "a pie on the wharf at Esperance, watching the seals": a day out, not a shift
    if category in PLACES:
        return [(p, f"place:{p}") for p in places_in(sent, category)[:1]]
    if category == "routine" and (INVITATION_RX.search(text) or ONE_OFF_RX.search(text) and not recurs(text)
                                  or not sent.any_first_person):
        return []          # "flight at 6.10 tomorrow": once is no routine; "runs Mon to Thu, come along": a venue's hours
    if category in OWN_VOICE and (not sent.first_person or about_someone_else(sent)):
        return []          # "my brother's lost his pay on the pokies again": his, not the writer's
    gist = " ".join(text.split()[:12])
    return [(gist, f"{category}:backstop:{hashlib.sha1(text.encode()).hexdigest()[:10]}")]
