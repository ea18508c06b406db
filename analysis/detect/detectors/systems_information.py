"""systems_information: the organisation's systems, infrastructure and security, in a work context (§5)."""
from __future__ import annotations

import re
from dataclasses import replace

from footprint.analysis.detect.detectors import learned
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.context import WordSet
from footprint.analysis.detect.detectors.employer_actor import third_party
from footprint.analysis.detect.detectors.official_information import _FAULT_RX, _SYSTEM_FAULT_RX, system_fault
from footprint.analysis.detect.detectors.system_asides import SystemAsides

# Round 15: a named system's fault told as the joke's punchline: what the dog, the cat or the paper form does NOT do
# ("Reasons the dog beats the SmartGates: 1. doesn't freeze when a flight lands 2. never needs a reboot").
_NOT_FAULT_RX = re.compile(r"\b(?:doesn'?t|does\s+not|don'?t|never|won'?t|no)\s+(?:ever\s+)?(?:freeze|freezes|crash|crashes|hang|hangs|"
                           r"need\s+a\s+(?:reboot|restart)|needs?\s+rebooting|go\s+down|drop\s+out|fall\s+over|time\s+out|"
                           r"reboots?|outages?|error\s+codes?)\b", re.I)

_LEAD_RX = re.compile(r"^(?:(?:the|our|my|a|an|new|old|this|that|on|in|at|to|of|from|with|into)\s+|\w+(?:'|’)s\s+)+", re.I)


def _bare(head: str) -> str:
    """A system's head words without their article or owner ("The new decision-support tool" -> "decision-support tool")."""
    return _LEAD_RX.sub("", head).strip() or head


LEARNED_KINDS = {"system": "internal systems", "outage": "system outages", "hardware": "equipment and its faults",
                 "access": "passwords and access", "security": "security weaknesses"}


class SystemsInformationDetector(Detector):
    CATEGORY = "systems_information"
    LEXICON = "systems_information"
    NAMED_MULTIWORD = 0.55     # "Movement Alert List": only the org's
    NAMED_SHORT = 0.3          # "Jam", "PACE": needs work context
    # A learned reading this likely needs no work words ("the smartgates at the intl terminal still run on windows 7"),
    # only the absence of an outsider's voice (set on the blind dev rows).
    STRONG = 0.9
    # Round 8: a reading below the label's threshold counts from this probability when systems is the likeliest
    # reading and a failure or workaround is told (set on the dev rows).
    CUE_FLOOR = 0.4
    # Round 11: a system failing (official_information's system_fault) is never official information; when the model
    # likes official information best for it ("rostering system ate our overtime claims again": official 0.47, systems
    # 0.35), the systems reading counts from this probability, with work context like any cued reading. Round 14: so does a
    # lookup's reach told plainly (the lexicon's `reach`: "the risk tool pulls up every consignment since 2019").
    FAULT_FLOOR = 0.25
    # Round 12: kit told failing in passing ("image viewer on the baggage x-ray kept crashing after IT pushed a patch"),
    # named and failing in the same sentence (system_fault), reads low beside "none" (0.2-0.4): it counts from this
    # probability when systems is the likeliest of the model's categories and work words are in the sentence itself.
    # Round 14: or official information is, when the kit is named (official information never takes a sentence of kit
    # failing: "the fence cameras round the compound have been out since the hailstorm" reads as a detention, 0.72).
    KIT_FLOOR = 0.15

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.work = WordSet(self.words("work"))
        self.reach = self.regexes("reach")
        self.plain = self.regexes("plain") + self.regexes("plain_r13") + self.reach
        self.outsider = self.regexes("outsider")
        self.customer = (self.regexes("customer") + self.regexes("psa") + self.regexes("pretend") + self.regexes("not_system")
                         + self.regexes("not_work_system"))
        # round 20: a readers' warning ("PSA") is no veto on kit the sentence makes the workplace's ("we use at the terminal")
        self.customer_anchored = tuple(rx for rx in self.customer if rx not in self.regexes("psa"))
        self.asides = SystemAsides(self.regexes)

    def _plain(self, sent) -> list[str]:
        """Work context told plainly: a workaround, a failover, secure kit and its patch level."""
        return [m.group(0).lower() for rx in self.plain for m in [rx.search(sent.text)] if m]

    def _support(self, text: str, ctx) -> list[str]:
        """Work words and workarounds told plainly in a text."""
        return (self.work.find(text) + ctx.shared.work_in(text)
                + [m.group(0).lower() for rx in self.plain for m in [rx.search(text)] if m])

    @staticmethod
    def _passage_of(sent, ctx):
        """The joined passage a short sentence is read in (learned.passages), or None when it is read alone."""
        if len(sent.text.split()) >= learned.PASSAGE_WORDS:
            return None
        return next((p for p in learned.passages(ctx.facts.sents) if p.span.start <= sent.span.start
                     and sent.span.end <= p.span.end and (p.span.start, p.span.end) != (sent.span.start, sent.span.end)), None)

    def _proposals(self, ctx, hit):
        """The model's systems readings: over the label's threshold, or from CUE_FLOOR when systems is the likeliest
        reading and the sentence tells of a system failing ("CARGOLINK crashed at 10", official_information's
        system_fault) or of its workaround (the lexicon's plain words); such a reading (flagged True) then needs
        work context, not just "I" or "we" ("the streaming server went down during the finale so we gave up")."""
        if hit:
            return
        from footprint.analysis.detect.detectors.official_information import KIT_RX, system_fault
        from footprint.analysis.detect.meaning import LABELS, NONE, classifier
        for sent, v in learned.verdicts(ctx):
            if self.denied(sent.text):
                continue
            if v.label == self.CATEGORY:
                yield sent, v, False
                continue
            p = v.scores.get(self.CATEGORY, 0.0)
            if p >= self.CUE_FLOOR and p == max(v.scores.values()) and (system_fault(sent, ctx) or self._plain(sent)):
                yield sent, replace(v, label=self.CATEGORY, score=p, kind=v.best_kind, nearest=v.best_nearest), True
            elif (p >= self.FAULT_FLOOR and max(LABELS, key=lambda lab: v.scores.get(lab, 0.0)) == "official_information"
                  and p >= v.scores.get(NONE, 0.0) and (system_fault(sent, ctx) or any(rx.search(sent.text) for rx in self.reach))):
                kind, nearest = classifier().nearest_of(self.CATEGORY, sent.text)
                yield sent, replace(v, label=self.CATEGORY, score=p, kind=kind, nearest=nearest), True
            elif (p >= self.KIT_FLOOR and (max(LABELS, key=lambda lab: v.scores.get(lab, 0.0)) == self.CATEGORY
                                           or (max(LABELS, key=lambda lab: v.scores.get(lab, 0.0)) == "official_information"
                                               and KIT_RX.search(sent.text)))
                  and system_fault(sent, ctx) and (self.work.find(sent.text) or ctx.shared.work_in(sent.text))):
                yield sent, replace(v, label=self.CATEGORY, score=p, kind=v.best_kind, nearest=v.best_nearest), True

    @staticmethod
    def _shown_in(sent, ctx):
        """The sentence a learned systems reading cites (round 12): itself when it names kit or a named system, or a
        neighbouring sentence of the post that tells of kit failing when it names none ("Cameras in the holding rooms
        have been out since Tuesday. Welfare checks on clipboards every half hour." is the cameras' finding, cited by
        its first sentence, not by the clipboards)."""
        from footprint.analysis.detect.detectors.official_information import KIT_RX, system_fault
        if KIT_RX.search(sent.text) or any(sent.span.start <= t.start < sent.span.end for t in ctx.facts.terms("SYSTEM")):
            return sent
        sents = ctx.facts.sents
        near = [s for s in sents if s.span.end == sent.span.start or s.span.start == sent.span.end
                or (s.span.end <= sent.span.start and sent.span.start - s.span.end <= 2)
                or (s.span.start >= sent.span.end and s.span.start - sent.span.end <= 2)]
        return next((s for s in near if system_fault(s, ctx)), sent)

    @staticmethod
    def _failing(sent, ctx) -> list[str]:
        """Round 15: a named system told failing, in its sentence or in the list that follows it ("SmartGates had a meltdown
        at 6am"; "Reasons the dog beats the SmartGates: 1. doesn't freeze when a flight lands"): the fault, as support."""
        nxt = next((s for s in ctx.facts.sents if s.span.start == sent.span.end), None)
        for s in (sent, nxt):
            if s is None:
                continue
            m = _SYSTEM_FAULT_RX.search(s.text) or _NOT_FAULT_RX.search(s.text)
            if m or system_fault(s, ctx):
                return [f"(told failing: {' '.join(m.group(0).lower().split()) if m else 'a named system'})"]
        return []

    # Round 20: a nickname is the workplace's own word for its system; a fault told across an aside reads as told in one
    # (the same base confidence as every systems pattern of the lexicon)
    NICKNAME_CONFIDENCE = 0.45
    ASIDE_FAULT_CONFIDENCE = 0.45

    def _asides(self, ctx, seen: set, hit: set) -> list:
        """Round 20: a work system by its nickname ("the HR system at work, which we all call the Slot Machine"; "The old
        hands call it the Magic 8 Ball" after the sentence that names the tool), and a work system told failing across
        the aside that names it ("the kiosk laptops we use at the terminal (we call them the toasters) don't sync").
        Either needs the workplace's ownership: an anchor ("at work", "the department's"), an org-only kind of system
        ("case system", "finance system") or work words in the sentence; nobody's club, bank or household."""
        out, sents = [], list(ctx.facts.sents)
        for i, sent in enumerate(sents):
            if self.denied(sent.text) or self._told_by_outsider_anchored(sent, ctx):
                continue
            before = sents[i - 1].text if i else None
            aside, excerpt = self.asides.named(sent.text), sent.text
            if aside is None:
                aside = self.asides.named_back(sent.text, before)
                if aside is not None:
                    excerpt = sent.text if aside.head in sent.text else f"{before} {sent.text}"
            if aside is not None:
                d = self._nickname(ctx, aside, excerpt, seen)
            elif i + 1 < len(sents) and self.asides.named_back(sents[i + 1].text, sent.text):
                continue            # the next sentence names this one's system: its finding cites both
            else:
                d = self._anchored_fault(ctx, sent, seen)
            if d:
                hit.add(sent.span.start)
                out.append(d)
        return out

    def _told_by_outsider_anchored(self, sent, ctx) -> bool:
        """As `_told_by_outsider`, but a readers' warning ("PSA") does not veto kit the sentence makes the workplace's."""
        anchored = self.asides.anchored(sent.text)
        return self._told_by_outsider(sent, ctx, self.customer_anchored if anchored else self.customer)

    def _nickname(self, ctx, aside, excerpt: str, seen: set):
        """A work system by what staff call it, when the text makes it the workplace's (an anchor or work words)."""
        if any(rx.search(excerpt) for rx in self.customer_anchored):
            return None
        support = self.asides.anchored(excerpt) + self._support(excerpt, ctx)
        if not support or aside.name.lower() in seen:
            return None
        seen.add(aside.name.lower())
        return self.detection(ctx, value=aside.name, key=f"system:{aside.name}",
                              confidence=ctx.enhancer.enhance(self.NICKNAME_CONFIDENCE, support), pattern="system_nickname",
                              excerpt_text=excerpt, support=support + [f"(called {aside.name})"],
                              attrs={"system": aside.name, "head": _bare(aside.head)})

    def _anchored_fault(self, ctx, sent, seen: set):
        """A system of the workplace's ("at work", "the department's", a case or finance system) told failing across its
        aside, with the fault first ("drop out every ten minutes on the department's Teams set-up"), or left open to too
        many ("a shared drive half the department can open")."""
        anchors = self.asides.anchored(sent.text)
        if not anchors:
            return None
        contracted = self.asides.contract(sent.text)
        m = (_SYSTEM_FAULT_RX.search(contracted) or next((m for rx in self.regexes("exposed") for m in [rx.search(contracted)] if m), None)
             or (_FAULT_RX.search(contracted) if any(rx.search(contracted) for rx in self.regexes("anchored_kit")) else None))
        from footprint.analysis.detect.detectors.official_information import KIT_RX
        kit = KIT_RX.search(contracted) if m else None
        head = (self.asides.head_of(contracted) or kit.group(0)) if m else None
        if head is None or _bare(head).lower() in seen:
            return None
        seen.add(_bare(head).lower())
        return self.detection(ctx, value=_bare(head), key=f"system:{_bare(head)}",
                              confidence=ctx.enhancer.enhance(self.ASIDE_FAULT_CONFIDENCE, anchors),
                              pattern="system_fault_anchored", excerpt_text=sent.text,
                              support=anchors + [f"(told failing: {' '.join(m.group(0).lower().split())})"], attrs={"system": _bare(head)})

    def _told_by_outsider(self, sent, ctx=None, customer=None) -> bool:
        """Someone else's system from the news ("per the news", "reported"), with no "I", "we" or "our"; or the
        agency's system told of as a third party's ("Border Force had the cargo system down again", from outside);
        or a customer's (`customer`, default the lexicon's vetoes: `_customer`)."""
        return (not sent.first_person and any(rx.search(sent.text) for rx in self.outsider)) or bool(
            ctx is not None and third_party().in_sentence(ctx.facts, sent)) or self._customer(sent, customer)

    def _customer(self, sent, customer=None) -> bool:
        """The system's customer or a household's own kit, in any voice (round 11): a family processed at the desk
        when the kiosks froze, a game's servers, the home wifi; or (round 14) make-believe kit, a costume's cardboard
        scanner or a course's simulator (the lexicon's `pretend`)."""
        return any(rx.search(sent.text) for rx in (self.customer if customer is None else customer))

    def analyze(self, doc, item, ctx):
        out, seen, hit = [], set(), set()
        facts = ctx.facts
        for span in facts.terms("SYSTEM"):
            sent = facts.sent_of(span.start)
            if self.denied(sent.text) or self._customer(sent):
                continue
            support = self.work.find(sent.text) + ctx.shared.work_in(sent.text) + self._plain(sent) + self._failing(sent, ctx)
            base = self.NAMED_MULTIWORD if len(span) > 1 or span.text.isupper() and len(span.text) > 3 else self.NAMED_SHORT
            score = ctx.enhancer.enhance(base, support, ctx.item_facts.work and ctx.item_facts.first_person)
            name = next((s for s in ctx.org.systems if s.lower() == span.text.lower()), span.text)
            if name.lower() in seen:
                continue
            d = self.detection(ctx, value=name, key=f"system:{name}", confidence=score, pattern="org_system",
                               excerpt_text=sent.text, support=support, attrs={"system": name})
            if d:
                seen.add(name.lower())
                hit.add(sent.span.start)
                out.append(d)
        for sent in self.allowed_sents(ctx):
            if self._told_by_outsider(sent, ctx):
                continue
            for p in self.PATTERNS:
                for m in p.regex.finditer(sent.text):
                    support, excerpt = self._support(sent.text, ctx), sent.text
                    if not support:
                        # round 11: a terse fragment's work context is the passage it is read in ("ICS down AGAIN.
                        # third time this week. back to pen and paper"), and the passage is its excerpt
                        passage = self._passage_of(sent, ctx)
                        if passage is not None:
                            support, excerpt = self._support(passage.text, ctx), passage.text
                    if not support:
                        continue
                    name = " ".join(m.group(1).split())
                    if name.lower() in seen:
                        continue
                    seen.add(name.lower())
                    d = self.detection(ctx, value=name, key=f"system:{name}", confidence=ctx.enhancer.enhance(p.confidence, support),
                                       pattern=p.id, excerpt_text=excerpt, support=support, attrs={"system": name})
                    if d:
                        hit.add(sent.span.start)
                        out.append(d)
        out += self._asides(ctx, seen, hit)
        for sent, v, cued in self._proposals(ctx, hit):
            # Work context confirms: in the sentence, or the subject speaking in an item about work, or in
            # their own voice anywhere in the item (a post-mortem's "we are cutting over" explains its
            # "the certificate lapsed").
            if self._told_by_outsider(sent, ctx):
                continue            # someone else's system, told from the news
            support = self.work.find(sent.text) + ctx.shared.work_in(sent.text)
            support += self._plain(sent)
            if not support and not cued and system_fault(sent, ctx):
                # round 13: a reading over the label's threshold that tells kit failing ("cameras on the back fence out since
                # Friday, and the incident log won't let you save after 10") is told from work, with no work word needed
                fault = _SYSTEM_FAULT_RX.search(sent.text)
                support.append(f"(told failing: {' '.join(fault.group(0).lower().split()) if fault else 'a named system'})")
            if v.score >= self.STRONG:
                support.append(f"(model p={v.score:.2f} without an outsider's voice)")
            if not (support or ctx.item_facts.work or sent.any_first_person or ctx.item_facts.first_person):
                continue
            if cued and not (support or ctx.item_facts.work):
                continue
            value = LEARNED_KINDS.get(v.kind, "internal systems")
            if value in seen:
                continue
            shown = self._shown_in(sent, ctx)
            seen.add(value)
            d = learned.detection(self, ctx, shown, v, value=value, key=f"system:{value}", support=support,
                                  attrs={"system": value})
            if d:
                out.append(d)
        return out
