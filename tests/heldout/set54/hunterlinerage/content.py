"""Nate Osei (FICTIONAL): ABF intelligence analyst commuting from East Maitland to Sydney three days a week.

A commute-rant account. Every name, handle and number is invented.
"""
NAME = "Nate Osei"
HOME = (-32.7493, 151.5892)     # a rounded point on an ordinary East Maitland street

ACTIVITYPUB = {
    "handle": "hunterlinerage",
    "display_name": "Hunter Line Rage",
    "summary": "<p>Maitland to Sydney three days a week because someone decided analysts need to be 'in the office'. "
               "Rants only. Views my own, sanity questionable.</p>",
    "fields": [("Signal", "nate_hunter.42")],
    "notes": [
        (6301, "2026-02-10 05:20", "+11:00",
         "5:02 from Victoria Street, change at Hamilton for the 5:47 to Central. Tuesday Wednesday Thursday, every "
         "week, forever. Home by 7:40pm if the gods allow it. They do not allow it.", {}),
        (6302, "2026-02-11 08:55", "+11:00",
         "Whoever decided the ABF intel floor at the Sydney office needs us in three days a week should try the "
         "Hunter Line once. Just once.", {}),
        (6303, "2026-02-19 18:30", "+11:00",
         "Two years building the picture on a tobacco crew running chop chop out of sheds near Cessnock and the "
         "warrants go on the 18th of March and I'm not allowed to be there. Classic.", {}),
        (6304, "2026-02-25 12:10", "+11:00",
         "The high-side terminals were down all morning again, eleven analysts staring at spinning wheels. Then "
         "'the Web' (our link chart thing) ate a week of my work when it came back. Why do I even commute.", {}),
        (6305, "2026-03-04 19:05", "+11:00",
         "Jules Fenwick from my team fell asleep and got off at Broadmeadow instead of Hamilton. Jules is the best "
         "analyst in the building and cannot read a station sign.", {}),
        (6306, "2026-03-11 21:00", "+11:00",
         "my partner Ama says I talk about the train more than I talk about her. Fair. Ama, this one's for you.", {}),
        (6307, "2026-03-20 17:45", "+11:00",
         "Passed over for the EL1 again. Gave it to a bloke from Canberra who's never seen a shipping container. "
         "I'm done going the extra mile for this place. Done.", {}),
        (6308, "2026-03-28 16:30", "+11:00",
         "Saturday. No trains. Just the back step and a beer.",
         {"location": ("East Maitland", HOME[0], HOME[1])}),
        (6309, "2026-04-08 06:15", "+10:00",
         "Anyone else on the 5:02 want to start a complaints group chat? Signal is in my profile.", {}),
    ],
}
