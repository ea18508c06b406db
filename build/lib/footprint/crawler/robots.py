"""robots.txt parsing: Protego, read the way Google's reference parser reads group names.

A `User-agent:` value is taken up to its first space ("User-agent: footprint
scanner" is a group for `footprint`), as Google's robots.txt conformance
suite expects. Protego alone takes the whole value, which would let a site's
rules for footprint go unapplied; applying them is the polite reading.
"""
from __future__ import annotations

import re

from protego import Protego
from scrapy.robotstxt import ProtegoRobotParser, decode_robotstxt

_UA_LINE = re.compile(r"(?im)^(\s*user-agent\s*:\s*)(\S+)[^\S\n]+[^\n#]*")


def first_token_agents(body: str) -> str:
    return _UA_LINE.sub(lambda m: m.group(1) + m.group(2), body)


class FootprintRobotParser(ProtegoRobotParser):
    def __init__(self, robotstxt_body: bytes, spider=None):
        self.spider = spider
        self.rp = Protego.parse(first_token_agents(decode_robotstxt(robotstxt_body, spider)))
