"""Miriam Tabo (FICTIONAL): a Home Affairs Torres Strait Treaty liaison officer on Thursday Island,
writing a parenting blog. The h-card names her job and her part of the island.

Every name, number and address is invented.
"""
NAME = "Miriam Tabo"

BLOG = {
    "path": "blog",
    "title": "Island Mum Life",
    "card_note": "Raising two kids and one other half on a very small island. Recipes, school runs, prices that make you cry.",
    "card_job": "Treaty liaison officer",
    "card_org": "Department of Home Affairs",
    "locality": "Tamwoy, Thursday Island",
    "region": "QLD",
    "posts": [
        ("meet-the-crew", "2026-01-25 19:00", "+10:00", "Meet the crew",
         ["New year, new blog. Here's us: my other half Steve, who fixes outboards and talks to them more than "
          "to me, our girl Tayla (12), who is twelve going on thirty, and our boy Josiah (9), who is nine going on four.",
          "We live up the hill in Tamwoy and can hear the school bell from the kitchen."],
         ["family"], None),
        ("school-run", "2026-02-10 20:30", "+10:00", "The school run, island style",
         ["Monday to Friday: Josiah to TI Primary at 8:20, Tayla to the bus, me at my desk by 8:45. Saturday "
          "mornings are netball at the courts from 8, which means Steve is in charge of breakfast, which means "
          "toast."],
         ["routine", "kids"], None),
        ("festival-week", "2026-03-22 21:00", "+10:00", "The busiest week of my year",
         ["Work has been mad. It was the big festival on Saibai and about two hundred traditional visitors "
          "came across from the PNG treaty villages, and my team of three at the office on Douglas Street had "
          "to check every single person's movement card. We found six who'd come from villages outside the "
          "treaty and had to send them back on the next dinghy, which is never a nice day.",
          "Aunty Lil, who has run our front counter for twenty years, fed the whole office with damper. "
          "Bless that woman."],
         ["work"], None),
        ("prices", "2026-05-03 19:45", "+10:00", "Fourteen dollars",
         ["Fourteen dollars for two litres of milk this week after the barge was late. We are two months "
          "behind on the power bill and I had to ring the school about Tayla's camp money. Nobody down south "
          "believes the prices. Mum guilt is free though!"],
         ["money"], None),
        ("clothes", "2026-06-14 16:00", "+10:00", "Pre-loved kids' clothes",
         ["Cleaning out the cupboards: kids' sizes 8 to 12, school shirts, rash vests, two pairs of footy "
          "boots. Text me on 0491 570 412 if you're on the island and want any of it."],
         ["kids"], None),
        ("border-collie", "2026-07-19 18:20", "+10:00", "The dog that isn't ours",
         ["A border collie has adopted our verandah. Josiah has named him Customs because he inspects every "
          "bag we bring in. We are not keeping him. (We are keeping him.)"],
         ["family"], None),
    ],
}
