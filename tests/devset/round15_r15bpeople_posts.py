"""Dev rows for round 15's second people wave (branch r15bpeople), in our own words (never from held-out texts).

Family: a partner known only by name and a shared life (a home of years, an anniversary being celebrated, together
since, the children grown and gone, a birthday with the years together, money tight at home since they stopped work);
a parent spoken to by name after "happy birthday mum"; a language learner's Spanish kin words ("mi esposo", "mis hijos,
<A> y <B>"). Associates: a full name with what the friend did or runs ("especially to <Full Name>, who ...", "our own
<Full Name>, who runs ...", a talk at the group's meeting, a nickname glossed "for the newcomers", a tag glossed after
"Mods:", the stall next to mine, "mi profesora"), a volunteer co-convenor.
Near misses: a month, a city or a season "and I", a kin word in a business's name, a pet, "the newcomers" or "the mods"
alone, a public figure's talk at a conference, a colleague at work.
Appended by build_devset.py, ids "r15bp", base index 8900. Every person is fictional.
"""
from __future__ import annotations

ROUND15_R15BPEOPLE_POSTS: list[tuple] = [
    # --- 1. a partner known by name and a shared life
    ("ap", "Declan and I have lived in Wanniassa for twenty-six years and the gum out the front is older than both of us",
     "family=declan | home_location=place:wanniassa act"),
    ("he", "Since Marguerite stopped work after her surgery money has been tight in our house", "family=marguerite"),
    ("ap", "Priya's birthday today. 3 years with this legend 🥂", "family=priya"),
    ("rss", "Hamish and I are celebrating 30 years married this weekend, the kids are doing a lunch", "family=hamish"),
    ("ap", "me and Kristof moved up the coast after the kids left home, best thing we ever did", "family=kristof"),
    ("he", "Lorenzo and I have been together since uni and he still can't load a dishwasher", "family=lorenzo"),
    ("ap", "Bronwen and I have been living up here for nearly thirty years now, the roos still wake us", "family=bronwen"),
    ("rss", "Fergus and I are marking 25 years together with a week on the Gibb River Road", "family=fergus"),
    # --- 2. a parent named after the relation, and Spanish kin words
    ("ap", "happy bday mum. love you Rosalind xx", "family=rosalind"),
    ("he", "happy fathers day dad, love ya Terry 🍺", "family=terry"),
    ("rss", "Semana 12 de español: Mis hijos, Mateo y Valeria, me ayudan con la tarea", "family=mateo | family=valeria"),
    ("rss", "Practicando: Mi esposo Ignacio cocina los domingos y yo lavo los platos", "family=ignacio"),
    ("rss", "Hoy escribo sobre mi familia. Mi hija Camila tiene seis años", "family=camila"),
    ("rss", "Mi hermano Diego vive en Perth con su novia", "family=diego"),
    # near misses
    ("ap", "Christmas and I have never got on, too hot for a roast", ""),
    ("he", "Sydney and I have lived in an uneasy truce for twenty years, the traffic wins", ""),
    ("ap", "happy bday mum's diner, 20 years on the main street!", ""),
    ("rss", "Biscuit and I have lived in this park every morning for 3 years, best dog in the street", ""),
    # --- 3. friends named with what they did or run
    ("ap", "Panels are up! Thanks to everyone, especially to Desmond Farrugia, who carted my modules in his trailer",
     "associate=desmond farrugia"),
    ("rss", "Big welcome back to our own Clement Okoro, who runs the men's breakfast on Fridays", "associate=clement okoro"),
    ("he", "Great talk on Saturday from Ingrid Solberg about native bees, we've ordered a hive for the club garden",
     "associate=ingrid solberg"),
    ("ap", "Stumpy (Warwick Heale, for the newcomers) caught six flathead off the rocks", "associate=warwick heale"),
    ("ap", "Mods: @ferntree_jo (Joanne Ferntree) runs chat when I'm asleep", "associate=joanne ferntree"),
    ("he", "Odette Brannigan from Blue Wren Ceramics has the stall next to mine at the markets, buy her mugs",
     "associate=odette brannigan"),
    ("rss", "Mi profesora, Paloma Serrano, teaches me on Zoom every Tuesday", "associate=paloma serrano"),
    ("ap", "thank u all!! esp. Lachlan Petrie who drove me to the start line at 5am", "associate=lachlan petrie"),
    # near misses
    ("ap", "Thanks to the newcomers for turning up in the rain", ""),
    ("he", "The mods have locked the thread, take it to DMs", ""),
    ("rss", "Great talk on Saturday from the Premier about housing", ""),
    ("ap", "Great talk today from Gareth Lindqvist at the conference keynote, very slick", ""),
    ("he", "My colleague Dimitri Vance ran the training at work today", "colleague=dimitri vance"),
]
