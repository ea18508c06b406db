"""routine: daily travel patterns and regular schedules (§3 daily travel patterns)."""
from __future__ import annotations

import re

from .base import Detector

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend")
_DAY_RX = re.compile(r"\b(" + "|".join(_DAYS) + r")s?\b", re.I)
_MODE_RX = re.compile(r"\b(train|bus|ferry|tram|light rail|metro|gym|parkrun|swim|futsal|trivia|shift|earlies|lates|nights)\b", re.I)


def _hhmm(h: str, m: str | None, ampm: str | None) -> str | None:
    hour = int(h)
    if ampm:
        ampm = ampm.lower()
        if hour == 12:
            hour = 0
        if ampm == "pm":
            hour += 12
    if not 0 <= hour <= 23:
        return None
    minute = int(m) if m else 0
    return f"{hour:02d}:{minute:02d}" if minute < 60 else None


class RoutineDetector(Detector):
    CATEGORY = "routine"
    LEXICON = "routine"

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.time_rx = lexicon.regex.get("time", ()) if lexicon else ()
        self.place_rx = lexicon.regex.get("place", ()) if lexicon else ()

    def _times(self, text: str) -> list[str]:
        out = []
        for rx in self.time_rx:
            for m in rx.finditer(text):
                g = m.groups()
                t = _hhmm(g[0], g[1] if len(g) > 1 else None, g[2] if len(g) > 2 else None)
                if t and t not in out:
                    out.append(t)
        return out

    def _place(self, text: str, ctx) -> str:
        for rx in self.place_rx:
            for m in rx.finditer(text):
                words = m.group(1).split()
                while words and words[-1].lower() in ctx.shared.not_names - {"gym", "pool", "park", "market", "hotel", "centre",
                                                                            "club", "oval", "station", "beach", "path", "river"}:
                    words.pop()
                if words and words[0].lower() not in ctx.shared.not_names | {"i", "i'm"}:
                    return " ".join(words).strip(" ,.")
        return ""

    def analyze(self, doc, item, ctx):
        out = []
        for sent in ctx.facts.sents:
            if self.denied(sent.text):
                continue
            for p in self.PATTERNS:
                if p.requires is not None and not p.requires.search(sent.text):
                    continue
                m = p.regex.search(sent.text)
                if not m:
                    continue
                days = sorted({d.lower() for d in _DAY_RX.findall(sent.text)}, key=_DAYS.index)
                times = self._times(sent.text)
                place = self._place(sent.text, ctx)
                mode = _MODE_RX.search(sent.text)
                parts = days + times + ([mode.group(1).lower()] if mode else []) + ([place] if place else [])
                summary = " ".join(parts) or m.group(0).lower()
                value = " ".join(p.capitalize() if p in _DAYS else p for p in parts) or m.group(0)
                d = self.detection(ctx, value=value, key=f"routine:{summary}", confidence=p.confidence, pattern=p.id,
                                   excerpt_text=sent.text, support=[m.group(0).lower()],
                                   attrs={"weekdays": days, "times": times, "place": place,
                                          "activity": mode.group(1).lower() if mode else ""})
                if d:
                    out.append(d)
                break
        return out
