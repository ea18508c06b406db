"""A plain forum or profile page that shows several posts: each post is its own item, cited by its permalink.

The markups follow what phpBB, Discourse's crawler view and XenForo serve, and
a hand-written `<article id="post-12">` list. All names are fictional.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from footprint.crawler.adapters import html as html_adapter
from footprint.crawler.consent import load_consent
from footprint.crawler.items import PostItem
from footprint.crawler.localsite import LocalSite
from footprint.crawler.runner import crawl
from footprint.crawler.store import Store

PAGE = "http://127.0.0.1:8999/forum/member/redgum_bec/"

PHPBB = """<!DOCTYPE html><html><head><title>Search results - Redgum Anglers</title></head><body>
<div id="wrap"><div id="page-body" role="main">
<h2 class="searchresults-title">Posts by redgum_bec</h2>
<div id="p4411" class="search post bg2"><div class="inner">
 <dl class="postprofile"><dt class="author">by <a href="./memberlist.php?u=88" class="username">redgum_bec</a></dt>
 <dd class="search-result-date">Sat Mar 07, 2026 6:12 pm</dd></dl>
 <div class="postbody"><h3><a href="./viewtopic.php?t=902&amp;p=4411#p4411">Re: Flathead off Kurnell</a></h3>
 <div class="content">Two flathead off the point at Kurnell before the tide turned. Home by seven.</div></div>
 <ul class="searchresults"><li><a href="./viewtopic.php?p=4411#p4411" class="arrow-right">Jump to post</a></li></ul>
</div></div>
<div id="p4398" class="search post bg1"><div class="inner">
 <dl class="postprofile"><dt class="author">by <a href="./memberlist.php?u=88" class="username">redgum_bec</a></dt></dl>
 <div class="postbody"><h3><a href="./viewtopic.php?t=877&amp;p=4398#p4398">Re: Best soft plastics</a></h3>
 <div class="content">Gulp minnows in pumpkinseed, every time.</div></div>
</div></div>
</div></div></body></html>"""

DISCOURSE = """<!DOCTYPE html><html><head><title>Weekend rigs - Tinnie Talk</title>
<link rel="canonical" href="http://127.0.0.1:8999/t/weekend-rigs/42"></head><body>
<div id="main-outlet" class="wrap" role="main">
<h1><a href="/t/weekend-rigs/42">Weekend rigs</a></h1>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting">
 <div id="post_1" itemprop="articleBody" class="topic-body crawler-post">
  <div class="crawler-post-meta"><span class="creator" itemprop="author"><a href="/u/redgum_bec"><span itemprop="name">redgum_bec</span></a></span>
  <span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-01T08:30:00Z" class="post-time">1 Feb</time>
  <a itemprop="url" href="/t/weekend-rigs/42/1">#1</a></span></div>
  <div class="post" itemprop="text"><p>Finally fitted the new sounder to the tinnie. Took all Saturday.</p></div>
 </div>
 <div id="post_2" itemprop="comment" class="topic-body crawler-post">
  <div class="crawler-post-meta"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-02T09:00:00Z">2 Feb</time>
  <a itemprop="url" href="/t/weekend-rigs/42/2">#2</a></span></div>
  <div class="post" itemprop="text"><p>Ramp at Botany Bay was packed by six, so we went to Woolooware instead.</p></div>
 </div>
</div></div></body></html>"""

XENFORO = """<!DOCTYPE html><html><head><title>Postings | Reef Keepers</title></head><body>
<div class="p-body"><div class="p-body-inner"><div class="p-body-pageContent">
<div class="block-body js-replyNewMessageContainer">
<article class="message message--post js-post" data-author="redgum_bec" data-content="post-3310" id="js-post-3310">
 <div class="message-inner"><div class="message-cell message-cell--main">
  <header class="message-attribution"><ul class="message-attribution-main listInline">
   <li class="u-concealed"><a href="/threads/skimmer-advice.120/post-3310" rel="nofollow"><time class="u-dt" datetime="2026-03-11T20:15:00+1100">Mar 11, 2026</time></a></li></ul>
   <ul class="message-attribution-opposite"><li><a href="/threads/skimmer-advice.120/post-3310" class="message-attribution-gadget" rel="nofollow">#1</a></li></ul></header>
  <article class="message-body js-selectToQuote"><div class="bbWrapper">Running the skimmer wet for a week fixed the foam.</div></article>
 </div></div>
</article>
<article class="message message--post js-post" data-author="redgum_bec" data-content="post-3322" id="js-post-3322">
 <div class="message-inner"><div class="message-cell message-cell--main">
  <header class="message-attribution"><ul class="message-attribution-main listInline">
   <li class="u-concealed"><a href="/threads/skimmer-advice.120/post-3322" rel="nofollow"><time class="u-dt" datetime="2026-03-12T07:40:00+1100">Mar 12, 2026</time></a></li></ul></header>
  <article class="message-body js-selectToQuote"><div class="bbWrapper">Tank is in the garage, so the temperature swings are brutal in winter.</div></article>
 </div></div>
</article>
</div></div></div></div></body></html>"""

PLAIN = """<!DOCTYPE html><html><head><title>redgum_bec | Harbour Boaties</title></head><body>
<nav><a href="/">Harbour Boaties</a></nav>
<main><h1>redgum_bec</h1><div class="about"><p>Boatie from the Shire. Member since 2019.</p></div>
<h2>Recent posts</h2>
<article id="post-12"><h3><a rel="bookmark" href="/forum/t/5/#post-12">Outboard service</a></h3>
 <p class="byline">Posted on <time datetime="2026-04-02T19:00:00+10:00">2 Apr 2026</time></p>
 <p>Outboard is back from the service and purring again.</p></article>
<article id="post-19"><h3><a rel="bookmark" href="/forum/t/8/#post-19">Swap meet</a></h3>
 <p class="byline">Posted on <time datetime="2026-04-09T19:00:00+10:00">9 Apr 2026</time></p>
 <p>Anyone going to the swap meet at Taren Point on Sunday?</p></article>
</main></body></html>"""


def _posts(body: str, url: str = PAGE) -> list[PostItem]:
    parsed = html_adapter.parse(url, body.encode(), PAGE, "text/html; charset=utf-8")
    return [i for i in parsed.items if isinstance(i, PostItem)]


@pytest.mark.parametrize("name, body, url, expected", [
    ("phpbb", PHPBB, "http://127.0.0.1:8999/forum/search.php?author_id=88", {
        "http://127.0.0.1:8999/forum/viewtopic.php?t=902&p=4411#p4411": "Two flathead off the point at Kurnell",
        "http://127.0.0.1:8999/forum/viewtopic.php?t=877&p=4398#p4398": "Gulp minnows in pumpkinseed"}),
    ("discourse", DISCOURSE, "http://127.0.0.1:8999/t/weekend-rigs/42", {
        "http://127.0.0.1:8999/t/weekend-rigs/42/1": "Finally fitted the new sounder",
        "http://127.0.0.1:8999/t/weekend-rigs/42/2": "Ramp at Botany Bay was packed"}),
    ("xenforo", XENFORO, "http://127.0.0.1:8999/members/redgum_bec.88/", {
        "http://127.0.0.1:8999/threads/skimmer-advice.120/post-3310": "Running the skimmer wet",
        "http://127.0.0.1:8999/threads/skimmer-advice.120/post-3322": "Tank is in the garage"}),
    ("plain", PLAIN, PAGE, {
        "http://127.0.0.1:8999/forum/t/5/#post-12": "Outboard is back from the service",
        "http://127.0.0.1:8999/forum/t/8/#post-19": "swap meet at Taren Point"}),
])
def test_each_post_is_cited_by_its_permalink(name, body, url, expected):
    posts = {p.url: p for p in _posts(body, url)}
    for link, words in expected.items():
        assert link in posts, f"{name}: no item at {link}; got {sorted(posts)}"
        assert words in posts[link].text
        # a post's text is its own, not its neighbour's
        others = [w for k, w in expected.items() if k != link]
        assert not any(w in posts[link].text for w in others)
    # nothing a post says is left on the listing page's own item
    page_items = [p for u, p in posts.items() if u not in expected]
    assert not any(w in p.text for p in page_items for w in expected.values())


@pytest.mark.parametrize("name, body, published", [
    ("discourse", DISCOURSE, {"http://127.0.0.1:8999/t/weekend-rigs/42/1": "2026-02-01T08:30:00+00:00"}),
    ("plain", PLAIN, {"http://127.0.0.1:8999/forum/t/8/#post-19": "2026-04-09T09:00:00+00:00"}),
])
def test_each_post_keeps_its_own_date(name, body, published):
    posts = {p.url: p for p in _posts(body)}
    for link, when in published.items():
        assert posts[link].published == when


def test_member_box_stays_on_the_page_item():
    posts = {p.url: p for p in _posts(PLAIN)}
    assert "Boatie from the Shire" in posts[PAGE].text


@pytest.mark.parametrize("name, body", [
    ("single article, no permalink", "<html><body><main><article><h1>Trip</h1><p>Caught a bream.</p>"
                                     "<p>Home by dark.</p></article></main></body></html>"),
    ("thread list, plain links", "<html><body><main><h1>redgum_bec</h1><ul><li><a href='/t/5/'>Outboard</a></li>"
                                 "<li><a href='/t/8/'>Swap meet</a></li></ul></main></body></html>"),
    ("comments without anchors", "<html><body><main><div class='comment'><p>Nice one.</p></div>"
                                 "<div class='comment'><p>Agreed.</p></div></main></body></html>"),
])
def test_pages_without_post_permalinks_stay_one_item(name, body):
    posts = _posts(body)
    assert [p.url for p in posts] == [PAGE]


def test_crawled_member_page_cites_each_post(tmp_path: Path, write_consent):
    """End to end on 127.0.0.1: the crawl stores the posts under their permalinks."""
    site_dir = tmp_path / "site"
    files = {"forum/member/redgum_bec/index.html": PLAIN.replace('href="/forum/t/', 'href="{{BASE}}/forum/t/'),
             "robots.txt": "User-agent: *\nDisallow:\n"}
    for name, body in files.items():
        (site_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / name).write_text(body, encoding="utf-8")
    with LocalSite(site_dir) as site:
        profile = site.base + "/forum/member/redgum_bec/"
        consent = load_consent(write_consent(profiles=[{"url": profile, "platform": "html"}]), allow_local=True)
        db = tmp_path / "fp.sqlite3"
        crawl(consent, db, allow_local=True, no_throttle=True)
        base = site.base
    store = Store(db)
    urls = {r[0] for r in store.conn.execute("SELECT url FROM items WHERE kind='post'")}
    assert {base + "/forum/t/5/#post-12", base + "/forum/t/8/#post-19"} <= urls


THREAD_ONE = """<!DOCTYPE html><html><head><title>Outboard service | Harbour Boaties</title></head><body>
<nav><a href="/">Harbour Boaties</a></nav>
<main><article id="post-12"><h1><a rel="bookmark" href="{{BASE}}/forum/t/5/#post-12">Outboard service</a></h1>
<p>Outboard is back from the service, purring like a kitten.</p></article></main>
<footer>Reply to this thread</footer></body></html>"""

THREAD_TWO = """<!DOCTYPE html><html><head><title>Swap meet | Harbour Boaties</title></head><body>
<main><article id="post-19"><a rel="bookmark" href="{{BASE}}/forum/t/8/#post-19">#19</a>
<p>Anyone going to the swap meet at Taren Point on Sunday?</p></article>
<article id="post-20"><a rel="bookmark" href="{{BASE}}/forum/t/8/#post-20">#20</a>
<p>I'll be there with a trailer full of junk.</p></article></main></body></html>"""


def test_a_thread_page_holding_one_post_is_that_posts_address():
    page = "http://127.0.0.1:8999/forum/t/5/"
    posts = _posts(THREAD_ONE.replace("{{BASE}}", "http://127.0.0.1:8999"), page)
    assert [p.url for p in posts] == [page]
    assert "purring like a kitten" in posts[0].text


def test_a_thread_page_with_replies_keeps_each_posts_anchor():
    page = "http://127.0.0.1:8999/forum/t/8/"
    posts = {p.url: p for p in _posts(THREAD_TWO.replace("{{BASE}}", "http://127.0.0.1:8999"), page)}
    assert {page + "#post-19", page + "#post-20"} <= set(posts)


def test_crawled_member_page_and_its_threads_store_each_post_once(tmp_path: Path, write_consent):
    """The member page lists posts by anchor; a one-post thread page is the post's address, so the listing's
    anchored copy is not stored beside it; a thread with replies keeps the anchors."""
    member = "forum/member/redgum_bec"
    listing = PLAIN.replace('href="/forum/t/', 'href="{{BASE}}/%s/t/' % member)
    site_dir = tmp_path / "site"
    files = {f"{member}/index.html": listing,
             f"{member}/t/5/index.html": THREAD_ONE.replace("/forum/t/", f"/{member}/t/"),
             f"{member}/t/8/index.html": THREAD_TWO.replace("/forum/t/", f"/{member}/t/"),
             "robots.txt": "User-agent: *\nDisallow:\n"}
    for name, body in files.items():
        (site_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / name).write_text(body, encoding="utf-8")
    with LocalSite(site_dir) as site:
        profile = f"{site.base}/{member}/"
        consent = load_consent(write_consent(profiles=[{"url": profile, "platform": "html"}]), allow_local=True)
        db = tmp_path / "fp.sqlite3"
        crawl(consent, db, allow_local=True, no_throttle=True)
        base = f"{site.base}/{member}"
    store = Store(db)
    urls = [r[0] for r in store.conn.execute("SELECT url FROM items WHERE kind='post'")]
    assert base + "/t/5/" in urls and base + "/t/5/#post-12" not in urls
    assert urls.count(base + "/t/8/#post-19") == 1 and base + "/t/8/#post-20" in urls
