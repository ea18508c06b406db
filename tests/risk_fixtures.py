"""Shared builders for the risk and advice tests: fictional findings and a
hypothesis strategy over them."""
from __future__ import annotations

from hypothesis import strategies as st

from footprint.analysis.findings import CATEGORIES, Evidence, Finding

MASTO = "https://social.example/@alexc"
BLOG = "https://alexc-blog.example.net"
CV = "https://profiles.example.org/in/alex-citizen"
PHOTO_A = "https://social.example/media/a1.jpg"
PHOTO_B = "https://social.example/media/b2.jpg"
PLATFORMS = {MASTO: "activitypub", BLOG: "feed", CV: "html"}


def ev(url: str, kind: str = "text", profile: str = MASTO, excerpt: str = "...") -> Evidence:
    return Evidence(url=url, kind=kind, excerpt=excerpt, posted_at=None, profile=profile)


def fnd(fid: str, category: str, value: str, confidence: float, *evidence: Evidence, **attrs) -> Finding:
    return Finding(id=fid, category=category, value=value, key=value.lower(), confidence=confidence,
                   evidence=list(evidence), explanation="test", attrs=dict(attrs))


def abf_officer() -> list[Finding]:
    """Employer + home suburb + family + geotags + debt, on a Mastodon account."""
    return [
        fnd("emp", "employer", "Australian Border Force", 0.95, ev(f"{MASTO}/109", excerpt="first week as an ABF officer")),
        fnd("home", "home_location", "Parramatta NSW", 0.8, ev(f"{MASTO}/110", excerpt="back home in Parramatta")),
        fnd("fam", "family", "Sarah (wife)", 0.9, ev(f"{MASTO}/111", excerpt="my wife Sarah")),
        fnd("geo1", "geotag", "-33.815, 151.003", 1.0, ev(PHOTO_A, "image_metadata", excerpt="GPS -33.8150, 151.0030")),
        fnd("geo2", "geotag", "-33.901, 151.102", 1.0, ev(PHOTO_B, "image_metadata", excerpt="GPS -33.9010, 151.1020")),
        fnd("debt", "vulnerability", "debt", 0.8, ev(f"{MASTO}/112", excerpt="credit card is maxed out again")),
    ]


NON_GATE = sorted(c for c in CATEGORIES if c not in
                  {"employer", "colleague", "official_contact", "corporate_identifier", "work_location",
                   "official_information", "systems_information"})
URL_POOL = [f"{MASTO}/{i}" for i in range(6)] + [PHOTO_A, PHOTO_B, MASTO, f"{BLOG}/2026/03/post", CV]
PROFILE_POOL = [MASTO, BLOG, CV]
KINDS = ["text", "profile_field", "image_metadata", "post_metadata"]

evidence_st = st.builds(ev, st.sampled_from(URL_POOL), st.sampled_from(KINDS), st.sampled_from(PROFILE_POOL))


@st.composite
def findings_st(draw, categories=tuple(CATEGORIES), min_size=0, max_size=16, prefix="f"):
    n = draw(st.integers(min_size, max_size))
    out = []
    for i in range(n):
        cat = draw(st.sampled_from(categories))
        conf = draw(st.floats(0.0, 1.0))
        evs = draw(st.lists(evidence_st, min_size=1, max_size=4))
        attrs = {}
        if draw(st.booleans()) and draw(st.booleans()):
            attrs["sources"] = draw(st.lists(st.sampled_from(URL_POOL), min_size=1, max_size=3, unique=True))
            evs.append(ev(MASTO, "inferred"))
        out.append(fnd(f"{prefix}{i}", cat, f"{cat} {i}", conf, *evs, **attrs))
    return out
