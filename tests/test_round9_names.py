"""A colleague found in a job title field beside a weak work word must be a person, not a program or a unit.

A job title such as "Assistant Director, Humanitarian Program Operations" has the weak work word
"director" followed by title-case words: they name what the subject directs, not a colleague.
A real first name there still counts ("Director Priya Nand signed it off").
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

SUBJECT = "Corinne Haldane"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), SUBJECT, ())


def colleagues(extractor, item) -> set[str]:
    return {d.attrs.get("person", "") for d in extractor.extract([item]) if d.category == "colleague"}


def job_page(title: str) -> ProfileItem:
    url = "https://summit.example/speakers/corinne-haldane"
    return ProfileItem(profile=url, url=url, platform="html", name=SUBJECT,
                       fields={"jobTitle": title, "worksFor": "Department of Home Affairs"})


@pytest.mark.parametrize("title", [
    "Assistant Director, Humanitarian Program Operations",
    "Director, Settlement Services Branch",
    "Deputy Director, Visa Integrity Taskforce",
])
def test_job_title_names_no_colleague(extractor, title):
    assert colleagues(extractor, job_page(title)) == set()


@pytest.mark.parametrize("text, person", [
    ("Director Priya Nand signed off our Border Force roster review today.", "Priya Nand"),
    ("Big thanks to my director Tom Reilly at ABF for the leave.", "Tom Reilly"),
])
def test_weak_work_word_still_names_a_person(extractor, text, person):
    item = PostItem(profile="https://social.example/@ch", url="https://social.example/@ch/1", platform="activitypub",
                    text=text, published="2026-03-02T08:00:00Z")
    assert person in colleagues(extractor, item)
