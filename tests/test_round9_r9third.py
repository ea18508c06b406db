"""Round 9 (issue 9): pages written ABOUT the subject in the third person (analysis/detect/detectors/subject_voice.py).

A club member page, a speaker bio, a volunteer roster, a squad page, a farewell, a LinkedIn-style "About": the
subject named once in full, then by first name, nickname or he/she. Each sentence's topic (its first name or
pronoun, a pronoun continuing the topic before it, its gender kept) decides whose it is; the subject's
sentences read as first person, "his/her <relation> <Name>" as "my <relation> <Name>". Near misses: another
member's sentence on the same page, "his" of a man named just before it, a news story about a third party, a
committee list naming the subject once, a page about someone else, a subject who is a police officer.
Every person here is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.context import DocFacts, SubjectNames
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

ORG = load_org("dibp")
SUBJECT, ALIASES = "Rowan Kettering", ["Ro", "rowank"]
URL = "https://club.example/members/rowan"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(ORG, SUBJECT, ALIASES)


def page(text: str, n: int = 1) -> PostItem:
    return PostItem(profile=URL, url=f"{URL}/{n}", platform="html", text=text)


def keys(extractor, items, category: str) -> list[str]:
    return sorted({d.key for d in extractor.extract(items) if d.category == category})


POSITIVES = [
    # employer and work site: a team led, a unit, a job said in passing, an apposition, a formal bio
    ("Rowan Kettering captains our Thirds. Off the pitch he supervises an ABF team at Melbourne Airport.",
     "employer", "employer:australian border force"),
    ("Rowan Kettering captains our Thirds. Off the pitch he supervises an ABF team at Melbourne Airport.",
     "work_location", "place:melbourne airport"),
    ("Meet Ro. Rowan Kettering paddles in our masters crew. Weekdays she heads a small Home Affairs team in Belconnen.",
     "employer", "employer:department of home affairs"),
    ("Rowan Kettering joined the choir in 2021. Rowan works for Border Force at Port Botany, so Tuesdays are tight.",
     "work_location", "place:port botany"),
    ("Rowan Kettering swims with our masters. By trade she is a Border Force officer at Brisbane Airport.",
     "employer", "employer:australian border force"),
    ("shout out to our keeper rowan kettering 🧤 rowan works for border force down at the port, legend",
     "employer", "employer:australian border force"),
    # routine: every other day, a day's mornings with what the subject does, a weekly feed, plural days
    ("Rowan Kettering has run our parkrun marshals for years and leads the tail walkers every other Saturday from 7 until 9.",
     "routine", "routine:saturday 07:00"),
    ("Rowan Kettering coaches our minis. He umpires the under 8s on Sunday mornings.", "routine", "routine:sunday"),
    ("Volunteer profile: Rowan Kettering. She does the Tuesday night soup run from 6 to 9 every week.",
     "routine", "routine:tuesday 18:00"),
    ("Rowan Kettering paddles with us. He leads the Saturday long paddle, leaving the beach at 6.",
     "routine", "routine:saturday 06:00"),
    ("Rowan Kettering swims with our masters. Rowan is mostly first in the water for the 6-ish Monday and "
     "Wednesday swim.", "routine", "routine:monday wednesday"),
    ("Rowan Kettering rides with the club. He generally leads the half-six Friday bunch ride from the bakery.",
     "routine", "routine:friday"),
    # family: his/her + kin + name, an apposition with a trade, a lower-case page
    ("Rowan Kettering bowls for the Seconds. His wife Marisol runs our raffle and their son Teodor scores.",
     "family", "family:marisol"),
    ("Rowan Kettering bowls for the Seconds. His wife Marisol runs our raffle and their son Teodor scores.",
     "family", "family:teodor"),
    ("Ms Rowan Kettering will open the conference. Ms Kettering lives in Ainslie with her partner, the glassblower "
     "Oriana Pell.", "family", "family:oriana pell"),
    # associates: a long-time partner on court, an old schoolmate, a friend of years in apposition
    ("Rowan Kettering is our club champion. He plays doubles with his old schoolmate Ignatius Obi.",
     "associate", "associate:ignatius obi"),
    ("Rowan Kettering sorts the pantry with her friend of thirty years, Philomena Drake.",
     "associate", "associate:philomena drake"),
    # home: near a landmark, by pronoun, moved to, a title before the surname
    ("Rowan Kettering rows stroke. She lives a stone's throw from the boatshed in Kedron.", "home_location", "place:kedron"),
    ("Rowan Kettering plays for the Owls. He lives five minutes from the courts in Northcote.",
     "home_location", "place:northcote"),
    ("Rowan Kettering is our new secretary. She relocated to Townsville with the kids last year.",
     "home_location", "place:townsville"),
    ("Ms Rowan Kettering will open the conference. Ms Kettering lives in Ainslie with her partner.",
     "home_location", "place:ainslie"),
    ("Rowan Kettering bowls with us. A proud Bendigo local, Rowan has been a member since 2009.",
     "home_location", "place:bendigo"),
    # a work phone said in the text of a page about her
    ("Registrar: Rowan Kettering, 0491 570 264 (her work mobile, business hours only). Rowan is a Border Force "
     "officer at Perth Airport.", "official_contact", "contact:+61491570264"),
]


@pytest.mark.parametrize("text,category,key", POSITIVES)
def test_third_person_page_positive(extractor, text, category, key):
    found = keys(extractor, [page(text)], category)
    assert any(k.startswith(key) for k in found), found


NEGATIVES = [
    # another member's sentence on the same page: their job, site, routine, wife
    ("Our crew. Rowan Kettering rows bow. Tomasz Wilk coxes; he is a Border Force officer at Sydney Airport.", "employer"),
    ("Our crew. Rowan Kettering rows bow. Tomasz Wilk coxes; he is a Border Force officer at Sydney Airport.",
     "work_location"),
    ("Our crew. Rowan Kettering rows bow. Tomasz Wilk coxes and his wife Greta runs the canteen.", "family"),
    ("Committee. Chair Hester Lund, Treasurer Rowan Kettering. Hester is a customs broker at Port Botany and her "
     "husband Anselm coaches the under 10s on Saturday mornings.", "routine"),
    ("Committee. Chair Hester Lund, Treasurer Rowan Kettering. Hester is a customs broker at Port Botany and her "
     "husband Anselm coaches the under 10s on Saturday mornings.", "family"),
    # "his" of the man named just before it
    ("Rowan Kettering coaches alongside Benedek Szabo. Benedek and his brother Levente run the bar.", "family"),
    # a farewell for someone else; the subject only speaks at it
    ("Vale Clement Hardy. Clement worked for Customs at Fremantle for decades and his wife Ines ran our canteen "
     "every Saturday. Rowan Kettering will speak for the club.", "employer"),
    ("Vale Clement Hardy. Clement worked for Customs at Fremantle for decades and his wife Ines ran our canteen "
     "every Saturday. Rowan Kettering will speak for the club.", "family"),
    # a news story about a third party
    ("Officer commended. A Border Force officer at Darwin Airport was praised after she found a stowaway. Officer "
     "Talia Brook said her team was proud.", "colleague"),
    # a page about someone else entirely, and someone else's home
    ("Life member: Desmond Ure. Desmond is a sergeant with Victoria Police and swims every Wednesday at 6pm.", "routine"),
    ("Rowan Kettering plays with Calla Byrne. Calla lives up the road from the club in Kew.", "home_location"),
    ("Rowan Kettering bowls with Keith Sparrow. A proud Dubbo local, Keith has been a member since 1990.",
     "home_location"),
    ("Rowan Kettering missed the Saturday paddle last week with a sore shoulder.", "routine"),
    # a page about someone else who does work for the agency, which the subject merely links to
    *[("Coach profile: Marcus Bellamy. Marcus coaches the under 12s on Tuesday nights at 6pm. By day he works for "
       "Border Force at Port Botany and his wife Odile runs the canteen.", c)
      for c in ("employer", "work_location", "routine", "family")],
    # the subject is a police officer or a vet: no agency employment
    ("Rowan Kettering is a detective with NSW Police at Parramatta. She swims with our masters.", "employer"),
    ("Rowan Kettering is the vet at Hillside Animal Hospital and helps members with customs paperwork for dog shows.",
     "employer"),
]


@pytest.mark.parametrize("text,category", NEGATIVES)
def test_third_person_page_near_miss(extractor, text, category):
    assert keys(extractor, [page(text)], category) == []


def test_profile_in_subjects_name_reads_she_as_subject_and_its_phone_said_work(extractor):
    """A schema.org Person about the subject: "She leads ..." with no name before it is hers, and the profile's
    telephone, said in its text to be her work mobile, is an official contact, not a personal one."""
    prof = ProfileItem(profile=URL, url=URL, platform="html", name=SUBJECT,
                       summary="She leads a Border Force team at Adelaide Airport. The number listed here is her work "
                               "mobile.", phones=["0491 570 781"])
    dets = extractor.extract([prof])
    assert {d.key for d in dets if d.category == "employer"} == {"employer:australian border force"}
    assert "contact:+61491570781" in {d.key for d in dets if d.category == "official_contact"}
    assert "contact:+61491570781" not in {d.key for d in dets if d.category == "personal_contact"}


def test_profile_phone_without_work_words_stays_personal(extractor):
    prof = ProfileItem(profile=URL, url=URL, platform="html", name=SUBJECT,
                       summary="She leads a Border Force team at Adelaide Airport. Call for regatta entries.",
                       phones=["0491 570 782"])
    dets = extractor.extract([prof])
    assert "contact:+61491570782" not in {d.key for d in dets if d.category == "official_contact"}


@pytest.mark.parametrize("text,voiced", [
    # (sentences; which speak of the subject)
    ("Meet Ro. He plays with Jonah Pike. Off court he runs a team.", [True, True, True]),
    ("Mel Ross rang. She lives in Kew.", [False, False]),
    ("Rowan Kettering rows. Jonah Pike coxes. He is tall.", [True, False, False]),
    ("Rowan Kettering rows and she loves it. Jonah Pike coxes and he is loud. She trains on Mondays.", [True, False, True]),
    ("Treasurer Rowan Kettering. Chair Hester Lund is a broker.", [True, False]),
])
def test_sentence_topics(extractor, text, voiced):
    doc = extractor.nlp(text)
    facts = DocFacts(doc, extractor.shared, SubjectNames(SUBJECT, ALIASES))
    assert [s.subject_voice for s in facts.sents] == voiced


def test_subject_voice_off_without_subject(extractor):
    doc = extractor.nlp("Rowan Kettering rows. She lives in Kew.")
    assert not any(s.subject_voice for s in DocFacts(doc, extractor.shared).sents)


def test_page_text_calls_the_profiles_telephone_a_work_number(extractor):
    """A schema.org Person page: its telephone is in the JSON-LD, and the page's own text (a post item at the same
    address) says the number listed is his work mobile: an official contact, not a personal one."""
    prof = ProfileItem(profile=URL, url=URL, platform="html", name=SUBJECT,
                       summary="Rowan is our sponsorship coordinator.", phones=["0491 570 783"])
    text = ("Rowan Kettering. Off the field Rowan works for Border Force at the port. The mobile listed above is his "
            "work phone, so keep calls to business hours.")
    dets = extractor.extract([prof, PostItem(profile=URL, url=URL, platform="html", text=text)])
    assert "contact:+61491570783" in {d.key for d in dets if d.category == "official_contact"}
    assert "contact:+61491570783" not in {d.key for d in dets if d.category == "personal_contact"}


def test_page_text_without_work_words_leaves_the_telephone_personal(extractor):
    prof = ProfileItem(profile=URL, url=URL, platform="html", name=SUBJECT, phones=["0491 570 784"])
    text = "Rowan Kettering. Off the field Rowan works for Border Force at the port. Ring him about sponsorship."
    dets = extractor.extract([prof, PostItem(profile=URL, url=URL, platform="html", text=text)])
    assert "contact:+61491570784" not in {d.key for d in dets if d.category == "official_contact"}
