"""A partner the corpus calls "my wife" without a name, named as the one who does the household's move.

One post says "the wife loves the new deck" and names nobody; another says
"Ingrid found us a two-bedder near the beach" or "Ingrid reckons we should
move north". Neither alone says who Ingrid is; together they do: the person
who finds, signs for or decides on the subject's own home ("us", "our",
"we") is the subject's unnamed partner. Only a corpus with an unnamed
partner, and only when ONE such name is found (a friend helping with the
boxes as well makes it unclear, so nothing is claimed). Round 14: the one
given a household nickname beside the first name ("<Name> (the navigator)
packed the panniers", "<Name>, chief navigator, ...") is read the same way.
"""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.context import SubjectNames
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.lexicon import Lexicon, load_lexicon
from footprint.analysis.findings import Detection
from footprint.analysis.link.corpus_units import in_corpus_order, sentence_evidence, sentences
from footprint.analysis.detect.name_letters import compile_wide

DETECTOR = "PeopleLinker"
CONFIDENCE = 0.65
# A lone given name opening a sentence, one optional adverb, then a verb of deciding or finding.
_OPENING = compile_wide(r"^[\W_]*([A-Z][a-z]{2,})\s+(?:(?:finally|just|already|still|reckons|says|thinks)\s+)?"
                      r"(?:found|finds|picked|chose|signed|booked|bought|sorted|reckons|says|thinks|wants|decided|"
                      r"loves|hates|packed|organised|organized|negotiated)\b")


class PartnerHome:
    def __init__(self, lexicon: Lexicon | None = None):
        lex = lexicon or load_lexicon("family")
        self.partner_rx = lex.regex.get("partner_phrase", ()) + lex.regex.get("partner_late", ())
        self.home_rx = lex.regex.get("own_home_move", ())
        # round 10: the unnamed partner named once in grief ("A year today since Maureen died")
        self.grief_rx, self.grief_not = lex.regex.get("partner_grief", ()), lex.regex.get("partner_grief_not", ())
        # round 12: the unnamed partner named once as the one a secret is kept from ("jodie doesnt know. dont tell her")
        self.secret_rx, self.secret_not = lex.regex.get("partner_secret", ()), lex.regex.get("partner_secret_not", ())
        # round 14: the unnamed partner named once by a household nickname ("<Name> (the navigator) packed the panniers")
        self.nick_rx = lex.regex.get("partner_nicknamed", ())
        self.names = first_names()

    def partners(self, units: list, subject: SubjectNames, detections: list[Detection]) -> list[Detection]:
        units = in_corpus_order(units)
        if any(d.category == "family" and d.attrs.get("relation") in ("spouse", "partner", "wife", "husband")
               for d in detections):
            return []                         # the partner is already named
        said = next((m.group(0) for u in units if u.kind != "profile_field" for rx in self.partner_rx
                     for m in [rx.search(u.text)] if m), None)
        if said is None:
            return []
        taken = {d.attrs.get("person", "").lower() for d in detections}
        found: dict[str, tuple] = {}
        for u in units:
            if u.kind == "profile_field":
                continue
            for sent in sentences(u.text):
                m = _OPENING.match(sent)
                home = next((h.group(0) for rx in self.home_rx for h in [rx.search(sent)] if h), None)
                if m is None or home is None:
                    m, home = self._grief(sent)
                if m is None or home is None:
                    m, home = self._secret(sent, u.text)
                if m is None or home is None:
                    m, home = self._nicknamed(sent)
                if m is None or home is None:
                    continue
                name = m.group(1) if m.re is _OPENING else m.group("name")
                if name[:1].islower():            # "jodie doesnt know": a post typed in lower case
                    if sent != sent.lower():
                        continue
                    name = name.capitalize()
                if not self.names.is_first_name(name) or name.lower() in self.names.ambiguous \
                        or subject.matches(name) or name.lower() in taken:
                    continue
                found.setdefault(name, (u, sent, home))
        if len(found) != 1:                   # two names: a friend's help or a second loss makes it unclear
            return []
        (name, (u, sent, home)), = found.items()
        ev = sentence_evidence(u, sent)
        grief = self._grief(sent)[0] is not None and _OPENING.match(sent) is None
        nick = not grief and _OPENING.match(sent) is None and self._nicknamed(sent)[0] is not None \
            and self._secret(sent, u.text)[0] is None
        secret = not grief and not nick and _OPENING.match(sent) is None
        pattern = "unnamed_partner_named_in_grief" if grief else "unnamed_partner_by_household_nickname" if nick \
            else "unnamed_partner_kept_in_the_dark" if secret else "unnamed_partner_named_by_home_move"
        return [Detection(category="family", value=f"{name} (partner)", key=f"family:{name.lower()}",
                          confidence=CONFIDENCE, detector=DETECTOR, pattern=pattern,
                          evidence=ev, support=[said.lower(), home.lower()], attrs={"relation": "partner", "person": name})]

    def _secret(self, sent: str, text: str):
        """(match, cue) of a lone given name a secret is kept from ("dont tell jodie", "if Marcus finds out"), unless
        the secret is a happy one or someone else's (a surprise party, a present, a mate's); (None, None) otherwise."""
        m = next((g for rx in self.secret_rx for g in [rx.search(sent)] if g), None)
        if m is None or any(rx.search(text) for rx in self.secret_not):
            return None, None
        return m, m.group(0)

    def _nicknamed(self, sent: str):
        """(match, cue) of a lone given name with a household nickname beside it ("<Name> (the navigator)"), or (None, None)."""
        m = next((g for rx in self.nick_rx for g in [rx.search(sent)] if g), None)
        return (m, m.group(0)) if m else (None, None)

    def _grief(self, sent: str):
        """(match, cue) of a lone given name mourned in the sentence, unless the sentence makes the loss someone
        else's or a pet's ("since my mate Gazza died", "since Pip died ... the vet"); (None, None) otherwise."""
        m = next((g for rx in self.grief_rx for g in [rx.search(sent)] if g), None)
        if m is None or any(rx.search(sent) for rx in self.grief_not):
            return None, None
        return m, m.group(0)
