"""Ingrid Halvorsen (FICTIONAL): Departmental statistician working remotely from Naracoorte SA.

A birdwatching log (microformats2 blog with RSS), every sighting with a georss point and a time.
Every name and street is invented or ordinary; the birding spots are public places.
"""
NAME = "Ingrid Halvorsen"

BLOG = {
    "path": "birds",
    "title": "Limestone Coast Ticks",
    "card_note": "Sightings, mostly wetland birds, mostly before breakfast.",
    "card_job": "Statistician",
    "card_org": "Department of Home Affairs",
    "posts": [
        ("brolgas", "2026-02-14 09:30", "+10:30", "Brolgas at Bool Lagoon, 6:20am",
         ["Six brolgas off the Tea-tree boardwalk at 6:20. As every Saturday, I was there at 6:15 with the flask; "
          "Marg Tilley, who has birded this lagoon for forty years, heard them first."],
         ["sightings", "bool lagoon"], (-37.1290, 140.6940)),
        ("verandah", "2026-02-22 17:45", "+10:30", "From the back verandah",
         ["A pair of yellow-tailed black cockatoos over our place on Smith Street at 5:40pm. My husband claims he saw "
          "them first. He did not."],
         ["sightings", "home"], (-36.9560, 140.7410)),
        ("stats-week", "2026-03-08 20:15", "+10:30", "No birds, it was release week",
         ["No birding this week. At work the quarter's visa cancellation numbers came in up about a third and we "
          "spent four days checking them before they go out in May; I cannot say more. Also the old SAS server "
          "was migrated on the Friday and every scheduled job broke, so my branch head Alison Kwan and I sat "
          "re-pointing scripts until nine."],
         ["work", "no birds"], None),
        ("canberra", "2026-03-25 18:00", "+10:30", "Canberra week: Jerrabomberra Wetlands",
         ["Visiting my sister in Canberra, so a dawn walk at Jerrabomberra Wetlands for a Latham's snipe. "
          "Public data is on the ABS website if anyone wants bird-related population counts."],
         ["sightings", "travel"], None),
        ("bittern", "2026-04-11 07:50", "+09:30", "Australasian bittern, Bool Lagoon",
         ["Booming at 6:30am, Saturday, same boardwalk. Marg nearly cried."],
         ["sightings", "bool lagoon"], (-37.1290, 140.6940)),
    ],
}
