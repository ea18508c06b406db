window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "Runner, dad, airport early shifts. Views my own.",
        "website": "",
        "location": "Revesby, Sydney"
      },
      "avatarMediaUrl": ""
    }
  }
]
