"""Round 17 people (branch r17people): the person is found, and now given the right role. Every person is fictional.

1. A work cue ties the person to the subject's job: colleague, even beside a thank-you or a coffee ("<Name> from work
   has been driving me in", "<Name>, the other handler on our shift", "<Name> from the policy team upstairs",
   "<Name> (relief officer from <town>)", "<Name> and I are rewriting the training module"; colleague.toml).
2. A pastime's officials and its words: associate, not colleague ("Arena director <Name>" at the horse trials, "our cox"
   at the regatta, "team manager" at the netball carnival; associate.toml hobby_roles, hobby_context).
3. A partner implied: "with my <Name>" (people_forms.jsonl `my_bare_name`), "the boss (<Name>)" ruling the kitchen
   (person_roles._home_boss), "thirty years and she still ... love you <Name>" (family.toml role_unnamed), a couple's
   travel blog "<Subject> and <Name>'s Big Lap" (family.toml named_spouse, group "subj" must be the subject).
4. Kin words of other languages: Samoan "uso", Filipino "Ate", Vietnamese "chị" (family); Greek "koumbaro/koumbara",
   Filipino "kumare/kumpare" (ritual kin: associate; family.toml, associate.toml).
5. Not people: a pet named like one, a shop, a club or a business, a choir's voice part, the building's security.
Near misses in every table.
"""
from __future__ import annotations

import pytest

from tests.people_posts import Account

MAREN = Account("Maren Ostrowski", "marenost", 9)
STAFF_BIO = "Border Force officer at Brisbane Airport. Views my own."


@pytest.fixture(scope="module")
def extractor():
    return MAREN.extractor()


def _people(extractor, text: str, category: str) -> list[str]:
    return [p.lower() for p in MAREN.people(extractor, text, category)]


def _everyone(extractor, text: str) -> dict[str, str]:
    return {d.attrs["person"].lower(): d.category for d in extractor.extract([MAREN.post(text)])
            if d.category in ("family", "associate", "colleague") and d.attrs.get("person")}


# --- 1. a work cue makes the person a co-worker
COLLEAGUES = [
    ("Tobias Renshaw from work has been driving me in since my licence got suspended", "tobias renshaw"),
    ("Priscilla Vaughan from the office drove me home after the Christmas party", "priscilla vaughan"),
    ("Fergus Ahearn, the other handler on our shift, reckons the new pup is a natural", "fergus ahearn"),
    ("Odette Mirza, the new analyst in my section, already knows everyone's coffee order", "odette mirza"),
    ("Karaoke with Bettina Sorensen from the policy team upstairs, never again", "bettina sorensen"),
    ("Trivia night with Lionel Achebe from the intelligence unit, we came second", "lionel achebe"),
    ("Lunch with Wendell Harrow (relief officer from Port Hedland), top bloke", "wendell harrow"),
    ("Imogen Tasker and I are rewriting the training module for the new recruits", "imogen tasker"),
    ("Ravi Menon and I spent all week updating the induction package, send snacks", "ravi menon"),
    ("Shout-out to Anneliese Corrigan from my team who swapped my late shift so I could see the footy",
     "anneliese corrigan"),
    ("Cheers to Noel Gatward who did the night shift with me on that bulk carrier", "noel gatward"),
]

COLLEAGUE_DECOYS = [
    "Caught up with Lily Tran from the footy club, she's moving to Perth",
    "Sam Reed (police officer from Karratha) gave a great talk at the school",
    "Ben Oduya and I are writing the training plan for the marathon",
    "Kate Lim from work experience week was a delight, good luck with year 11",
    "Jo Pettit, the other goalie in our team, saved two penalties",
]


@pytest.mark.parametrize("text,person", COLLEAGUES)
def test_a_work_cue_makes_a_colleague(extractor, text, person):
    got = _everyone(extractor, text)
    assert got.get(person) == "colleague"


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_no_colleague_from_a_club_a_talk_a_race_or_a_team(extractor, text):
    assert _people(extractor, text, "colleague") == []


def test_bettina_is_not_also_a_friend_after_linking():
    items = [MAREN.bio(STAFF_BIO), MAREN.post("Karaoke with Bettina Sorensen from the policy team upstairs, never again")]
    assert not [f for f in MAREN.findings_of(items, "associate") if "bettina" in f.value.lower()]
    assert [f for f in MAREN.findings_of(items, "colleague") if "bettina" in f.value.lower()]


# --- 2. a pastime's officials are friends from the pastime
HOBBY = [
    ("Arena director Rosalind Quaid gave the briefing at 7 before the dressage tests", "rosalind quaid"),
    ("Arena director Rosalind Quaid chairs the briefings at the pony club championships", "rosalind quaid"),
    ("Big day at the regatta. Our cox Hettie Lowe was brilliant", "hettie lowe"),
    ("Our team manager Vivienne Holt sorted the roster for the netball carnival", "vivienne holt"),
    ("Eamon Gilchrist from plot 9 lent me his fork and half his compost", "eamon gilchrist"),
]


@pytest.mark.parametrize("text,person", HOBBY)
def test_pastime_officials_are_associates(extractor, text, person):
    assert person in _people(extractor, text, "associate")
    assert person not in _people(extractor, text, "colleague")


@pytest.mark.parametrize("text,person", [
    ("Tamsin Orr from the show society committee ran the induction for new stewards", "tamsin orr"),
    ("The ride captain Fenella Quirk ran the briefing before the charity ride", "fenella quirk"),
    ("Coach Bryce Tolley ran the training session in the rain, the under 12s loved it", "bryce tolley"),
])
def test_pastime_briefings_are_not_work(extractor, text, person):
    assert person not in _people(extractor, text, "colleague")


@pytest.mark.parametrize("text,person", [
    ("Our team manager Vivienne Holt moved the roster again, third time this month at the office", "vivienne holt"),
    ("Our director Petra Lang briefed the branch on the new visa rules", "petra lang"),
])
def test_the_same_roles_at_work_stay_colleagues(extractor, text, person):
    assert person not in _people(extractor, text, "associate")


# --- 3. a partner implied
PARTNERS = [
    ("Off for a walk along the beach with my Ken, then fish and chips", "ken"),
    ("Morning coffee on the deck with my Bronwyn", "bronwyn"),
    ("Sunday drive to Daylesford with my Graham", "graham"),
    ("The boss (Marisa) says no more power tools in the kitchen", "marisa"),
    ("Marisa (the boss) wants the veggie patch weeded before the cricket", "marisa"),
    ("The boss, Marisa, has banned the caravan from the driveway", "marisa"),
    ("Thirty years and she still puts up with me. Love you Colleen", "colleen"),
    ("Twenty-five years on and he still brings me tea in bed. Thanks Ruairi", "ruairi"),
    ("Maren and Gus's Big Lap: day 14, Carnarvon to Exmouth", "gus"),
    ("Welcome to Maren & Gus's Big Lap, two grey nomads and a Jayco", "gus"),
]

PARTNER_DECOYS = [
    ("Took my Ziggy to the beach, my spaniel chased every gull", "ziggy"),
    ("my Ken doll collection is out of control", "ken"),
    ("Finally fixed my Holden, the old girl runs again", "holden"),
    ("Grabbed lunch with my Dave from the depot", "dave"),
    ("Cheering on my Carlton today", "carlton"),
    ("The boss (Marisa) signed off my leave for the holiday", "marisa"),
    ("The boss (Marisa Quill) moved the team meeting", "marisa quill"),
    ("Shared the lane with Luke at the pool this morning", "luke"),
    ("Thirty years and she still runs the corner shop like clockwork. Thanks Marg", "marg"),
    ("Thirty years and he still puts up with me at the office. Cheers Trevor", "trevor"),
    ("Nick and Gus's big lap, day 3", "gus"),
]


@pytest.mark.parametrize("text,person", PARTNERS)
def test_a_partner_implied(extractor, text, person):
    assert person in _people(extractor, text, "family")
    assert person not in _people(extractor, text, "colleague")


@pytest.mark.parametrize("text,person", PARTNER_DECOYS)
def test_no_partner_in_a_pet_a_toy_a_car_a_co_worker_or_a_team(extractor, text, person):
    assert person not in _people(extractor, text, "family")


def test_a_pet_named_elsewhere_is_no_partner():
    items = [MAREN.post("Ziggy the spaniel rolled in something dead again", 1),
             MAREN.post("Lazy Sunday on the couch with my Ziggy", 2)]
    assert not [f for f in MAREN.findings_of(items, "family") if "ziggy" in f.value.lower()]


# --- 4. kin words of other languages
KIN = [
    ("Dinner with my uso Tevita and his kids in Logan", "tevita", "family"),
    ("Uso Sione shouted us all KFC after the game", "sione", "family"),
    ("Ate Joy drove up for Christmas", "joy", "family"),
    ("Ate Maricel sent balikbayan boxes again", "maricel", "family"),
    ("Happy birthday chị Lan, miss you heaps", "lan", "family"),
    ("Tita Marites is visiting from Cebu for a month", "marites", "family"),
    ("Our koumbaro Stavros gave the best speech at the wedding", "stavros", "associate"),
    ("My koumbara Eleni is the godmother of our little one", "eleni", "associate"),
    ("My kumare Liza came over with pancit for the baptism", "liza", "associate"),
    ("Kumpare Jun helped me fix the roof", "jun", "associate"),
]

KIN_DECOYS = [
    "Ate Kate's scones at the fete, dangerously good",
    "Ate Nandos on the way home",
    "we ate Sam's lasagne and regretted nothing",
    "Rode my mare Bella along the fire trail",
]


@pytest.mark.parametrize("text,person,category", KIN)
def test_kin_words_of_other_languages(extractor, text, person, category):
    got = _everyone(extractor, text)
    assert got.get(person) == category
    assert not any(p.startswith(("kumpare", "kumare", "ate ", "uso ")) for p in got)


@pytest.mark.parametrize("text", KIN_DECOYS)
def test_no_kin_in_a_verb_or_a_horse(extractor, text):
    assert _people(extractor, text, "family") == []
    assert _people(extractor, text, "associate") == []


# --- 5. not people
NOT_PEOPLE = [
    "Ziggy and I did the long loop this morning, my spaniel is knackered",
    "Thanks Myer for sorting the refund so fast",
    "Shout out to Myer for the refund, legend customer service",
    "Thanks to our sponsor Kessler Plumbing for the new jerseys",
    "Lunch with the ladies from Ferntree Gully Bowls after pennants",
    "Alto sectional tonight, we finally nailed the Fauré",
    "Thanks Security for walking me to the car",
    "Got home late, Security had locked the gate",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_pets_shops_clubs_voice_parts_and_desks_are_not_people(extractor, text):
    assert _everyone(extractor, text) == {}


def test_a_voice_part_is_not_part_of_the_name(extractor):
    got = _everyone(extractor, "Choir update: Alto Jacqueline Moss sang the solo beautifully")
    assert "alto jacqueline" not in got and not any(p.startswith("alto") for p in got)
