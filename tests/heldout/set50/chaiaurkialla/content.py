"""Priya Malhotra (FICTIONAL): Border Force officer at the international mail centre in Melbourne, living in
Kialla near Shepparton and driving down for three twelve-hour shifts. A family recipe blog in Hindi and English;
its feed is authored under her work address. Every name, address and point is invented."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Priya Malhotra"
HOME = (-36.4412, 145.4021)

BLOG = {
    "path": "blog",
    "title": "Chai aur Kialla",
    "card_note": "Recipes, kids, and life in the Goulburn Valley. Thoda masala, thoda pyaar.",
    "locality": "Kialla",
    "region": "VIC",
    "author_email": "priya.malhotra@abf.gov.au",
    "posts": [
        ("aloo-paratha-sunday", "2026-02-08 19:30", "+11:00", "Aloo paratha before the drive",
         ["Sunday night means aloo paratha, extra ghee, before I drive down the Goulburn Valley Highway for my "
          "three twelves. Monday, Tuesday, Wednesday, 6 to 6, then I sleep at didi's place in Craigieburn and "
          "come home Wednesday night. Rohit does the school runs those days, bechara.",
          "Recipe below. Do not skimp on the ajwain."],
         ["recipes", "family"], None),
        ("mere-pati", "2026-02-14 20:00", "+11:00", "Fourteen years",
         ["Fourteen years ago in Jalandhar I married mere pati Rohit, my husband, who still cannot make a round "
          "roti. Main usse phir bhi pyaar karti hoon."],
         ["family"], None),
        ("log-poochte-hain", "2026-03-01 21:00", "+11:00", "Log poochte hain: what do you actually do?",
         ["Log poochte hain, what do you actually do? I am a Border Force officer at the international mail "
          "centre in Melbourne. Every parcel from overseas comes through us, x-ray first, and the ones that look "
          "galat get opened.",
          "Last week one shift found 37 parcels of 'herbal tea' from the same sender, all of them tapentadol "
          "tablets in tea bags. Kya karein, people think nobody looks."],
         ["work", "life"], None),
        ("kumbhkaran", "2026-03-17 21:30", "+11:00", "Kumbhkaran sleeps again",
         ["Tuesday the big x-ray on line two, the one we call Kumbhkaran because it sleeps all the time, went "
          "down for six hours and the parcels stacked three cages high. The IT people said the image server in "
          "Sydney was the problem. Same thing every month, same excuse.",
          "So I made pakoras for the whole shift when I got to didi's. Recipe below."],
         ["work", "recipes"], None),
        ("anaya-prep", "2026-02-03 18:00", "+11:00", "Anaya's first day of prep",
         ["Our Anaya started prep this week. Rohit cried more than she did. Lunchbox: mini parathas and "
          "cucumber, she ate the cucumber only."],
         ["family"], None),
        ("diwali-at-work", "2026-11-09 20:30", "+11:00", "Diwali on shift",
         ["Diwali fell on a shift day. My supervisor Daniel Okafor brought gulab jamun for everyone at the mail "
          "centre, bought from the shop in Dandenong, not as good as mine but the thought counts. Happy Diwali "
          "from line two!"],
         ["festivals"], None),
        ("teej", "2026-08-16 21:00", "+10:00", "Teej, finally",
         ["Teej at Gurpreet Kaur's house, with Simran, Neha, the aunties from the gurdwara and half of Shepparton. "
          "Gurpreet has been my best friend since we were twelve in Ludhiana and she still does my mehndi "
          "better than anyone."],
         ["festivals", "friends"], None),
        ("wedding-loan", "2026-06-22 23:10", "+10:00", "An honest post",
         ["An honest post, sorry. The wedding in Jalandhar, Papa's heart operation, and now the car gearbox. A "
          "personal loan of 18,000 and two credit cards at the limit. Rohit says sab theek ho jayega. I lie "
          "awake doing sums.",
          "Anyway. Dal tonight, dal is cheap and dal is love."],
         ["life"], None),
        ("methi-dhaniya", "2026-09-27 10:00", "+10:00", "Methi and dhaniya coming up",
         ["Methi and dhaniya finally coming up in the backyard after three tries.",
          '<img src="{{BASE}}/media/methi-backyard.jpg" alt="methi seedlings in the backyard bed">',
          "The Myer catalogue came in the letterbox with a department store sale on pressure cookers. Resisted."],
         ["garden"], HOME),
    ],
}

PHOTOS = [
    Photo("methi-backyard.jpg", HOME[0] + 0.00008, HOME[1] - 0.00006, 114.0, "2026:09:27 09:41:12", "+10:00",
          "methi seedlings in the backyard bed", (70, 140, 60)),
]
