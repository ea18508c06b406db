"""Family told by an event of the post, with no relation word before the name (round 12).

- A birth announcement: "<Full Name>, 3.2 kg, arrived at 4.10am. <Name> was unbelievable." The name beside the news
  (the arrival, the weight, the time) is the baby, the subject's child; the one other lone given name the post speaks
  of is the partner who gave birth (a midwife or a doctor is not). A litter, a foal, a friend's or a sister's baby and
  congratulations are someone else's news (`birth_not`).
- A child by a title and an age ("Miss E (4)", "Master Theo (6)"), and the child's other parent named after a child of
  the subject in the same sentence ("Miss E (4) and her mum Shona"), or named outright as the children's other parent
  ("the kids' mum Leanne", "my son's dad Ryan"): the subject's partner or co-parent.
Every cue is data in family.toml (`birth_*`, `child_title_age`, `other_parent`, `co_parent`).
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.relation_forms import relation_forms

BIRTH = 0.7
OTHER_PARENT = 0.7
_CHILDISH = {"child", "son", "daughter", "baby", "twin", "kids", "family member", "stepson", "stepdaughter"}


class _Words:
    def __init__(self, det):
        r = det.regexes
        self.arrival, self.measure, self.birth_not = r("birth_arrival"), r("birth_measure"), r("birth_not")
        self.carer, self.child_title = r("birth_carer"), r("child_title_age")
        self.other_parent, self.co_parent = r("other_parent"), r("co_parent")


def _words(det) -> _Words:
    w = getattr(det, "_family_events", None)
    if w is None:
        w = det._family_events = _Words(det)
    return w


def find(det, doc, ctx, seen: set[str], found: list) -> list:
    """The readings above, each person once (`found` holds the detector's detections so far)."""
    w = _words(det)
    text = doc_text(doc, ctx)
    out = _birth(det, w, doc, ctx, text, seen)
    for m in (m for rx in w.child_title for m in rx.finditer(text)):
        name = " ".join(m.group("name").split())
        out += det._emit(ctx, seen, name, "child", BIRTH, "child_title_age", ctx.facts.sent_at_char(m.start()).text,
                         m.group(0)[len(m.group("name")):].strip(" .()").lower())
    children = {d.attrs["person"] for d in found + out if d.attrs.get("relation") in _CHILDISH}
    names = first_names()
    for rxs, need_child in ((w.co_parent, False), (w.other_parent, True)):
        for m in (m for rx in rxs for m in rx.finditer(text)):
            name = m.group("name")
            sent = ctx.facts.sent_at_char(m.start())
            if not names.is_first_name(name) or ctx.subject.matches(name):
                continue
            if need_child and not any(c in sent.text[:m.start() - sent.span.start_char] for c in children):
                continue                      # "her mum Rhea" of a child who is not the subject's: someone else's
            out += det._emit(ctx, seen, name, "partner", OTHER_PARENT, "child_other_parent", sent.text,
                             " ".join(m.group(0).replace(name, "").split()).lower())
    return out


def _birth(det, w: _Words, doc, ctx, text: str, seen: set[str]) -> list:
    arrival, measure = first_match(w.arrival, text), first_match(w.measure, text)
    if not arrival or not (measure or "world" in arrival.group(0).lower()) or first_match(w.birth_not, text):
        return []
    forms = relation_forms()
    if forms.pets.search(text) or forms.on_screen(text):
        return []
    cue = arrival.group(0).lower()
    at = ctx.facts.sent_at_char(arrival.start())
    runs = _name_runs(ctx, doc)
    baby = next((r for r in runs if at.span.start <= r[1] < at.span.end), None)
    if baby is None and measure is not None:
        near = ctx.facts.sent_at_char(measure.start())
        baby = next((r for r in runs if near.span.start <= r[1] < near.span.end), None)
    out = []
    if baby is not None and not ctx.subject.matches(baby[0]):
        out += det._emit(ctx, seen, baby[0], "child", BIRTH, "birth_announcement_child", at.text, cue)
    names = first_names()
    parts = set(baby[0].replace("-", " ").split()) if baby else set()
    others = [r for r in runs if (baby is None or r[0] != baby[0]) and " " not in r[0] and r[0] not in parts
              and (names.is_first_name(r[0]) or doc[r[1]].ent_type_ == "PERSON")]
    if len({r[0] for r in others}) == 1:
        name, i = others[0][0], others[0][1]
        sent = ctx.facts.sent_at_char(doc[i].idx)
        if not first_match(w.carer, sent.text) and not (i and doc[i - 1].lower_ in ("his", "her", "their", "dr", "with")):
            out += det._emit(ctx, seen, name, "partner", BIRTH, "birth_announcement_partner", sent.text, cue)
    return out


def _name_runs(ctx, doc) -> list[tuple[str, int]]:
    """(name, first token) of each run of one to four capitalised name words (a baby's full name has a middle one)."""
    out, i = [], 0
    names = first_names()
    while i < len(doc):
        t = doc[i]
        if not (ctx.is_name_token(t) and t.text[:1].isupper() and (names.is_first_name(t.text) or t.ent_type_ == "PERSON")):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 5 and (ctx.is_name_token(doc[j]) and doc[j].text[:1].isupper() or (
                doc[j].text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())):
            j += 1                            # "Ellie-Mae": a hyphen inside one given name
        out.append((doc[i:j].text, i))
        i = j
    return out
