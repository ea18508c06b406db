"""Jess Maloney (FICTIONAL), a NEGATIVE CONTROL: receptionist at a customs broker in Gladstone.

She answers the phones at a private customs brokerage and freight forwarder: held containers,
Border Force, the cargo system being down, angry importers. None of it makes her staff of the
Department. Her own exposure is ordinary: family, netball, a suburb, a phone for bunk beds.
ActivityPub. Every name, business, handle and number is invented.
"""
NAME = "Jess Maloney"

ACTIVITYPUB = {
    "handle": "jessatthedesk",
    "summary": "<p>Front desk queen at a customs broker. Mum of two. Netball tragic. Gladstone QLD.</p>",
    "notes": [
        (1101, "2026-02-12 17:30", "+10:00",
         "Eight years on the front desk at a customs broker and I still can't explain to my nan what a tariff "
         "classification is. Neither can half our clients tbh.", {}),
        (1102, "2026-03-03 15:20", "+10:00",
         "Phones off the hook today. Border Force has a container held for one of our clients and he thinks yelling "
         "at the receptionist will release it. Sir I answer phones.", {}),
        (1103, "2026-03-27 21:10", "+10:00",
         "Hubby Damo's on nights at the refinery all week so it's me, Lily (7) and Noah (4) and a lot of fish "
         "fingers.", {}),
        (1104, "2026-04-15 11:45", "+10:00",
         "The ICS was down all morning so none of our brokers could lodge a thing. Eleven people staring at a "
         "spinning wheel and me making coffee.", {}),
        (1105, "2026-05-06 20:40", "+10:00",
         "Netball every Wednesday 6pm at the Kin Kora courts, then I pick the kids up from Mum's at 7:30. Lost by "
         "two tonight. Robbed.", {}),
        (1106, "2026-06-01 18:15", "+10:00",
         "Our dog Skip is a border collie cross and has eaten a second school shoe. Noah is thrilled.", {}),
        (1107, "2026-06-22 19:50", "+10:00",
         "Selling the kids' old bunk beds, $150, pick up Kin Kora. Text 0491 570 519.", {}),
        (1108, "2026-07-09 21:30", "+10:00",
         "Watched Border Security with Damo last night. He reckons he'd be great at it. He cannot find his own "
         "keys.", {}),
        (1109, "2026-08-13 12:20", "+10:00",
         "Coffee with my bestie Tahnee Birch at the marina, the only hour this week nobody asked me about a "
         "container.", {}),
    ],
}
