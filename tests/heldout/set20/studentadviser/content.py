"""Hamish Okonkwo-Reid (FICTIONAL): a university international-student adviser. NEGATIVE CONTROL.

He explains visa conditions, the Department's letters and ImmiAccount to students for a
living; none of it makes him staff. A microformats2 blog with RSS. Every name and number
is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Hamish Okonkwo-Reid"

BLOG = {
    "path": "advice",
    "title": "Study Visa Sense",
    "card_note": "Notes for international students from an adviser at a Wollongong university. Not legal advice.",
    "card_job": "International Student Adviser",
    "card_org": "Student Services",
    "card_tel": "02 5550 3391",
    "posts": [
        ("condition-8202", "2026-02-20 12:00", "+11:00", "Condition 8202, in plain English",
         ["Your student visa carries condition 8202: you must stay enrolled and attend. If the Department of "
          "Home Affairs writes to you about it, come and see us before you reply."]),
        ("immiaccount", "2026-03-13 12:00", "+11:00", "ImmiAccount tips",
         ["Keep your ImmiAccount password somewhere safe and update your address there when you move. "
          "We can't log in for you, and we never will."]),
        ("airport", "2026-04-24 12:00", "+10:00", "Arriving for semester two",
         ["Border Force officers at the airport may ask to see your CoE. Carry a copy. Visa cancellations at the "
          "border are rare, but they happen."]),
        ("weekend", "2026-05-30 17:00", "+10:00", "A weekend off",
         ["Took the kids to Kiama with my wife Adaeze. Ngozi and Callum ate their weight in fish and chips."]),
    ],
}
BLOG["posts"] = [p + ((["advice"] if i < 3 else ["life"]), None) for i, p in enumerate(BLOG["posts"])]
