"""A role named without a name, then the person spoken to by name in the same short post.

People write the role first and the name only when they turn to speak to the person: "hubby made
pancakes for the kids ❤️ love u Dean", "MIL is staying a fortnight. (Love you Maureen, mostly.)", "FIL
fixed the fence. cheers Bob", "my 2IC covered my shift, owe u big time Marcus", "new supervisor ... Bev
Amosa if ur reading this". The name is addressed (a word of address just before it and nothing name-like
after it, or "if you're reading this" after it) and it is the only person named in the post, so it can
only be the role's holder. The roles are the callers' (family: a partner or an in-law named without a
name; colleague: a work role of the subject's); this module only finds the address.
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.first_names import first_names

# Words that speak to the person named right after them: "love u Dean", "happy bday Sharon", "cheers Bob".
ADDRESS = {"love", "luv", "u", "you", "ya", "thanks", "thank", "thx", "ta", "cheers", "bday", "birthday", "anniversary",
           "miss", "time", "one", "babe", "darl", "hun", "legend", "mate", "xx", "x", "congrats", "proud", "owe", "onya",
           "on", "ily", "ilysm", "sorry"}
# Words that may follow the addressed name: "love u Dean x", "Maureen, mostly", "Bob 🔨".
_AFTER_OK = {"x", "xx", "xxx", "xo", "xoxo", "mostly", "always", "forever", "too", "lol", "haha", "mate", "babe"}
# "Bev Amosa if ur reading this", "Dean if you see this": words after a name that speak to its holder.
_IF = {"if", "iykyk"}
_READING = {"reading", "read", "see", "seeing", "sees"}


def _if_reading(doc, j: int) -> bool:
    """ "if ur reading this", "if you are reading", "if u see this" from token j."""
    words = [t.lower_ for t in doc[j:j + 5]]
    return bool(words) and words[0] in _IF and any(w in _READING for w in words[1:])


def addressed_names(ctx, doc, start: int = 0) -> list[str]:
    """Names spoken to from token `start` on: a lone given name after a word of address ("... love u Dean",
    "(Love you Maureen, mostly.)"), or a name, full or not, before "if ur reading this"."""
    names = first_names()
    out: list[str] = []
    i = start
    while i < len(doc):
        tok = doc[i]
        if not (tok.text[:1].isupper() and ctx.is_name_token(tok) and names.is_first_name(tok.text)):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 3 and ctx.is_name_token(doc[j]):
            j += 1
        name = doc[i:j].text
        if _if_reading(doc, j + int(j < len(doc) and doc[j].text == ",")) and not ctx.subject.matches(name):
            out.append(name)
        i = j
    for tok in doc[start:]:
        if not (ctx.is_name_token(tok) and names.is_first_name(tok.text)) or ctx.subject.matches(tok.text):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prev is None or prev.lower_ not in ADDRESS and not _closing_thanks(doc, tok):
            continue
        if nxt is not None and not (nxt.is_punct or not nxt.is_alpha or nxt.lower_ in _AFTER_OK):
            continue                          # "thanks Bob Smith's crew", "love you Dean and ...": not a vocative
        if tok.text not in out:
            out.append(tok.text)
    return out


def _closing_thanks(doc, tok) -> bool:
    """ "thanks for the tulips Rupert xx": a name closing the post (nothing after it but kisses, emoji or
    punctuation) in a sentence that opens on thanks or love is spoken to."""
    if any(t.is_alpha and t.lower_ not in _AFTER_OK for t in doc[tok.i + 1:]):
        return False
    k = tok.i - 1                     # back to the last full stop: the tagger may not split after "Mr H."
    while k >= 0 and not (doc[k].text in (".", "!", "?", "\n") or doc[k].text.endswith(".") and len(doc[k].text) > 1):
        k -= 1
    words = [t.lower_ for t in doc[k + 1:tok.i] if t.is_alpha][:2]
    return bool(words) and (words[0] in ("thanks", "thank", "thx", "cheers", "ta", "love", "luv") or words[:2] == ["thank", "you"])


def only_given_name(ctx, doc, name: str) -> bool:
    """The post names no other person than `name` (and the subject): the address can only be the role's."""
    names = first_names()
    own = set(name.split())
    return all(t.text in own or ctx.subject.matches(t.text) or _feast(doc, t) for t in doc
               if t.text[:1].isupper() and ctx.is_name_token(t) and (names.is_first_name(t.text) or t.ent_type_ == "PERSON"))


def _feast(doc, t) -> bool:
    """ "Valentine's", "St Patrick's Day": a saint's day named by its saint is no person in the post."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in ("'s", "’s"):
        return False
    after = doc[t.i + 2].lower_ if t.i + 2 < len(doc) else ""
    return t.lower_ == "valentine" or after == "day" and t.i > 0 and doc[t.i - 1].lower_ in ("st", "st.", "saint")
