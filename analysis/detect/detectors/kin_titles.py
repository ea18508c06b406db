"""Kin words used as a title before a given name: "Nanna Pearl", "Oma Hilde", "Aunty Ros", "Mum (Colleen)".

Families call relatives by a title and a name rather than "my grandmother
Pearl", anywhere in a sentence ("roast at Nanna Pearl's"), in whatever
language the family speaks (the titles are data, family.toml). The title must
be capitalised, the name a given name the gazetteer knows (or the bracketed
name after it), and the pair must not be someone else's ("Kirra's Nan
Gloria"), a business or a show ("Nonna Rosa's Pizzeria", a comedy act on
Netflix).
"""
from __future__ import annotations

from dataclasses import dataclass

from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.lowercase_names import lower_name_at

_OWN = {"my", "our"}
_NOT_BEFORE = {"'s", "’s", "his", "her", "their", "your", "a", "an", "of", "whose", "its", "the", "this", "that", "one",
               "every", "some", "another", "other"}


@dataclass(frozen=True)
class KinTitleHit:
    name: str
    relation: str
    title: str
    start: int          # token index of the title


class KinTitles:
    """Finds <kin title> <given name> pairs in a doc."""

    def __init__(self, grandparent: set[str], other: set[str], not_after: set[str], deny: set[str] = frozenset(),
                 relations: dict[str, str] | None = None, openers: set[str] = frozenset(), sure: set[str] = frozenset(),
                 wordlike: set[str] = frozenset(), lower: set[str] = frozenset(), owned_only: set[str] = frozenset()):
        self.grandparent, self.other, self.not_after, self.deny = grandparent, other, not_after, deny
        self.wordlike = wordlike                  # round 17: titles that are an English word too ("Ate Joy", "ate pizza")
        self.lower = lower                        # round 17: titles written in lower case anywhere ("birthday chị Lan")
        self.owned_only = owned_only              # round 18: kin words anyone is addressed by ("Cô Mai"): only "my cô Mai"
        self.sure = sure                          # titles that are never a word or a brand: any person-like name after
        self.relations = relations or {}          # "mil" -> "mother-in-law"
        self.openers = openers                    # "lol hubs Dan": words a lower-case title may follow
        self.names = first_names()
        other = other | owned_only
        self.other = other
        self.heads = {t.split("-")[0] for t in grandparent | other}   # a title's first word, for a quick test

    def denied(self, title: str, name: str) -> bool:
        """A character, a brand or a public figure ("Uncle Sam", "Grandma Moses")."""
        return f"{title} {name.split()[0]}".lower() in self.deny

    def _opens_clause(self, doc, i: int) -> bool:
        """A lower-case title is a title only where a clause opens: the post's start, after punctuation or an
        emoji ("brisket 🔥 hubs Dan"), or after a chatty opener ("lol hubs Dan reckons ...")."""
        if i == 0:
            return True
        prev = doc[i - 1]
        return prev.is_punct or not (prev.is_alpha or prev.like_num) or prev.lower_ in self.openers

    def _title_at(self, doc, i: int) -> tuple[str, int] | None:
        """The kin title starting at token i and the index after it ("Nai-Nai" is three tokens,
        "Sister-in-law" five)."""
        tok = doc[i]
        if tok.lower_ not in self.heads:
            return None
        if tok.lower_ in self.wordlike and not tok.text[:1].isupper():
            return None                           # "we ate Sam's cake": the verb
        if not tok.text[:1].isupper() and not (i > 0 and doc[i - 1].lower_ in _OWN) and not self._opens_clause(doc, i) \
                and tok.lower_ not in self.lower:
            return None
        for parts in (3, 2):                  # hyphenated titles, longest first: "sister-in-law", "step-mum"
            end = i + 2 * parts - 1
            if end <= len(doc) and all(doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_
                                       for k in range(i + 1, end, 2)):
                joined = "-".join(doc[k].lower_ for k in range(i, end, 2))
                if joined in self.grandparent or joined in self.other:
                    return joined, end
        if i + 2 < len(doc) and doc[i + 1].lower_ == "in" and doc[i + 2].lower_ == "law":
            spaced = f"{tok.lower_}-in-law"       # "Father in law Reginald"
            if spaced in self.other:
                return spaced, i + 3
        if tok.lower_ in self.grandparent or tok.lower_ in self.other:
            return tok.lower_, i + 1
        return None

    def _lower_name(self, tok) -> str:
        """A lower-case given name right after a lower-case kin title, in a sentence with capitals elsewhere
        ("Christmas at koro's, koro hemi carved"): a name the gazetteer knows and never a word."""
        if not (tok.is_alpha and tok.is_lower and len(tok.text) >= 3) or tok.lower_ in self.names.ambiguous \
                or tok.tag_ not in ("NN", "NNP", "NNS", "JJ", "FW"):
            return ""
        return tok.text.capitalize() if self.names.is_first_name(tok.text.capitalize()) else ""

    def hits(self, doc, ctx) -> list[KinTitleHit]:
        out = []
        for i in range(len(doc)):
            got = self._title_at(doc, i)
            if got is None:
                continue
            title, j = got
            if title in self.owned_only and not (i > 0 and doc[i - 1].lower_ in _OWN):
                continue                      # "Cô Mai at Saturday school": a teacher addressed, not an aunt
            if i > 0 and (doc[i - 1].lower_ in _NOT_BEFORE or doc[i - 1].tag_ in ("NN", "NNS") and doc[i - 1].is_lower
                          and doc[i - 1].lower_ not in self.openers and title not in self.lower):
                continue                      # "Kirra's Nan Gloria", "soccer Mum Karen": not the subject's
            if j + 1 < len(doc) and doc[j].text == "," and i > 0 and doc[i - 1].lower_ in _OWN:
                j += 1                        # "my Nonna, Giuseppina": the subject's own, named after a comma
            if title in self.relations and self._opens_clause(doc, i):
                while j < len(doc) and j - i <= 3 and not doc[j].is_alpha and not doc[j].is_punct \
                        and not doc[j].like_num and not doc[j].is_space:
                    j += 1                    # "wifey 😍 Imelda 😍 30 today": an emoji between title and name
            bracket = j < len(doc) and doc[j].text == "("
            k = j + 1 if bracket else j
            if k < len(doc) and not ctx.is_name_token(doc[k]) and not doc[i].text[:1].isupper():
                low = lower_name_at(ctx, doc, k, ctx.facts.sent_of(k)) or self._lower_name(doc[k])   # "nan maisie",
                if low and not ctx.subject.matches(low):                  # "hubs (bradley)": typed in lower case
                    end = k + 1 + (bracket and k + 1 < len(doc) and doc[k + 1].text == ")")
                    if not (end < len(doc) and doc[end].lower_ in self.not_after):
                        out.append(KinTitleHit(low, "grandparent" if title in self.grandparent
                                               else self.relations.get(title, title), doc[i:j].text, i))
                continue
            if k >= len(doc) or not ctx.is_name_token(doc[k]):
                continue
            # a given name the gazetteer knows, or one the model reads as a person together with its title
            owned = i > 0 and doc[i - 1].lower_ in _OWN
            # a spouse's or in-law's title ("Hubby Rafferty", "BIL Tarquin") comes only before a person's name
            spouse_title = (title in self.relations or title in self.sure) and doc[k].tag_ == "NNP" and doc[k].ent_type_ not in (
                "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "LANGUAGE")   # the model calls many names a PRODUCT
            if not (owned or spouse_title or self.names.is_first_name(doc[k].text)
                    or doc[k].ent_type_ == "PERSON" == doc[i].ent_type_):
                continue                      # "my Nonna, Giuseppina" is owned; else the name must look like one
            parts, m = [doc[k].text], k + 1
            while m + 1 < len(doc) and doc[m].text == "-" and not doc[m - 1].whitespace_ and not doc[m].whitespace_ \
                    and doc[m + 1].is_alpha:
                parts[-1] += "-" + doc[m + 1].text    # round 19: "my oppa Jae-won", a given name with its hyphen
                m += 2
            if bracket:                       # "Mum (Colleen Hayes)": the bracket holds the whole name
                while m < len(doc) and len(parts) < 3 and ctx.is_name_token(doc[m]):
                    parts.append(doc[m].text)
                    m += 1
                if m >= len(doc) or doc[m].text != ")":
                    continue
                m += 1
            elif m < len(doc) and ctx.is_name_token(doc[m]):
                continue                      # "Nonna Rosa Pizzeria", "Uncle Tobys Oats": more capitalised words
            after = m + 1 if m < len(doc) and doc[m].lower_ in ("'s", "’s") else m
            if after < len(doc) and doc[after].lower_ in self.not_after:
                continue
            name = " ".join(parts)
            if ctx.subject.matches(name) or self.denied(doc[i:j].text, parts[0]):
                continue
            if title in self.wordlike and (bracket or after != m or not (
                    self.names.is_first_name(parts[0]) or parts[0].lower() in self.names.ambiguous and m < len(doc)
                    and (doc[m].tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[m].lower_ in ("and", "&", ",")))):
                continue                      # "Ate Kate's scones", "Ate Nandos": the verb before a possessive or a brand;
                                              # "Ate Joy drove up": a name that is a word too, acting
            relation = "grandparent" if title in self.grandparent else self.relations.get(title, title)
            out.append(KinTitleHit(name, relation, doc[i:j].text, i))
        return out
