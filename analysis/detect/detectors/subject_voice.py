"""Third-person pages about the subject: a club's member profile, a speaker bio, a volunteer roster, a staff bio.

The scan reads only the subject's consented profiles, so a page there that names the subject
("Alex Morgan joined the Wombats in 2019 ...") and then says "she" or "he" is about the subject: what
"she" does, where she works and trains, whom "her partner" or "her teammate" is, are the subject's, as
if the subject had written "I" and "my". Every other person the page describes keeps their own facts.

How a sentence is given to a person (a small centering model, no parse): each sentence's first
person reference (a name, or he/she/his/her/they) is its topic. A name is the subject's when all its
words are the subject's names; a pronoun continues the topic before it, unless its gender differs
from the one the page uses for the subject. A profile in the subject's name (a schema.org Person, an
h-card) starts with the subject as its topic, so its "She leads a team ..." is the subject's.
So "Mel rang. She ..." stays Mel's, "Alex ... Off court he supervises ..." is Alex's, and on a team
page "Also on the crew is Dom. His wife runs the canteen." is Dom's.
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import is_name_token
from footprint.analysis.detect.detectors.first_names import first_names

THIRD_PERSON = {"she", "he", "they"}
POSSESSIVES = {"her", "his", "their"}
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
           "they": "n", "them": "n", "their": "n", "theirs": "n", "themselves": "n"}
# At most this many words between another person's name and "his"/"her" keep the possessive with that
# person: "Bruno and his brother", "Dom Ferris, his wife", "Kirra Hale said her husband".
_NEAR_OWNER = 4
SUBJECT, OTHER = "subject", "other"
# The writer's own "I": a page's "our canteen", "we" is the club speaking, not its subject or the member described.
_SINGULAR_I = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself)\b", re.I)


class _Voice:
    """Per doc: which sentences speak of the subject, and the subject's pronoun gender on the page."""

    def __init__(self):
        self.topic: dict[int, str | None] = {}     # sentence start token -> SUBJECT, OTHER or None (no one named)
        self.gender: str | None = None
        self.named = False                  # the subject is named, or the profile is theirs: a page about them
        self.lower_names = False            # the subject's full name is written in lower case in the doc
        self.first_other: bool | None = None  # the first topic is someone else named in full
        self.page_of_other = False          # every topic is someone else's (see mark_subject_voice)


def _name_run(doc, i: int, shared, subject) -> tuple[str, int] | None:
    """The person name starting at token i ("Alex", "Renata Cole") and the token after it, or None. It opens on
    a given name or one of the subject's names: "Meet" in "Meet Alex" (a PERSON to the model) opens nothing."""
    tok = doc[i]
    if not (tok.text[:1].isupper() and is_name_token(tok, shared)):
        return None
    j = i
    while j < len(doc) and j - i < 3 and doc[j].text[:1].isupper() and is_name_token(doc[j], shared):
        j += 1
    given = first_names().is_first_name(tok.text) and (not tok.is_sent_start or tok.tag_ in ("NNP", "NNPS")
                                                        or tok.ent_type_ == "PERSON")   # not "Case officer, ..."
    if not (subject.matches(tok.text) or given
            or tok.ent_type_ == "PERSON" and tok.tag_ == "NNP" and not tok.is_sent_start
            or _unknown_name_acts(doc, i, j)):
        return None
    known = [k for k in range(i, j) if subject.matches(doc[k].text) or first_names().is_first_name(doc[k].text)]
    if known and known[0] > i:
        return None             # "Treasurer Alex Morgan": the name starts at the given name, read from there
    name = " ".join(t.text for t in doc[i:j])
    if not subject.matches(name):
        if j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and not is_name_token(doc[j], shared):
            return None         # "Cargo Operations", "Case Management": a unit's or a thing's name, not a person
        given = first_names().is_first_name(doc[i].text)
        placed = i > 0 and doc[i - 1].lower_ in _PLACE_PREPS
        if tok.ent_type_ in ("GPE", "LOC", "FAC") or not given and (placed or localities.lookup(name) is not None):
            return None         # "Raised in Wagga": a town the tagger took for a person
    return name, j


def _lower_full_name(doc, subject) -> bool:
    """The subject's full name written in lower case in the doc ("shoutout to our skipper alex morgan"): then its
    lower-case words are the subject too."""
    return any(" " in n and re.search(rf"(?<![\w@]){re.escape(n)}(?!\w)", doc.text) for n in subject.full)


_ACTS = frozenset({"VBZ", "VBD", "MD"})
_PLACE_PREPS = frozenset({"in", "at", "from", "near", "to", "outside", "around"})
_POSSESSIVE_AFTER = frozenset({"his", "her", "their", "he", "she"})


def _unknown_name_acts(doc, i: int, j: int) -> bool:
    """A name neither the gazetteer nor the tagger knows, opening its sentence as the one acting: "Tomasz Wilk
    coxes", "Benedek and his brother run the bar" (a pronoun just after it is its own)."""
    if not doc[i].is_sent_start or not all(t.tag_ == "NNP" for t in doc[i:j]) or j >= len(doc):
        return False
    nxt = doc[j]
    if j - i >= 2 and (nxt.tag_ in _ACTS or any(t.lower_ in _POSSESSIVE_AFTER for t in doc[j:j + 4])):
        return True             # "Tomasz Wilk coxes and his wife ..."
    return nxt.lower_ in ("and", ",") and j + 1 < len(doc) and doc[j + 1].lower_ in _POSSESSIVE_AFTER


def references(doc, span, shared, subject, lower_names: bool = False):
    """(token index, kind, gender, end) of each person reference in a span, in order: kind is SUBJECT or
    OTHER for a name, "pronoun" for he/she/his/her/they. With `lower_names`, a lower-case word of the subject's
    name is the subject."""
    i = span.start
    while i < span.end:
        tok = doc[i]
        low = tok.lower_
        if low in _GENDER:
            yield i, "pronoun", _GENDER[low], i + 1
            i += 1
            continue
        if lower_names and tok.text.islower() and low in subject.tokens and len(low) > 2:
            j = i + 1
            while j < span.end and doc[j].lower_ in subject.tokens and doc[j].text.islower():
                j += 1
            yield i, SUBJECT, None, j
            i = j
            continue
        run = _name_run(doc, i, shared, subject)
        if run is not None:
            name, j = run
            j = min(j, span.end)
            yield i, SUBJECT if subject.matches(name) else OTHER, None, j
            i = max(j, i + 1)
            continue
        i += 1


def mark_subject_voice(facts, sents) -> None:
    """Mark the sentences that speak of the subject in the third person (`SentInfo.subject_voice`) and read
    them as first person (`first_person`), so every detector that needs "I" or "my" reads them."""
    voice = _Voice()
    doc, shared, subject = facts.doc, facts.shared, facts.subject
    topic: str | None = SUBJECT if facts.about else None
    other_gender: str | None = None
    lower = _lower_full_name(doc, subject)
    voice.lower_names = lower
    for s in sents:
        refs = list(references(doc, s.span, shared, subject, lower))
        first = refs[0] if refs else None
        if first is not None:
            i, kind, gender, _ = first
            if kind == "pronoun":
                if topic == SUBJECT and voice.gender not in (None, gender) and gender != "n":
                    kind = OTHER
                elif topic == OTHER and other_gender not in (None, gender) and voice.gender == gender:
                    kind = SUBJECT
                else:
                    kind = topic
                if kind == SUBJECT and voice.gender is None and gender != "n":
                    voice.gender = gender
                elif kind == OTHER and other_gender is None:
                    other_gender = gender
            else:
                # "Alex joined in 2017 and she ...", "Jonah coxes and he ...": the name's gender, from the next pronoun
                nxt = next((g for _, k, g, _ in refs[1:] if k == "pronoun" and g != "n"), None)
                if kind == OTHER:
                    other_gender = nxt
                elif voice.gender is None:
                    voice.gender = nxt
            topic = kind
        voice.named = voice.named or facts.about or any(k == SUBJECT for _, k, _, _ in refs)
        if first is not None and voice.first_other is None and first[1] == OTHER:
            voice.first_other = first[3] - first[0] > 1      # the page opens on someone's full name
        voice.topic[s.span.start] = topic if first is not None else None
        if first is not None and topic == SUBJECT:
            s.subject_voice = True
            s.first_person = True
    topics = [t for t in voice.topic.values() if t is not None]
    # a page about someone else: opens on their full name, every topic theirs, no "I" anywhere ("Life member:
    # Desmond Ure. Desmond is a sergeant ... swims every Wednesday")
    # Round 15: or one sentence that opens on a label and someone's full name ("Member spotlight: Sam Okafor is a <org>
    # officer at <airport> and our new vice-president"): a club's page about that member
    voice.page_of_other = bool((len(topics) >= 2 or len(topics) == 1 and _LABEL_OPENING.match(doc.text))
                               and voice.first_other and all(t == OTHER for t in topics) and not _SINGULAR_I.search(doc.text))
    facts._memo["subject_voice"] = voice


_LABEL_OPENING = re.compile(r"^\W*(?:[\w\x27’-]+\s+){0,4}?(?:spotlight|profile|news|notes|welcome|introducing|meet|member|"
                            r"members|bio|about|committee|team|cast|volunteers?)\b(?:\s+[\w\x27’-]+){0,3}\s*[:\-–—]", re.I)


def _voice(ctx) -> _Voice | None:
    facts = ctx.facts
    if facts.subject is None:
        return None
    facts.sents          # marks the doc's sentences once
    return facts._memo.get("subject_voice")


def speaks_of_other(ctx, sent) -> bool:
    """On a page that names the subject in the third person (or a page all about someone else), a sentence whose
    topic is someone else and that has no "I" (the club's "our" is no one's): "Joanne is a customs broker and her
    husband Len coaches the under 12s on Saturdays" is theirs."""
    voice = _voice(ctx)
    return (voice is not None and (voice.named or voice.page_of_other) and voice.topic.get(sent.span.start) == OTHER
            and not _SINGULAR_I.search(sent.text))


def speaks_of_subject(ctx, sent) -> bool:
    """Whether the sentence's topic is the account's owner, written in the third person."""
    if _voice(ctx) is not None:
        return sent.subject_voice
    return ctx.facts.memo(f"subject_voice:{sent.span.start}", lambda: _opens_on_subject(ctx, sent))


def _opens_on_subject(ctx, sent) -> bool:
    """Without the doc's marks (a doc read outside the extractor): the sentence opens on the subject's name,
    or on she/he with the subject's name the last person named before it."""
    first = next((t for t in sent.span if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    if first.text[:1].isupper() and ctx.is_name_token(first) and ctx.subject.matches(first.text):
        return True
    if first.lower_ not in THIRD_PERSON:
        return False
    return last_person_is_subject(ctx, first.i)


def last_person_is_subject(ctx, i: int) -> bool:
    """The nearest person's name before token i is the subject's (a given name the gazetteer knows, or any
    name word the subject goes by)."""
    doc = ctx.facts.doc
    names = first_names()
    for tok in reversed(doc[:i]):
        if not (tok.text[:1].isupper() and ctx.is_name_token(tok)):
            continue
        if ctx.subject.matches(tok.text):
            return True
        if names.is_first_name(tok.text) or tok.ent_type_ == "PERSON":
            return False
    return False


def owns_here(ctx, sent, i: int) -> bool:
    """A her/his/their at token i is the subject's (see `refers_to_subject`): "Alex ... alongside her sister Jo",
    not "Bruno and his brother Tiago". Round 13: the subject's own name with 's ("Alex's best man, Dutchy ...")."""
    doc = ctx.facts.doc
    if doc[i].lower_ in ("'s", "’s") and i > sent.span.start and doc[i - 1].text[:1].isupper() \
            and ctx.subject.matches(doc[i - 1].text):
        return True
    return doc[i].lower_ in POSSESSIVES and refers_to_subject(ctx, sent, i)


def refers_to_subject(ctx, sent, i: int) -> bool:
    """A third-person pronoun at token i stands for the subject. Another person named just before it takes it
    ("Bruno and his brother Tiago", "Kirra Hale said her husband", "Elena runs the canteen, and she lives"); else
    the sentence's topic does ("He plays with Thanh ... where his son Oscar"), if the pronoun's gender is the
    subject's; without a topic, the last person named before it ("Alex ... alongside her sister Jo")."""
    doc = ctx.facts.doc
    if doc[i].lower_ not in _GENDER:
        return False
    voice = _voice(ctx)
    if voice is None:
        return last_person_is_subject(ctx, i)
    before = list(references(doc, doc[sent.span.start:i], ctx.shared, ctx.subject, voice.lower_names))
    if before and before[-1][1] != "pronoun" and i - before[-1][3] < _NEAR_OWNER:
        return before[-1][1] == SUBJECT
    gender = _GENDER[doc[i].lower_]
    if sent.subject_voice:
        return voice.gender in (None, gender) or gender == "n"
    if voice.topic.get(sent.span.start) is not None:
        return False
    return last_person_is_subject(ctx, i)
