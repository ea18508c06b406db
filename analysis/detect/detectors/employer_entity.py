"""The employer is one entity across the scan: once established, the subject's own-voice mentions are its evidence.

A staff member's profile gives their official address, or a bio says "ABF officer"; later posts name the
organisation in passing in the writer's own voice ("Border Force trivia night, we came second", "back at Home Affairs
tomorrow, send coffee") with nothing else in the sentence that says employment. Alone such a sentence is not
evidence (a client or a fan says as much), but beside an employer the scan already establishes, it is more of the
same finding: reviewers cite those posts. The employer detector emits such mentions as candidates
(pattern `PATTERN`, first person in the sentence, no veto of the detector passed over: not a third party acting, not
news, not a sight, not someone else's job); this step keeps them, as evidence of that employer, only when the scan
establishes it elsewhere (an employer detection of any of the organisation's names, the subject's own official
address among them: own_email.py), and drops them otherwise. They never establish it
themselves.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

CANDIDATE = 0.5          # the report threshold: emitted, then kept or dropped here
PROMOTED = 0.6
PATTERN = "org_named_in_own_voice"


def is_candidate(d) -> bool:
    """An own-voice employer mention, or an account registered with a bare "work email" (registered_unseen.py):
    evidence only beside an employer established elsewhere."""
    return d.category == "employer" and d.pattern == PATTERN or (
        isinstance(d.attrs, dict) and d.attrs.get("needs_employer") is True)


def settle(dets: list, scan: bool = True) -> list:
    """The detections with every own-voice candidate kept as evidence of an employer established elsewhere in the
    scan (raised to `PROMOTED`, its support saying where), or dropped. The org's work described without its name
    (`any_employer`) is kept only in a scan (the batch holds the subject's own profile): a loose batch of posts is
    no one person's."""
    if not any(is_candidate(d) for d in dets):
        return dets
    if not scan:
        dets = [d for d in dets if not (isinstance(d.attrs, dict) and d.attrs.get("any_employer"))]
    known: dict[str, str] = {}
    named = Counter()                   # how often each established employer is named: the work described joins the most
    for d in dets:
        if d.category == "employer" and not is_candidate(d):
            known.setdefault(d.value, f"{d.pattern} <{d.evidence.url}>")
            named[d.value] += 1
    most_named = named.most_common(1)[0][0] if named else ""
    out = []
    for d in dets:
        if not is_candidate(d):
            out.append(d)
            continue
        if d.category == "employer" and d.attrs.get("any_employer") and most_named:
            # the org's work described without its name: evidence of the employer the scan names most
            d = replace(d, value=most_named, key=f"employer:{most_named.lower()}")
        where = known.get(d.value) or next(iter(known.values()), "")
        if where and d.category != "employer":
            out.append(replace(d, support=[*d.support, f"employer established: {where}"]))
        elif where:
            out.append(replace(d, confidence=PROMOTED, support=[*d.support, f"employer established: {where}"],
                               attrs={**d.attrs, "employment": f"own voice; employer established by {where}"}))
    return out
