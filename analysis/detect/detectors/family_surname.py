"""A relative told only by sharing the subject's family name (round 14).

Results pages, club newsletters and school notices name children in full and say nothing of kin: "U12 800m: 2nd
<Given> Morgan", "<Given> Morgan 2nd in the 10yrs freestyle". On the subject's own account, someone who carries the
subject's family name and a given name that is not the subject's is a relative far more often than not. It counts
only outside screens, books and the news (a namesake in a film), and not after a title that makes the person
public or a professional ("Dr", "Senator", "Coach"). The relation stays "relative": the surname says kin, not which.
"""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.relation_forms import relation_forms
from footprint.analysis.detect.name_letters import compile_wide

SAME_SURNAME = 0.6
_TITLE_BEFORE = re.compile(r"\b(?:dr|doctor|prof|professor|senator|sen|minister|premier|mp|judge|justice|coach|"
                           r"sgt|sergeant|inspector|commander|captain|capt|officer|det|detective|councillor|cr|"
                           r"mayor|rev|reverend|father|sister|saint|st|sir|dame|lord|lady)\.?\s*$", re.I)

# "<Name> from the ABC", "<Name> of Channel 9", "<Name>, the Sky News presenter": someone's professional name
_PUBLIC_AFTER = re.compile(r"\s*,?\s+(?:from|of|at|on|with)\s+(?:the\s+)?(?-i:[A-Z]{2,}\b|(?:Channel|Radio|Sky|Seven|Nine|Ten|"
                           r"Network)\b)|\s*,\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}(?:presenter|reporter|journalist|host|"
                           r"mp|senator|minister|ceo|spokesperson|spokeswoman|spokesman|author|actor|actress|singer)\b", re.I)


def surnames_of(subject) -> set[str]:
    """The subject's family names: the last word of each full name they go by ("alex morgan" -> "morgan")."""
    return {n.split()[-1] for n in subject.full if " " in n and len(n.split()[-1]) > 2}


def find(det, doc, ctx, seen: set[str]) -> list:
    """Each "<Given> <Subject's surname>" the post names, once, when the post is not about a screen or the news."""
    fams = surnames_of(ctx.subject)
    if not fams:
        return []
    text = doc_text(doc, ctx)
    low = text.lower()
    if not any(f in low for f in fams):
        return []
    forms, names = relation_forms(), first_names()
    rx = compile_wide(r"(?<![\w@#])(?-i:([A-Z][a-z]+))\s+(" + "|".join(re.escape(f) for f in sorted(fams)) + r")\b(?![\w@-])",
                    re.I)
    out = []
    for m in rx.finditer(text):
        given, fam = m.group(1), m.group(2)
        if not fam[:1].isupper() or ctx.subject.matches(given) or ctx.subject.matches(f"{given} {fam}"):
            continue
        if not (names.is_first_name(given) or given.lower() in names.ambiguous) \
                or _TITLE_BEFORE.search(text[:m.start()]):
            continue                          # before the surname, "Ivy" and "Will" are given names
        sent = ctx.facts.sent_at_char(m.start()).text
        if forms.on_screen(sent) or forms.media.search(sent) or _PUBLIC_AFTER.match(text, m.end()):
            continue                          # a namesake in a film, a book, the news, a presenter of a station
        out += det._emit(ctx, seen, f"{given} {fam}", "relative", SAME_SURNAME, "relative_same_surname", sent,
                         fam.lower())
    return out
