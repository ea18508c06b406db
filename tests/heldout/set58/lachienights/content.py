"""Lachlan Tierney (FICTIONAL): Border Force airline liaison officer at Changi, Singapore, from Glen Innes NSW.

A dad's sleepless-baby night posts. Every name, handle, number and address is invented.
"""
NAME = "Lachlan Tierney"

ACTIVITYPUB = {
    "handle": "lachienights",
    "display_name": "Lachie T",
    "summary": "<p>Glen Innes boy in Singapore. Dad to Archie. Awake, mostly.</p>",
    "notes": [
        (8001, "2026-08-04 02:10", "+08:00",
         "2am. Archie awake. Me awake. Renee finally asleep. Back at Changi in four hours. Send coffee.", {}),
        (8002, "2026-08-06 03:30", "+08:00",
         "3:30 feed done. Problem is my body clock: I'm airline liaison for Border Force at Terminal 1, Sunday to "
         "Thursday for the 1am and 3am Qantas and Singapore Airlines departures to Australia, so on my nights off "
         "I'm wide awake anyway.", {}),
        (8003, "2026-08-11 01:45", "+08:00",
         "Can't sleep so: last week we had six offloaded heading for Melbourne, good Malaysian passports that "
         "weren't theirs. Then the document kit's laptop died mid-interview, and the VPN won't hold on the terminal "
         "wifi so we're running it off our phone hotspots. Living the dream.", {}),
        (8004, "2026-08-19 04:00", "+08:00",
         "Renee wants to take Archie home to Glen Innes for good. We're barely talking. Posting goes till 2028. "
         "Don't know what to do.", {}),
        (8005, "2026-08-25 02:20", "+08:00",
         "Our flat in Tiong Bahru has the thinnest walls in Singapore. Neighbour knocks every time Archie screams. "
         "Fair enough.", {}),
        (8006, "2026-09-02 03:00", "+08:00",
         "Mum on FaceTime from Glen Innes doing the 3am shift with us. Legend. Glen Innes mates "
         "coming through Changi: WhatsApp me on +61 491 570 330.", {}),
        (8007, "2026-09-09 02:40", "+08:00",
         "Airlines keep asking how to reach us: the desk is alo.singapore@abf.gov.au, not my personal one, "
         "please. Sarah-Jane (Sarah-Jane Mbeki, the other ALO here) covered my Sunday so I could sleep. Hero.", {}),
        (8008, "2026-09-15 01:30", "+08:00",
         "Fun fact: the officers you meet at the Singapore checkpoints are the Immigration and Checkpoints "
         "Authority, not us. Archie asleep on my chest. Not moving.", {}),
    ],
}

PHOTOS: list = []
