"""Dev rows for round 7's people classes, in our own words (never from held-out texts).

Family named by the pride of a parent or grandparent at a child's milestone (a first game, tooth, formal,
licence, graduation, concert) with no relation word before the name; "my/our <Name>" said of family; a
spouse by the years of a marriage or a "Mr/Mrs <initial>" nickname; a parent by "the old man <Name>" or
"Dad (<Name>)"; a child implied by "the kid" after a name. Colleagues by a first name in a post about a
shift, a full name at the workplace, a team leader in a forum grievance, a rank written short before a
surname even in a social post. Associates in rowing crews, riding groups and training partnerships. Near
misses: a celebrity's first game, a friend's child, an Uber driver, a Prime Minister, a neighbour who is
a sergeant. Appended by build_devset.py after every older row, with their own id prefix ("r7pe").
"""
from __future__ import annotations

ROUND7_PEOPLE_POSTS: list[tuple] = [
    # --- family: a child or grandchild named only by a parent's pride at a milestone
    ("ap", "Tilly's first carnival for the Ravens U11s today, shot four goals 🏐 #proudmama", "family=tilly"),
    ("he", "Huxley's debut for the Mudcrabs under 12s. Took a screamer in the first quarter. Beaming old man over here.",
     "family=huxley"),
    ("rss", "Primrose sang a solo at the Bellbird Primary concert tonight and nana cried the whole way through 🥹 #proudnanna",
     "family=primrose"),
    ("ap", "Ozzie lost his first wobbly tooth at dinner and the tooth fairy (pop) had to dig out a gold coin quick smart",
     "family=ozzie"),
    ("he", "Clementine passed her driving test first go, L plates in the bin! Couldn't be prouder of our girl.",
     "family=clementine"),
    ("rss", "So proud of our Ignatius, graduated as a paramedic today after three hard years 🎓", "family=ignatius"),
    ("ap", "Evander got his Ps this morning. Lock up your letterboxes, Ballarat. #proudmum", "family=evander"),
    ("rss", "We drove down for Saffron's Year 12 formal last night. She looked every bit the grown woman and I am one very proud dad.",
     "family=saffron"),
    ("he", "Barnaby kicked his first goal at Auskick today!! proud mum moment, not gonna lie 😭", "family=barnaby"),
    # family near misses: a celebrity, a friend's child, a driver, the PM
    ("ap", "Watching Bodhi Kestrel's first game for the Swans on telly, what a kid, proud to be a member", ""),
    ("he", "So proud of my niece's mate Talia, she made the state netball team at 14", ""),
    ("rss", "Went to Juniper's first game for the U10s with her mum Rhea, my old uni friend. What a goal!",
     "associate=rhea"),
    ("ap", "My Uber driver Pavel said his son just got his P plates, terrifying", ""),
    ("he", "Our Prime Minister's first game of backyard cricket at the Lodge was a sight to behold", ""),
    # --- family: "my/our <Name>"
    ("ap", "My Lorcan's been made head chef at the bistro, cooking runs in the family 👨‍🍳", "family=lorcan"),
    ("he", "Our Bernadette's home from Perth for Christmas, you can't wipe the grin off Mum's face", "family=bernadette"),
    ("rss", "big day for our Seamus, first day on the tools as an apprentice sparky", "family=seamus"),
    # --- family: a spouse by the years of a marriage or a nickname
    ("ap", "Brunch with Mrs B 😍 Rosalind still pinches my hash brown after 27 years of marriage", "family=rosalind"),
    ("he", "Silver anniversary dinner tonight. Twenty-five years and Ferdinand still can't pick a restaurant.",
     "family=ferdinand"),
    ("rss", "Club news: Alex Morgan notched her 100th game on Saturday, cheered on by her wife Delphine from the boundary.",
     "family=delphine"),
    ("ap", "Thirty years married this week. Wendell, you still make me laugh every single day ❤️", "family=wendell"),
    # --- family: a parent
    ("he", "Arvo at the footy with the old man Merv, same seats in the outer since 1982", "family=merv"),
    ("ap", "Dad (Clive) turned 80 on Sunday and wants nothing but a new mower", "family=clive"),
    # --- family: a child implied after the name
    ("rss", "Lachie hooked a bigger snapper than me again. Kid's got the touch.", "family=lachie"),
    ("ap", "Ruben beat me at chess three times tonight. The kid is a shark.", "family=ruben"),
    ("he", "Jarrah from next door beat me at chess again. Kid's a shark.", ""),
    # --- colleagues
    ("ap", "Rashida covered my break on the packing line today, absolute legend", "colleague=rashida"),
    ("he", "Sunniva swapped shifts with me so I can make the wedding 🙏 ward 4 nurses are the best", "colleague=sunniva"),
    ("rss", "Tobias Wren and I ran the induction for the new starters at the depot this morning", "colleague=tobias wren"),
    ("ap", "anyone else got a new TL from hell? Desmond Quill (quilly) started monday and is already timing our smoko",
     "colleague=desmond quill"),
    ("he", "Farewell pints with Sgt Hollis tonight, he's off to the coast for a tree change. Top bloke.",
     "colleague=hollis"),
    ("rss", "The Super was in a foul mood at muster but Insp Okonkwo backed us all the way", "colleague=okonkwo"),
    ("ap", "Schooners at the Royal with Snr Const Petrakis, she's transferring to the dog squad. Gonna miss her.",
     "colleague=petrakis"),
    # colleague near misses
    ("he", "My neighbour Brannigan is a sergeant in the police, nice enough bloke, lends me his ladder", ""),
    ("ap", "Found Sgt. Pepper on vinyl at the op shop for five bucks", ""),
    # --- associates
    ("rss", "Regatta report: our coxless four with Imogen Thwaites at stroke held on for silver at Lake Barrington",
     "associate=imogen thwaites"),
    ("ap", "rode the gap loop with Fergus Albright on sunday, he dropped me on every climb lol", "associate=fergus albright"),
    ("he", "Training partner: Marguerite 'Mags' Ostrowski, 6am laps at the Icebergs since 2019", "associate=marguerite ostrowski"),
    ("rss", "Sat in the bow seat behind Percival Yates in the masters eight all season, legs are cooked", "associate=percival yates"),
    ("ap", "Watched Tadej Kovač ride away from everyone on the Tourmalet on SBS last night", ""),
    # --- more registers of the same classes (appended so ids stay put)
    ("ap", "omg Winnie got her green Ps today and drove me to Bunnings like a pro 😭😭 #proudmum", "family=winnie"),
    ("he", "Poppy's chest is out to here. Alfie made the rep side for the under 15s on the weekend 💙 #proudpop",
     "family=alfie"),
    ("rss", "A long post, sorry. Marigold walked across the stage at the uni graduation on Friday with a law degree, and "
            "I don't think I stopped crying once. Proud doesn't cover it. Your dad would have burst.", "family=marigold"),
    ("ap", "Fenn's first try for the Colts u13s!!! dad is stoked 🏉", "family=fenn"),
    ("he", "Cosmo finally lost his top front tooth, the tooth fairy is broke this week", "family=cosmo"),
    ("ap", "Goosebumps watching Aurelia's first ballet recital from the back row. Teary mum alert.", "family=aurelia"),
    ("rss", "Spent the arvo at the school carnival cheering for Indigo Prentice, our neighbour's girl. She won the 100m!",
     "associate=indigo prentice"),
    ("ap", "So proud of my student Kalinda, first in the state for chemistry 🧪", ""),
    ("he", "Forty-one years of marriage and Horace still brings me a cuppa in bed every morning ☕", "family=horace"),
    ("ap", "our ruby anniversary today 💍 Gwendolyn booked the same restaurant we had our first date at",
     "family=gwendolyn"),
    ("rss", "Happy golden anniversary to Ned and Philippa from the whole bowls club!",
     "associate=ned | associate=philippa"),
    ("he", "Ten year work anniversary at the council today, thanks Dominika for the cake", ""),
    ("ap", "Kasper out-kicked me at the park again. The kid has a left foot like a cannon.", "family=kasper"),
    ("he", "Magnus from across the road beat me at handball. Kid's a machine.", ""),
    ("ap", "Ottilie's nana has her on Thursdays while I'm at work, school pickup sorted", "family=ottilie"),
    ("he", "Clocked off early, Gideon took my shift so I could make the parent teacher interview", "colleague=gideon"),
    ("rss", "night shift in ED was carnage, Priyanka and I didn't sit down once", "colleague=priyanka"),
    ("ap", "Toolbox talk this morning with Hamid Rostami, the new site super. Seems alright.", "colleague=hamid rostami"),
    ("he", "Cheers to Det Sgt Ferreira, retiring after 35 years. Taught me everything.", "colleague=ferreira"),
    ("ap", "Brekkie with Cpl Mbeki before she deploys. Stay safe legend.", "colleague=mbeki"),
    ("rss", "Patients on ward 7 were lovely today, Mrs Dunleavy gave me a toffee", ""),
    ("ap", "My kid's coach Lindqvist reckons the under 12s need more fitness", ""),
    ("ap", "vent: Lucinda Farrow (lulu), our new 2IC, just cancelled everyone's leave over Easter. cool cool cool",
     "colleague=lucinda farrow | vulnerability=grievance"),
    ("he", "Knock-off beers with Sarge Obradovic, he's transferring to Katherine. Gonna miss the grumpy sod.",
     "colleague=obradovic"),
    ("rss", "Alfonso showed me the ropes on the reach truck today, patient bloke", "colleague=alfonso"),
    ("ap", "Grandma here 👵 Marisol read her first whole book to me tonight", "family=marisol"),
    ("he", "About me: Paramedic, dog mum, terrible gardener. Other half: Leopold.", "family=leopold"),
]
