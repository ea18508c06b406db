"""Friends by the role they hold in a pastime, and the co-worker reading a pastime's words would give them (round 15).

A theatre company has a director, a bowls rink a skip and a lead, a church youth group co-leaders, a Facebook group
co-admins, an op shop a roster of shifts and a school canteen one too. "Our director Ines Galbraith has worked
miracles with this cast", "my skip for twenty years, Horace Pike", "Teodor Vasquez has kindly taken my shift at the
op shop" name friends from a pastime: the same words at the subject's paid work would name co-workers.

- `find` (associate): a name after a pastime role the subject owns ("our director", "my long-time lead", "co-admin
  of this group is", "my training partner is") in a post whose sentence speaks of the pastime; and a full name thanked
  or doing the subject a favour ("kindly taken my shift", "covering my spot") in a sentence about a volunteer venue.
- (round 15b) a full name with its own deed or place in the writer's circle (`friend_deed`): "especially to <Full Name>,
  who carted my modules", "our own <Full Name>, who runs the men's breakfast", "Mods: @handle (<Full Name>) runs chat",
  "<Full Name> from <Business> has the stall next to mine", "mi profesora, <Full Name>", in an item free of work words.
- `vetoed` (colleague): a co-worker finding whose sentence speaks of a pastime, in an item that names no employer
  and says no work word ("at work", "the office", "colleague"): the person is the subject's friend from the pastime.

The words are data (data/lexicons/associate.toml: `hobby_roles`, regexes `hobby_context`, `hobby_favour`,
`hobby_work`); every finding names the role or the favour and the pastime words it stood beside.
"""
from __future__ import annotations

import re
from functools import lru_cache

from footprint.analysis.detect.detectors.context import WordSet
from footprint.analysis.detect.detectors.first_names import HANDLE_RX, first_names
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.name_letters import compile_wide

_OWN = {"my", "our"}
# Words that may stand between a role and the name: "co-admin of this group is <Name>", "my skip for twenty years, <Name>".
_BRIDGE = re.compile(r"^\s*(?:(?:of|for|in|at|on)\s+(?:this|the|our|my)\s+[\w' -]{1,30}?(?=\s*[,:]|\s+(?:is|was|has|are)\b))?"
                     r"\s*(?:(?:for|of)\s+[\w -]{1,25}?,)?\s*[,:(]?\s*(?:(?:is|was|has\s+been|are)\s+)?[,:(]?\s*", re.I)


class HobbyRoles:
    def __init__(self):
        lex = load_lexicon("associate")
        self.roles = WordSet(lex.phrases("hobby_roles"))
        self.sure = WordSet(lex.phrases("hobby_roles_sure"))
        self.context = tuple(lex.regex.get("hobby_context", ()))
        self.favour = tuple(lex.regex.get("hobby_favour", ()))
        self.deed = tuple(lex.regex.get("friend_deed", ()))       # round 15b: said with its own cue, pastime or not
        self.work = tuple(lex.regex.get("hobby_work", ()))

    def pastime(self, text: str) -> str:
        """The pastime words of a text ("opening night", "pennants", "op shop"), or ""."""
        for rx in self.context:
            m = rx.search(text)
            if m:
                return m.group(0).lower()
        return ""

    def worklike(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.work)


@lru_cache(maxsize=1)
def hobby_roles() -> HobbyRoles:
    return HobbyRoles()


def _free_of_work(ctx, doc) -> bool:
    """No employer named in the item and no explicit work word in the post."""
    return not ctx.item_facts.orgs and not hobby_roles().worklike(doc.text)


def _full_name(ctx, name: str) -> bool:
    parts = name.split()
    return name.startswith("@") or (len(parts) >= 2 and first_names().is_first_name(parts[0])) \
        or (len(parts) == 1 and first_names().is_first_name(parts[0]))


def _names_after_role(ctx, doc, sent, end_char: int) -> list[str]:
    """The names right after a role (past "of this group is", "for twenty years,", "is")."""
    rest = sent.text[end_char:]
    m = _BRIDGE.match(rest)
    offset = sent.span.start_char + end_char + (m.end() if m else 0)
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return []
    i = span.start
    if i < sent.span.end and HANDLE_RX.match(doc[i].text):
        return [doc[i].text]
    return ctx.names_after(i, sent.span.end, allow_list=True, max_names=3)


def find(det, doc, ctx, seen: set[str]) -> list:
    """Associates named by a pastime role or a pastime favour (each person once; `seen` are taken already)."""
    hr = hobby_roles()
    if not _free_of_work(ctx, doc):
        return []
    post_pastime = hr.pastime(doc.text)
    out = []
    for sent in det.allowed_sents(ctx):
        pastime = hr.pastime(sent.text) or post_pastime
        found: list[tuple[str, str, str]] = []
        low = sent.text.lower()
        roles = [m for m in hr.sure.rx.finditer(sent.text)] + ([m for m in hr.roles.rx.finditer(sent.text)] if pastime else [])
        for m in roles:
            before = low[:m.start()].split()[-1:] if m.start() else []
            opens = not low[:m.start()].strip(" -–—:•*\"'") or low[:m.start()].rstrip().endswith((":", ".", "!", "|"))
            if not (before and before[0] in _OWN or opens):
                continue                  # "the director" of a film or a firm, not the subject's
            for name in _names_after_role(ctx, doc, sent, m.end()):
                found.append((name, m.group(0).lower(), "hobby_role"))
        for rx in hr.favour if pastime else ():
            for m in rx.finditer(sent.text):
                name = m.group("name")
                if name and _full_name(ctx, name):
                    found.append((name, m.group("cue").lower(), "hobby_favour"))
        for rx in hr.deed:                # "especially to <Full Name>, who carted my modules", "our own <Full Name>, who runs"
            for m in rx.finditer(sent.text):
                name = m.group("name")
                if name and _full_name(ctx, name):
                    found.append((name, " ".join(m.group("cue").lower().split()).strip(" :(),"), "friend_deed"))
        if pastime:                       # "Fantasy league update: @daz_mcgrath is top of the ladder": a tag opening it
            head = next((t.i for t in sent.span[:8] if t.text == ":"), None)
            k = head + 1 if head is not None else sent.span.start
            if k + 1 < sent.span.end and HANDLE_RX.match(doc[k].text) and doc[k + 1].tag_[:2] in ("VB", "MD"):
                found.append((doc[k].text, f"tagged in {pastime}", "hobby_tag"))
        for name, cue, pattern in found:
            if name.lower() in seen or ctx.subject.matches(name):
                continue
            seen.add(name.lower())
            d = det.detection(ctx, value=f"{name} ({cue})", key=f"associate:{name}", confidence=det.OWNED,
                              pattern=pattern, excerpt_text=sent.text, support=[cue] + ([pastime] if pastime else []),
                              attrs={"relation": cue, "person": name})
            if d:
                out.append(d)
    return out


_KIN_TITLE = compile_wide(r"(?-i:\b(?P<title>Uncle|Aunty|Auntie|Aunt)\s+(?P<name>[A-Z][a-z]+)\b)")


def honorary_kin(det, doc, ctx, seen: set[str]) -> list:
    """ "Uncle Sione gave me a lift again, no relation but he's looked out for me": a respectful title for an older
    friend, which the sentence says is no kinship (family.NO_RELATION): an associate, not family."""
    from footprint.analysis.detect.detectors.family import NO_RELATION
    out = []
    for sent in det.allowed_sents(ctx):
        cue = NO_RELATION.search(sent.text)
        if not cue:
            continue
        for m in _KIN_TITLE.finditer(sent.text):
            name = m.group("name")
            if name.lower() in seen or ctx.subject.matches(name) or not first_names().is_first_name(name):
                continue
            seen.add(name.lower())
            d = det.detection(ctx, value=f"{name} (honorary {m.group('title').lower()})", key=f"associate:{name}",
                              confidence=det.OPENING, pattern="honorary_kin_title", excerpt_text=sent.text,
                              support=[m.group(0).lower(), cue.group(0).lower()],
                              attrs={"relation": "friend", "person": name})
            if d:
                out.append(d)
    return out


def vetoed(ctx, doc, d) -> bool:
    """A co-worker finding that a pastime's words made: its sentence speaks of the pastime and the item of no work."""
    hr = hobby_roles()
    person = d.attrs.get("person") or d.attrs.get("handle") or ""
    sents = [s.text for s in ctx.facts.sents if person and person in s.text] or [d.evidence.excerpt]
    return _free_of_work(ctx, doc) and any(hr.pastime(t) for t in sents)
