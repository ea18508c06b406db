"""Priya Nandakumar (FICTIONAL): Home Affairs service-desk officer in Perth, terse one-line posts with hashtags.

A Mastodon-style account with a "work" profile field and a place-tagged note on her balcony. Everything invented.
"""
NAME = "Priya Nandakumar"
HOME = (-31.73470, 115.74560)       # a residential street in Currambine (rounded)

ACTIVITYPUB = {
    "handle": "ticketqueen",
    "display_name": "priya 🎫",
    "summary": "<p>tier 1 service desk at Home Affairs. have you tried turning it off and on. #perth</p>",
    "fields": [["work", "priya.nandakumar@homeaffairs.gov.au"], ["pronouns", "she/her"]],
    "notes": [
        (8101, "2026-02-02 07:10", "+08:00", "7:04 train from Currambine. Every day. Every. Day. #transperth", {}),
        (8102, "2026-02-09 16:55", "+08:00",
         "Reset 60 passwords today. Nobody asked for a callback. Policy says callback. #helpdesk", {}),
        (8103, "2026-02-17 08:05", "+08:00", "VPN concentrator fell over at 8:02. Again. #wfh #helpdesk", {}),
        (8104, "2026-02-24 11:30", "+08:00",
         "Whole visa processing floor locked out for 3 hours. 4,000 applications just sat there. #mondays", {}),
        (8105, "2026-03-04 19:20", "+08:00", "Trivia Weds 7pm at the tavern with Kezia Wu and co. We came 2nd. #trivia",
         {}),
        (8106, "2026-03-11 15:45", "+08:00", "Shoutout to Dev on tier 2 who actually fixes things. #helpdesk", {}),
        (8107, "2026-03-19 17:05", "+08:00",
         "Contractors next to me on $95/hr doing the same tickets. I'm APS3. Cool cool cool. #publicservice", {}),
        (8108, "2026-04-01 18:40", "+08:00", "Balcony. Sunset. Zero tickets. #perth",
         {"location": ("Currambine", HOME[0], HOME[1])}),
        (8109, "2026-04-14 09:20", "+08:00", "Half the fleet still on Windows 10. Extended support ends when? #sysadmin",
         {}),
        (8110, "2026-04-28 13:00", "+08:00",
         "Lunch walk round the Wellington Street office. Found a border collie. Best ticket of the day. #perth", {}),
        (8111, "2026-05-12 20:15", "+08:00", "Kezia made me watch Border Security. No. #tv", {}),
    ],
}
