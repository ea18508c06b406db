"""Work locations said informally, once the subject's job is clear: what staff call their workplace.

"another 12 hr shift at the wharf", "out at the airport for the first international", "in at Lonsdale St
by 8:20 on office days", "the ABF National Targeting Centre, Canberra", a headline "<rank>, <unit> ·
<agency> · <town>". None names one of the org's listed sites, so the site rule misses them. Each is read
only where the scan does not rule employment out (the patterns start with "work_at_place", which the
extractor's scan gate drops when nothing ties the subject to the org), beside a work word or the org.
Patterns are data: `generic_site`, `generic_work`, `street_office`, `street_office_work`, `org_centre` in
data/lexicons/work_location.toml.
"""
from __future__ import annotations

import re
from dataclasses import replace

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_loose import _SPLIT
from footprint.analysis.detect.detectors import work_named
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.employer_actor import third_party

# workplaces staff name by their kind alone ("shift at the wharf"); any other kind needs its town ("gladstone port")
_UNNAMED_OK = frozenset({"wharf", "wharves", "docks", "airport", "cargo terminal", "container terminal", "freight terminal",
                         "cargo shed", "container yard", "mail centre", "mail center", "mail exchange", "airport terminal",
                         "exam shed", "examination shed", "exam facility", "examination facility", "cargo hall", "bond store",
                         # Round 12: staff call these by their kind alone too ("two dog teams on at the port", "the compound")
                         "port", "compound", "kennels", "jetty", "jetties", "quay",
                         # Round 15: the terminal ships' passengers are processed in, on a cruise-ship day
                         "passenger terminal", "overseas passenger terminal", "cruise terminal", "cruise ship terminal",
                         # Round 14: the inspection lines and a remote airstrip, as their staff say them ("primary line all
                         # arvo", "the x-ray line at <suburb> till 10", "at the airstrip office by 6:30")
                         "x-ray line", "xray line", "airstrip", "airstrip office"})
# Round 12: kinds people also go to for leisure: read only in a sentence that is not a sight, an outing or a day off
_LEISURE_PRONE = frozenset({"port", "compound", "kennels", "jetty", "jetties", "quay",
                            "passenger terminal", "overseas passenger terminal", "cruise terminal", "cruise ship terminal"})
_OFF_WORK = re.compile(r"\b(?:no\s+work|not\s+working|day\s+off|days\s+off|on\s+leave|rdo)\b", re.I)
_STREET_AFTER = re.compile(r"\s+(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Pde|Parade|Tce|Terrace|Pl|Place|Dr|Drive|Way|Hwy)\b")
_CENTRE = re.compile(r"\b(?:Centre|Center|Facility|Hub)$")
_THIRD = re.compile(r"\b(?:he|she|they|his|her|their|my\s+(?:wife|husband|partner|mate|son|daughter|brother|sister|dad|mum|"
                    r"cousin|uncle|aunt|auntie|friend|neighbou?r|flatmate|housemate|missus|hubby|bf|gf|boyfriend|girlfriend|"
                    r"fianc[eé]e?|nephew|niece))\b", re.I)
_FIELDED = re.compile(r"[|·•/]|\s[-–—]\s")     # a line of fields, as headlines and signatures are written
_WORK_FIELDS = frozenset({"worksfor", "work", "employer", "organisation", "organization", "org", "occupation", "company",
                          "job", "role", "position", "workplace", "employment", "dayjob", "daygig", "paidwork", "profession",
                          "career", "whatido", "ido", "jobs", "trade"})
# a workplace said by its kind alone, as a field of a work line ("Border Force, cruise terminal")
_KIND_ONLY = re.compile(r"(?:the\s+)?(?:(?:cruise|cargo|container|freight|international|passenger|domestic)\s+terminal|wharf|wharves|"
                        r"docks|airport|seaport|mail\s+cent(?:re|er)|mail\s+exchange|detention\s+cent(?:re|er)|cargo\s+shed|"
                        r"service\s+cent(?:re|er)|head\s+office|regional\s+office|(?:the\s+)?port)")
_BIO_FIELDS = frozenset({"summary", "bio", "note", "description", "about", "headline", "title", "jobtitle", "tagline"})
_NOT_TOWNS = frozenset({"the", "a", "an", "our", "my", "this", "that", "at", "to", "from", "in", "on", "into", "back", "out",
                        "down", "up", "over", "local", "main", "new", "old", "big", "busy", "quiet", "same", "international",
                        "domestic", "sea", "air", "cargo", "container"})


def _work_ok(det, ctx, sent_text: str) -> bool:
    return not (det.denied(sent_text) or ctx.shared.employment.about(sent_text) or det.leaving(sent_text)
                or any(r.search(sent_text) for r in det.seen_as_sight))    # a tour's stop, a walk past: a sight


def generic_sites(det, doc, ctx) -> list:
    """ "shift at the wharf", "back at gladstone port", "out at the airport": a kind of workplace in a work sentence."""
    if ctx.scan_employed is False:
        return []
    out, seen, kinds_at = [], set(), set()
    sites = [(s.start_char, s.end_char) for s in ctx.facts.sites]
    for rx, crew in [(r, False) for r in det.generic_site] + [(r, True) for r in det.generic_crew]:
        for m in rx.finditer(doc_text(doc, ctx)):
            if any(a < m.end() and m.start("facility") - 25 < b for a, b in sites):
                continue            # an org site ("at Sydney Airport"): the site rule reads it, vetoes included
            if _STREET_AFTER.match(doc.text, m.end()):
                continue            # "on Wharf Street": a street's name, not a wharf
            sent = ctx.facts.sent_at_char(m.start())
            alone = crew or any(r.search(sent.text) for r in det.generic_work_alone)
            if not (alone or any(r.search(sent.text) for r in det.generic_work)) or not _work_ok(det, ctx, sent.text):
                continue
            if not (alone or sent.any_first_person or ctx.scan_employed is True or ctx.item_facts.orgs
                    or work_named.NO_SUBJECT.match(sent.text)) or \
                    _THIRD.search(sent.text):
                continue
            facility = " ".join(m.group("facility").lower().split())
            if facility in _LEISURE_PRONE and (any(r.search(sent.text) for r in det.named_not) or _OFF_WORK.search(sent.text)):
                continue            # "took the kids to watch the ship in at the port", "sitting on the jetty, no work"
            words = (m.group("town") or "").split()
            while words and words[0].lower() in _NOT_TOWNS:
                words = words[1:]               # "on at gladstone port": the town is what follows the little words
            town = " ".join(words)
            place = localities.lookup(town) if town else None
            named = place[0].rsplit(" ", 1)[0] if place else town if town.istitle() else ""   # "Corio Quay": a proper name
            needs_site = not named and facility in _NEEDS_SITE
            if needs_site and words:
                continue            # "the tax office": a kind of office, not the org's
            if not named and facility not in _UNNAMED_OK and not needs_site:
                continue            # "back to port": which one, only a town can say
            if not named and facility == "port" and not re.search(r"\bthe\s+$", doc.text[max(0, m.start("facility") - 5):m.start("facility")], re.I):
                continue            # "back to port", "into port": a ship's coming in, not a workplace
            if not named and not needs_site:
                named = _post_place(det, ctx, doc)   # "<Port> life: on the wharf by 6": the one place the post names
            value = f"{named} {facility}" if named else f"the {facility}"
            if value.lower() in seen or not named and m.start("facility") in kinds_at:
                continue
            seen.add(value.lower())
            if named:           # "on the x-ray line at <suburb>": one workplace, named; not also "the x-ray line"
                kinds_at.add(m.start("facility"))
                out = [o for o in out if not (o.attrs.get("at") == m.start("facility") and o.value.startswith("the "))]
            d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT - 0.1,
                              pattern="work_at_place_generic", excerpt_text=sent.text,
                              support=[" ".join(m.group(0).split())],
                              attrs={"place": value, "facility": facility, "at": m.start("facility"),
                                     **({"needs_site": True} if needs_site else {})})
            if d:
                out.append(d)
    return [replace(o, attrs={k: v for k, v in o.attrs.items() if k != "at"}) for o in out]


_NOT_WORK_PLACE = re.compile(r"\b(?:home|house|live|lives|living|gym|school|park|beach|caf[eé]|pub|mum|dad|kids|station|"
                             r"shops?|footy|pool|church|holiday|weekend)\b", re.I)


# Round 15: a town named as a flight's or boat's end ("the Brisbane plane", "the Auckland arrivals")
_CRAFT_AFTER = re.compile(r"\s+(?:plane|planes|flight|flights|arrivals?|departures?|ferry|ferries|boat|service|jet)\b", re.I)


def _post_place(det, ctx, doc) -> str:
    """The one town or suburb a post names in a sentence about the work, if exactly one: the workplace said by its
    kind alone ("the wharf", "airport terminal again") is there ("<Town> posting update: airport terminal again",
    "<Port> life: on the wharf by 6"). A place of the commute, the home, the gym or the kids' school is not it."""
    spans = [sp for sp in ctx.facts.places if (sp.ent_id_ or sp.id_)
             and ctx.places.get(sp.ent_id_, {}).get("kind") not in ("state", "territory", "country")]
    spans += [sp for sp in localities.town_spans(doc, in_names=True, stop=work_named.WORK_TOWN_STOP) if (sp.ent_id_ or sp.id_)]
    names = set()
    for sp in spans:
        text = ctx.facts.sent_of(sp.start).text
        if _CRAFT_AFTER.match(doc.text, sp.end_char):
            continue            # "until the Brisbane plane has gone": where the flight goes or comes from, not the site
        if _NOT_WORK_PLACE.search(text) or any(r.search(text) for r in det.commute_words) or not (
                det.context_words.find(text) or any(r.search(text) for r in det.generic_work)):
            continue
        names.add(localities.strip_state((sp.ent_id_ or sp.id_).split(":", 1)[1]).lower())
    return next(iter(names)).title() if len(names) == 1 else ""


_OFFICE_OF = re.compile(r"\s*(?:(?:office|branch|building)\s+)?(?:of|for)\s+(?:the|my|our|a|an|his|her|their|your)\b", re.I)


def street_offices(det, doc, ctx) -> list:
    """An office named by its street on office days ("in at Lonsdale St by 8:20")."""
    if ctx.scan_employed is False or ctx.kind == "profile_field" and "address" in (ctx.field_key or ""):
        return []           # a postal address field: whose building, the field does not say
    out = []
    for k, rx in enumerate(det.street_office):
        for m in rx.finditer(doc_text(doc, ctx)):
            sent = ctx.facts.sent_at_char(m.start())
            named_office = k in (1, 4, 5, 6)  # "the Chan St office", "level 5 at 44 <Street>" say office themselves
            # "the contact centre on <Street>", "<Street> lift broken again": a work word anywhere in the post, or the org
            cue_text = sent.text if k < 2 else doc_text(doc, ctx)
            if not (named_office or any(r.search(cue_text) for r in det.street_office_work)
                    or k >= 2 and ctx.item_facts.orgs) or not _work_ok(det, ctx, sent.text):
                continue
            if _THIRD.search(sent.text) or any(r.search(sent.text) for r in det.street_office_not):
                continue            # someone else's office; a flat, a shop or a cafe on that street
            if _OFFICE_OF.match(doc_text(doc, ctx), m.end()):
                continue            # round 15: "the Bourke St office of the bank": a business's branch the writer visits
            street = " ".join(m.group("street").split())
            d = det.detection(ctx, value=street, key=f"place:{street}", confidence=det.WORK_AT - 0.1,
                              pattern="work_at_place_street_office", excerpt_text=sent.text,
                              support=[" ".join(m.group(0).split())], attrs={"place": street, "facility": "office"})
            if d:
                return [d]
    return out


_COLLEGE_ALONE = re.compile(r"(?:Training\s+)?(?:College|Academy)")
# Round 17: a relative taken to or from the org's centre or college: theirs, not the writer's workplace
_KIN_TAKEN = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?(?:niece|nephew|son|daughter|kids?|brother|sister|cousin|grandson|"
                        r"granddaughter|boy|girl|wife|husband|partner)\b[^.!?]{0,25}\b(?:at|to|from|outside)\s+(?:the\s+)?$", re.I)


def org_centres(det, doc, ctx) -> list:
    """A named centre right after the org's name: "the ABF National Targeting Centre, Canberra"."""
    out = []
    for mention in ctx.facts.org_mentions:
        if mention.ent_id_.startswith("unit:") and _CENTRE.search(mention.text):
            sent = ctx.facts.sent_of(mention.start)     # a unit that is a place: "National Border Targeting Centre"
            if _work_ok(det, ctx, sent.text) and (d := det.detection(
                    ctx, value=mention.text, key=f"place:{mention.text}", confidence=det.WORK_AT, pattern="org_named_centre",
                    excerpt_text=sent.text, support=[mention.text], attrs={"place": mention.text, "facility": mention.text})):
                out.append(d)
            continue
        if mention.ent_id_.startswith("orgamb:"):
            continue
        right = doc_text(doc, ctx)[mention.end_char:mention.end_char + 90]
        m = next((m for rx in det.org_centre for m in [rx.search(right)] if m), None)
        if m is None:
            continue
        if _KIN_TAKEN.search(doc_text(doc, ctx)[max(0, mention.start_char - 60):mention.start_char]):
            continue            # round 17: "dropped my niece at the ABF College": her college, not the writer's workplace
        sent = ctx.facts.sent_of(mention.start)
        if not _work_ok(det, ctx, sent.text):
            continue
        centre = " ".join(m.group("centre").split())
        if _COLLEGE_ALONE.fullmatch(centre) and not any(rx.search(sent.text) for rx in det.college_staff):
            continue            # round 17: "a graduate of the ABF College": the writer's teachers' workplace, not theirs
        city = m.group("city") or ""
        value = f"{mention.text} {centre}" + (f", {city}" if city else "")
        d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT,
                          pattern="org_named_centre", excerpt_text=sent.text, support=[f"{mention.text} {centre}"],
                          attrs={"place": value, "facility": centre, "city": city})
        if d:
            out.append(d)
    return out


def signature_towns(det, doc, ctx, covered: set[str]) -> list:
    """A town as one fragment of a headline or bio line that names the org ("Inspector, Cargo · ABF · Fremantle")."""
    work_field = ctx.kind == "profile_field" and ctx.field_key in _WORK_FIELDS
    if ctx.scan_employed is False or ctx.kind != "profile_field" or not (ctx.field_key in _BIO_FIELDS or work_field):
        return []
    if not any(not m.ent_id_.startswith("orgamb:") for m in ctx.facts.org_mentions) or det.denied(doc_text(doc, ctx)):
        return []
    lines = [ln for ln in doc_text(doc, ctx).splitlines() if _FIELDED.search(ln) or work_field]
    out = []
    for line in lines:
        parts = [p.strip() for frag in _SPLIT.split(line) for p in frag.split(",")]
        if len(parts) > 8 or not any(p.lower() in _org_words(ctx) for p in parts):
            continue
        for p in parts:
            kind = _KIND_ONLY.fullmatch(p.strip().lower())
            if kind and p.lower() not in covered:        # "Border Force, cruise terminal": the workplace by its kind
                value = " ".join(p.lower().split())
                if (d := det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT,
                                       pattern="work_at_place_signature", excerpt_text=line.strip(),
                                       support=["work field naming the org", p], attrs={"place": value})):
                    out.append(d)
                continue
            found = localities.lookup(p) if p and p[0].isupper() and len(p.split()) <= 3 else None
            if not found or found[0].lower() in covered or p.lower() in covered or found[1] == "city":
                continue        # "<Title> | <agency> | <City>": a city in a job title line is the region, not the site
            d = det.detection(ctx, value=found[0], key=f"place:{found[0]}", confidence=det.WORK_AT,
                              pattern="work_at_place_signature", excerpt_text=line.strip(),
                              support=["headline naming the org", p], attrs={"place": found[0]})
            if d:
                out.append(d)
    return out


def _org_words(ctx) -> set[str]:
    return {a.lower() for n in ctx.org.names for a in (n.canonical, *n.aliases)}


# the org site kind a workplace named by its kind alone can be
_SITE_KINDS = {"airport": "airport", "international terminal": "airport", "domestic terminal": "airport", "international arrivals": "airport",
               "t1": "airport", "t2": "airport", "t3": "airport", "t4": "airport", "wharf": "seaport", "wharves": "seaport", "docks": "seaport", "port": "seaport",
               "jetty": "seaport", "jetties": "seaport", "quay": "seaport", "compound": "detention centre",
               "container terminal": "seaport", "mail centre": "mail centre", "mail center": "mail centre",
               "mail exchange": "mail centre", "detention centre": "detention centre", "primary line": "airport",
               "secondary line": "airport"}


# the kind of a named place found by work_named ("Corio Quay" is a quay: a seaport)
_NAMED_KINDS = {"wharf": "seaport", "wharves": "seaport", "docks": "seaport", "dock": "seaport", "quay": "seaport",
                "port": "seaport", "berth": "seaport", "jetty": "seaport", "pier": "seaport", "airport": "airport",
                "terminal": "airport", "mail centre": "mail centre", "mail center": "mail centre"}


# kinds so common ("the office", "the terminal", "the idc") that alone they say nothing: a work site only in a scan
# whose other work locations name exactly one org site of that kind (then it is that one), else dropped
_NEEDS_SITE = {"idc": ("detention centre",), "detention centre": ("detention centre",),
               # Round 14: an inspection line by its kind alone is at the scan's one airport, if the scan names one
               "primary line": ("airport",), "secondary line": ("airport",),
               "detention center": ("detention centre",), "terminal": ("airport", "passenger terminal"),
               "office": ("office",)}

_TERMINAL = re.compile(r"^T[1-4]$")


def name_generic_sites(dets: list, org=None) -> list:
    """ "the airport" in a scan whose other work locations name exactly one airport of the org is that airport:
    the workplace said by its kind takes the one site of that kind the scan names. With no airport named, the
    subject's one city (a work place or home the scan gives) names it: "T1" from a Brisbane officer is Brisbane's."""
    named: dict[str, set[str]] = {}
    for d in dets:
        if d.category == "work_location" and d.attrs.get("site_kind"):
            named.setdefault(d.attrs["site_kind"], set()).add(d.value)
    if org is not None and "airport" not in named and any(d.category == "work_location" and _airport_kind(d) for d in dets):
        city_airport = _city_airport(dets, org)
        if city_airport:
            named["airport"] = {city_airport}
    if not named:
        # no org site of that kind: a named place of the same kind the scan gives ("Corio Quay", "<Name> wharf")
        for d in dets:
            kind = _NAMED_KINDS.get(d.attrs.get("facility", ""))
            if d.category == "work_location" and kind and not d.value.startswith("the ") and not _TERMINAL.match(d.value):
                named.setdefault(kind, set()).add(d.value)
    dets = _expand_initials(dets)
    out = []
    for d in dets:
        if d.attrs.get("region_only"):
            continue            # a headline's city: read above to name an airport, not itself a work site
        kind = _SITE_KINDS.get(d.attrs.get("facility", "")) if d.pattern == "work_at_place_generic" else None
        airports = {v for v in named.get("airport", set()) if not _TERMINAL.match(v)}
        if d.category == "work_location" and d.pattern == "work_at_place_named" and _TERMINAL.match(d.value) and \
                len(airports) == 1:
            # "out of T1 at 2:15" in a scan that names one airport: that airport's terminal
            site = f"{next(iter(airports))} {d.value}"
            out.append(replace(d, value=site, key=f"place:{site.lower()}", attrs={**d.attrs, "place": site, "site_kind": "airport"}))
            continue
        if d.category == "work_location" and d.attrs.get("needs_site"):
            sites = set().union(*(named.get(k, set()) for k in _NEEDS_SITE[d.attrs["facility"]]))
            if len(sites) != 1:
                continue            # "the office" with no org office, or two of them named: which one, nobody can say
            kind = next(k for k in _NEEDS_SITE[d.attrs["facility"]] if named.get(k))
        sites = named.get(kind or "", set())
        if d.category == "work_location" and d.value.startswith("the ") and len(sites) == 1:
            site = next(iter(sites))
            d = replace(d, value=site, key=f"place:{site.lower()}", attrs={**d.attrs, "place": site, "site_kind": kind})
        out.append(d)
    return _waterfront_towns(out, org)


_CAPITALS = {"NSW": "Sydney", "VIC": "Melbourne", "QLD": "Brisbane", "WA": "Perth", "SA": "Adelaide", "TAS": "Hobart",
             "ACT": "Canberra", "NT": "Darwin"}


def _scan_city(dets: list) -> str:
    """The one city the scan places the subject in (their named work places first, else their home), or ""."""
    for cats in (("work_location",), ("home_location",)):
        cities = set()
        for d in dets:
            if d.category in cats and d.pattern != "work_at_place_street_office":
                for word in (d.value, d.attrs.get("place", "")):
                    words = localities.strip_state(word or "").split()
                    # "Melbourne Airport", "Port of Brisbane": the place in the site's name
                    hit = next((h for w in (" ".join(words), " ".join(words[:-1]), words[-1] if words else "") if w
                                for h in [localities.lookup(w)] if h), None)
                    if hit and hit[1] == "city":
                        cities.add(localities.strip_state(hit[0]))
                    elif hit and hit[1] == "suburb" and hit[0].rsplit(" ", 1)[-1] in _CAPITALS:
                        cities.add(_CAPITALS[hit[0].rsplit(" ", 1)[-1]])     # a suburb: its state's capital
        if cities:
            return next(iter(cities)) if len(cities) == 1 else ""
    return ""


def street_office_city(dets: list) -> list:
    """Round 15: an office named by its street alone ("<Street> St office aircon broke again") is in the one city the
    scan gives the subject: reported as "<Street> St, <City>" so a reader knows which building it is. Only in a scan (a
    loose batch of posts is no one person's)."""
    offices = [d for d in dets if d.category == "work_location" and d.pattern == "work_at_place_street_office"
               and not d.attrs.get("city")]
    city = _scan_city(dets) if offices else ""
    if not city:
        return dets
    return [replace(d, value=f"{d.value}, {city}", key=f"place:{d.value.lower()}, {city.lower()}",
                    attrs={**d.attrs, "city": city}, support=[*d.support, f"the scan's one city: {city}"])
            if d in offices else d for d in dets]



def org_unit_towns(det, doc, ctx, covered: set[str]) -> list:
    """The org's name with a town as its unit's name, in a sentence that counts the writer among its people:
    "<agency> <Town>, population: me and two others", "<agency> <Town> crew, that's us", "the rest of us at <agency>
    <Town>". The town is where the writer works."""
    if ctx.scan_employed is False:
        return []
    mentions = [m for m in ctx.facts.org_mentions if not m.ent_id_.startswith("orgamb:")]
    if not mentions:
        return []
    towns = [sp for sp in ctx.facts.places if (sp.ent_id_ or sp.id_) and
             ctx.places.get(sp.ent_id_, {}).get("kind") not in ("state", "territory", "country")]
    towns += localities.town_spans(doc, in_names=True, stop=work_named.WORK_TOWN_STOP)
    out = []
    for m in mentions:
        town = next((sp for sp in towns if sp.start == m.end), None)
        if town is None:
            continue
        sent = ctx.facts.sent_of(m.start)
        members = third_party().members(sent.text)
        if not members or not _work_ok(det, ctx, sent.text):
            continue
        value = (town.ent_id_ or town.id_).split(":", 1)[1]
        if value.lower() in covered:
            continue
        covered.add(value.lower())
        d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT, pattern="work_at_place_unit",
                          excerpt_text=sent.text, support=[f"{m.text} {town.text}", members[0]], attrs={"place": value})
        if d:
            out.append(d)
    return out


_WATERFRONT_KINDS = frozenset({"wharf", "wharves", "docks", "port", "jetty", "jetties", "quay"})


def _waterfront_towns(dets: list, org) -> list:
    """ "on the wharf" left unnamed, in a scan that places the subject in exactly one town (their other work places
    first, else their home): the wharf is that town's, or the org's seaport there ("the wharf" from a Geraldton
    officer is Geraldton's wharf; from a Fremantle one, Fremantle Port)."""
    if not any(d.category == "work_location" and d.value.startswith("the ") and d.attrs.get("facility") in _WATERFRONT_KINDS
               for d in dets):
        return dets
    town = ""
    for cats in (("work_location",), ("home_location",)):
        towns = {localities.strip_state(d.value).strip() for d in dets if d.category in cats and not d.value.startswith("the ")}
        towns = {t for t in towns if localities.exact(t) is not None}
        if towns:
            town = next(iter(towns)) if len(towns) == 1 else ""
            break
    if not town:
        return dets
    ports = [s.name for s in (org.sites if org is not None else ()) if s.kind == "seaport"
             and town.lower() in (a.lower() for a in (s.name, *s.aliases))]
    ports += [s.name for s in (org.sites if org is not None else ()) if s.kind == "seaport" and not ports
              and town.lower() in s.name.lower().split()]
    out = []
    for d in dets:
        if d.category == "work_location" and d.value.startswith("the ") and d.attrs.get("facility") in _WATERFRONT_KINDS:
            site = ports[0] if len(ports) == 1 else f"{town} {d.attrs['facility']}"
            d = replace(d, value=site, key=f"place:{site.lower()}", attrs={**d.attrs, "place": site})
        out.append(d)
    return out


def _airport_kind(d) -> bool:
    return _SITE_KINDS.get(d.attrs.get("facility", "")) == "airport" or bool(_TERMINAL.match(d.value))


def _city_airport(dets: list, org) -> str:
    """The org's airport in the one city the scan places the subject in (their work places first, else their home),
    or "" when none or several."""
    airports = {s.name.split()[0].lower(): s.name for s in org.sites if s.kind == "airport" and s.name.lower().endswith("airport")}
    for cats in (("work_location",), ("home_location",)):
        cities = set()
        for d in dets:
            if d.category in cats:
                for word in (d.value, d.attrs.get("place", "")):
                    first = localities.strip_state(word or "").strip().lower()
                    if first in airports:
                        cities.add(first)
        if cities:
            return airports[next(iter(cities))] if len(cities) == 1 else ""
    return ""


_KIND_WORDS = frozenset({"depot", "office", "wharf", "wharves", "port", "airport", "terminal", "centre", "center", "kennels",
                         "compound", "shed", "quay", "jetty", "docks", "building", "the", "of"})


def _initials(value: str) -> str:
    words = [w for w in localities.strip_state(value).split() if w.lower() not in _KIND_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _expand_initials(dets: list) -> list:
    """A site said by its initials ("0530 start at EC") is the scan's one work site with those initials ("the Eastern
    Creek depot"); with none, it says nothing and is dropped."""
    if not any(d.category == "work_location" and d.attrs.get("abbrev") for d in dets):
        return dets
    full: dict[str, set[str]] = {}
    for d in dets:
        if d.category == "work_location" and not d.attrs.get("abbrev"):
            if (ini := _initials(d.value)):
                full.setdefault(ini, set()).add(d.value)
    out = []
    for d in dets:
        if d.category == "work_location" and d.attrs.get("abbrev"):
            names = full.get(d.value, set())
            if len(names) != 1:
                continue
            site = next(iter(names))
            d = replace(d, value=site, key=f"place:{site.lower()}", attrs={**d.attrs, "place": site})
        out.append(d)
    return out

