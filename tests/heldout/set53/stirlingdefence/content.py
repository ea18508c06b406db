"""Brett Solomons (FICTIONAL), NEGATIVE CONTROL: a Department of Defence public servant (logistics, APS5) at the
naval base on Garden Island, living in Falcon, Mandurah. "The department", his EL1, a clearance and a Border Force
boat at the wharf are all Defence life, not Home Affairs. Everything is invented."""
NAME = "Brett Solomons"

ACTIVITYPUB = {
    "handle": "brettsol",
    "summary": "<p>Defence APS, logistics. Dad, dad-joker, Peel Thunder tragic. Falcon WA.</p>",
    "notes": [
        (4401, "2026-02-14 18:00", "+08:00",
         "The department's pushing everyone back into the office four days a week. My EL1 says it's 'culture'. "
         "Culture is a yoghurt, mate.", {}),
        (4402, "2026-03-01 08:15", "+08:00",
         "Saturday parkrun at 7am on the Mandurah foreshore, every week, rain or shine. PB today!", {}),
        (4403, "2026-03-12 17:30", "+08:00",
         "Security clearance renewal paperwork again. 14 pages about my cousins.", {}),
        (4404, "2026-03-28 16:00", "+08:00",
         "A Border Force boat tied up at the wharf on the base today, first one I've seen. Big grey thing.", {}),
        (4405, "2026-04-11 19:00", "+08:00",
         "My wife Cass and our boy Jayden made me watch Border Security for three hours. I've seen enough sniffer dogs.", {}),
        (4406, "2026-04-25 12:30", "+08:00",
         "Anzac Day two-up with my mate Gaz Whitford. Lest we forget.", {}),
        (4407, "2026-05-09 10:00", "+08:00",
         "Selling the tinnie, 4.2m with a 30hp, $6,500. Text 0491 570 617. Pick up from Falcon.", {}),
    ],
}
