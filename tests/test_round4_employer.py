"""Round 4, employer (issue 9): the department's current name, and working WITH the agency.

Home Affairs is a name of the organisation like Border Force, in any case, joined to a job title by
"with", "w/", "at" or a comma. Working with the agency from another one (a joint job, a task force),
interviewing its former officers, or being its client is neither employment nor inside information.
None of these sentences is in tests/devset/.
"""
from __future__ import annotations

import pytest

from tests.kit_posts import found, kit_extractor

HA = "employer:department of home affairs"


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text", [
    "Nine years a settlement services officer with Home Affairs and I still cry at every ceremony.",
    "Skilled migration assessor, Department of Home Affairs. All views my own.",
    "new job alert: intelligence analyst at home affairs, goodbye hospitality",
    "Ravi | onshore compliance w/ home affairs | Parramatta",
    "Just finished induction week at the Dept of Home Affairs, my brain is full.",
    "forum intro: family violence liaison w/ home affairs, mostly arvo shifts, three dogs",
])
def test_home_affairs_with_a_job_is_the_employer(extractor, text):
    assert HA in {d.key for d in found(extractor, text) if d.category == "employer"}


@pytest.mark.parametrize("text", [
    # another agency working with it
    "Our drug squad ran a joint job with Border Force at the Brisbane cargo terminal, two arrests and 4 kg of meth.",
    "Three months on a task force with the ABF chasing illegal tobacco, seized 9 tonnes in the end.",
    "Our detectives did a joint operation with the AFP and Border Force on the Gold Coast last week.",
    # its former officers interviewed by a show
    "This week's episode: a former Border Force officer tells us how 500 kilos of cocaine slipped through.",
    "We sat down with two ex-ABF officers about the night the yacht came in loaded.",
    # its client, and news about it
    "Thank you to the team at Home Affairs for processing my citizenship so quickly!",
    "The Home Affairs minister announced another review of the visa system today.",
    "Home Affairs knocked back my partner visa again, absolutely gutted.",
])
def test_working_with_the_agency_is_not_employment_or_inside_information(extractor, text):
    got = {d.category for d in found(extractor, text)}
    assert not got & {"employer", "official_information", "work_location"}, got


@pytest.mark.parametrize("text,expected", [
    ("Dinner with Home Affairs people tonight", False),          # "dinner" is no job title
    ("Still stuck on the waitlist at Home Affairs for an interview slot", False),
    ("Visa processing officer with Home Affairs since 2015", True),
])
def test_title_left_context(extractor, text, expected):
    assert (HA in {d.key for d in found(extractor, text) if d.category == "employer"}) is expected


@pytest.mark.parametrize("text", [
    # a service worker in the agency's premises: the cleaning firm, the caterer or the courier employs them
    "Night shift again, I vacuum the Border Force offices at the cargo terminal and empty their bins.",
    "We cater for the Home Affairs building on Fridays, they always order the sausage rolls.",
    "I deliver to the Customs house every morning before seven, the guard knows my van now.",
    # a character in fiction, described in the author's third-person bio
    "Her crime novels follow Jo Pike, a senior officer of the Australian Border Force with a gambling problem.",
    "Meg Aldous is the author of the Harbour Lights series, whose heroine is an ABF detector dog handler.",
    # a number of years that is not a career
    "Home Affairs' own figures show refusals tripled in four years, which nobody has explained.",
])
def test_service_work_fiction_and_statistics_are_not_employment(extractor, text):
    assert "employer" not in {d.category for d in found(extractor, text)}


@pytest.mark.parametrize("text", [
    "Twelve years with Border Force this month, still love the early starts at the wharf.",
    "After 8 years at Home Affairs I finally got my own desk by the window.",
])
def test_years_of_service_stay_employment(extractor, text):
    assert "employer" in {d.category for d in found(extractor, text)}
