"""Brad van Heerden (FICTIONAL): status resolution officer at an immigration detention centre in WA; gamer slang. All invented."""
NAME = "Brad van Heerden"

ACTIVITYPUB = {
    "handle": "vanh_gg",
    "display_name": "vanH | gg no re",
    "summary": "<p>ranked grinder, part time human. add me on discord: vanh_gg#4471</p>",
    "notes": [
        (6301, "2026-02-02 21:30", "+08:00",
         "gg lads. 4 wins straight then @toddy_mcfee threw the last one. carried all night as usual 😤",
         {"mentions": ["toddy_mcfee"]}),
        (6302, "2026-02-09 06:20", "+08:00",
         "mondays = 6:15 out the door, hour up the Great Eastern Hwy to Northam, back fri arvo. fifo without the "
         "plane lol", {}),
        (6303, "2026-02-14 23:55", "+08:00",
         "down another 3k on skin cases this month. the house always wins and im the house's favourite customer 💀",
         {}),
        (6304, "2026-02-20 19:00", "+08:00",
         "irl job update for the 3 people who asked: yes im still a status resolution officer with Home Affairs, "
         "yes its at Yongah Hill, no i cant talk about it, yes its boring", {}),
        (6305, "2026-03-01 22:10", "+08:00",
         "new patch nerfed my main again. devs hate me specifically", {}),
        (6306, "2026-03-08 20:40", "+08:00",
         "shout out to Todd McFee aka toddy for the pizza at LAN night, you're forgiven for the throw 🍕", {}),
        (6307, "2026-03-15 16:00", "+08:00",
         "watched a border collie herd a drone at the park today. better aim than my squad", {}),
    ],
    "others": {"toddy_mcfee": "Todd McFee"},
}
