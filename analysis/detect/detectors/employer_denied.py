"""Round 19: the org named as what others take the writer for, and the writer saying no.

"People keep asking if I'm Border Force because of the uniform. No. I work for a private security company." and
"Everyone assumes I'm ABF when they see the lanyard, but I'm not" name the org beside "I'm", in the writer's own
voice, and deny it: a question or a guess about the writer (employer.toml `belief_left`, read just before the
mention) answered no (`denial_answer`, read in the rest of the sentence or at the start of the next one). Being
mistaken for the org's staff ("got mistaken for Border Force again") is no one's job said (`mistaken_left`).
A guess answered yes stays a job: "Kids asked if I'm a cop. No, I'm Border Force" names it in the answer.
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.first_match import first_match


class BeliefDenied:
    """Whether a mention is what others take the writer for, denied. Rules are the employer lexicon's."""

    def __init__(self, lexicon):
        rx = lexicon.regex if lexicon is not None else {}
        self.belief_left = rx.get("belief_left", ())
        self.mistaken_left = rx.get("mistaken_left", ())
        self.answer = rx.get("denial_answer", ())

    def denied(self, text: str, following: str, start: int, end: int) -> str:
        """The words that deny the mention at offsets start:end of the sentence `text` (`following`: the next
        sentence's text, where the answer may be), else ""."""
        left = text[max(0, start - 60):start]
        if (m := first_match(self.mistaken_left, left)) is not None:
            return " ".join(m.group(0).split())
        belief = first_match(self.belief_left, left)
        if belief is None:
            return ""
        no = first_match(self.answer, text[end:]) or first_match(self.answer, following[:40])
        return f"{' '.join(belief.group(0).split())} … {' '.join(no.group(0).split())}" if no is not None else ""
