"""Where the subject lives, said of them in the third person: an about page, a club or team page.

"Kit Finch lives in <Suburb> with two cats", "Kit, a <Suburb> local, has played for the club since 2015",
"<Name> has called <Suburb> home for a decade". The named person must be the subject (their name or an
alias), and the place a known town or suburb (gazetteer or analysis.detect.localities): a friend's suburb
on the same page is not theirs. Patterns are data: `subject_lives` in data/lexicons/home_location.toml
(group `who` the person, `place` the town). Round 8: the same said with a pronoun ("He lives in <Suburb> with wife
<Name>", "She calls <Suburb> home": `pronoun_lives`), which must point back at the subject, or a bio's bare
"Lives in <Suburb>".
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.home_loose import not_place
from footprint.analysis.detect.detectors.subject_voice import refers_to_subject
from footprint.analysis.detect.name_letters import compile_wide


_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their", ""})
_NAME = compile_wide(r"(?<![\w@])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


def _means_subject(doc, ctx, text: str, who: str, start: int) -> bool:
    """Whether `who` (a name, a pronoun, or nothing: a bio's bare "Lives in X") is the subject: a pronoun points back
    at the last person named before it (the subject on their own club page, not a teammate), and a profile field
    that names nobody else is the subject's own."""
    if who.lower() not in _PRONOUNS:
        words = who.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in ctx.shared.titles:
            words = words[1:]                  # "Ms Morgan lives in ..."
        return ctx.subject.matches(" ".join(words))
    if not who:
        return ctx.kind == "profile_field"     # a bio's "Lives in X" fragment describes its owner
    sent = ctx.facts.sent_at_char(start)
    tok = doc.char_span(start, start + len(who), alignment_mode="expand")
    if tok is not None and (sent.subject_voice or ctx.facts.subject is not None and not sent.first_person):
        return refers_to_subject(ctx, sent, tok[0].i)      # the page's topic, kept by subject_voice.py
    names = first_names()
    # people named before the pronoun: the tagger's persons that read as people (not "Wagga", not "Keen birder")
    named = [(sp.start_char, sp.text) for sp in ctx.facts.persons if sp.end_char <= start
             and localities.lookup(sp.text) is None and names.is_first_name(sp.text.split()[0])]
    named += [(m.start(), m.group(0)) for m in _NAME.finditer(text, 0, start) if ctx.subject.matches(m.group(0))]
    if named:
        return ctx.subject.matches(max(named)[1])
    return ctx.kind == "profile_field"


def subject_lives(det, doc, ctx) -> list:
    out, seen = [], set()
    text = doc_text(doc, ctx)
    moved = tuple(getattr(det, "moved_to", ()))
    for rx in (*det.subject_lives, *getattr(det, "pronoun_lives", ()), *moved):
        for m in rx.finditer(text):
            if rx in moved and not localities.lookup(m.group("place").split()[0]) and not any(
                    sp.start_char == m.start("place") and sp.ent_id_.startswith("place:") for sp in ctx.facts.places):
                continue            # "moved to Border Force": only a known town or suburb is where one moved
            # round 17: the pronoun may follow the place ("<Suburb> hall, where she lives"): read it where it is
            if not _means_subject(doc, ctx, text, m.group("who") or "", m.start("who") if m.group("who") else m.start()):
                continue
            words = m.group("place").split()
            found, score = None, det.STATED
            tagged = next((sp for sp in ctx.facts.places
                           if sp.start_char == m.start("place") and sp.ent_id_.startswith("place:")), None)
            if tagged is not None:                       # the gazetteer's suburb
                row = ctx.places.get(tagged.ent_id_, {})
                found = (tagged.ent_id_.split(":", 1)[1], row.get("kind", "suburb"))
            for n in range(len(words), 0, -1):          # "Narrabundah with two cats" -> "Narrabundah"
                if found:
                    break
                found = localities.lookup(" ".join(words[:n])) or localities.named_suburb(" ".join(words[:n]))
            if not found and words[0][:1].isupper() and not not_place(" ".join(words[:2])) and not not_place(words[0]):
                # a name no gazetteer knows, said plainly as where they live (round 15: no star or fictional land)
                name = " ".join(w for w in words[:2] if w[:1].isupper()) if len(words) > 1 and words[1][:1].isupper() \
                    else words[0]
                found, score = (name, "suburb"), det.GUESSED
            if found and found[1] in ("state", "territory", "country"):
                continue
            sent = ctx.facts.sent_at_char(m.start())
            if not found or found[0] in seen or det.denied(sent.text):
                continue
            seen.add(found[0])
            d = det.detection(ctx, value=found[0], key=f"place:{found[0]}", confidence=score,
                              pattern="subject_said_to_live", excerpt_text=sent.text,
                              support=[" ".join(m.group(0).split())], attrs={"place": found[0], "place_kind": found[1]})
            if d:
                out.append(d)
    return out


# round 14: a third-person residence verb just before a place ("... lives around the corner in X")
_THIRD_VERB = re.compile(r"\b(?:lives|resides|has\s+lived|is\s+based|calls\s+\w+\s+home)\b", re.I)


def someone_else(ctx, text: str, verb_zone_start: int, verb_zone: str) -> bool:
    """Whether a home phrase before a place is said of someone other than the subject: a third-person verb in
    `verb_zone` (the words before the place, starting at `verb_zone_start`) whose nearest named person before it in
    the sentence is not the subject ("Volunteer of the month: Bronwyn ... lives around the corner in X"). A verb
    with no person named before it (a bio's "Lives in X") is the subject's own."""
    m = None
    for m in _THIRD_VERB.finditer(verb_zone):
        pass
    if m is None:
        return False
    at = verb_zone_start + m.start()
    sent = ctx.facts.sent_at_char(at)
    names = first_names()
    named = [(sp.start_char, sp.text) for sp in ctx.facts.persons
             if sent.span.start_char <= sp.start_char and sp.end_char <= at and localities.lookup(sp.text) is None]
    named += [(n.start(), n.group(0)) for n in _NAME.finditer(text, sent.span.start_char, at)
              if names.is_first_name(n.group(0).split()[0]) or ctx.subject.matches(n.group(0))]
    if not named:
        return False
    return not ctx.subject.matches(max(named)[1])
