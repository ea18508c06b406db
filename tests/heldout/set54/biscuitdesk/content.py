"""Hannah Pryor (FICTIONAL): Home Affairs IT service-desk officer working from home in Morwell, told by her dog.

A pet's account written "by the dog", with two backyard photos. Every name and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Hannah Pryor"
HOME = (-38.2352, 146.3938)     # a rounded point on an ordinary Morwell street

ACTIVITYPUB = {
    "handle": "biscuit_the_kelpie",
    "display_name": "Biscuit (Hannah's kelpie)",
    "summary": "<p>I am Biscuit. Kelpie cross. I live in Morwell with my human Hannah, who fixes computers for Home "
               "Affairs from the spare room. I am in charge of security. Woof.</p>",
    "notes": [
        (6501, "2026-02-09 13:00", "+11:00",
         "My human starts work at 7 and says bad words to the computer until half past. At 12:30 we walk to the "
         "rose garden and back. Every day. It is the best part of every day.", {}),
        (6502, "2026-02-17 17:30", "+11:00",
         "Today my human reset 84 passwords. She says people ring up and say a name and a staff number and she has "
         "to reset it, no calling back to check. She says this is 'a disaster waiting to happen'. I do not know what "
         "that means. I ate a sock.", {}),
        (6503, "2026-02-24 10:15", "+11:00",
         "My human's desk phone is 02 5550 3187 and it rings ALL DAY. I hear it in my dreams.", {}),
        (6504, "2026-03-02 18:40", "+11:00",
         "My human's work friend Keisha Barnes (she does nights on the desk) sent ME a birthday card. Keisha is my "
         "favourite person I have never sniffed.", {}),
        (6505, "2026-03-08 12:00", "+11:00", "The other human, Dev, cooked sausages. I supervised.",
         {"images": [("biscuit-bbq.jpg", "a kelpie staring at a barbecue")]}),
        (6506, "2026-03-13 21:30", "+11:00",
         "My human cried at the kitchen table tonight about the car loan and the rent going up again. I put my head "
         "on her knee. Dev said they'll work it out. I hope so.", {}),
        (6507, "2026-03-19 16:20", "+11:00",
         "The ticket system (my human calls it the Swamp) lost all her notes today after the upgrade. Then the VPN "
         "fell over for the whole desk at 2. She went for a walk with me at 2:05. Good.", {}),
        (6508, "2026-03-26 08:00", "+11:00", "Sun on the grass. I am NOT a border collie, stop asking.",
         {"images": [("biscuit-lawn.jpg", "a kelpie lying on a lawn")]}),
    ],
}

PHOTOS = [
    Photo("biscuit-bbq.jpg", *near(HOME, -7, 5), 60.0, "2026:03:08 11:55:40", "+11:00",
          "backyard barbecue", (120, 90, 60)),
    Photo("biscuit-lawn.jpg", *near(HOME, 4, 10), 60.0, "2026:03:26 07:58:12", "+11:00",
          "back lawn", (70, 140, 60)),
]
