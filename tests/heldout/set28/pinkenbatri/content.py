"""Aaron Kealy (FICTIONAL): a 39-year-old Border Force cargo examination officer at a Pinkenba depot, Brisbane.

A triathlon training log (microformats blog + RSS; two posts carry georss at home). Terse training
data, splits and heart rates, work in passing. Every name, handle and address is invented.
"""
NAME = "Aaron Kealy"

HOME_GEO = (-27.40480, 153.05710)    # a residential street in Nundah QLD, rounded

BLOG = {
    "path": "log",
    "title": "Kealy Tri Log",
    "card_note": "Age-group triathlete (40-44 from next year). Training log, no filter.",
    "locality": "Nundah",
    "region": "QLD",
    "posts": [
        ("wk06", "2026-02-09 19:30", "+10:00", "Week 6: base",
         ["Swim squad Mon/Wed/Fri 5:15am at the Nundah pool, 3.2 km total. Bike Sat long ride 5am from home, out "
          "through Nudgee to Sandgate and back, 92 km. Run Tues/Thurs after work from the depot at Pinkenba along "
          "the river, 10 km easy.",
          "Coach Benno (Ben Hockley) wants more zone 2. Fine."],
         ["training"], HOME_GEO),
        ("wk09", "2026-03-02 20:00", "+10:00", "Week 9: work ate my week",
         ["Missed two runs. Long days at the depot: we had 900 kg of loose-leaf tobacco packed inside garden hose "
          "reels across six containers, and the whole shift was on the tipping floor. Border Force overtime is good "
          "for the race-entry fund, bad for the legs."],
         ["training", "work"], None),
        ("wk12", "2026-03-23 19:45", "+10:00", "Week 12: a brick and a bill",
         ["Brick session, 60 km bike + 8 km run, HR 148 avg. New carbon wheels went on the credit card: that is "
          "$11k on it now with the bike. Carly has asked me to stop buying things. Carly is right. I will not stop."],
         ["training", "gear"], None),
        ("wk15", "2026-04-13 19:15", "+10:00", "Week 15: taper",
         ["Taper week. Swam with Carly on Sunday at Redcliffe, she is quicker than me off the start. The kids, "
          "Noah and Evie, did the kids' dash at the jetty."],
         ["training", "family"], HOME_GEO),
        ("race-report", "2026-04-26 18:00", "+10:00", "Race report: Olympic distance",
         ["2:14:51. Swim 24:10, T1 2:01, bike 1:08, run 38:20. Passed the bloke from work, Marcus Tuilagi, on the "
          "run, which will be mentioned at the depot every day until Christmas."],
         ["race"], None),
        ("off-season", "2026-06-01 19:00", "+10:00", "Off season",
         ["Watched the Tour highlights. Easy spins. Nothing to report."],
         ["rest"], None),
    ],
}

PHOTOS: list = []
