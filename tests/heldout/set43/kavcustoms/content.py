"""Rhys Kavanagh (FICTIONAL): a custom car builder in Mooroopna, on a street-machine forum. NEGATIVE CONTROL.

"Customs" is his shop's name, a customs broker clears his imported cars, and "the border" is the Murray.
A plain forum (inline posts with permalinks). Every name, number and address is invented.
"""
NAME = "Rhys Kavanagh"

FORUM = {
    "site": "Vic Street Machine Forum",
    "user": "KavanaghCustoms",
    "path": "/smf/u/kavanaghcustoms/",
    "inline": True,
    "about": ["Kavanagh Customs: hot rods, resto-mods and the odd tractor. Shed's behind the house in Mooroopna."],
    "posts": [
        ("901", "2026-02-19 20:00", "+11:00", "The Charger finally cleared",
         ["The '68 Charger from Texas finally cleared customs after six weeks at the wharf. Our customs broker "
          "earned every cent. Inspection found nothing but Texas dust."]),
        ("902", "2026-04-16 21:30", "+10:00", "Thursday night cruise",
         ["Thursday night cruise, 7pm from the Mooroopna servo, same as every week. Jed's bringing the "
          "Falcon."]),
        ("903", "2026-06-02 18:45", "+10:00", "Apprentice of the year",
         ["Proud dad moment: my son Jed, second-year apprentice at Kavanagh Customs, did the whole firewall "
          "himself."]),
        ("904", "2026-07-25 19:15", "+10:00", "Paint booth recommendation",
         ["Macca Trent (Trent McAllister) sprayed the Charger in his booth in Kialla. Best painter north of "
          "the Divide."]),
        ("905", "2026-09-08 20:20", "+10:00", "Summernats road trip",
         ["Crossing the border at Tocumwal for the Summernats run in January. Quotes for builds: ring the "
          "shop on 0491 570 615."]),
        ("906", "2026-10-03 17:00", "+10:00", "Not a department store job",
         ["Customer asked if we do 'department store paint'. No. No we do not."]),
    ],
}
