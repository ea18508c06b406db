"""Jordan Pereira (FICTIONAL): ABF officer at Darwin Airport, born in Tennant Creek; posts in numbered lists.
Everything is invented.
"""
NAME = "Jordan Pereira"

ACTIVITYPUB = {
    "handle": "jp_lists",
    "summary": "<p>Tennant Creek born, Darwin now. ABF. I make lists.</p>",
    "notes": [
        (7501, "2026-04-11 19:00", "+09:30",
         "Top 5 things about going home to Tennant:\n\n1. Mum's curry\n2. my sister Leah's terrible driving\n"
         "3. no humidity\n4. the Battery Hill sunset\n5. Nan's stories", {}),
        (7502, "2026-05-02 23:40", "+09:30",
         "Reasons tonight's shift at Darwin Airport was long:\n\n1. two Bali flights landed together\n"
         "2. the SmartGates went down for 40 minutes and we did every passport by hand\n3. the spare gate PC wouldn't "
         "boot either\n4. the vending machine ate my two dollars", {}),
        (7503, "2026-05-17 08:30", "+09:30",
         "Sunday list:\n\n1. 6:30am swim at Parap pool\n2. Parap markets laksa by 9\n3. nap\n4. repeat every Sunday forever", {}),
        (7504, "2026-06-01 20:10", "+09:30",
         "Shows ranked:\n\n1. Border Security (obviously, work research)\n2. Bluey\n3. The Office\n"
         "4. anything with a border collie in it", {}),
        (7505, "2026-06-15 18:00", "+09:30",
         "Things I will not do at the department store again:\n\n1. go on a Saturday\n2. go on a Saturday", {}),
    ],
}
