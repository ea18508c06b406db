"""Family named informally (round 9): a partner by title and initial, a child at junior sport, an ex who left.

- "Mr T is on school drop", "Mrs R booked us a weekend away": a title and one initial is how many people name their
  partner online; it counts when the post has a family or couple cue and no teacher, shop or office context.
- "I take Lachie to junior footy", "dropping Matilda at under 11s", "at junior cricket with Hamish": the person taken
  to junior sport, kindy or school is the writer's child (a coach's players, a niece, a friend's kid are not).
- "Corinne took the good couch when she moved back to Perth", "since Brendan packed up": a person who does the
  leaving in a post that tells a separation is the writer's ex-partner.
The words are lists in data/lexicons/family.toml (`title_initial*`, `junior_*`, `ex_*`).
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.first_names import first_names

TITLE_INITIAL = 0.7
JUNIOR_CHILD = 0.7
EX_LEFT = 0.7
_PARTNER = {"mr": "husband", "mrs": "wife", "ms": "partner", "miss": "family member"}   # "Miss P" is as often a daughter


def partner_of_title(word: str) -> str:
    """The relation a household title and initial stands for ("mr d" -> husband, "mrs.k" -> wife), or ""."""
    flat = word.replace(".", "").replace(" ", "").lower()
    return _PARTNER.get(flat[:-1], "") if flat[:-1] in ("mr", "mrs", "ms") and flat[-1:].isalpha() else ""


class _Words:
    def __init__(self, det):
        r = det.regexes
        self.title, self.title_cue, self.title_not = r("title_initial"), r("title_initial_cue"), r("title_initial_not")
        self.junior, self.junior_not = r("junior_take"), r("junior_not")
        # round 12: an ex leaving said with a time ("left in the winter"); the children's weeks split between homes
        self.ex_leaving, self.ex_story = r("ex_leaving") + r("ex_staying") + r("ex_left_when"), r("ex_story") + r("ex_custody")
        self.ex_couple = r("ex_couple")
        w = det.words                 # "Nanna has the kids this weekend": a kin title is no ex's name
        self.kin = set(w("vocative")) | set(w("kin_titles_grandparent")) | set(w("kin_titles_other"))


def _words(det) -> _Words:
    w = getattr(det, "_informal_family", None)
    if w is None:
        w = det._informal_family = _Words(det)
    return w


def _any(rxs, text: str):
    return next((m for rx in rxs for m in [rx.search(text)] if m), None)


def _person(doc, names, m, group: str = "name") -> bool:
    """The match's name group is a given name, or a word the tagger calls a person ("Barnaby")."""
    if names.is_first_name(m.group(group)):
        return True
    span = doc.char_span(m.start(group), m.end(group), alignment_mode="contract")
    return span is not None and len(span) == 1 and span[0].ent_type_ == "PERSON"


def find(det, doc, ctx, seen: set[str]) -> list:
    """The three readings above, each person once (`seen` holds the names already reported)."""
    w = _words(det)
    text = doc_text(doc, ctx)
    out = []
    if _any(w.title_cue, text) and not _any(w.title_not, text):
        for rx in w.title:
            for m in rx.finditer(text):
                name = " ".join(m.group("name").replace(".", "").split())
                if len(name.replace(" ", "")) < 3:
                    continue
                name = name[:-1].strip() + " " + name[-1]          # "MrT" -> "Mr T"
                rel = _PARTNER.get(name.split()[0].lower(), "partner")
                out += det._emit(ctx, seen, name, rel, TITLE_INITIAL, "partner_title_initial",
                                 ctx.facts.sent_at_char(m.start()).text, m.group("name"))
    names = first_names()
    for rx in w.junior:
        for m in rx.finditer(text):
            sent = ctx.facts.sent_at_char(m.start()).text
            if _any(w.junior_not, sent):
                continue
            for group in ("name", "name2"):          # "taking Ignatius and Clover to nippers"
                if group not in m.re.groupindex or not m.group(group):
                    continue
                name = m.group(group)
                if not _person(doc, names, m, group) or ctx.subject.matches(name):
                    continue
                out += det._emit(ctx, seen, name, "child", JUNIOR_CHILD, "child_at_junior_activity", sent,
                                 " ".join(m.group(0).split())[:40])
    for name, pattern, sent, cue in ex_partners(det, doc, ctx):
        out += det._emit(ctx, seen, name, "ex-partner", EX_LEFT, pattern, sent, cue)
    return out


def ex_partners(det, doc, ctx) -> list[tuple[str, str, str, str]]:
    """(name, pattern, sentence, cue) of each ex-partner a separation post names (once per doc: the associate
    detector asks too, so "kids are with Bronwyn this week" is no friend's outing)."""
    return ctx.facts.memo("ex_partners", lambda: _ex_partners(_words(det), doc, ctx))


def _ex_partners(w: _Words, doc, ctx) -> list[tuple[str, str, str, str]]:
    text = doc_text(doc, ctx)
    names = first_names()
    out = []
    for rx in w.ex_couple:                           # "<name> n i are done", "Kirra and I have separated"
        for m in rx.finditer(text):
            name = _couple_name(doc, ctx, names, m)
            if name:
                out.append((name, "ex_partner_couple_done", ctx.facts.sent_at_char(m.start()).text,
                            " ".join(m.group(0).split()[1:])[:40]))
    if _any(w.ex_story, text):
        for rx in w.ex_leaving:
            for m in rx.finditer(text):
                name = m.group("name")
                if not _person(doc, names, m) or ctx.subject.matches(name) or name.lower() in w.kin:
                    continue
                cue = " ".join(m.group(0).replace(name, " ", 1).split())
                out.append((name, "ex_partner_left", ctx.facts.sent_at_char(m.start()).text, cue[:40]))
    return out


def _couple_name(doc, ctx, names, m) -> str:
    """The ex's given name of an `ex_couple` match: capitalised and a name (the gazetteer's or the tagger's), or
    written in lower case in a sentence with no capitals at all and known to the gazetteer ("dean n i are done")."""
    from footprint.analysis.detect.detectors.lowercase_names import lowercase_sentence

    word = m.group("name")
    if word[:1].isupper():
        return "" if not _person(doc, names, m) or ctx.subject.matches(word) else word
    title = word.capitalize()
    if word in names.ambiguous or not names.is_first_name(title) or ctx.subject.matches(title) \
            or not lowercase_sentence(ctx.facts.sent_at_char(m.start())):
        return ""
    return title
