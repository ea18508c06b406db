"""Fictional accounts whose posts the people-detection tables read (rounds 2 to 5 of issue 9).

Each round's table speaks as one account; the post, bio, extraction and analysis helpers are the
same for all of them, so they live here once.
"""
from __future__ import annotations

from dataclasses import dataclass

from footprint.analysis.detect.extract import Extractor
from footprint.analysis.pipeline import analyse_items
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

ORG = load_org("dibp")


@dataclass(frozen=True)
class Account:
    subject: str
    handle: str
    month: int                      # the month its posts are dated in, day n for post n

    @property
    def url(self) -> str:
        return f"https://social.example/@{self.handle}"

    @property
    def aliases(self) -> list[str]:
        return [self.handle]

    def extractor(self) -> Extractor:
        return Extractor(ORG, self.subject, self.aliases)

    def post(self, text: str, n: int = 1) -> PostItem:
        return PostItem(profile=self.url, url=f"{self.url}/{n}", platform="activitypub", text=text,
                        published=f"2026-{self.month:02d}-{n:02d}T08:00:00Z")

    def bio(self, summary: str) -> ProfileItem:
        return ProfileItem(profile=self.url, url=self.url, platform="activitypub", name=self.subject,
                           handle=self.handle, summary=summary)

    def people(self, extractor: Extractor, text: str, category: str) -> list[str]:
        """The persons of one category's detections in one post, sorted."""
        return sorted(d.attrs["person"] for d in extractor.extract([self.post(text)]) if d.category == category)

    def findings_of(self, items: list, category: str) -> list:
        """One category's findings after the whole pipeline (linking across items included)."""
        findings, *_ = analyse_items(items, org=ORG, subject=self.subject, aliases=self.aliases)
        return [f for f in findings if f.category == category]


JODIE = Account("Jodie Nolan", "jodes", 3)
CORINNE = Account("Corinne Vale", "corvale", 4)
