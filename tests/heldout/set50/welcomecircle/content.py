"""Fatima Haddad (FICTIONAL), NEGATIVE CONTROL: a volunteer at an asylum-seeker support charity in Rockhampton,
writing in English with Arabic. Her posts name Home Affairs letters, visa refusals, detention and Border Force
as things that happen to the people she helps. A Mastodon-style account with one place-tagged note. Every name,
charity, number and point is invented."""
NAME = "Fatima Haddad"

ACTIVITYPUB = {
    "handle": "fatimah_rocky",
    "display_name": "Fatima H",
    "summary": "<p>Volunteer, Capricorn Welcome Circle. Mum. Rocky. أهلا وسهلا</p>",
    "notes": [
        (2001, "2026-02-03 13:00", "+10:00",
         "Tuesday drop-in at the Welcome Circle hall, 10am like every week. Forms, tea, kids' colouring. "
         "Yalla, come and help.", {}),
        (2002, "2026-02-19 20:30", "+10:00",
         "A family we support got a Home Affairs letter today, a visa refusal, and I sat with them while they "
         "read it. الله يصبرهم. Tomorrow we find them a lawyer.", {}),
        (2003, "2026-03-08 11:15", "+10:00",
         "Twenty years married to my husband Karim, my rock and my worst driver. Alf mabrouk to us.", {}),
        (2004, "2026-03-27 17:00", "+10:00",
         "Drove a client to the detention centre in Brisbane to visit her brother. The Border Force officers at "
         "the gate were kind. The waiting room was not.", {}),
        (2005, "2026-04-14 09:40", "+10:00",
         "Coffee on the back step before the school run. Norman Gardens is quiet at this hour.", {
             "location": ("Norman Gardens, Rockhampton", -23.3592, 150.5301)}),
        (2006, "2026-05-05 19:20", "+10:00",
         "Leila Nasser and I have cooked for the Welcome Circle every Ramadan for six years. Habibti, the "
         "maqluba was perfect.", {}),
        (2007, "2026-06-01 12:00", "+10:00",
         "Donations for the winter blanket drive: message me on 0491 570 883 and I'll collect. Shukran!", {}),
        (2008, "2026-06-18 21:00", "+10:00",
         "Our client's case manager finally rang back. Three months. Anyway, the border collie at the hall "
         "stole a samosa.", {}),
    ],
}
