"""Warren Hoskin (FICTIONAL): 47, Border Force officer covering Bell Bay and the Tamar, Launceston; a property
investors' forum, thread pages. Every name, handle, number and address is invented.
"""
NAME = "Warren Hoskin"

FORUM = {
    "site": "PropertyChat Down Under",
    "user": "tamar_landlord",
    "path": "/forum/u/tamar_landlord/",
    "about": ["3 IPs + PPOR, all in northern Tas. Reg'd with my work addy w.hoskin@abf.gov.au because the personal one "
              "got hacked. Mobile 0491 570 644 if you want to talk Launnie rentals.",
              "PMs slow, property managers can ring my desk at work on 02 5550 7731 weekdays."],
    "posts": [
        ("3301", "2026-01-18 20:40", "+11:00", "Interest only rolling off - help",
         ["All three IPs roll to P&I by June. That's an extra $2,900 a month I don't have. Already on a 19.99% "
          "card to cover the Mowbray roof. Wife doesn't know the half of it."]),
        ("3302", "2026-02-03 21:15", "+11:00", "Tenant from hell (long)",
         ["Managed to get to the tribunal between shifts. My roster at Bell Bay is 4 on 4 off, 0600 starts, so I "
          "did it on day 2 of my off block. Tenant didn't show."]),
        ("3303", "2026-02-20 19:30", "+11:00", "Anyone else's day job cap their income?",
         ["Been with Border Force 19 years, knocked back for the Superintendent job again, third time, went to a "
          "kid from Hobart with 4 years in. So no pay rise coming. Management down here couldn't care less."]),
        ("3304", "2026-03-05 22:00", "+11:00", "Rent appraisal Trevallyn",
         ["Got the PPOR appraised - we're up the hill in Trevallyn, walking distance to the Gorge - agent reckons "
          "$620 a week if we moved out. Tempting."]),
        ("3305", "2026-03-19 20:10", "+11:00", "Cash flow ideas (serious)",
         ["Only two of us cover every foreign ship into the Tamar now, and nobody boards the log carriers after "
          "1800 anymore. And the boarding app on our iPads hasn't synced with ICS since the January upgrade, so it's "
          "paper forms typed in later. Plenty of overtime that never gets approved. How are others plugging a gap "
          "like mine?"]),
        ("3306", "2026-04-02 21:00", "+10:00", "Depreciation schedule",
         ["Thanks to my brother-in-law Dean Cordell who did the schedule for a slab of Boag's. Legend."]),
        ("3307", "2026-04-22 20:30", "+10:00", "Landlord insurance",
         ["Changing insurers. The Customs House Hotel on the waterfront does a good parma if anyone's at the "
          "investor meetup."]),
    ],
}
