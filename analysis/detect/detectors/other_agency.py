"""The subject's own employer is someone else: the organisation's people, vessels and sites they see are not employment.

Border work is shared: a Federal Police officer at an airport says hello to "the Border Force crew in arrivals", a
ship's pilot has "Border Force and biosecurity waiting at the gangway", a Navy sailor's patrol boat ties up beside
"the ABF cutter", and their own boardings are the Navy's, not the Department's official information. Round 13 widened
this from other agencies to ANY other employer the subject states: an international-mail sorter's postal company, a
volunteer sea-rescue unit, a recruitment firm that places contractors with the Department, another department's
passport office. Such a subject's "our belt", "our flotilla", "our department" and "my work" are that employer's.

When the subject's own profile states a job with another agency or service (employer.toml `other_agency`, not a
former one: "ex-Navy, now ABF" is staff), or a job at a named employer ("<job> at/with/, <Name>" whose name has an
`employer_kinds` word, `own_employer_profile`; a work field such as worksFor naming no name of the org), or one of the
subject's own posts says "I work at <Name>" (`own_employer_post`) or names their workplace by a kind the org has not
("our flotilla", "my recruitment firm": `own_employer_unit`), and the profile names none of the organisation's
names as the subject's, only membership makes them staff: an official address or work field naming the org (`STRONG`),
or a mention the detector read as membership in the first person ("I'm Border Force", "six years in ABF", "that's us":
attrs `membership`), or the org's uniform or role hashtag worn as the writer's own. Every other employer finding is the
other employer's contact with the org. Then nothing else ties the subject to the organisation, and the staff-only
categories are set aside (extract.py's scan gate, link/staff_gate.py).
"""
from __future__ import annotations

from functools import lru_cache

from footprint.crawler.items import PostItem, ProfileItem

from footprint.analysis.detect.detectors.lexicon import load_lexicon

# employer findings that no other employer's staff could have: an official address, a work field naming the org
STRONG = ("work_field:", "own_official_email", "own_official_address_named", "official_email", "account_email",
          "author_email")
# the writer's own membership: their uniform or badge beside the org, a hashtag claiming its role
MEMBER_PATTERNS = ("uniform_with_org",)
# profile fields that name an employer by itself (employer.py's _ORG_FIELDS, less the job-title ones)
_EMPLOYER_FIELDS = frozenset({"worksfor", "employer", "organisation", "organization", "company", "workplace", "employment"})


@lru_cache(maxsize=1)
def _rules():
    lex = load_lexicon("employer")
    emp = load_lexicon("employment")
    return (lex.regex.get("other_agency", ()), lex.regex.get("other_agency_not", ()),
            lex.regex.get("own_employer_profile", ()), lex.regex.get("own_employer_post", ()) + lex.regex.get("own_employer_unit", ()),
            lex.regex.get("own_employer_not", ()), lex.regex.get("own_employer_field_not", ()),
            frozenset(w.lower() for w in lex.phrases("employer_kinds")), emp.regex.get("org_named", ()))


def org_words(org) -> tuple[str, ...]:
    """The organisation's own names, units and sites, lower case: a name holding one is the org's, not another's
    ("Deckhand with the Marine Unit", "Officer at SYD International")."""
    if org is None:
        return ()
    out = [a for n in org.names for a in (n.canonical, *n.aliases)] + list(org.units)
    out += [a for s in org.sites for a in (s.name, *s.aliases)]
    return tuple(sorted({" ".join(a.lower().split()) for a in out if len(a) > 3}))


def _employer_name(name: str, own: tuple[str, ...] = ()) -> bool:
    """A capitalised name that is an employer's (a kind word in it) and none of the organisation's."""
    *_, kinds, org_named = _rules()
    words = {w.strip("'’&-").lower() for w in name.split()}
    low = " ".join(name.lower().split())
    return bool(words & kinds) and not any(rx.search(name) for rx in org_named) and not any(
        o in low or len(low) > 5 and low.removeprefix("the ") in o for o in own)


def _field_key(key: str) -> str:
    return "".join(ch for ch in key.lower() if ch.isalnum())


def _subject_profiles(items, subject) -> list:
    return [it for it in items if isinstance(it, ProfileItem) and it.name and subject.matches(it.name)]


def own_agency(items, subject, org=None) -> str:
    """The other agency, service or employer the subject says they work for (own profile, own posts), or ""."""
    agency, former, named, said, was, generic, _, org_named = _rules()
    own = org_words(org)
    profiles = _subject_profiles(items, subject)
    for it in profiles:
        text = "\n".join([it.summary or ""] + [v for v in (it.fields or {}).values() if isinstance(v, str)])
        m = next((m for rx in agency for m in [rx.search(text)] if m), None)
        if m and not any(rx.search(text[max(0, m.start() - 25):m.end() + 25]) for rx in former):
            return m.group(0)
        for rx in named:
            for m in rx.finditer(text):
                if _employer_name(m.group("name"), own) and not any(
                        f.search(text[max(0, m.start() - 25):m.end() + 20]) for f in was):
                    return m.group("name")
        for key, value in (it.fields or {}).items():
            if _field_key(str(key)) in _EMPLOYER_FIELDS and isinstance(value, str) and value.strip() and \
                    not any(rx.search(value) for rx in org_named + was + generic) and \
                    not any(o in " ".join(value.lower().split()) for o in own):
                return value.strip()
    urls = {it.url for it in profiles} | {it.profile for it in profiles}
    for it in items:
        if isinstance(it, PostItem) and it.profile in urls and it.text:
            for rx in said:
                for m in rx.finditer(it.text):
                    name = m.groupdict().get("name")
                    if name is None:
                        return m.group(0)        # "our flotilla": a workplace of a kind the org has not
                    if _employer_name(name, own):
                        return name
    return ""


def _membership(d) -> bool:
    """An employer finding that says the subject is the org's own: strong, or membership in the first person."""
    attrs = d.attrs if isinstance(d.attrs, dict) else {}
    return (d.pattern.startswith(STRONG) or d.pattern in MEMBER_PATTERNS or bool(attrs.get("membership"))
            or d.pattern == "official_hashtag" and bool(attrs.get("role_hashtag")))


def outside_org(dets: list, items, subject, org=None) -> list:
    """The detections, less the employer findings a staff member of another employer makes by seeing the org's work."""
    if not any(d.category == "employer" and not _membership(d) for d in dets):
        return dets                       # nothing it could set aside: the subject's items need not be read
    agency = own_agency(items, subject, org)
    if not agency:
        return dets
    urls = {it.url for it in _subject_profiles(items, subject)}
    if any(d.category == "employer" and d.evidence.url in urls and not d.pattern.startswith(STRONG) for d in dets):
        return dets                       # the profile itself names the org: "Navy reservist, ABF marine unit"
    return [d for d in dets if not (d.category == "employer" and not _membership(d))]
