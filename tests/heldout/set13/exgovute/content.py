"""Trent Aldous (FICTIONAL): NEGATIVE CONTROL. A Ballarat electrician on a four-wheel-drive forum, restoring an
ex-government patrol LandCruiser bought at auction. He is not staff. Every name, number and place detail is invented.
"""
NAME = "Trent Aldous"

FORUM = {
    "site": "Cruiser Country 4x4 Forum",
    "user": "sparky_trent",
    "path": "/forum/u/sparky_trent/",
    "inline": True,
    "about": ["Sparky. 79 series tragic. Sebastopol, Ballarat way. Text 0491 570 782 if you've got 79 parts."],
    "posts": [
        ("2201", "2026-02-12 20:15", "+11:00", "Build thread: ex-Customs 79 series",
         ["Picked her up at the government auction in Dandenong last week. Ex-Customs 79 series, 410,000 km, still "
          "had the Border Force decals on the doors and a radio cradle in the dash for whatever system they ran. "
          "Decals are coming off this weekend."]),
        ("2208", "2026-03-07 18:40", "+11:00", "Decals off",
         ["Heat gun and patience. My mate Robbo (Rob Keane) helped strip the decals in my shed in Sebastopol, cost me "
          "a slab. Found an old patrol log sheet under the seat, blank, going in the bin."]),
        ("2215", "2026-04-11 21:00", "+10:00", "First trip",
         ["First proper trip with my son Lachie, up the Wombat State Forest tracks. He's 12 and now an expert on "
          "diff locks."]),
        ("2221", "2026-05-16 19:30", "+10:00", "Border crossing",
         ["Border crossing into SA for the Desert Parks trip in July. Anyone know the fruit fly rules at the "
          "quarantine bin? Don't want to lose my apples."]),
        ("2226", "2026-06-06 20:00", "+10:00", "Custom bar work",
         ["Got the custom bar work quoted. Eye-watering."]),
    ],
}
