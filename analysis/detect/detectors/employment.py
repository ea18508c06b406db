"""Whose employment does a mention of the organisation state? The subject's own, or not.

A migration lawyer's job title ("Principal, Tan Immigration Law"), a reporter's
worksFor ("Harbour Herald"), a client's case against the Department, a TV show
about Border Force: all name the organisation, none says the subject works
there. `EmploymentResolver` makes that decision once, from data
(data/lexicons/employment.toml), and says why: every verdict carries the rule
and the words that decided it, so a report can explain a finding, or its absence.

The employer detector asks it of each work field and each sentence; the
extractor asks it whether a profile's work fields make its telephone a work
number (an official contact).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from footprint.analysis.detect.detectors.context import WordSet
from footprint.analysis.detect.detectors.first_match import first_text
from footprint.analysis.detect.detectors.lexicon import Lexicon


@dataclass(frozen=True)
class Verdict:
    """The subject's own employment (True) or not, with the rule and words that decided it."""

    own: bool
    rule: str
    words: str = ""

    def explain(self) -> str:
        return f"{self.rule} '{self.words}'" if self.words else self.rule


class EmploymentResolver:
    """Decides, from data, whether a mention of the organisation is the subject's own employment."""

    def __init__(self, lexicon: Lexicon | None, role_words: Iterable[str] = ()):
        regex = lexicon.regex if lexicon is not None else {}
        self.other_employer = regex.get("other_employer", ())
        self.about_org = regex.get("about_org", ()) + regex.get("about_org_outside", ()) + regex.get("about_org_client", ()) + regex.get("about_org_supplier", ())
        self.beat_cue = regex.get("beat_cue", ())
        self.beat_roles = WordSet(lexicon.phrases("beat_roles") if lexicon is not None else ())
        self.beat_topics = WordSet(lexicon.phrases("beat_topics") if lexicon is not None else ())
        self.media_roles = WordSet(lexicon.phrases("media_roles") if lexicon is not None else ())
        self.alongside_org = regex.get("about_org_collab", ())
        self.beside_org, self.org_named = regex.get("about_org_beside", ()), regex.get("org_named", ())
        self.outside_roles = WordSet(lexicon.phrases("outside_roles") if lexicon is not None else ())
        self.org_roles = WordSet(role_words)
        self.identity_rx = regex.get("about_identity", ())
        self.about_fields = frozenset(lexicon.phrases("about_fields") if lexicon is not None else ())

    def about(self, text: str) -> Verdict | None:
        """A veto when the sentence is about the organisation from outside (clients, journalism, TV...)."""
        hit = first_text(self.about_org, text)
        if hit:
            return Verdict(False, "about_org", hit)
        return self.alongside(text)

    def identity(self, text: str) -> Verdict | None:
        """A veto when the sentence says who the writer is, outside the organisation (a client's own visa, "my
        clients", a migration agent, a caseworker): read over the whole sentence whatever governs the mention."""
        hit = first_text(self.identity_rx, text)
        return Verdict(False, "outsider_identity", hit) if hit else None

    def beat(self, sentence: str, profile_text: str = "") -> Verdict | None:
        """A veto when the sentence lists the organisation as a subject its writer covers: coverage said in the
        sentence ("covering Border Force", "Interested in: Home Affairs, ..."), or a media or commentary job named on
        the profile (`profile_text`: the bio, its fields, the post) and another subject listed beside the organisation
        ("Politics reporter. Home Affairs. Cyber.", "Correspondent | Border Force, visas, refugees")."""
        hit = first_text(self.beat_cue, sentence)
        if hit:
            return Verdict(False, "beat", hit)
        roles = self.beat_roles.find(profile_text) if profile_text else []
        topics = self.beat_topics.find(sentence) if roles else []
        if roles and topics:
            return Verdict(False, "beat", f"{roles[0]}: {', '.join(topics)}")
        # a name alone as a fragment ("Home Affairs.") is a beat only beside a plainly media job: a staff bio's
        # "ABF. Writer. Runner." names a hobby beside the employer
        media = self.media_roles.find(profile_text) if roles and self._alone(sentence) else []
        if media:
            return Verdict(False, "beat", f"{media[0]}: {sentence.strip()}")
        return None

    @staticmethod
    def _alone(sentence: str) -> bool:
        """A fragment that is nothing but a name ("Home Affairs."): on a writer's profile, a subject listed."""
        return len(sentence.split()) <= 3 and not any(c.isdigit() for c in sentence)

    def alongside(self, text: str) -> Verdict | None:
        """A veto when the sentence works WITH the organisation from outside it: a joint job or task force
        with it, or its former officers interviewed; or names it at work BESIDE the writer's own work (round 13: "the
        ABF beagle two bays down from us", "a Home Affairs boarding party on the next wharf", "different job, same
        ladder"). None is employment nor the writer's inside knowledge."""
        hit = first_text(self.alongside_org, text)
        if hit:
            return Verdict(False, "works_with_org", hit)
        # the org at work beside the writer's own ("on the next wharf", "next to our belt", "different job"): a neighbour
        hit = first_text(self.beside_org, text)
        return Verdict(False, "beside_org", hit) if hit and first_text(self.org_named, text) else None

    def field(self, text: str, aliases: list[tuple[str, bool]]) -> Verdict:
        """A work field (jobTitle, worksFor, h-card org, "Work") that names the organisation.

        `aliases` are the organisation's names found in it, each with whether it is ambiguous
        ("Immigration", "Customs", "the Department"). The field is the subject's employment when
        no other employer, outside occupation or outside view is named, and the name is either
        unambiguous or joined to one of the organisation's own roles ("Customs Officer").
        """
        if not aliases:
            return Verdict(False, "no_org_named")
        other = first_text(self.other_employer, text)
        if other:
            return Verdict(False, "other_employer", other)
        about = self.about(text)
        if about:
            return about
        outside = self.outside_roles.find(text)
        media = self.media_roles.find(text)
        if media and not self.org_roles.find(text):
            return Verdict(False, "outside_role", media[0])
        if outside and not any(not amb for _, amb in aliases):
            return Verdict(False, "outside_role", outside[0])
        if any(not amb for _, amb in aliases):
            return Verdict(True, "org_named_in_work_field", next(a for a, amb in aliases if not amb))
        roles = self.org_roles.find(text)
        if roles and not outside:
            return Verdict(True, "ambiguous_name_with_org_role", roles[0])
        return Verdict(False, "ambiguous_name_only", aliases[0][0])
