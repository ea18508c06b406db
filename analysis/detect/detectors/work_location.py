"""work_location: a current work site or posting, named (§5 identifying current work locations)."""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.subject_voice import speaks_of_other
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.context import doc_text, WordSet
from footprint.analysis.detect.detectors.employer_actor import third_party
from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors import work_airport, work_beside, work_hashtag, work_loose, work_named, work_start

# Someone else is the subject of the sentence ("one of them is in Villawood now"): the place is theirs.
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|im|ive|we|we're|we've|me|us)\b", re.I)
_BARE = re.compile(r"\s*(?:(?:just|finally|recently|officially|got|get|getting|been|being|have|has|was|were|am|"
                   r"and|then|so|now|after|all|that)\s+)*", re.I)
# Round 17: the posting said as the writer's own ("three more months on my posting at the embassy in <city>")
_OWN_POSTING = re.compile(r"\s*(?:my|our)\s+(?:\w+\s+)?(?:posting|secondment|deployment|stint)\b", re.I)
# Facility kinds so common that the word before them must be a known place ("the Docklands office").
_GENERIC_FACILITIES = frozenset({"office", "depot", "wharf", "processing centre", "processing center"})
# Capitalised words before "office", "block" or "range" that name a kind of room or building, not a place.
_NOT_PLACES = frozenset({"tax", "post", "head", "box", "home", "main", "front", "back", "council", "registry", "passport",
                         "medicare", "centrelink", "land", "titles", "ticket", "lost", "property", "sales", "admin", "booking",
                         "union", "doctor", "doctors", "dentist", "patent", "records", "cabinet", "ministerial", "mail",
                         "cell", "visitor", "visitors", "visits", "accommodation", "management", "security", "medical",
                         "science", "library", "music", "art", "arts", "sports", "east", "west", "north", "south", "maternity",
                         "surgical", "dining", "toilet", "toilets", "office", "staff", "student", "students", "car", "parking"})
_FACILITY_WORDS = frozenset({"port", "wharf", "airport", "terminal", "office", "depot", "quay", "jetty", "docks", "site",
                             "centre", "center", "cargo", "container", "mail"})
_KIND_AFTER = re.compile(r"\s+(?:wharf|wharves|jetty|jetties|quay|port|airport|terminal|office|depot|kennels|compound|building|"
                         r"centre|center|shed|base|docks?|berth|pier)\b", re.I)
# how a bio or the writer opens on their own role: "", "I'm an", "Proud to be a", "Currently a"
# Round 15: or the writer's place in one of its parts ("I started in a", "Been in a": a <org> policy branch in <suburb>)
_OWN_OPENING = re.compile(r"(?:(?:i\s*['’]?m|i\s+am|im|been|proud\s+to\s+be|currently|now|i\s+(?:\w+\s+)?(?:started|work|worked|"
                          r"landed|moved|sit))\s+)?(?:(?:in|with|on|into)\s+)?(?:an?\s*)?", re.I)
_OTHERS = re.compile(r"\b(?:he|she|they|them|his|her|their|one\s+of\s+(?:them|the\s+\w+))\b", re.I)
# Round 12: the kinds of workplace a staff member names by its place alone ("the Wagga office", "our Moorebank kennels",
# "the Bell Bay jetty"): in a scan that says they are staff, in their own voice and not at leisure there, the place
# and kind are where they work, with no work word in the sentence.
_STAFF_SITE_KINDS = frozenset({"office", "kennels", "wharf", "jetty", "jetties", "quay", "compound", "depot"})
# ... unless the site is someone else's ("the Geelong office of her law firm", "of Centrelink": not the org's), the day
# there a celebration, or the writer a passenger ("the ferry from the <suburb> wharf")
_WATERFRONT = frozenset({"wharf", "jetty", "jetties", "quay"})
_OF_OTHERS = re.compile(r"^\s*of\s+\w", re.I)
# Round 13: a flight staff meet, named by where it comes from ("on for the Auckland flight", "the Singapore arrival"): work,
# not the writer's own trip
_MET_FLIGHT = re.compile(r"\b(?:on\s+for|meet(?:ing)?|met|working|work|clear(?:ing|ed)?|processing|did|do|"
                         r"(?:passports|bags|pax|passengers|arrivals)\s+(?:off|from))\s+the\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+"
                         r"(?:flights?|arrivals?|plane)\b", re.I)
# Round 15: a site alias that is "the" and one word, written in lower case: the word in ordinary use ("the gateway")
_LOWER_THE_WORD = re.compile(r"the\s+[a-z]+")
# ... or kennels reviewed by a pet's owner ("our kelpie hated the kennels in <suburb>, never again")
_KENNEL_CUSTOMER = re.compile(r"\b(?:never\s+again|(?:five|5|four|4|one|1)\s+stars?|while\s+we\s+were\s+away|on\s+holiday|"
                              r"holidays|booked\s+(?:him|her|them|it)\s+in|reviews?|picked\s+(?:him|her|them)\s+up)\b", re.I)
# Round 15: someone's, right before a facility's place ("my accountant's <suburb> office")
_SOMEONES = re.compile(r"\b(?!(?:it|that|there|here|what|who|where)\b)\w+['’]s\s+$", re.I)
# Round 15: kennels that board pets, not a detector-dog unit's
_PET_KENNELS = re.compile(r"\b(?:boarding|pet|dog\s+boarding|cat)\s+kennels\b", re.I)
# Round 15: the site as someone else's, right before its name ("in their Belconnen office" of a consultant's client)
_THEIRS = re.compile(r"\b(?:their|its)\s+$", re.I)
# Round 15: a sentence selling flights or tours from a site: a business's, not the writer's side of it
_FOR_SALE = re.compile(r"\b(?:book|booking|bookings|tickets?|scenic|joy\s*flights?|tours?|charters?|holiday|specials?)\b", re.I)
_OCCASION = re.compile(r"\b(?:married|engaged|wedding|proposed|honeymoon|birthday|anniversary|built|renovat\w*)\b", re.I)


# Round 20: arriving at a facility by a set time is how one gets to work ("walk into the <Suburb> depot by 7:15", "in at
# the <Town> yard by six"): a visitor or a shopper names no time they must be in by
_DUE_IN = re.compile(r"\b(?:walk(?:s|ing)?\s+in(?:to)?|get(?:s|ting)?\s+in(?:to)?|roll(?:s|ing)?\s+in(?:to)?|in\s+at|clock(?:s|ing)?\s+on\s+at|sign(?:s|ing)?\s+on\s+at)\s+(?:the\s+)?$", re.I)
_DUE_BY = re.compile(r"^\s*(?:most\s+days\s+)?by\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|six|seven|eight|nine|half\s+\w+)(?![\d:])", re.I)

class WorkLocationDetector(Detector):
    CATEGORY = "work_location"
    LEXICON = "work_location"
    USES_SCAN_CONTEXT = True
    SITE_BASE = 0.35          # an org site named, nothing else
    POSTING = 0.8             # "posted to Christmas Island"
    FIELD = 0.85              # JSON-LD workLocation
    WORK_AT = 0.7             # "I work in Belconnen", "rostered at Kilburn" (dropped from non-staff scans)

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.context_words = WordSet(self.CONTEXT)
        self.posting = self.regexes("posting")
        self.others = self.regexes("others_posting")
        self.work_at = self.regexes("work_at")
        self.role_at = self.regexes("role_at")
        self.signature = self.regexes("signature")
        self.fields = set(self.words("location_fields"))      # lexicon words are lower-cased on load
        self.facility, self.facility_not = self.regexes("facility"), self.regexes("facility_not")
        self.road_left = self.regexes("road_left")
        self.others_site, self.for_org_between = self.regexes("others_site"), self.regexes("for_org_between")
        self.generic_site, self.generic_work = self.regexes("generic_site"), self.regexes("generic_work")
        self.generic_crew, self.generic_work_alone = self.regexes("generic_crew"), self.regexes("generic_work_alone")
        self.street_office, self.street_office_work = self.regexes("street_office"), self.regexes("street_office_work")
        self.street_office_not = self.regexes("street_office_not")
        self.others_leaving, self.planned_op = self.regexes("others_leaving"), self.regexes("planned_op")
        self.org_centre = self.regexes("org_centre")
        self.college_staff = self.regexes("college_staff")   # round 17: the org's college as the writer's workplace
        self.named_work, self.named_not = self.regexes("named_work"), self.regexes("named_not")
        self.named_work_weak = self.regexes("named_work_weak")
        self.own_work = self.regexes("own_work")
        self.job_activity = self.regexes("job_activity")
        self.origin_left = self.regexes("origin_left")
        self.seen_as_sight = self.regexes("sight")      # a tour's stop, a landmark: a sight, not a workplace
        self.commute_work, self.commute_words = self.regexes("commute_work"), self.regexes("commute_words")
        self.home_fields = set(self.words("home_fields"))
        self.destination_left, self.short_stint = self.regexes("destination_left"), self.regexes("short_stint_right")
        self.others_team = self.regexes("others_team")
        self.work_start = self.regexes("work_start")
        self.office_inside = self.regexes("office_inside")
        self.site_side = self.regexes("site_side")

    def _signature_place(self, span, sent, facts) -> bool:
        """A place in a short signature line that also names the org ("-- Robbo | ABF | Fremantle")."""
        row_text = sent.text.strip().splitlines()[-1] if sent.text.strip() else ""
        return (len(row_text.split()) <= 12 and any(rx.search(row_text) for rx in self.signature)
                and any(sent.span.start <= m.start < sent.span.end for m in facts.org_mentions))

    def _site_name(self, span) -> str:
        return span.ent_id_.split(":", 1)[1]

    def analyze(self, doc, item, ctx):
        out = []
        facts = ctx.facts
        if ctx.kind == "profile_field" and ctx.field_key in self.fields:
            spans = facts.sites + facts.places
            name = self._site_name(spans[0]) if spans and spans[0].ent_id_.startswith("site:") else doc_text(doc, ctx).strip()
            return [d for d in [self.detection(ctx, value=name, key=f"place:{name}", confidence=self.FIELD,
                                               pattern="work_location_field", excerpt_text=doc_text(doc, ctx),
                                               attrs={"place": name})] if d]
        home_field = ctx.kind == "profile_field" and ctx.field_key in self.home_fields
        for span in ([] if home_field else facts.sites):
            sent = facts.sent_of(span.start)
            if self.denied(sent.text) or ctx.shared.employment.about(sent.text) or ctx.shared.employment.identity(sent.text):
                continue            # a client visit, a TV episode, "not Border Force", an interpreter's booking: someone else's work there
            if _LOWER_THE_WORD.fullmatch(span.text):
                continue            # "if the gateway behaves", "the gateway recipe": a common word, not "the Gateway" site
            if self._others_there(doc, sent, span) or self._not_facility(doc, span):
                continue            # "11 of my recruits off to Sydney Airport": their posting, not the subject's
            if self.leaving(sent.text):
                continue            # "<site> doesn't deserve her, good luck": someone else's new workplace
            if any(rx.search(doc_text(doc, ctx)[max(sent.span.start_char, span.start_char - 50):span.start_char])
                   for rx in self.origin_left):
                continue            # "a container from Port Botany": where the box came from, not the writer's workplace
            if _THEIRS.search(doc_text(doc, ctx)[max(sent.span.start_char, span.start_char - 12):span.start_char]):
                continue            # "half my week in their Belconnen office": a client's site the writer visits
            if third_party().in_sentence(ctx.facts, sent) or speaks_of_other(ctx, sent):
                continue            # "the Border Force officer at Tullamarine made me unpack": where a traveller met them
            support = self.context_words.find(sent.text) + ctx.shared.work_in(sent.text)
            if ctx.scan_employed is True or ctx.item_facts.orgs or sent.subject_voice:
                support += [m.group(0) for m in [first_match(self.job_activity, sent.text)] if m]   # "checking passports at <site>"
            # Round 15: the writer's side or desk of the site ("we fly out of the GA side of <airport>"): work, not a trip
            side = first_match(self.site_side, sent.text) if (ctx.scan_employed is True or ctx.item_facts.orgs) \
                and not _FOR_SALE.search(sent.text) else None
            support += [side.group(0)] if side else []
            org_here = any(sent.span.start <= m.start < sent.span.end for m in facts.org_mentions)
            if org_here:
                support.append("org named")
            # The item names the org in the first person, or the scan says the subject works there and this
            # is not a trip ("Container exams all week at Port Botany" from an officer; not "flying through").
            terse = len(facts.sents) >= 2 and all(len(x.text.split()) <= 3 for x in facts.sents)
            item_support = (bool(ctx.item_facts.orgs) and (ctx.item_facts.first_person or terse)) or (
                ctx.scan_employed is True and not ctx.shared.travel.search(_MET_FLIGHT.sub(" ", sent.text))
                and not _OTHERS.search(sent.text)) or (side is not None and not _OTHERS.search(sent.text))
            if not support and self._as_locals_write(ctx, span):
                cue = next((m.group(0) for rx in (*self.named_work, *self.named_work_weak) for m in [rx.search(sent.text)] if m), "")
                if not cue:
                    continue        # "my nan grew up in villawood": a suburb said in lower case, no shift in sight
                support.append(cue.strip())
            if support in ([], ["org named"]) and not sent.subject_voice and ctx.shared.employment.about(doc_text(doc, ctx)):
                continue            # nothing but the org's name in the sentence, and the post is about the org from outside
            score = ctx.enhancer.enhance(self.SITE_BASE, support, item_support)
            name = self._site_name(span)
            kind = next((s.kind for s in ctx.org.sites if s.name == name), "")
            d = self.detection(ctx, value=name, key=f"place:{name}", confidence=score, pattern="org_site_with_work_context",
                               excerpt_text=sent.text, support=support, attrs={"place": name, "site_kind": kind})
            if d:
                out.append(d)
        out += self._facilities(doc, ctx)
        if ctx.kind != "profile_field" and ctx.scan_employed is not False:
            out += work_hashtag.tagged_workplaces(self, doc, ctx)   # round 19: "#ABF ... #PortOfNewcastle"
        # said informally: "shift at the wharf", "in at Lonsdale St", "the ABF National Targeting Centre"
        out += work_loose.org_centres(self, doc, ctx)
        if not out:
            out += work_loose.generic_sites(self, doc, ctx) + work_loose.street_offices(self, doc, ctx)
        in_places = {t.i for sp in facts.places for t in sp}
        towns = [sp for sp in localities.town_spans(doc, in_names=True, stop=work_named.WORK_TOWN_STOP) if not any(t.i in in_places for t in sp)
                 and not (sp.end < len(doc) and doc[sp.end].lower_ in _FACILITY_WORDS)]   # "gladstone port": the facility rule's
        for span in [*facts.places, *towns]:      # "fifo to darwin": a town in lower case is still a posting
            if span[-1].lower_ in ("of", "the", "and"):
                continue            # "the Port of" cut short by the tagger: the name is the rest (work_beside reads it)
            left = doc_text(doc, ctx)[max(0, span.start_char - 40):span.start_char].lower()
            m = next((m for rx in self.posting for m in [rx.search(left)] if m), None)
            pattern, score = "posting_to_place", self.POSTING
            sent = facts.sent_of(span.start)
            if m is None and ctx.scan_employed is not False and (d := self._for_org(doc, ctx, span, sent)):
                out.append(d)
                continue
            if m is None and ctx.scan_employed is not False and self._signature_place(span, sent, facts):
                if not span.ent_id_ and not localities.lookup(span.text):
                    continue        # a word the tagger took for a place ("Supervisor | ABF"): no known town
                if ctx.kind == "profile_field" and (ctx.places.get(span.ent_id_, {}).get("kind") == "city" or
                                                    (localities.lookup(span.text) or ("", ""))[1] == "city"):
                    continue        # "<Title> | <agency> | <City>" as a headline: the city is the region, not the site
                row = ctx.places.get(span.ent_id_, {})
                name = (span.ent_id_ or span.id_).split(":", 1)[1] if (span.ent_id_ or span.id_) else span.text
                d = self.detection(ctx, value=name, key=f"place:{name}", confidence=self.WORK_AT,
                                   pattern="work_at_place_signature", excerpt_text=sent.text,
                                   support=["signature line naming the org"], attrs={"place": name, "state": row.get("state", "")})
                if d:
                    out.append(d)
                continue
            if m is None and ctx.scan_employed is not False:
                # "I work in Belconnen", "rostered at Kilburn": where the subject works, when nothing in the
                # scan says they are not staff (extract.py drops it from scans that never tie them to the org)
                sent_left = doc_text(doc, ctx)[max(sent.span.start_char, span.start_char - 40):span.start_char].lower()
                w = next((w for rx in self.work_at for w in [rx.search(sent_left)] if w), None)
                if w is None:
                    w = self._role_at(doc, ctx, sent, span)
                row = ctx.places.get(span.ent_id_, {})
                if (w is None or row.get("kind") in ("state", "territory", "country") or self.denied(sent.text)
                        or ctx.shared.employment.about(sent.text)):
                    continue
                name = (span.ent_id_ or span.id_).split(":", 1)[1] if (span.ent_id_ or span.id_) else span.text
                d = self.detection(ctx, value=name, key=f"place:{name}", confidence=self.WORK_AT,
                                   pattern="work_at_place", excerpt_text=sent.text, support=[w.group(0).strip()],
                                   attrs={"place": name, "state": row.get("state", "")})
                if d:
                    out.append(d)
                continue
            if m is None or any(rx.search(left[:m.start()]) for rx in self.others) or self.away(doc, sent, span):
                continue            # "my mates who got posted to Sydney" is their posting, not the subject's
            sent_start = max(0, sent.span.start_char - (span.start_char - len(left)))
            before = left[sent_start:m.start()]
            if m.group(0).lstrip().lower().startswith("on "):
                # "We're a <agency> family on posting in <town>": the one on posting is said further back
                before = doc_text(doc, ctx)[sent.span.start_char:span.start_char - len(left) + m.start()].lower()
            if _SELF.search(m.group(0)):
                # "ABF sent me to Darwin": someone sends the subject; staff only (the scan gate reads the pattern)
                pattern = "work_at_place_sent_by"
            elif not (_SELF.search(before) or _BARE.fullmatch(before) or _OWN_POSTING.match(m.group(0))):
                continue            # the one posted must be "I"/"we", or left out ("Got posted to Melbourne")
            if self.denied(sent.text):
                continue
            row = ctx.places.get(span.ent_id_, {})
            name = (span.ent_id_ or span.id_).split(":", 1)[1] if (span.ent_id_ or span.id_) else span.text
            d = self.detection(ctx, value=name, key=f"place:{name}", confidence=score, pattern=pattern,
                               excerpt_text=sent.text, support=[left.split()[-2] if len(left.split()) > 1 else left.strip()],
                               attrs={"place": name, "state": row.get("state", "")})
            if d:
                out.append(d)
        covered = {d.attrs.get("place", "").lower() for d in out} | {d.value.lower() for d in out}
        out += work_loose.signature_towns(self, doc, ctx, covered)
        covered |= {d.attrs.get("place", "").lower() for d in out} | {d.value.lower() for d in out}
        out += work_beside.beside_org(self, doc, ctx, covered)      # "<agency> <Town>", "with <agency> out at <suburb>"
        out += work_beside.hashtag_towns(self, doc, ctx, covered)   # "three ships before lunch #Newcastle"
        out += work_named.terse_sites(self, doc, ctx, covered)      # "Lates. <Town>. Windy.", "ABF. <Town>. Fishing."
        out += work_loose.org_unit_towns(self, doc, ctx, covered)   # "<agency> <Town> crew, that's us"
        out += work_named.named_sites(self, doc, ctx, covered)      # "boarding at <Name> Point", "<name> dock"
        out += work_named.commute_end(self, doc, ctx, covered)      # "the 4:40 home from the <Town> interchange"
        out += work_start.start_sites(self, doc, ctx, covered)      # "<Town> wharf, 0545", "0530 sign-on at <Town>"
        out += work_airport.airport_suburbs(self, doc, ctx, covered)   # "<airport suburb> ✈️ lates"
        return out

    def _role_at(self, doc, ctx, sent, span):
        """ "<agency> officer based in <town>", "<name> is an <agency> inspector down at <place>": the org's role right before
        the place, said by the subject, of the subject, or as a bio line that opens on it; not an officer someone met."""
        text = doc_text(doc, ctx)
        left = text[max(sent.span.start_char, span.start_char - 60):span.start_char]
        w = next((w for rx in self.role_at for w in [rx.search(left)] if w), None)
        if w is None or _KIND_AFTER.match(text, span.end_char):
            return None         # "officer at <Town> wharf": the facility rules name the wharf
        role_start = span.start_char - len(left) + w.start()
        org = next((o for o in ctx.facts.org_mentions if sent.span.start_char <= o.start_char and 0 <= role_start - o.end_char <= 3), None)
        if org is None or third_party().in_sentence(ctx.facts, sent) or speaks_of_other(ctx, sent):
            return None
        opening = " ".join(text[sent.span.start_char:org.start_char].strip(" -—–|,:").split())
        if not (_OWN_OPENING.fullmatch(opening) or sent.subject_voice and not work_named._THIRD.search(opening)
                and not _OTHERS.search(opening)):
            return None     # "the Border Force officer at <airport> made me unpack", "my cousin is an <agency> officer in X"
        return w

    @staticmethod
    def _as_locals_write(ctx, span) -> bool:
        """A one-word site name not as the org lists it ("villawood", "TULLA"): it is also a suburb or a headline,
        so the sentence itself must speak of a shift ("again tmrw", "nights", "rostered")."""
        return len(span) == 1 and not any(span.text == a for s in ctx.org.sites for a in s.aliases)

    def leaving(self, text: str) -> bool:
        """Not the writer's workplace: a farewell or good-luck to someone else headed to the place, or a planned
        operation there (official information, not where they work)."""
        return (any(r.search(text) for r in self.others_leaving) and bool(_OTHERS.search(text) or not _SELF.search(text))
                or any(r.search(text) for r in self.planned_op))

    def _others_there(self, doc, sent, span) -> bool:
        """A count of people, or the subject's trainees, sent to the site: their posting, not the subject's. Or the
        place is an operation's destination or a short deployment ("the transfer charter to <island>", "half the team
        gets sent down to <town> for a fortnight"): where the work went once, not where the writer works."""
        left = doc.text[max(sent.span.start_char, span.start_char - 80):span.start_char].lower()
        return any(rx.search(left) for rx in self.others_site) or self.away(doc, sent, span)

    def away(self, doc, sent, span) -> bool:
        """The place is an operation's destination, a short stint, or part of the team's trip there."""
        left = doc.text[max(sent.span.start_char, span.start_char - 80):span.start_char]
        right = doc.text[span.end_char:span.end_char + 40]
        return (any(rx.search(left) for rx in self.destination_left) or any(rx.search(right) for rx in self.short_stint)
                or any(rx.search(left) for rx in self.others_team))

    def _not_facility(self, doc, span) -> bool:
        """A site alias that is the start of another name ("the Gateway Bridge") or a road driven along ("the drive
        down the Gateway to the terminal")."""
        right = doc.text[span.end_char:span.end_char + 30].lower()
        left = doc.text[max(0, span.start_char - 30):span.start_char]
        return any(rx.search(right) for rx in self.facility_not) or any(rx.search(left) for rx in self.road_left)

    def _for_org(self, doc, ctx, span, sent):
        """A place right before the org worked for: "nine years on Christmas Island for the Border Force"."""
        row = ctx.places.get(span.ent_id_, {})
        if row.get("kind") in ("state", "territory", "country") or self.denied(sent.text) or \
                ctx.shared.employment.about(sent.text) or _OTHERS.search(sent.text):
            return None
        for m in ctx.facts.org_mentions:
            if m.start_char <= span.end_char or m.start_char - span.end_char > 12 or m.ent_id_.startswith("orgamb:"):
                continue
            between = doc_text(doc, ctx)[span.end_char:m.start_char]
            if any(rx.search(between) for rx in self.for_org_between):
                name = (span.ent_id_ or span.id_).split(":", 1)[1] if (span.ent_id_ or span.id_) else span.text
                return self.detection(ctx, value=name, key=f"place:{name}", confidence=self.WORK_AT,
                                      pattern="work_at_place_for_org", excerpt_text=sent.text,
                                      support=[f"{between.strip()} {m.text}"], attrs={"place": name, "state": row.get("state", "")})
        return None

    def _staff_site(self, ctx, sent, facility: str, known: bool) -> bool:
        """A staff member's workplace by its place and kind alone ("The Belco office finally got chairs", "another 5am
        at the Bell Bay jetty"): in a staff scan, a known place (or "our"), a kind that is a workplace, and a sentence
        that is not about leisure, a visit or someone else there."""
        return (ctx.scan_employed is True and facility in _STAFF_SITE_KINDS and known
                and not any(r.search(sent.text) for r in self.named_not) and not work_start._LEISURE.search(sent.text)
                and not _OCCASION.search(sent.text) and not work_named._THIRD.search(sent.text))

    @staticmethod
    def _site_for(ctx, name: str, facility: str) -> str:
        """The org site whose aliases name this place and kind ("mail centre out at Clyde" -> the Clyde mail centre site)."""
        want = set(f"{name} {facility}".lower().split())
        for site in ctx.org.sites:
            for alias in site.aliases:
                words = set(alias.lower().split()) - {"at", "in", "the", "out"}
                if want <= words | {"centre", "center"} and words <= want | {"centre", "center"}:
                    return site.name
        return ""

    def _facilities(self, doc, ctx):
        """A facility named by place and kind ("the Fyshwick data hall", "the mail centre in Clyde") in the
        subject's own words about work (first person and a work word; a work word alone in a staff scan; or the
        org named in the item): only where the scan does not rule employment out."""
        if ctx.scan_employed is False or ctx.kind == "profile_field" and ctx.field_key in self.fields:
            return []
        facts, out, seen = ctx.facts, [], set()
        site_chars = [(s.start_char, s.end_char) for s in facts.sites]
        text = doc_text(doc, ctx)         # Doc.text joins every token's text: once, not per pattern
        for rx in self.facility:
            for m in rx.finditer(text):
                name, facility = m.group("name"), " ".join(m.group("facility").lower().split())
                if any(a < m.end("facility") and m.start("name") < b for a, b in site_chars):
                    continue        # an org site alias ("Parramatta office"): the site rule reads it
                if m.groupdict().get("org") is not None and not any(
                        o.start_char < m.end("org") and m.start("org") < o.end_char and not o.ent_id_.startswith("orgamb:")
                        for o in facts.org_mentions):
                    continue        # round 19: "the <Org> office in <Town>" only for the scan's own organisation
                if any(o.start_char <= m.start("name") < o.end_char for o in facts.org_mentions):
                    continue        # round 19: "the Border Force office" names the employer, not where the office is
                sent = facts.sent_at_char(m.start("name"))
                right = text[m.end():m.end() + 30].lower()
                if (self.denied(sent.text) or ctx.shared.employment.about(sent.text) or any(r.search(right) for r in self.facility_not)
                        or any(r.search(sent.text) for r in self.seen_as_sight)
                        or not sent.subject_voice and _OTHERS.search(text[sent.span.start_char:m.start("name")])
                        or self.leaving(sent.text)
                        or work_named._THIRD.search(text[sent.span.start_char:m.start("name")])):
                    continue
                if _PET_KENNELS.search(text[max(0, m.start() - 12):m.end("facility")]) or facility == "kennels" and \
                        _KENNEL_CUSTOMER.search(sent.text):
                    continue        # "the boarding kennels in <suburb>": a pet hotel, not a dog unit's kennels
                if _SOMEONES.search(text[max(sent.span.start_char, m.start("name") - 30):m.start("name")]) and not any(
                        0 <= m.start("name") - o.end_char <= 3 for o in facts.org_mentions):
                    continue        # "my accountant's Fyshwick office": someone's office (not "Border Force's Fyshwick office")
                if _OF_OTHERS.match(right) and not any(m.end() < o.start_char <= m.end() + 25 for o in facts.org_mentions):
                    continue        # "the Ballarat depot of the bus company": another firm's site
                if facility in _WATERFRONT and any(r.search(sent.text) for r in self.named_not):
                    continue        # "the ferry from the <suburb> wharf", "flathead off the <town> jetty": an outing
                place = next((p for p in facts.places if p.start_char <= m.start("name") < p.end_char), None)
                kind = ctx.places.get(place.ent_id_, {}).get("kind") if place is not None else None
                own = bool(m.groupdict().get("own")) and ctx.scan_employed is True     # staff: "our Hobart office"
                own_city = kind == "city" and (own or bool(ctx.item_facts.orgs) and sent.first_person     # "the Hobart office" of
                                               # or an office by its floor, desk or team, from staff: "Desk on level 12, <City> office"
                                               or facility in ("office", "building") and ctx.scan_employed is True
                                               and any(r.search(sent.text) for r in self.office_inside))
                if kind in ("state", "territory", "country", "city") and not own_city and \
                        len(name.split()) <= len(place.text.split()):       # staff who name the org in the same post
                    continue        # "the Sydney office" of some firm says little; a suburb, "Perth CBD" or a site name says where
                if place is None and "start" in m.groupdict() and m.group("start") is not None:
                    continue        # "Courier depot." opening a sentence: a capital that may be no name at all
                known = place is not None or localities.exact(name) is not None
                if name.islower() and not (known and name not in work_named.WORK_TOWN_STOP):
                    continue        # lower case as forums write it: only a town the tables know ("our wagga office")
                if name.lower() in _NOT_PLACES or place is None and facility in _GENERIC_FACILITIES and (
                        ctx.scan_employed is not True):
                    continue        # "the Tax office", "the Admin block": an unknown name before "office" only for staff
                # the subject's own words about work (first person and a work word), or the org named in the item
                work = self.context_words.find(sent.text) + ctx.shared.work_in(sent.text)
                if not work and (due := _DUE_IN.search(text, max(sent.span.start_char, m.start() - 25), m.start("name"))) \
                        and _DUE_BY.match(right):
                    work = [due.group(0).strip() + " ... " + _DUE_BY.match(right).group(0).strip()]   # "walk into the <X> depot by 7:15"
                if facility in ("office", "building", "site", "campus"):    # "my pod's on level 5 of the <suburb> building",
                    # round 15: "the <suburb> site has no aircon again" from staff
                    work += [m.group(0) for r in self.office_inside for m in [r.search(sent.text)] if m]
                if facility == "building" and not any(r.search(sent.text) for r in self.office_inside):
                    continue        # "the <Name> building" is any building: only its floor or desk makes it the office
                if not work and m.group("facility").islower() and self._staff_site(
                        ctx, sent, facility, (known or own) and name.lower() not in localities.COMMON_TOWN_WORDS):
                    # the kind in lower case: a facility at the place, not a precinct's name ("Circular Quay")
                    work = ["staff named the site"]
                if not (work and (sent.any_first_person or ctx.scan_employed is True) or ctx.item_facts.orgs):
                    continue        # staff need not say "I" ("12 hr nights at Yongah Hill, Eagle compound")
                value = self._site_for(ctx, name, facility) or f"{name} {facility}"
                if value.lower() in seen:
                    continue
                seen.add(value.lower())
                d = self.detection(ctx, value=value, key=f"place:{value}", confidence=self.WORK_AT,
                                   pattern="work_at_place_facility", excerpt_text=sent.text,
                                   support=[m.group(0).strip(), *work[:2]], attrs={"place": name, "facility": facility})
                if d:
                    out.append(d)
        return out
