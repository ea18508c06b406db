"""Ana Soares (FICTIONAL), NEGATIVE CONTROL: flight attendant on a private regional airline's Darwin-Dili route.

A microformats2 blog with RSS. Border Force officers meeting her flight, the incoming passenger card, the
customs hall, a detector dog, her uniform and the crew room are decoys: she works for an airline. Her own
exposure: Parap (a georss point on one post), a Tuesday/Friday 6:40 sign-on, her brother, a crew friend. Every name, airline and address here is invented.
"""
NAME = "Ana Soares"
HOME = (-12.4296, 130.8421)     # a residential street in Parap, Darwin, rounded

BLOG = {
    "path": "blog",
    "title": "Seat 1A Stories",
    "card_note": "Cabin crew on the Darwin to Dili run for Timor Sea Air. Tetum, Portuguese, English, bad coffee.",
    "posts": [
        ("tuesday-friday", "2026-02-20 19:00", "+09:30", "My Dili week",
         ["People ask what the roster is like. Tuesday and Friday I sign on at 6:40 for the Dili turnaround, "
          "home by two, and the rest is standby and sleep.",
          "Joanna Reis and I have flown together for three years; Joanna does the safety demo, I do the jokes."],
         ["crew life"], None),
        ("arrivals", "2026-03-06 20:30", "+09:30", "What happens after you land",
         ["On the way back into Darwin we hand out the incoming passenger card and remind everyone about "
          "biosecurity. Border Force officers met the flight on Friday for one passenger; nothing to do with us, "
          "we just kept everyone seated.",
          "Then the customs hall, and a sniffer dog who loves my crew bag because I keep biscuits in it."],
         ["crew life"], None),
        ("tiago", "2026-03-22 18:15", "+09:30", "Family dinner",
         ["My brother Tiago came up from Adelaide. We ate bacalhau on the balcony and argued about football "
          "like Dad used to."],
         ["family"], None),
        ("home-balcony", "2026-04-08 19:45", "+09:30", "Balcony season",
         ["Back from Dili, uniform in the wash, sitting on the balcony in Parap with a mango. The crew room at "
          "the airport has nothing on this."],
         ["home"], HOME),
    ],
}
