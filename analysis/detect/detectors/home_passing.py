"""Home said in passing (round 15): a short phrase that ties one suburb to the writer's home, mid-sentence.

- being "in" a suburb beside the home's services ("I'm in <Suburb>, fibre's good", "we're in <Suburb>, the NBN tech ...");
- home by name ("home in <Suburb> for three weeks", "riding laps from home in <Suburb>", "power's out at home in
  <Suburb>", "working from home in <Suburb>");
- the writer's side of town named ("from our side of town, <Suburb>, over to ...");
- the writer's own rent ("rent on my own in <Suburb>", "my rent in <Suburb>");
- a relative or friend who lives in the suburb a few streets "from us" (the writer lives there or next door);
- a lift that picks the writer up ("my lift to work leaves <Suburb> at 1:15", "carpool picks me up in <Suburb>");
- in the owner's own bio only, a room or house of theirs "in <Suburb>" ("brewing in a tiny garage in <Suburb>",
  "restoring a 1920s weatherboard in <Suburb>": `bio_home_room`); in a post the same words may be anyone's house.
- round 17 (`home_passing_suburb`): a suburb said beside a habit or a thing of the home, with no "live" word ("I'm in
  <Suburb> with no air con", "5am walk round <Suburb> with the dog", "<Suburb> clay wins again" in the garden, "porch
  weather is over in <Suburb>", "the 24/7 gym in <Suburb> before work"; the walk only with a habit or an hour:
  `home_passing_walk`, `home_passing_habit`). These cues are weaker than "home", so the
  place must be a suburb or town: never a city, a regional city or a state (a city named so says only the region).
- round 19 (`home_passing_cue`, vetoed by `home_passing_cue_not`): an age opening a self-introduction ("38, from
  <Suburb>"), the way home ending in a suburb ("walked home along the river to <Suburb>"), years lived there said as
  now ("Lived in <Suburb> for six years."), a verdict on it ("Best thing about <Suburb>: ..."); in a bio, "<Suburb>, via
  <Place>" (`bio_via`).
Each phrase is a regex with a `place` group in data/lexicons/home_location.toml (`home_passing`); the place must be a
known town or suburb (a city is coarse, a star or a word is none), and the sentence no trip, stay or workplace. The
phrase itself is blanked before the stay veto is read ("home in X for three weeks" is the stay at home, not away).
"""
from __future__ import annotations

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import BIO_FIELDS

PASSING = 0.65             # one suburb tied to the writer's home by a phrase said in passing
CITY = 0.5


def said_in_passing(det, w, doc, ctx, text, known, guesses) -> list:
    """The first `home_passing` phrase of the unit naming a known town (see module doc); [] when none."""
    rxs, room = det.regexes("home_passing"), ()
    walk = tuple(det.regexes("home_passing_walk"))
    cue = tuple(det.regexes("home_passing_cue"))
    fine = (*det.regexes("home_passing_suburb"), *walk, *cue)
    rxs = (*rxs, *fine)
    if ctx.kind == "profile_field" and ctx.field_key in BIO_FIELDS:
        room = tuple(det.regexes("bio_home_room"))
        rxs = (*rxs, *room, *det.regexes("bio_via"))     # "Brewing in a tiny garage in <Suburb>", "<Suburb>, via Hanoi"
    for rx in rxs:
        for m in rx.finditer(text):
            place = m.group("place")
            found = _town(place)
            if found is None or found[1] in ("state", "territory", "country"):
                continue
            if rx in fine and (found[1] == "city" or localities.regional_city(found[0])):
                continue           # round 17: a weak cue names a suburb, not the city around it
            sent = ctx.facts.sent_at_char(m.start("place"))
            st = sent.text
            # the phrase blanked (same length): its own "for three weeks" is the stay at home, not a trip
            at = m.start() - sent.span.start_char
            rest = st[:max(0, at)] + " " * len(m.group(0)) + st[max(0, at) + len(m.group(0)):] if at >= 0 else st
            if det.denied(rest) or det.work_words.search(det.work_words.untimed(rest)):
                continue
            if rx in walk and not any(r.search(st) for r in det.regexes("home_passing_habit")):
                continue           # "the dog loved the walk round <Suburb>": a walk with no habit or hour is a day out
            if rx in cue:
                if any(r.search(st) for r in det.regexes("home_passing_cue_not")):
                    continue       # round 19: "lived in <Town> for two years in my twenties", "best thing about <Town>: the holiday"
            elif rx in fine and any(r.search(st) for r in det.regexes("home_passing_suburb_not")):
                continue           # "walked round <Suburb> with the dog after the markets", "Mum's dog": a day out, someone else's
            if rx in room and any(r.search(st) for r in det.regexes("bio_home_room_not")):
                continue           # "Builder. Just finished a house in <Suburb> for a lovely family": a client's
            name, kind = found
            d = det.detection(ctx, value=name, key=f"place:{name}", confidence=CITY if kind == "city" else PASSING,
                              pattern="home_said_in_passing", excerpt_text=st,
                              support=[" ".join(m.group(0).split())], attrs={"place": name, "place_kind": kind})
            if d:
                return [d]
    return []


def _town(place: str):
    """The longest known town the captured words start with ("Seddon for three" -> Seddon)."""
    words = place.split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        found = localities.lookup(cand) or localities.named_suburb(cand)
        if found:
            return found
    return None
