"""The subject's own employer is another agency: the organisation's people, vessels and sites they see are not employment.

Border work is shared: a Federal Police officer at an airport says hello to "the Border Force crew in arrivals", a
ship's pilot has "Border Force and biosecurity waiting at the gangway", a Navy sailor's patrol boat ties up beside
"the ABF cutter", and their own boardings are the Navy's, not the Department's official information. When the
subject's own profile states a job with another agency or service (employer.toml `other_agency`, not a former one:
"ex-Navy, now ABF" is staff) and names none of the organisation's names, only the strongest employer findings stand
(an official address, a work field naming the org): every finding read from a mention of the org in a post, or from
its kind of work described, is the other agency's contact with it. Then nothing else ties the subject to the
organisation, and the staff-only categories are set aside (extract.py's scan gate, link/staff_gate.py).
"""
from __future__ import annotations

from footprint.crawler.items import ProfileItem

from footprint.analysis.detect.detectors.lexicon import load_lexicon

# employer findings that no other agency's staff could have: an official address, a work field naming the org
STRONG = ("work_field:", "own_official_email", "own_official_address_named", "official_email", "account_email",
          "author_email")


def _rules():
    lex = load_lexicon("employer")
    return lex.regex.get("other_agency", ()), lex.regex.get("other_agency_not", ())


def own_agency(items, subject) -> str:
    """The other agency or service the subject's own profile says they work for, or ""."""
    agency, former = _rules()
    for it in items:
        if not isinstance(it, ProfileItem) or not (it.name and subject.matches(it.name)):
            continue
        text = "\n".join([it.summary or ""] + [v for v in (it.fields or {}).values() if isinstance(v, str)])
        m = next((m for rx in agency for m in [rx.search(text)] if m), None)
        if m and not any(rx.search(text[max(0, m.start() - 25):m.end() + 25]) for rx in former):
            return m.group(0)
    return ""


def outside_org(dets: list, items, subject) -> list:
    """The detections, less the employer findings a staff member of another agency makes by seeing the org's work."""
    agency = own_agency(items, subject)
    if not agency:
        return dets
    urls = {it.url for it in items if isinstance(it, ProfileItem) and it.name and subject.matches(it.name)}
    if any(d.category == "employer" and d.evidence.url in urls and not d.pattern.startswith(STRONG) for d in dets):
        return dets                       # the profile itself names the org: "Navy reservist, ABF marine unit"
    return [d for d in dets if not (d.category == "employer" and not d.pattern.startswith(STRONG))]
