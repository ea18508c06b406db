"""Family told in two neighbouring sentences: the relation in one, the person's name opening the other (round 13).

- "Miss you Dad. Reginald Hollis, finest carpenter in Bendigo." / "Happy birthday Mum. Gwendolyn Price, 70 today":
  a relative spoken to or of without a name, then the next sentence opens on a full name in apposition (a comma or a
  bracket after it) or on a name and its verb: the relative.
- "Ezra's got his Ps! My eldest, the new terror of the roundabouts." / "Ottilie (9) made dinner. My girl is growing
  up": a sentence opening on a name, then the next one speaks of the subject's child without a name: the child. Only
  a child word is read this way ("Jake came over. My wife made lasagne" is two people).
The post must name nobody else, hold no pet and nothing on a screen. The cues are data in family.toml
(`relation_beside_address`, `relation_beside_owned`, `relation_beside_child`).
- Round 20 (`partner_before`): "Jase has actually mowed. My husband, the hero of the school run" / "Priya and I got
  the keys. My partner has painted one wall three times": a sentence where one lone given name does something (its
  subject, or "<name> and I"), then a sentence OPENING on the subject's unnamed partner: the same person. A pet named
  in the post is no other person ("Our collie Molly"); a visitor or someone else's relative is
  (`relation_beside_outsider`), and so is a partner sentence about someone absent or contrasted ("My wife stayed
  home": `relation_beside_partner_not`); the name's sex, where the gazetteer knows it, agrees with the word.
"""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.first_names import name_sexes
from footprint.analysis.detect.name_letters import fold
from footprint.analysis.detect.detectors.relation_forms import relation_forms

BESIDE = 0.7
# Every cue below holds one of these words: most posts hold none and are passed over at once.
_ANY_CUE = re.compile(r"\b(?:mum|mom|mam|mummy|dad|daddy|nan|nana|nanna|gran|grandma|grandpa|grandad|granddad|pop|poppy|"
                      r"boy|girl|lad|lass|son|daughter|eldest|youngest|oldest|firstborn|bub|baby)\b", re.I)
_PLACES = {"GPE", "LOC", "FAC", "ORG"}
_REL = {"mum": "mother", "mom": "mother", "mam": "mother", "mummy": "mother", "dad": "father", "daddy": "father",
        "boy": "son", "lad": "son", "girl": "daughter", "lass": "daughter", "nan": "grandparent", "nana": "grandparent",
        "nanna": "grandparent", "gran": "grandparent", "grandma": "grandparent", "grandpa": "grandparent",
        "grandad": "grandparent", "granddad": "grandparent", "pop": "grandparent", "poppy": "grandparent",
        "eldest": "child", "youngest": "child", "oldest": "child", "firstborn": "child", "kid": "child", "baby": "child",
        "bub": "child", "hubby": "husband", "wifey": "wife", "bro": "brother", "sis": "sister",
        "hubs": "husband", "missus": "wife", "missis": "wife", "other half": "partner", "better half": "partner",
        "fiance": "fiancé", "fiancee": "fiancée", "bf": "boyfriend", "gf": "girlfriend"}
# The sex a partner word says; a word missing here ("partner", "other half") agrees with any name.
_SEX = {"husband": "m", "hubby": "m", "hubs": "m", "boyfriend": "m", "bf": "m", "fiance": "m", "fiancé": "m",
        "wife": "f", "missus": "f", "missis": "f", "wifey": "f", "girlfriend": "f", "gf": "f", "fiancee": "f", "fiancée": "f"}
_WITH_ME = {"i", "me"}


class _Words:
    def __init__(self, det):
        r = det.regexes
        self.address, self.owned, self.child = r("relation_beside_address"), r("relation_beside_owned"), r("relation_beside_child")
        self.partner, self.partner_not = r("relation_beside_partner"), r("relation_beside_partner_not")
        self.outsider = r("relation_beside_outsider")


def _words(det) -> _Words:
    w = getattr(det, "_family_beside", None)
    if w is None:
        w = det._family_beside = _Words(det)
    return w


def _opening_name(ctx, sent, names) -> str:
    """The name a sentence opens on, when what follows makes it that person's sentence: a comma or a bracket after a
    name ("Reginald Hollis, finest ..."), a possessive ("Ezra's got"), or a verb ("Rowan got his L plates")."""
    toks = [t for t in sent.span if not t.is_space]
    parts = []
    while len(parts) < 3 and len(parts) < len(toks) and ctx.is_name_token(toks[len(parts)]) and toks[len(parts)].is_alpha:
        parts.append(toks[len(parts)])
    aged = len(toks) > len(parts) + 2 and toks[len(parts)].text == "(" and toks[len(parts) + 1].like_num
    if not parts or parts[0].lower_ in names.ambiguous or not (
            names.is_first_name(parts[0].text) or parts[0].ent_type_ == "PERSON" or aged):
        return ""                             # "Juniper (7) read ...": an age in brackets makes the word a name
    name = " ".join(t.text for t in parts)
    if ctx.subject.matches(name) or ctx.subject.matches(parts[0].text):
        return ""
    k = len(parts)
    while k < len(toks) - 1 and toks[k].tag_ == "RB" and toks[k].lower_ not in ("not", "n't"):
        k += 1
    nxt = toks[k] if k < len(toks) else None
    if nxt is None:
        return ""
    if nxt.text in (",", "(") or nxt.lower_ in ("'s", "’s") or nxt.tag_.startswith(("VB", "MD")):
        return name
    return ""


def _names_in(ctx, sent, names) -> bool:
    """Whether a sentence holds a capitalised given name (a sentence between that names nobody is an aside)."""
    return any(ctx.is_name_token(t) and names.is_first_name(t.text) for t in sent.span)


def _names_elsewhere(ctx, doc, names, name: str) -> bool:
    """Whether the post names any person other than `name` (a given name the gazetteer knows, or a handle)."""
    own = set(name.split())
    return any(t.text.startswith("@") or ctx.is_name_token(t) and names.is_first_name(t.text) and t.text not in own
               and t.lower_ not in names.ambiguous and not ctx.subject.matches(t.text)
               and not (t.i > 0 and doc[t.i - 1].lower_ == "the")          # "the Murray": a river, not a person
               and t.ent_type_ not in _PLACES for t in doc)


def find(det, doc, ctx, seen: set[str]) -> list:
    """The two readings above, each person once."""
    sents = ctx.facts.sents
    if len(sents) < 2:
        return []
    w = _words(det)
    out = _partner_before(det, doc, ctx, seen, w)
    if not _ANY_CUE.search(ctx.facts.text):
        return out
    forms = relation_forms()
    names = forms.names
    text = ctx.facts.text
    if forms.pets.search(text) or forms.on_screen(text):
        return out
    for k, sent in enumerate(sents):
        address = first_match(w.address, sent.text) or first_match(w.owned, sent.text)
        child = first_match(w.child, sent.text)
        if not (address or child) or _opening_name(ctx, sent, names):
            continue
        if any(ctx.is_name_token(t) and names.is_first_name(t.text) and t.ent_type_ in ("", "PERSON")
               and t.lower_ not in names.ambiguous and not ctx.subject.matches(t.text)
               and not (address and t.lower_ == address.group("rel").lower()) for t in sent.span):
            continue                          # the sentence names someone itself: the other readings read it
        found = []
        if address and k + 1 < len(sents):
            found.append((_opening_name(ctx, sents[k + 1], names), address, sents[k + 1]))
        if child and k > 0:               # the sentence before, or the one before that past a nameless aside
            back = k - 1 if _opening_name(ctx, sents[k - 1], names) or k < 2 or _names_in(ctx, sents[k - 1], names) else k - 2
            found.append((_opening_name(ctx, sents[back], names), child, sents[back]))
        for name, m, other in found:
            if not name or _names_elsewhere(ctx, doc, names, name):
                continue
            word = m.group("rel").lower()
            relation = _REL.get(word, word)
            pair = f"{sent.text} {other.text}" if other.span.start > sent.span.start else f"{other.text} {sent.text}"
            out += det._emit(ctx, seen, name, relation, BESIDE, "relation_beside_name", pair.strip(),
                             " ".join(m.group(0).lower().split())[:40])
    return out


def _pet_named(doc, t, forms) -> bool:
    """Whether a pet word stands just before a name ("our border collie Molly", "the pup Biscuit")."""
    return bool(forms.pets.search(" ".join(x.text for x in doc[max(0, t.i - 3):t.i])))


def _someone(ctx, doc, t, forms) -> bool:
    """A token that is someone's given name: not a word that is only sometimes one, not the subject's, not a pet's."""
    names = forms.names
    return (ctx.is_name_token(t) and names.is_first_name(t.text) and t.lower_ not in names.ambiguous
            and not ctx.subject.matches(t.text) and not _pet_named(doc, t, forms))


def _acting_name(ctx, doc, sent, forms) -> tuple[str, bool]:
    """The lone given name of a sentence that does something in it, and whether it is joined to the writer: opening
    the sentence with the writer ("Priya and I took Ava to the caves", "Me and Priya ...": the couple; others may be
    named), or the one name of the sentence with a verb after it ("Jase has actually mowed", "Les says ...").
    Empty when the name is a pet's or the subject's own."""
    found = []
    for t in sent.span:
        if not _someone(ctx, doc, t, forms):
            continue
        if t.ent_type_ not in ("", "PERSON") and not (t.ent_iob_ == "B" and not (
                t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")):
            continue                          # part of a place's or an organisation's name
        if t.i + 1 < len(doc) and ctx.is_name_token(doc[t.i + 1]) and doc[t.i + 1].text[:1].isupper() \
                or t.i > sent.span.start and ctx.is_name_token(doc[t.i - 1]) and doc[t.i - 1].text[:1].isupper():
            continue                          # a full name is someone the post introduces
        found.append(t)
    if not found:
        return "", False
    t = found[0]
    after = [x for x in doc[t.i + 1:min(sent.span.end, t.i + 5)] if not x.is_space]
    before = [x.lower_ for x in doc[max(sent.span.start, t.i - 2):t.i] if x.is_alpha]
    if len(after) >= 2 and after[0].lower_ in ("and", "&", "n") and after[1].lower_ in _WITH_ME and not any(
            x.is_alpha for x in doc[sent.span.start:t.i]) or before in (["me", "and"], ["me"]) and t.i - sent.span.start <= 3:
        return t.text, True
    if len({x.text for x in found}) != 1:
        return "", False
    k = 0
    while k < len(after) - 1 and after[k].tag_ == "RB" and after[k].lower_ not in ("not", "n't"):
        k += 1                                # "Callum has even cleaned", "Bronwyn still reckons"
    if k < len(after) and after[k].tag_.startswith(("VB", "MD")) and after[k].tag_ not in ("VBG", "VBN"):
        return t.text, False
    return "", False


def _partner_before(det, doc, ctx, seen: set[str], w) -> list:
    """ "Jase has actually mowed. My husband, the hero of the school run": the one name acting in a sentence, then
    the subject's unnamed partner opening the next sentence, in a post that names nobody else."""
    sents = ctx.facts.sents
    out = []
    forms = None
    for k, sent in enumerate(sents[1:], 1):
        m = first_match(w.partner, sent.text)
        if not m or first_match(w.partner_not, sent.text):
            continue
        forms = forms or relation_forms()
        names = forms.names
        if forms.on_screen(ctx.facts.text) or any(_someone(ctx, doc, t, forms) for t in sent.span):
            continue                          # the partner sentence names someone itself: other readings read it
        prev = sents[k - 1]
        if k >= 2 and not _names_in(ctx, prev, names):
            prev = sents[k - 2]               # past a nameless aside: "Kiara and I got the keys. Redbank, baby. My ..."
        name, couple = _acting_name(ctx, doc, prev, forms)
        if not name or first_match(w.outsider, prev.text) or not couple and any(
                t.text != name and (t.text.startswith("@") or _someone(ctx, doc, t, forms) and t.ent_type_ not in _PLACES
                                    and not (t.i > 0 and doc[t.i - 1].lower_ == "the"))
                for t in doc if t.text not in name.split()):
            continue                          # a visitor, someone else's, or a post naming two people
        word = " ".join(m.group("rel").lower().split())
        sex = name_sexes().get(fold(name.lower()))
        if sex and _SEX.get(word, sex) != sex:
            continue                          # "Jake and I went fishing. My wife ..." is two people
        out += det._emit(ctx, seen, name, _REL.get(word, word), BESIDE, "partner_before", f"{prev.text} {sent.text}".strip(),
                         " ".join(m.group(0).lower().split())[:40])
    return out
