"""`verify` against the plan: which steps are done, and where that leaves the person.

A step is done when none of its places still shows what the step was about
(the categories of its findings), in a fresh scan of the same consent. The
progress line quotes the plan's own re-scored numbers for the steps done in
order ("steps 1 to 3 done: 92.6 -> 44.1, moderate"); the fresh scan's score
is reported beside it.
"""
from __future__ import annotations

from typing import Any

from footprint.analysis.report.plan import plan_of, progress_line


def check_plan(old: dict, new: dict) -> dict[str, Any] | None:
    """Each step of `old`'s plan: done or not, and the places that still show it; None without a plan."""
    plan = plan_of(old)
    if plan is None:
        return None
    old_findings = {f["id"]: f for f in old.get("findings", [])}
    still: dict[str, set[str]] = {}
    for f in new.get("findings", []):
        for e in f["evidence"]:
            still.setdefault(e["url"], set()).add(f["category"])
    steps = []
    for s in plan["steps"]:
        cats = {old_findings[i]["category"] for i in s["finding_ids"] if i in old_findings}
        remaining = [u for u in s["where"] if still.get(u, set()) & cats]
        status = "done" if not remaining else "not done" if len(remaining) == len(s["where"]) else "partly done"
        steps.append({"step": s["step"], "action": s["action"], "status": status, "remaining": remaining})
    in_order = 0
    for s in steps:
        if s["status"] != "done":
            break
        in_order += 1
    return {"steps": steps, "done_in_order": in_order, "progress": progress_line(plan, in_order),
            "done": [s["step"] for s in steps if s["status"] == "done"]}
