"""Domenic Sciacca (FICTIONAL): Border Force Marine Unit coxswain working three weeks on, three off out of Darwin,
home in Griffith NSW; wine notes in Italian and English, posts with a place. Every name and handle is invented."""
NAME = "Domenic Sciacca"
HOME = (-34.28320, 146.04680)   # a residential street in Griffith, rounded

ACTIVITYPUB = {
    "handle": "dom_sciacca",
    "summary": "<p>Coxswain, ABF Marine Unit. Darwin swing, Griffith home. Vino, famiglia, calcio.</p>",
    "fields": [("vino notes", "dom.sciacca@vinomail.example")],
    "notes": [
        (7201, "2026-02-10 21:00", "+11:00",
         "Back on the boat Thursday. Three weeks on, three off, 6am flight out of Griffith via Sydney and up to the "
         "Marine Unit base in Darwin. Mamma already packing me salami like I'm going to war.", {}),
        (7202, "2026-02-15 14:10", "+11:00",
         "Pranzo della domenica a casa. Nonna's sugo with a 2019 Durif from Cantina Bellavista. Che bontà, big "
         "plum, a bit of pepper, 9/10.", {"location": ("Casa Sciacca", HOME[0], HOME[1])}),
        (7203, "2026-03-08 19:30", "+09:30",
         "Last patrol we boarded two FFVs off the Kimberley coast, 14 crew, three tonnes of trepang in the hold. I "
         "drove the RHIB across in 2 metre swell. Mamma mia, my knees.", {}),
        (7204, "2026-03-11 20:15", "+09:30",
         "The nav radar on our boat is older than my nephew and the sat comms drop out every arvo past Cape "
         "Londonderry, so we can't run the boarding checks against the system till we're back in range. Fantastico.", {}),
        (7205, "2026-03-14 18:00", "+09:30",
         "Il mio skipper Lachie Dunstan turned 50 on patrol, so we made him a cake out of Sao biscuits and Vegemite. "
         "Auguri Lachie!", {}),
        (7206, "2026-03-29 19:00", "+11:00",
         "Mia moglie Francesca says if I bring home one more case of Nero d'Avola she's moving in with her sister. "
         "Francesca, amore, è per la famiglia.", {}),
        (7207, "2026-04-07 21:40", "+10:00",
         "Papà's farm loan is on me now since his stroke and the bank is not patient. Three weeks' pay gone before I "
         "even get on the plane. Madonna.", {}),
        (7208, "2026-04-14 21:30", "+10:00",
         "Calcio at Hanwood oval Tuesdays 7pm when I'm home, Griffith Over 35s. Sal Trimboli still can't shoot, "
         "vent'anni che lo dico.", {}),
        (7209, "2026-04-18 13:00", "+10:00",
         "Cellar door tasting at Cantina Bellavista. Their Vermentino: lemon, salt, summer. 8.5/10.", {}),
        (7210, "2026-04-20 20:00", "+10:00",
         "Papà watches Border Security reruns and rings me to ask if that's my boat. No papà, that's an airport.", {}),
    ],
}
