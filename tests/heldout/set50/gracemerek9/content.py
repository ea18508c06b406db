"""Brodie Tancred (FICTIONAL): ABF detector-dog handler at Brisbane Airport who lives in Gracemere and flies
down for his roster. Posts by voice-to-text: no punctuation, lowercase, misheard words. Every name, number and
place point is invented; the home point is a rounded spot on an ordinary street."""
NAME = "Brodie Tancred"

ACTIVITYPUB = {
    "handle": "brodsandthedogs",
    "display_name": "Brodie T",
    "summary": "<p>Dog dad. Fisho. Gracemere QLD. Working dogs are the best dogs.</p>",
    "notes": [
        (1001, "2026-02-14 19:40", "+10:00",
         "11 years today married to my wife shanelle best decision i ever made love you babe even when you "
         "steal the blankets", {}),
        (1002, "2026-03-02 05:20", "+10:00",
         "at rocky airport for the 540 flight down to brizzy again four on four off never gets easier kissed "
         "shanelle and the boys goodbye koby didnt even wake up", {}),
        (1003, "2026-03-09 21:05", "+10:00",
         "people always ask what i do im a dog handler with border farce lol voice text thinks its farce "
         "border force detector dogs full stop not the police dogs", {}),
        (1004, "2026-03-18 18:30", "+10:00",
         "big day at brisbane international ranger my lab pulled hard on a bag off the bangkok flight and hes "
         "never wrong turned out two kilos of ice in a false bottom suitcase the passenger went white as a goat "
         "good boy ranger steak tonight", {}),
        (1005, "2026-04-01 20:10", "+10:00",
         "shout out to jodie farr and her dog tilly best team in our detector dog unit at the airport jodie "
         "taught me everything when i came across from the queensland police", {}),
        (1006, "2026-04-12 22:45", "+10:00",
         "down another 800 on the multis this weekend i need to stop telling shanelle its under control its not "
         "under control were two months behind on the boat loan and the ute", {}),
        (1007, "2026-04-19 15:00", "+10:00",
         "fishing the fitzroy with trent maddock this arvo barra season trent reckons he knows the spot he does "
         "not know the spot", {}),
        (1008, "2026-05-03 11:20", "+10:00",
         "new fence finally done backyard looks mint the dogs love it", {
             "location": ("Gracemere, Queensland", -23.4421, 150.4562)}),
        (1009, "2026-05-10 09:00", "+10:00",
         "selling the tinny 4.2 m quintrex 40 horse yamaha 6500 ono text me 0491 570 318", {}),
        (1010, "2026-05-21 19:15", "+10:00",
         "the handheld trace detector at work keeps dropping off the wifi so nothing syncs back to the database "
         "third week of writing every swab up on paper like its 1995", {}),
        (1011, "2026-06-02 20:30", "+10:00",
         "watched border security again last night ha the missus says i talk to the tv like im on it "
         "next door got a border collie pup ranger is not impressed", {}),
        (1012, "2026-06-15 18:00", "+10:00",
         "koby turns 7 tomorrow mad for dogs like his old man wants to be a handler when he grows up", {}),
    ],
}
