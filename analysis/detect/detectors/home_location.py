"""home_location: where the subject lives, as stated (§3 home location).

Inference from geotags is the geotag clustering step's; this reads words and
profile fields only.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from footprint.crawler.items import PostItem, ProfileItem

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.context import BIO_FIELDS, WordSet, doc_text
from footprint.analysis.detect.detectors import home_card, home_handle, home_informal, home_labelled, home_loose, home_said, home_scene
from footprint.analysis.detect.detectors.home_fragments import signed_from
from footprint.analysis.detect.detectors.home_work_words import HomeWorkWords, clause_end, own_clause
from footprint.analysis.detect.detectors.home_loose import BORN_AND_BRED, marked_bio_place, named_after, origin, paired_place, terse_bio_place
from footprint.analysis.link.geo import reverse_geocode

SUBURB, CITY = 0.8, 0.5
_PORT = re.compile(r"\bhome\s+(?:port|mooring|harbou?r|waters)\b", re.I)
# lower-case words that are also Australian place names but mostly mean something else here
_STOP = localities.COMMON_TOWN_WORDS | {"the"}
_NOT_GUESS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "christmas", "easter", "i", "the", "a", "an", "my", "our", "we", "it", "this", "that", "there", "here",
                        "town", "city", "summer", "winter", "spring", "autumn", "uni", "university", "school", "time", "style"})
_FIELD_SEPARATORS = ("", "|", "·", "/", "-", "–", "—", ".", ",", ";")
_FROM_IN = re.compile(r"\b(?:from|in|of|based\s+in|lives\s+in|living\s+in)$", re.I)


_COUNTRY = re.compile(r",?\s*(?:Australia|AUS|AU)\.?\s*$", re.I)
_WRITTEN_STATE = re.compile(r"(?:^|[\s,])(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\b\.?", re.I)


def _as_written_state(name: str, text: str) -> str:
    """A place in the state the field writes ("Kingston, TAS" is not the gazetteer's Kingston ACT)."""
    head, _, state = name.rpartition(" ")
    m = _WRITTEN_STATE.search(text)
    if not head or m is None or state == m.group(1).upper() or state.upper() not in {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"}:
        return name
    return f"{head} {m.group(1).upper()}"


def _bio_pattern(fragment: str, pattern: str) -> str:
    """The rule's name for a bio fragment: "born_and_bred_place" when the fragment says where the writer grew up
    ("<Town> born and bred"), which is the home only when the scan states no other (analysis/link/home_bio.py)."""
    return BORN_AND_BRED if origin(fragment) else pattern


class HomeLocationDetector(Detector):
    CATEGORY = "home_location"
    LEXICON = "home_location"
    STATED = 0.8
    STREET = 0.9
    ADDRESS_FIELD = 0.9
    LOCATION_FIELD = 0.65
    VAGUE_FIELD = 0.45
    POST_AT_HOME = 0.7        # "Location: Sydney" is a city, not where they live

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        g = self.regexes
        self.left, self.moved, self.street, self.street_left = g("left"), g("moved"), g("street"), g("street_left")
        p = self.words
        self.home_fields, self.location_fields = set(p("home_fields")), set(p("location_fields"))
        self.field_marks = tuple(p("location_field_marks"))
        self.handle_person = tuple(p("handle_person"))
        # round 14: "before work", "after the night shift" tell the time, not where the place is (home_work_words.py)
        self.work_words = HomeWorkWords(p("work_words"), g("work_time"))
        self.business = g("business_address")
        self.ambiguous_fields = set(p("ambiguous_address_fields"))
        self._by_name: dict[str, str] | None = None
        self.sale, self.pickup_left, self.pickup_right = g("sale"), g("pickup_left"), g("pickup_right")
        self.pickup_name = g("pickup_name")
        self.local_right, self.our_street, self.bio_region = g("local_right"), g("our_street"), g("bio_region")
        self.lower_not = frozenset(p("lower_not"))
        self.home_named, self.home_back, self.home_said = g("home_named"), g("home_back"), g("home_said")
        self.vessel_port = g("vessel_port")
        self.home_tenure, self.home_self, self.home_question = g("home_tenure"), g("home_self"), g("home_question")
        self.subject_lives, self.pronoun_lives = g("subject_lives"), g("pronoun_lives")
        self.moved_to = g("moved_to")
        self._lower: dict[str, str] | None = None
        self._site_words: dict = {}

    def _lower_places(self, doc, ctx) -> list[Span]:
        """Gazetteer suburbs written in lower case ("our street in blacktown"), which the exact-case ruler
        leaves alone; the caller still demands a home phrase before them."""
        if self._lower is None:
            self._lower = {r["pattern"].lower(): i for i, r in ctx.places.items()
                           if r.get("kind") == "suburb" and r["pattern"].lower() not in self.lower_not}
        taken = {t.i for e in doc.ents for t in e}
        out = []
        # token texts read once per doc (localities.token_columns): slicing the Doc for each word's three lengths was slow
        alpha, _, texts, spaces, is_lower, _ = localities.token_columns(doc)
        size = len(texts)
        for i in range(size):
            if not is_lower[i] or not alpha[i] or i in taken:
                continue
            for n in (3, 2, 1):     # the span's text, as Span.text gives it
                if i + n <= size and (pid := self._lower.get("".join(texts[j] + spaces[j] for j in range(i, i + n - 1))
                                                             + texts[i + n - 1])):
                    out.append(Span(doc, i, i + n, label="GPE", span_id=pid))
                    break
        return out

    def _town_spans(self, doc, ctx, in_names: bool = False) -> list[Span]:
        """Towns and suburbs the gazetteer and the tagger missed, in any case and said loosely ("live kirrawee-ish",
        "our new place in Ashgrove"): GeoNames' Australian places (analysis.detect.localities). The caller still
        demands a home phrase before them."""
        return localities.town_spans(doc, skip=self.lower_not, in_names=in_names, stop=_STOP)

    def _towns_taken_for_names(self, doc, ctx) -> list[Span]:
        """A town the tagger took for a firm or a person, the whole entity and nothing more ("our corner in Coorparoo",
        "off my cousin in Kangaroo Flat" tagged ORG): read, like every place here, only after a home phrase."""
        whole = {(e.start, e.end) for e in doc.ents if e.label_ in ("ORG", "PERSON") and not e.ent_id_}
        if not whole:
            return []
        return [s for s in self._town_spans(doc, ctx, in_names=True) if (s.start, s.end) in whole]

    GUESSED = 0.65        # a capitalised name no gazetteer knows, right after a home phrase ("our new place in Ashgrove")

    def _guess_spans(self, doc, persons: bool = False) -> list[Span]:
        """Capitalised names that neither the gazetteer, GeoNames nor the tagger call a place: one or two title-case
        words not inside an organisation or date (nor a person, unless `persons`: the tagger takes unknown suburbs
        for surnames). Only ever read right after a home phrase, or before a local amenity."""
        taken = {t.i for e in doc.ents for t in e
                 if not (persons and e.label_ == "PERSON") and not (e.label_ in ("GPE", "LOC", "FAC") and not e.ent_id_)}
        out, i = [], 0
        while i < len(doc):
            tok = doc[i]
            if i in taken or not tok.is_title or not tok.is_alpha or tok.lower_ in _NOT_GUESS or len(tok) < 3 or tok.is_sent_start:
                i += 1
                continue
            n = 2 if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha and i + 1 not in taken \
                and doc[i + 1].lower_ not in _NOT_GUESS else 1
            out.append(Span(doc, i, i + n, label="GUESS"))
            i += n
        return out

    def _place(self, ctx, span) -> tuple[str, str]:
        """Normal form and kind of a place span ("Marrickville NSW", "suburb")."""
        eid = span.id_ or span.ent_id_        # a town span carries its own id (its root token may carry a shorter name)
        if eid.startswith("place:"):
            row = ctx.places.get(eid, {})
            return eid.split(":", 1)[1], row.get("kind", "suburb")
        if span.ent_id_.startswith("site:"):
            return span.ent_id_.split(":", 1)[1], "site"
        # round 14: a name no table reads alone, where a phrase expected a place ("our place in Thornton"): its state;
        # round 18: or any Australian locality's ("back home in Zeehan")
        return localities.named_suburb(span.text) or localities.exact(span.text, wide=True) or (span.text, "suburb")

    def analyze(self, doc, item, ctx):
        if ctx.kind == "profile_field" and (ctx.field_key in self.home_fields | self.location_fields or not ctx.field_key
                                            and any(m in (ctx.field or "") for m in self.field_marks)):
            return self._field(doc, ctx, item)
        out = []
        facts = ctx.facts
        streets = self._streets(doc, ctx)
        out += streets
        covered = {d.attrs.get("suburb", "").lower() for d in streets}
        text = doc_text(doc, ctx)         # Doc.text joins every token's text: once, not per pattern
        sale = any(rx.search(text) for rx in self.sale)
        picked = False
        towns = self._town_spans(doc, ctx)
        in_towns = {t.i for sp in towns for t in sp}
        # a tagger's place that GeoNames knows by name takes its normal form ("Belmont" -> one Belmont, once)
        tagged = [sp for sp in facts.places if sp.ent_id_ or not any(t.i in in_towns for t in sp)]
        known = [*tagged, *self._lower_places(doc, ctx), *towns, *self._towns_taken_for_names(doc, ctx)]
        # round 14: the town a gazetteer place starts ("Bonnyrigg" of "Bonnyrigg Heights"), as its own span
        known = [home_informal._longer(doc, sp) for sp in known]
        # "altona north": the longer name wins over the suburb inside it ("altona")
        known = [sp for sp in known if not any(o.start <= sp.start and sp.end <= o.end and len(o) > len(sp) for o in known)]
        covered_tokens = {t.i for sp in known for t in sp}
        guesses = [g for g in self._guess_spans(doc) if not any(t.i in covered_tokens for t in g)]
        # round 14: a suburb named like a person ("our place in Hackett", tagged PERSON) is a place after a home phrase
        in_guess = {t.i for g in guesses for t in g}
        guesses += [g for g in self._guess_spans(doc, persons=True) if localities.named_suburb(g.text)
                    and not any(t.i in covered_tokens or t.i in in_guess for t in g)]
        for span in [*known, *guesses]:
            if sale and (d := self._pickup(doc, ctx, span)) is not None:
                out.append(d)
                picked = True
                continue
            sent = facts.sent_of(span.start)
            left = text[max(sent.span.start_char, span.start_char - 50):span.start_char].lower()
            rule = next((rx.pattern for rx in self.left if rx.search(left)), None)
            # round 20: the cue's own clause is read, not a trip or an office in the clause after or before it
            said = sent.text[:clause_end(sent.text, span.end_char - sent.span.start_char)]
            if rule is None or self.denied(said) or self.work_words.search(own_clause(left)):
                continue
            if home_said.someone_else(ctx, text, span.start_char - len(left), left):
                continue            # round 14: "<Someone else> ... lives around the corner in X"
            if text[span.end_char:span.end_char + 3].lstrip().startswith("?"):
                continue            # "Lives in Jannali? Have your say": a place asked about, not stated
            if "life" in rule and not any(rx.search(sent.text) for rx in self.moved):
                continue
            name, kind = self._place(ctx, span)
            if kind in ("state", "territory") or span.text.lower() in covered:
                continue
            score = CITY if kind == "city" else self.GUESSED if span.label_ == "GUESS" else self.STATED
            d = self.detection(ctx, value=name, key=f"place:{name}", confidence=score, pattern="stated_residence",
                               excerpt_text=sent.text, support=[left.strip().split(" ")[-2:][0] if left.strip() else ""],
                               attrs={"place": name, "place_kind": kind})
            if d:
                out.append(d)
        if sale and not picked and ctx.kind != "profile_field":
            out += self._pickup_name(doc, ctx)
        if not out:
            out += home_said.subject_lives(self, doc, ctx)      # "Kit lives in <Suburb>", "Kit, a <Suburb> local"
        if not out:     # the start of a daily commute, the home's verandah beside its suburb, a child's school
            out += home_informal.find(self, doc, ctx, known, guesses)
        if not out:
            out += self._named_home(doc, ctx)
        if not out:
            out += self._neighbourhood(doc, ctx)
        if not out:
            out += home_labelled.labelled(self, doc, ctx)      # round 14: "Location: Seddon" printed in a member card's text
        return out

    def _named_home(self, doc, ctx):
        """A town named as the home port, home town or home base, or "back in X" in a sentence that says home."""
        found = named_after((*self.home_named, *self.home_tenure, *self.home_self), doc_text(doc, ctx))
        found += home_loose.answered(self.home_question, doc_text(doc, ctx))
        found += [f for f in named_after(self.home_back, doc_text(doc, ctx))
                  if any(rx.search(ctx.facts.sent_at_char(f[3]).text) for rx in self.home_said)]
        for name, kind, phrase, start in found:
            sent = ctx.facts.sent_at_char(start)
            if self.denied(sent.text) or self.work_words.search(sent.text):
                continue
            if origin(sent.text) and any(rx.search(sent.text) for rx in self.regexes("origin_past")):
                continue        # round 17: "a <Town> boy born and bred, no matter where I end up": an origin, not the home
            # round 15: a ship's home port ("Ship's cook. Home port Fremantle") is the vessel's base, not the writer's home
            if _PORT.search(phrase) and any(rx.search(doc_text(doc, ctx)) for rx in self.vessel_port):
                continue
            d = self.detection(ctx, value=name, key=f"place:{name}", confidence=CITY if kind == "city" else self.STATED,
                               pattern="named_as_home", excerpt_text=sent.text, support=[phrase],
                               attrs={"place": name, "place_kind": kind})
            if d:
                return [d]
        return []

    LOCAL_WITH_OUR_STREET = 0.6
    BIO_SUBURB = 0.65

    def _neighbourhood(self, doc, ctx):
        """Home from the neighbourhood: one suburb named as a local amenity ("the club at the Ryde reserve") in a
        post that also says "our street", or a bio field that is a suburb beside its region ("Penrith | Western Sydney")."""
        places = [s for s in ctx.facts.places if s.ent_id_.startswith("place:")]
        suburbs = {s.ent_id_ for s in places if ctx.places.get(s.ent_id_, {}).get("kind") == "suburb"}
        if not suburbs and ctx.kind == "text":     # a town the gazetteer does not know ("the Redhead surf club")
            places = self._town_spans(doc, ctx, in_names=True) or self._guess_spans(doc, persons=True)
            suburbs = {s.id_ or s.text for s in places}
        elif not suburbs and ctx.kind == "profile_field" and ctx.field_key in BIO_FIELDS:   # "Narangba, Brissie"
            places = [s for s in self._town_spans(doc, ctx, in_names=True) if (localities.exact(s.text) or ("", ""))[1] == "suburb"
                      and not localities.regional_city(s.id_.split(":", 1)[-1])]
            suburbs = {s.id_ or s.text for s in places}
        if len(suburbs) != 1 or self.denied(doc_text(doc, ctx)) or self.work_words.search(doc_text(doc, ctx)):
            return self._terse_bio(doc, ctx)
        span = next(s for s in places if (s.ent_id_ or s.id_ or s.text) in suburbs)
        name, kind = self._place(ctx, span)
        right = doc_text(doc, ctx)[span.end_char:span.end_char + 40]
        # the field separator before the suburb, if any; or "from"/"in" in a third-person line ("a baker from X, Brisvegas")
        before = doc_text(doc, ctx)[:span.start_char].rstrip()
        before = "" if _FROM_IN.search(before) else before[-1:]
        rule = None
        if any(rx.search(right) for rx in self.local_right) and any(rx.search(doc_text(doc, ctx)) for rx in self.our_street):
            rule, score = "local_place_with_our_street", self.LOCAL_WITH_OUR_STREET
        elif (ctx.kind == "profile_field" and ctx.field_key in BIO_FIELDS and not ctx.item_facts.employer_field
              and not localities.regional_city(name)          # "Townsville, QLD" alone is a region
              and not ctx.facts.org_mentions and before in _FIELD_SEPARATORS
              and any(rx.search(right.lstrip(" ,|/·-–—")) for rx in self.bio_region)):
            rule, score = "bio_suburb_with_region", self.BIO_SUBURB
        if rule is None:
            return self._terse_bio(doc, ctx)
        sent = ctx.facts.sent_of(span.start)
        d = self.detection(ctx, value=name, key=f"place:{name}", confidence=score, pattern=rule, excerpt_text=sent.text,
                           support=[span.text, right.strip()[:30]], attrs={"place": name, "place_kind": kind})
        return [d] if d else []

    def _terse_bio(self, doc, ctx):
        """A bio of short fragments, one of them only a town or suburb ("Night owl. APS. Ferns. Kaleen.")."""
        if ctx.kind == "profile_field" and ctx.field_key not in BIO_FIELDS:
            return []
        sites = self._site_words.get(ctx.org)
        if sites is None:       # the org's site words, once per org rather than once per doc
            sites = self._site_words[ctx.org] = frozenset(w.lower() for s in ctx.org.sites for a in (s.name, *s.aliases) for w in a.split())
        marked = marked_bio_place(doc_text(doc, ctx), sites)
        if marked and self.denied(ctx.facts.sent_at_char(max(0, doc_text(doc, ctx).find(marked[2]))).text):
            marked = None       # the sentence with the place is a trip or a visit (a page's other lines may be)
        if marked and origin(marked[2]) and any(rx.search(marked[2]) for rx in self.regexes("origin_past")):
            marked = None       # round 17: "<Town> girl originally, but it's been twenty years": where they came from
        if ctx.kind != "profile_field":     # a forum "about" read as text: only a marked fragment ("out Armadale way.")
            hit = marked
            if hit is None:
                return []
            name, kind, fragment = hit
            d = self.detection(ctx, value=name, key=f"place:{name}", confidence=self.BIO_SUBURB, pattern=_bio_pattern(fragment, "marked_place"),
                               excerpt_text=ctx.facts.sent_at_char(max(0, doc_text(doc, ctx).find(fragment))).text,
                               support=[fragment], attrs={"place": name, "place_kind": kind})
            return [d] if d else []
        # a headline naming the org ("Inspector · ABF · Fremantle"): its bare town is work; "out Armadale way" is not
        hit = (None if ctx.facts.org_mentions or self.denied(doc_text(doc, ctx)) else terse_bio_place(doc_text(doc, ctx), sites)) or marked
        # round 13: "<City> (<Suburb>)" in a bio, even one naming the employer: the pairing says home
        hit = hit or (None if self.denied(doc_text(doc, ctx)) else paired_place(doc_text(doc, ctx), sites)
                      or signed_from(doc_text(doc, ctx), sites))
        if hit is None:
            return []
        name, kind, fragment = hit
        d = self.detection(ctx, value=name, key=f"place:{name}", confidence=CITY if kind == "city" else self.BIO_SUBURB,
                           pattern=_bio_pattern(fragment, "terse_bio_place"), excerpt_text=doc_text(doc, ctx), support=[fragment, "terse bio"],
                           attrs={"place": name, "place_kind": kind})
        return [d] if d else []

    SALE_PICKUP = 0.7
    SALE_PICKUP_NAME = 0.6

    def _pickup_name(self, doc, ctx):
        """A sale's pick-up place that no gazetteer or NER knows ("Tarneit pick up"): capitalised words beside it."""
        known = {s.text.lower() for s in ctx.facts.places} | {s.text.lower() for s in ctx.facts.sites}
        for rx in self.pickup_name:
            for m in rx.finditer(doc_text(doc, ctx)):
                name = m.group(1)
                if name.lower() in known or ctx.facts.persons and any(p.text == name for p in ctx.facts.persons):
                    continue
                sent = ctx.facts.sent_at_char(m.start(1))
                d = self.detection(ctx, value=name, key=f"place:{name}", confidence=self.SALE_PICKUP_NAME,
                                   pattern="sale_pickup_name", excerpt_text=sent.text,
                                   support=[" ".join(m.group(0).split()), "for-sale post"], attrs={"place": name, "place_kind": "unknown"})
                return [d] if d else []
        return []

    def _pickup(self, doc, ctx, span):
        """A for-sale post's pick-up suburb ("pick up Coburg", "Coburg pickup only"): the seller's home."""
        sent = ctx.facts.sent_of(span.start)
        left = doc_text(doc, ctx)[max(sent.span.start_char, span.start_char - 30):span.start_char].lower()
        right = doc_text(doc, ctx)[span.end_char:span.end_char + 30].lower()
        m = next((m for rx in self.pickup_left for m in [rx.search(left)] if m), None) or next(
            (m for rx in self.pickup_right for m in [rx.search(right)] if m), None)
        name, kind = self._place(ctx, span)
        if m is None or kind not in ("suburb",) or self.work_words.search(left):
            return None
        return self.detection(ctx, value=name, key=f"place:{name}", confidence=self.SALE_PICKUP,
                              pattern="sale_pickup_place", excerpt_text=sent.text,
                              support=[" ".join(m.group(0).split()), "for-sale post"],
                              attrs={"place": name, "place_kind": kind})

    def analyze_item(self, item, ctx):
        """A post with a place attached that says it is at home: "home sweet home", "Home.", "hill repeats outside our
        front door", "a pic from the garden this arvo" (home_scene.py reads the words). The finding carries the
        point's coordinates when the place has them: a named place is often the next suburb over."""
        if isinstance(item, ProfileItem):
            return home_handle.handle_home(self, item, ctx)        # "kogarahmum3": a suburb and who they are there
        if not isinstance(item, PostItem) or not isinstance(item.location, dict):
            return []
        text = f"{item.title} {item.text}"
        loc = item.location
        name = str(loc.get("name") or "").strip()
        if home_scene.home_name(name):      # round 13: the place itself is named "Home": where it is says the suburb
            kind, said, name = "strong", f"location named {name!r}", ""
        else:
            kind, said = home_scene.scene(text)
            if kind not in home_scene.SINGLE or self.denied(home_scene.near_words(text, said)):
                return []
        if self._by_name is None:
            self._by_name = {r["pattern"].lower(): i.split(":", 1)[1] for i, r in ctx.places.items() if r.get("kind") == "suburb"}
        try:
            lat, lon = float(loc.get("lat", loc.get("latitude"))), float(loc.get("lon", loc.get("longitude")))
            point = f"{lat:.4f}, {lon:.4f}"
        except (TypeError, ValueError):
            lat = lon = None
            point = ""
        if name:
            value = self._by_name.get(name.lower(), name)
            key = f"place:{value}"
        elif point:         # no place named: the locality nearest the point names it (offline GeoNames), beside the point
            value, key = reverse_geocode(lat, lon) or point, f"geo:{lat:.3f},{lon:.3f}"
        else:
            return []
        where = f"{value} ({point})" if point and value != point else value
        # the point, and its nearest locality: a suburb the subject's words state nearby renames it (home_bio)
        attrs = {"place": value, **({"lat": round(lat, 6), "lon": round(lon, 6), "n": 1,
                                     "locality": reverse_geocode(lat, lon)} if point else {})}
        d = self.detection(ctx, value=value, key=key, confidence=self.POST_AT_HOME, pattern="post_at_home_with_place",
                           excerpt_text=f"location: {where}; text: {text.strip()}", kind="post_metadata",
                           support=[said], attrs=attrs)
        return [d] if d else []

    def _streets(self, doc, ctx):
        out, text = [], doc_text(doc, ctx)
        for rx in self.street:
            for m in rx.finditer(text):
                sent = ctx.facts.sent_at_char(m.start())
                left = text[max(sent.span.start_char, m.start() - 40):m.start()].lower()
                own = "live" in m.group(0).lower() or any(r.search(left) for r in self.street_left)
                if not own or self.denied(sent.text) or self.work_words.search(left):
                    continue
                street = " ".join(m.group(1).split()).rstrip(".")
                suburb = (m.group(2) or "").strip()
                value = f"{street}, {suburb}" if suburb else street
                d = self.detection(ctx, value=value, key=f"address:{street} {suburb}".strip(), confidence=self.STREET,
                                   pattern="street_address", excerpt_text=sent.text, support=[left.strip()],
                                   attrs={"street": street, "suburb": suburb})
                if d:
                    out.append(d)
        return out

    def _field(self, doc, ctx, item=None):
        text = " ".join(doc_text(doc, ctx).split())
        if not text or any(rx.search(text) for rx in self.business):
            return []           # a business address (Level 3, Suite 4, PO Box): an office, not a home
        if ctx.field_key in self.ambiguous_fields and ctx.item_facts.employer_field and (
                any(rx.search(text) for rx in self.street[:1])
                or ctx.item_facts.org_field and home_card.local_firm(getattr(item, "fields", None) or {})):
            return []           # a staff page or business card: the address is the workplace's
        # round 15: a locality alone beside only a job title (a personal card: "Landscape designer", "Norwood SA") is
        # the home; round 19: so is one beside an employer ("Border Force Officer, Australian Border Force, Yorkeys
        # Knob": people's own cards give where they live), unless a street address or an employer named for its place
        # ("Toowong Motors", home_card.py) makes it the workplace's
        address = ctx.field_key in self.home_fields
        for rx in self.street[:1]:
            m = rx.search(text)
            if m:
                street = " ".join(m.group(1).split())
                suburb = (m.group(2) or "").strip()
                return [d for d in [self.detection(ctx, value=text, key=f"address:{street} {suburb}".strip(),
                                                   confidence=self.ADDRESS_FIELD, pattern="address_field", excerpt_text=text,
                                                   attrs={"street": street, "suburb": suburb})] if d]
        places = [s for s in ctx.facts.places if s.ent_id_.startswith("place:")]
        kinds = [(self._place(ctx, s)) for s in places]
        local = [nk for nk in kinds if nk[1] not in ("state", "territory")]
        # round 19: an h-card's address ends in its country ("Kangaroo Flat VIC, Australia"): the town is before it
        town = localities.lookup(text) or localities.lookup(_COUNTRY.sub("", text))
        if local and not (town and len(town[0]) > len(local[0][0]) and local[0][0].split()[0] in town[0]):
            name, kind = local[0]       # ("Nth Ryde": the whole field's town, not the gazetteer's Ryde inside it)
        elif town is not None:
            name, kind = town       # a town the gazetteer does not know, or said loosely ("Ulladulla-ish")
        elif named := localities.named_suburb(text):
            name, kind = named      # round 14: "Location: Thornton": a field for a place names the suburb
        else:
            name, kind = text, "unknown"
        name = _as_written_state(name, text)
        score = self.ADDRESS_FIELD if address else (self.VAGUE_FIELD if kind in ("city", "unknown") else self.LOCATION_FIELD)
        return [d for d in [self.detection(ctx, value=name, key=f"place:{name}", confidence=score,
                                           pattern="address_field" if address else "location_field", excerpt_text=text,
                                           attrs={"place": name, "place_kind": kind})] if d]
