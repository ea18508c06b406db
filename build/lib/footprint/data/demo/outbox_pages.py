"""An actor's outbox as Mastodon pages it: one OrderedCollection and its OrderedCollectionPages.

Shared by the demo site (make_site.py) and the evaluation personas
(tests/personas/build.py), so both serve the same paging the crawler follows
(`first`, then `next` from page to page, `prev` back).
"""
from __future__ import annotations

AS_CONTEXT = "https://www.w3.org/ns/activitystreams"


def outbox_files(handle: str, actor: str, activities: list[dict], page_size: int,
                 context: list) -> list[tuple[str, dict]]:
    """(site-relative path, JSON document) for the outbox of `actor` and each of its pages."""
    outbox = f"{actor}/outbox"
    pages = [activities[i:i + page_size] for i in range(0, len(activities), page_size)] or [[]]
    files = [(f"social/@{handle}/outbox.json", {
        "@context": AS_CONTEXT, "id": outbox, "type": "OrderedCollection",
        "totalItems": len(activities), "first": f"{outbox}?page=1", "last": f"{outbox}?page={len(pages)}"})]
    for i, items in enumerate(pages, start=1):
        page = {"@context": context, "id": f"{outbox}?page={i}", "type": "OrderedCollectionPage",
                "partOf": outbox, "orderedItems": items}
        if i < len(pages):
            page["next"] = f"{outbox}?page={i + 1}"
        if i > 1:
            page["prev"] = f"{outbox}?page={i - 1}"
        files.append((f"social/@{handle}/outbox_page={i}.json", page))
    return files
