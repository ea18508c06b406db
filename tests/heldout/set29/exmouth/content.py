"""Corinne Maddox (FICTIONAL): a Border Force officer in Exmouth WA who edits the kids' swimming club newsletter.

A microformats2 newsletter blog with its RSS feed, written partly in the third person ("your
editor"), with carnival results and one photo with EXIF GPS at home. Every name, number and address is invented.
"""
NAME = "Corinne Maddox"
HOME = (-21.93420, 114.12680)     # a residential street in Exmouth, rounded


def _photos():
    import sys
    mod = sys.modules["_demo_make_photos"]
    P, near = mod.Photo, mod._near
    return [P("towels.jpg", *near(HOME, 4, -6), 8.0, "2026:03:15 16:45:00", "+08:00",
              "club towels drying on the line at home", (60, 140, 200))]


PHOTOS = _photos()

BLOG = {
    "path": "splash",
    "title": "The Dolphin Splash: Exmouth Dolphins Swimming Club newsletter",
    "card_note": "News, results and reminders for Dolphins families. Edited by Corinne Maddox (club secretary).",
    "posts": [
        ("term1", "2026-02-06 19:00", "+08:00", "Welcome back, Dolphins!",
         ["Squad is back: Monday, Wednesday and Friday at 5:45am at the Exmouth aquatic centre, with your editor "
          "on lane duty every session (coffee donations accepted).",
          "Newsletter items to corinne.m@dolphinsplash.example by Thursday night, please."],
         ["squad"], None),
        ("committee", "2026-02-20 20:00", "+08:00", "Meet your committee",
         ["President: Bernie Kalkbrenner, who has run the club barbecue since before most of our swimmers were born.",
          "Secretary and newsletter: Corinne Maddox, when she's not at the Border Force office down at the boat "
          "harbour. Corinne can be reached there during the day on 02 5550 4418; evenings, email the newsletter."],
         ["committee"], None),
        ("carnival", "2026-03-15 18:00", "+08:00", "Club carnival results",
         ["What a day! Mackenzie Maddox (yes, the editor's eldest) took the 11 years 50m freestyle, and Ollie "
          "Maddox won the 8 and under kick-board race by a whole board length. The editor is not biased.",
          "Towels left at the pool are now drying on the editor's clothesline; come and get them.",
          '<img src="{{BASE}}/media/towels.jpg" alt="towels on the line">'],
         ["results"], None),
        ("thanks", "2026-04-03 17:30", "+08:00", "Thank you, volunteers",
         ["Shout out to Bernie and to every parent who timed a race at the carnival and still smiled.",
          "Reminder: no squad on Good Friday."],
         ["volunteers"], None),
        ("border", "2026-05-22 19:15", "+08:00", "Winter program",
         ["Winter program starts June. The heated pool border tiles are being replaced, so lane 1 is closed. "
          "Swim caps in club colours are back in stock at the department store in Carnarvon, or order from Bernie."],
         ["winter"], None),
    ],
}
