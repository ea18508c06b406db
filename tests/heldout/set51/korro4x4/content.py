"""Dale Korhonen (FICTIONAL): Border Force investigator, Springfield Lakes. A 4WD Q&A forum with quoted replies.

Thread pages quote other members' words (their relatives and jobs are not his); only what Dale says is his.
Every name, handle and number is invented.
"""
NAME = "Dale Korhonen"

FORUM = {
    "site": "QLD 4x4 Talk",
    "user": "korro_79",
    "path": "/forum/u/korro_79/",
    "about": ["Springfield Lakes. '09 Prado, too many recovery straps. Signed up with my work email like an idiot "
              "(dale.korhonen@abf.gov.au), so keep the spam to a minimum, fellas."],
    "posts": [
        ("5101", "2026-02-14 20:10", "+10:00", "Prado rear diff whine at 90?",
         ["Rear diff whines from about 90 km/h. Does the drive to the office at Eagle Farm and back every day, plus "
          "the odd Stradbroke trip.",
          "&gt; Quote from muddy_mick: My brother-in-law's in Customs, he reckons it's always the pinion bearing.",
          "Cheers Mick, tell your brother-in-law he owes me a diagnosis. Booked it in for Friday."]),
        ("5102", "2026-03-09 21:30", "+10:00", "Missing the Fraser trip, sorry lads",
         ["Can't make the Fraser trip in August. As an ABF investigator I'm flat out on a brief of evidence for a "
          "tobacco importation job: three tonnes of loose leaf in a container of 'outdoor furniture', goes to "
          "committal in the Brisbane Magistrates Court in August, so my leave's cancelled.",
          "&gt; Quote from sandy_tracks: Tell the crooks to smoke less, ha.",
          "If only, Sandy."]),
        ("5103", "2026-04-04 19:00", "+10:00", "Trip report: Glass House Mountains tracks",
         ["Went up with Ben Whitlock on Sunday. Whitty got bogged twice and blamed my snatch strap both times. "
          "Photos to come when I figure out the uploader."]),
        ("5104", "2026-04-22 20:45", "+10:00", "WTB/WTS: selling the roof-top tent",
         ["Selling the roof-top tent, $900 ono. Since the divorce I've got Maddie and Kai every second weekend and "
          "the child support plus the lawyer's bill is killing me, so the toys have to go.",
          "PM me or ring 0491 570 633 after 6."]),
        ("5105", "2026-05-12 21:15", "+10:00", "Rugged laptop for camp?",
         ["&gt; Quote from gravel_grace: We use Toughbooks at my work, bulletproof. My husband runs his whole "
          "fishing charter off one.",
          "Ha, wish. Our case system at work, which everyone calls Sherlock, only runs on the office desktops, so "
          "every statement taken in the field gets typed up twice. My team leader Rachael Oduya has been asking for "
          "laptops for three years. Anyway, for camp I just want something that survives corrugations."]),
        ("5106", "2026-05-30 18:30", "+10:00", "Kids' first camp",
         ["Took my two, Maddie (10) and Kai (7), out to Lake Moogerah for their first proper camp. Kai cried when "
          "we packed up. Win."]),
    ],
}
