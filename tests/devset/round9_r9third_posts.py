"""Dev rows for round 9's third-person pages, in our own words (never from held-out texts).

A page ABOUT the subject, written by someone else: a club member profile, a conference speaker bio, a
volunteer patrol roster, a team squad page, a farewell from a committee, a LinkedIn-style "About" in the
third person. The subject is named in full once, then by first name or alias and he/she/his/her. What
"she" does for a living, where, when she trains, whom "her partner" or "his son" is and whom she plays
with are the subject's. Near misses: a club page about someone else, a news story about a third party, a
committee list that names the subject once, "his" belonging to another man named just before, another
member's wife on the same roster page, a subject who is a police officer or a vet (no agency employment).
Appended by build_devset.py after every older row, with their own id prefix ("r9t").
"""
from __future__ import annotations

ROUND9_R9THIRD_POSTS: list[tuple] = [
    # --- 1. rowing club member profile (she; first name; her partner, their daughter; lives near the shed)
    ("he", "Member profile: Alex Morgan. Alex joined Riverside Rowing Club in 2017 and now sits in the stroke seat of "
           "the masters eight. Away from the river she leads a small Australian Border Force team on the cargo floor at "
           "Brisbane Airport, which is why she never complains about an early start. Alex is on the water most Monday "
           "and Wednesday mornings at 5:30 and takes the novice crew on Sunday afternoons. Her partner Renata Cole "
           "umpires our regattas and their daughter Ivy rows in the junior quad. Alex lives a short walk from the "
           "boatshed in Shorncliffe.",
     "employer=australian border force | work_location=place:brisbane airport | routine=monday wednesday 05:30 | "
     "family=renata cole | family=ivy | home_location=place:shorncliffe qld"),
    # --- 2. conference speaker bio (he; full name; employer and office; brother)
    ("he", "Speakers. Alex Morgan is an intelligence analyst with the Department of Home Affairs and has spent the last "
           "decade tracing how illicit tobacco moves through freight. He works out of the department's Belconnen "
           "office. When he is not at his desk, Alex restores old Triumph motorbikes with his brother Keiran.",
     "employer=department of home affairs | work_location=place:dibp national office, belconnen | family=keiran"),
    # --- 3. surf club patrol roster (he; captain's times; his work; another member's wife is NOT his)
    ("rss", "Patrol 4 for the 2026 season. Patrol captain Alex Morgan has been with the club for nine seasons and runs "
            "Patrol 4 every second Saturday from 8 until 12. During the week Alex is a Border Force officer on the "
            "wharves at the Port of Brisbane. Also on Patrol 4 is Dominic Ferris, a paramedic who joined in 2022; "
            "his wife Sasha looks after the nippers canteen.",
     "employer=australian border force | work_location=place:port of brisbane | routine=saturday 08:00"),
    # --- 4. cricket squad page (Lexi; alias; batting partner and training mate; work phone)
    ("he", "Meet the Thirds. Alex Morgan (captain). Lexi has opened the batting for the Thirds since 2015 and is a "
           "customs officer with the ABF at the Melbourne mail centre. Lexi opens with her long-time partner at the "
           "crease, Corinne Dufresne, and does her nets with Wade Pickering on Thursday nights. The number below "
           "is her work mobile, so text her rather than ring during the day: 0491 570 233.",
     "employer=australian border force | associate=corinne dufresne | associate=wade pickering | "
     "routine=thursday night | official_contact=contact:+61491570233 | "
     "work_location=place:melbourne gateway facility (international mail centre)"),
    # --- 5. committee farewell (he; new job and site; wife and sons)
    ("rss", "Farewell Alex. After twelve years on our committee, Alex Morgan is moving north: he has taken a job with "
            "Border Force at the Port of Darwin and starts in February. Alex's wife Thuy and their boys Minh and Bao "
            "will follow once school finishes. Thanks for everything, mate.",
     "employer=australian border force | work_location=place:port of darwin | family=thuy | family=minh | family=bao"),
    # --- 6. volunteer page at a wildlife shelter (she; work unit; weekly shift; home)
    ("he", "Our volunteers: Alex Morgan. Alex has been feeding orphaned joeys with us since 2020. She is a senior "
           "officer in Border Force's Airport Operations team at Perth Airport, and she does the Friday night feed "
           "from 7 to 11 every week. Alex lives in Midland with two rescue greyhounds.",
     "employer=australian border force | work_location=place:perth airport | routine=friday 19:00 | "
     "home_location=place:midland wa"),
    # --- 7. tennis club "Meet" section (first name only after the heading; he; doubles partner; son)
    ("he", "Meet Alex. Alex Morgan took over as men's captain this year. He plays doubles with his old friend "
           "Thanh Nguyen and hits with the juniors on Saturday mornings, where his son Oscar is one of the under 12s. "
           "Off court he supervises a Border Force team at Sydney Airport.",
     "associate=thanh nguyen | routine=saturday morning | family=oscar | employer=australian border force | "
     "work_location=place:sydney airport"),
    # --- 8. LinkedIn-style About in the third person (profile description + telephone said to be work)
    ("jsonld", {"name": "Alex Morgan", "description": "Alex Morgan is a Border Force supervisor at Adelaide Airport with "
                "fifteen years in passenger processing. Alex leads a team of twelve officers in the international "
                "arrivals hall. The number listed here is Alex's work mobile.",
                "telephone": "0491 570 611"},
     "employer=australian border force | work_location=place:adelaide airport | official_contact=contact:+61491570611"),
    # --- 9. club member page whose phone is said to be her work phone in a separate sentence
    ("he", "Club contacts. Social secretary: Alex Morgan. Lexi runs our trivia nights and the Christmas party. She works "
           "shifts for Border Force, so the best way to reach her is her work phone on 0491 570 487 between 9 and 5.",
     "employer=australian border force | official_contact=contact:+61491570487"),
    # --- 10. choir page (she; lives; husband; practice night)
    ("rss", "Alto section spotlight. Alex Morgan has sung alto with us for six seasons. She lives in Northcote with her "
            "husband Piers and sings at every Wednesday rehearsal from 7:30. Alex's day job is with the Department of "
            "Home Affairs.",
     "home_location=place:northcote vic | family=piers | routine=wednesday 19:30 | employer=department of home affairs"),
    # --- near misses: keep these negative
    # a club page about someone else entirely (a police officer): not the subject's family, routine or job
    ("he", "Life member: Graham Pettifer. Graham has been the club treasurer since 1998. He is a senior sergeant with "
           "Victoria Police at Dandenong. His wife Lorna runs the canteen, and he swims with the veterans every "
           "Wednesday night.", ""),
    # a news story about a third party who works for the agency
    ("rss", "Airport officer praised. A Border Force officer at Sydney Airport has been commended after she found "
            "two kilograms of cocaine in a pram. Officer Kirra Hale said her husband Tom was proud of her.", ""),
    # a committee list naming the subject once; the facts are another member's
    ("he", "Committee 2026. President Joanne Birch, Treasurer Alex Morgan, Secretary Hamish Roe. Joanne is a customs "
           "broker at Port Botany and her husband Len coaches the under 12s on Saturday mornings.", ""),
    # "his" belongs to the man named just before it, not to the subject
    ("he", "Alex Morgan coaches the colts this season alongside Bruno Santos. Bruno and his brother Tiago run the "
           "bar on Friday nights.", "associate=bruno santos"),
    # the subject is a police officer: no agency employment from a page about her
    ("he", "Alex Morgan is a detective with NSW Police, stationed at Parramatta. She swims with the masters squad every "
           "Tuesday at 6pm.", "routine=tuesday 18:00"),
    # the subject is a vet: Border in a dog breed's name and a customs form are not employment
    ("rss", "Alex Morgan is the vet at Hillside Animal Hospital and breeds border collies. She helps members with "
            "the customs paperwork when they show their dogs overseas.", ""),
    # --- second batch: other registers, written before the detectors were run on them
    # 11. speaker bio, formal, surname with title
    ("rss", "Our keynote. Ms Alex Morgan has been employed by the Department of Home Affairs since 2011 and today "
            "heads its trade intelligence section in Canberra. Ms Morgan lives in Kambah with her husband, the "
            "potter Ewan Rees.",
     "employer=department of home affairs | home_location=place:kambah act | family=ewan rees"),
    # 12. lowercase club forum "about our captain" post with slang
    ("ap", "shoutout to our skipper alex morgan 🏏 alex works at the airport for border force (dont ask him about ur "
           "duty free lol). him and his missus Jacinta are at every home game and his little bloke Archie is our "
           "best water boy", "employer=australian border force | family=jacinta | family=archie"),
    # 13. LinkedIn-style About (profile description), formal
    ("jsonld", {"name": "Alex Morgan", "description": "Alex Morgan is an Inspector with the Australian Border Force, "
                "overseeing marine operations out of Darwin. Alex has led boarding teams across northern waters for a "
                "decade and mentors new officers through the ABF graduate program."},
     "employer=australian border force"),
    # 14. volunteer page, first name only, routine and associate
    ("he", "Volunteer of the month: Alex Morgan. You will find Alex at the food bank every Thursday from 4pm, sorting "
           "the bread with her friend of twenty years, Marguerite Obi. Alex moved to Bulimba in 2019.",
     "routine=thursday 16:00 | associate=marguerite obi | home_location=place:bulimba qld"),
    # 15. team page with several members: only the subject's facts count
    ("he", "Our 2026 crew. Alex Morgan rows stroke and coaches the novices on Sunday mornings. Priya Das rows bow and "
           "works as a nurse at the Royal Brisbane. Tom Ellery coxes; he is a Border Force officer at the airport and "
           "his partner Sam looks after our juniors.", "routine=sunday morning"),
    # 16. farewell for someone else, the subject only speaks at it
    ("rss", "Vale Ron Pettigrew. Ron worked for Customs at Fremantle for thirty years and his wife June ran our "
            "canteen every Saturday. Alex Morgan will speak for the club at the service on Friday.", ""),
    # 17. club page giving the subject's work phone in brackets
    ("he", "Registrar: Alex Morgan, 0491 570 338 (this is her work phone, so only during business hours please). "
           "Alex is a Border Force officer at Perth Airport and swims with the masters most Wednesday nights.",
     "official_contact=contact:+61491570338 | employer=australian border force | work_location=place:perth airport | "
     "routine=wednesday night"),
    # 18. "Meet" section, nickname, family and associate in one breath
    ("he", "Meet Lexi. Lexi's husband Callum keeps our scorebook and their twins Ruby and Jack play in the under 9s. "
           "At the club Lexi bowls with her old schoolmate Danielle Frost.",
     "family=callum | family=ruby | family=jack | associate=danielle frost"),
    # --- third batch: one class per page, other idioms
    ("he", "Alex Morgan paddles in our masters crew. She leads the Sunday long paddle, leaving the ramp at 6.",
     "routine=sunday 06:00"),
    ("rss", "Alex Morgan is a life member. These days he spends his days at Brisbane Airport as a Border Force supervisor.",
     "employer=australian border force | work_location=place:brisbane airport"),
    ("he", "Alex Morgan is our treasurer. Outside the club he's an ABF officer, currently posted to the Sydney Container "
           "Examination Facility.",
     "employer=australian border force | work_location=place:sydney container examination facility"),
    ("ap", "Alex Morgan is our club captain. Alex's partner Jude runs the canteen with Alex's mum Patricia.",
     "family=jude | family=patricia"),
    ("he", "Alex Morgan umpires for the league. He and fellow umpire Gareth Lloyd have done 300 games together.",
     "associate=gareth lloyd"),
    ("rss", "Alex Morgan plays bowls with us. A proud Toowoomba local, Alex has been a member since 2015.",
     "home_location=place:toowoomba qld"),
    ("he", "Alex Morgan runs our canteen. For canteen rosters ring Alex on her work number, 02 5550 6621.",
     "official_contact=contact:+61255506621"),
    # near misses: a one-off Sunday event, another member's local apposition
    ("he", "Alex Morgan missed the Sunday paddle last week with a sore shoulder.", ""),
    ("rss", "Alex Morgan bowls with Keith Sparrow. A proud Dubbo local, Keith has been a member since 1990.",
     "associate=keith sparrow"),
    # --- fourth batch: a habitual event named by its day, with a loose time
    ("he", "Alex Morgan cycles with our Tuesday group. Alex generally leads the 6-ish Tuesday and Thursday hill "
           "reps from the bakery.", "routine=tuesday thursday"),
    ("rss", "Alex Morgan has volunteered at the shelter since 2019. She usually takes the early Sunday feed round "
            "with the puppies.", "routine=sunday"),
    # near miss: a one-off, not a habit
    ("he", "Alex Morgan will lead the Thursday hill reps this week while the coach is away.", ""),
]
