"""Round 18 (r18names): names spelled with their diacritics are people too; address terms before a name are not part
of it (and an Aunty or Uncle of the community is no relative by that alone); plain work-together statements name
co-workers. Every person is fictional; the voices are a Vietnamese-Australian food blog, a Filipino nurse, an Irish
expat, a Greek family's Sunday lunches, a Darwin customs officer and others."""
from __future__ import annotations

import re

import pytest

from footprint.analysis.detect.detectors.address_terms import address_terms
from footprint.analysis.detect.detectors.context import NAME_RX
from footprint.analysis.detect.detectors.first_names import first_names, is_surname
from footprint.analysis.detect.extract import Extractor
from footprint.analysis.detect.name_letters import fold, widen
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/kt"
NAME = "Kim Tran"
SOCIAL = "Coffee, footy and too many cookbooks."
AT_WORK = "Border Force officer at Darwin airport. Dad of two."


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _people(extractor, text: str, summary: str = SOCIAL) -> list:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=summary),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    return [d for d in extractor.extract(items) if d.category in ("family", "associate", "colleague")
            and d.evidence.url.endswith("/1")]


def _values(found) -> set[tuple[str, str]]:
    return {(d.category, d.value) for d in found}


# --- the letters of a name ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, folded", [
    ("Thảo", "Thao"), ("Nguyễn", "Nguyen"), ("Đặng", "Dang"), ("Siobhán", "Siobhan"), ("Søren", "Soren"),
    ("Łukasz", "Lukasz"), ("Strauß", "Strauss"), ("Ayşe", "Ayse"), ("Mānuka", "Manuka"), ("Jürgen", "Jurgen"),
    ("Dave", "Dave"),
])
def test_fold_takes_a_name_to_bare_letters(word, folded):
    assert fold(word) == folded


@pytest.mark.parametrize("word, name", [
    ("Thảo", True), ("Ní", True), ("Ólafur", True), ("Łukasz", True), ("Ελένη", True), ("Дмитрий", True),
    ("Siobhán-Óg", True), ("Ó'Brien", True),
    ("ABF", False), ("thảo", False), ("Ó", False), ("42nd", False),
])
def test_title_case_in_any_cased_script(word, name):
    assert bool(NAME_RX.match(word)) is name


def test_widen_leaves_handle_and_code_classes_ascii():
    assert re.fullmatch(widen(r"[A-Z][a-z]+"), "Siobhán")
    assert widen(r"@[A-Za-z0-9_]+") == r"@[A-Za-z0-9_]+"
    assert not re.fullmatch(widen(r"(?-i:[A-Z][a-z]+)"), "siobhán", re.I)


@pytest.mark.parametrize("word, known", [
    ("Thảo", True), ("Thao", True), ("Siobhán", True), ("José", True), ("Søren", True), ("Łukasz", True),
    ("Zoë", True), ("Renée", True), ("Grace", False), ("Will", False),          # ambiguous whatever the spelling
])
def test_the_first_name_gazetteer_folds_diacritics(word, known):
    assert first_names().is_first_name(word) is known


@pytest.mark.parametrize("word", ["Müller", "Núñez", "O'Brien"])
def test_surnames_fold_too(word):
    assert is_surname(word) or is_surname(fold(word))


# --- relatives named with their diacritics ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # a Vietnamese-Australian food blog
    ("Bánh xèo night! My little sister Thảo started nursing this week so she only had time to fold the batter.",
     "Thảo (sister)"),
    ("My brother Đức drove down from Footscray with a whole esky of rau răm for the tasting.", "Đức (brother)"),
    ("My mum Nguyễn Thị Hoa has made this canh chua every Sunday since 1989.", "Nguyễn Thị Hoa (mum)"),
    # an Irish expat's terse posts
    ("My cousin Siobhán in from Galway. Tullamarine at 6am. Grand.", "Siobhán (cousin)"),
    ("Siobhán Ní Bhriain, my sister, finally made it out for the Test.", "Siobhán Ní Bhriain (sister)"),
    # Spanish, Polish, Turkish, Māori, German families
    ("Lunch with my brother José at the Preston markets, churros after.", "José (brother)"),
    ("José Álvarez, my grandad, still won't let anyone else near the paella.", "José Álvarez (grandad)"),
    ("My nephew Łukasz turned five today and wants a digger cake.", "Łukasz (nephew)"),
    ("My aunt Ayşe made her famous börek for the whole street.", "Ayşe (aunt)"),
    ("My son Mānuka had his first swimming carnival, came fourth and was thrilled.", "Mānuka (son)"),
    ("My husband Jürgen has built a pizza oven out of bricks from the tip.", "Jürgen (husband)"),
    ("My partner Søren finally finished the cubby house.", "Søren (partner)"),
    ("My daughter Aoibhínn started kindy today and didn't look back once.", "Aoibhínn (daughter)"),
    ("My grandson Mikołaj scored his first goal in the under 7s!", "Mikołaj (grandson)"),
    ("My cousin Gülşen is visiting from Izmir for a month.", "Gülşen (cousin)"),
])
def test_relatives_with_diacritics_are_family(extractor, text, value):
    found = _people(extractor, text)
    assert ("family", value) in _values(found), _values(found)
    d = next(d for d in found if d.value == value)
    assert d.key == f"family:{value.rsplit(' (', 1)[0].lower()}"          # the key keeps the spelling too
    assert d.support


@pytest.mark.parametrize("text, name", [
    # near misses: a place, a dish, a restaurant, a show
    ("Best bánh mì in Thảo Điền, hands down. My sister would disagree.", "Thảo"),
    ("My brother swears by the phở at Phở Hùng on Hopkins St.", "Hùng"),
    ("Watched the Søren Kierkegaard doco with my partner, fell asleep twice.", "Søren"),
])
def test_names_in_places_and_brands_are_no_relatives(extractor, text, name):
    assert not any(name in d.value for d in _people(extractor, text) if d.category == "family")


# --- address terms before a name -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, bare", [
    ("Anh Marcus Bui", "Marcus Bui"), ("Chị Lan", "Lan"), ("Kuya Jomar", "Jomar"), ("Ate Marites", "Marites"),
    ("Pak Budi Santoso", "Budi Santoso"), ("Kyria Eleni", "Eleni"), ("Zia Carmela Russo", "Carmela Russo"),
    ("Aunty Rose Walker", "Rose Walker"),
    # a given name, not an address term: "Anh" and "Lola" open real names
    ("Anh Nguyen", "Anh Nguyen"), ("Anh Thu Nguyen", "Anh Thu Nguyen"), ("Lola Ruiz", "Lola Ruiz"),
    ("Em Walsh", "Em Walsh"), ("Lola", "Lola"),
])
def test_address_terms_are_not_part_of_the_name(name, bare):
    assert address_terms().strip(name) == bare


@pytest.mark.parametrize("text, summary, value, not_value", [
    ("Anh Marcus Bui, my team leader, signed off on my leave without a fuss.", AT_WORK,
     ("colleague", "Marcus Bui (colleague)"), "Anh Marcus Bui"),
    ("Ate Marites, my older sister, flew in from Manila for my graduation pinning.", SOCIAL,
     ("family", "Marites (sister)"), "Ate Marites"),
    ("Chị Lan, my older sister, came over early to help with the Tết trays.", SOCIAL,
     ("family", "Lan (sister)"), "Chị Lan"),
])
def test_a_person_is_named_without_the_address_term(extractor, text, summary, value, not_value):
    found = _people(extractor, text, summary)
    assert value in _values(found), _values(found)
    assert not any(d.value.startswith(not_value) for d in found)
    assert all(d.key.split(":", 1)[1] == d.attrs.get("person", d.key.split(":", 1)[1]).lower() for d in found)


@pytest.mark.parametrize("text, family", [
    ("Aunty Rose from the land council gave the welcome to country before the carnival.", False),
    ("Uncle Jack, a Gumbaynggirr Elder, led the smoking ceremony at the school.", False),
    ("Yarning circle at the community centre with Aunty Mavis this arvo. Deadly.", False),
    ("Uncle Ray is a respected Elder, he spoke at the school assembly.", False),
    ("Uncle Ray and my elder brother fixed the boat trailer.", True),
    # the writer's own aunty, or an aunty with no word of community: kin as before
    ("My Aunty Rose gave the welcome to country this year, so proud of her.", True),
    ("Aunty Rose came down for Christmas lunch and brought the pav.", True),
])
def test_an_aunty_of_the_community_is_not_family_by_that_alone(extractor, text, family):
    found = [d for d in _people(extractor, text) if d.category == "family"]
    assert bool(found) is family, _values(found)


# --- co-workers named by plain statements ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Benny works with me at Border Force and he still can't reverse park.", "Benny"),
    ("Jase works with me on nights at the wharf, he brings the good biscuits.", "Jase"),
    ("Priya and I work the same shift again this month, thank god.", "Priya"),
    ("Priya and I are on the same roster till Easter.", "Priya"),
    ("Tom's on my crew this rotation so the boardings will be fun.", "Tom"),
    ("Kez is the other officer on the island this fortnight, we flip a coin for the dishes.", "Kez"),
    ("my offsider Jase is a legend, covered the whole manifest while I ate.", "Jase"),
    ("Priya and I both work at Darwin airport, so we carpool when the rosters line up.", "Priya"),
    ("Benny and me work the same roster at the port, same terrible coffee.", "Benny"),
    ("Kez and I share a desk now that the office shrank.", "Kez"),
    ("Mele works alongside me on the x-ray line.", "Mele"),
    ("Siobhán works with me at the airport, thick as thieves.", "Siobhán"),
    ("Ngọc and I work the same shift at the mail centre.", "Ngọc"),
    ("Ayesha works with me most nights on the cargo line.", "Ayesha"),
    ("Dimitra and I are on the same roster again, finally.", "Dimitra"),
    ("Jono works with me at the port, he's been there twenty years.", "Jono"),
])
def test_work_together_statements_name_a_colleague(extractor, text, name):
    found = [d for d in _people(extractor, text, AT_WORK) if d.category == "colleague"]
    assert any(d.attrs.get("person") == name for d in found), _values(found)
    d = next(d for d in found if d.attrs.get("person") == name)
    assert d.pattern in ("name_from_my_work", "colleague_word") and d.support


@pytest.mark.parametrize("text, name", [
    ("Benny works with me on the garden most Sundays, best tomatoes on the street.", "Benny"),
    ("Benny works with my sister at the bakery in Parap.", "Benny"),
    ("Priya and I are on the same footy team this season.", "Priya"),
    ("Priya and I worked together on the garden all weekend.", "Priya"),
    ("Priya and I work out at the same gym, she's a machine.", "Priya"),
    ("Tom's on my footy team and can't kick to save himself.", "Tom"),
    ("Dad's offsider Jase came round for a beer and stayed for tea.", "Jase"),
    ("Her workmate Kel dropped the spare keys off.", "Kel"),
    ("Our client Deng came back in about his visa again.", "Deng"),
    ("Priya and I both work in hospitality, it's brutal.", "Priya"),
    ("Kez and I share a love of terrible reality TV.", "Kez"),
    ("Tom's on my crew for the regatta, he's hopeless on the jib.", "Tom"),
    ("Jono works with my brother at the mine.", "Jono"),
    ("My neighbour's offsider Bazza left his ute across our driveway.", "Bazza"),
    ("Mum's workmate Carol dropped off a casserole.", "Carol"),
    ("Wiremu works with me on the community garden on Saturdays.", "Wiremu"),
])
def test_near_misses_of_working_together_are_no_colleague(extractor, text, name):
    found = _people(extractor, text, AT_WORK)
    assert not any(d.attrs.get("person") == name and d.category in ("colleague", "family") for d in found), _values(found)


def test_my_mate_works_with_kids_names_no_one(extractor):
    assert not [d for d in _people(extractor, "my mate works with kids, she'd be great at it", AT_WORK)
                if d.category == "colleague"]


@pytest.mark.parametrize("text, value", [
    # a Vietnamese kin word is a relation when the writer owns it
    ("Happy birthday to my chú Tâm, 60 and still fishing every weekend at Lake Eppalock.", "Tâm (uncle)"),
    ("My bà Lan turned 90 today, the whole family came to Cabramatta for yum cha.", "Lan (grandmother)"),
    ("My Ate Marites flew in from Manila for my pinning ceremony.", "Marites (sister)"),
])
def test_owned_kin_words_of_other_languages_give_the_relation(extractor, text, value):
    assert ("family", value) in _values(_people(extractor, text))


@pytest.mark.parametrize("text, name", [
    # the same words as address: a teacher, a shopkeeper, an older co-worker on the ward
    ("Cô Mai at Saturday school says my son's handwriting is improving.", "Mai"),
    ("Bu Sari from the warung down the road gave my kids extra sambal.", "Sari"),
    ("Night shift done. Ate Marites covered my last hour on the ward, salamat po!", "Marites"),
    ("Anh Nguyen, my team leader, lent me his ute for the move.", "Anh Nguyen"),
    ("Kyria Despina from church dropped round koulourakia for the kids.", "Despina"),
    ("Bapak Hendra, our landlord, fixed the aircon at last.", "Hendra"),
])
def test_address_terms_alone_make_no_relative(extractor, text, name):
    found = [d for d in _people(extractor, text) if d.category == "family"]
    assert not any(d.attrs.get("person") == name for d in found), _values(found)


@pytest.mark.parametrize("subject, written, same", [
    ("Siobhán Ní Bhriain", "Siobhan", True), ("Siobhán Ní Bhriain", "Ni Bhriain", True),
    ("Nguyễn Thị Hoa", "Nguyen Thi Hoa", True), ("Søren Holm", "Soren", True),
    ("Siobhán Ní Bhriain", "Aoife", False), ("Kim Tran", "Thảo", False),
])
def test_the_subject_is_herself_whatever_the_diacritics(subject, written, same):
    from footprint.analysis.detect.detectors.context import SubjectNames
    assert SubjectNames(subject).matches(written) is same
