"""A role named without a name, then the person spoken to by name in the same short post.

People write the role first and the name only when they turn to speak to the person: "hubby made
pancakes for the kids ❤️ love u Dean", "MIL is staying a fortnight. (Love you Maureen, mostly.)", "FIL
fixed the fence. cheers Bob", "my 2IC covered my shift, owe u big time Marcus". The name is addressed
(a word of address just before it, nothing name-like after it) and it is the only given name in the
post, so it can only be the role's holder. The roles are the callers' (family: a partner or an in-law
named without a name; colleague: a work role of the subject's); this module only finds the address.
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.first_names import first_names

# Words that speak to the person named right after them: "love u Dean", "happy bday Sharon", "cheers Bob".
ADDRESS = {"love", "luv", "u", "you", "ya", "thanks", "thank", "thx", "ta", "cheers", "bday", "birthday", "anniversary",
           "miss", "time", "one", "babe", "darl", "hun", "legend", "mate", "xx", "x", "congrats", "proud", "owe", "onya", "on",
           "ily", "ilysm", "sorry"}
# Words that may follow the addressed name: "love u Dean x", "Maureen, mostly", "Bob 🔨".
_AFTER_OK = {"x", "xx", "xxx", "xo", "xoxo", "mostly", "always", "forever", "too", "lol", "haha", "mate", "babe"}


def addressed_names(ctx, doc, start: int = 0) -> list[str]:
    """Lone given names spoken to from token `start` on ("... love u Dean", "(Love you Maureen, mostly.)")."""
    names = first_names()
    out: list[str] = []
    for tok in doc[start:]:
        if not (ctx.is_name_token(tok) and names.is_first_name(tok.text)) or ctx.subject.matches(tok.text):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prev is None or prev.lower_ not in ADDRESS:
            continue
        if nxt is not None and not (nxt.is_punct or not nxt.is_alpha or nxt.lower_ in _AFTER_OK):
            continue                          # "thanks Bob Smith's crew", "love you Dean and ...": not a vocative
        if tok.text not in out:
            out.append(tok.text)
    return out


def only_given_name(ctx, doc, name: str) -> bool:
    """The post names no other person than `name` (and the subject): the address can only be the role's."""
    names = first_names()
    return all(t.text == name or ctx.subject.matches(t.text) for t in doc
               if t.text[:1].isupper() and ctx.is_name_token(t) and (names.is_first_name(t.text) or t.ent_type_ == "PERSON"))
