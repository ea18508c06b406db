"""Shaun Doherty (FICTIONAL, NEGATIVE CONTROL): a council parking officer in Bendigo, living in Eaglehawk."""
NAME = "Shaun Doherty"

ACTIVITYPUB = {
    "handle": "ticketshaun",
    "summary": "<p>Parking officer, City of Greater Bendigo. Yes, I've heard every joke. Eaglehawk born and raised.</p>",
    "notes": [
        (6001, "2026-02-25 17:30", "+11:00",
         "Handed out 41 infringements on Hargreaves Street today. Seized nothing, detained nobody, despite what the "
         "bloke in the Commodore reckons.", {}),
        (6002, "2026-03-18 20:00", "+11:00",
         "Watched Border Security with a beer. Those officers have it easy, nobody keys their car over a $90 fine.", {}),
        (6003, "2026-04-09 12:40", "+10:00",
         "Loading zone outside the department store is not a car park. It has never been a car park.", {}),
        (6004, "2026-05-02 18:15", "+10:00",
         "My wife Tina made lamb shanks. Best thing about winter. Tina if you're reading this, thank you.", {}),
        (6005, "2026-05-27 19:50", "+10:00",
         "Darts Wednesday 6pm at the Eaglehawk club with my mate Robbo. Robbo owes me a parma.", {}),
        (6006, "2026-06-30 09:10", "+10:00",
         "Selling a pair of council-issue boots, size 11, never worn. Text 0491 570 388.", {}),
        (6007, "2026-08-11 13:00", "+10:00",
         "Uniform and badge on, hat on, sunscreen on. Someone's border collie followed me down View Street for a block.", {}),
    ],
}
