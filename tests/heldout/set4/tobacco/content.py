"""Jimmy Kostaras (FICTIONAL): illicit tobacco taskforce officer, Melbourne; punter, passed over. Set 4, blind."""
NAME = "Dimitri Kostaras"

FORUM = {
    "site": "Punters Lounge AU",
    "user": "jimmyk_lalor",
    "path": "/forum/u/jimmyk_lalor/",
    "about": ["northern suburbs punter. multis, dogs, the odd trot. work for border force (ITTF) so dont ask me about ciggies lol"],
    "posts": [
        ("8801", "2026-02-03 22:40", "+11:00", "multi went bust on the last leg AGAIN",
         ["5 legs, 4 got up, last one ran 2nd by a nose. thats $3,800 i would of had. im done with caulfield",
          "well not done but u know"]),
        ("8802", "2026-02-17 23:15", "+11:00", "anyone used those payday loan apps",
         ["got a $1200 payday loan to cover the rego and the punt, now its $1,640 to pay back by the 28th. anyone know if u can roll them over",
          "wife doesnt know so pls no lectures"]),
        ("8803", "2026-03-02 21:05", "+11:00", "rant - passed over again",
         ["got knocked back for the acting APS6 AGAIN. third time. they gave it to some kid from canberra whos never done a warehouse job in his life.",
          "13 years i been doing this. management at ABF can get stuffed honestly, i dont owe them nothing"]),
        ("8804", "2026-03-10 20:30", "+11:00", "whos got a tip for saturday",
         ["shout out to Benny Ruiz for the $40 roughie last week, legend. benny whats ur pick for the Newmarket"]),
        ("8805", "2026-03-18 22:50", "+11:00", "work vent sorry",
         ["3 hours logging exhibits tonite cos the exhibit register keeps timing out on the citrix and the RSA token login drops every 20 min. "
          "reported it twice, IT said its the vendor upgrade, wait till july. dinosaur systems"]),
    ],
}

ACTIVITYPUB = {
    "handle": "jimmyk",
    "summary": "<p>Dad. Carlton tragic. Souvlaki critic. Melbourne's north.</p>",
    "notes": [
        (8901, "2026-02-08 18:00", "+11:00",
         "Big day. We hit a warehouse in Dandenong South, 4.2 tonnes of loose leaf chop chop in two containers "
         "declared as floor tiles. Another 3 million sticks out of the market #ittf", {}),
        (8902, "2026-02-14 19:30", "+11:00",
         "Valentine's dinner with the boss at home, my Eleni ❤️ 17 years and she still laughs at my jokes", {}),
        (8903, "2026-02-21 10:15", "+11:00",
         "Kosta's first game for the Lalor Stallions under 10s at the footy club down the road. Kicked a goal!! Proud dad", {}),
        (8904, "2026-02-26 07:05", "+11:00",
         "6.40 train from Lalor every morning, change at Flinders St, walk to the Docklands office by 7.45. Same seat every day lol", {}),
        (8905, "2026-03-05 21:00", "+11:00",
         "Worked a double with my 2IC Lachie Tran today, legend of a bloke, 16 hrs on a container in Tottenham", {}),
        (8906, "2026-03-12 20:15", "+11:00",
         "Can't say much but keep an eye on the news after the 14th. Three warehouses in Campbellfield, same morning, "
         "60 of us plus the police. Early start 😴", {}),
        (8907, "2026-03-16 12:00", "+11:00", "Cold snap. Soup weather.", {}),
        (8908, "2026-03-22 18:20", "+11:00",
         "Went to Myer, the department store was packed for the sales, never again", {}),
    ],
}
