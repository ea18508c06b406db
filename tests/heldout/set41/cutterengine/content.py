"""Iosefa "Sefa" Leota (FICTIONAL): marine engineer on a Border Force cutter, Darwin; lives in Zuccoli.

A Samoan-Australian running-club account (activity notes, some with a place) and one EXIF photo.
Every name, handle, number and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Iosefa Leota"
HOME = (-12.51150, 130.99780)   # a residential street in Zuccoli NT, rounded

ACTIVITYPUB = {
    "handle": "sefa_runs",
    "display_name": "Sefa L 🏃🏽‍♂️🇼🇸",
    "summary": "<p>Palmy Pacers. Engine room on the big grey boats. Fa'afetai to my aiga. Slow but I finish.</p>",
    "fields": [("WhatsApp", "0491 570 486"), ("Club", "Palmy Pacers, Tues + Thurs")],
    "notes": [
        (6101, "2026-02-10 06:15", "+09:30",
         "Tues 5:30am loop round Zuccoli lake with the Pacers. 6.2 km, 34 min, humidity 100 percent. Dazza lapped me, as usual.",
         {"location": ("Zuccoli", -12.51170, 130.99810)}),
        (6102, "2026-02-14 18:40", "+09:30",
         "Back after 26 days at sea. As 2nd engineer on one of the Border Force cutters I get to say it: the port main "
         "engine faulted on day 3 and we ran the whole patrol on one shaft. Three FFVs apprehended near Ashmore anyway.", {}),
        (6103, "2026-03-07 07:45", "+09:30",
         "Saturday parkrun done with my wife Mele and our boy Tavita in the pram. Tavita slept the whole way, manuia.", {}),
        (6104, "2026-03-21 19:10", "+09:30",
         "Fa'alavelave season: uncle's funeral in Apia plus the car loan. $7k on the card this month alone. "
         "Picking up every overtime shift down at Larrakeyah I can get.", {}),
        (6105, "2026-04-16 06:05", "+09:30",
         "Thursday hills with Darren Kerr, 3rd engineer on our sister boat. He says the Larrakeyah base gym doesn't count as training. Dazza is wrong.",
         {"images": [("lake-run.jpg", "sunrise at the lake after the run")]}),
        (6106, "2026-05-05 20:20", "+09:30",
         "Sat-comms on the boat have been down six days now and the spare transceiver is still in Cairns. "
         "Sailing Thursday regardless, back early June. Pray for the engineers.", {}),
        (6107, "2026-05-30 09:00", "+09:30",
         "Border collie pup at parkrun stole the show. Not ours, we're a cat house.", {}),
    ],
}

PHOTOS = [
    Photo("lake-run.jpg", -12.51190, 130.99760, 22.0, "2026:04:16 06:02:40", "+09:30",
          "sunrise at Zuccoli lake after a run, Thursday", (230, 140, 80)),
]
