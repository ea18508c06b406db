"""Harriet Quayle (FICTIONAL): NEGATIVE CONTROL. A claims officer at Comcare (a different agency), netball and dogs."""
NAME = "Harriet Quayle"

ACTIVITYPUB = {
    "handle": "hattyq",
    "summary": "<p>Claims officer at Comcare. Ainslie. Goal defence, wrong side of 40. DMs open: hatty.q@wattlemail.example</p>",
    "fields": [["Email", "hatty.q@wattlemail.example"]],
    "notes": [
        (1201, "2026-02-17 18:00", "+11:00",
         "Our case management system went down at 10 and stayed down. The department ran on spreadsheets and biscuits. My EL1 bought the biscuits.", {}),
        (1202, "2026-03-05 21:30", "+11:00", "Thursday netball, 7pm at the Dickson courts. We lost by 2. My knees lost by more.", {}),
        (1203, "2026-03-22 12:00", "+11:00",
         "Watched a Border Force documentary with my son Rory. He now wants to be a sniffer dog. Not a handler. The dog.", {}),
        (1204, "2026-04-14 19:10", "+10:00",
         "Big week at work: an injury claim from an airport, reams of medical reports. I can't say anything about it, which is the whole point of the job.", {}),
        (1205, "2026-05-01 08:30", "+10:00", "Walked Biscuit (our border collie) around Mt Ainslie before work. She outpaced me.", {}),
        (1206, "2026-05-23 16:00", "+10:00",
         "Coffee at the Ainslie shops with Marguerite Oyelaran, my oldest friend, 30 years this year. 🫶", {}),
        (1207, "2026-06-12 20:00", "+10:00", "Our APS pay rise came through. Spent it at the department store on netball shoes.", {}),
    ],
}
