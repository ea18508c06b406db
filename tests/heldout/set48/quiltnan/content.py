"""Beverley Hollis (FICTIONAL): Home Affairs citizenship-ceremony officer on the Fraser Coast, a nana's quilting blog.

A microformats2 blog with its RSS feed (h-card locality, a georss point in the sewing room). Everything invented.
"""
NAME = "Beverley Hollis"
HOME = (-25.29140, 152.89860)       # a residential street in Urangan, Hervey Bay (rounded)

BLOG = {
    "path": "blog",
    "title": "Stitches by the Bay",
    "card_note": "Nana of five, quilter, knitter, sea-breeze lover. Patterns shared freely.",
    "locality": "Urangan",
    "region": "QLD",
    "posts": [
        ("ceremony-quilt", "2026-02-12 20:10", "+10:00", "A quilt for new Australians",
         ["Hello my lovelies. A few of you asked what I do on the days I'm not here, so: I still do three days a "
          "week with the Department of Home Affairs, looking after the citizenship ceremonies for the Fraser Coast. "
          "Most ceremonies are in the council chambers on Tavistock Street, and I set up the tables and the little "
          "flags and call out every name.",
          "This quilt is for the foyer there: wattle blocks and a blue border. Forty-two blocks, one for each "
          "country we've welcomed people from since I started."],
         ["quilts", "life"], None),
        ("sad-thursday", "2026-03-06 19:45", "+10:00", "A sad Thursday",
         ["On Thursday we had 58 new Australians at the ceremony, and one poor lady was pulled out of the line ten "
          "minutes before we began because her approval had been cancelled by Canberra that morning. A character "
          "matter, I'm told, something from years ago. I have never seen anyone cry like that. Her little boy still "
          "had his flag.",
          "I came home and sewed until midnight. That's what sewing is for."],
         ["life"], None),
        ("guild-news", "2026-03-20 16:30", "+10:00", "Guild news and a favour",
         ["Guild meets every Tuesday at 9:30 in the Pialba hall, and Marj and I walk the Esplanade every morning at "
          "six before the heat, so if you see two old ducks with visors, wave!",
          "Marj Kettle has finished her Dresden Plate at last. Ron, my husband of 44 years, says it's the best in the guild but he's a fibber "
          "and he'd say that about a tea towel.",
          "And a favour: if anyone in the guild knows someone due for their ceremony who needs to change the date, "
          "they can ring my desk on 02 5550 4172, Tuesday to Thursday."],
         ["guild"], None),
        ("noah-tech", "2026-04-09 21:00", "+10:00", "Noah to the rescue",
         ["My grandson Noah (14) came over to fix my sewing-machine embroidery software and ended up fixing my work "
          "things too. The ceremony lists come out of the Department's system on an old laptop that takes twenty "
          "minutes to start, and I carry them to the chambers on a USB stick because the council printer won't talk "
          "to the laptop. Noah put a password on the stick: his birthday. Clever boy.",
          "He wants $20 an hour next time."],
         ["family", "grumbles"], None),
        ("family-visit", "2026-04-26 15:15", "+10:00", "A family weekend",
         ["Our eldest drove up from Bundaberg with the little ones for the long weekend. We did a picnic at Point "
          "Vernon and watched Border Security reruns (Ron's favourite, don't ask).",
          "Started a scrappy quilt with the girls. Lots of crooked seams, all of them perfect."],
         ["family", "quilts"], None),
        ("sewing-room", "2026-05-18 10:20", "+10:00", "The sewing room in the morning",
         ["Morning light in the sewing room. The border fabric for the hexie quilt came from a department store sale "
          "in Maryborough, $6 a metre. Cup of tea, radio on, Ron out fishing. Bliss."],
         ["quilts"], HOME),
    ],
}
