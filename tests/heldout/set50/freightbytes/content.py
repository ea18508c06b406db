"""Owen Beilby (FICTIONAL), NEGATIVE CONTROL: an IT contractor for a Sydney freight forwarder, working from home in
Boambee East, Coffs Harbour. He posts about cargo reporting to Border Force, the cargo system's outages and
biosecurity holds, all from a forwarder's side. A contractor profile page (schema.org Person) and a
Mastodon-style account. Every name, firm, number and point is invented."""
NAME = "Owen Beilby"

PERSON = {
    "path": "/owen",
    "site": "Beilby Systems",
    "headline": "Integration contractor for freight and logistics software",
    "ld": {
        "jobTitle": "Integration Contractor",
        "worksFor": {"@type": "Organization", "name": "Beilby Systems"},
        "email": "mailto:owen@beilbysystems.example",
        "address": {"@type": "PostalAddress", "addressLocality": "Boambee East", "addressRegion": "NSW"},
    },
    "sections": [
        ("What I do", [
            "I keep a Sydney freight forwarder's systems talking to each other: the warehouse, the customers' "
            "portals, and the cargo reports they lodge with the Integrated Cargo System. I am not, and have never "
            "been, a government employee.",
            "Email owen@beilbysystems.example. I work from home in Boambee East."]),
    ],
}

ACTIVITYPUB = {
    "handle": "owenb",
    "display_name": "Owen Beilby",
    "summary": "<p>Freight IT contractor. Coffs Harbour. Cables, coffee, cricket.</p>",
    "notes": [
        (3001, "2026-02-12 15:30", "+11:00",
         "ICS outage again this morning, so my client's air cargo reports queued for three hours. Border Force "
         "held one container at Port Botany for a biosecurity check, which is their job, not my problem.", {}),
        (3002, "2026-03-06 17:30", "+11:00",
         "Friday 5pm run along the Coffs jetty with Dom Vella, every week since uni. He's faster. I'm better "
         "looking.", {}),
        (3003, "2026-04-02 20:00", "+10:00",
         "My partner Kiri has started a pottery class and the kitchen is now 30 per cent clay.", {}),
        (3004, "2026-04-28 14:00", "+10:00",
         "Rewrote the ABF cargo reporting integration for a client after the message spec changed. Public spec, "
         "boring job, happy client.", {}),
        (3005, "2026-05-20 19:00", "+10:00",
         "Watched Border Security with Kiri and yelled at the screen about their manifests. The dog next door, a "
         "border collie, joined in.", {}),
    ],
}
