"""Jordan Teale (FICTIONAL): ABF officer newly transferred from Adelaide to Townsville Airport, buying a first
house in Ingham; a long first-home-buyers forum thread."""
NAME = "Jordan Teale"

FORUM = {
    "site": "First Home Buyers AU",
    "user": "jteale_firsthome",
    "path": "/community/u/jteale_firsthome/",
    "about": ["New to Queensland. Trying to buy a house before the humidity kills me."],
    "posts": [
        ("9101", "2026-03-29 20:10", "+10:00", "First home in Ingham, am I mad?",
         ["Just moved up from Adelaide with the ABF. I transferred to Townsville Airport in March and we're renting "
          "in Ingham because Townsville prices are out of reach. Looking to buy here. Mad or smart?"]),
        ("9102", "2026-04-06 21:30", "+10:00", "Pre-approval came in way under",
         ["Bank only gave us $340k pre-approval because of my HECS and the car loan, and we already owe $11k on "
          "the credit card from the move. Honestly stressing, I check the balance every night."]),
        ("9103", "2026-04-12 19:00", "+10:00", "Is the commute insane?",
         ["It's 1h40 each way to the airport. I'm on 6am to 2pm earlies Monday to Friday, so I leave Ingham at "
          "4:15. Am I going to regret buying out here?"]),
        ("9104", "2026-04-20 18:40", "+10:00", "Two incomes now",
         ["Good news: my partner Kai got a job at the Ingham hospital pharmacy, so the bank might look at us again."]),
        ("9105", "2026-05-03 20:00", "+10:00", "Building inspector recs?",
         ["Any recs for building inspectors around Ingham? My workmate Shane Pirie (20 years at the airport) says "
          "get one who does termites or don't bother. Shane also says never buy on a floodplain, which is all of "
          "Ingham."]),
        ("9106", "2026-05-17 21:15", "+10:00", "Sorry for going quiet",
         ["Work has been chaos. We caught a bloke with 2kg of ice in his checked bag and I did a 16-hour day doing "
          "the paperwork. Back on the house hunt this weekend."]),
        ("9107", "2026-05-24 19:30", "+10:00", "Open homes this Saturday",
         ["Three open homes Saturday. One has a department store's worth of mirrored wardrobes. One has a pool."]),
    ],
}
