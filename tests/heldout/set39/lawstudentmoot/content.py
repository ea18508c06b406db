"""Priyanka Desai (FICTIONAL): NEGATIVE CONTROL. A migration-law student in Toowoomba, Rangeville.

A law students' forum (thread pages). She writes ABOUT Home Affairs, Border Force, detention and
the Federal Court, and a clerkship at a private firm; she has never worked for the Department.
Every name, firm and address is invented.
"""
NAME = "Priyanka Desai"

FORUM = {
    "site": "AusLawStudents",
    "user": "priyanka_d",
    "path": "/forum/members/priyanka_d/",
    "about": ["4th year LLB, UniSQ. Migration and admin law nerd. priyanka.desai@mailbox.example"],
    "posts": [
        ("2201", "2026-02-18 21:30", "+10:00", "Best migration cases for the moot?",
         ["Our moot problem is a character cancellation where Home Affairs cancelled the visa and the Minister "
          "refused to revoke. I'm arguing for the applicant. Which Federal Court cases on s501CA are must-reads?",
          "Study group is Wednesdays 6-9pm at the uni library if any Toowoomba people want in. Hamish (Hamish "
          "Tull) brings snacks."]),
        ("2202", "2026-03-25 20:10", "+10:00", "Clerkship offer!!",
         ["Got a summer clerkship at Barlow Finch Lawyers in Brisbane, migration team! I'll be preparing "
          "briefs for clients in immigration detention. Mum and my sister Riya are already telling everyone."]),
        ("2203", "2026-04-29 22:00", "+10:00", "Essay: is the Border Force Act secrecy regime too broad?",
         ["Writing my admin law essay on Part 6 of the Australian Border Force Act. Border Force officers can't "
          "talk about almost anything they see. Good for integrity, bad for accountability?",
          "Also ImmiAccount was down all weekend, which I only know because my aunt's visitor visa was stuck."]),
        ("2204", "2026-06-03 19:45", "+10:00", "Flatmate wanted near uni",
         ["Moving out of Rangeville at the end of semester, anyone need a flatmate closer to campus? "
          "Tidy, quiet, owns a border collie (very tidy border collie)."]),
    ],
}
