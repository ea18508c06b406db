"""Friends named beside the subject, who is named in the third person (round 13).

A caption or a club page names the subject as a third person would: "lexi and @bec_t (Rebecca Tan) at the lake",
"Alex & Priya Raman took out the mixed pairs", "Alex Morgan, Joel Baker and Tash at the summit". The subject's own
name or alias opening the sentence, joined to other people's names by and/&/with, is the subject out with them: the
names are friends. A sentence about work (co-workers), a pet or a screen, or one that tells a couple's news (a
wedding, an anniversary: family) names no friend this way.
"""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.relation_forms import _business, relation_forms

_JOINERS = {"and", "&", "n", "+", "with", "w/", ","}
# A couple's news: the person beside the subject is family (family.py reads these).
_COUPLE = re.compile(r"\b(?:married|marry|wedding|wed|engaged|engagement|anniversary|honeymoon|husband|wife|hubby|wifey|"
                     r"partner|fianc[eé]e?|newlyweds?|kids|baby|bub|daughter|son|twins|mum|dad|separated|divorced?)\b", re.I)


def _subject_opening(ctx, toks) -> int:
    """How many tokens of the subject's own name open the sentence (0 when it does not open on it). One word must be
    the given name or a whole alias: a surname alone opens a firm's name ("Tan & Ward Migration Lawyers")."""
    for n in (3, 2, 1):
        said = " ".join(t.text for t in toks[:n]).lower().lstrip("@")
        if len(toks) > n and all(t.is_alpha or t.text.startswith("@") for t in toks[:n]) and ctx.subject.matches(said) \
                and (n > 1 or said in ctx.subject.full or any(f.split()[0] == said for f in ctx.subject.full)):
            return n
    return 0


def find(det, doc, ctx, seen: set[str]) -> list:
    """Each friend once (`seen` holds names other readings already made family, co-workers or friends)."""
    out = []
    if ctx.facts.work or ctx.item_facts.orgs:
        return out
    forms = relation_forms()
    for sent in det.allowed_sents(ctx):
        text = sent.text
        if forms.pets.search(text) or forms.on_screen(text) or _COUPLE.search(text):
            continue
        toks = [t for t in sent.span if not t.is_space]
        n = _subject_opening(ctx, toks)
        if not n or n >= len(toks) or toks[n].lower_ not in _JOINERS:
            continue
        j = toks[n].i + 1
        names = ctx.names_after(j, sent.span.end, allow_list=True)
        for name in names:
            first = name.split()[0]
            if name.lower() in seen or ctx.subject.matches(name) or len(name.split()) > 3 or not (
                    first.startswith("@") or forms.names.is_first_name(first)) or _business(name, text):
                continue                      # a given name the gazetteer knows or a handle, not a firm
            seen.add(name.lower())
            d = det.detection(ctx, value=f"{name} (friend)", key=f"associate:{name}", confidence=det.OPENING,
                              pattern="named_beside_subject", excerpt_text=text,
                              support=[" ".join(t.text for t in toks[:n + 1]).lower()],
                              attrs={"relation": "friend", "person": name})
            if d:
                out.append(d)
    return out
