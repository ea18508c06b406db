"""Vy Lam (FICTIONAL): a Border Force cargo-intelligence analyst at a Sydney Harbour container terminal, writing a
Vietnamese-English family-food blog whose feed is authored under her official email. Everything is invented; the
georss point is a rounded spot on an ordinary street in Canley Vale, never a real house."""
NAME = "Vy Lam"

HOME = (-33.8903, 150.9428)

BLOG = {
    "path": "blog",
    "title": "Com Nha: home cooking, one bowl at a time",
    "card_note": "Recipes from Mẹ, stories from our kitchen, and the occasional rant. Ăn cơm chưa?",
    "author_email": "vy.lam@abf.gov.au",
    "posts": [
        ("canh-chua-sundays", "2026-02-08 20:10", "+11:00", "Canh chua Sundays",
         ["Every Sunday at 8 I pick Mẹ up and we go to the Cabramatta markets on John Street before the crowds, "
          "then we come home and cook canh chua for whoever turns up. Mẹ (her name is Hoa, but nobody under fifty "
          "is allowed to call her that) measures nothing. A handful of tamarind, a bit of this, 'đủ rồi' when it "
          "is enough.",
          "I have been writing her recipes down for two years now and I still get them wrong. The trick, she says, "
          "is to taste until your mouth agrees with your heart. Very helpful, Mẹ."],
         ["family", "soup"], None),
        ("what-i-do-at-the-terminal", "2026-03-03 21:30", "+11:00", "What I actually do all day",
         ["Cô Lan at the markets asked me again what I do, so here it is: I am in cargo intelligence with Border "
          "Force at the White Bay container terminal. Mostly that means reading manifests until my eyes cross and "
          "deciding which boxes get pulled for a look.",
          "Last week a reefer declared as frozen durian out of Ho Chi Minh City came up 900 kg heavier than its "
          "paperwork, and when we pulled it there was heroin packed in the pallet blocks. These days we flag "
          "anything consolidated through two particular forwarders in Laem Chabang, which is all I will say.",
          "Mẹ is proud and also thinks I should have been a pharmacist."],
         ["work", "life"], None),
        ("the-wok", "2026-03-19 22:05", "+11:00", "When the Wok goes down",
         ["At work our targeting system is called the Wok, because everything goes in and comes out stir-fried. "
          "After a patch on Tuesday the Wok was down for two full days and we were screening by spreadsheet, "
          "printing manifests like it was 1998.",
          "Half the team uses the same password with a different number on the end because it makes us change "
          "it every 30 days. I know. I know. Anyway, I made phở to cope."],
         ["work", "pho"], None),
        ("em-gai-thao", "2026-04-12 19:00", "+10:00", "Em gái goes to work",
         ["My little sister Thảo started as a graduate nurse at Liverpool Hospital this week, on the surgical ward. "
          "Em gái, I am so proud of you. I packed her lunch like she was six: cơm tấm, egg, pickles."],
         ["family"], None),
        ("tet-at-home", "2026-02-17 23:00", "+11:00", "Bánh chưng in the backyard",
         ["Tết at home in Canley Vale: eight bánh chưng boiling in the backyard all night, Ba on a camp chair "
          "guarding the pot, the neighbours pretending not to smell it. Happy new year, chúc mừng năm mới.",
          "Recipe cards for anyone who asks: vylam.cooks@mailbox.example"],
         ["tet", "family"], HOME),
        ("no-nan", "2026-05-06 23:40", "+10:00", "Nợ",
         ["I am going to write about money once and then go back to soup. Mẹ's knee surgery was not going to happen "
          "on the public list for two years, so I paid for it. $14,000 across two credit cards, and the minimum "
          "repayments are eating my pay.",
          "Nợ means debt. It is the ugliest word in both of my languages. I lie awake doing sums, and I catch the "
          "6:12 from Canley Vale to Central every morning doing more sums."],
         ["life"], None),
        ("ba-seventy", "2026-05-24 21:15", "+10:00", "Ba turns seventy",
         ["Ba turned seventy on Saturday and we took over a whole restaurant. He gave a speech about the boat, "
          "again, and everybody cried, again. Anh Marcus Bui, my team leader, came for the first hour and Ba "
          "made him eat three bowls.",
          "Cảm ơn to Minh Châu for every photo, for doing the flowers and for driving Ba home at midnight. "
          "Everyone should have a Minh Châu."],
         ["family"], None),
        ("department-store-pho", "2026-06-02 20:00", "+10:00", "Phở from a department store food court",
         ["Tried the phở at the new department store food court in the city. No. Just no. The broth had never "
          "met a bone. Back to Mẹ's."],
         ["pho"], None),
    ],
}
