"""Dr Anjali Rao (FICTIONAL), a NEGATIVE CONTROL: a GP at a private Geelong clinic who is a panel
physician doing visa medicals. She writes about health requirements, the eMedical system and
applicants' delays as an outside practitioner. Every name, clinic, number and address is invented."""
NAME = "Anjali Rao"

PERSON = {
    "path": "/doctors/anjali-rao",
    "site": "Bellarine Family Medical",
    "headline": "Dr Anjali Rao, GP and panel physician (visa medicals)",
    "ld": {
        "jobTitle": "General Practitioner",
        "worksFor": {"@type": "MedicalClinic", "name": "Bellarine Family Medical"},
        "email": "mailto:dr.rao@bellarinefm.example",
        "knowsAbout": ["visa medical examinations", "women's health", "travel medicine"],
    },
    "sections": [
        ("About Dr Rao", [
            "Dr Rao is one of our panel physicians, approved to do immigration medical examinations for visa "
            "applicants. She sees visa medical patients on Monday and Wednesday mornings.",
            "She is not a Home Affairs officer and cannot tell you when your visa will be decided."]),
    ],
}

BLOG = {
    "path": "notes",
    "title": "Notes from a Geelong GP",
    "card_note": "Dr Anjali Rao. GP in Geelong. Tuesday parkrunner. Notes, not medical advice.",
    "posts": [
        ("emedical-down", "2026-02-11 18:30", "+11:00", "When eMedical goes down",
         ["eMedical was down all morning, so six visa medical patients sat in our waiting room while I wrote "
          "chest x-ray referrals by hand. Not the department's fault, not mine, and definitely not theirs."],
         ["visa medicals"], None),
        ("health-requirement", "2026-03-04 20:00", "+11:00", "What the health requirement is (and isn't)",
         ["Patients ask if I decide their visa. I don't. I examine, I record, the department's health requirement "
          "is applied by someone else entirely. My HAP ID questions go to the same helpline as yours."],
         ["visa medicals"], None),
        ("parkrun", "2026-03-24 19:00", "+11:00", "Tuesday parkrun",
         ["Every Tuesday at 6:15am I run the Eastern Beach loop with my running buddy Fiona Castellano before clinic. "
          "My husband Rohan holds the coffees."],
         ["running"], None),
        ("border-force-doco", "2026-04-21 21:00", "+10:00", "Television",
         ["Watched a Border Force documentary with my son Arjun, who now wants to be a sniffer dog. Not a handler. The dog."],
         ["family"], None),
        ("new-house", "2026-05-12 19:30", "+10:00", "Moving",
         ["We've moved to Newtown, five minutes from the clinic. The removalists were heroes."],
         ["life"], None),
    ],
}
