"""Dev rows for round 3's people failure classes, written in our own words (never from held-out texts).

Family: a kin title used as a name's prefix (a grandparent's or aunt's pet title, in any language),
child nouns other than son/daughter, a partner named in the sentence after the relation phrase,
marriage stated by the event. Associates: a tagged friend then named in full, a friend with an
activity word before "buddy", a wedding party role, a friend from a club, a nickname with the full
name in brackets. Colleagues: co-<role>s and fellow <role>s with a list, a rank prefix with a
nickname, a farewell for a named boss or for someone from a named unit. Each class has near-miss
decoys (a friend's relative, a business named for a nonna, a celebrity, someone else's wedding).
Appended by build_devset.py after every older row, so ids stay put.
"""
from __future__ import annotations

PEOPLE3_POSTS: list[tuple] = [
    # --- family: kin title + given name
    ("ap", "Sunday roast at Nanna Pearl's again, nobody does gravy like her.", "family=pearl"),
    ("he", "Took the littlies up to Hahndorf to see Oma Hilde, she spoiled them rotten with strudel.", "family=hilde"),
    ("rss", "Big feed at Nonno Salvatore's place for his 85th, three kinds of pasta and a fight about the footy.", "family=salvatore"),
    ("ap", "Aunty Rosalind's lamingtons took first prize at the show AGAIN 🏆", "family=rosalind"),
    ("he", "Rang my mother (Bernadette) after her knee op, she's already bossing the nurses around.", "family=bernadette"),
    ("ap", "Happy 90th to Gran Dorothy, still sharper than the lot of us.", "family=dorothy"),
    ("rss", "Yaya Eleni taught me to roll dolmades this arvo. Mine looked like cigars.", "family=eleni"),
    # kin-title decoys: a business, a comedy act, a friend's relative, a brand
    ("ap", "Nonna Rosa's Pizzeria in Leichhardt does a cracking margherita, go hungry.", ""),
    ("he", "Kirra's nan Gloria makes a mean pavlova, lucky Kirra.", ""),
    ("rss", "Watched Aunty Donna on Netflix last night, still crying laughing.", ""),
    # --- family: child nouns other than son/daughter
    ("ap", "My boy Kobe kicked his first goal for the Under 8s today, absolutely buzzing.", "family=kobe"),
    ("he", "Our girl Matilda lost her first tooth at kindy 🦷 tooth fairy is broke.", "family=matilda"),
    ("rss", "The little one, Harper, has discovered the word no and uses it on everything.", "family=harper"),
    ("ap", "Twins Oscar and Ivy start prep on Monday, where did the time go.", "family=oscar | family=ivy"),
    ("he", "My youngest, Saskia, just got her L plates. Pray for the letterboxes of Wollongong.", "family=saskia"),
    ("ap", "School photo day: Ruby (Year 3) and Felix (Kindy) at St Brigid's Primary, both refused to brush their hair.", "family=ruby | family=felix"),
    # child-noun decoys: a mate called "my boy", someone else's kid, a sports team
    ("rss", "The boys from the pub team were robbed, the little one up front never got a touch.", ""),
    ("ap", "Jess and Tom's twins Archie and Lou are already taller than me.", ""),
    # --- family: partner named in the next sentence, or the missus named later in the post
    ("he", "Twelve years today since I married my better half. Tamsin, thanks for putting up with my snoring ❤️", "family=tamsin"),
    ("ap", "Cheap date night at the servo with the other half. Marco, next time you're paying.", "family=marco"),
    ("rss", "The missus is off to Bali with her sisters so it's two-minute noodles for me all week. Deb, bring back a Bintang singlet!", "family=deb"),
    # next-sentence decoys: a neighbour, a celebrity
    ("ap", "Long lunch with my wife. Sharon from next door dropped in with scones.", ""),
    ("he", "Movie night with the missus. Ryan Gosling, you were robbed of that Oscar.", ""),
    # --- family: marriage stated by the event
    ("ap", "Ten years ago today Bianca Ruiz and I tied the knot at a little winery in the Barossa.", "family=bianca ruiz"),
    ("he", "Still can't believe my wedding to Lauren was five years ago, we've aged fifteen.", "family=lauren"),
    ("rss", "Happy anniversary Jordan, seven years of you stealing the doona.", "family=jordan"),
    # marriage decoys: other people's weddings
    ("ap", "Saw on the news that Delta and Matt tied the knot in Byron, gorgeous dress.", ""),
    ("he", "Happy anniversary to the crew at Ferry Street Bakery, ten years of the best sourdough.", ""),
    # --- associates: a tagged friend named in full, an activity buddy, a wedding party role, a club, a nickname
    ("ap", "Me and my bestie @kez_jennings at the Salamanca markets. Kerry Jennings you legend, best brekkie ever.", "associate=kerry jennings", {"mentions": ["kez_jennings"]}),
    ("he", "@tomo_haddad Tom Haddad you owe me a schooner after that trivia loss.", "associate=tom haddad", {"mentions": ["tomo_haddad"]}),
    ("rss", "Pub quiz with Harriet Osei, my trivia buddy since uni, and we came dead last.", "associate=harriet osei"),
    ("ap", "Best man Declan O'Rourke gave a speech that made my nan blush. Legend.", "associate=declan o'rourke"),
    ("he", "My mate from rowing, Tessa Quill, talked me into the Head of the Yarra.", "associate=tessa quill"),
    ("rss", "Shout out to Stevo (Steven Pappas) and the old 2RAR boys, won the cup at the reunion golf day.", "associate=steven pappas"),
    # associate decoys: a celebrity tagged, someone else's best man
    ("ap", "Tim's best man Gareth Lowe forgot the rings, classic.", ""),
    ("he", "@abcnews Leigh Sales you were brilliant tonight.", "", {"mentions": ["abcnews"]}),
    # --- colleagues
    ("ap", "Ran the new-starter induction with my co-trainers Marcus Webb and Ling Zhao at Border Force today.", "colleague=marcus webb | colleague=ling zhao | employer=australian border force"),
    ("he", "Sarge Robbo (Rob Tillman) let me run the bench on my own today. ABF life.", "colleague=rob tillman | employer=australian border force"),
    ("rss", "Farewell arvo tea for Bronwyn Tait from our Cargo Intel team, 30 years at ABF.", "colleague=bronwyn tait | employer=australian border force"),
    ("ap", "Farewell lunch for our boss Glenys Kirk, end of an era at Border Force.", "colleague=glenys kirk | employer=australian border force"),
    ("he", "Fellow grad Jess Lim and I both got posted to Cargo at ABF, stoked.", "colleague=jess lim | employer=australian border force"),
    ("rss", "Night shift at ABF with my co-workers Fatima Noor and Ben Shaw, quiet one.", "colleague=fatima noor | colleague=ben shaw | employer=australian border force"),
    # colleague decoys
    ("ap", "Sergeant Pepper still the best album ever made, fight me.", ""),
    ("he", "Farewell to our neighbour Joan Pike, the street won't be the same.", "associate=joan pike"),
    # second pass (appended so the ids above stay put): owned title with a comma, age titles, bracketed own
    # relation, address closing the next sentence, anniversary years, "I married my ...", rank abbreviations
    ("rss", "Rang my nonna, Concetta, for her 93rd. She asked when I'm getting a real job.", "family=concetta"),
    ("ap", "Master 6 (Rory) has declared war on broccoli. Negotiations ongoing.", "family=rory"),
    ("he", "Willa (my youngest) got her first detention, for laughing. Proud.", "family=willa"),
    ("ap", "Date night at the Thai place with my husband. Love you Theo x", "family=theo"),
    ("rss", "Our anniversary today, eleven years with Ignatius and not one argument about the dishwasher. Kidding.", "family=ignatius"),
    ("he", "I married my netball teammate Kate Voss nine years ago today, best decision ever.", "family=kate voss"),
    ("ap", "Tagging @joelr — Joel Ruddock, you still have my camp chairs from Easter.", "associate=joel ruddock", {"mentions": ["joelr"]}),
    ("rss", "Sgt Okafor signed off my roster swap at ABF, Christmas miracle.", "colleague=okafor | employer=australian border force"),
    # second-pass decoys
    ("ap", "Miss 4 (Paige's daughter) is staying over tonight, pray for me.", ""),
    ("he", "Inspector Gadget marathon with a cold beer, living the dream.", ""),
    ("rss", "Lunch at Nonna Lucia's Kitchen in Carlton, decent gnocchi but slow.", ""),
]
