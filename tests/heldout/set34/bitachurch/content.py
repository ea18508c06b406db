"""Graham Ellery (FICTIONAL): 57-year-old Border Force officer at the Brisbane immigration transit centre at Pinkenba.

He writes the "From the Deacon" column of his church's newsletter, published as a microformats blog
with RSS. Lives in Nudgee. Every name, church, number and address is invented.
"""
NAME = "Graham Ellery"

BLOG = {
    "path": "blog",
    "title": "From the Deacon: Banyo Hill Uniting newsletter",
    "card_note": "Graham writes the deacon's column for the Banyo Hill Uniting Church family newsletter.",
    "locality": "Nudgee",
    "region": "Queensland",
    "posts": [
        ("welcome-lent", "2026-02-22 16:00", "+10:00", "From the Deacon: the first Sunday in Lent",
         ["Dear friends, welcome to another year of this little column, which our editor tells me is read "
          "by at least four people, three of whom are related to me.",
          "For the newcomers, a word about your deacon. Joy and I have lived in Nudgee for twenty-six years, "
          "a short walk from the church, and I have worked for Border Force for most of that time, the last "
          "six years at the immigration transit centre out at Pinkenba. It is not always easy work, and I "
          "have been grateful for your prayers more often than you know.",
          "Our daughter Naomi, who many of you watched grow up in the Sunday school, is now teaching Year 2 at "
          "the state school in Virginia, and she tells me the Year 2s are harder work than anything I do."],
         ["column"], None),
        ("prayer-points", "2026-03-08 15:30", "+10:00", "Prayer points for March",
         ["Please keep in your prayers this month:",
          "My colleague Tevita Lolo, who was injured on Tuesday night when a man being held at the centre "
          "at Pinkenba became distressed and had to be restrained. Tevita has a broken wrist and will be off "
          "for some weeks.",
          "The twenty-two men held there at present, several of whom have now refused food since the start of "
          "the month; two were taken to the Royal on Thursday. Whatever one thinks of the policy, they are "
          "someone's sons.",
          "And our own Len Baxter, who runs the men's breakfast, as he recovers from his knee."],
         ["prayer"], None),
        ("food-bank", "2026-03-22 15:00", "+10:00", "Food bank packing: a call for hands",
         ["The food bank needs packers on Thursday evenings from 6. If you can help, email me, and please "
          "use my work address, graham.ellery@abf.gov.au, as it's the one I actually check during the week.",
          "My own week, for those who ask why I am never at the Tuesday study: I'm on the early shift, 6 till 2, "
          "Monday to Thursday, which means I can come to the Wednesday prayer group at 7 in the hall and "
          "Sunday worship at 9.30, and then I'm asleep in my chair by 8."],
         ["food bank", "notices"], None),
        ("honest-word", "2026-04-05 15:45", "+10:00", "An honest word at Easter",
         ["Easter is a season for honesty, so here is some. Since Joy stopped work after her surgery, money "
          "has been very tight in our house. We have taken out a second mortgage to cover the hospital bills "
          "and the car, and some weeks I am not sure how the numbers will add up.",
          "I say this not to ask for anything but because I suspect I am not the only one in our pews "
          "pretending all is well. Come and talk to me, or to our minister, over a cup of tea."],
         ["column"], None),
        ("department-of-thanks", "2026-04-19 15:10", "+10:00", "The department of thanks",
         ["A note from the department of thanks: to everyone who baked for the Easter stall, we raised $1,140 "
          "for the refugee welcome program. Not bad for a small church with a big heart and a very old oven."],
         ["notices"], None),
    ],
}
