"""Round 10 (r10work): false accusations of employment first, then employers, identifiers and work sites said loosely.

Each class is written in several registers (a terse bio, a pipe-separated headline, lower-case forum talk, a
business's about page, a church or club page, a formal profile field) with near misses beside it. Every person,
number, street and address here is fictional, written for these tests, never taken from a held-out set.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.crawler.items import PostItem, ProfileItem

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import PROFILE, SUBJECT, bio, found, kit_extractor  # noqa: E402

PAGE = "https://stmarks.example/people/kit-finch"


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def cats(dets, category: str) -> set[str]:
    return {d.key for d in dets if d.category == category}


def staff_scan(kit, text: str) -> list:
    """One post in a scan whose bio says the subject is Border Force staff (the post's detections only)."""
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT,
                         summary="Border Force officer. Views my own."),
             PostItem(profile=PROFILE, url=f"{PROFILE}/9", platform="activitypub", text=text,
                      published="2019-03-04T08:00:00Z")]
    return [d for d in kit.extract(items) if d.evidence.url != PROFILE]


def account(summary: str = "", fields: dict | None = None) -> list[ProfileItem]:
    return [ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT, summary=summary,
                        fields=fields or {})]


def person_page(description: str, phone: str, works_for: str = "Australian Border Force", **fields) -> list:
    """A schema.org Person page about the subject (its JSON-LD and its text, as the html adapter gives them)."""
    return [ProfileItem(profile=PAGE, url=PAGE, platform="html", name=SUBJECT, phones=[phone],
                        fields={"worksFor": works_for, **fields}),
            PostItem(profile=PAGE, url=PAGE, platform="html", text=description)]


# --- a writer's beat listed in a bio is not an employer
BEATS = {
    "press gallery, writing on": "Canberra press gallery. Writing on Home Affairs, defence and the budget. Tips welcome.",
    "pipes, a correspondent": "Senior correspondent | Border Force, visas, refugees, aviation | ex-regional radio",
    "first person, I cover": "I cover Home Affairs, Border Force and national security for a Sydney daily. DMs open.",
    "terse fragments, reporter": "Politics reporter. Home Affairs. Cyber. Ports. Opinions my own.",
    "interested in": "Freelance. Interested in: Border Force, migration law, maritime history, dogs.",
    "desk and past topics": "Investigations desk. Previously: Home Affairs, crime, courts.",
    "slashes, producer": "Producer at a current affairs show. Home Affairs / immigration / national security stories.",
    "lower case covering": "covering border force + home affairs since 2019. views mine",
    "podcast host, talking": "Podcast host. Talking Border Force, refugees and the law every Tuesday.",
    "role after the names": "Home Affairs & Border Force reporter at a Sydney daily.",
}


@pytest.mark.parametrize("text", BEATS.values(), ids=BEATS.keys())
def test_a_beat_in_a_bio_is_not_an_employer(kit, text):
    assert not cats(kit.extract([bio(text)]), "employer")


def test_a_beat_field_and_a_reporters_job_field(kit):
    assert not cats(kit.extract(account("Radio producer.", {"Beats": "Home Affairs, immigration, national security"})),
                    "employer")
    assert not cats(kit.extract(account("", {"jobTitle": "Senior correspondent, Home Affairs and Border Force"})), "employer")
    # the job elsewhere on the profile confirms what the bio's list of names is
    assert not cats(kit.extract(account("Home Affairs. Cyber. Ports.", {"Job": "Politics reporter"})), "employer")


STAFF_BIOS = {
    "title, then topics": ("Policy officer, Home Affairs. Migration, visas, national security. Opinions mine.",
                           "employer:department of home affairs"),
    "terse with a city": ("ABF. Runner. Coffee. Darwin.", "employer:australian border force"),
    "role after the name": ("Border Force officer. Views my own.", "employer:australian border force"),
    "pipes, investigator": ("Investigator | Home Affairs | Canberra", "employer:department of home affairs"),
    "writer by night": ("Writer by night, Border Force officer by day.", "employer:australian border force"),
    "a hobby beside the name": ("ABF. Writer. Runner. Darwin.", "employer:australian border force"),
    "a blogger, terse": ("Home Affairs. Blogger. Dad. Views my own.", "employer:department of home affairs"),
    "an author of novels": ("Border Force. Author of two crime novels. Coffee snob.", "employer:australian border force"),
}


@pytest.mark.parametrize("text,key", STAFF_BIOS.values(), ids=STAFF_BIOS.keys())
def test_a_staff_bio_is_still_an_employer(kit, text, key):
    assert key in cats(kit.extract([bio(text)]), "employer")


# --- someone else's uniform, the agency's rules met by a business, a story about the agency
OUTSIDE = {
    "a customer's uniform": "A customer came in yesterday still in his Border Force uniform, wanting headshots for his "
                            "daughter's netball team.",
    "her uniform, a coffee": "Had a lady in her ABF uniform grab a flat white on her way to the airport this morning.",
    "a regular's badge": "A regular of ours wears the Border Force badge on his cap, he pops in every Friday for a pie.",
    "photo requirements": "Every passport photo we print is checked against the Home Affairs photo requirements, and the "
                          "passport office's own rules on shadows.",
    "meets the specifications": "Our studio meets the Home Affairs specifications for visa photos: plain background, "
                                "neutral face, no glasses.",
    "a radio story": "Lots of questions after the radio story on Home Affairs and the visa backlog. I'll put some links "
                     "up for the group.",
    "a news piece, a tutor's tenure": "Several of you asked about the news piece on Border Force and the fishing boat. "
                                      "I've been tutoring at the library since 2015 and love my job helping adults read.",
    "a news piece, a shift elsewhere": "Hi all! A few of you asked about the newspaper article on Border Force and the "
                                       "boat. Our reading group will go through it. My shift at the library starts at 4.",
    "asked about it, a tutor's tenure": "Several of you asked about Border Force after class. I've been tutoring here "
                                        "since 2015.",
    "an interview with its head": "Anyone catch the interview with the Border Force commissioner last night?",
    "a son's uniform": "My son came home in his Border Force uniform for the first time today, so proud",
    "a story, studio owner's shift": "Karen opened the studio in 2008. A customer came in last week still in her Border "
                                     "Force uniform, straight off a shift.",
}


@pytest.mark.parametrize("text", OUTSIDE.values(), ids=OUTSIDE.keys())
def test_the_agency_seen_from_outside_is_no_employer(kit, text):
    assert not cats(found(kit, text), "employer")


OWN_UNIFORM = {
    "my badge": "New uniform day! My Border Force badge finally arrived.",
    "in my uniform": "Passing out parade today, in my ABF uniform for the first time. Mum cried.",
}


@pytest.mark.parametrize("text", OWN_UNIFORM.values(), ids=OWN_UNIFORM.keys())
def test_the_writers_own_uniform_is_still_an_employer(kit, text):
    assert "employer:australian border force" in cats(found(kit, text), "employer")


# --- the subject's own official address is the employer said without its name
OWN_EMAIL = {
    "forum about line": (account("reg'd this acct with tam.nguyen@homeaffairs.gov.au cause i was at work lol"),
                         "department of home affairs", "corporate_identifier"),
    "signed up using": (account("signed up here using my work email (r.oakes@abf.gov.au) before I knew better"),
                        "australian border force", "corporate_identifier"),
    "a work field, terse bio": (account("Geelong. Nights.", {"work": "j.keller@abf.gov.au"}),
                                "australian border force", "corporate_identifier"),
    "rego'd, lower case": (account("rego'd this account w k.finch@border.gov.au, oops"),
                           "department of immigration and border protection", "corporate_identifier"),
    "contact line in a bio": (account("Nights. Coffee. Contact: mick.ross@abf.gov.au"), "australian border force",
                              "official_contact"),
}


@pytest.mark.parametrize("items,name,category", OWN_EMAIL.values(), ids=OWN_EMAIL.keys())
def test_the_subjects_own_official_address_names_the_employer(kit, items, name, category):
    dets = kit.extract(items)
    assert f"employer:{name}" in cats(dets, "employer")
    assert cats(dets, category)


OWN_EMAIL_POSTS = {
    "my work email": "my work email is sasha.k@border.gov.au if any of you need the form",
    "email me at": "Email me at kit dot finch at abf dot gov dot au for the swap sheet.",
    "name in the local part": "kfinch@homeaffairs.gov.au for anything about the charity run",
}


@pytest.mark.parametrize("text", OWN_EMAIL_POSTS.values(), ids=OWN_EMAIL_POSTS.keys())
def test_an_own_address_in_a_post_names_the_employer(kit, text):
    assert cats(found(kit, text), "employer")


NOT_OWN_EMAIL = {
    "a role mailbox": "Send your visa questions to enquiries@homeaffairs.gov.au, they answer within a week.",
    "someone else's address": "Sponsorship for the charity match: talk to d.lee@customs.gov.au",
}


@pytest.mark.parametrize("text", NOT_OWN_EMAIL.values(), ids=NOT_OWN_EMAIL.keys())
def test_someone_elses_official_address_names_no_employer(kit, text):
    assert not cats(found(kit, text), "employer")


# --- a staff or employee number of any shape
STAFF_NUMBERS = {
    "new lanyard, emoji": ("new lanyard 🪪 staff ID 7734219 and the worst photo of my life #newjob", "userid:7734219"),
    "employee number colon": ("finally got my employee number: 00418827. officially a public servant", "userid:00418827"),
    "staff no.": ("lost my pass again, security wants my staff no. 55102 before they'll print another", "userid:55102"),
    "emp id with letters": ("emp id AB77120 on the new card, photo looks like a mugshot", "userid:ab77120"),
    "AGS number": ("my AGS number is 1234567 apparently, who knew", "userid:1234567"),
    "employee #": ("Employee #: 55821 lol they spelt my name wrong on the card", "userid:55821"),
}


@pytest.mark.parametrize("text,key", STAFF_NUMBERS.values(), ids=STAFF_NUMBERS.keys())
def test_a_staff_number_in_a_post(kit, text, key):
    assert key in cats(staff_scan(kit, text), "corporate_identifier")


NOT_STAFF_NUMBERS = {
    "student ID": "student ID 2231987 came in the mail, uni starts monday",
    "order number": "order number 88123411 still hasn't shipped",
    "a year beside staff": "the staff 2019 christmas party was a riot",
    "a phone line": "call staff on 02 6264 1111 for bookings",
}


@pytest.mark.parametrize("text", NOT_STAFF_NUMBERS.values(), ids=NOT_STAFF_NUMBERS.keys())
def test_other_numbers_are_no_staff_number(kit, text):
    assert not cats(staff_scan(kit, text), "corporate_identifier")


def test_a_staff_number_alone_does_not_make_the_scan_staff(kit):
    """Any employer gives staff numbers: in a scan that never ties the subject to the agency, none is reported."""
    items = account("Nurse. Runner.") + [PostItem(profile=PROFILE, url=f"{PROFILE}/3", platform="activitypub",
                                                 text="new lanyard, staff ID 7734219, worst photo ever",
                                                 published="2019-03-04T08:00:00Z")]
    assert not cats(kit.extract(items), "corporate_identifier")


# --- a church or club page that offers the listed number for the group: personal; labelled work: official
OFFERED = {
    "bible study": "Men's bible study meets Thursdays at 7:30 in the hall. New faces welcome: contact Kit on 0491 570 156.",
    "youth group, give a ring": "Kit runs our youth group. Give her a ring on 0491 570 156 if your kids want to come along.",
    "walkers, the mobile above": "Kit leads the Wednesday walkers. For the walking group, text her on the mobile above.",
    "treasurer, a landline": "Kit is our treasurer. Questions about giving: call her on 0491 570 156.",
}


@pytest.mark.parametrize("text", OFFERED.values(), ids=OFFERED.keys())
def test_a_community_page_offers_its_number_personally(kit, text):
    dets = kit.extract(person_page(text, "0491 570 156"))
    assert cats(dets, "personal_contact") == {"contact:+61491570156"}
    assert not cats(dets, "official_contact")


def test_a_scout_page_that_calls_it_the_work_mobile_is_official(kit):
    dets = kit.extract(person_page("Kit is our Joey leader. This is her work mobile, so business hours only please.",
                                   "0491 570 156"))
    assert cats(dets, "official_contact") == {"contact:+61491570156"}


def test_a_staff_page_phone_stays_official(kit):
    dets = kit.extract(person_page("Kit leads the visa integrity section. Media enquiries: contact Kit on 0491 570 156.",
                                   "0491 570 156"))
    assert cats(dets, "official_contact") == {"contact:+61491570156"}


# --- a former name of the agency beside its later name on one page: one employer
def test_former_names_on_one_page_are_one_employer(kit):
    dets = kit.extract(person_page("Kit Finch joined the Department of Immigration and Border Protection in 2009 as a "
                                   "graduate. She now leads visa policy at the Department of Home Affairs.",
                                   "02 6264 1111", works_for="Department of Home Affairs", jobTitle="Assistant Secretary"))
    assert cats(dets, "employer") == {"employer:department of home affairs"}


def test_a_former_name_alone_keeps_its_name(kit):
    assert cats(found(kit, "Ten years with the Department of Immigration and Border Protection today."), "employer") == {
        "employer:department of immigration and border protection"}


# --- work sites said tersely, by their kind, by number or by a lower-case street
WORK_SITES = {
    "terse kind and time": ("Port office, 0530. Lates all week.", "place:port office"),
    "kind with am": ("Airport office 5am. Nights from tomorrow.", "place:airport office"),
    "terminal, clock time": ("out of T2 at 3:40 after a double, feet are gone", "place:t2"),
    "terminal, from a time": ("Back at T1 from 5:30 tomorrow, kill me", "place:t1"),
    "lower-case street office": ("aircon is dead at the pirie st office again", "place:pirie st"),
    "lower-case, the office first": ("the grenfell st office is freezing today, whole team in jackets", "place:grenfell st"),
    "what we do at the gateway": ("Can't say much about what we do at the mail gateway in Clyde but it's never boring.",
                                  "place:clyde mail gateway"),
    "a club page, air cargo": ("Kit works at international air cargo at Mascot and has been a scout leader for 12 years.",
                               "place:mascot international air cargo"),
    "the air cargo terminal": ("Our leader Kit works at the air cargo terminal in Mascot and can't do Saturday camps.",
                               "place:mascot air cargo terminal"),
}


@pytest.mark.parametrize("text,key", WORK_SITES.values(), ids=WORK_SITES.keys())
def test_a_work_site_said_loosely(kit, text, key):
    assert key in cats(staff_scan(kit, text), "work_location")


def test_a_terminal_in_a_scan_naming_one_airport_is_that_airports(kit):
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT,
                         summary="Border Force. Sydney Airport. Views my own."),
             PostItem(profile=PROFILE, url=f"{PROFILE}/1", platform="activitypub", text="out of T1 at 2:15, straight to bed",
                      published="2019-03-04T08:00:00Z")]
    assert "place:sydney airport t1" in cats(kit.extract(items), "work_location")


NOT_WORK_SITES = {
    "a charter's destination": "All hands next Tuesday for the transfer charter to Nauru.",
    "charter on a day": "All hands for the charter to Christmas Island on Thursday",
    "an escort tomorrow": "Three of us on the escort to Yongah Hill tomorrow",
    "half the team away": "half the team gets sent to Weipa for a fortnight every wet season",
    "they send half of us": "they're sending half of us down to Portland for a fortnight for the fishing season checks",
    "a week's stint": "Sent to Horn Island for a week of boardings, back Friday",
    "boarding as lodging": "Boarding in a granny flat out the back of a family's place in Kambah for now, cheap and quiet.",
    "boarding with a couple": "Boarding with a retired couple in Mitchelton until settlement, 10 min to the office.",
}


@pytest.mark.parametrize("text", NOT_WORK_SITES.values(), ids=NOT_WORK_SITES.keys())
def test_a_destination_or_a_short_stint_is_no_work_site(kit, text):
    assert not cats(staff_scan(kit, text), "work_location")


@pytest.mark.parametrize("text", ["ABF. Runner. Coffee. Darwin.", "Border Force. Dad of 2. Brisbane. Opinions my own.",
                                  "Home Affairs. Canberra. Cyclist. Views my own."])
def test_a_bare_city_in_a_terse_bio_is_no_work_site(kit, text):
    assert not cats(kit.extract([bio(text)]), "work_location")


def test_a_posting_and_a_town_in_a_terse_shift_post_stay(kit):
    assert "place:port hedland wa" in cats(staff_scan(kit, "Got posted to Port Hedland for 6 months."), "work_location")
    assert "place:karratha wa" in cats(staff_scan(kit, "Lates. Karratha. Windy."), "work_location")
    assert "place:darwin nt" in cats(staff_scan(kit, "Deployed to Darwin for the Operation Sovereign Borders rotation."),
                                     "work_location")


# --- a messaging handle given loosely, and an app's name beside a plain word
HANDLES = {
    "it's, after a comma": ("everyone asking for my discord, it's kfin_77 hmu", "contact:discord:kfin_77"),
    "app me, colon": ("wickr me: kfin_after5", "contact:wickr:kfin_after5"),
    "an arrow": ("discord -> kfin_77 if you want in on the raid tonight", "contact:discord:kfin_77"),
    "app me at": ("threema me at KF77XQ2 for anything private", "contact:threema:kf77xq2"),
    "my snap is": ("my snap is kit.fin99", "contact:snapchat:kit.fin99"),
    "add me on, @": ("add me on telegram @kfinch_21", "contact:telegram:kfinch_21"),
}


@pytest.mark.parametrize("text,key", HANDLES.values(), ids=HANDLES.keys())
def test_a_messaging_handle_given_loosely(kit, text, key):
    assert key in cats(found(kit, text), "personal_contact")


@pytest.mark.parametrize("text", ["discord is down again, typical", "my signal dropped out on the train",
                                  "telegram from the boss: nobody leaves early"])
def test_an_apps_name_beside_a_plain_word_is_no_handle(kit, text):
    assert not cats(found(kit, text), "personal_contact")


# --- a business owner's third-person about page: its "her" may be the owner, but a customer's uniform is the customer's
ABOUT_PAGES = {
    "a customer's uniform": "Kit Finch opened the studio in 2008. A customer came in last week still in her Border Force "
                            "uniform, straight off a shift.",
    "the agency's photo rules": "Kit Finch opened the studio in 2008. Every photo Kit takes is checked against the Home "
                                "Affairs photo requirements, and the passport office's rules.",
    "a regular's cap": "Kit Finch runs the bakery on Main Street. She says a regular wears his Border Force cap every Friday.",
    "a bloke in the gear": "Kit Finch runs the servo on the highway. Most mornings a bloke in Border Force gear buys two pies.",
}


@pytest.mark.parametrize("text", ABOUT_PAGES.values(), ids=ABOUT_PAGES.keys())
def test_an_about_page_names_no_employer_from_a_customer(kit, text):
    assert not cats(kit.extract(person_page(text, "02 6264 1111", works_for="Finch Photo Studio")), "employer")


def test_an_about_page_that_says_she_joined_is_an_employer(kit):
    dets = kit.extract(person_page("Kit Finch joined Border Force in 2012. She wore her Border Force uniform to the club "
                                   "dinner.", "02 6264 1111", works_for=""))
    assert cats(dets, "employer") == {"employer:australian border force"}


# --- the writer's own work done for the agency, said from the sentence's start; a business's or applicant's "for"
FOR_THE_AGENCY = {
    "doing nights for": "Doing nights for Border Force at the airport again",
    "I do IT for": "I do IT for Home Affairs, mostly password resets",
    "a task, a time, then for": "Patching servers in the data hall till 2am for Border Force, freezing in there",
    "payday": "home affairs payday tomorrow thank god",
    "onboarding": "onboarding at Border Force all week, so many acronyms",
}


@pytest.mark.parametrize("text", FOR_THE_AGENCY.values(), ids=FOR_THE_AGENCY.keys())
def test_work_for_the_agency_is_an_employer(kit, text):
    assert cats(found(kit, text), "employer")


NOT_FOR_THE_AGENCY = {
    "bookings for its families": "Taking bookings for Border Force families this summer, two weeks minimum",
    "beanies for its crews": "Knitting beanies for the Border Force crews up north, 30 done",
    "a petition for it to act": "Organising a petition for Home Affairs to reconsider the Lee family's case",
    "a quote for a fit-out": "Quoting for a Home Affairs fit-out next week",
    "cleaning for it": "Cleaning offices for Home Affairs on nights, pays the bills",
    "studying for its test": "Studying for the Border Force entrance test next month",
    "waiting for it": "Waiting for Border Force to release my shipment, day 9",
    "shopping for its party": "Shopping for the Border Force christmas party, 40 sausage rolls",
}


@pytest.mark.parametrize("text", NOT_FOR_THE_AGENCY.values(), ids=NOT_FOR_THE_AGENCY.keys())
def test_outside_work_for_the_agency_is_no_employer(kit, text):
    assert not cats(found(kit, text), "employer")


def test_a_club_pages_sponsor_address_names_no_employer(kit):
    items = [ProfileItem(profile=PAGE, url=PAGE, platform="html", name=SUBJECT,
                         summary="Kit coaches our under 12s. Sponsorship enquiries: d.lee@customs.gov.au")]
    assert not cats(kit.extract(items), "employer")
