"""The subject's partner with no name, placed at a named workplace (round 13).

"wifey's first day at the new job at Westmead Children's", "my husband started at Bunnings Tuggeranong this week",
"hubby's boss at Coates Hire gave him the day off": the relative is found by the workplace as surely as by a name (a
partner's shift at a named site is where to meet them). Only a partner the subject owns ("my", "our", or a clipped
spouse word opening the clause) whose own job the clause is about counts; the subject's own job ("my job at ..."),
someone else's partner ("her husband works at ...") and a sibling's or a parent's job do not. The cues are data in family.toml (`relative_at_work`).
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.context import doc_text

AT_WORK = 0.7
_REL = {"hubby": "husband", "hubs": "husband", "wifey": "wife", "missus": "wife", "bf": "boyfriend", "gf": "girlfriend",
        "other half": "partner", "better half": "partner"}


def find(det, doc, ctx, seen: set[str]) -> list:
    """One family detection per relation placed at a workplace (key family:<relation>: no name is known)."""
    rxs = getattr(det, "_relative_at_work", None)
    if rxs is None:
        rxs = det._relative_at_work = det.regexes("relative_at_work")
    text = doc_text(doc, ctx)
    out = []
    for rx in rxs:
        for m in rx.finditer(text):
            word = " ".join(m.group("rel").lower().split())
            relation = _REL.get(word, word)
            place = " ".join(m.group("place").split()).rstrip(".,!?'’")
            if relation in seen or not place or ctx.subject.matches(place):
                continue
            seen.add(relation)
            sent = ctx.facts.sent_at_char(m.start("rel"))
            d = det.detection(ctx, value=f"{relation} (works at {place})", key=f"family:{relation}", confidence=AT_WORK,
                              pattern="relative_at_workplace", excerpt_text=sent.text,
                              support=[" ".join(m.group(0).lower().split())[:50]],
                              attrs={"relation": relation, "person": "", "workplace": place})
            if d:
                out.append(d)
    return out
