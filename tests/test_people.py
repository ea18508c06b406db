"""People as entities and relations stated the ways people state them (issue 9, items 2 and 3).

Table-driven: every form has sentences that must name the person and decoys
that must name nobody. Then the corpus stage (analysis/link/people.py): a person
named once with a role is evidence wherever a later post names them by a
form of their name or by the role alone, and only then.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.first_names import FirstNames, first_names
from footprint.analysis.detect.detectors.lexicon import LexiconError
from footprint.analysis.detect.detectors.relation_forms import load_forms
from footprint.analysis.detect.extract import Extractor
from footprint.analysis.link.graph import build_graph
from footprint.analysis.link.linking import link
from footprint.crawler.orgs import load_org
from footprint.analysis.pipeline import analyse_items, detect
from footprint.crawler.items import PostItem, ProfileItem

SUBJECT, ALIASES = "Jodie Nolan", ["jodes"]
ACCOUNT = "https://social.example/@jodes"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), SUBJECT, ALIASES)


def post(text, n=1, **kw):
    return PostItem(profile=ACCOUNT, url=f"{ACCOUNT}/{n}", platform="activitypub", text=text,
                    published=f"2026-03-{n:02d}T08:00:00Z", **kw)


def bio(summary):
    return ProfileItem(profile=ACCOUNT, url=ACCOUNT, platform="activitypub", name=SUBJECT, handle="jodes",
                       summary=summary)


def people(extractor, text, category):
    return sorted(d.attrs["person"] for d in extractor.extract([post(text)]) if d.category == category)


# (sentence, family names it must give). Each form with its decoys below.
FAMILY = [
    ("Husband to Sarah, dad to Mia & Noah.", ["Mia", "Noah", "Sarah"]),
    ("Wife to Dan and mum to Harper.", ["Dan", "Harper"]),
    ("Dad to two boys, Archie and Fletch.", ["Archie", "Fletch"]),
    ("Mum of two (Ruby and Oscar) and tired.", ["Oscar", "Ruby"]),
    ("Married to my high school sweetheart Leanne.", ["Leanne"]),
    ("My other half Jen made lasagne.", ["Jen"]),
    ("The missus, Kaz, reckons we need a bigger car.", ["Kaz"]),
    ("My man Tomas cooked for once.", ["Tomas"]),
    ("Our little one, Ollie, turned three.", ["Ollie"]),
    ("Mum of two, the kids Mia & Noah keep me busy.", ["Mia", "Noah"]),
    ("Dan, my husband of ten years, still can't parallel park.", ["Dan"]),
    ("Took Nan to lunch with Beth, my big sister.", ["Beth"]),
    ("Dinner with the in-laws, Pam and Geoff, survived.", ["Geoff", "Pam"]),
    ("Mama to Luca (6) and Sienna (3). Coffee addict.", ["Luca", "Sienna"]),
    ("Loving wife of Greg and mum of three.", ["Greg"]),
    ("Nanna to Ruby and Jack, and loving every minute.", ["Jack", "Ruby"]),
    ("Big sister to Jake. Melbourne.", ["Jake"]),
    ("Happy anniversary to my husband of 10 years, Tom!", ["Tom"]),
    ("Our Ellie turned 5 today and wants a pony.", ["Ellie"]),
    ("Husband to Sarah | Dad to Mia & Noah | Glenroy", ["Mia", "Noah", "Sarah"]),
]
FAMILY_DECOYS = [
    "Married to the job, apparently.",
    "My wife and I are finally on holiday.",
    "Sarah's wife makes the best pavlova.",
    "Mum of two, tired of two.",
    "Happy Mother's Day to all the mums out there.",
    "The son of Mark Lee, my old coach, got married.",
    "My other half and I are off to Bali.",
    "Dad jokes are the best jokes.",
    "Golf with the boys, Dave, Tommo and Rick, then a parma.",
    "Proud wife of a Border Force officer and mum of three.",
    "Dog mum to Bluey and Banjo.",
    "Proud dad of 3 | Husband | ABF",
    "Jenny is a big sister to Jake.",
    "Our Prime Minister was in town today.",
    "Our Lady of the Rosary fete is on Sunday.",
]
ASSOCIATE = [
    ("Ran the harbour loop with Dave this morning.", ["Dave"]),
    ("Beers with Tommo and Rick at the Royal after the game.", ["Rick", "Tommo"]),
    ("Girls' night with Kez and Bec, bliss.", ["Bec", "Kez"]),
    ("Thanks @jess_k for the lift home!", ["@jess_k"]),
    ("Cheers Davo for the ute, legend.", ["Davo"]),
    ("Netball tonight with Jacinta, Priya and Bec.", ["Bec", "Jacinta", "Priya"]),
    ('Happy 40th to Michael "Macca" McRae, my oldest mate.', ["Michael McRae"]),
    ("Caught up with Lachie for coffee in Fitzroy.", ["Lachie"]),
    ("Dave and I hit the surf at Bondi before brekkie.", ["Dave"]),
    ("Me and Tommo went fishing off the wall.", ["Tommo"]),
    ("Golf with the boys, Dave, Tommo and Rick, then a parma.", ["Dave", "Rick", "Tommo"]),
    ("Went to see Pink with Jess and Tash, what a show.", ["Jess", "Tash"]),
]
ASSOCIATE_DECOYS = [
    "Walked the beach with Millie, our kelpie.",
    "Dave went fishing with Rick on Sunday.",
    "Thanks Coles for the price drop.",
    "Coffee with Taylor Swift on the radio.",
    "Coffee with Kath and Kim reruns on telly, pure comfort.",
    "Coffee with Albo? In my dreams.",
    "Had a long chat with a stranger called Pete at the tram stop.",
    "Training with the Rockets tonight.",
    "Lunch with Dave's cousin.",
    "Drinks with the team after shift, Jess shouted.",
    "Watched Border Force with Mum and Dad.",
    "Lunch with a client, Sharon, about her visa.",
    "Jenny and I disagree about the budget.",
    "Bondi and I are not friends today.",
    "Movie night with Harry Potter and a bucket of popcorn.",
]


@pytest.mark.parametrize("text,names", FAMILY)
def test_family_forms_name_the_relatives(extractor, text, names):
    assert people(extractor, text, "family") == names


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_decoys_name_nobody(extractor, text):
    assert people(extractor, text, "family") == []


@pytest.mark.parametrize("text,names", ASSOCIATE)
def test_associate_forms_name_the_friends(extractor, text, names):
    assert people(extractor, text, "associate") == names


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_associate_decoys_name_nobody(extractor, text):
    assert people(extractor, text, "associate") == []


def test_form_hits_explain_themselves(extractor):
    (d,) = [d for d in extractor.extract([post("Beers with Tommo at the Royal.")]) if d.category == "associate"]
    assert d.pattern == "form_activity_with" and d.support == ["beers ... with"]
    assert "Beers with Tommo" in d.evidence.excerpt and 0.5 <= d.confidence < 1


@pytest.mark.parametrize("word,expected", [
    ("Mia", True), ("Noah", True), ("Tommo", True), ("Gazza", True), ("Lachie", True), ("Sione", True),
    ("Will", False), ("Grace", False), ("Border", False), ("Albo", False), ("Coles", False), ("mia", False),
])
def test_first_name_gazetteer(word, expected):
    assert first_names().is_first_name(word) is expected


def test_gazetteer_ships_in_the_wheel():
    assert len(FirstNames().names) > 5000          # Faker's lists, read from the installed package


def test_a_malformed_form_row_names_its_line(tmp_path):
    bad = tmp_path / "forms.jsonl"
    bad.write_text('{"id": "x", "category": "family", "pattern": []}\n{"id": "y", "category": "pets", "pattern": []}\n')
    with pytest.raises(LexiconError, match="line 2"):
        load_forms(bad)


# --------------------------------------------------------------------------- the corpus stage

ORG = load_org("dibp")


def corpus_findings(items):
    findings, *_ = analyse_items(items, org=ORG, subject=SUBJECT, aliases=ALIASES)
    return findings


def urls_of(findings, category, name):
    hits = [f for f in findings if f.category == category and f.value.split(" (")[0].lower().find(name.lower()) >= 0]
    assert len(hits) == 1, [f.value for f in findings if f.category == category]
    return {e.url for e in hits[0].evidence}


def test_a_relation_stated_once_links_first_names_roles_and_possessives_elsewhere():
    items = [bio("Wife to Dan, mum to Isla & Finn. Melbourne."),
             post("Isla's first day at Sandridge Bay Primary School today, she didn't look back.", 2),
             post("Date night! My other half booked the Thai place.", 3),
             post("Finn lost his first tooth. Dan had to run to the servo for coins.", 4),
             post("Dan's birthday dinner at the pub.", 5)]
    findings = corpus_findings(items)
    assert urls_of(findings, "family", "Dan") == {ACCOUNT, f"{ACCOUNT}/3", f"{ACCOUNT}/4", f"{ACCOUNT}/5"}
    assert urls_of(findings, "family", "Isla") == {ACCOUNT, f"{ACCOUNT}/2"}
    assert urls_of(findings, "family", "Finn") == {ACCOUNT, f"{ACCOUNT}/4"}
    school = [f for f in findings if f.category == "family" and "Sandridge Bay Primary School" in f.value]
    assert len(school) == 1 and school[0].value == "Sandridge Bay Primary School (Isla's school)"
    (mention,) = [e for e in [f for f in findings if "Dan" in f.value][0].evidence if e.url.endswith("/3")]
    assert "My other half" in mention.excerpt


def test_a_nickname_given_once_links_where_it_is_used_alone():
    items = [post('Happy 40th to the legend that is Michael "Macca" McRae, my oldest mate.', 1),
             post("Macca's bucks weekend was carnage.", 2)]
    assert urls_of(corpus_findings(items), "associate", "McRae") == {f"{ACCOUNT}/1", f"{ACCOUNT}/2"}


@pytest.mark.parametrize("later", [
    "Sarah Chen's new book is out.",            # another Sarah with a surname: "Sarah" alone is ambiguous
    "Will do, see you Friday.",                 # never a name alone
])
def test_ambiguous_first_names_do_not_link(later):
    if later.startswith("Will"):
        items = [post("My husband Will is away this week.", 1), post(later, 2), post("Will was home by six.", 3)]
        name = "Will"
    else:
        items = [post("My wife Sarah surprised me with tickets.", 1), post(later, 2), post("Sarah loved it.", 3)]
        name = "Sarah"
    assert urls_of(corpus_findings(items), "family", name) == {f"{ACCOUNT}/1"}


def test_two_relatives_with_one_first_name_link_neither_alone():
    items = [post("My son Jack turned eight.", 1), post("My mate Jack Cole is moving to Perth.", 2),
             post("Jack's footy final on Saturday.", 3)]
    findings = corpus_findings(items)
    assert f"{ACCOUNT}/3" not in urls_of(findings, "family", "Jack")


def test_pets_and_relatives_are_not_friends():
    items = [post("Our kelpie Bluey is the boss of the house.", 1), post("Walked the beach with Bluey.", 2),
             post("My son Jack turned eight.", 3), post("Footy training with Jack in the park.", 4)]
    findings = corpus_findings(items)
    assert [f.value for f in findings if f.category == "associate"] == []
    assert f"{ACCOUNT}/4" in urls_of(findings, "family", "Jack")


def test_a_pet_called_ours_is_not_family():
    items = [post("Our kelpie Rosie is three today.", 1), post("Our Rosie ate the couch again.", 2)]
    assert [f.value for f in corpus_findings(items) if f.category == "family"] == []


def test_nameless_role_mentions_need_exactly_one_holder():
    one = [post("My wife Sarah surprised me.", 1), post("The missus won the meat raffle!", 2)]
    assert urls_of(corpus_findings(one), "family", "Sarah") == {f"{ACCOUNT}/1", f"{ACCOUNT}/2"}
    alone = [post("The missus won the meat raffle!", 2)]
    assert [f for f in corpus_findings(alone) if f.category == "family"] == []


def test_the_graph_shows_each_person_with_role_names_and_evidence():
    items = [bio("Wife to Dan, mum to Isla."), post("Dan's birthday dinner at the pub.", 2)]
    findings = corpus_findings(items)
    graph = build_graph(SUBJECT, [items[0]], items, findings)
    (node,) = [n for n, d in graph.nodes(data=True) if d.get("kind") == "person" and "Dan" in d["label"]]
    assert graph.nodes[node]["role"] == "spouse" and "Dan" in graph.nodes[node]["names"]
    sources = {u for u, _, d in graph.in_edges(node, data=True) if d["kind"] == "mentions"}
    assert {f"item:{ACCOUNT}/2"} <= sources and any(s.startswith("profile:") for s in sources)


def test_mentions_are_evidence_not_findings():
    """A mention never makes a finding of its own: the linked set equals the detectors' set by key."""
    items = [post("My wife Sarah surprised me.", 1), post("Sarah loved the cricket.", 2),
             post("Sarah and I watched the cricket.", 3)]
    dets = detect(items, ORG, SUBJECT, ALIASES)
    keys = {d.key for d in dets if d.category == "family"}
    assert keys == {"family:sarah"}
    assert {d.pattern for d in dets if d.category == "family"} >= {"person_mention_name"}
    assert len([f for f in link(dets) if f.category == "family"]) == 1


@pytest.mark.parametrize("later,who", [
    ("Took the kids to the zoo, both asleep by six.", ["Finn", "Isla"]),      # "the kids" with names elsewhere
    ("Happy birthday Mum! Seventy and still the boss.", ["Linda"]),           # bare vocative
    ("Booked my wife's birthday dinner at last.", ["Kylie"]),                 # possessive of a role
])
def test_role_mentions_reach_the_named_holders(later, who):
    items = [bio("Husband to Kylie, dad to Isla & Finn."), post("Mum (Linda) turns seventy next week.", 1),
             post(later, 2)]
    findings = corpus_findings(items)
    reached = sorted(f.value.split(" (")[0] for f in findings if f.category == "family"
                     and any(e.url == f"{ACCOUNT}/2" for e in f.evidence))
    assert reached == who


@pytest.mark.parametrize("later", ["Dad jokes are the best jokes.", "Mum guilt is real this week.",
                                   "Happy Mother's Day to all the mums out there."])
def test_role_words_in_compounds_are_not_mentions(later):
    items = [post("Mum (Linda) and Dad (Robert) fly in on Friday.", 1), post(later, 2)]
    findings = corpus_findings(items)
    assert not any(e.url == f"{ACCOUNT}/2" for f in findings for e in f.evidence)


def test_a_school_in_a_post_about_the_child_is_a_family_finding():
    items = [bio("Mum to Isla."), post("Isla started prep today! Sandridge Bay Primary School has the best teachers.", 2),
             post("The Sandridge Bay Primary School fete is on Saturday, all welcome.", 3),     # no child named
             post("Isla visited Monash College with her nan.", 4)]
    schools = [f for f in corpus_findings(items) if f.category == "family" and "school" in f.value]
    assert [f.value for f in schools] == ["Sandridge Bay Primary School (Isla's school)"]
    assert {e.url for e in schools[0].evidence} == {f"{ACCOUNT}/2"}
    assert schools[0].explanation.startswith("PeopleLinker: child_school")


def test_redaction_masks_a_childs_school_but_not_the_words_around_it():
    from footprint.analysis.report.redact import redact_report

    report = {"subject": {"name": SUBJECT}, "findings": [
        {"category": "family", "value": "Sandridge Bay Primary School (Isla's school)", "key": "family:school:x",
         "evidence": [{"url": "https://x.example/2", "excerpt": "Isla at Sandridge Bay Primary School, school holidays next",
                       "visibility": "public"}]},
        {"category": "family", "value": "Isla (child)", "key": "family:isla", "evidence": []}]}
    out = redact_report(report)
    ev = out["findings"][0]["evidence"][0]
    assert ev["visibility"] == "public"
    assert "Sandridge" not in ev["excerpt"] and "Isla" not in ev["excerpt"] and "school holidays" in ev["excerpt"]
