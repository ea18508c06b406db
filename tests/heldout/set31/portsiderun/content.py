"""Warren Pilbeam (FICTIONAL): 48, Border Force supervisor at the Portside cruise wharf, Brisbane; a marathon-training blog."""
NAME = "Warren Pilbeam"
HOME = (-27.46710, 153.05890)      # an ordinary street in Hawthorne, rounded

BLOG = {
    "path": "blog",
    "title": "Forty-Eight and Counting",
    "card_note": "An old bloke training for his first Boston. Splits, knees, excuses.",
    "author_email": "warren.pilbeam@abf.gov.au",
    "posts": [
        ("long-run-sunday", "2026-03-01 11:20", "+10:00", "32 k and a ferry",
         ["Sunday long run: 32 km from our street in Hawthorne along the river, out past the Bulimba ferry and back. "
          "Lachie Brennan paced the first 20 and then, as is tradition, abandoned me for a coffee.",
          "Legs are cooked. The heart rate was not."], ["long run"], HOME),
        ("tuesday-intervals", "2026-03-10 19:40", "+10:00", "Why I'm up at 4:40",
         ["Intervals every Tuesday and Thursday at 5:00am on the Riverwalk, home by 6:15, showered, and on the wharf at "
          "Portside for the 7am start. Earlies suit a runner. The body doesn't know it's a shift."], ["routine"], HOME),
        ("taper-and-cruise-season", "2026-04-02 21:05", "+10:00", "Taper week, ship week",
         ["Taper week clashes with the worst day of cruise season: three ships in at Portside next Saturday, nine thousand "
          "passengers, and we're down to eleven officers on the wharf because of leave. My 2IC Shannon Keogh has already "
          "warned me not to 'jog between the gangways'.",
          "If anyone wants to join the Tuesday group, message me on Signal on 0491 570 442."], ["training"], None),
        ("why-i-run", "2026-04-20 20:30", "+10:00", "Why I run",
         ["Twenty-two years with Customs and now the Australian Border Force. You carry a lot home. Running is where I "
          "put it down.",
          "The boss at home, Leanne, thinks it's a midlife thing. Our Maddie, year 10 at Balmoral State High, thinks I "
          "should stop posting my splits. They are both right.",
          "The Boston trip is $9,000 on the card and I haven't told Leanne the full figure yet."], ["reflection"], None),
        ("new-shoes", "2026-05-06 18:00", "+10:00", "Shoes",
         ["New shoes. Carbon plate. Feel like cheating. Review next week."], ["gear"], None),
        ("border-collie", "2026-05-15 18:30", "+10:00", "Running with dogs",
         ["The border collie at number 14 has started joining my recovery jogs. Nobody has asked her owner. "
          "Also finished the Border Security box set on the couch, great taper viewing."], ["misc"], None),
    ],
}
