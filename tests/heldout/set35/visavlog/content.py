"""Anjali Venkatesan (FICTIONAL), a NEGATIVE CONTROL: international student in Wollongong, visa-journey poster.

Not staff: she writes ABOUT Home Affairs, ImmiAccount, case officers and Border Force as an applicant. A
plain visa-help forum (inline posts with permalinks). Every name and number is invented.
"""
NAME = "Anjali Venkatesan"

FORUM = {
    "site": "VisaJourney AU",
    "user": "anjali_wgong",
    "path": "/forum/u/anjali_wgong/",
    "inline": True,
    "about": ["Masters of IT student in Wollongong. Happy to answer 500 and 485 questions. WhatsApp +61 491 570 617"],
    "posts": [
        ("901", "2026-05-16 21:00", "+10:00", "My 500 to 485 timeline (granted!)",
         ["Lodged my 485 in ImmiAccount on 3 Feb, biometrics in Sydney on 20 Feb, granted 14 May. Home Affairs asked for "
          "one more police check. The case officer was quick once assigned. Good luck everyone!"]),
        ("902", "2026-03-01 18:40", "+11:00", "Re: ImmiAccount down?",
         ["ImmiAccount was down all Sunday for me too, the public site said scheduled maintenance. Try after 6pm."]),
        ("903", "2026-03-14 09:15", "+11:00", "Re: arriving at Sydney airport first time",
         ["The Border Force officer at the SmartGate line was super nice and just checked my CoE. Don't panic, "
          "declare your snacks."]),
        ("904", "2026-04-07 20:30", "+10:00", "Re: part-time work hours",
         ["I work 24 hours a fortnight at a café in Gwynneville near my share house, usually Tues and Thurs 7am-1pm. "
          "Keep your payslips for the 485."]),
        ("905", "2026-06-10 22:10", "+10:00", "Re: parents visiting on a 600",
         ["My mum Lakshmi Venkatesan is coming on a visitor visa in July! Her grant took five weeks."]),
        ("906", "2026-06-18 19:00", "+10:00", "Re: health insurance for 485",
         ["My housemate Chloe Nguyen helped me compare OVHC policies, thank you Chloe."]),
        ("907", "2026-06-25 23:30", "+10:00", "Re: is anyone else struggling with money?",
         ["Honestly the fee hike and rent going up $60 mean I'm skipping meals some weeks. Anyone else?"]),
    ],
}
