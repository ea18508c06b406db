"""Imogen Thackeray (FICTIONAL): a 29-year-old APS5 on a Home Affairs student-visa integrity team, Gungahlin office.

A language-exchange profile (schema.org Person) and her posts on the exchange site's plain forum.
Earnest, lonely, over-sharing in careful learner's Portuguese and plain English. Every name is invented.
"""
NAME = "Imogen Thackeray"

PERSON = {
    "path": "/exchange/members/imogen-t",
    "site": "Tandem Canberra language exchange",
    "headline": "Native: English. Learning: Portuguese (B1). Looking for a conversation partner in Canberra!",
    "ld": {
        "knowsLanguage": ["English", "Portuguese"],
        "homeLocation": {"@type": "Place", "name": "Harrison, ACT"},
        "email": "mailto:imogen.fala@postbox.example",
        "description": "Public servant (Home Affairs) who moved from Perth last year and is trying to meet people.",
    },
    "sections": [
        ("Sobre mim / About me", [
            "Olá! I am Imogen, 29, originally from Perth. I work for Home Affairs at the office in Gungahlin town "
            "centre, on the student visa side of things. I live in Harrison, two stops up the light rail.",
            "I'm looking for someone to practise Portuguese with. I can help with English, job applications, and "
            "honestly with how visa paperwork works, I know it inside out.",
            "Signal is easiest: @imogen.fala.29 or email me."]),
        ("When I'm free", [
            "Thursdays 12:30 to 1:30 at the cafe in the Gungahlin library, every week. Tuesday evenings from 6 at the "
            "language night at the pub by the lake."]),
    ],
}

FORUM = {
    "site": "Tandem Canberra forum",
    "user": "imogen_t",
    "path": "/exchange/forum/u/imogen_t/",
    "about": ["Portuguese learner, B1. Canberra north side."],
    "posts": [
        ("3101", "2026-03-04 20:15", "+11:00", "Apresentação (introduction)",
         ["Oi pessoal! Eu moro em Harrison e trabalho em Gungahlin. I moved here from Perth and I don't know anyone "
          "yet apart from my flatmate Sian Oduya, who is lovely but only speaks English and Welsh. Please talk to me!"]),
        ("3102", "2026-03-26 21:30", "+11:00", "How to say 'fraud' politely?",
         ["Work vocab question: my team reviews student visa applications that get flagged for fraud, about 300 "
          "referrals a week at the moment, and a huge chunk come through one agent network in Brisbane. What is the "
          "Portuguese for 'falsified bank statement'? Asking for practice, obviously."]),
        ("3103", "2026-05-19 22:10", "+10:00", "Saudade",
         ["Learned 'saudade' this week and felt it. Mum and Dad are still in Perth, my brother Felix too, and I have "
          "spent every weekend since February alone. Work is the only place people talk to me, and they mostly talk "
          "about targets. Sorry, that was a lot."]),
        ("3104", "2026-06-23 20:40", "+10:00", "Novela recommendations?",
         ["Any Brazilian telenovela recommendations? I finished the one about the border town smugglers, loved it."]),
    ],
}
