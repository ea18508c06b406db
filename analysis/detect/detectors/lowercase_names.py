"""Given names written in lower case, in posts written all in lower case ("my mate stevo is selling his prado").

Forum and phone posts often skip capitals altogether, so a relation or friend word owned by the subject is
followed by a name the proper-noun tests cannot see. A lower-case word counts as a name only when the
whole sentence is written without capitals (so its writer would not have capitalised the name either),
it is a given name the gazetteer knows (or has a nickname's shape), and the gazetteer does not call it a
word that is only sometimes a name ("will", "grace").
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.first_names import first_names


def lowercase_sentence(sent, first_capital: bool = False) -> bool:
    """No capitalised word in the sentence but "I" (and handles, hashtags, emoji; the first word if asked, which a
    phone capitalises for you). An acronym in capitals ("next FY", "the ABF") is typed that way even by someone who
    never capitalises a name."""
    first = next((t.i for t in sent.span if t.is_alpha), None) if first_capital else None   # a phone's capital
    return not any(t.text[:1].isupper() and t.text not in ("I", "I'm", "I've", "I'd", "I'll") and t.i != first
                   and not (t.text.isupper() and 2 <= len(t.text) <= 5) for t in sent.span if t.is_alpha)


def lower_name_at(ctx, doc, i: int, sent) -> str:
    """The given name at token i written in lower case ("stevo" -> "Stevo"), or ""."""
    if i >= sent.span.end:
        return ""
    tok = doc[i]
    glossed = 0 < i < len(doc) - 1 and doc[i - 1].text in (",", "(") and doc[i + 1].text in (",", ")")
    if not (tok.is_alpha and tok.is_lower and len(tok.text) >= 3) or not lowercase_sentence(sent, first_capital=glossed):
        return ""                              # "Our TL, priya, brought ...": a phone capitalised the first word
    name = tok.text.capitalize()
    names = first_names()
    if tok.lower_ in names.ambiguous or not names.is_first_name(name) or ctx.subject.matches(name):
        return ""
    acting = tok.tag_ == "RB" and i + 1 < sent.span.end and doc[i + 1].tag_.startswith("VB")
    if tok.tag_ not in ("NN", "NNP", "NNS", "JJ", "FW") and not glossed and not acting:
        return ""                              # ("my supervisor kate let me": the tagger's adverb before a verb is a name)                              # "my mate said", "my wife and": a verb or a joiner, not a name
                                               # (but "my manager, tanvir, approved": a name between commas)
    return name
