"""Synthetic, labelled social-media posts for the benchmarks (all fictional).

Why: the throughput and accuracy comparisons need many posts with a known
truth. Each post is built from a small template family (employer chatter,
family, friends, home, travel, contacts, routines, decoys, plain chatter)
and carries gold labels for the four classes every PII tool shares: email,
phone, person and location. A label's `exposure` flag says whether it is the
kind of fact footprint is meant to report (a named family member, the home
suburb, the work site) as opposed to any name or place at all (a holiday
destination): the benchmark reports recall on both.

Names are random pairings of common first and last names; emails use
example.com/example.net (and the organisation's domain with fictional names,
as the demo persona does); phone numbers come from the ranges reserved for
fiction (0491 570 xxx mobiles, (0x) 5550 xxxx landlines).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

SUBJECT = "Robin Hale"
ALIASES = ["robinh"]

FIRST = ("Sarah Liam Priya Noah Chloe Ethan Zara Oliver Mia Lucas Isla Mason Ruby Harper Leo Grace Finn Ivy "
         "Hugo Nina Owen Tara Ezra Lena Jack Hannah Amir Leila Marco Sienna Kai Maya Felix Nora Theo Aria "
         "Jasper Elsie Arlo Willow Hazel Otis Matilda Milo Tegan Declan Imogen Callum Bridget Lachlan").split()
LAST = ("Kelly Nguyen Smith Patel Brown Wilson Taylor Martin Lee Walker Hall Young King Wright Scott Green "
        "Baker Adams Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards "
        "Holloway Brennan Doyle Fitzgerald Nakamura Rossi Kowalski Haddad Okafor Lindqvist Moreau").split()
SUBURBS = ("Marrickville Newtown Leichhardt Glebe Redfern Mascot Randwick Coogee Maroubra Bondi Paddington "
           "Balmain Drummoyne Burwood Strathfield Ashfield Campsie Lakemba Bankstown Revesby Padstow Panania "
           "Hurstville Kogarah Rockdale Cronulla Caringbah Miranda Sutherland Engadine Liverpool Casula "
           "Cabramatta Fairfield Merrylands Granville Auburn").split() + ["Dulwich Hill", "Surry Hills", "Five Dock"]
CITIES = ("Sydney", "Melbourne", "Brisbane", "Newcastle", "Wollongong", "Canberra")
OVERSEAS = ("Bali", "Fiji", "Tokyo", "Queenstown", "Lisbon", "Vancouver", "Phuket", "Auckland")
SITES = ("Sydney Airport", "Port Botany", "Villawood Immigration Detention Centre", "Melbourne Airport")
STREETS = ("Kingsford Street", "Wattle Avenue", "Banksia Road", "Ironbark Crescent", "Myrtle Lane")
BEACHES = ("Bondi", "Cronulla", "Coogee", "Maroubra")
SPOUSE = ("wife", "husband", "partner")
KIDS = ("son", "daughter")
PARENTS = (("Mum", "mum"), ("Dad", "dad"))
FRIEND_WORDS = ("mate", "best friend", "housemate", "teammate", "neighbour")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Saturday")
OFFICIAL_DOMAIN = "abf.gov.au"
PERSONAL_DOMAINS = ("example.com", "example.net", "mail.example.org")

CHATTER = (
    "Coffee number three. Send help.",
    "Legs day at the gym. I can no longer feel them.",
    "Anyone else watching the footy tonight?",
    "Rain again and the dog refuses to go outside.",
    "Sourdough attempt number four: actually edible!",
    "Finished the book club book in one sitting, no regrets.",
    "Slow cooker season is officially back.",
    "Why does the printer only jam when I'm in a hurry.",
    "New running shoes, who dis.",
    "Long weekend plans: absolutely nothing. Bliss.",
    "Tried the new ramen place. Ten out of ten, would slurp again.",
    "The tomatoes are finally ripening. Gardening win.",
)
# Look like an entity of a shared class and are not one (or are another class).
DECOYS = (
    ("Tracking number 4415 2290 1873 for my parcel and still nothing.", []),
    ("Grace period on the library books ends Friday, phew.", []),
    ("Will do the big shop later. Summer is nearly here.", []),
    ("Order ref 7731-0042-9917 confirmed, delivery next week apparently.", []),
    ("Shift starts 0630 and finishes 1830, the usual.", []),
    ("Loved the new Jordan sneakers at the shops today.", []),
    ("Paris is my cat's name and she is a menace.", []),
    ("Email me @ the usual time, you know the drill.", []),
    ("Version 2.3.1 of the app finally fixed the login bug.", []),
    ("The @sydweather account says storms tonight, bring the washing in.", []),
    ("Scored 1300 points in the pub trivia, 1800 was the winning score.", []),
    ("My friend Sydney is coming over for dinner tonight.", [("person", "Sydney", True)]),
    ("Florence + the Machine on repeat all afternoon.", []),
)


@dataclass
class Label:
    cls: str            # email | phone | person | location
    value: str
    exposure: bool      # footprint is meant to report it (family, home, work site, contacts)


@dataclass
class SynthPost:
    id: int
    text: str
    family: str         # template family, for per-family breakdowns
    labels: list[Label] = field(default_factory=list)
    published: str = ""


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def mobile(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice([f"0491 570 {n:03d}", f"0491570{n:03d}", f"+61 491 570 {n:03d}", f"0491-570-{n:03d}"])


def landline(rng: random.Random) -> str:
    area, n = rng.choice("2378"), rng.randrange(10000)
    return rng.choice([f"(0{area}) 5550 {n:04d}", f"0{area} 5550 {n:04d}", f"+61 {area} 5550 {n:04d}"])


def _employer(rng):
    site = rng.choice(SITES)
    text = rng.choice([
        f"Another long shift at {site} with the Border Force crew. #BorderForce",
        f"Night shift at {site} again. Coffee is my co-worker.",
        f"Ten years in the ABF this week. Started as a trainee at {site}.",
    ])
    return text, [Label("location", site, True)]


def _family(rng):
    first, last = _name(rng)
    k = rng.randrange(5)
    if k == 0:
        sub = rng.choice(SUBURBS)
        return (f"My {rng.choice(KIDS)} {first} turned {rng.randrange(3, 15)} today! Cake at the park in {sub} this arvo.",
                [Label("person", first, True), Label("location", sub, True)])
    if k == 1:
        other = rng.choice([f for f in FIRST if f != first])
        beach = rng.choice(BEACHES)
        return (f"Took our kids {first} and {other} to {beach} beach. Sunburn acquired.",
                [Label("person", first, True), Label("person", other, True), Label("location", beach, True)])
    if k == 2:
        word, rel = rng.choice(PARENTS)
        city = rng.choice(CITIES)
        return (f"{word} ({first}) is visiting from {city} this week, so the house is spotless for once.",
                [Label("person", first, True), Label("location", city, False)])
    if k == 3:
        return (f"Happy anniversary to my {rng.choice(SPOUSE)} {first} {last}. Twelve years and counting!",
                [Label("person", f"{first} {last}", True)])
    return (f"My brother {first} just got engaged. So happy for them both.", [Label("person", first, True)])


def _associate(rng):
    first, last = _name(rng)
    sub = rng.choice(SUBURBS)
    k = rng.randrange(3)
    if k == 0:
        return (f"Dinner with my {rng.choice(FRIEND_WORDS)} {first} {last} in {sub} tonight.",
                [Label("person", f"{first} {last}", True), Label("location", sub, True)])
    if k == 1:
        return (f"My housemate {first} made a roast and now I owe them forever.", [Label("person", first, True)])
    return (f"Huge shout out to my teammate {first} {last} for that last-second goal.",
            [Label("person", f"{first} {last}", True)])


def _home(rng):
    sub = rng.choice(SUBURBS)
    k = rng.randrange(3)
    if k == 0:
        return f"Finally unpacked in our new place in {sub}.", [Label("location", sub, True)]
    if k == 1:
        city = rng.choice(CITIES)
        return (f"Loving life in {sub}. Best coffee in {city}, fight me.",
                [Label("location", sub, True), Label("location", city, False)])
    street = rng.choice(STREETS)
    return (f"We live on {street} in {sub} and the roadworks are endless.",
            [Label("location", street, True), Label("location", sub, True)])


def _travel(rng):
    place = rng.choice(OVERSEAS)
    return rng.choice([f"Two weeks in {place} and I already miss the dog.",
                       f"Watching the cricket from a hotel bar in {place}."]), [Label("location", place, False)]


def _email(rng):
    first, last = _name(rng)
    k = rng.randrange(3)
    if k == 0:
        addr = f"{first.lower()}.{last.lower()}{rng.randrange(70, 99)}@{rng.choice(PERSONAL_DOMAINS)}"
        return f"New email for personal stuff: {addr}.", [Label("email", addr, True)]
    if k == 1:
        addr = f"{first.lower()}{rng.randrange(100)}@{rng.choice(PERSONAL_DOMAINS)}"
        return f"Selling my old bike, email {addr} if keen.", [Label("email", addr, True)]
    addr = f"{first.lower()}.{last.lower()}@{OFFICIAL_DOMAIN}"
    return f"Work queries to {addr} please, not here.", [Label("email", addr, True)]


def _phone(rng):
    k = rng.randrange(3)
    if k == 0:
        num = mobile(rng)
        return f"Text me on {num} if you want in on the footy tipping.", [Label("phone", num, True)]
    if k == 1:
        num = landline(rng)
        return f"Garage sale Saturday, call {num} for directions.", [Label("phone", num, True)]
    num = landline(rng)
    return f"The team line is {num}, please don't message me here about rosters.", [Label("phone", num, True)]


def _routine(rng):
    first, _ = _name(rng)
    sub = rng.choice(SUBURBS)
    if rng.random() < 0.5:
        return (f"Every {rng.choice(DAYS)} 6am at the gym in {sub} with {first} before work.",
                [Label("location", sub, True), Label("person", first, True)])
    return f"My 5:40 train from {sub} was late again. Every single Monday.", [Label("location", sub, True)]


def _decoy(rng):
    text, labels = rng.choice(DECOYS)
    return text, [Label(c, v, e) for c, v, e in labels]


def _chatter(rng):
    return rng.choice(CHATTER), []


FAMILIES = (  # (name, weight, builder)
    ("employer", 10, _employer), ("family", 12, _family), ("associate", 8, _associate), ("home", 8, _home),
    ("travel", 6, _travel), ("email", 6, _email), ("phone", 6, _phone), ("routine", 6, _routine),
    ("decoy", 14, _decoy), ("chatter", 24, _chatter),
)


def make_posts(n: int, seed: int = 13) -> list[SynthPost]:
    """n labelled posts; a third get a second, unlabelled sentence of chatter appended."""
    rng = random.Random(seed)
    names, weights, builders = zip(*[(f[0], f[1], f[2]) for f in FAMILIES])
    out = []
    for i in range(n):
        k = rng.choices(range(len(names)), weights)[0]
        text, labels = builders[k](rng)
        if rng.random() < 0.33:
            text = f"{text} {rng.choice(CHATTER)}"
        day = 1 + i % 28
        published = f"2026-{1 + (i // 28) % 12:02d}-{day:02d}T{7 + i % 12:02d}:{i % 60:02d}:00Z"
        out.append(SynthPost(i, text, names[k], labels, published))
    return out
