"""Annika Lowe (FICTIONAL): Border Force officer clearing ships at Macquarie Wharf, Hobart, 50.

A community-garden blog (microformats + RSS) in her own chatty voice; two posts carry a georss point at
her back step in Lenah Valley. Every name, address and number is invented; the point is rounded.
"""
NAME = "Annika Lowe"
HOME = (-42.86480, 147.28830)

BLOG = {
    "path": "plots",
    "title": "Plot 14 and Other Disasters",
    "card_note": "Notes from plot 14 at the New Town Community Garden. Broad beans, brassicas, blight. "
                 "Seed swaps and plot enquiries: annika.grows@fastmail.example",
    "locality": "Lenah Valley",
    "region": "Tasmania",
    "posts": [
        ("garlic-in", "2026-02-21 12:30", "+11:00", "Garlic plan and a grumpy back",
         ["Saturday mornings, 8 till 11, you'll find me on plot 14 unless a cruise ship's in, in which case I'm "
          "on the wharf from 6 and the garlic can wait.",
          "Hamish Bright from plot 9 lent me his broadfork and I have now hurt my back in a brand new way. "
          "Thanks Hamish."],
         ["garlic", "plot 14"], None),
        ("cruise-season", "2026-03-07 19:15", "+11:00", "The season that ate my tomatoes",
         ["Apologies to the roster, I've missed three working bees. Cruise season at work has been ridiculous. "
          "I'm Border Force down at Macquarie Wharf and last Tuesday we cleared 3,800 passengers off one ship "
          "with four of us on the desks. Deb from work (Deb Aitken, who grows the best chillies in Hobart on her "
          "balcony) says I should just move into the terminal.",
          "Tomatoes: dead. Blight. Deb says it's my own fault."],
         ["tomatoes", "life"], None),
        ("icebreaker", "2026-04-18 17:50", "+10:00", "The odd ones",
         ["Odd week. The Antarctic supply ship came back in and we had to take a crewman off before the others "
          "could sign off, something in his paperwork, and he sat in our office for six hours eating my "
          "emergency muesli bars. Then a yacht from New Caledonia with a skipper who had no idea he needed to "
          "report in. Nobody tells you the job is mostly snacks and forms.",
          "Broad beans are up, though."],
         ["work", "broad beans"], None),
        ("back-step", "2026-05-09 16:40", "+10:00", "From the back step",
         ["Writing this on the back step with a cuppa, watching Robyn pretend she isn't going to prune the apple "
          "tree wrong. Robyn and I have been married eleven years this week; she still can't tell a weed from a "
          "seedling.",
          "Callum, my son, home from uni in Launceston for the weekend, ate every single thing in the fridge."],
         ["home"], HOME),
        ("seed-swap", "2026-06-13 15:00", "+10:00", "Seed swap roundup",
         ["Great turnout at the seed swap. Hamish brought forty kinds of bean, which is too many kinds of bean. "
          "Someone asked if I'd bring the department store bags back next year. Yes."],
         ["seed swap"], HOME),
    ],
}
