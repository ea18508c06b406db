"""Leonie Saunders (FICTIONAL): officer posted to Thursday Island; a birdwatching log of species lists,
with georss points at her verandah. Every name, handle, number and address is invented."""
NAME = "Leonie Saunders"
VERANDAH = (-10.5818, 142.2186)   # a residential street on Thursday Island, rounded

BLOG = {
    "path": "birds",
    "author_email": "leonie.saunders@abf.gov.au",
    "title": "Strait Birds: a TI list",
    "card_note": "Bird lists from Thursday Island, where I'm posted with ABF for two years. Species, counts, and whatever else happened.",
    "posts": [
        ("verandah-list-feb", "2026-02-15 17:30", "+10:00", "Verandah list, mid Feb",
         ["From my verandah on Thursday Island, 5:45 to 6:30 before work:",
          "<ul><li>Torresian imperial-pigeon x 40</li><li>Olive-backed sunbird x 2</li><li>Varied honeyeater x 3</li>"
          "<li>Eastern reef egret x 1</li></ul>",
          "Then 7 to 3:30 at the wharf office like every weekday."],
         ["lists", "verandah"], VERANDAH),
        ("green-hill-sunday", "2026-03-01 10:00", "+10:00", "Green Hill, Sunday 6am",
         ["Sunday 6am walk up Green Hill, same as every Sunday. Birding friend Dr Hettie Marsh came across on the "
          "ferry from Horn and found a collared kingfisher I'd walked past twice.",
          "<ul><li>Collared kingfisher x 1 (Hettie's)</li><li>Pied imperial-pigeon x 12</li><li>Brahminy kite x 2</li></ul>"],
         ["lists", "green-hill"], None),
        ("quiet-birds-busy-work", "2026-03-19 20:40", "+10:00", "Quiet for birds",
         ["Quiet list this week because work wasn't:",
          "<ul><li>a banana boat from Daru with 18 kg of cannabis in a fuel drum with a false bottom</li>"
          "<li>only two of us on at the wharf office while the patrol boat is away till the 9th</li>"
          "<li>the satellite link dropped and we did every clearance on paper for three days</li></ul>",
          "My supervisor Paul Nona says I should put the binoculars down and do the paperwork. Fair."],
         ["work", "lists"], VERANDAH),
        ("mum-visit", "2026-04-08 18:00", "+10:00", "Mum's list",
         ["My mum came up from Cairns for a week. Her list: one sunbird, one pelican, forty mosquitoes."],
         ["family"], None),
        ("lonely-list", "2026-04-26 21:15", "+10:00", "A different list",
         ["Things I do on a Saturday night on TI: <ul><li>count bats</li><li>finish a bottle of red on my own</li>"
          "<li>wonder why I took this posting</li></ul>",
          "Nobody to talk to after work but the sunbirds. Eight more months."],
         ["personal"], VERANDAH),
        ("border-collie-reef", "2026-05-10 12:00", "+10:00", "Not a bird",
         ["A tourist's border collie chased the reef egrets off the beach today. Not impressed."],
         ["grumbles"], None),
    ],
}
