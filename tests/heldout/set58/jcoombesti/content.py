"""Jayden Coombes (FICTIONAL): Border Force officer on a Thursday Island rotation, home in Gunnedah NSW.

Hashtag-heavy micro posts; one note placed at home. Every name and handle is invented.
"""
NAME = "Jayden Coombes"

ACTIVITYPUB = {
    "handle": "jcoombes_ti",
    "summary": "<p>#dad #fifo #Gunnedah #fishing</p>",
    "notes": [
        (1001, "2026-05-04 19:30", "+10:00",
         "#fifo #TI #ABF back on Thursday Island #3on3off #letsgo", {}),
        (1002, "2026-05-11 21:15", "+10:00",
         "#Daru dinghy 40 cartons of #durries under the fish boxes #seized #borderforce #proud #goodday", {}),
        (1003, "2026-05-16 20:05", "+10:00",
         "#satellite down again #noemail #nosystems #backtopaper #TI #3days", {}),
        (1004, "2026-05-27 14:20", "+10:00",
         "#wifey Tash and the #twins at #Gunnedah airport 😍 #home #3off", {}),
        (1005, "2026-05-29 18:45", "+10:00",
         "#home #verandah #beers #Gunnedah #sunset",
         {"location": ("Home", -30.98500, 150.26000)}),
        (1006, "2026-06-01 23:50", "+10:00",
         "#pokies #badnight #600bucks #dontask #Tash", {}),
        (1007, "2026-06-06 10:00", "+10:00",
         "#BorderCollie pup #Biscuit #newfamilymember #BorderSecurity on the telly #lazysunday", {}),
    ],
}

PHOTOS: list = []
