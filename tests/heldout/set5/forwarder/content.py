"""Lucinda Pham (FICTIONAL): NEGATIVE CONTROL, a freight forwarder in Brisbane whose work brushes the border every day. All invented."""
NAME = "Lucinda Pham"

ACTIVITYPUB = {
    "handle": "lucyinthefreight",
    "summary": "<p>Freight forwarder at a small Brisbane agency. Containers, coffee, chaos. Mum of twins 👯 "
               "DMs open or lucy.pham@freightmail.example</p>",
    "notes": [
        (5901, "2026-02-09 17:40", "+10:00",
         "Client's container of patio furniture held by Border Force for an x-ray at the wharf. Third week. "
         "The client thinks I can make it go faster. I cannot. #freightlife", {}),
        (5902, "2026-02-13 08:10", "+10:00",
         "School drop off 7:45 at Wynnum State School every weekday then straight down Lytton Road to the office. "
         "Tuesdays the twins have swimming at 4 so I leave by 3:30.", {}),
        (5903, "2026-02-18 21:00", "+10:00",
         "Trade portal down all afternoon so none of our customs declarations went through. Every forwarder in "
         "Brisbane was swearing at the same screen.", {}),
        (5904, "2026-02-24 19:15", "+10:00",
         "The twins both lost a front tooth on the same day. Tooth fairy is broke. My husband Duc says "
         "the going rate is now $5?!", {}),
        (5905, "2026-03-02 12:30", "+10:00",
         "Lunch at the Manly harbour with @jess_kowalczyk who works in airline cargo at the airport. We compared "
         "which of us had the worst client this month. She won.", {"mentions": ["jess_kowalczyk"]}),
        (5906, "2026-03-11 16:20", "+10:00",
         "Read the news piece about the Border Force seizure of cigarettes at the Port of Brisbane. Glad it wasn't "
         "one of ours 😅", {}),
        (5907, "2026-03-19 18:00", "+10:00", "Our street in Wynnum West smells like jasmine tonight 🌼", {}),
        (5908, "2026-03-28 10:00", "+10:00", "Saturday. No containers. Bliss.", {}),
    ],
    "others": {"jess_kowalczyk": "Jess Kowalczyk"},
}
