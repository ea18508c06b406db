"""Ian Petrakis (FICTIONAL): Home Affairs building security/pass officer, living in Gordon ACT; a model railway forum."""
NAME = "Ian Petrakis"

FORUM = {
    "site": "Canberra Model Railway Forum",
    "user": "gordonjunction",
    "path": "/forum/members/gordonjunction/",
    "about": ["HO scale, NSWGR steam, slow progress. Gordon, ACT."],
    "posts": [
        ("311", "2026-03-22 22:40", "+11:00", "Layout update: the viaduct",
         ["Got two hours on the viaduct after my late shift on the front desk at work. 2pm to 10pm all this week, "
          "checking passes at the Home Affairs building. Twelve years with the Department this month. Glue doesn't set faster at midnight, it turns out."]),
        ("312", "2026-05-05 21:15", "+10:00", "Off topic: access cards",
         ["Slightly relevant to the DCC security thread: the building access system we run at work (everyone calls "
          "it Gatekeeper) still lets a cancelled card through for 24 hours until the overnight sync. Told them twice."]),
        ("313", "2026-06-07 20:00", "+10:00", "Running session at Ross's",
         ["Running session at Ross Tilley's place in Theodore as usual, first Sunday of the month at 1pm. Ross is "
          "doing sausage rolls, bring your own loco."]),
        ("314", "2026-07-19 16:30", "+10:00", "Bargain find",
         ["Picked up a boxed Hornby starter set at a department store clearance for forty bucks. The border collie on "
          "the box lid is the best-painted thing in it."]),
        ("315", "2026-08-23 21:05", "+10:00", "Customs House station kit?",
         ["Anyone built the Customs House station kit? Wondering if it's worth it for a branch-line terminus."]),
    ],
}
