"""Colin Rafferty (FICTIONAL): ABF planner in the national command centre in Canberra, home in Cooma.

A letters-to-the-editor style rant blog (microformats2 + RSS), its feed authored under his work email,
one post with a georss point at home. Every name, street and address is invented or ordinary.
"""
NAME = "Colin Rafferty"

BLOG = {
    "path": "blog",
    "title": "Sir, I Write To Complain",
    "card_note": "Letters the Monaro Mail wouldn't print. One old bloke, many opinions.",
    "author_email": "colin.rafferty@abf.gov.au",
    "posts": [
        ("on-the-highway", "2026-02-09 20:30", "+11:00", "Sir, the Monaro Highway is a disgrace",
         ["Sir, I drive the Monaro Highway in the dark both ways three days a week, seven till seven, because "
          "that is what a planner in the Border Force command centre in Canberra does, and the potholes south of "
          "Bredbo have been there since the Olympics.",
          "Fix it before somebody's father does not come home."],
         ["roads", "letters"], None),
        ("ships-and-spreadsheets", "2026-02-25 21:15", "+11:00", "Sir, you would not believe what keeps the north safe",
         ["Sir, the public imagines a wall of screens. Last month we had two cutters tasked off Ashmore and one broke "
          "down, which left exactly nothing watching the north-west for nine days. Nobody will print that.",
          "And the whole tasking board runs on a spreadsheet full of macros one bloke wrote in 2014. When Sanjay "
          "Mehta, the night boss, is on leave, nobody dares touch it."],
         ["letters", "work"], None),
        ("passed-over", "2026-03-12 22:05", "+11:00", "Sir, loyalty is for dogs",
         ["Sir, twenty-two years I have given them. They have passed me over three times for the EL1 and given it "
          "to a twenty-nine-year-old with a lanyard collection. I am done being loyal to an organisation that is "
          "not loyal back."],
         ["letters", "grievance"], None),
        ("massie-street", "2026-03-28 17:40", "+11:00", "Sir, the council and the gum tree",
         ["Sir, the gum outside our place on Massie Street dropped a limb on Deb's car on Tuesday and the council "
          "says it is our tree. It is not our tree. My wife has photographed the survey peg."],
         ["letters", "council"], (-36.2393, 149.1262)),
        ("snowy-jobs", "2026-04-14 19:00", "+10:00", "Sir, young people do stay in Cooma",
         ["Sir, your correspondent says young people all leave Cooma. Half my street's kids work at Snowy Hydro "
          "and would like a word."],
         ["letters", "cooma"], None),
        ("department-store", "2026-05-12 18:30", "+10:00", "Sir, Cooma needs a department store",
         ["Sir, I should not have to drive to Canberra for a department store. Nor should my wife. "
          "The Department of Transport can also fix the Nimmitabel bends while it is at it."],
         ["letters"], None),
    ],
}
