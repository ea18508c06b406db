"""Round 11 (r11work): employer said in passing in the writer's own voice, one employer entity across a scan, subject
name forms from the scan's own pages, an account registered with an unseen official address, a number labelled work
by its field's name, the subject's own title line; with near-miss negatives. All people are fictional."""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.analysis.detect.page_names import page_name_forms
from footprint.analysis.detect.detectors.context import SubjectNames
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

ABF, HA = "Australian Border Force", "Department of Home Affairs"


@pytest.fixture(scope="module")
def ex():
    return Extractor(load_org("dibp"), "Alex Morgan", ["alexm"])


def _post(text, n=0):
    return PostItem(platform="activitypub", url=f"https://social.example/@alexm/{n}", profile="https://social.example/@alexm", text=text)


def _profile(name="Alex Morgan", **kw):
    return ProfileItem(platform="activitypub", url="https://social.example/@alexm", profile="https://social.example/@alexm", name=name, **kw)


def _cats(dets, cat):
    return {d.value for d in dets if d.category == cat}


@pytest.mark.parametrize("text,org", [
    ("home affairs still wont pay for my new boots so guess who's buying them lol", HA),
    ("Border Force moved my start time to 4.30am from Monday. Thrilled, obviously.", ABF),
    ("rumour is Border Force is shifting our whole section to Canberra next year", ABF),
    ("Border Force never does anything by halves, 13 hour day at the trade expo and my feet are done", ABF),
    ("network admin @ home affairs by day, dungeon master by night", HA),
    ("Border Force Christmas party tonight, designated driver again", ABF),
    ("ALL HANDS MEETING AT BORDER FORCE THIS ARVO, COULD HAVE BEEN AN EMAIL", ABF),
    ("Our home affairs floor has had no aircon for a week", HA),
    ("passport stamper at ABF in a past life, these days I just stamp library books", ABF),
    ("Pagod na pagod, double shift na naman sa ABF 😩 uwi na ako", ABF),
    ("IAmA cargo examiner for the ABF at Port Adelaide, ask me anything", ABF),
    ("I x-ray shipping containers for Border Force in Fremantle, AMA", ABF),
    ("back at Home Affairs tomorrow after three weeks off, send coffee", HA),
    ("mum keeps asking if Border Force will give me christmas off. no mum.", ABF),
    ("Home Affairs doesn't do small, 3000 people through the citizenship ceremony today and I checked every one of them", HA),
    ("Border Force never sleeps, we processed 4,000 passengers before lunch", ABF),
])
def test_employer_said_in_passing(ex, text, org):
    assert org in _cats(ex.extract([_post(text)]), "employer")


@pytest.mark.parametrize("text", [
    "Got the drone up over the wharf at sunset, you can see the ABF cutter and the x-ray shed from 100m",
    "Snapped a pic of the Border Force cutter coming into the harbour this arvo",
    "A family we support got yet another letter from their Home Affairs case officer today.",
    "His ABF case officer still hasn't called him back about the review",
    "Catering the Border Force Christmas party tonight, 200 sausage rolls and counting",
    "Christmas party for the Border Force families at our church hall on Sunday, all welcome",
    "Our practice lodged thirty-odd partner visa applications with Home Affairs this month.",
    "Had to pay for my own Home Affairs police check, ridiculous",
    "Home Affairs paid me back the visa refund finally",
    "Home Affairs finally sent my visa grant!!",
    "back at the Home Affairs office again for my citizenship interview",
    "I have so much respect for Border Force after that doco",
    "I searched everywhere for the Home Affairs form, gave up",
    "I answer phones for a migration agent who deals with Home Affairs all day",
    "Border Force seized my cousin's parcel and I had three days off work sorting it",
    "We screen films for the Border Force families day every year",
    "Shopping for the Border Force christmas party, 40 sausage rolls",
    "Border Force took my bag away and I checked all my pockets twice",
    "Border Force went through my car and I searched every seat for the missing sunnies after",
])
def test_not_employment(ex, text):
    assert not _cats(ex.extract([_post(text)]), "employer")


OWN_VOICE = ["Border Force trivia night was a laugh, we came second.", "I got my ABF lanyard photo retaken, still awful"]


def test_own_voice_mention_is_evidence_of_an_established_employer(ex):
    staff = _profile(emails=["alex.morgan@abf.gov.au"])
    dets = ex.extract([staff] + [_post(t, i) for i, t in enumerate(OWN_VOICE)])
    own = [d for d in dets if d.category == "employer" and d.pattern == "org_named_in_own_voice"]
    assert {d.evidence.url for d in own} >= {"https://social.example/@alexm/0"}
    assert all("employer established" in " ".join(d.support) for d in own)


def test_own_voice_mention_alone_establishes_nothing(ex):
    dets = ex.extract([_profile()] + [_post(OWN_VOICE[0])])
    assert not _cats(dets, "employer")


@pytest.mark.parametrize("text", ["I searched everywhere for the Home Affairs form, gave up",
                                  "I finally got my Home Affairs letter today", "I binged the Border Force doco last night"])
def test_client_things_are_not_own_voice(ex, text):
    staff = _profile(emails=["alex.morgan@abf.gov.au"])
    dets = ex.extract([staff, _post(text, 1)])
    assert not [d for d in dets if d.category == "employer" and d.evidence.url.endswith("/1")]


def test_their_website_is_not_own_voice(ex):
    staff = _profile(emails=["alex.morgan@abf.gov.au"])
    dets = ex.extract([staff, _post("The ABF enquiry line is on their website, dont ask me.", 1)])
    assert not [d for d in dets if d.category == "employer" and d.evidence.url.endswith("/1")]


@pytest.mark.parametrize("name,fields,handle,expected", [
    ("Alex 'Moggy' Morgan", {}, "", {"moggy"}),
    ("Alex (Moggy) Morgan", {}, "", {"moggy"}),
    ("Alex Morgan", {"alternateName": "Mogs"}, "mogs77", {"mogs", "mogs77"}),
    ("Dana 'Dazz' Kerr", {"alternateName": "Dazz"}, "", set()),       # someone else's page adds nothing
])
def test_page_name_forms(name, fields, handle, expected):
    subject = SubjectNames("Alex Morgan", [])
    item = ProfileItem(platform="html", url="https://club.example/p", profile="https://club.example/p", name=name, fields=fields, handle=handle)
    got = {f.lower() for f in page_name_forms(subject, [item])}
    assert expected <= got and (expected or not got)


def test_nickname_is_no_colleague(ex):
    page = _profile(name="Alex \"Moggy\" Morgan")
    dets = ex.extract([page, _post("Club legend. Moggy is a Border Force officer down at the wharf.", 1)])
    assert not any("Moggy" in v for v in _cats(dets, "colleague") | _cats(dets, "associate"))


@pytest.mark.parametrize("text,found", [
    ("signed up to this forum with my work email years ago, too lazy to change it", True),
    ("acct is under my abf email from before i knew better", True),
    ("registered here with me work addy back in 2014 lol", True),
    ("this account's still linked to my gov email, should probably fix that", True),
    ("Made this profile with my Home Affairs email in my first week, rookie move", True),
    ("Joined this server using my departmental email ages ago", True),
    ("signed up with my gmail, obviously", False),
    ("my work email is down again, can't get anything done", False),
    ("Please register with your work email to attend the webinar", False),
    ("registered for the fun run with my personal email not my work one", False),
])
def test_registered_with_unseen_official_address(ex, text, found):
    staff = _profile(fields={"jobTitle": "Border Force officer"})
    dets = ex.extract([staff, _post(text, 1)])
    assert bool(_cats(dets, "corporate_identifier")) is found


def test_bare_work_email_needs_an_employer(ex):
    dets = ex.extract([_profile(), _post("signed up to this forum with my work email years ago", 1)])
    assert not _cats(dets, "corporate_identifier")


@pytest.mark.parametrize("label,category", [
    ("fixtures (work mob, text only)", "official_contact"),
    ("desk (weekdays)", "official_contact"),
    ("ph (work)", "official_contact"),
    ("mobile", "personal_contact"),
    ("after hours (not work)", "personal_contact"),
])
def test_field_name_labels_the_number(ex, label, category):
    staff = _profile(summary="Thirds vice-captain. Border Force officer, Port Botany.", fields={label: "0491 570 226"})
    dets = ex.extract([staff])
    assert {d.category for d in dets if "570 226" in d.value} == {category}


@pytest.mark.parametrize("title", [
    "Director, Cargo Intelligence Section | Australian Border Force | Canberra",
    "Supervisor, Maritime Operations, Australian Border Force",
    "Assistant Director - Visa Integrity Branch - Home Affairs - Melbourne",
])
def test_own_title_line_is_no_colleague(ex, title):
    dets = ex.extract([_profile(fields={"jobTitle": title})])
    assert not _cats(dets, "colleague") and _cats(dets, "employer")


def test_named_director_is_still_a_colleague(ex):
    dets = ex.extract([_post("Proud to report to our Director, Marcus Ode, at Cargo Intelligence. Best boss at ABF.")])
    assert "Marcus Ode (colleague)" in _cats(dets, "colleague")


def test_nickname_said_inside_the_full_name():
    subject = SubjectNames("Jarrod Mifsud", [])
    post = PostItem(platform="html", url="https://club.example/p/1", profile="https://club.example/p",
                    text="Jarrod 'Mif' Mifsud has been a Rover since the under 10s. Mif works at the port.")
    other = PostItem(platform="html", url="https://club.example/p/2", profile="https://club.example/p",
                     text="Dean 'Chook' Harris runs the canteen.")
    assert {f.lower() for f in page_name_forms(subject, [post, other])} == {"mif"}
