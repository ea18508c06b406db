"""Rank shorthand spelled out for the sentence model: "missed the APS6 again" is read as "missed the level 6 job again".

Why: public servants name a promotion by its classification ("the APS6", "an EL1", "acting 5", "the 4"), and
MiniLM's word pieces for "aps6" or a bare "5" carry no sense of a job: "missed the APS6 again, they brought
someone up from ..." read as chatter (vulnerability p=0.17) and as a grievance (0.80) once written "the level 6
job". The sentence model reads every text through `spell_ranks`, its labelled corpus included (meaning.py),
so the corpus teaches what a rank said either way means. Nothing else sees the rewritten text: findings quote
the sentence as it was written.
"""
from __future__ import annotations

import re

# Bump when the rewriting changes: the corpus' cached vectors are keyed by it (meaning.corpus_hash).
VERSION = "2"

# APS6, APS 5, EL1, EL 2, SES1, "level 5", "band 3", "SOG B", "the 6", "acting 5", "a 4" (after a word that takes
# a job: for, got, missed, get, the, my, acting, higher duties at).
_CLASSIFICATION = re.compile(r"\b(?:APS|EL|SES|PSO|BCO)\s?-?(\d)\b", re.I)
_SOG = re.compile(r"\bSOG\s?([A-C])\b", re.I)
_ACTING = re.compile(r"\b(acting)\s+(\d)\b(?![\d:.%-])(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\b)", re.I)
_BARE = re.compile(r"\b(the|my|an?|for|missed|got|get)\s+(\d)\b(?!\s*(?:[:.,]\d|%|am\b|pm\b|o\W?clock|of\b|on\b|to\b|and\b|or\b|-|–|\+|x\b|"
                   r"(?!(?:again|after|this|last|round|either|too|yet|though|now|job|role|position|promotion|spot|then|and)\b)[a-z]))", re.I)
_JOB_FOLLOWS = re.compile(r"\s*(?:job|role|position|promotion|level|spot)\b", re.I)


def spell_ranks(text: str) -> str:
    """The text with classifications spelled as jobs ("the APS6" -> "the level 6 job", "acting 5" -> "acting level 5
    job"); a text without any is returned as it is."""
    if not any(ch.isdigit() for ch in text) and "sog" not in text.lower():
        return text

    def job(level: str, end: int, s: str) -> str:
        return f"level {level}" + ("" if _JOB_FOLLOWS.match(s, end) else " job")

    out = _CLASSIFICATION.sub(lambda m: job(m.group(1), m.end(), m.string), text)
    out = _SOG.sub(lambda m: job(m.group(1).upper(), m.end(), m.string), out)
    out = _ACTING.sub(lambda m: f"{m.group(1)} {job(m.group(2), m.end(), m.string)}", out)
    return _BARE.sub(lambda m: f"{m.group(1)} {job(m.group(2), m.end(), m.string)}", out)
