"""Ji-woo Han (FICTIONAL): receptionist at the Home Affairs Adelaide office, lives in McLaren Vale.

Korean and English on a Mastodon-style account; one note placed at home. Every name, handle, number and point is
invented or rounded.
"""
NAME = "Ji-woo Han"
HOME = (-35.2197, 138.5452)

ACTIVITYPUB = {
    "handle": "jiwoo_h",
    "summary": "<p>안녕! Front desk life. McLaren Vale to the city every weekday.</p>",
    "notes": [
        (9001, "2026-02-02 07:20", "+10:30",
         "오늘도 화이팅! 7:05 bus from McLaren Vale, front desk at the Home Affairs Adelaide office by 8:30. 피곤해...", {}),
        (9002, "2026-02-17 17:50", "+10:30",
         "A man stood at my front desk for two hours yelling about his wife's visa, security had to walk him out. 무서웠어. We are not a visa counter!!", {}),
        (9003, "2026-03-04 12:40", "+10:30",
         "The new visitor pass kiosk in our lobby prints everyone's badge as GUEST GUEST and the sign-in tablet hasn't synced with security since Monday ㅋㅋㅋ", {}),
        (9004, "2026-03-18 16:30", "+10:30",
         "To the people who found my mobile: the front desk number is 02 5550 7731, please call that instead 😂", {}),
        (9005, "2026-04-11 10:15", "+09:30",
         "우리 집 마당 🌸 the roses finally came back",
         {"location": ("McLaren Vale, South Australia", HOME[0], HOME[1])}),
        (9006, "2026-04-26 19:00", "+09:30",
         "엄마 Mi-kyung is visiting from Busan for a whole month! 너무 좋아", {}),
        (9007, "2026-05-13 13:05", "+09:30",
         "Lunch with Grace from the visa section, my work 언니 who saves me every day", {}),
        (9008, "2026-05-30 21:00", "+09:30",
         "Saturday K-drama marathon, 떡볶이, and a border collie video at 2am", {}),
    ],
}
