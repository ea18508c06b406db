"""Bronwyn Tallis (FICTIONAL): employer-sponsored visa processing officer, Home Affairs Adelaide, 45.

A gardening blog with an author card and one georss point in her garden. Every name, number and
address is invented; the point is a rounded street point.
"""
NAME = "Bronwyn Tallis"

BLOG = {
    "path": "garden",
    "title": "Clay, Compost and Patience",
    "card_note": "A heavy-clay garden in the eastern suburbs of Adelaide, slowly turned into something that grows.",
    "card_job": "Visa Processing Officer",
    "card_org": "Department of Home Affairs",
    "card_tel": "0491 570 733",
    "posts": [
        ("gypsum", "2026-02-10 19:30", "+10:30", "Gypsum and other lies",
         ["Everyone told me gypsum would fix the clay. Three bags later the clay is unmoved and so am I. Compost, "
          "mulch, repeat: that's the only thing that has ever worked in this garden."],
         ["soil"], None),
        ("cuttings-from-dorothy", "2026-03-01 16:00", "+10:30", "Cuttings from Dorothy",
         ["My MIL Dorothy arrived with a bucket of salvia cuttings and opinions. Geoff (my husband, her son, the "
          "tallest man in the street) dug the new bed while she supervised. Eleven of the cuttings have struck.",
          "The view to the hills from our back fence never gets old, and neither does being two streets from the "
          "Kensington Park shops when I forget the potting mix."],
         ["propagation", "family"], (-34.923, 138.653)),
        ("why-nothing-gets-done", "2026-03-22 20:45", "+10:30", "Why nothing gets done on weeknights",
         ["Because work is a lot right now. Our team at the Currie St office has 2,100 sponsored applications "
          "waiting, we've lost three staff since Christmas and nobody's replacing them, so nothing gets decided in "
          "under five months. I come home and stare at the tomatoes.",
          "And the case system crashed twice this week and took a morning of my notes with it. I can see every "
          "applicant's passport scans and payslips in there but I can't save a comment. (The number in the "
          "sidebar is my work mobile, by the way. I keep meaning to take it off.)"],
         ["work", "life"], None),
        ("saturday-at-burnside", "2026-04-18 14:10", "+09:30", "Saturdays at the community garden",
         ["Saturday 8am is my volunteer shift at the Burnside community garden, weekdays it's the 7:40 bus down "
          "Magill Rd and home by 5:30 to catch the light. Helen Sarkis from the Saturday crew gave me a division of "
          "her Dietes and I gave her a tray of leek seedlings. Good trade."],
         ["community"], None),
        ("border-plants", "2026-05-09 11:20", "+09:30", "Plants for a dry border",
         ["Border plants for a west-facing bed: lamb's ears, Dietes, salvias, and a Westringia hedge along the back "
          "border. Nothing that needs water after Christmas."],
         ["design"], None),
        ("frost", "2026-06-27 09:00", "+09:30", "First frost",
         ["First frost. Covered the citrus with old sheets. Garden looks like a crime scene."],
         ["winter"], None),
    ],
}
