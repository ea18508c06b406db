"""Rhonda Pearce (FICTIONAL): Home Affairs HR case manager working from home in Deniliquin for a Canberra team.

Her choir's member profile (schema.org Person, third person, her work email as the roster contact) and her own
hashtag-heavy posts. Every name and number is invented.
"""
NAME = "Rhonda Pearce"

PERSON = {
    "path": "/members/rhonda-pearce",
    "site": "Edward River Singers",
    "headline": "Alto, committee member, rosters",
    "ld": {
        "jobTitle": "HR case manager",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:rhonda.pearce@homeaffairs.gov.au",
        "address": {"@type": "PostalAddress", "addressLocality": "Deniliquin", "addressRegion": "NSW"},
        "memberOf": {"@type": "MusicGroup", "name": "Edward River Singers"},
    },
    "sections": [
        ("Meet Rhonda", [
            "Rhonda has sung alto with us for eleven years. By day she is an HR case manager with the Department of "
            "Home Affairs, working from home in Deniliquin for a Canberra team, and she says Thursday practice (7pm, "
            "St Columba's hall) is the only thing that gets her away from the laptop.",
            "She and her husband Graham have three grandchildren and a very spoilt cat. Her best friend in the choir "
            "is fellow alto Beryl Haines, who drives her home after practice.",
            "Rosters and carpools: email Rhonda at the address above (her work one, she checks it all day)."]),
    ],
}

ACTIVITYPUB = {
    "handle": "rhondasings",
    "summary": "<p>#alto #Deniliquin #grandma #WFH</p>",
    "notes": [
        (7001, "2026-04-14 17:30", "+10:00",
         "Another #codeofconduct case today. #BorderForce officer passing #passengerlists to a mate. Three days of "
         "interviews ahead. #HRlife #WFH", {}),
        (7002, "2026-04-22 16:05", "+10:00",
         "#TheOctopus (our case system) ate my file notes AGAIN. Third time this month. #HomeAffairsIT please. "
         "#Windows10 #savetheworld", {}),
        (7003, "2026-05-05 12:40", "+10:00",
         "Director #MandeepGill wants the misconduct report by Friday. #deadlines #coffee", {}),
        (7004, "2026-05-10 20:15", "+10:00",
         "#BorderSecurity marathon on the telly with Graham. #Sunday #couch", {}),
        (7005, "2026-05-21 21:30", "+10:00",
         "#choir #Thursday #alto #Brahms #exhausted", {}),
    ],
}

PHOTOS: list = []
