"""Shakira Moana-Hills (FICTIONAL): 22, newly graduated Border Force officer at Brisbane Airport's international
terminal, living with her nan in Wynnum. Emoji posts; one place-tagged at home; her work email as a profile
field. Every name, handle and number is invented; the place point is on an ordinary street, rounded."""
NAME = "Shakira Moana-Hills"

ACTIVITYPUB = {
    "handle": "kira_mh",
    "summary": "<p>22 🌺 bayside girl 🌊 new job era 💙</p>",
    "fields": [("snap", "kira.mh02"), ("email", "shakira.moana-hills@abf.gov.au")],
    "notes": [
        (9101, "2026-02-06 18:00", "+10:00",
         "GRADUATED 🎓💙 officially an ABF officer!!! Nana cried the whole ceremony 😭 #ABF #newjob", {}),
        (9102, "2026-02-20 04:35", "+10:00",
         "0430 alarm for earlies at the international terminal ☕☕☕ who invented planes at dawn", {}),
        (9103, "2026-03-07 12:15", "+10:00",
         "Two of us on the desk for the Fiji flight and the Auckland one landing together 🫠 my supervisor "
         "Mr Faleolo said 'character building'. ok",
         {}),
        (9104, "2026-03-22 17:30", "+10:00",
         "Sunset from the front step 🌅 home sweet home",
         {"location": ("Wynnum, Brisbane", -27.4431, 153.1645)}),
        (9105, "2026-04-04 20:00", "+10:00",
         "bestie date w @kiki_m (Kiara Moffat) at the jetty 🍦 love u",
         {"mentions": ["kiki_m"]}),
        (9106, "2026-04-26 15:00", "+10:00",
         "watched Border Security reruns with nana 😂 'is that you?' no nana", {}),
    ],
}
