"""Bao Tran (FICTIONAL): 34, Border Force container examination officer, Footscray; a FIRE forum's monthly updates.

Every name, handle, email and number is invented (0491 570 xxx is reserved for fiction).
"""
NAME = "Bao Tran"

FORUM = {
    "site": "Aussie FIRE Forum",
    "user": "leanfire_footscray",
    "path": "/forum/u/leanfire_footscray/",
    "inline": True,
    "about": ["34M, Footscray. APS4 at Border Force, container exams. Target: 1.2m by 45.",
              "Signed up with my work email (bao.tran@abf.gov.au) because the forum kept bouncing my personal one lol. "
              "Signal if you want to chat numbers: 0491 570 382."],
    "posts": [
        ("8801", "2026-08-02 20:30", "+10:00", "July update: 41% savings rate",
         ["Income: base APS4 plus shift penalties comes to about 92k. Rent is $480/wk for a one-bed near the Footscray "
          "market, split with my partner Ngoc Anh so really $240. Groceries from the market on Sunday mornings, cheap as.",
          "ETFs up, car still a 2009 Corolla, savings rate 41%."]),
        ("8802", "2026-08-16 21:15", "+10:00", "Overtime is my secret weapon",
         ["People ask how a public servant saves this much. Overtime. We've had unlimited OT since the tobacco taskforce "
          "ramped up. Last month my shift pulled 9.6 million sticks out of two reefer containers manifested as frozen "
          "peas, cigarettes stacked behind a false wall of pea cartons. There's another op on the reefers in the new year "
          "so the OT tap stays open.",
          "I work at the CEF at West Melbourne, the container examination facility, if anyone wants to compare rosters."]),
        ("8803", "2026-08-29 19:50", "+10:00", "Commute hack: $0 per day",
         ["Ride the Maribyrnong River trail at 5:40 every morning, over the Shepherd bridge, bike locked at the exam "
          "facility by 6:10. 4 on 4 off, twelve hour days. Zero dollars in transport, and cardio."]),
        ("8804", "2026-09-12 22:40", "+10:00", "Rant: frugal workplace tech",
         ["Our exam system still runs on a 2009 build, the x-ray image viewer crashes if you open more than three "
          "containers at once, and the whole floor shares one login on the terminal by the scanner because IT never "
          "issued the new tokens. Public sector frugality, the bad kind."]),
        ("8805", "2026-09-26 20:05", "+10:00", "Coworker converted",
         ["My team leader Marnie Castellano read my spreadsheet on nights and is now FIREing too. My housemate from uni, "
          "Declan Fry, still thinks it's a cult. My brother agrees with him."]),
        ("8806", "2026-10-18 23:55", "+11:00", "Bad month. Really bad.",
         ["Lost about $38k on leveraged crypto, got margin called on Tuesday. Ngoc Anh doesn't know. I put $6k on a "
          "credit card to cover the rest and I'm sick about it.",
          "Also knocked back for APS5 for the second time. Management hands acting roles to their mates. Starting to "
          "wonder what I'm even loyal to."]),
        ("8807", "2026-11-01 10:00", "+11:00", "Index funds question",
         ["VDHG or DHHF for the next ten years? Asking for a friend who is me."]),
    ],
}
