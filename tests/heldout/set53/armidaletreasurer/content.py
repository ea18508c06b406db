"""Ruth Adeyemi-Clarke (FICTIONAL): Home Affairs accounts-payable officer working from home in Armidale; her
church's "Meet our treasurer" page (third person) and her prayer-request posts. Everything is invented."""
NAME = "Ruth Adeyemi-Clarke"

PERSON = {
    "path": "/people/ruth",
    "site": "New England Living Waters Church",
    "headline": "Meet Ruth, our treasurer",
    "ld": {
        "jobTitle": "Church Treasurer",
        "memberOf": {"@type": "Church", "name": "New England Living Waters Church"},
        "telephone": "0491 570 529",
    },
    "sections": [
        ("About Ruth", [
            "By day Ruth is a finance officer with the Department of Home Affairs, working from home in Armidale, "
            "so she knows her way around a spreadsheet!",
            "Ruth and her husband Tunde have three children, and their eldest, Esther, sings in the choir; you will see all three running "
            "around after the 10am service.",
            "Ruth leads our Wednesday prayer group at 7pm in the church hall. For questions about giving, call Ruth "
            "on 0491 570 529."]),
    ],
}

ACTIVITYPUB = {
    "handle": "ruthprays",
    "summary": "<p>Wife, mum of three, treasurer, sinner saved by grace. Armidale.</p>",
    "notes": [
        (8101, "2026-06-16 20:00", "+10:00",
         "Prayer request: end of financial year at work. 3,000 unpaid invoices, and the detention services "
         "contractor's invoices we cannot match to any purchase order, $2.3 million of them. Lord, give us wisdom.", {}),
        (8102, "2026-06-30 21:30", "+10:00",
         "The finance system (we call it SAPpy, and it is not happy) locked all of us out at month end for a whole "
         "day. Please pray for patience, and for the IT team.", {}),
        (8103, "2026-07-08 19:15", "+10:00",
         "Please pray for my manager Kerry Fenwick, whose mum is in Armidale hospital after a fall.", {}),
        (8104, "2026-07-20 22:10", "+10:00",
         "Lord, give us strength. Tunde's hours cut at the mill again and we are two months behind on the mortgage. "
         "I don't know where the next payment comes from.", {}),
        (8105, "2026-08-02 12:30", "+10:00",
         "Esther's choir sang at the Cathedral today. My friend from the choir cried more than I did.", {}),
        (8106, "2026-08-09 15:00", "+10:00",
         "Bought the church a new urn at the department store in Beardy Street Mall. Hallelujah, no more stovetop kettles.", {}),
    ],
}
