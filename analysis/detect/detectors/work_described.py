"""The employer's kind of work, described by the writer without naming it: evidence of an employer established elsewhere.

A staff member whose profile gives an official address rarely names the agency again; they describe the work: "me
and Rex spent the arvo sniffing bags off the Singapore flight, best job in the world", "I search shipping containers
for a living", "two boardings off Ashmore on the cutter this week", "primary line at Tulla from 5am, stamped 600
passports". Reviewers cite those posts as the employer's evidence. A sentence is such a description when the writer
(or the subject of a page about them) does one of the organisation's duties (the org profile's `duties`, its work
sites) and the sentence or post frames it as their work (a job or shift word: employer.toml `job_frame`, the shared
work words, or the org's site). Alone it says nothing about whose staff they are (a baggage handler scans bags too),
so it is emitted as a candidate (`needs_employer`, `any_employer`) that employer_entity.settle keeps as evidence of
the employer the scan establishes, under that employer's name, and drops otherwise.
"""
from __future__ import annotations

import re
from functools import lru_cache

from footprint.analysis.detect.detectors import employer_entity
from footprint.analysis.detect.detectors.subject_voice import speaks_of_other

PATTERN = "work_described"
# someone else doing the work: "my brother boards ships", "he x-rays bags", "they searched our car"
_OTHERS = re.compile(r"\b(?:he|she|they|his|her|their|(?:my|our|the)\s+(?:\w+\s+)?(?:brother|sister|mum|mom|dad|wife|husband|"
                     r"partner|son|daughter|mate|mates|friend|friends|cousin|neighbou?r|uncle|aunt|kids?|children|boys|girls|"
                     r"family|toddler|baby|teenagers?))\b", re.I)


@lru_cache(maxsize=8)
def _duties(pattern_key: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in pattern_key)


def duties(org) -> tuple[re.Pattern, ...]:
    """The organisation profile's `duties` regexes (data/orgs/*.toml), compiled once."""
    content = getattr(org, "content", None) or {}
    return _duties(tuple(content.get("duties", ()) if isinstance(content, dict) else ()))


def work_described(detector, doc, ctx) -> list:
    """Employer candidates for sentences describing the org's kind of work as the writer's job (see module doc)."""
    facts = ctx.facts
    if ctx.kind != "text" or facts.org_mentions:
        return []                         # a post that names the org is the employer detector's own
    rxs = duties(ctx.org)
    if not rxs:
        return []
    text = doc.text
    post_frame = next((m.group(0) for rx in detector.job_frame for m in [rx.search(text)] if m), "")
    out = []
    for sent in facts.sents:
        duty = next((m for rx in rxs for m in [rx.search(sent.text)] if m), None)
        if duty is None or detector.denied(sent.text) or detector.denied_clause(sent.text) or \
                ctx.shared.employment.about(sent.text):
            continue
        if speaks_of_other(ctx, sent) or not sent.subject_voice and _OTHERS.search(sent.text[:duty.start()]):
            continue                      # someone else's work
        if not (sent.any_first_person or sent.subject_voice or not _OTHERS.search(sent.text)):
            continue
        site = next((s.text for s in facts.sites if sent.span.start <= s.start < sent.span.end), "")
        own_frame = next((m.group(0) for rx in detector.job_frame for m in [rx.search(sent.text)] if m), "")
        frame = own_frame or post_frame or site or next(iter(ctx.shared.work_in(sent.text)), "")
        if not frame or not (sent.any_first_person or sent.subject_voice or own_frame):
            continue                      # "The arrivals hall is chaos in the holidays": no one's job said
        d = detector.detection(ctx, value=ctx.org.name, key=f"employer:{ctx.org.name}", confidence=employer_entity.CANDIDATE,
                               pattern=PATTERN, excerpt_text=sent.text,
                               support=[f"'{duty.group(0).strip()}'", f"'{frame.strip()}'"],
                               attrs={"org": ctx.org.name, "needs_employer": True, "any_employer": True,
                                      "employment": "the organisation's kind of work described as the writer's job"})
        if d:
            out.append(d)
            break                         # one per post
    return out
