"""Priya Natarajan (FICTIONAL): 29-year-old Border Force officer in the freight shed at Toowoomba Wellcamp Airport.

Her pub-quiz team's results blog (microformats2 + RSS). The feed is authored under her official email, one
post carries a georss point at her home in Glenvale, and "ABF" appears once in a post about a teammate from
work. Every name, pub, address and number here is invented.
"""
NAME = "Priya Natarajan"
HOME = (-27.5651, 151.8934)     # a residential street in Glenvale, Toowoomba, rounded

BLOG = {
    "path": "quiz",
    "title": "Quizzly Bears: pub quiz results, excuses and trivia",
    "card_note": "Captain of the Quizzly Bears. Wellcamp by day, Glenvale Arms by Tuesday night.",
    "author_email": "p.natarajan@abf.gov.au",
    "posts": [
        ("week-9-second-again", "2026-03-03 22:40", "+10:00", "Week 9: second again",
         ["Lost on the tiebreaker. Again. Dev insisted the capital of Burkina Faso was Bamako and would not be "
          "told.",
          "Team tonight: me, Dev Pillai, my Aunty Rekha (unbeatable on Bollywood and botany), and Callum Fenwick, "
          "who I do nights with at the ABF freight shed and who is the only person at Wellcamp who knows any "
          "sport."],
         ["results"], None),
        ("how-it-works", "2026-03-10 21:30", "+10:00", "New members: how it works",
         ["Quiz is every Tuesday, 7:30pm at the Glenvale Arms. I walk over from home, it's two streets away, so "
          "I'm always there early to grab the corner table.",
          "Bring $5 and a pen. Dev brings the ego."],
         ["admin"], None),
        ("week-11-absent", "2026-03-19 23:10", "+10:00", "Week 11: where was the captain?",
         ["Sorry team. The Hong Kong freighter came in three hours late and there were only two of us to clear it "
          "and hand-search the perishables. Found 9,000 vapes packed in lychee boxes, so that was my Tuesday.",
          "Callum sends his apologies too, he was the other one."],
         ["results"], None),
        ("question-ideas", "2026-04-02 20:15", "+10:00", "Question ideas for our hosting night",
         ["How many times can a cargo screening PC crash in one shift? (Seven. The x-ray software hasn't had an "
          "update since 2019, ask me how I know.)",
          "Which TV show has filmed more sniffer dogs than any other? (Border Security, obviously.)",
          "What breed is the dog on the Glenvale Arms sign? (A border collie called Tex.)"],
         ["hosting"], None),
        ("week-14-we-won", "2026-04-14 22:55", "+10:00", "Week 14: WE WON",
         ["Finally. Aunty Rekha got the botany round perfect. Walked home under the stars feeling like a genius.",
          "Thanks to Dev for not talking during the music round."],
         ["results"], HOME),
    ],
}
