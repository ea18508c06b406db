"""corporate_identifier without the address shown: "signed up here with my work email back in the day".

A forum account the writer says they opened, or sign in to, with their official address is registered with it
(policy §2: an account tied to the organisation) whether or not the page shows the address: "acct is under my ABF
email", "rego'd with the office addy", "this profile's still linked to my gov email". Said in the first person with
registration words (contact.toml `registration`), and the address named as the work one: work/office/gov/official,
or one of the organisation's names or its email domains' first labels ("my abf email", "my homeaffairs address").
Not a personal address ("my gmail"), not someone else's ("your work email"), not a mailbox that merely broke; and a
bare "my work email" only for a subject the scan shows works for the organisation (a lawyer's work email is not
official).
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORK = ("work", "works", "office", "gov", "govt", "government", "official", "department", "departmental", "dept",
         "agency", "staff", "corporate", "job")


@lru_cache(maxsize=8)
def _address_rx(org_names: tuple[str, ...]) -> re.Pattern:
    words = sorted({*_WORK, *org_names}, key=len, reverse=True)
    # the owner: the writer's own, or (on a page about the subject) "her"/"his"/"their", which the caller admits
    # only in a sentence about the subject; the org word may be written as its domain ("my homeaffairs.gov.au email",
    # "my @abf.gov.au address")
    return re.compile(r"\b(?P<owner>my|me|mine|me\s+own|my\s+own|her|his|their)\s+(?:old\s+|own\s+|actual\s+|first\s+|proper\s+)?@?"
                      r"(?P<words>(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?:\.[a-z]{2,5}){0,3})"
                      r"\s*(?:e-?mail|email\s+address|e-?mail\s+addy|address|addy|acct|account|login)\b", re.I)


_ORG_WORDS: dict[str, tuple[str, ...]] = {}


def org_words(org) -> tuple[str, ...]:
    """The organisation's names and its email domains' first labels, lower case: "abf", "home affairs", "immi".
    Computed once per organisation profile (asked for every first-person sentence)."""
    words = _ORG_WORDS.get(org.id)
    if words is None:
        names = {a.lower() for n in org.names for a in n.aliases if len(a) <= 20}
        names |= {d.split(".", 1)[0].lower() for d in org.email_domains}
        words = _ORG_WORDS[org.id] = tuple(sorted(names))
    return words


def names_org(words: str, org) -> bool:
    """The address words name the organisation ("my abf email"), not just a work address ("my work email")."""
    return any(re.search(rf"\b{re.escape(w)}\b", words) for w in org_words(org))


def named_org(words: str, org) -> str:
    """The organisation's name the address words give ("my homeaffairs.gov.au email" -> Department of Home Affairs,
    "my abf login" -> Australian Border Force), or "" for a bare work address."""
    low = words.lower()
    for n in org.names:
        if any(re.search(rf"(?<![\w.]){re.escape(a.lower())}\b", low) for a in n.aliases if len(a) <= 20):
            return n.canonical
    by_domain = {}
    content = getattr(org, "content", None) or {}
    for n in content.get("names", []) if isinstance(content, dict) else []:
        for d in (n.get("email_domains") or []) if isinstance(n, dict) else []:
            by_domain.setdefault(d.split(".", 1)[0].lower(), n.get("canonical", org.name))
    for label, name in by_domain.items():
        if re.search(rf"(?<![\w.]){re.escape(label)}\b", low):
            return name
    return org.name if names_org(words, org) else ""


def unseen_address(sentence: str, org, registration_rx, third_person: bool = False) -> tuple[str, str] | None:
    """(the address words, the registration words) when the sentence says the writer's account was opened with or
    signs in with their official address, shown or not; else None. A bare "work email" is official only for staff:
    the caller keeps it only where the scan establishes the employer (employer_entity.settle). `third_person`: the
    sentence is about the subject, so "her abf.gov.au email" is the subject's."""
    m = next((m for m in _address_rx(org_words(org)).finditer(sentence)
              if third_person or m.group("owner").lower() not in ("her", "his", "their")), None)
    if not m:
        return None
    reg = next(filter(None, (r.search(sentence) for r in registration_rx)), None)
    if reg is None:
        return None
    return " ".join(m.group(0).lower().split()), reg.group(0).lower()
