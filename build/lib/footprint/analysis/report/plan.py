"""The removal plan as every reader sees it: a step chart, and the plan in words.

Shared by the HTML, Markdown and terminal renderers (each escapes for its
own medium) and by `verify`, which reports progress against the plan. The
chart is a static inline SVG: no script, no external reference, so the
report's strict CSP stays as it is.
"""
from __future__ import annotations

from html import escape
from typing import Any

from footprint.analysis.report.common import fmt_num, one_line
from footprint.analysis.score.risk import BANDS, band_for

SHOWN_STEPS = 7           # the plan's first steps shown in full; the rest are folded
BAND_FILLS = {"low": "#2e7d32", "moderate": "#b26a00", "high": "#d84315", "critical": "#b71c1c"}
BAND_TINTS = {"low": "#e8f5e9", "moderate": "#fff3e0", "high": "#fbe9e7", "critical": "#ffebee"}


def plan_of(report: dict) -> dict | None:
    """The report's plan, or None for a report made before plans existed."""
    plan = report.get("plan")
    return plan if isinstance(plan, dict) and isinstance(plan.get("steps"), list) else None


def scores(plan: dict) -> list[float]:
    """Start score, then the score after each step."""
    return [float(plan["start"]["score"])] + [float(s["score_after"]) for s in plan["steps"]]


def step_chart_svg(plan: dict, max_steps: int | None = None) -> str:
    """Score falling step by step: one bar per state (start, after step 1, ...), coloured by band,
    over band-tinted stripes. Every text is a number or a fixed word: nothing scraped is drawn."""
    values = scores(plan)
    if max_steps is not None:
        values = values[: max_steps + 1]
    n = len(values)
    w_bar, gap, left, top, h = 36, 10, 34, 16, 160
    width = left + n * (w_bar + gap) + 8
    height = top + h + 34
    y = lambda v: top + h * (1 - max(0.0, min(100.0, v)) / 100)        # noqa: E731
    parts = [f'<svg class="stepchart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="'
             + escape(f"Score {fmt_num(values[0])} now, {fmt_num(values[-1])} after step {n - 1}", quote=True)
             + '">']
    edges = [100.0] + [lo for lo, _ in BANDS[:-1]] + [0.0]
    for (lo, name), hi in zip(BANDS, edges):
        parts.append(f'<rect x="{left}" y="{y(hi):.1f}" width="{width - left - 4}" height="{y(lo) - y(hi):.1f}" '
                     f'fill="{BAND_TINTS[name]}"/>')
    for tick in (0, 25, 50, 75, 100):
        parts.append(f'<text x="{left - 4}" y="{y(tick) + 4:.1f}" font-size="11" text-anchor="end" '
                     f'fill="#52606d">{tick}</text>')
    for i, v in enumerate(values):
        x = left + 4 + i * (w_bar + gap)
        band = band_for(v)
        parts.append(f'<rect x="{x}" y="{y(v):.1f}" width="{w_bar}" height="{top + h - y(v):.1f}" rx="3" '
                     f'fill="{BAND_FILLS[band]}"><title>{"Now" if i == 0 else f"After step {i}"}: '
                     f'{fmt_num(v)} ({band})</title></rect>')
        parts.append(f'<text x="{x + w_bar / 2}" y="{y(v) - 4:.1f}" font-size="12" font-weight="600" text-anchor="middle" '
                     f'fill="#1b1f24">{fmt_num(v)}</text>')
        parts.append(f'<text x="{x + w_bar / 2}" y="{top + h + 15}" font-size="12" text-anchor="middle" '
                     f'fill="#334e68">{"now" if i == 0 else i}</text>')
    parts.append(f'<text x="{left}" y="{height - 4}" font-size="11" fill="#52606d">step</text>')
    parts.append("</svg>")
    return "".join(parts)


def text_chart(plan: dict, width: int = 40, max_steps: int | None = None) -> list[str]:
    """The step chart for a terminal or Markdown: one bar per state, with score and band."""
    values = scores(plan)
    if max_steps is not None:
        values = values[: max_steps + 1]
    lines = []
    for i, v in enumerate(values):
        full = round(max(0.0, min(100.0, v)) / 100 * width)
        label = "now" if i == 0 else f"step {i}"
        lines.append(f"{label:>8} {'#' * full}{'.' * (width - full)} {fmt_num(v):>5} {band_for(v)}")
    return lines


def plan_headline(plan: dict) -> str:
    """"9 steps take your score from 92.6 (critical) to 24.3 (low)." in plain words."""
    steps = plan["steps"]
    start, end = plan["start"], plan["end"]
    if not steps:
        if start["band"] == "low":
            return f"Your score is {fmt_num(start['score'])} (low): nothing needs doing first."
        return (f"Your score is {fmt_num(start['score'])} ({start['band']}), and no single change lowers it "
                "by half a point: see the actions below.")
    n = len(steps)
    return (f"{n} step{'s' * (n != 1)} take your score from {fmt_num(start['score'])} ({start['band']}) "
            f"to {fmt_num(end['score'])} ({end['band']}). Each score below is worked out again with the steps "
            "before it done.")


def progress_line(plan: dict, done: int) -> str:
    """"steps 1 to 3 done: 92.6 -> 44.1, moderate" (the plan's own numbers for those steps)."""
    start = plan["start"]["score"]
    if done <= 0:
        return f"no step done yet: {fmt_num(start)}, {plan['start']['band']}"
    last = plan["steps"][done - 1]
    which = "step 1 done" if done == 1 else f"steps 1 to {done} done"
    return f"{which}: {fmt_num(start)} -> {fmt_num(last['score_after'])}, {last['band_after']}"


def step_where(step: dict, limit: int = 3) -> list[str]:
    where = [one_line(u, 200) for u in step.get("where") or []]
    return where[:limit]


def split_steps(plan: dict, shown: int = SHOWN_STEPS) -> tuple[list[dict], list[dict]]:
    steps = list(plan["steps"])
    return steps[:shown], steps[shown:]


def plan_as_rows(plan: dict) -> list[dict[str, Any]]:
    """Plain rows (step, action, score_after, band_after) for tables and JSON summaries."""
    return [{"step": s["step"], "action": s["action"], "score_after": s["score_after"],
             "band_after": s["band_after"]} for s in plan["steps"]]
