"""Grace Yoon (FICTIONAL): Korean-Australian Home Affairs data analyst, Belconnen, living in Wanniassa."""
NAME = "Grace Yoon"

ACTIVITYPUB = {
    "handle": "hyejin_counts",
    "display_name": "Grace 혜진 Yoon",
    "summary": "<p>데이터 nerd. Data analyst at Home Affairs, Belco. Tuggeranong girl. Opinions mine, 화이팅!</p>",
    "fields": [("KakaoTalk", "hyejin.yoon88"), ("Pronouns", "she/her")],
    "notes": [
        (8001, "2026-02-16 07:05", "+11:00",
         "Red Rapid from Tuggeranong interchange at 7:12, home on the 5:05. 매일 매일. Thursdays I stay in town for "
         "choir at 7.", {}),
        (8002, "2026-03-08 19:30", "+11:00",
         "Eomma made kimchi jjigae and my oppa Jae-won ate three bowls before anyone else sat down. 배불러", {}),
        (8003, "2026-04-20 17:45", "+10:00",
         "The dashboard I built for the protection caseload finally went live: 31,400 on hand, median 640 days, and it "
         "goes to the Minister's office every Monday now. 대박", {}),
        (8004, "2026-05-13 21:20", "+10:00",
         "Our data lake (we call it the Swamp 🐊) is still fed from a SQL Server 2012 box that hasn't been patched since "
         "I started. And the service account password sits in the team wiki. 아이고", {}),
        (8005, "2026-06-03 17:01", "+10:00",
         "Shout out to T-Bone on my team for fixing my broken join at 4:58pm. 고마워 T-Bone", {}),
        (8006, "2026-06-25 22:10", "+10:00",
         "Soo-ah Park and I finally nailed the alto line at choir. Soo-ah, you carried me 🎶", {}),
        (8007, "2026-07-14 06:40", "+10:00",
         "Frost on the car again. 추워 🥶", {"location": ("Wanniassa", -35.39980, 149.09210)}),
        (8008, "2026-08-09 15:00", "+10:00",
         "Saw a department store ad for Chuseok gift sets and got homesick for a country I only visit. Weird feeling.", {}),
    ],
}
