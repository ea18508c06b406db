"""Leanne Voss (FICTIONAL): 46, Border Force officer at the Port of Esperance, WA, learning Spanish.

A language-learning blog (microformats2 + RSS) with Spanish phrases; the blog software puts her official
email in the feed's author field and a georss point (home) on some posts. Every name is invented; the
point is rounded to a street.
"""
NAME = "Leanne Voss"

HOME = (-33.8380, 121.9120)

BLOG = {
    "path": "blog",
    "title": "Poco a Poco",
    "card_note": "Learning Spanish at 46, one mistake at a time. Esperance, WA.",
    "author_email": "leanne.voss@abf.gov.au",
    "posts": [
        ("semana-uno", "2026-02-08 19:30", "+08:00", "Semana uno",
         ["¡Hola! Me llamo Leanne. Tengo cuarenta y seis años y vivo en Castletown, Esperance. I'm learning Spanish "
          "because my husband Grant and I are finally doing Chile and Argentina next year.",
          "Mi esposo Grant thinks the Duolingo owl is a threat. He's not wrong. Nuestro perro es un border collie "
          "que no habla español."],
         ["principiante"], HOME),
        ("mi-trabajo", "2026-02-22 20:10", "+08:00", "¿En qué trabajas?",
         ["This week's lesson was jobs. Trabajo para la Fuerza Fronteriza Australiana: the Australian Border Force. "
          "Mi oficina es una caseta pequeña en el puerto, the little portable at the Port of Esperance.",
          "Mi compañero de trabajo, Mick Dunstan, says buenos días to every ship's captain whether they're Greek or "
          "Chinese. Mick is nothing if not consistent."],
         ["vocabulario"], None),
        ("miercoles", "2026-03-11 21:00", "+08:00", "Los miércoles",
         ["Mi profesora, Carolina Ibáñez, teaches me on Zoom todos los miércoles a las siete (every Wednesday at 7pm). "
          "Carolina is from Valparaíso and laughs at my r's."],
         ["clases"], HOME),
        ("el-buque", "2026-03-30 19:45", "+08:00", "Vocabulario del puerto",
         ["New words from work: el buque (ship), la tripulación (crew), desaparecido (missing). A crewman went "
          "missing off a grain ship on Tuesday and Mick and I spent two days with the police looking for him. Lo "
          "encontramos en el pub. Claro.",
          "Dos de nosotros para veintitrés tripulantes: two of us to clear 23 crew, in Spanish-English-Mandarin charades."],
         ["vocabulario"], None),
        ("mis-hijos", "2026-04-19 18:30", "+08:00", "Mis hijos",
         ["Mis hijos, Tom y Ruby, think my accent is cringe. Tom tiene quince años, Ruby tiene doce, and both are at "
          "the high school here."],
         ["familia"], HOME),
        ("capitanes", "2026-05-30 20:40", "+08:00", "¿Hablas español?",
         ["Capitanes: if you're a Spanish-speaking master with a ship due at Esperance, ring my work mobile, "
          "0491 570 718, and practise with me while we do your paperwork. Mick says this is not what the work phone "
          "is for. Mick no tiene imaginación."],
         ["practicar"], None),
        ("telenovela", "2026-06-14 20:00", "+08:00", "Telenovela night",
         ["Watching a telenovela with subtitles off. Understood maybe 30%. Grant understood the dog. There's a customs "
          "officer villain in episode four and I am choosing not to take it personally."],
         ["escuchar"], None),
    ],
}
