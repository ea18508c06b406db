"""Third-person pages about the subject: a club's player profile, a team's news item, a staff bio.

The scan reads only the subject's consented profiles, so a page there that speaks of the subject by
name ("Alex joined the Wombats in 2019 ...") and then as "she" or "he" is about the subject: what
"she" does, and whom "her sister" or "her teammate" is, are the subject's. A sentence speaks of
the subject when it opens on the subject's name, or on she/he/they with the subject's name the
last person named before it in the same text (so "Mel rang. She ..." stays Mel's).
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.first_names import first_names

THIRD_PERSON = {"she", "he", "they"}
POSSESSIVES = {"her", "his", "their"}


def speaks_of_subject(ctx, sent) -> bool:
    """Whether the sentence's grammatical subject is the account's owner, written in the third person."""
    return ctx.facts.memo(f"subject_voice:{sent.span.start}", lambda: _speaks_of_subject(ctx, sent))


def _speaks_of_subject(ctx, sent) -> bool:
    first = next((t for t in sent.span if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    if first.text[:1].isupper() and ctx.is_name_token(first) and ctx.subject.matches(first.text):
        return True
    if first.lower_ not in THIRD_PERSON:
        return False
    return last_person_is_subject(ctx, first.i)


def last_person_is_subject(ctx, i: int) -> bool:
    """The nearest person's name before token i is the subject's (a given name the gazetteer knows, or any
    name word the subject goes by)."""
    doc = ctx.facts.doc
    names = first_names()
    for tok in reversed(doc[:i]):
        if not (tok.text[:1].isupper() and ctx.is_name_token(tok)):
            continue
        if ctx.subject.matches(tok.text):
            return True
        if names.is_first_name(tok.text) or tok.ent_type_ == "PERSON":
            return False
    return False


def owns_here(ctx, sent, i: int) -> bool:
    """A her/his/their at token i is the subject's: the last person named before it is the subject
    ("Alex ... alongside her sister Jo", "special mention to Lexi ... and to her hubby Dean"), not someone
    else ("Mel is our wing defence. She and her sister ...")."""
    return ctx.facts.doc[i].lower_ in POSSESSIVES and last_person_is_subject(ctx, i)
