"""Hand-built report dicts for the report tests: one realistic, one hostile.

The persona is fictional: Morgan Ellery, an ABF officer at Sydney Airport,
with example-domain profiles, ACMA fiction-range phone numbers (0491 570
156, 02 5550 xxxx) and suburb-centroid coordinates. `hostile_report` is the
same report with attacker-controlled strings in every scraped field.
"""
from __future__ import annotations

import copy

MASTO = "https://social.example/@morgane"
BLOG = "https://morgan-writes.example/"
FEED = "https://morgan-writes.example/feed.xml"

# Person names, emails, phone numbers and precise coordinates that redaction must hide.
SECRETS = [
    "Morgan Ellery", "Morgan", "Ellery", "Tessa", "Leo", "Dev Ramanathan", "Ramanathan", "Kieran Boyd", "Kieran",
    "morgan.ellery@example.com", "m.ellery@abf.gov.au", "0491 570 156", "02 5550 1234", "570 156", "5550 1234",
    "-33.8150", "151.0030", "-33.8153", "151.0027", "-33.9399", "151.1753", "-33.815", "151.003",
]


def _ev(url, kind, excerpt, posted_at=None, profile=MASTO):
    return {"url": url, "kind": kind, "excerpt": excerpt, "posted_at": posted_at, "profile": profile}


def sample_report() -> dict:
    """A realistic report: 14 findings over 11 categories, advice, and a 19-node entity graph."""
    findings = [
        {"id": "f1", "category": "employer", "value": "Australian Border Force", "severity": "high",
         "confidence": 0.95, "contribution": 14.0,
         "policy": ["§2 identifying as a departmental employee", "Introduction"],
         "explanation": "OrgAliasRecognizer: alias 'ABF' with role word 'officer'",
         "evidence": [
             _ev(f"{MASTO}/109553322114455667", "text", "First week as an ABF officer done! Proud to wear the uniform.",
                 "2026-03-02T08:11:00Z"),
             _ev(MASTO, "profile_field", "Bio: Border Force | coffee | Parramatta Eels"),
             _ev(f"{BLOG}2026/03/new-job/", "text", "I joined Australian Border Force this month.",
                 "2026-03-04T19:02:00Z", BLOG),
         ]},
        {"id": "f2", "category": "work_location", "value": "Sydney Airport (T1 International)", "severity": "high",
         "confidence": 0.85, "contribution": 9.0, "policy": ["§5 identifying current work locations"],
         "explanation": "WorkSiteRecognizer: site 'Sydney Airport' with 'my shift at'",
         "evidence": [_ev(f"{MASTO}/109553322114455700", "text", "Long night at my shift at Sydney Airport T1 again",
                          "2026-03-20T23:40:00Z")]},
        {"id": "f3", "category": "home_location", "value": "Parramatta NSW (Example Street)", "severity": "critical",
         "confidence": 0.8, "contribution": 10.0, "policy": ["§3 home location"],
         "explanation": "HomeInference: geotag cluster at night near a street named in a post",
         "evidence": [
             _ev("https://social.example/media/abc.jpg", "image_metadata", "GPS -33.8150, 151.0030; taken 2026-04-05 21:14",
                 "2026-04-05T11:20:00Z"),
             _ev(f"{MASTO}/109553322114455800", "text", "Finally moved into our place on Example Street, Parramatta",
                 "2026-02-11T09:00:00Z"),
         ]},
        {"id": "f4", "category": "geotag", "value": "-33.8153, 151.0027 (Parramatta NSW)", "severity": "medium",
         "confidence": 1.0, "contribution": 6.0, "policy": ["§3 geotagging"],
         "explanation": "ExifGpsRecognizer: GPSLatitude/GPSLongitude in the photo",
         "evidence": [_ev("https://social.example/media/def.jpg", "image_metadata",
                          "GPS -33.8153, 151.0027; Apple iPhone 15; taken 2026-04-12 07:02", "2026-04-12T07:30:00Z")]},
        {"id": "f5", "category": "geotag", "value": "-33.9399, 151.1753 (Mascot NSW)", "severity": "medium",
         "confidence": 1.0, "contribution": 4.0, "policy": ["§3 geotagging"],
         "explanation": "PostPlaceRecognizer: ActivityPub location on the post",
         "evidence": [_ev(f"{MASTO}/109553322114455900", "post_metadata", "location: -33.9399, 151.1753 (Mascot)",
                          "2026-04-14T05:45:00Z")]},
        {"id": "f6", "category": "routine", "value": "Gym at 5:30 am weekdays before early shift", "severity": "medium",
         "confidence": 0.7, "contribution": 4.0, "policy": ["§3 daily travel patterns"],
         "explanation": "RoutineRecognizer: time '5:30' with 'every' and a weekday",
         "evidence": [_ev(f"{MASTO}/109553322114456000", "text",
                          "Every weekday 5:30am at the Parramatta gym, then the M4 to the airport",
                          "2026-04-20T06:40:00Z")]},
        {"id": "f7", "category": "family", "value": "Tessa (wife)", "severity": "high", "confidence": 0.9,
         "contribution": 6.0, "policy": ["Introduction: families"],
         "explanation": "FamilyRecognizer: relation 'wife' with name 'Tessa'",
         "evidence": [_ev(f"{MASTO}/109553322114456100", "text", "Date night with my wife Tessa at Harris Park",
                          "2026-05-01T10:00:00Z")]},
        {"id": "f8", "category": "family", "value": "Leo Ellery (son, Riverside Example Primary)", "severity": "high",
         "confidence": 0.85, "contribution": 7.0, "policy": ["Introduction: families"],
         "explanation": "FamilyRecognizer: relation 'son' with a school name",
         "evidence": [_ev(f"{BLOG}2026/05/sports-day/", "text",
                          "So proud of Leo Ellery at the Riverside Example Primary sports day", "2026-05-08T04:00:00Z", BLOG)]},
        {"id": "f9", "category": "colleague", "value": "Dev Ramanathan (ABF colleague)", "severity": "high",
         "confidence": 0.75, "contribution": 3.0,
         "policy": ["§2 identifying others as departmental employees", "§5 colleagues in uniform"],
         "explanation": "ColleagueRecognizer: person tagged with 'my team' and 'uniform'",
         "evidence": [_ev(f"{MASTO}/109553322114456200", "text", "Farewell drinks for Dev Ramanathan, best on my team",
                          "2026-05-10T09:30:00Z")]},
        {"id": "f10", "category": "associate", "value": "Kieran Boyd (friend)", "severity": "medium", "confidence": 0.6,
         "contribution": 2.0, "policy": ["Introduction: friends and associates"],
         "explanation": "AssociateRecognizer: mention with 'mate'",
         "evidence": [_ev(f"{MASTO}/109553322114456300", "text", "Footy with my mate Kieran Boyd on Saturday",
                          "2026-05-16T02:00:00Z")]},
        {"id": "f11", "category": "personal_contact", "value": "morgan.ellery@example.com", "severity": "medium",
         "confidence": 0.95, "contribution": 3.0, "policy": ["Introduction: groomed", "§1 dating sites"],
         "explanation": "EmailRecognizer: personal email in the profile",
         "evidence": [_ev(BLOG, "profile_field", "Contact me: morgan.ellery@example.com or 0491 570 156",
                          None, BLOG)]},
        {"id": "f12", "category": "personal_contact", "value": "0491 570 156", "severity": "medium",
         "confidence": 0.9, "contribution": 3.0, "policy": ["Introduction: groomed", "§1 dating sites"],
         "explanation": "PhoneRecognizer: AU mobile number",
         "evidence": [_ev(BLOG, "profile_field", "Contact me: morgan.ellery@example.com or 0491 570 156", None, BLOG)]},
        {"id": "f13", "category": "official_contact", "value": "m.ellery@abf.gov.au; 02 5550 1234",
         "severity": "high", "confidence": 0.9, "contribution": 5.0, "policy": ["§5 official contact details"],
         "explanation": "OfficialContactRecognizer: email at the organisation's domain 'abf.gov.au'",
         "evidence": [_ev(f"{BLOG}about/", "text", "Work enquiries: m.ellery@abf.gov.au, desk 02 5550 1234",
                          "2026-03-05T00:00:00Z", BLOG)]},
        {"id": "f14", "category": "vulnerability", "value": "Gambling losses and debt", "severity": "high",
         "confidence": 0.55, "contribution": 6.0, "policy": ["Introduction: susceptible to corruption"],
         "explanation": "VulnerabilityRecognizer: 'owe' and 'punting' in a post",
         "evidence": [_ev(f"{MASTO}/109553322114456400", "text",
                          "Down another $800 on the punting this week, still owe the credit card heaps",
                          "2026-05-20T12:00:00Z")]},
    ]
    score = round(sum(f["contribution"] for f in findings), 1)  # 82.0
    report = {
        "schema_version": "1",
        "tool": {"name": "footprint", "version": "0.1.0"},
        "subject": {"name": "Morgan Ellery", "organisation": "dibp"},
        "consent": {"sha256": "3f" * 32, "purpose": "personal-report", "given_on": "2026-11-20",
                    "expires_on": "2027-02-20"},
        "scan": {
            "started_at": "2026-11-25T10:00:00+00:00",
            "finished_at": "2026-11-25T10:01:12+00:00",
            "profiles": [
                {"url": MASTO, "platform": "activitypub", "status": "ok", "pages": 6, "items": 143},
                {"url": BLOG, "platform": "html", "status": "partial", "detail": "3 pages timed out", "pages": 9,
                 "items": 21},
                {"url": FEED, "platform": "feed", "status": "blocked_by_robots", "detail": "robots.txt disallows /feed.xml",
                 "pages": 0, "items": 0},
            ],
        },
        "risk": {
            "score": score,
            "band": "critical",
            "dimensions": {"identifiability": 0.92, "locatability": 0.81, "leverage": 0.66, "susceptibility": 0.4,
                           "reachability": 0.55, "leakage": 0.1},
            "summary": ("You can be identified as an Australian Border Force officer at Sydney Airport, your home "
                        "street can be worked out from your photos, and your family is named."),
        },
        "findings": findings,
        "advice": [
            {"rank": 1, "action": "Remove posts and profile text that name your employer", "finding_ids": ["f1"],
             "where": [f"{MASTO}/109553322114455667", MASTO, f"{BLOG}2026/03/new-job/"], "risk_reduction": 14.0,
             "effort": "low", "how": "Edit your bio to drop 'Border Force'; delete or edit the two posts."},
            {"rank": 2, "action": "Delete the photos that carry your home location", "finding_ids": ["f3", "f4"],
             "where": ["https://social.example/media/abc.jpg", "https://social.example/media/def.jpg",
                       f"{MASTO}/109553322114455800"], "risk_reduction": 13.0, "effort": "low",
             "how": "Delete the posts; turn off location in your camera app; strip metadata before posting."},
            {"rank": 3, "action": "Stop naming your workplace and shifts", "finding_ids": ["f2", "f6"],
             "where": [f"{MASTO}/109553322114455700", f"{MASTO}/109553322114456000"], "risk_reduction": 10.0,
             "effort": "medium", "how": "Delete the posts; post about work days after the fact, not before."},
            {"rank": 4, "action": "Remove your family's names and your son's school", "finding_ids": ["f7", "f8"],
             "where": [f"{MASTO}/109553322114456100", f"{BLOG}2026/05/sports-day/"], "risk_reduction": 9.0,
             "effort": "low", "how": "Edit the posts to remove names; set the blog post to private."},
            {"rank": 5, "action": "Take down the personal contact details on your blog", "finding_ids": ["f11", "f12"],
             "where": [BLOG], "risk_reduction": 5.0, "effort": "low",
             "how": "Replace them with a contact form, or remove them."},
            {"rank": 6, "action": "Remove the post about gambling losses and seek support", "finding_ids": ["f14"],
             "where": [f"{MASTO}/109553322114456400"], "risk_reduction": 5.0, "effort": "low",
             "how": "Delete the post. The Employee Assistance Program is confidential."},
            {"rank": 7, "action": "Remove your official email and desk phone", "finding_ids": ["f13"],
             "where": [f"{BLOG}about/"], "risk_reduction": 4.0, "effort": "low", "how": "Edit the About page."},
            {"rank": 8, "action": "Do not name colleagues or friends", "finding_ids": ["f9", "f10"],
             "where": [f"{MASTO}/109553322114456200", f"{MASTO}/109553322114456300"], "risk_reduction": 4.0,
             "effort": "low", "how": "Edit the posts to drop their names."},
        ],
        "plan": {
            "start": {"score": score, "band": "critical"},
            "steps": [
                {"step": 1, "advice_rank": 1, "action": "On Mastodon, remove 'Australian Border Force' (2 places)",
                 "where": [f"{MASTO}/109553322114455667", MASTO], "finding_ids": ["f1"], "effort": "medium",
                 "score_after": 61.0, "band_after": "high", "how": "Preferences > Edit profile; ... > Edit.",
                 "kind": "fact", "site": MASTO},
                {"step": 2, "advice_rank": 2, "action": "Delete this photo, or replace it with a copy that has no location data.",
                 "where": ["https://social.example/media/abc.jpg"], "finding_ids": ["f3"], "effort": "low",
                 "score_after": 44.1, "band_after": "moderate", "how": "exiftool -gps:all= photo.jpg",
                 "kind": "photo", "site": MASTO},
                {"step": 3, "advice_rank": 4, "action": "Delete this post, or edit out the part that names a family member.",
                 "where": [f"{MASTO}/109553322114456100"], "finding_ids": ["f7"], "effort": "low",
                 "score_after": 18.2, "band_after": "low", "how": "... > Delete & redraft", "kind": "post",
                 "site": MASTO},
            ],
            "end": {"score": 18.2, "band": "low"},
        },
        "graph": {
            "directed": True, "multigraph": True, "graph": {},
            "nodes": [
                {"id": "subject", "kind": "subject", "label": "Morgan Ellery"},
                {"id": "org:abf", "kind": "employer", "label": "Australian Border Force"},
                {"id": "place:syd-airport", "kind": "place", "label": "Sydney Airport T1"},
                {"id": "place:parramatta", "kind": "place", "label": "Parramatta NSW",
                 "lat": -33.8150, "lon": 151.0030},
                {"id": "geo:-33.8153,151.0027", "kind": "place", "label": "-33.8153, 151.0027",
                 "lat": -33.8153, "lon": 151.0027},
                {"id": "geo:-33.9399,151.1753", "kind": "place", "label": "-33.9399, 151.1753"},
                {"id": "person:Tessa", "kind": "person", "label": "Tessa (wife)"},
                {"id": "person:Leo Ellery", "kind": "person", "label": "Leo Ellery (son)"},
                {"id": "org:riverside-primary", "kind": "place", "label": "Riverside Example Primary"},
                {"id": "person:Dev Ramanathan", "kind": "person", "label": "Dev Ramanathan"},
                {"id": "person:Kieran Boyd", "kind": "person", "label": "Kieran Boyd"},
                {"id": "contact:email", "kind": "contact", "label": "morgan.ellery@example.com"},
                {"id": "contact:phone", "kind": "contact", "label": "0491 570 156"},
                {"id": "contact:official", "kind": "contact", "label": "m.ellery@abf.gov.au"},
                {"id": MASTO, "kind": "profile", "label": "@morgane@social.example"},
                {"id": BLOG, "kind": "profile", "label": "morgan-writes.example"},
                {"id": "item:https://social.example/media/abc.jpg", "kind": "item", "label": "image abc.jpg"},
                {"id": f"item:{BLOG}2026/05/sports-day/", "kind": "item", "label": "Sports day"},
                {"id": "topic:gambling", "kind": "signal", "label": "Gambling losses and debt"},
            ],
            "edges": [
                {"source": "subject", "target": "org:abf", "kind": "employed_by", "key": 0},
                {"source": "subject", "target": "place:syd-airport", "kind": "works_at", "key": 0},
                {"source": "subject", "target": "place:parramatta", "kind": "lives_near", "key": 0},
                {"source": "place:parramatta", "target": "geo:-33.8153,151.0027", "kind": "near", "key": 0},
                {"source": "subject", "target": "geo:-33.9399,151.1753", "kind": "geotagged", "key": 0},
                {"source": "subject", "target": "person:Tessa", "kind": "wife", "key": 0},
                {"source": "subject", "target": "person:Leo Ellery", "kind": "son", "key": 0},
                {"source": "person:Leo Ellery", "target": "org:riverside-primary", "kind": "attends", "key": 0},
                {"source": "subject", "target": "person:Dev Ramanathan", "kind": "colleague", "key": 0},
                {"source": "person:Dev Ramanathan", "target": "org:abf", "kind": "employed_by", "key": 0},
                {"source": "subject", "target": "person:Kieran Boyd", "kind": "friend", "key": 0},
                {"source": "subject", "target": "contact:email", "kind": "contact", "key": 0},
                {"source": "subject", "target": "contact:phone", "kind": "contact", "key": 0},
                {"source": "subject", "target": "contact:official", "kind": "contact", "key": 0},
                {"source": "subject", "target": MASTO, "kind": "owns", "key": 0},
                {"source": "subject", "target": BLOG, "kind": "owns", "key": 0},
                {"source": MASTO, "target": "item:https://social.example/media/abc.jpg", "kind": "published", "key": 0},
                {"source": "item:https://social.example/media/abc.jpg", "target": "place:parramatta",
                 "kind": "mentions", "key": 0},
                {"source": BLOG, "target": f"item:{BLOG}2026/05/sports-day/", "kind": "published", "key": 0},
                {"source": f"item:{BLOG}2026/05/sports-day/", "target": "person:Leo Ellery", "kind": "mentions",
                 "key": 0},
                {"source": "subject", "target": "topic:gambling", "kind": "reveals", "key": 0},
            ],
        },
    }
    return report


XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><iframe src=https://evil.example/x></iframe>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "</title></style><script src=https://evil.example/x.js></script>",
]
BAD_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    '"><svg onload=alert(1)>',
    "//evil.example/x",
]


def hostile_report() -> dict:
    """The sample with attacker-controlled markup in every scraped string and bad URLs everywhere."""
    r = copy.deepcopy(sample_report())
    payload = " ".join(XSS)
    r["subject"]["name"] = "Morgan " + XSS[0]
    r["risk"]["summary"] += " " + payload
    for i, p in enumerate(r["scan"]["profiles"]):
        p["url"] = BAD_URLS[i % len(BAD_URLS)]
        p["detail"] = payload
    for i, f in enumerate(r["findings"]):
        f["value"] = f"{f['value']} {XSS[i % len(XSS)]}"
        f["explanation"] += " " + payload
        f["policy"] = f["policy"] + [XSS[(i + 1) % len(XSS)]]
        f["id"] = f["id"] + '"><svg onload=alert(1)>'
        for j, ev in enumerate(f["evidence"]):
            ev["url"] = BAD_URLS[(i + j) % len(BAD_URLS)]
            ev["excerpt"] += " " + payload
            ev["profile"] = BAD_URLS[(i + j + 1) % len(BAD_URLS)]
            ev["posted_at"] = XSS[j % len(XSS)]
    ids = [f["id"] for f in r["findings"]]
    for i, a in enumerate(r["advice"]):
        a["action"] += " " + payload
        a["how"] += " " + payload
        a["where"] = a["where"] + BAD_URLS
        a["finding_ids"] = [ids[i % len(ids)], XSS[i % len(XSS)]]
    for i, step in enumerate(r["plan"]["steps"]):
        step["action"] += " " + payload
        step["how"] += " " + payload
        step["site"] = XSS[i % len(XSS)]
        step["where"] = step["where"] + BAD_URLS
    for i, n in enumerate(r["graph"]["nodes"]):
        n["label"] = f"{n.get('label', '')} {XSS[i % len(XSS)]}"
        n["kind"] = n["kind"] + ('"><svg onload=alert(1)>' if i % 3 == 0 else "")
    r["graph"]["nodes"].append({"id": XSS[0], "kind": XSS[1]})
    r["graph"]["edges"].append({"source": "subject", "target": XSS[0], "kind": XSS[2]})
    return r


if __name__ == "__main__":  # python tests/report_samples.py OUT.html [--redact]: look at the page
    import sys

    from footprint.analysis.report.html import render_html

    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/footprint-sample-report.html"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(render_html(sample_report(), redact="--redact" in sys.argv))
    print(out)
