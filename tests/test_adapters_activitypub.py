"""ActivityPub adapter over Mastodon-shaped documents (fictional people and hosts)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.crawler.adapters import ACTIVITYPUB_ACCEPT, Parsed, detect_platform, parse
from footprint.crawler.items import PostItem, ProfileItem

PROFILE = "https://social.example/@jmorrow"
ACTOR_URL = "https://social.example/users/jmorrow"
OUTBOX = "https://social.example/users/jmorrow/outbox"
CTX = ["https://www.w3.org/ns/activitystreams", {"PropertyValue": "schema:PropertyValue", "value": "schema:value"}]

ACTOR = {
    "@context": CTX,
    "id": ACTOR_URL,
    "type": "Person",
    "preferredUsername": "jmorrow",
    "name": "Jordan Morrow :verified:",
    "summary": "<p>Dad of two. Runner. Views my own.<br>Reach me at jordan.morrow@mail.example</p>"
               "<p>Blog: <a href=\"https://jordan.example/\" rel=\"nofollow\">jordan.example</a> "
               "<a href=\"https://social.example/tags/running\" class=\"mention hashtag\" rel=\"tag\">#<span>running</span></a></p>",
    "url": "https://social.example/@jmorrow",
    "outbox": OUTBOX,
    "icon": {"type": "Image", "mediaType": "image/png", "url": "https://files.social.example/avatars/jm.png"},
    "attachment": [
        {"type": "PropertyValue", "name": "Work", "value": "Officer, Australian Border Force"},
        {"type": "PropertyValue", "name": "Phone", "value": "<a href=\"tel:+61491570156\">0491 570 156</a>"},
        {"type": "PropertyValue", "name": "Website",
         "value": "<a href=\"https://jordan.example/about\" rel=\"me nofollow noopener\" target=\"_blank\">"
                  "<span class=\"invisible\">https://</span><span class=\"\">jordan.example/about</span></a>"},
        {"type": "PropertyValue", "name": "Email", "value": "<a href=\"mailto:jm@mail.example\">jm@mail.example</a>"},
        {"type": "PropertyValue", "name": "Location", "value": "Parramatta NSW"},
    ],
}

NOTE_1 = {
    "id": "https://social.example/users/jmorrow/statuses/1001",
    "type": "Note",
    "published": "2024-03-01T08:15:00Z",
    "url": "https://social.example/@jmorrow/1001",
    "attributedTo": ACTOR_URL,
    "content": "<p>Early shift again at the airport <a href=\"https://social.example/tags/BorderForce\" "
               "class=\"mention hashtag\" rel=\"tag\">#<span>BorderForce</span></a> with "
               "<span class=\"h-card\"><a href=\"https://other.example/@sam\" class=\"u-url mention\">@<span>sam</span></a></span> "
               "see <a href=\"https://news.example/story\">this</a></p>",
    "tag": [
        {"type": "Hashtag", "href": "https://social.example/tags/borderforce", "name": "#BorderForce"},
        {"type": "Mention", "href": "https://other.example/@sam", "name": "@sam@other.example"},
    ],
    "attachment": [
        {"type": "Document", "mediaType": "image/jpeg",
         "url": "https://files.social.example/media/1001.jpg", "name": "Sunrise"},
        {"type": "Document", "mediaType": "video/mp4", "url": "https://files.social.example/media/1001.mp4"},
    ],
    "location": {"type": "Place", "name": "Sydney Airport", "latitude": -33.9399, "longitude": 151.1753},
}

NOTE_OTHER = {
    "id": "https://other.example/users/sam/statuses/77",
    "type": "Note",
    "published": "2024-02-28T23:00:00.000+10:00",
    "url": [{"type": "Link", "mediaType": "text/html", "href": "https://other.example/@sam/77"}],
    "content": "<p>Passing out parade today!</p>",
    "attachment": {"type": "Image", "url": "https://files.other.example/p/77.png"},
}

OUTBOX_DOC = {
    "@context": CTX,
    "id": OUTBOX,
    "type": "OrderedCollection",
    "totalItems": 3,
    "first": {
        "id": OUTBOX + "?page=true",
        "type": "OrderedCollectionPage",
        "next": OUTBOX + "?max_id=900&page=true",
        "partOf": OUTBOX,
        "orderedItems": [
            {"id": NOTE_1["id"] + "/activity", "type": "Create", "actor": ACTOR_URL,
             "published": NOTE_1["published"], "object": NOTE_1},
            {"id": "https://social.example/users/jmorrow/statuses/1002/activity", "type": "Announce",
             "actor": ACTOR_URL, "published": "2024-03-01T09:00:00Z", "object": NOTE_OTHER},
            {"id": "https://social.example/users/jmorrow/statuses/1003/activity", "type": "Announce",
             "actor": ACTOR_URL, "published": "2024-03-01T10:00:00Z",
             "object": "https://social.example/users/jmorrow/statuses/999"},
        ],
    },
}

LINKED_OUTBOX = {"@context": CTX, "id": OUTBOX, "type": "OrderedCollection", "totalItems": 40,
                 "first": OUTBOX + "?page=true", "last": OUTBOX + "?min_id=0&page=true"}

PAGE_2 = {
    "@context": CTX, "id": OUTBOX + "?max_id=900&page=true", "type": "OrderedCollectionPage",
    "prev": OUTBOX + "?min_id=1001&page=true", "next": {"id": OUTBOX + "?max_id=800&page=true"},
    "orderedItems": [
        {"type": "Create", "published": "2023-12-24T18:30:00+11:00", "object": {
            "id": "https://social.example/users/jmorrow/statuses/900", "type": "Article",
            "name": "Christmas at home", "content": "<p>Home in <b>Harris Park</b> with family</p>",
            "url": "https://social.example/@jmorrow/900",
            "location": [{"type": "Place", "name": "Harris Park", "latitude": "-33.8226", "longitude": "151.0077"}],
            "tag": {"type": "Hashtag", "name": "#Family"}}},
        {"type": "Create", "object": {"id": "https://social.example/users/jmorrow/statuses/899", "type": "Image",
                                      "name": "Uniform day",
                                      "url": [{"type": "Link", "mediaType": "image/jpeg",
                                               "href": "https://files.social.example/media/899.jpg"}]}},
    ],
}


def _run(doc, url=ACTOR_URL) -> Parsed:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    return parse("activitypub", url, body, PROFILE, "application/activity+json")


def _profiles(parsed):
    return [i for i in parsed.items if isinstance(i, ProfileItem)]


def _posts(parsed):
    return [i for i in parsed.items if isinstance(i, PostItem)]


# -- actor --------------------------------------------------------------------

@pytest.fixture(scope="module")
def actor() -> ProfileItem:
    parsed = _run(ACTOR)
    assert parsed.parts == [OUTBOX]
    (item,) = _profiles(parsed)
    return item


@pytest.mark.parametrize("attr, expected", [
    ("profile", PROFILE),
    ("platform", "activitypub"),
    ("url", "https://social.example/@jmorrow"),
    ("handle", "jmorrow"),
    ("name", "Jordan Morrow :verified:"),
    ("avatar", "https://files.social.example/avatars/jm.png"),
])
def test_actor_scalar_fields(actor, attr, expected):
    assert getattr(actor, attr) == expected


@pytest.mark.parametrize("key, value", [
    ("Work", "Officer, Australian Border Force"),
    ("Phone", "0491 570 156"),
    ("Website", "https://jordan.example/about"),
    ("Email", "jm@mail.example"),
    ("Location", "Parramatta NSW"),
])
def test_actor_property_values_are_clean_text(actor, key, value):
    assert actor.fields[key] == value


@pytest.mark.parametrize("attr, member", [
    ("emails", "jm@mail.example"),
    ("emails", "jordan.morrow@mail.example"),   # from the bio
    ("phones", "+61491570156"),                  # tel: link
    ("phones", "0491 570 156"),                  # written number
    ("links", "https://jordan.example/about"),
    ("links", "https://jordan.example/"),
])
def test_actor_contacts_and_links(actor, attr, member):
    assert member in getattr(actor, attr)


def test_actor_summary_is_text_and_hashtag_links_are_not_links(actor):
    assert actor.summary.startswith("Dad of two. Runner. Views my own.\nReach me at")
    assert "<" not in actor.summary and "#running" in actor.summary
    assert "https://social.example/tags/running" not in actor.links


# -- outbox with embedded first page ------------------------------------------

@pytest.fixture(scope="module")
def outbox() -> Parsed:
    return _run(OUTBOX_DOC, OUTBOX)


def test_outbox_embedded_page_names_next_as_part(outbox):
    assert outbox.parts == [OUTBOX + "?max_id=900&page=true"]


def test_announce_of_bare_url_is_followed_not_itemised(outbox):
    assert outbox.follow == ["https://social.example/users/jmorrow/statuses/999"]
    assert len(_posts(outbox)) == 2


@pytest.mark.parametrize("attr, expected", [
    ("url", "https://social.example/@jmorrow/1001"),
    ("published", "2024-03-01T08:15:00+00:00"),
    # the image's description (alt text) is public words of the post: a line of its text (round 10), the video's none
    ("text", "Early shift again at the airport #BorderForce with @sam see this\nSunrise"),
    ("hashtags", ["BorderForce"]),
    ("mentions", ["@sam@other.example"]),   # text "@sam" folded into the tag
    ("links", ["https://news.example/story"]),
    ("images", ["https://files.social.example/media/1001.jpg"]),
    ("location", {"name": "Sydney Airport", "lat": -33.9399, "lon": 151.1753}),
    ("profile", PROFILE),
    ("platform", "activitypub"),
])
def test_create_note(outbox, attr, expected):
    assert getattr(_posts(outbox)[0], attr) == expected


@pytest.mark.parametrize("attr, expected", [
    ("url", "https://other.example/@sam/77"),          # first Link href of the boosted object
    ("text", "Passing out parade today!"),
    ("published", "2024-02-28T13:00:00+00:00"),        # +10:00 normalised to UTC
    ("images", ["https://files.other.example/p/77.png"]),
])
def test_announce_keeps_boosted_object(outbox, attr, expected):
    assert getattr(_posts(outbox)[1], attr) == expected


def test_images_become_image_refs_with_post_and_time(outbox):
    refs = {(r.url, r.post_url, r.posted_at) for r in outbox.images}
    assert ("https://files.social.example/media/1001.jpg", "https://social.example/@jmorrow/1001",
            "2024-03-01T08:15:00+00:00") in refs
    assert not any(r.url.endswith(".mp4") for r in outbox.images)


# -- linked first page and second page ------------------------------------------

@pytest.mark.parametrize("doc, url, parts", [
    (LINKED_OUTBOX, OUTBOX, [OUTBOX + "?page=true"]),
    (PAGE_2, OUTBOX + "?max_id=900&page=true", [OUTBOX + "?max_id=800&page=true"]),   # next as object
    ({"type": "OrderedCollectionPage", "orderedItems": []}, OUTBOX, []),
])
def test_pages_are_parts(doc, url, parts):
    assert _run(doc, url).parts == parts


@pytest.mark.parametrize("index, attr, expected", [
    (0, "title", "Christmas at home"),
    (0, "text", "Home in Harris Park with family"),
    (0, "published", "2023-12-24T07:30:00+00:00"),   # object has none: activity's, to UTC
    (0, "location", {"name": "Harris Park", "lat": -33.8226, "lon": 151.0077}),
    (0, "hashtags", ["Family"]),
    (1, "url", "https://social.example/users/jmorrow/statuses/899"),   # url is the image: id is canonical
    (1, "images", ["https://files.social.example/media/899.jpg"]),
    (1, "published", None),
])
def test_second_page_objects(index, attr, expected):
    assert getattr(_posts(_run(PAGE_2, PAGE_2["id"]))[index], attr) == expected


# -- bare objects, truncated and wrong-typed documents ----------------------------

def test_bare_note_document():
    (post,) = _posts(_run(NOTE_1, NOTE_1["id"]))
    assert post.url == NOTE_1["url"] and post.location["lat"] == -33.9399


def test_truncated_outbox_keeps_complete_items():
    body = json.dumps(OUTBOX_DOC).encode()
    cut = body[: body.index(b"Passing out parade")]
    posts = _posts(_run(cut, OUTBOX))
    assert posts and posts[0].url == "https://social.example/@jmorrow/1001"
    assert posts[0].hashtags == ["BorderForce"]


@pytest.mark.parametrize("mutation", [
    {"attachment": 5},
    {"attachment": [5, "x", None, {"type": "PropertyValue", "name": 3, "value": ["a"]}]},
    {"icon": 7},
    {"name": ["not", "a", "string"]},
    {"summary": {"en": "x"}},
    {"outbox": {"id": 12}},
    {"url": 3.5},
    {"preferredUsername": None},
])
def test_actor_with_wrong_types_still_parses(mutation):
    items = _profiles(_run({**ACTOR, **mutation}))
    assert len(items) == 1 and items[0].profile == PROFILE


@pytest.mark.parametrize("mutation", [
    {"tag": "BorderForce"}, {"tag": [1, None]}, {"location": 5},
    {"location": {"type": "Place", "latitude": "north", "longitude": 500}},
    {"published": 12}, {"published": "yesterday"}, {"content": None}, {"attachment": {"url": 5}},
    {"url": [{"href": None}]},
])
def test_note_with_wrong_types_still_parses(mutation):
    (post,) = _posts(_run({**NOTE_1, **mutation}, NOTE_1["id"]))
    assert post.url.startswith("https://social.example/")


@pytest.mark.parametrize("body", [
    b"", b"{", b"[1, 2]", b"null", b"\xff\xfe\x00garbage", b'{"type": "Person", "name": "A\xff\xfeB"}',
    b'{"type": "OrderedCollectionPage", "orderedItems": 5}', b"[" * 10000, b'{"a":' * 5000,
])
def test_malformed_documents_do_not_raise(body):
    assert isinstance(_run(body), Parsed)


def test_invalid_utf8_actor_keeps_name():
    (item,) = _profiles(_run(b'{"type": "Person", "preferredUsername": "jm", "name": "Jo\xffrdan"}'))
    assert item.handle == "jm" and item.name.startswith("Jo")


# -- platform detection -------------------------------------------------------------

@pytest.mark.parametrize("content_type, body, hint, expected", [
    ("application/activity+json", b"{}", None, "activitypub"),
    ('application/ld+json; profile="https://www.w3.org/ns/activitystreams"', b"{}", None, "activitypub"),
    ("application/json", json.dumps(ACTOR).encode(), None, "activitypub"),
    ("", json.dumps(OUTBOX_DOC).encode(), None, "activitypub"),
    ("text/html", b"<html></html>", "activitypub", "activitypub"),
    ("application/activity+json", b"{}", "bluesky", "html"),
    ("application/json", b'{"hello": "world"}', None, "html"),
])
def test_detect_platform(content_type, body, hint, expected):
    assert detect_platform(PROFILE, content_type, body, hint) == expected


def test_accept_header_asks_for_activitystreams():
    assert "application/activity+json" in ACTIVITYPUB_ACCEPT and "activitystreams" in ACTIVITYPUB_ACCEPT


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_parse_arbitrary_bytes_never_raises(body):
    assert isinstance(parse("activitypub", ACTOR_URL, body, PROFILE), Parsed)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["type", "object", "url", "id", "attachment", "tag", "location", "content", "orderedItems",
                         "first", "next", "published", "icon", "summary", "name", "latitude", "longitude", "href",
                         "mediaType", "value"]), children, max_size=6),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["type", "object", "orderedItems", "first", "attachment", "url", "tag"]),
                       _json, max_size=5),
       st.sampled_from(["Person", "Note", "Create", "Announce", "OrderedCollection", "OrderedCollectionPage"]))
def test_parse_arbitrary_activitystreams_shapes_never_raises(doc, kind):
    doc.setdefault("type", kind)
    assert isinstance(_run(doc), Parsed)


# -- a post's evidence URL is its own address, never the listing (issue 10, row 9) -------------
NOTE_ID = "https://social.example/users/jmorrow/statuses/77"
ACT_ID = NOTE_ID + "/activity"
BAD_URLS = ["JaVaScRiPt:alert(document.domain)", "javascript:alert(1)", " \tjavascript:void(0)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "ftp://files.example/x",
            "file:///etc/passwd", "mailto:a@b.example", [{"type": "Link", "href": "JAVASCRIPT:x"}]]


def _outbox_with(entry: dict) -> bytes:
    return json.dumps({"@context": CTX, "id": OUTBOX, "type": "OrderedCollection", "orderedItems": [entry]}).encode()


@pytest.mark.parametrize("bad", BAD_URLS, ids=repr)
@pytest.mark.parametrize("shape,expected", [
    ("note-with-id", NOTE_ID), ("create-with-ids", NOTE_ID), ("create-id-only", ACT_ID), ("no-id-at-all", None)])
def test_non_http_post_url_falls_back_to_own_id_never_the_listing(bad, shape, expected):
    note = {"type": "Note", "url": bad, "content": "<p>Shift swap on Friday.</p>"}
    if shape in ("note-with-id", "create-with-ids"):
        note["id"] = NOTE_ID
    entry = note if shape == "note-with-id" else {"type": "Create", "object": note}
    if shape in ("create-with-ids", "create-id-only"):
        entry["id"] = ACT_ID
    parsed = parse("activitypub", OUTBOX, _outbox_with(entry), PROFILE, "application/activity+json")
    posts = [i for i in parsed.items if isinstance(i, PostItem)]
    assert all(p.url != OUTBOX for p in posts)
    assert [p.url for p in posts] == ([expected] if expected else [])


def test_a_note_fetched_on_its_own_page_keeps_that_page_as_its_url():
    """The document itself is the item: its own address is its canonical URL."""
    note = {"@context": CTX, "type": "Note", "url": "javascript:alert(1)", "content": "<p>Hi</p>"}
    parsed = parse("activitypub", NOTE_ID, json.dumps(note).encode(), PROFILE, "application/activity+json")
    assert [i.url for i in parsed.items] == [NOTE_ID]


@pytest.mark.parametrize("attachments, text", [
    ([{"type": "Image", "mediaType": "image/jpeg", "url": "https://m.example/1.jpg", "name": "Basil on the balcony"}],
     "Sunday.\nBasil on the balcony"),
    # the same description twice, or already in the words, is read once; a non-image's description is not read
    ([{"type": "Image", "mediaType": "image/jpeg", "url": "https://m.example/1.jpg", "name": "Sunday."},
      {"type": "Document", "mediaType": "video/mp4", "url": "https://m.example/1.mp4", "name": "Kitchen bench"}], "Sunday."),
    ([{"type": "Image", "mediaType": "image/jpeg", "url": "https://m.example/1.jpg"}], "Sunday."),
])
def test_image_alt_text_is_part_of_the_post(attachments, text):
    note = {"@context": CTX, "id": "https://social.example/@jmorrow/2002", "type": "Note", "content": "<p>Sunday.</p>",
            "published": "2024-03-02T08:15:00Z", "attachment": attachments}
    parsed = _run(note, "https://social.example/@jmorrow/2002")
    assert [i.text for i in _posts(parsed)] == [text]
