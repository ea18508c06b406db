"""Export readers: real sample files from the platforms, and generated archives with ground truth."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from footprint.analysis.findings import CATEGORIES
from footprint.crawler.orgs import load_org
from footprint.analysis.pipeline import analyse_items
from footprint.crawler.exports import detect_platform, open_archive, read_export
from footprint.crawler.exports.archive import Archive
from footprint.crawler.exports.common import fix_mojibake, visibility_from
from footprint.crawler.items import ImageItem, PostItem, ProfileItem

from . import export_archives as gen
from .conftest import SHARED_DATA, sample

FIXTURES = Path(__file__).parent / "fixtures" / "exports"


def _analyse(items):
    findings, risk, _advice, _graph = analyse_items(items, org=load_org("dibp"), subject=gen.SUBJECT,
                                                     aliases=gen.ALIASES)
    return findings, risk


@pytest.fixture
def opened(monkeypatch):
    """Every member a reader opens, in order."""
    names: list[str] = []
    real = Archive.open_member

    def spy(self, name):
        names.append(name)
        return real(self, name)
    monkeypatch.setattr(Archive, "open_member", spy)
    return names


# ------------------------------------------------------------------ helpers

@pytest.mark.parametrize("raw,fixed", [
    ("Jen\u00c5\u0091 Rejt\u00c5\u0091", "Jenő Rejtő"),
    ("D\u00c3\u00a9r D\u00c3\u00a9nes", "Dér Dénes"),
    ("\u00e2\u009d\u00a4\u00ef\u00b8\u008f", "\u2764\ufe0f"),
    ("plain ascii", "plain ascii"),
    ("Zoë, already right", "Zoë, already right"),      # genuine Latin-1 text that is not mojibake stays
])
def test_fix_mojibake(raw, fixed):
    assert fix_mojibake(raw) == fixed
    assert fix_mojibake({"k": [raw]}) == {"k": [fixed]}


@pytest.mark.parametrize("word,vis", [("Public", "public"), ("Friends", "followers"), ("Only me", "private"),
                                      ("friends-of-friends", "followers"), (None, "unknown"), ("Custom", "followers")])
def test_visibility_words(word, vis):
    assert visibility_from(word) == vis


# ------------------------------------------------------------------ real samples

def test_twitter_real_sample():
    result = read_export(FIXTURES / "twitter")
    assert result.platform == "twitter"
    profile, settings = result.items
    assert (profile.url, profile.handle, profile.visibility) == ("https://x.com/simonw", "@simonw", "public")
    assert profile.emails == [] and profile.phones == []
    assert settings.visibility == "private" and settings.phones == ["+15555555555"]
    assert settings.url == "export:twitter:account.js#account-settings"


def test_linkedin_real_sample_counts_connections_only():
    result = read_export(FIXTURES / "linkedin")
    assert result.platform == "linkedin"
    profiles = [i for i in result.items if isinstance(i, ProfileItem)]
    public, contact = profiles
    assert public.fields["Connections"] == "2000 connections"
    assert public.fields["Works for"] == "Cyberdyne Systems" and public.visibility == "public"
    assert contact.visibility == "followers" and "+44 20 5550 0100" in contact.phones
    assert contact.fields["Address"] == "221B Baker Street, London"
    positions = [i for i in result.items if isinstance(i, PostItem) and i.title == "Position"]
    assert len(positions) == 11 and positions[0].url == "export:linkedin:Positions.csv#1"
    dump = json.dumps([asdict(i) for i in result.items])
    assert "Charles" not in dump and "Babbage" not in dump   # a connection's name


def test_instagram_real_sample():
    result = read_export(FIXTURES / "instagram")
    assert result.platform == "instagram"
    posts = [i for i in result.items if isinstance(i, PostItem)]
    assert len(posts) == 3 and all(p.visibility == "unknown" for p in posts)
    carousel = next(p for p in posts if "Dalia" in p.text)
    assert carousel.hashtags == ["#daliaflower", "#hibiscusplant"]
    assert carousel.url == "export:instagram:posts_carousel.json#1658871955"
    assert carousel.published == "2022-07-26T21:45:55+00:00" and len(carousel.images) == 5
    # the media files are not in the excerpt and the JSON has no coordinates: no image items
    assert not [i for i in result.items if isinstance(i, ImageItem)]


def test_facebook_real_sample_fixes_mojibake_and_never_opens_messages(opened):
    result = read_export(sample("exports/facebook/profile_information.json").parent)
    assert result.platform == "facebook"
    (profile,) = result.items
    assert profile.name == "Jenő Rejtő" and profile.url == "https://www.facebook.com/habakkuk"
    assert profile.fields["Family"] == "my sister Csőke Boglárka"
    assert profile.fields["Lives in"] == "Budapest, Hunagary" and profile.fields["Friends"] == "9 friends"
    assert profile.phones == ["+36208884455"] and profile.visibility == "unknown"
    assert opened and not [n for n in opened if "message" in n]


@pytest.mark.parametrize("platform", ["twitter", "instagram", "linkedin"])
def test_fixture_copies_are_the_shared_files(platform):
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    for f in (FIXTURES / platform).iterdir():
        assert f.read_bytes() == (SHARED_DATA / "exports" / platform / f.name).read_bytes()


@pytest.mark.parametrize("member,platform", [("twitter/account.js", "twitter"),
                                             ("facebook/profile_information.json", "facebook"),
                                             ("instagram/posts_carousel.json", "instagram"),
                                             ("linkedin/Profile.csv", "linkedin")])
def test_real_samples_detected(member, platform):
    with open_archive(sample(f"exports/{member}").parent) as archive:
        assert detect_platform(archive) == platform


# ------------------------------------------------------------------ generated, with ground truth

@pytest.mark.parametrize("platform", sorted(gen.BUILDERS))
def test_generated_archive_ground_truth(tmp_path, platform, opened):
    built = gen.BUILDERS[platform](tmp_path)
    with open_archive(built.path) as archive:
        assert detect_platform(archive) == platform
    result = read_export(built.path)
    assert result.platform == platform and not result.warnings
    findings, _risk = _analyse(result.items)
    for fact in built.facts:
        hits = [f for f in findings if f.category == fact.category
                and fact.key.lower() in (f.value + " " + " ".join(e.excerpt for e in f.evidence)).lower()
                and any(e.url == fact.url and e.visibility == fact.visibility for e in f.evidence)]
        assert hits, f"{platform}: no {fact.category} finding {fact.key!r} at {fact.url} ({fact.visibility})"
    dump = json.dumps([asdict(i) for i in result.items], ensure_ascii=False)
    for word in built.absent:
        assert word not in dump
    assert not [n for n in opened if "message" in n.lower()]


def test_x_archive_finds_every_category(tmp_path):
    result = read_export(gen.build_x(tmp_path).path)
    findings, risk = _analyse(result.items)
    assert {f.category for f in findings} == set(CATEGORIES)
    assert all(e.url.startswith("https://x.com/robinhale_/status/") for f in findings for e in f.evidence
               if e.visibility != "private")
    assert risk.band == "critical"


def test_x_protected_account_is_followers(tmp_path):
    result = read_export(gen.build_x(tmp_path, protected=True).path)
    posts = [i for i in result.items if isinstance(i, PostItem)]
    assert posts and {p.visibility for p in posts} == {"followers"}


def test_private_findings_add_nothing_followers_less(tmp_path):
    """The same facts as public, then followers-only, then private: score falls, private is zero."""
    items = read_export(gen.build_x(tmp_path).path).items
    scores, contributions = {}, {}
    for vis in ("public", "followers", "private"):
        for i in items:
            i.visibility = vis
        findings, risk = _analyse(items)
        scores[vis] = risk.score
        contributions[vis] = sum(f.contribution for f in findings)
        assert {e.visibility for f in findings for e in f.evidence} == {vis}
    assert scores["public"] > scores["followers"] > scores["private"] == 0
    assert contributions["private"] == 0


def test_facebook_generated_audiences(tmp_path):
    result = read_export(gen.build_facebook(tmp_path).path)
    posts = {p.text.split()[0]: p for p in result.items if isinstance(p, PostItem)}
    assert {k: p.visibility for k, p in posts.items()} == {"Sunday": "public", "So": "followers", "Lost": "private"}
    assert "café" in posts["Sunday"].text and "Zoë" in posts["So"].text       # mojibake repaired
    assert posts["Sunday"].location == {"name": "Café Olé Marrickville", "lat": -33.911, "lon": 151.156}
    (profile,) = [i for i in result.items if isinstance(i, ProfileItem)]
    assert profile.fields["Friends"] == "12 friends" and "Friend 3" not in json.dumps(asdict(profile))


def test_instagram_generated_photo_exif(tmp_path):
    result = read_export(gen.build_instagram(tmp_path).path)
    (img,) = [i for i in result.items if isinstance(i, ImageItem)]
    assert img.lat == pytest.approx(gen.HOME[0], abs=1e-4) and img.lon == pytest.approx(gen.HOME[1], abs=1e-4)
    assert img.visibility == "followers" and img.taken_at == "2026:03:07 22:41:00"
    (post,) = [i for i in result.items if isinstance(i, PostItem)]
    assert post.text.startswith("Home sweet home \u2764\ufe0f")


def test_mastodon_direct_messages_skipped(tmp_path):
    result = read_export(gen.build_mastodon(tmp_path).path)
    posts = [i for i in result.items if isinstance(i, PostItem)]
    assert [(p.url, p.visibility) for p in posts] == [("https://social.example/@robinh/1", "public"),
                                                     ("https://social.example/@robinh/2", "followers")]
    assert all(p.platform == "mastodon" for p in result.items)


def _x_zip(path, members: dict[str, bytes]):
    import zipfile
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("members,texts,warned", [
    # an archive split in parts, a BOM, an older single-file name
    ({"data/account.js": gen._ytd("account", [{"account": {"username": "a"}}]),
      "data/tweets.js": gen._ytd("tweets", [gen.tweet(1, "one", gen.dt.datetime(2026, 1, 1))]),
      "data/tweets-part1.js": b"\xef\xbb\xbf" + gen._ytd("tweets", [gen.tweet(2, "two", gen.dt.datetime(2026, 1, 2))])},
     ["one", "two"], False),
    ({"data/tweet.js": gen._ytd("tweet", [gen.tweet(3, "old name", gen.dt.datetime(2020, 1, 1))])}, ["old name"], False),
    # a truncated download: what came before the cut is kept, and the status says partial
    ({"data/tweets.js": gen._ytd("tweets", [gen.tweet(4, "kept", gen.dt.datetime(2026, 1, 1)),
                                            gen.tweet(5, "lost", gen.dt.datetime(2026, 1, 1))])[:-200]},
     ["kept"], True),
])
def test_x_tweet_files(tmp_path, members, texts, warned):
    result = read_export(_x_zip(tmp_path / "x.zip", members))
    assert [p.text for p in result.items if isinstance(p, PostItem)] == texts
    assert bool(result.warnings) == warned


@pytest.mark.parametrize("extra,location", [
    ({"geo": {"type": "Point", "coordinates": ["-33.91", "151.15"]}}, {"name": "", "lat": -33.91, "lon": 151.15}),
    ({"coordinates": {"type": "Point", "coordinates": ["151.15", "-33.91"]},
      "place": {"full_name": "Marrickville, Sydney"}}, {"name": "Marrickville, Sydney", "lat": -33.91, "lon": 151.15}),
    # a place alone: its name, never its bounding box's centre as if it were an exact point
    ({"place": {"full_name": "Sydney, New South Wales", "bounding_box": {"type": "Polygon", "coordinates": [
        [[150.5, -34.1], [151.3, -34.1], [151.3, -33.5], [150.5, -33.5]]]}}}, {"name": "Sydney, New South Wales"}),
    ({"geo": {"type": "Point", "coordinates": ["not", "numbers"]}}, None),
    ({}, None),
])
def test_x_tweet_location(tmp_path, extra, location):
    row = gen.tweet(9, "here", gen.dt.datetime(2026, 1, 1))
    row["tweet"].update(extra)
    result = read_export(_x_zip(tmp_path / "x.zip", {"data/tweets.js": gen._ytd("tweets", [row])}))
    (post,) = result.items
    assert post.location == location


def test_odd_records_are_skipped_with_a_warning(tmp_path):
    """A post written oddly (a word where a coordinate belongs, a string where a list belongs)
    is skipped with a warning; the posts around it are still read."""
    posts = [{"timestamp": 1772400000, "data": [{"post": "first"}]},
             {"timestamp": 1772400001, "data": [{"post": "odd"}], "attachments": [{"data": [
                 {"place": {"name": "X", "coordinate": {"latitude": "north-ish", "longitude": 1}}}]}]},
             {"timestamp": 1772400002, "data": "not a list", "attachments": "nor this"},
             {"timestamp": 1772400003, "data": [{"post": "last"}]}]
    _x_zip(tmp_path / "fb.zip", {"posts/your_posts_1.json": json.dumps(posts).encode()})
    result = read_export(tmp_path / "fb.zip", platform="facebook")
    assert [p.text for p in result.items] == ["first", "last"]
    assert len(result.warnings) == 1 and "your_posts_1.json #1" in result.warnings[0]


def test_instagram_stories(tmp_path):
    stories = {"ig_stories": [{"uri": "media/stories/202603/1.jpg", "creation_timestamp": 1772880000,
                               "title": "Night shift at Sydney Airport again"}]}
    _x_zip(tmp_path / "ig.zip", {"your_instagram_activity/content/stories.json": json.dumps(stories).encode()})
    result = read_export(tmp_path / "ig.zip")
    assert result.platform == "instagram"
    (story,) = result.items
    assert story.text == "Night shift at Sydney Airport again"
    assert story.images == ["export:instagram:media/stories/202603/1.jpg"]
    assert story.url == "export:instagram:your_instagram_activity/content/stories.json#1772880000"


def test_facebook_album_photo_gps_and_x_tweet_media(tmp_path):
    album = {"name": "Mobile uploads", "photos": [
        {"uri": "your_facebook_activity/posts/media/Mobileuploads_1/1.jpg", "creation_timestamp": 1772400000,
         "description": "New letterbox \u00c3\u00a9t\u00c3\u00a9", "media_metadata": {"photo_metadata": {
             "exif_data": [{"latitude": -33.9105, "longitude": 151.1551, "taken_timestamp": 1772390000}]}}},
        {"uri": "your_facebook_activity/posts/media/Mobileuploads_1/2.jpg", "creation_timestamp": 1772400100}]}
    _x_zip(tmp_path / "fb.zip", {"your_facebook_activity/posts/album/0.json": json.dumps(album).encode(),
                                 "your_facebook_activity/posts/media/Mobileuploads_1/2.jpg":
                                     gen._jpeg_with_gps(-33.9399, 151.1753, "2026:03:02 07:40:00")})
    result = read_export(tmp_path / "fb.zip", platform="facebook")
    posts = [i for i in result.items if isinstance(i, PostItem)]
    images = sorted((round(i.lat, 4), round(i.lon, 4), i.url) for i in result.items if isinstance(i, ImageItem))
    assert [p.text for p in posts] == ["New letterbox été"]
    assert images == [(-33.9399, 151.1753, "export:facebook:your_facebook_activity/posts/media/Mobileuploads_1/2.jpg"),
                      (-33.9105, 151.1551, "export:facebook:your_facebook_activity/posts/media/Mobileuploads_1/1.jpg")]

    row = gen.tweet(77, "Look at this", gen.dt.datetime(2026, 3, 2))
    row["tweet"]["extended_entities"] = {"media": [{"media_url_https": "https://pbs.twimg.com/media/AbC.jpg"}]}
    _x_zip(tmp_path / "x.zip", {"data/account.js": gen._ytd("account", [{"account": {"username": "robinhale_"}}]),
                                "data/tweets.js": gen._ytd("tweets", [row]),
                                "data/tweets_media/77-AbC.jpg": gen._jpeg_with_gps(-33.9105, 151.1551,
                                                                                    "2026:03:01 22:41:00")})
    items = read_export(tmp_path / "x.zip").items
    (img,) = [i for i in items if isinstance(i, ImageItem)]
    assert (img.url, img.post_url) == ("https://pbs.twimg.com/media/AbC.jpg", "https://x.com/robinhale_/status/77")
    assert img.lat == pytest.approx(-33.9105, abs=1e-4) and img.taken_at == "2026:03:01 22:41:00"
