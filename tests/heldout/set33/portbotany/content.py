"""Graham Vickery (FICTIONAL): a 58-year-old Border Force officer at the Port Botany container terminal, widowed.

A grief-support forum (threads) where he mentions his job once and afterwards only its nights. Every name,
handle, number and address is invented.
"""
NAME = "Graham Vickery"

FORUM = {
    "site": "Still Here: a grief support community",
    "user": "GrahamV58",
    "path": "/members/GrahamV58/",
    "about": ["Lost my Maree in November 2025 after 34 years. Malabar, Sydney. Happy to talk: grahamv58@bigpond.example"],
    "posts": [
        ("g201", "2026-01-18 03:20", "+11:00", "Nights are the worst",
         ["I'm on nightshift, ten till six, at the container terminal at Port Botany, and people think that must be "
          "the hard part. It isn't. The hard part is coming home at half six to the house in Malabar and nobody "
          "asking how it went. Thirty years in Customs, now Border Force, and I've never felt this useless."]),
        ("g202", "2026-02-08 11:00", "+11:00", "Sundays",
         ["Every Sunday at 8 I take flowers to Maree at the cemetery, then coffee at the same kiosk. Our daughter "
          "Kirsty comes up from Wollongong once a month with the grandkids, Lachie and Ivy."]),
        ("g203", "2026-03-01 22:45", "+11:00", "Re: Drinking to sleep",
         ["I'll be honest with this group because I can't be honest anywhere else. It's most of a bottle of red "
          "a night now, sometimes more after a shift. I know."]),
        ("g204", "2026-03-29 04:10", "+11:00", "Re: Does work help?",
         ["Sometimes. Last week the lads and I found a young fella in a container from Port Klang, alive, just. "
          "Three days in there. Tony Briggs on my crew sat with him till the ambulance came. I haven't stopped "
          "thinking about it."]),
        ("g205", "2026-04-26 19:30", "+10:00", "Re: Friends who disappear",
         ["Most did. Except Phil (Phillip Szabo), who I met in this group, and who rings me every Wednesday. "
          "Thanks mate."]),
        ("g206", "2026-05-24 20:00", "+10:00", "Re: What are you watching",
         ["Maree loved Border Security. I can't watch it now. I watch the cricket instead."]),
    ],
}
