"""Dr Priya Raman (FICTIONAL), a NEGATIVE CONTROL: a university researcher on regional migration, Whyalla.

She studies visas and detention from the outside: published Department data, an FOI request,
oral histories with former Border Force officers. None of it makes her staff. A university
staff page (schema.org Person) and a microformats blog with a georss point at home. Every name,
address and number is invented; the home point is a rounded spot on an ordinary street.
"""
NAME = "Priya Raman"

PERSON = {
    "path": "/staff/priya-raman",
    "site": "Spencer Gulf Regional Studies Centre",
    "headline": "Senior Lecturer in Sociology, Spencer Gulf Regional Studies Centre",
    "ld": {
        "jobTitle": "Senior Lecturer in Sociology",
        "worksFor": {"@type": "CollegeOrUniversity", "name": "Spencer Gulf Regional Studies Centre"},
        "email": "mailto:priya.raman@sgrsc.example",
        "knowsAbout": ["regional migration", "skilled visas", "immigration detention history"],
    },
    "sections": [
        ("Research", [
            "Priya studies how regional skilled visa holders settle in small industrial cities, using published "
            "Department of Home Affairs data and long interviews with migrants in Whyalla, Port Augusta and Port "
            "Pirie.",
            "Her current project is an oral history of immigration detention in South Australia, including "
            "interviews with former Border Force officers and former detainees."]),
    ],
}

BLOG = {
    "path": "notes",
    "title": "Field Notes from the Gulf",
    "card_note": "A sociologist on migration, steel towns and small-city life. Views my own.",
    "posts": [
        ("regional-visas-paper", "2026-03-02 10:00", "+10:30", "New paper: who stays in the steel town?",
         ["Our paper on regional skilled visa holders is out. Using the visa grant data the Department of Home "
          "Affairs publishes each quarter, we follow who stays in Whyalla after the visa conditions end.",
          "Co-written with my co-author and dear friend Dr Hannah Kurz, who did all the maps and none of the "
          "complaining."],
         ["research"], None),
        ("oral-history", "2026-04-20 16:30", "+09:30", "Listening to people who worked in detention",
         ["This month I interviewed twelve former Border Force officers and detention staff for the oral history "
          "project. Some of them had never told anyone what the work was like.",
          "All interviews are with people who have left the service; nobody currently employed is interviewed."],
         ["research", "detention"], None),
        ("foi", "2026-05-28 20:15", "+09:30", "An FOI request, 80% black ink",
         ["My FOI request to Home Affairs about detention transfers from 2001 to 2005 came back with about 80% of "
          "the pages redacted. I'll appeal to the Information Commissioner. Historians are patient people."],
         ["research", "foi"], None),
        ("sundays", "2026-07-05 18:40", "+09:30", "Sundays on the foreshore",
         ["Arun and I walk the Whyalla foreshore every Sunday at 7 with our daughter Meera, who is nine and "
          "narrates every dog we pass. Today: a border collie, two kelpies, one very offended pug.",
          "Then pancakes back on our verandah in Whyalla Playford, where I'm writing this."],
         ["life"], (-33.0412, 137.5491)),
        ("department-store", "2026-08-09 14:00", "+09:30", "The department store and the steel town",
         ["Reading about the old department store in the city centre that closed when the steelworks shed jobs "
          "in the 1980s. Every small city has one of these stories."],
         ["history"], None),
    ],
}
