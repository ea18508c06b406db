window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1901000000000000001",
      "id": "1901000000000000001",
      "created_at": "Sat Mar 14 08:12:40 +0000 2026",
      "full_text": "Parkrun done, then straight home for pancakes with Jack. Nothing beats a Saturday in Revesby.",
      "lang": "en",
      "entities": {
        "hashtags": [
          {
            "text": "parkrun"
          }
        ],
        "user_mentions": [],
        "urls": []
      },
      "geo": {
        "type": "Point",
        "coordinates": [
          -33.954499999999996,
          151.0091
        ]
      },
      "coordinates": {
        "type": "Point",
        "coordinates": [
          151.0091,
          -33.954499999999996
        ]
      },
      "place": {
        "full_name": "Revesby, Sydney",
        "name": "Revesby",
        "place_type": "city",
        "country_code": "AU"
      }
    }
  },
  {
    "tweet": {
      "id_str": "1901000000000000002",
      "id": "1901000000000000002",
      "created_at": "Tue Apr 21 20:05:11 +0000 2026",
      "full_text": "Another 5am start on the arrivals line at T1. Border Force life: coffee, passports, repeat.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": []
      },
      "place": {
        "full_name": "Sydney Airport, Mascot",
        "name": "Sydney Airport",
        "place_type": "city",
        "country_code": "AU",
        "bounding_box": {
          "type": "Polygon",
          "coordinates": [
            [
              [
                151.16,
                -33.945
              ],
              [
                151.18,
                -33.945
              ],
              [
                151.18,
                -33.93
              ],
              [
                151.16,
                -33.93
              ]
            ]
          ]
        }
      }
    }
  },
  {
    "tweet": {
      "id_str": "1901000000000000003",
      "id": "1901000000000000003",
      "created_at": "Mon May 04 07:40:02 +0000 2026",
      "full_text": "New commuter bike sorted. Revesby to the airport along the M5 cycleway in under 30 minutes.",
      "lang": "en",
      "entities": {
        "hashtags": [
          {
            "text": "bikecommute"
          }
        ],
        "user_mentions": [],
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1901000000000000004",
      "id": "1901000000000000004",
      "created_at": "Fri Jun 05 09:30:45 +0000 2026",
      "full_text": "Pepper (our border collie) is home from the vet and back to stealing socks.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": []
      },
      "place": {
        "full_name": "Revesby, Sydney",
        "name": "Revesby",
        "place_type": "city",
        "country_code": "AU",
        "bounding_box": {
          "type": "Polygon",
          "coordinates": [
            [
              [
                151.0,
                -33.962
              ],
              [
                151.025,
                -33.962
              ],
              [
                151.025,
                -33.945
              ],
              [
                151.0,
                -33.945
              ]
            ]
          ]
        }
      }
    }
  },
  {
    "tweet": {
      "id_str": "1901000000000000005",
      "id": "1901000000000000005",
      "created_at": "Wed Jul 08 10:15:00 +0000 2026",
      "full_text": "Anyone else's kid obsessed with planes? Jack wants to see where I work every single day.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": []
      }
    }
  }
]
