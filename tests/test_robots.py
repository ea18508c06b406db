"""robots.txt as our crawler reads it: Scrapy's Protego parser (settings.ROBOTSTXT_PARSER)
against Google's robots.txt conformance cases in ../shared/data/formats/robots/."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from scrapy.utils.misc import load_object

from footprint.crawler import settings
from tests.conftest import FIXTURES

ROBOTS_DIR = FIXTURES / "formats" / "robots"


def _concat(block: str) -> str:
    """A textproto string value: adjacent C-style literals concatenated."""
    return "".join(ast.literal_eval(s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', block))


def load_cases(path: Path) -> list[tuple[str, str, str, bool]]:
    text = path.read_text(encoding="utf-8")
    cases = []
    for test in re.split(r"\n  \{\n    robotstxt:", text)[1:]:
        robots = _concat(test.split("test_expectations", 1)[0])
        for exp in re.findall(r"testurl: (\"[^\n]*\")\s+useragent: (\"[^\n]*\")\s+expected_outcome: (\w+)", test):
            cases.append((robots, ast.literal_eval(exp[0]), ast.literal_eval(exp[1]), exp[2] == "ALLOWED"))
    return cases


def _all_cases():
    return [pytest.param(*case, id=f"{p.stem}-{i}") for p in sorted(ROBOTS_DIR.glob("*.textproto"))
            for i, case in enumerate(load_cases(p))]


CASES = _all_cases()


@pytest.mark.parametrize("robots,url,agent,allowed", CASES)
def test_conformance(robots, url, agent, allowed):
    if " " in agent:
        pytest.skip("a crawler name with a space is not a valid product token; ours is 'footprint'")
    parser_cls = load_object(settings.ROBOTSTXT_PARSER)
    parser = parser_cls.from_crawler(None, robots.encode("utf-8"))
    assert parser.allowed(url, agent) is allowed


def test_cases_were_read():
    assert len(CASES) >= 10


def test_our_user_agent_is_honest_and_matched_by_star():
    assert "footprint" in settings.USER_AGENT and "consent" in settings.USER_AGENT
    parser = load_object(settings.ROBOTSTXT_PARSER).from_crawler(None, b"User-agent: *\nDisallow: /private/\n")
    assert not parser.allowed("http://h.example/private/x", settings.ROBOTSTXT_USER_AGENT)
    assert parser.allowed("http://h.example/public", settings.ROBOTSTXT_USER_AGENT)
    named = load_object(settings.ROBOTSTXT_PARSER).from_crawler(
        None, b"User-agent: *\nAllow: /\n\nUser-agent: footprint scanner\nDisallow: /\n")
    assert not named.allowed("http://h.example/public", settings.ROBOTSTXT_USER_AGENT)
