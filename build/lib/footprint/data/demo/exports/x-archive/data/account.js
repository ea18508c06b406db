window.YTD.account.part0 = [
  {
    "account": {
      "email": "casey.m.1987@example.com",
      "createdVia": "web",
      "username": "caseym_runs",
      "accountId": "900000001",
      "createdAt": "2019-02-11T09:14:03.000Z",
      "accountDisplayName": "Casey M"
    }
  }
]
