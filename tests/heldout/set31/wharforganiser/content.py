"""Mick Farrelly (FICTIONAL): NEGATIVE CONTROL, a wharf union organiser at the Port of Brisbane; lives in Wynnum."""
NAME = "Mick Farrelly"

ACTIVITYPUB = {
    "handle": "mickfarrelly",
    "summary": "<p>Organiser, Port of Brisbane branch. Wynnum. Union mobile: 0491 570 733. Views mine, solidarity ours.</p>",
    "notes": [
        (32001, "2026-02-11 17:30", "+10:00",
         "Members at the Fisherman Islands terminal lost half a shift today waiting on Border Force holds to clear. "
         "Not the officers' fault, it's the stevedore's rostering. Meeting Thursday.", {}),
        (32002, "2026-03-04 12:00", "+10:00",
         "Reminder to delegates: if a container is pulled for examination, you are not required to unpack it for customs "
         "unless the company rosters you for it. Know your agreement.", {}),
        (32003, "2026-03-25 19:00", "+10:00",
         "Saw the news about the cocaine seized in banana boxes at the wharf. None of our members were involved and the "
         "company should say so.", {}),
        (32004, "2026-04-22 20:15", "+10:00",
         "My daughter Erin Farrelly got her nursing registration today. Proud as punch.", {}),
        (32005, "2026-05-13 18:00", "+10:00",
         "Thanks to Trish Colquhoun for chairing the Wynnum fundraiser. Raised $4,200 for the strike fund.", {}),
        (32006, "2026-06-03 07:30", "+10:00", "Quiet one. Rain on the wharf. Kettle on.", {}),
    ],
}
