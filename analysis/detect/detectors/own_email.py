"""employer from the subject's own official address: an account registered with, or a profile or post giving, the
subject's own address at one of the organisation's email domains says where they work (policy §2).

"reg'd this acct with <x>@homeaffairs.gov.au cause i was at work", an ActivityPub field "Work: <x>@abf.gov.au" beside a
terse bio, "my work email is <x>@border.gov.au": nobody is given an address at those domains but their staff, so the
address is the employer said without its name. The address is the subject's own when it is an account's (a
corporate identifier), in a sentence the writer gives as theirs ("my work email", "email me at"), on the subject's
own account profile, or when its local part carries the subject's name. A role mailbox ("enquiries@", "ops.duty@")
or someone else's address on a club's page is not.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from footprint.crawler.items import ProfileItem

from footprint.analysis.detect.detectors.employer import domain_names
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.detectors.official_contact import is_account

OWN_EMAIL = 0.85
_MINE = re.compile(r"\b(?:my|mine|me|i|i'm|im|i've)\b", re.I)
_LOCAL_SPLIT = re.compile(r"[._\-+\d]+")


@lru_cache(maxsize=1)
def _role_local() -> re.Pattern:
    """A local part opening on a role or a desk, not a person (contact.toml's role mailboxes and desk words)."""
    lex = load_lexicon("contact")
    words = sorted({*lex.phrases("role_mailboxes"), *lex.phrases("role_mailbox_words")}, key=len, reverse=True)
    stems = [re.escape(stem) + r"\w*" for stem in lex.phrases("role_mailbox_stems")]
    return re.compile(r"^(?:" + "|".join([*stems, *map(re.escape, words)]) + r")\b", re.I)


def _named(local: str, tokens: set[str]) -> bool:
    """The local part carries one of the subject's names: "alex.morgan", "amorgan", "a.morgan", "sam_ryder"."""
    parts = [p for p in _LOCAL_SPLIT.split(local.lower()) if p]
    names = {t for t in tokens if len(t) >= 3}
    return any(p in names for p in parts) or any(len(n) >= 4 and n in local.lower() for n in names)


def own_reason(d, subject, accounts: frozenset[str] = frozenset()) -> str:
    """Why an official address of a detection is the subject's own, or ""."""
    email = d.attrs.get("email", "") if isinstance(d.attrs, dict) else ""
    local = email.split("@", 1)[0]
    if not email or _role_local().match(local):
        return ""
    if d.category == "corporate_identifier":
        return "the account's own address"
    if _named(local, getattr(subject, "tokens", set())):
        return "an address in the subject's name"
    if d.evidence.kind == "profile_field" and d.evidence.url in accounts:
        return "the subject's own account gives it"        # not a club's page that lists a sponsor's address
    if _MINE.search(d.evidence.excerpt or ""):
        return "given as the writer's own"
    return ""


def employer_from_own_email(dets: list, org, subject, items=()) -> list:
    """The detections, plus one employer detection per page or post whose official address is the subject's own and
    which names no employer already (the address's domain says which of the organisation's names). `items` tell
    the subject's accounts from web pages about them."""
    accounts = frozenset(it.url for it in items if isinstance(it, ProfileItem) and is_account(it))
    by_domain = domain_names(org)
    have = {(d.evidence.url, d.value) for d in dets if d.category == "employer" and d.pattern != "org_named_in_own_voice"}
    out = list(dets)
    for d in dets:
        named = d.attrs.get("employer_named") if d.category == "corporate_identifier" and isinstance(d.attrs, dict) else None
        if named and (d.evidence.url, named) not in have:
            # "my strava is still tied to my homeaffairs.gov.au email": an address only staff are given, named, not shown
            have.add((d.evidence.url, named))
            out.append(replace(d, category="employer", value=named, key=f"employer:{named.lower()}", confidence=OWN_EMAIL,
                               detector="EmployerDetector", pattern="own_official_address_named",
                               support=[*d.support, "an official address of the writer's, named"],
                               attrs={"org": org.name, "employment": "the writer's own official address, named"}))
            continue
        if d.category not in ("corporate_identifier", "official_contact") or not isinstance(d.attrs, dict) or \
                "email" not in d.attrs:
            continue
        why = own_reason(d, subject, accounts)
        if not why:
            continue
        domain = d.attrs["email"].rsplit("@", 1)[-1].lower()
        name = next((n for dom, n in by_domain.items() if domain == dom or domain.endswith("." + dom)), org.name)
        if (d.evidence.url, name) in have:
            continue
        have.add((d.evidence.url, name))
        out.append(replace(d, category="employer", value=name, key=f"employer:{name.lower()}", confidence=OWN_EMAIL,
                           detector="EmployerDetector", pattern="own_official_email", support=[domain, why],
                           attrs={"org": org.name, "email": d.attrs["email"], "employment": why}))
    return out
