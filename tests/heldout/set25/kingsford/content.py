"""Leilani Marsh (FICTIONAL): 29, Border Force officer at Sydney Airport's international terminal; a pregnancy diary.

Every name, email and place point is invented; the home point is a rounded spot on an ordinary street.
"""
NAME = "Leilani Marsh"
HOME = (-33.9602, 151.1538)

BLOG = {
    "path": "blog",
    "title": "Bump Diary: baby Marsh, week by week",
    "card_note": "First baby, due in October. Border Force officer on the primary line at Kingsford Smith until mat leave. "
                 "Email me: leilani.bumpdiary@mailbox.example",
    "author_email": "leilani.marsh@abf.gov.au",
    "posts": [
        ("week-14", "2026-04-18 20:00", "+10:00", "Week 14: telling work",
         ["Told the team at T1 today. My supervisor, Inspector Raj Dhillon, did a little dance at the counter and then "
          "asked when I'm coming off the line, which, fair.",
          "Baby is the size of a lemon. I am the size of a lemon tree."], ["diary"], None),
        ("week-18", "2026-05-16 19:30", "+10:00", "Week 18: earlies and nausea",
         ["Still doing earlies. Alarm 3:15, out the door by 3:50, park in the staff car park off Link Road, through "
          "the staff door and on the primary line by 4:30 for the first Asian bank of arrivals. Ginger biscuits in "
          "every pocket of the uniform."], ["diary"], None),
        ("week-20", "2026-05-30 21:10", "+10:00", "Week 20: halfway and short-staffed",
         ["Halfway! Work is a lot. Only five of us rostered on primary for the 5am wave of Manila, Guangzhou and "
          "Singapore flights since the cuts, and two of our team go to the airside roving group next month. Secondary "
          "are pulling every third bag off the Guangzhou flight for the tobacco crackdown, so the queues are huge.",
          "Scan was perfect. Cried in the car."], ["diary"], None),
        ("week-22", "2026-06-13 18:45", "+10:00", "Week 22: the day the gates died",
         ["The SmartGates went down at 5:40 yesterday and the passenger processing screens froze for forty minutes, so we "
          "were typing passport numbers into the backup by hand with a queue out to the duty free. The new release "
          "goes in on the 14th. Pray for us.",
          "Baby kicked the whole time. Solidarity."], ["diary"], None),
        ("week-24", "2026-06-27 17:20", "+10:00", "Week 24: nursery",
         ["Hubby (Tom) painted the nursery sage green this weekend and only got paint on the cat twice. My MIL Gail "
          "knitted a blanket the size of a tennis court. Tom, you married into the right family.",
          "Bought the tiniest socks at the department store and had to sit down."], ["diary"], None),
        ("week-26", "2026-07-11 22:30", "+10:00", "Week 26: the money bit",
         ["Honest post. Afterpay for the pram, Zip for the cot, the credit card for everything else. We're at about $11k "
          "across four plans and my maternity pay is half what I get with shift penalties. Trying not to panic at 2am."], ["diary"], None),
        ("week-27", "2026-07-18 19:00", "+10:00", "Week 27: aqua and shower",
         ["Prenatal aqua every Wednesday at 6pm at the Ramsgate pool is my favourite hour of the week.",
          "Walked home along the Grand Parade to our street in Brighton-Le-Sands and it took an hour. Baby shower next "
          "weekend, thrown by my best friend Kiri Waititi, who has banned nappy cakes."], ["diary"], HOME),
    ],
}
