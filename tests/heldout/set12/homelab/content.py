"""Nathan Ilic (FICTIONAL): Home Affairs ICT network engineer, Brisbane, 33; lowercase homelab forum.

Every name, handle, address and number is invented.
"""
NAME = "Nathan Ilic"

FORUM = {
    "site": "RackTalk AU",
    "user": "nate_racks",
    "path": "/forums/u/nate_racks/",
    "about": ["brisbane. 3 node proxmox cluster in a cupboard, partner is thrilled.",
              "reg'd with n.ilic@homeaffairs.gov.au cause i was at work, changing it eventually",
              "discord: nate_racks#0420 if u want to talk vlans"],
    "posts": [
        ("5501", "2026-02-12 21:15", "+10:00", "new to the forum, my setup",
         ["hey all. i do network stuff for home affairs by day and apparently also by night. current lab: 3x "
          "mini pcs, proxmox, opnsense, a switch i got off a govt auction (not ours lol). lives in the hall "
          "cupboard of our unit in new farm."]),
        ("5502", "2026-03-02 22:40", "+10:00", "palo vs fortinet, work edition",
         ["vague cause work but: we're moving the border passenger edge firewalls off the palo altos to a new "
          "vendor in feb next year, cutover is gonna be ugly. anyone done a big palo to forti migration? how bad "
          "were the nat rules"]),
        ("5503", "2026-03-18 20:05", "+10:00", "password managers for teams?",
         ["asking for a friend (me). half my team at work uses the same break-glass admin pw and its in a keepass "
          "file on a shared drive. whats the sane way to do this at home so i stop copying bad habits"]),
        ("5504", "2026-04-07 19:30", "+10:00", "rant, not lab related",
         ["got knocked back for the EL1 again. third time. the guy who got it cant subnet. honestly the place can "
          "get stuffed. also hearing our branch merges with another in jan and 12 positions go, so good times"]),
        ("5505", "2026-04-28 06:50", "+10:00", "gym then ferry, any1 else?",
         ["5:30am m/w/f at the gym in fortitude valley then the 7:10 ferry from new farm to the adelaide st "
          "office. lab upgrades happen on the ferry in my head"]),
        ("5506", "2026-05-15 21:00", "+10:00", "selling: old 10g nics",
         ["2x intel x520, tested, $40 each, pickup only."]),
    ],
}
