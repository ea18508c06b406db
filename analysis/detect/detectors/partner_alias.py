"""A partner called by a household nickname, with the real name glossed beside it (round 11).

People rarely write "my wife Tanya" on a chatty post; they write "Mrs G (Tanya to everyone else)", "her indoors
(Rochelle)", "the boss at home, Marguerite,", "the ball and chain, aka Lorraine", "Mr B aka Callum". The nickname
alone names nobody; the gloss beside it (a bracket, "aka", a pair of commas) names the partner. The nickname forms
are one regex in data/lexicons/family.toml (`partner_alias`); a sentence about a teacher, a shop, an office or a
screen (`partner_alias_not`, read outside the nickname itself: "the boss at home" is no office) names no partner.
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.first_names import first_names

PARTNER_ALIAS = 0.7
_GROUPS = ("name", "name2", "name3", "name4")
_RELATION = {"mr": "husband", "mrs": "wife", "ms": "partner"}


def find(det, doc, ctx, seen: set[str]) -> list:
    """Each glossed partner once (`seen` holds the names already reported)."""
    alias, veto = det.partner_alias_rx, det.partner_alias_not
    text = doc_text(doc, ctx)
    names = first_names()
    out = []
    for rx in alias:
        for m in rx.finditer(text):
            group = next((g for g in _GROUPS if m.group(g)), None)
            if group is None:
                continue
            name = m.group(group)
            sent = ctx.facts.sent_at_char(m.start()).text
            outside = sent.replace(m.group("nick"), " ", 1)
            if any(v.search(outside) for v in veto) or ctx.subject.matches(name) or not _person(doc, names, m, group):
                continue
            nick = " ".join(m.group("nick").split())
            relation = _RELATION.get(nick.split()[0].lower().rstrip("."), "partner")
            out += det._emit(ctx, seen, name, relation, PARTNER_ALIAS, "partner_nickname_glossed", sent, nick.lower())
    return out


def _person(doc, names, m, group: str) -> bool:
    """A given name the gazetteer knows, or a word the tagger calls a person."""
    if names.is_first_name(m.group(group)):
        return True
    span = doc.char_span(m.start(group), m.end(group), alignment_mode="contract")
    return span is not None and len(span) == 1 and span[0].ent_type_ == "PERSON"
