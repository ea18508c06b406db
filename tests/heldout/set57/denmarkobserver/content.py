"""Pieter Vanderzee (FICTIONAL): Border Force surveillance-aircraft observer on swing out of Karratha, lives in Denmark WA.

A quiet person's rare, long posts on a Mastodon-style account; two notes carry a place. Every name, handle and point
is invented or rounded.
"""
NAME = "Pieter Vanderzee"
HOME = (-34.9593, 117.3561)

ACTIVITYPUB = {
    "handle": "pvdz",
    "display_name": "Piet",
    "summary": "<p>Quiet type. Birds, boats, the odd long post. Denmark WA.</p>",
    "notes": [
        (7001, "2026-02-15 18:20", "+08:00",
         "Home after three weeks away. A few people have asked what I do now, so: I'm an observer on the Border Force surveillance aircraft out of Karratha. I sit behind the pilots and run the camera and the radar over the North West Shelf. Three weeks on, three weeks off, Perth to Karratha on the Monday charter.",
         {"location": ("Denmark, Western Australia", HOME[0], HOME[1])}),
        (7002, "2026-03-29 20:05", "+08:00",
         "Long one, sorry. Last swing we found a wooden boat ninety nautical miles north of the Montebellos with twelve people aboard. We tracked her for nine hours until the patrol boat got there. Fuel was tight, we went home on fumes. I keep thinking about the two kids sitting on the roof of the wheelhouse.", {}),
        (7003, "2026-04-19 19:40", "+08:00",
         "The radar on our aircraft was unserviceable for half of the last swing and the mission laptop runs software older than my daughter. We fly anyway, camera only. Wiremu Tane, the other observer on my crew, has started calling it the Etch A Sketch.", {}),
        (7004, "2026-05-24 21:30", "+08:00",
         "Anneke and I have separated, after twenty-two years. Long swings didn't help. I'm in the flat above the bakery for now. Our daughter drove over from Albany with soup, which undid me a bit.", {}),
        (7005, "2026-06-13 09:10", "+08:00",
         "Out in the kayak on Wilson Inlet with Gus Harker. Two ospreys and a very patient heron.", {}),
        (7006, "2026-06-20 16:00", "+08:00",
         "Someone asked if I'm 'the Border Security bloke'. No. That is a television programme.", {}),
    ],
}
