"""Dale Ruddock (FICTIONAL): a Department of Home Affairs case manager at Yongah Hill detention centre who lives
in Lamington, Kalgoorlie, and hosts a Goldfields footy podcast. The podcast's about-the-host page (schema.org
Person, third person) and its episode notes (microformats blog + RSS, written by the producer about the host).
Every name, number and club is invented."""
NAME = "Dale Ruddock"

PERSON = {
    "path": "/podcast/host",
    "site": "Yarns from the Outer",
    "headline": "Host of Yarns from the Outer, the Goldfields' least professional footy podcast",
    "ld": {
        "jobTitle": "Case Manager",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "address": {"@type": "PostalAddress", "addressLocality": "Lamington", "addressRegion": "WA"},
        "email": "mailto:dale.yarns@goldmail.example",
    },
    "sections": [
        ("About Dale", [
            "By day Dale is a case manager at Yongah Hill Immigration Detention Centre with the Department of Home "
            "Affairs. By weekend he is the voice of Goldfields footy, recording from his shed in Lamington with a "
            "microphone he won in a meat raffle.",
            "He drives the Great Eastern Highway to Northam every Monday at 4am and back on Thursday night, which is "
            "when most episodes are recorded, usually with a pie.",
            "He lives in Kalgoorlie with his partner Tegan and their boy Hudson, who is the podcast's harshest critic."]),
        ("Get in touch", [
            "Footy questions, abuse and meat-raffle tips to dale.yarns@goldmail.example or text 0491 570 442."]),
    ],
}

BLOG = {
    "path": "podcast/episodes",
    "title": "Yarns from the Outer: episode notes",
    "card_note": "Goldfields footy, told badly. Episode notes by our producer.",
    "posts": [
        ("ep-41", "2026-03-13 20:00", "+08:00", "Ep 41: Three years and a date",
         ["Dale opens with his week: a man he has been case managing at Yongah Hill for three years finally got a "
          "removal date, and Dale is not sure how he feels about it. 'You get to know these fellas,' he says.",
          "Then the round three ladder, and why the Blues can't kick straight."],
         ["episodes"], None),
        ("ep-42", "2026-03-27 20:00", "+08:00", "Ep 42: Shout-outs",
         ["Co-host Shane 'Spud' Murphy is back from the mines. Shout-outs to Spud's mum for the lamingtons, Kylie "
          "from the canteen, Tegan for putting up with the shed, and the Yongah Hill crew, especially Marcus Pell, "
          "who covered Dale's shifts so he could call the grand final.",
          "Spud and Dale have been mates since under-tens, and it shows."],
         ["episodes"], None),
        ("ep-43", "2026-04-10 20:00", "+08:00", "Ep 43: Dinosaur",
         ["Dale vents about the detainee case records system at work, which everyone calls Dinosaur because it "
          "logs you out mid-sentence and eats your notes. He has started writing his notes in Word first. Spud "
          "suggests a hammer.",
          "Also: the Boulder v Kal derby preview, and a border collie that ran onto the ground at the derby oval."],
         ["episodes"], None),
        ("ep-44", "2026-05-08 20:00", "+08:00", "Ep 44: Honest one",
         ["A quieter one. Dale talks about the four nights a week away, and says he and Tegan are 'doing "
          "counselling' because the drive is wearing them both down. Spud tells him to look after himself.",
          "Then the tipping comp, where Hudson is beating both of them."],
         ["episodes"], None),
        ("ep-45", "2026-06-05 20:00", "+08:00", "Ep 45: Border Security marathon",
         ["Spud confesses to a Border Security marathon on the night shift at the mine. Dale refuses to comment on "
          "the show. The rest is the mid-season review."],
         ["episodes"], None),
    ],
}
