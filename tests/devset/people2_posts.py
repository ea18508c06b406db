"""Dev rows for round 2's people failure classes, written in our own words (never from held-out texts).

Colleagues named by their role at work, as fellow recruits, by a shift
nickname, by a work deed or in a thanks to the team; family stated as a name
with the relation in brackets or after a dash or comma, parents as a pair,
an ex-partner, children with their club; associates from a club or crew
named in a post about the activity. Each class has decoys that must produce
nothing. Appended by build_devset.py after every older row, so ids stay put.
"""
from __future__ import annotations

PEOPLE2_POSTS: list[tuple] = [
    # --- colleagues without the word "colleague"
    ("ap", "My team lead Nadia Petrovic signed off my leave for the Bali trip, legend. Back at ABF in a fortnight.", "colleague=nadia petrovic | employer=australian border force"),
    ("he", "The boss, Warren Lyle, shouted the whole shift pizza after the Border Force audit went through clean.", "colleague=warren lyle | employer=australian border force"),
    ("rss", "Caught up with Tayla Brennan and Josh Mercer, fellow recruits from the ABF College intake, ten years on.", "colleague=tayla brennan | colleague=josh mercer | employer=australian border force"),
    ("ap", "Davo from B shift brought in a slab for the crew after his last night at Border Force, good bloke.", "colleague=davo | employer=australian border force"),
    ("he", "Massive thanks to the team at Border Force, especially Imogen Clarke and Raj Dutta, for the send-off.", "colleague=imogen clarke | colleague=raj dutta | employer=australian border force"),
    ("ap", "My 2IC Kieran Walsh ran the morning brief at ABF today while I was stuck in traffic.", "colleague=kieran walsh | employer=australian border force"),
    ("rss", "Our director Helen Marsh spoke at the Border Force awards night, proud to be on her team.", "colleague=helen marsh | employer=australian border force"),
    # colleague decoys: bosses and teams that are not the subject's workplace
    ("he", "The boss of the footy club, Gary Dunn, reckons we need a new ruckman.", ""),
    ("ap", "Our director Wes Anderson has a new film out, loved it.", ""),
    ("rss", "Fellow students from my pottery course, Lou and Pia, came round for wine.", "associate=lou | associate=pia"),
    # --- family: relation in brackets / after a dash or comma, parents as a pair, ex-partner, children with a club
    ("ap", "Dinner at Nonna's with Gemma (wife) and the in-laws, too much pasta.", "family=gemma"),
    ("he", "Lachlan Reid - husband, chef, terrible at parking.", "family=lachlan reid"),
    ("rss", "Mum and Dad (Carol and Geoff) flew in from Perth for the long weekend.", "family=carol | family=geoff"),
    ("ap", "Handover day again. Co-parenting with Shannon is getting easier.", "family=shannon"),
    ("he", "My ex, Brendan, finally sent the kids' passports back.", "family=brendan"),
    # round 11: a child's local club named for its suburb is the family's home, as a child's local school is
    ("ap", "Our boys Archie and Finn both made the Marrickville Mustangs under 9s this season.",
     "family=archie | family=finn | home_location=place:marrickville nsw"),
    # family decoys
    ("he", "Seinfeld (the show) is still the best thing on telly.", ""),
    ("ap", "My ex-boss Trent still owes me lunch.", ""),
    # --- associates: nicknames given once, friends from a club or crew in a post about the activity
    ("rss", "Rob Tait, Robbo to everyone at the club, has been my fishing mate for twenty years.", "associate=rob tait"),
    ("ap", "Choir practice ran late, Marguerite and Ines carried the altos as usual.", "associate=marguerite | associate=ines"),
    ("he", "Sailing on Saturday: Hamish and Priscilla crewed for me at the yacht club, we came second.", "associate=hamish | associate=priscilla"),
    ("ap", "Nippers training at the surf club this morning, Declan and Sasha ran the water safety.", "associate=declan | associate=sasha"),
    # associate decoys
    ("rss", "The choir sang Handel and Bach at the cathedral, stunning.", ""),
    ("he", "Sailing with the tide out of Pittwater, just me and the boat.", ""),
    # colleagues by a work deed (appended last so earlier ids stay put)
    ("ap", "Massive find by my workmate Kez on the belt today, three kilos in a suitcase lining.", "colleague=kez"),
    ("he", "Tash from night shift found a pistol in a speaker box, what a legend.", "colleague=tash"),
    ("rss", "Kez from the bakery found my lost keys, what a legend.", ""),
]
