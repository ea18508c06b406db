"""Dev rows for round 12's people work (branch r12people), in our own words (never from held-out texts).

Family told by a deed, an alias or an event of the post: a partner by a household title and initial and then spoken to
by name ("Mrs K ... love you Priya"), a partner praised as one ("husband of the year"), a birth announcement's baby and
the mother, a child by a title and an age and the child's other parent ("Miss E (4) and her mum ..."), an ex told by a
separation with the children's weekends split, a child on a custody weekend, a child's first day at a school of any
name, a junior side by club and age ("the Hawks 13s"). Friends by what follows the name: sitting beside the subject,
living next door, beating the subject in a race, asked to be godfather, spoken to as "you menace", a coach thanked by
title. Near misses sit beside them: a figurative husband and someone else's real one, a cartoon watched with a niece, a
charter boat and a fishing outfit, a dog weighed at the vet, a teacher by title and initial, a friend's baby.
Appended by build_devset.py after every older row, ids "r12p", base index 5450. Every person is fictional.
The subject of the dev set is Alex Morgan.
"""
from __future__ import annotations

ROUND12_PEOPLE_POSTS: list[tuple] = [
    # --- family (a): a household title and initial, then the partner spoken to by name in the same post
    ("ap", "Mother's Day = Mr P burning the pancakes again 🥞 love you Graham", "family=graham"),
    ("he", "Mrs V booked the whole weekend away without telling me. Thanks Lorraine, best surprise", "family=lorraine"),
    ("ap", "Mr B on bath duty tonight while I finish this report. Cheers Rupert", "family=rupert"),
    ("rss", "Anniversary dinner with Mrs T, she ordered the lobster of course. Love ya Deborah", "family=deborah"),
    # a partner praised as one, with the post's one given name
    ("ap", "Stuart painted the whole deck while I was at work. Husband of the year, no contest.", "family=stuart"),
    ("he", "Marguerite booked us a cabin for my fortieth. Luckiest husband alive.", "family=marguerite"),
    ("ap", "Wendell made a sign for the finish chute. Best partner in the whole club 🏁", "family=wendell"),
    ("rss", "Ingrid found my lost wedding ring in the lawn clippings. Best wife ever #wifegoals", "family=ingrid"),
    # a child by a title and an age, and the child's other parent named after the child
    ("ap", "Miss R (5) and her mum Janelle on the sausage sizzle at the school fete", "family=janelle"),
    ("he", "Master T (7) and his dad Corey built the billy cart for the derby", "family=corey"),
    ("ap", "Dropped the kids' mum Leanne at the airport, three weeks of solo parenting ahead", "family=leanne"),
    # a birth told by its news: the baby and the mother
    ("ap", "Matilda Grace Penrose, 3.4 kg, arrived at 2.20am. Sophie was incredible.",
     "family=matilda grace penrose | family=sophie"),
    ("he", "Welcome to the world Hugo Abernethy, 8 lb 1 oz, born last night after 14 hours of labour. Claire did all the work.",
     "family=hugo abernethy | family=claire"),
    ("rss", "Our daughter Ivy was born Thursday morning, 3.1kg. Natalie is a superhero.", "family=ivy | family=natalie"),
    # a separation told with the children's weekends; a child on the custody weekend
    ("ap", "Gemma moved out in August. The boys are with me every second weekend and Wednesdays.",
     "family=gemma | vulnerability=relationship"),
    ("he", "Rachel left last winter. I get the kids every other weekend now and it is never enough.", "family=rachel | vulnerability=relationship"),
    ("ap", "Oscar's footy presentation night and it's meant to be her weekend. She texts at six to say she's running late.",
     "family=oscar"),
    # a child's first day at a school of any name; a junior side by club and age
    ("rss", "Young Harriet's first day at Bayside Christian College, hat already lost by recess", "family=harriet"),
    ("ap", "So proud of Lachlan and the Tigers 12s, undefeated season #proudmum", "family=lachlan"),
    ("he", "Big win for Phoebe and the Sharks 10s this morning. Proud dad moment.", "family=phoebe"),
    # near misses: a figurative husband and someone else's real one, a cartoon, a teacher, a friend's baby, a dog
    ("ap", "Trent is my comedy husband at improv (he has an actual husband, Nigel, who is lovely)", "associate=trent"),
    ("he", "Watched Peppa with my nephew all afternoon #auntielife", ""),
    ("ap", "Mrs K from Year 3 sent home a note. Thanks Hannah for the reminder about the excursion", "associate=hannah"),
    ("rss", "Congrats to my sister on baby Arlo, 3.6 kg, born Sunday. Auntie duties start now.", "family=arlo"),
    ("ap", "Rex weighed in at 34 kg at the vet this morning. Born a glutton, that dog.", ""),
    # --- associates: what follows the name says the time with them is the subject's own
    ("ap", "Joanne Pryce sits next to me at the Thursday bereavement group and always brings biscuits", "associate=joanne pryce"),
    ("he", "Desmond Klee from next door brought round a lemon tart for no reason at all", "associate=desmond klee"),
    ("ap", "Carmel Vance from across the road fed the cat all week while we were away", "associate=carmel vance"),
    ("rss", "Imelda beat me by ninety seconds at the harbour swim. Imelda Strand, you absolute menace.",
     "associate=imelda strand"),
    ("ap", "We asked Gideon Marsh to be godfather. He said yes before I finished the question.", "associate=gideon marsh"),
    ("he", "shout out to Coach Marlene Oduya for staying back with me after training", "associate=marlene oduya"),
    ("ap", "Big thanks to our skipper Hamish Doyle for organising the end of season trip", "associate=hamish doyle"),
    ("rss", "Petra Lindqvist, you legend, thanks for the lift to the ferry", "associate=petra lindqvist"),
    # near misses: a charter boat, a fishing outfit, a tour company
    ("ap", "reef run w/ Coral Charters tomorrow, 5am start, fingers crossed for the weather", ""),
    ("he", "Two days out wide with Ironbark Sportfishing, hooked and lost a big marlin", ""),
    ("ap", "Booked the whale watch with Humpback Tours for Saturday", ""),
    # a club's report in the third person; a second-person blog's best friend; a dog at the trials (near miss)
    ("rss", "Bushwalkers did the Grand Canyon loop. Colleen Ruddock set the pace and Arjun Pillai brought up the rear.",
     "associate=arjun pillai"),
    ("he", "You know it's been a week when your best friend Tamsin Rourke turns up with wine and doesn't ask.",
     "associate=tamsin rourke"),
    ("ap", "Agility trials today, Biscuit took out the novice ribbon and then ate it", ""),
    # a child named without a name and then spoken to; the other parent's weekend; a kin title is no ex (near miss)
    ("he", "birthday boy had the best day at the aquarium 🦈 love you Lachie", "family=lachie"),
    ("ap", "Damien has the kids this weekend so I'm repainting the hallway in peace", "family=damien"),
    ("rss", "Nanna has the kids this weekend, so it's date night for once", ""),
    # a fellow competitor at a club's trials, named in full
    ("ap", "Leonie Baptiste and her border collie took out the open ribbon at the sheepdog trials", "associate=leonie baptiste"),
    # a baby's news with the name in the next sentence; a recovery sponsor; a partner thanked at the end of the post
    ("he", "She's here! Welcome Aurelia Kate Moss, 3.05kg, and her very tired mum Priya", "family=aurelia kate moss"),
    ("ap", "Nine months sober tomorrow. My sponsor Warwick Dunstan never once let a phone call go to voicemail.",
     "associate=warwick dunstan"),
    ("rss", "date night w Mrs P. thanks for the laughs Juliette xx", "family=juliette"),
]
