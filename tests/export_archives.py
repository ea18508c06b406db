"""Generated data downloads with ground truth, in each platform's real layout (all FICTIONAL).

Robin Hale does not exist: every name, handle, street, number and address
below is invented (phones from the ranges reserved for fiction, example.*
domains). Each builder writes the archive the platform would hand over
(zip, top folder, file names, `window.YTD` prefixes, Meta's double-encoded
UTF-8, LinkedIn's "Notes:" header block) and returns the facts a reader plus
the analysis must find, with the evidence URL and audience each must carry.
The benchmark builds its 10,000-tweet archive with `write_x_archive` too.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from PIL.TiffImagePlugin import IFDRational

SUBJECT = "Robin Hale"
ALIASES = ["robinhale_", "Robin H"]
HANDLE = "robinhale_"
HOME = (-33.9105, 151.1551)          # a street in a fictional reading of Marrickville
WORK = (-33.9399, 151.1753)          # Sydney Airport


@dataclass
class Fact:
    category: str
    key: str                  # a word the finding's value or an evidence excerpt contains (case-insensitive)
    url: str                  # the evidence URL it must carry
    visibility: str = "public"


@dataclass
class Built:
    path: Path
    platform: str
    facts: list[Fact] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)   # words that must appear in no item (DMs, connections)


# One sentence per text category (the dev set's style), each tweeted once.
TWEETS = [
    ("employer", "Border Force", "Six years in and still proud to be an Australian Border Force officer. #BorderForce"),
    ("colleague", "Sarah Kelly", "Great shift with my ABF colleague Sarah Kelly today, she runs the best team at the airport."),
    ("official_contact", "robin.hale@abf.gov.au", "For work enquiries email me at robin.hale@abf.gov.au during office hours."),
    ("family", "Priya", "My wife Priya and our son Leo at his school concert tonight. So proud."),
    ("associate", "Tom Walker", "Beers at the pub with my best mate Tom Walker after footy training."),
    ("personal_contact", "0491 570 156", "Message me on WhatsApp 0491 570 156 anytime, happy to chat."),
    ("official_information", "cocaine", "We seized 40 kg of cocaine hidden in a shipping container at Port Botany today."),
    ("systems_information", "Movement Alert List", "The Movement Alert List was down for three hours on my shift again."),
    ("vulnerability", "debt", "Lost big at the pokies again, the gambling debt is getting out of hand."),
    ("work_location", "Sydney Airport", "Back at Sydney Airport international terminal for another night shift."),
    ("home_location", "Marrickville", "Love living in Marrickville, our house on Wattle Avenue finally has a garden."),
    ("corporate_identifier", "AB12345", "New lanyard came through today, my staff ID AB12345 printed in huge letters."),
    ("routine", "Fitness Hub", "Every Tuesday 6am at the Fitness Hub in Newtown, no excuses."),
]


def _mojibake(value):
    """Meta's double encoding: every UTF-8 byte written as its own \\u00XX character."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: _mojibake(v) for k, v in value.items()}
    return value


def _ytd(name: str, rows: list) -> bytes:
    return f"window.YTD.{name}.part0 = {json.dumps(rows, indent=2)}".encode()


def _twitter_time(when: dt.datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def tweet(tid: int, text: str, when: dt.datetime, lat: float | None = None, lon: float | None = None) -> dict:
    t = {"id_str": str(tid), "id": str(tid), "full_text": text, "created_at": _twitter_time(when),
         "entities": {"hashtags": [{"text": w[1:]} for w in text.split() if w.startswith("#")],
                      "user_mentions": [], "urls": []},
         "lang": "en", "favorite_count": "0", "retweet_count": "0"}
    if lat is not None:
        t["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
        t["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
    return {"tweet": t}


def x_tweets(start_id: int = 1_700_000_000_000_000_000) -> list[dict]:
    """The ground-truth tweets: one per text category, then geotagged ones at home late at night
    (home, geotag) and before morning shifts at the airport."""
    base = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
    rows = [tweet(start_id + i, text, base + dt.timedelta(days=i)) for i, (_, _, text) in enumerate(TWEETS)]
    rng = random.Random(7)
    for d in range(6):   # 22:30 Sydney (11:30 UTC) at home
        lat, lon = HOME[0] + rng.uniform(-1e-4, 1e-4), HOME[1] + rng.uniform(-1e-4, 1e-4)
        rows.append(tweet(start_id + 100 + d, "Quiet night in.", base + dt.timedelta(days=20 + d, hours=2, minutes=30),
                          lat, lon))
    for d in range(6):   # 07:40 Sydney (20:40 UTC the day before) at work, weekdays
        lat, lon = WORK[0] + rng.uniform(-1e-4, 1e-4), WORK[1] + rng.uniform(-1e-4, 1e-4)
        rows.append(tweet(start_id + 200 + d, "Coffee before the shift.",
                          base + dt.timedelta(days=30 + d, hours=11, minutes=40), lat, lon))
    return rows


def write_x_archive(path: Path, tweets: list[dict], *, protected: bool = False, top: str = "twitter-2026-11-01",
                    compresslevel: int = 6) -> Path:
    """An X archive zip: data/account.js, profile.js, tweets.js (+ a DM file nobody may read)."""
    account = [{"account": {"email": "robin.hale@example.net", "createdVia": "web", "username": HANDLE,
                            "accountId": "4242", "createdAt": "2014-05-01T10:00:00.000Z",
                            "accountDisplayName": SUBJECT}}]
    profile = [{"profile": {"description": {"bio": "Coffee, footy and long shifts. Sydney.",
                                            "website": "https://robinhale.example.net", "location": "Sydney"},
                            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/robin.jpg"}}]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zf:
        zf.writestr(f"{top}/data/account.js", _ytd("account", account))
        zf.writestr(f"{top}/data/profile.js", _ytd("profile", profile))
        zf.writestr(f"{top}/data/phone-number.js", _ytd("phone_number", [{"device": {"phoneNumber": "+61491570157"}}]))
        zf.writestr(f"{top}/data/direct-messages.js", _ytd("direct_messages", [{"dmConversation": {
            "messages": [{"messageCreate": {"text": "SECRET-DM my PIN is 4321"}}]}}]))
        if protected:
            zf.writestr(f"{top}/data/protected-history.js", _ytd("protected_history", [
                {"protectedHistory": {"protectedAt": "2025-01-01T00:00:00.000Z", "action": "Protect"}}]))
        zf.writestr(f"{top}/data/tweets.js", _ytd("tweets", tweets))
        zf.writestr(f"{top}/Your archive.html", "<html>Your archive</html>")
    return path


def build_x(tmp: Path, protected: bool = False) -> Built:
    start = 1_700_000_000_000_000_000
    path = write_x_archive(tmp / "twitter-archive.zip", x_tweets(start), protected=protected)
    vis = "followers" if protected else "public"
    facts = [Fact(cat, key, f"https://x.com/{HANDLE}/status/{start + i}", vis)
             for i, (cat, key, _) in enumerate(TWEETS)]
    facts += [Fact("geotag", "", f"https://x.com/{HANDLE}/status/{start + 100}", vis),
              Fact("home_location", "", f"https://x.com/{HANDLE}/status/{start + 100}", vis),
              Fact("personal_contact", "robin.hale@example.net", "export:twitter:twitter-2026-11-01/data/account.js"
                   "#account-settings", "private")]
    return Built(path, "twitter", facts, absent=["SECRET-DM"])


def _jpeg_with_gps(lat: float, lon: float, when: str) -> bytes:
    def dms(v: float):
        v = abs(v)
        d, m = int(v), int((abs(v) - int(v)) * 60)
        s = round(((abs(v) - d) * 60 - m) * 60 * 100)
        return (IFDRational(d, 1), IFDRational(m, 1), IFDRational(s, 100))
    img = Image.new("RGB", (16, 16), (120, 160, 200))
    exif = img.getexif()
    exif[0x010F], exif[0x0110] = "Google", "Pixel 8"
    exif.get_ifd(0x8769)[0x9003] = when
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = ("S" if lat < 0 else "N"), dms(lat)
    gps[3], gps[4] = ("W" if lon < 0 else "E"), dms(lon)
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def build_facebook(tmp: Path) -> Built:
    """2022+ layout: personal_information/, connections/friends/, your_facebook_activity/posts/, messages/."""
    root = "facebook-robinhale-2026"
    profile = {"profile_v2": {
        "name": {"full_name": "Robin Hale"}, "emails": {"emails": ["robin.hale@example.net"]},
        "current_city": {"name": "Marrickville, New South Wales"}, "hometown": {"name": "Wagga Wagga"},
        "relationship": {"status": "Married", "partner": "Priya Hale"},
        "family_members": [{"name": "Maya Hale", "relation": "Daughter"}],
        "work_experiences": [{"employer": "Australian Border Force", "title": "Border Force Officer",
                              "location": "Sydney Airport"}],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": "0491 570 158"}],
        "username": "robin.hale.5", "profile_uri": "https://www.facebook.com/robin.hale.5"}}
    posts = [
        {"timestamp": 1772400000, "audience": "Public",
         "data": [{"post": "Sunday lunch at the café in Marrickville with the whole family."}],
         "attachments": [{"data": [{"place": {"name": "Café Olé Marrickville",
                                               "coordinate": {"latitude": -33.9110, "longitude": 151.1560}}}]}],
         "title": "Robin Hale was at Café Olé Marrickville."},
        {"timestamp": 1772500000, "audience": "Friends",
         "data": [{"post": "So proud of my daughter Maya, first day at Marrickville West Public School. Zoë's mum cried."}]},
        {"timestamp": 1772600000, "audience": "Only me",
         "data": [{"post": "Lost big at the pokies again, the gambling debt is getting out of hand."}]},
    ]
    friends = {"friends_v2": [{"name": f"Friend {i}", "timestamp": 1700000000 + i} for i in range(12)]}
    message = {"participants": [{"name": "Robin Hale"}], "messages": [{"content": "SECRET-MESSAGE do not read"}]}
    path = tmp / "facebook-robinhale.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{root}/personal_information/profile_information/profile_information.json",
                    json.dumps(_mojibake(profile)))
        zf.writestr(f"{root}/connections/friends/your_friends.json", json.dumps(_mojibake(friends)))
        zf.writestr(f"{root}/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                    json.dumps(_mojibake(posts)))
        zf.writestr(f"{root}/your_facebook_activity/messages/inbox/priya_abc123/message_1.json",
                    json.dumps(_mojibake(message)))
    member = f"{root}/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    prof = "https://www.facebook.com/robin.hale.5"
    return Built(path, "facebook", [
        Fact("employer", "Border Force", prof, "unknown"),
        Fact("home_location", "Marrickville", prof, "unknown"),
        Fact("geotag", "", f"export:facebook:{member}#1772400000", "public"),
        Fact("family", "Maya", f"export:facebook:{member}#1772500000", "followers"),
        Fact("vulnerability", "debt", f"export:facebook:{member}#1772600000", "private"),
    ], absent=["SECRET-MESSAGE"])


def build_instagram(tmp: Path) -> Built:
    """A folder in the 2024 layout: a private account, a post whose photo carries EXIF GPS at home."""
    root = tmp / "instagram-robinhale-2026"
    (root / "personal_information" / "personal_information").mkdir(parents=True)
    (root / "your_instagram_activity" / "content").mkdir(parents=True)
    (root / "media" / "posts" / "202603").mkdir(parents=True)
    (root / "your_instagram_activity" / "messages" / "inbox" / "x").mkdir(parents=True)
    info = {"profile_user": [{"string_map_data": {
        "Username": {"value": HANDLE}, "Name": {"value": "Robin Hale"},
        "Bio": {"value": "Dad, footy tragic, Border Force officer."}, "Email": {"value": "robin.hale@example.net"}}}]}
    (root / "personal_information" / "personal_information" / "personal_information.json").write_text(
        json.dumps(_mojibake(info)))
    (root / "personal_information" / "personal_information" / "account_privacy_changes.json").write_text(
        json.dumps({"account_history_account_privacy_history": [{"title": "", "string_map_data": {
            "Time": {"value": "", "timestamp": 1700000000}, "Account privacy": {"value": "Private"}}}]}))
    photo = "media/posts/202603/17900000000000001.jpg"
    (root / photo).write_bytes(_jpeg_with_gps(HOME[0], HOME[1], "2026:03:07 22:41:00"))
    posts = [{"media": [{"uri": photo, "creation_timestamp": 1772880000, "title": ""}],
              "title": "Home sweet home \u2764\ufe0f #sundayvibes with my son Leo", "creation_timestamp": 1772880000}]
    (root / "your_instagram_activity" / "content" / "posts_1.json").write_text(json.dumps(_mojibake(posts)))
    (root / "your_instagram_activity" / "messages" / "inbox" / "x" / "message_1.json").write_text(
        json.dumps({"messages": [{"content": "SECRET-IG-DM"}]}))
    return Built(root, "instagram", [
        Fact("geotag", "", f"export:instagram:{photo}", "followers"),
        Fact("family", "Leo", "export:instagram:your_instagram_activity/content/posts_1.json#1772880000", "followers"),
    ], absent=["SECRET-IG-DM"])


def build_linkedin(tmp: Path) -> Built:
    path = tmp / "Basic_LinkedInDataExport_11-01-2026.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
                    "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                    'Robin,Hale,,"14 Wattle Avenue, Marrickville NSW",,Border Force Officer at Australian Border '
                    'Force,"Keeping the airport moving.",Government Administration,2204,"Sydney, New South Wales",'
                    "[robinhale_],,\n")
        zf.writestr("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                    'Australian Border Force,Border Force Officer,Passenger processing.,"Sydney Airport, NSW",Jan 2020,\n')
        zf.writestr("Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                    "Western Sydney University,2010,2013,,Bachelor of Policing,\n")
        zf.writestr("PhoneNumbers.csv", "Extension,Number,Type\n,0491 570 159,Mobile\n")
        zf.writestr("Connections.csv", 'Notes:\n"When exporting your connection data, you may notice..."\n\n'
                    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    "Casimir,Quondam,https://www.linkedin.com/in/cq,,ABF,Officer,01 Jan 2024\n"
                    "Ottoline,Vexley,https://www.linkedin.com/in/ov,,ABF,Officer,02 Jan 2024\n"
                    "Barnaby,Frisk,https://www.linkedin.com/in/bf,,Qantas,Pilot,03 Jan 2024\n")
    return Built(path, "linkedin", [
        Fact("employer", "Border Force", "export:linkedin:Profile.csv#profile", "public"),
        Fact("home_location", "Wattle Avenue", "export:linkedin:Profile.csv#contact-info", "followers"),
        Fact("personal_contact", "0491 570 159", "export:linkedin:Profile.csv#contact-info", "followers"),
    ], absent=["Casimir", "Ottoline", "Barnaby"])


def build_mastodon(tmp: Path) -> Built:
    base = "https://social.example/users/robinh"
    actor = {"@context": "https://www.w3.org/ns/activitystreams", "id": base, "type": "Person",
             "preferredUsername": "robinh", "name": "Robin Hale", "url": "https://social.example/@robinh",
             "summary": "<p>Footy, coffee, Sydney.</p>", "outbox": "outbox.json",
             "attachment": [{"type": "PropertyValue", "name": "Work", "value": "Australian Border Force"}]}

    def note(n: int, text: str, to: list[str], cc: list[str]) -> dict:
        oid = f"{base}/statuses/{n}"
        return {"id": f"{oid}/activity", "type": "Create", "actor": base, "published": "2026-03-0%dT10:00:00Z" % n,
                "to": to, "cc": cc, "object": {"id": oid, "type": "Note", "url": f"https://social.example/@robinh/{n}",
                                                "content": f"<p>{text}</p>", "published": "2026-03-0%dT10:00:00Z" % n,
                                                "to": to, "cc": cc, "attachment": [], "tag": []}}
    public = "https://www.w3.org/ns/activitystreams#Public"
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": 3, "orderedItems": [
                  note(1, "The Movement Alert List crashed again during my shift at work.", [public], [f"{base}/followers"]),
                  note(2, "My husband Sam is away so I'm home alone all week.", [f"{base}/followers"], []),
                  note(3, "SECRET-DIRECT meet me at the usual place", ["https://social.example/users/pat"], []),
              ]}
    path = tmp / "archive-20261101-robinh.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("actor.json", json.dumps(actor))
        zf.writestr("outbox.json", json.dumps(outbox))
        zf.writestr("likes.json", json.dumps({"type": "OrderedCollection", "orderedItems": []}))
    return Built(path, "mastodon", [
        Fact("systems_information", "Movement Alert List", "https://social.example/@robinh/1", "public"),
        Fact("family", "Sam", "https://social.example/@robinh/2", "followers"),
    ], absent=["SECRET-DIRECT"])


BUILDERS = {"twitter": build_x, "facebook": build_facebook, "instagram": build_instagram,
            "linkedin": build_linkedin, "mastodon": build_mastodon}
