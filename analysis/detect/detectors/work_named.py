"""Work sites named by a proper name and a feature word, or a bare town in a terse shift post.

Staff name where they work the way locals do, not the way the org's site list does: "<Name> Wharf",
"<Name> Point", "the <Town> port", "<name> dock" in lower-case forum talk, "the <Town> office", or a
terse post of fragments ("Lates. <Town>. Windy.", a bio "ABF. <Town>. Fishing."). A place plus a feature
word (wharf, dock, landing, point, port, terminal, quay, berth, office, centre ...), or a town from the
locality table (analysis.detect.localities), counts only where the scan ties the subject to the org, in a
sentence that speaks of the work (shift words, boardings, ships on the anchorage) and not of a visit, a
walk, a view or someone else. Cue lists are data: `named_work`, `named_not` in data/lexicons/work_location.toml.
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_loose import _SPLIT
from footprint.analysis.detect.detectors.context import doc_text

_FEATURE = (r"wharf|wharves|docks?|landing|point|port|terminal|quay|berth|jetty|pier|anchorage|office|"
            r"cent(?:re|er)|airport|base|depot|bay|island|"
            # Round 14: sites the org does not list, named as their workers do ("the <suburb> examination site",
            # "<suburb> freight yards", "the <suburb> sheds")
            r"exam(?:ination)?\s+(?:site|shed|facility)|(?:freight|cargo|container)\s+(?:yards?|sheds?|terminal)|sheds|yards")
# "Kembla Wharf", "the Geelong port", "Port Hedland", "Point Wilson", "appleton dock" (lower case: dock-like kinds only)
_NAMED = re.compile(
    r"(?-i:\b(?P<name>(?:[A-Z][a-z]+\s){1,2}))(?P<feature>(?i:" + _FEATURE + r"))\b"
    r"|(?-i:\b(?P<lead>Port(?:\sof)?|Point)\s(?P<lname>[A-Z][a-z]+))\b"
    r"|\b(?P<low>[a-z]{3,})\s(?P<lfeature>dock|wharf|quay|pier|landing)\b"
    r"|(?-i:\bthe\s+(?P<acr>[A-Z]{2,5})\s+(?:in|at|out\s+at|down\s+in|up\s+in|over\s+in)\s+(?P<aplace>[A-Z][a-z]{2,}"
    r"(?:\s[A-Z][a-z]{2,})?))\b"                               # a centre by its acronym and suburb: "the JOC in Tuggers"
    # an airport terminal by number, as staff say it ("back at T3", "t2 again"), not a train line ("T3 line"),
    # a diabetes type ("t2 diabetic") or a sequel
    r"|\b(?P<term>[Tt][1-4])\b(?!\s+(?:line|train|trains|bus|buses|service|platform|diabet\w*|movie|film|sequel)\b)"
    # a numbered berth, pier or shed as staff say it ("down at Berth 4", "Pier 8 again tonight")
    r"|(?-i:\b(?P<num>(?:Berth|Pier|Wharf|Dock|Shed|Terminal|Hangar|berth|pier|shed|hangar)\s+\d{1,2}[A-Z]?))\b", re.I)
# capitalised words that start a sentence or name a kind of room, not a place ("The office", "Head office")
_NOT_NAMES = frozenset({"the", "this", "that", "our", "my", "a", "an", "head", "main", "home", "post", "front", "back", "new",
                        "old", "big", "local", "regional", "national", "central", "another", "every", "same", "that's",
                        "at", "on", "in", "to", "from", "by", "and", "then", "first", "last", "next", "day", "night",
                        "nights", "lates", "earlies", "days", "shift", "boarding", "box", "tax", "police", "fire", "train",
                        "bus", "petrol", "service", "space", "power", "check", "match", "starting", "turning", "vantage",
                        "focal", "boiling", "melting", "breaking", "sore", "talking", "selling", "entry", "exit", "view",
                        "sea", "air", "cruise", "ferry", "cargo", "container", "bulk", "car", "freight", "passenger",
                        "international", "domestic", "mail", "data", "community", "medical", "shopping", "visitor",
                        "visitors", "sports", "health", "child", "care", "call", "control", "ops", "operations", "i"})
# lower-case words before "dock"/"wharf" that are kinds, not names ("the dry dock", "the boat wharf")
_LOW_KINDS = frozenset({"the", "dry", "boat", "ferry", "fishing", "loading", "public", "town", "main", "old", "new", "local",
                        "cruise", "cargo", "container", "bulk", "car", "timber", "floating", "naval", "navy", "private",
                        "little", "big", "long", "short", "busy", "quiet", "same", "other", "next", "that", "this", "our",
                        "my", "their", "his", "her", "a", "an", "off", "on", "at", "to", "from", "by", "near", "down", "up",
                        "back", "over", "under", "into", "onto", "and", "to", "east", "west", "north", "south", "inner",
                        "outer", "tourist", "marina", "yacht", "pleasure", "swimming", "jumping", "diving"})
_THIRD = re.compile(r"\b(?:he|she|his|her|him|their|my\s+(?:wife|husband|partner|mate|son|daughter|brother|sister|"
                    r"dad|mum|kids?|cousin|uncle|aunt|auntie|friend|neighbou?r|flatmate|housemate|missus|hubby|bf|gf|"
                    r"boyfriend|girlfriend|fianc[eé]e?|nephew|niece))\b", re.I)
# the feature word alone is a workplace only with a name; "station"/"base"/"centre" need a known town as the name
_TOWN_ONLY = frozenset({"base", "centre", "center", "office", "depot", "terminal", "airport", "port", "point", "landing", "bay",
                        "island", "sheds", "yards"})
# a longer name goes on after the feature word ("Sandridge Bay Primary", "Kembla Wharf Hotel", "Geelong Port Road")
_LONGER = re.compile(r"^\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)(?-i:[A-Z][a-z]+)|^\s*(?:bridge|road|rd|street|st|drive|highway|hwy|motorway|school|primary|hotel|"
                     r"pub|tavern|cafe|café|caravan|park|reserve|beach|station|markets?|shops|plaza|mall|church|hospital)\b", re.I)
_TERSE_WORDS = 4
_KIND_WORDS = frozenset({"cargo", "container", "freight", "bulk", "passenger", "cruise", "international", "domestic", "mail"})
_OFF_WORK = re.compile(r"\b(?:after|before|post|pre)[\s-](?:(?:my|the|a|our)\s+)?(?:work|shift|roster)\b|\b(?:day|days|week)\s+off\b|"
                       r"\b(?:on\s+leave|rdo)\b|"
                       # a club's or a volunteer's roster ("I'm on the water safety roster at <beach>"): not the job's
                       r"\b(?:volunteer\w*|nippers|canteen|club|surf\s+life\s*saving|water\s+safety|sausage\s+sizzle|working\s+bee|"
                       r"church|parish|school)\b", re.I)
# a stint elsewhere, for a while or from next week ("moved to <suburb> for the month", "on the <site> all of next week"): not
# the workplace the writer keeps
_STINT_AFTER = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:for\s+(?:the|a|one|this)\s+(?:month|fortnight|week)|(?:all\s+(?:of\s+)?)?next\s+"
                          r"(?:week|fortnight|month))\b", re.I)
# capitals that are not a workplace's acronym ("the AFL in Melbourne", "the ABC in Sydney")
_NOT_ACRONYMS = frozenset({"AFL", "NRL", "ABC", "SBS", "CBD", "USA", "UK", "NZ", "UN", "EU", "TV", "PM", "AM", "ATM", "BBQ",
                           "RSL", "MCG", "SCG", "GP", "ED", "ICU", "IT", "HR", "OK", "LOL", "NSW", "VIC", "QLD", "WA", "SA",
                           "TAS", "ACT", "NT"})
_FOR_WORK = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:for|to)\s+work\b", re.I)    # "the ferry into <Town> for work"
# lower-case words that are also town names but mostly mean something else
WORK_TOWN_STOP = localities.COMMON_TOWN_WORDS | {"port", "office", "station", "airport", "wharf", "kingston", "richmond", "may"}
_TOWN_STOP = WORK_TOWN_STOP | {"darwin", "wide", "young"}
_TO_PLACE = re.compile(r"\b(?:at|in|to|on|out\s+of|off\s+to|based|sails\s+from|leaves|left)\s+(?:the\s+)?$", re.I)
# a sentence with no subject is the writer's own ("back at T2 all week", "3rd night at the dock")
NO_SUBJECT = _NO_SUBJECT = re.compile(r"^\W*(?:back|another|first|last|day|night|\d+\w*|two|three|four|five|six|seven|eight|nine|ten|"
                         r"off|out|in|on|all|same|earl|lates|nights|"
                         r"boarding|rostered|doing|working|done|finally|still|"
                         # a state of the day said first, lower-case forum style: "freezing down at the dock", "flat out at ..."
                         r"freezing|stinking|cold|hot|wet|windy|quiet|busy|flat\s+out|slow|long\s+(?:day|night|shift)|double|early|late)\b", re.I)
# fragments that say a shift in a terse post ("Earlies.", "Night 3.", "12s.", "OT again.")
_SHIFT = re.compile(r"^(?:earlies|lates?|nights?|days?|arvos?|swing|night\s+shift|day\s+shift|(?:day|night|shift)\s+\d+|"
                    r"\d+\s*(?:s|hrs?|hour\s+shift)|ot(?:\s+again)?|overtime|on\s+shift|on\s+duty|rostered|boarding|"
                    r"back\s+on|first\s+shift|last\s+shift|4\s+on|four\s+on)\b", re.I)


_SHIFT_STRONG = re.compile(r"^(?:earlies|lates|night\s+shift|day\s+shift|(?:night|shift)\s+\d+|\d+\s*(?:hrs?|hour)\s+shift|"
                           r"on\s+shift|on\s+duty|rostered(?:\s+on)?|boarding|first\s+shift|last\s+shift)\W*$", re.I)


def _place(m) -> tuple[str, str] | None:
    """(value, feature) of a named site match, or None for a kind of room or a common phrase."""
    if m.group("acr"):
        if m.group("acr") in _NOT_ACRONYMS:
            return None
        return f"{m.group('acr')} {m.group('aplace')}", "centre"
    if m.group("term"):
        return m.group("term").upper(), "terminal"
    if m.group("num"):
        return m.group("num"), m.group("num").split()[0].lower()
    if m.group("lead"):
        name = f"{m.group('lead')} {m.group('lname')}"
        if m.group("lname").lower() in _NOT_NAMES:
            return None
        return name, "town"
    if m.group("low"):
        low = m.group("low").lower()
        if low in _LOW_KINDS:
            return None
        return f"{low} {m.group('lfeature').lower()}", m.group("lfeature").lower()
    words = m.group("name").split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    feature = m.group("feature").lower()
    if len(words) >= 2 and words[-1].lower() in _KIND_WORDS:
        # "Brisbane Cargo Terminal", "Fremantle Passenger Terminal": the kind belongs to the feature, the town is the name
        feature = f"{words[-1].lower()} {feature}"
        words = words[:-1]
    if not words or any(w.lower() in _NOT_NAMES for w in words):
        return None
    name = " ".join(words)
    if feature in _TOWN_ONLY and not localities.exact(name):
        return f"{name} {feature}", "?" + feature     # "Ops Centre", "Stanvac Point": only beside a strong work cue
    return f"{name} {feature}", feature


_VERB_AFTER = re.compile(r"^\s+(?:within|at|in|on|around|soon|now|together|early|late|tonight|any|just|back|from|after|before)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# What lands: "4 flights landing", "two jets landing inside 40 min" name no landing place.
_MOVERS = frozenset({"flight", "flights", "plane", "planes", "jet", "jets", "aircraft", "widebodies", "widebody", "bodies", "body",
                     "arrivals", "choppers", "helicopters", "helos", "charters", "services", "boats", "vessels"})


def _sites(text: str) -> list[tuple[str, str, int, int]]:
    out = []
    for m in _NAMED.finditer(text):
        if _LONGER.match(text[m.end():m.end() + 20]):
            continue
        if (m.group("feature") or m.group("lfeature") or "").lower() == "landing" and (_VERB_AFTER.match(text[m.end():m.end() + 20])
                                                                 or _FROM_BEFORE.search(text[max(0, m.start() - 8):m.start()])
                                                                 or (m.group("low") or "").lower() in _MOVERS):
            continue            # "two widebodies from Asia landing at once": a plane landing, not a landing place
        got = _place(m)
        if got:
            out.append((*got, m.start(), m.end()))
    return out


def _cued(det, text: str) -> bool:
    return any(r.search(text) for r in (*det.generic_work, *det.named_work, *det.named_work_weak, *det.own_work))


def _blocked(det, ctx, text: str, leisure: bool = True) -> bool:
    return bool(det.denied(text) or ctx.shared.employment.about(text) or _THIRD.search(text) or det.leaving(text)
                or leisure and any(r.search(text) for r in det.named_not))


# Round 14: where one clause ends ("Overtime at <suburb> till 9 again, kids asleep when I get home": the kids are in
# another clause than the workplace)
_CLAUSE_END = re.compile(r"[,;:!?()]|\s[-–—]\s|\b(?:so|but|then|while|when|because|cos|coz)\b", re.I)


def _cue_near(det, text: str, a: int, b: int) -> bool:
    """A strong work cue in the town's own clause or the clause just before it ("lunch break at work, 38 degrees in
    <suburb>"), not in a clause further off ("met a mate at the RSL in <suburb> again, shift tomorrow")."""
    own = _clause(text, a, b)
    start = text.find(own)
    before = _clause(text, max(0, start - 2), max(0, start - 2)) if start > 1 else ""
    return any(r.search(own) or before and r.search(before) for r in det.own_work)


def _clause(text: str, a: int, b: int) -> str:
    """The clause of `text` around the span [a, b): a leisure word elsewhere in a long sentence is not this place's."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, a)), default=0)
    end = _CLAUSE_END.search(text, b)
    return text[start:end.start() if end else len(text)]


def named_sites(det, doc, ctx, covered: set[str]) -> list:
    """ "Boarding at Kurnell Point all week", "another stinker at the Geelong port, 30 boxes on the wharf",
    "3rd night at appleton dock": a named site in a work sentence, in a scan that ties the subject to the org."""
    if ctx.scan_employed is False:
        return []
    out = []
    towns = [sp for sp in ctx.facts.places if (sp.ent_id_ or sp.id_) and
             ctx.places.get(sp.ent_id_, {}).get("kind") not in ("state", "territory", "country")]
    towns += localities.town_spans(doc, in_names=True, stop=_TOWN_STOP)
    for sent in ctx.facts.sents:
        if not _cued(det, sent.text) or _blocked(det, ctx, sent.text, leisure=False):
            continue
        if ctx.scan_employed is None and not (ctx.item_facts.orgs or sent.any_first_person or _NO_SUBJECT.match(sent.text)):
            continue            # a post alone: the org named, or the writer's own day
        # "after work drinks in <suburb>", "before my shift, brekky at <suburb>": the place is not the work's
        # Round 14: the writer's own shift, break or uniform words (`own_work`) are strong only near the town (_cue_near)
        strong_any = any(r.search(sent.text) for r in det.named_work)
        strong = (strong_any or any(r.search(sent.text) for r in det.own_work)) and not _OFF_WORK.search(sent.text)
        found = [f for f in _sites(sent.text) if strong or not f[1].startswith("?")]
        if strong:    # a strong cue: a bare town after at/in/to is the site
            for sp in towns:
                if sent.span.start <= sp.start < sent.span.end and (strong_any or _cue_near(
                        det, sent.text, sp.start_char - sent.span.start_char, sp.end_char - sent.span.start_char)) and not any(
                        a <= sp.start_char - sent.span.start_char < b for _, _, a, b in found) and _TO_PLACE.search(
                        doc_text(doc, ctx)[max(sent.span.start_char, sp.start_char - 14):sp.start_char]) and \
                        not _LONGER.match(doc_text(doc, ctx)[sp.end_char:sp.end_char + 20]):
                    found.append(((sp.ent_id_ or sp.id_).split(":", 1)[1], "town", sp.start_char - sent.span.start_char,
                                  sp.end_char - sent.span.start_char))
        site_chars = [(sp.start_char - sent.span.start_char, sp.end_char - sent.span.start_char) for sp in ctx.facts.sites]
        for value, feature, a, b in found:
            if any(x < b and a < y for x, y in site_chars):
                continue            # an org site by its alias ("Swanson Dock"): the site rule reads it
            if any(r.search(_clause(sent.text, a, b)) for r in det.named_not):
                continue            # a walk, a view, the kids or a ferry ride at the place: not the work there
            if any(r.search(sent.text[max(0, a - 50):a]) for r in det.origin_left):
                continue            # "our container from Port Klang cleared": where the box came from, not a work site
            if _STINT_AFTER.match(sent.text[b:b + 50]):
                continue            # "moved to <suburb> for the month to cover ...": a stint, not where they work
            names = {localities.strip_state(c) for c in covered if c}
            bare = localities.strip_state(value).lower()        # "Gladstone QLD" is said already by "gladstone port"
            if value.lower() in covered or any(n and (n in value.lower() or value.lower() in n or bare in n) for n in names):
                continue
            covered.add(value.lower())
            d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT - 0.1,
                              pattern="work_at_place_named", excerpt_text=sent.text, support=[sent.text[a:b]],
                              attrs={"place": value, "facility": feature.lstrip("?")})
            if d:
                out.append(d)
    return out


def terse_place(fragment: str) -> str:
    """The named site or town a terse fragment is, all of it ("Kembla Wharf.", "Karratha"), else ""."""
    p = fragment.strip(" .,!?")
    sites = _sites(p)
    if sites and sites[0][2] == 0 and sites[0][3] >= len(p) - 1 and not sites[0][1].startswith("?"):
        return sites[0][0]
    found = localities.exact(p) if p[:1].isupper() else None
    return found[0] if found else ""


# a workplace said by its kind in a terse fragment: "Port office, 0600.", "Airport office.", "The wharf."
_KIND_FRAGMENT = re.compile(r"^(?:the\s+)?(?P<kind>(?:port|airport|wharf|cargo|mail\s+cent(?:re|er)|terminal|seaport|depot)\s+"
                            r"(?:office|shed|terminal|gate)|wharf|wharves|docks|cargo\s+shed|cargo\s+terminal|"
                            r"container\s+terminal|mail\s+cent(?:re|er)|mail\s+gateway|air\s+cargo|exam\s+shed)$", re.I)


_TIME_AFTER = re.compile(r"\s+(?:at\s+|from\s+)?\d{1,2}(?:[:.]?\d\d)?\s*(?:am|pm|hrs?|h)?$", re.I)


def _kind_place(fragment: str) -> str:
    head = _TIME_AFTER.sub("", fragment.split(",")[0].strip(" .!?"))     # "Port office, 0600", "Airport office 5am"
    m = _KIND_FRAGMENT.match(head)
    return " ".join(m.group("kind").lower().split()) if m else ""


def _city(value: str) -> bool:
    found = localities.lookup(localities.strip_state(value)) if value else None
    return bool(found) and found[1] == "city"


def terse_sites(det, doc, ctx, covered: set[str]) -> list:
    """ "Lates. <Town>. Windy.", a bio "ABF. <Town>. Barra.": a terse post or bio of short fragments, one of them a
    shift word or the org, another a named site or a bare town: where the subject works."""
    parts = [p.strip() for p in _SPLIT.split(doc_text(doc, ctx)) if p and re.search(r"\w", p)]
    if len(parts) < 2 or any(len(p.split()) > _TERSE_WORDS for p in parts):
        return []
    org_named = any(not m.ent_id_.startswith("orgamb:") for m in ctx.facts.org_mentions)
    shift = any(_SHIFT.match(p) for p in parts)
    strong = any(_SHIFT_STRONG.match(p) for p in parts)      # a post alone: only a word that is nothing but a shift
    if ctx.kind == "profile_field":
        shift = strong = False              # a bio of fragments names home unless it names the org
    if not (org_named or (shift and ctx.scan_employed is True) or (strong and ctx.scan_employed is None)) or \
            ctx.scan_employed is False:
        return []
    if det.denied(doc_text(doc, ctx)) or any(r.search(doc_text(doc, ctx)) for r in det.named_not):
        return []
    out = []
    for p in parts:
        value = terse_place(p) or (_kind_place(p) if shift or strong or org_named else "")
        if not value:
            continue
        if ctx.kind == "profile_field" and _city(value):
            continue            # "ABF. Runner. Coffee. <City>.": a bare city in a bio is where they live, if anything
        if value.lower() in covered:
            continue
        covered.add(value.lower())
        d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT,
                          pattern="work_at_place_terse", excerpt_text=doc_text(doc, ctx).strip()[:200],
                          support=[p, "terse post naming the org" if org_named else "terse shift post"],
                          attrs={"place": value})
        if d:
            out.append(d)
    return out


def commute_end(det, doc, ctx, covered: set[str]) -> list:
    """The work end of the subject's daily trip: "come home on the 4:40 from the <Town> interchange", "commute from
    <A> to <B>", "the bus into <Town> for work". The town the subject comes home from, in a sentence about the
    commute, is where they work."""
    if ctx.scan_employed is False:
        return []
    out = []
    spans = [sp for sp in ctx.facts.places if sp.ent_id_ and
             ctx.places.get(sp.ent_id_, {}).get("kind") not in ("state", "territory", "country")]
    spans += localities.town_spans(doc, stop=_TOWN_STOP)
    for sp in spans:
        sent = ctx.facts.sent_of(sp.start)
        if not any(r.search(sent.text) for r in det.commute_words) or _blocked(det, ctx, sent.text):
            continue
        left = doc_text(doc, ctx)[max(sent.span.start_char, sp.start_char - 60):sp.start_char]
        right = doc_text(doc, ctx)[sp.end_char:sp.end_char + 40]
        if not (any(r.search(left) for r in det.commute_work) or _FOR_WORK.match(right)):
            continue
        value = (sp.ent_id_ or sp.id_).split(":", 1)[1]
        if value.lower() in covered:
            continue
        covered.add(value.lower())
        d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT - 0.1,
                          pattern="work_at_place_commute", excerpt_text=sent.text, support=[left.strip()[-40:]],
                          attrs={"place": value})
        if d:
            out.append(d)
    return out
