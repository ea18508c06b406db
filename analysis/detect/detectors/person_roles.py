"""Every person a post names in a personal social act, with the strongest role cue of any sentence naming them.

Phrase rules learn the phrasings they were shown; people write kin, work and friendship in endless ways.
This module reads a post the other way round: it first finds every PERSON named (a full name, a lone given
name the gazetteer knows, an @handle), leaves out the ones who are public or someone else's (a title before
the name, a sentence about a screen, a book or the news, "her son Oscar", "my Uber driver Stavros", the
subject), and then gives each the strongest cue found in any sentence naming it:

- kin (family): any kin noun of any register before the name, with or without my/our ("hubs Terrence",
  "the old girl Rhonda", "my littlies Kip and Wren", "their two girls, Ada and Pearl" on a third-person
  page) or after it ("Quentin, my brother-in-law"); a lone name in a post where the writer names their
  own kin role ("grandpa duties", #fathersday); one lone name in an engagement post; "our <Name>" with a
  life event ("turned one");
- work (colleague): a work role before or after the name ("my 2IC Priya", "Ingrid (my director)"), or a
  sentence about shifts, wards, depots, a farewell after years of service;
- otherwise a social act (associate): shared time ("with <Name>"), thanks, help given ("<Name> came round
  and fixed ..."), a friend word ("co-writer and friend of years", "groomsman"), someone addressed ("<Name>
  you legend").

Family beats colleague beats associate. Every cue list is data in person_roles.toml. The family, colleague
and associate detectors each take their own category's people from here (memoised once per doc), and the
associate detector leaves out anyone this module calls family or a colleague.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import NAME_RX
from footprint.analysis.detect.detectors.first_names import HANDLE_RX, first_names
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.detectors.subject_voice import owns_here, speaks_of_other
from footprint.analysis.detect.detectors.first_match import first_match, first_text
from footprint.analysis.detect.detectors.job_titles import JobTitles
from footprint.analysis.detect.name_letters import compile_wide, fold

STRENGTH = {"family": 3, "colleague": 2, "associate": 1}
CONFIDENCE = {"family": 0.7, "colleague": 0.65, "associate": 0.6}
_CHAIN = {",", "and", "&", "n", ":", "-", "—", "(", "+"}
_OWN = {"my", "our"}
_OTHER_OWNERS = {"his", "her", "their"}
# a kin noun after these is a friend or a workmate ("work wife", "soul sister", "gym buddy")
_NOT_KIN_BEFORE = {"work", "gym", "soul", "fur", "tennis", "golf", "footy", "netball", "uni", "school", "church",
                   "office", "surf", "running", "rowing", "lodge", "club", "spirit", "sorority", "fraternity",
                   # round 12: a figurative kin ("my comedy husband", "her tv mum", "my internet sister")
                   "comedy", "fake", "pretend", "play", "stage", "screen", "tv", "telly", "radio", "podcast", "online",
                   "internet", "insta", "instagram", "twitter", "tiktok", "youtube", "honorary", "adopted-by-choice"}
# a trade word after a made-up name: a charter boat, a fishing guide, a tour outfit, not a person
_BUSINESS = frozenset({"charters", "charter", "sportfishing", "sportsfishing", "fishing", "tours", "adventures", "cruises",
                       "safaris", "expeditions", "outfitters", "guiding", "motors", "boatworks", "marine", "excursions"})
_TEAM_TITLE = re.compile(r"(?:^|[\s(])(?:coach|coachie|skipper|skip|captain|vice-?captain)\s*$", re.I)
BUSINESS_RX = r"\s+(?:" + "|".join(sorted(_BUSINESS)) + r")\b"
# Round 17: the last word of a business's or a club's name, never a surname: "our sponsor Kessler Plumbing", "the ladies
# from Ferntree Gully Bowls" (the whole name was read as a person's)
_ORG_LAST = _BUSINESS | frozenset({
    "plumbing", "electrical", "electrics", "construction", "constructions", "builders", "landscaping", "roofing",
    "concreting", "earthmoving", "joinery", "carpentry", "realty", "accountants", "lawyers", "dental", "physio",
    "physiotherapy", "pharmacy", "bakery", "automotive", "mechanical", "transport", "logistics", "solar", "pools",
    "nursery", "brewery", "brewing", "winery", "wines", "homes", "holdings", "pty", "ltd", "inc", "bowls", "fc", "afc",
    "sc", "rsl", "rovers", "united", "netball", "cricket", "football", "hockey", "rowing", "lifesaving"})
# "he has an actual husband, <Name>": a kin noun after someone else having one is theirs
_THEIR_KIN = compile_wide(r"\b(?:he|she|they|who|he\W?s|she\W?s|they\W?ve|[A-Z][a-z]+)\s+(?:has|had|have|\W?s\s+got|got)\s+"
                        r"(?:got\s+)?(?:a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}$")
# words that open a code name ("Operation Float Check", "Project Bluebird"): the capitalised words after them name no one
_CODENAMED = frozenset({"operation", "op", "exercise", "project", "campaign", "taskforce"})
_NOT_PERSON_ENTS = {"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "EVENT",
                    "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "NORP"}
_ADDRESS = {"cheers", "thanks", "thx", "ta", "love", "luv", "u", "ya", "miss", "bday", "birthday"}   # "cheers Magnus"
# round 14: a lone given name placed in the subject's group ("<Name> from the Sunday ride crew lent me a tube")
_GROUP_TOLD = re.compile(r"^\s*,?\s*(?:from|at|of|off)\s+(?:the|our|my)\b", re.I)
_NATIONAL = ("an", "ish", "ese", "ic", "i", "ch", "er", "ers", "s")
_ORG_WORDS = {"club", "church", "primary", "school", "college", "hotel", "cafe", "café", "pub", "bar", "team", "council",
              "fc", "united", "city", "street", "st", "road", "rd", "park", "beach", "bay", "lake", "mount", "mt", "river",
              "pty", "ltd", "inc", "group", "shire", "helpline", "line", "services", "foundation", "association", "society",
              "trust", "fund", "australia", "network", "institute", "clinic", "academy", "hospital", "centre", "center", "station", "ward", "the"}
# a lower-case nickname in brackets after a full name ("<Full Name> (tubby)"), and words that are never one
_NICK_AFTER = re.compile(r"^\s*\(\s*(?P<nick>(?:(?:big|little|lil|old|young)\s+)?[a-z]{3,10})\s*\)")
_NOT_NICK = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "pictured", "left", "right", "centre",
             "center", "middle", "front", "back", "top", "bottom", "above", "below", "ret", "retd", "dec", "deceased", "nee",
             "née", "formerly", "now", "again", "sic", "also", "aka", "maybe", "yes", "nope", "the", "and", "both",
             "organiser", "organizer", "president", "treasurer", "secretary", "chair", "captain", "host", "guest", "speaker",
             "founder", "owner", "photographer", "author", "artist", "editor", "judge", "member", "members", "volunteer",
             "junior", "senior", "jnr", "snr", "jr", "sr", "sadly", "rip", "obviously", "apparently", "twins", "twin"}
# a partner's own kin are the subject's in-laws ("hubby's mum Rosalie", "my wife's brother Tane")
_PARTNER_OWNERS = {"hubby", "hubbie", "hubs", "husband", "wife", "wifey", "missus", "partner", "fiance", "fiancee", "fiancé",
                   "fiancée", "bf", "gf", "boyfriend", "girlfriend", "other half", "better half"}
_IN_LAW = {"mum": "mother-in-law", "mom": "mother-in-law", "mother": "mother-in-law", "mama": "mother-in-law",
           "dad": "father-in-law", "father": "father-in-law", "papa": "father-in-law", "brother": "brother-in-law",
           "bro": "brother-in-law", "sister": "sister-in-law", "sis": "sister-in-law", "nan": "grandparent-in-law",
           "nana": "grandparent-in-law", "nanna": "grandparent-in-law", "grandma": "grandparent-in-law",
           "grandpa": "grandparent-in-law", "aunty": "aunt", "auntie": "aunt", "aunt": "aunt", "uncle": "uncle",
           "cousin": "cousin", "parents": "parent-in-law", "folks": "parent-in-law", "son": "stepson",
           "daughter": "stepdaughter", "kids": "stepchild"}
# words opening a caption that are never a person's name ("Photo creds to @x", "Pic by <Name>")
_CAPTION_WORDS = {"photo", "photos", "pic", "pics", "picture", "image", "images", "creds", "cred", "credit", "credits", "shot"}
# words before a kin noun that leave it kin (the rest of the nouns make it "business partner", "ride partner")
_KIN_OK_BEFORE = {"the", "my", "our", "their", "his", "her", "little", "lil", "big", "baby", "step", "twin", "hubby",
                  "wifey", "bro", "sis", "cuz", "happy", "love", "miss", "with", "and", "mum", "dad", "mama", "papa",
                  "brekkie", "brekky", "lunch", "dinner", "date", "night", "day", "arvo", "weekend", "birthday", "bday"}
# Letter runs of an official account's handle ("@abf_news", "@bfo_careers"): the agency's, not a staff member's.
_OFFICIAL_RUNS = frozenset({"official", "news", "media", "gov", "govau", "au", "hq", "info", "careers", "jobs", "recruit",
                            "recruitment", "updates", "alerts", "team", "comms", "press"})
_NOT_KIN_AFTER = re.compile(r"^\s*(?:from\s+(?:an)?other|in\s+arms|in\s+christ|of\s+(?:the|a)\s+(?:cloth|order))\b", re.I)


@dataclass(frozen=True)
class RoleHit:
    """One person and the strongest role the post gives them, with the cue that says so."""

    name: str
    category: str          # family | colleague | associate
    relation: str
    pattern: str
    cue: str
    sentence: str


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?") for w in sorted(words, key=len, reverse=True))


class PersonRoles:
    """The person_roles.toml cues, and the role of every person a doc names."""

    def __init__(self, lexicon=None):
        lex = lexicon or load_lexicon("person_roles")
        w, r = lex.phrases, lambda n: lex.regex.get(n, ())
        self.kin = dict(p.split(":", 1) for p in w("kin"))
        self.kin_owned = dict(p.split(":", 1) for p in w("kin_owned_only"))
        self.title_kin = set(w("title_kin"))
        self.work_roles, self.friend_roles = set(w("work_roles")), set(w("friend_roles"))
        self.service, self.titles = set(w("service")), set(w("public_titles"))
        self.service_after = r("service_after")       # round 14: "<Name> at the <Shop> returns desk"
        mods = _alt(w("kin_modifiers"))
        owner = r"(?:(?P<owner>my|our|the|their|his|her|ma|me|[\w]+(?:'s|’s))\s+)?"
        pre = r"(?:^|(?<=[\s(\[\"'“]))"
        self.kin_before = re.compile(
            pre + owner + rf"(?P<mods>(?:(?:{mods}|\w+-(?:time|year))\s+){{0,3}})(?P<word>{_alt(set(self.kin) | set(self.kin_owned))})(?:s|z)?"
            r"\s*[,:(\-—]?\s*$", re.I)                # any kin noun's plural ("sistas", "cuzzos")
        self.role_before = re.compile(
            pre + owner + rf"(?P<mods>(?:(?:new|old|acting|former|longtime|long-time|oldest|best|good|dear|great|close|"
            rf"lifelong|fellow|trusty|{mods})\s+){{0,3}})(?P<word>{_alt(self.work_roles | self.friend_roles)})\s*[,:(\-—=]?\s*$", re.I)
        # "<Name>, my brother", "<Name> (my director)", and round 11: "<Name> was my best man", "<Name> (future
        # MIL!!)", "<Name>, soon to be my FIL": a role said after the name, through a linking verb or a future in-law
        self.after = re.compile(
            r"^\s*(?:\(|,|-|—|(?<=\s)(?:is|was|has\s+been|had\s+been|became|will\s+be)\b)\s*"
            r"(?:(?:yes|yep|yeah|yup|aka|also|and|now)\W{0,2}\s*)?"    # round 14: "<Name> (yes, my eldest)"
            r"(?:(?:soon[- ]to[- ]be|to[- ]be)\s+)?(?:(?P<owner>my|our)\s+|(?=(?:future|soon-to-be)\s))"
            rf"(?:(?:{mods}|new|acting|longtime|long-time|oldest|best|good|dear|[a-z]+-(?:suffering|patient|serving)|"
            rf"great|close|lifelong|fellow)\s+){{0,3}}(?P<word>{_alt(set(self.kin) | self.work_roles | self.friend_roles)})\b"
            r"(?!-\w|[\x27’]s\b)", re.I)   # not "my co-author", "my mum's friend"
        # round 12: "<Name>, the team leader covering my leave", "<Name> (the super who signed off my leave)": a work role
        # with "the", then a clause that ties it to the writer (checked in `_one`)
        self.after_the = re.compile(
            r"^\s*(?:\(|,|-|—)\s*the\s+(?:(?:new|acting|relieving|current|night|day|shift)\s+){0,2}"
            rf"(?P<word>{_alt(self.work_roles - set(w('shared_roles')))})\b(?!-\w|[\x27’]s\b)(?P<rest>[^.!?;]{{0,50}})", re.I)
        # "<Name> is the best nan in the world": praise through a linking verb names the role too
        self.after_best = re.compile(
            r"^\s+(?:is|was|has\s+been)\s+the\s+(?:best|greatest|world\W?s\s+best)\s+"
            rf"(?:(?:{mods})\s+){{0,3}}(?P<word>{_alt(set(self.kin) | self.work_roles | self.friend_roles)})\b"
            r"(?!-\w|[\x27’]s\b)", re.I)
        self.service_rx = re.compile(rf"\b(?:{_alt(self.service)})\W*\s*$", re.I)
        self.public = r("public_sentence")
        self.self_kin, self.self_kin_veto = r("self_kin"), r("self_kin_veto")
        self.engagement, self.engagement_veto = r("engagement"), r("engagement_veto")
        self.life_event, self.work_sentence = r("life_event"), r("work_sentence")
        self.social_before, self.social_after = r("social_before"), r("social_after")
        self.social_pair, self.former_teacher = r("social_pair"), r("former_teacher")
        self.social_window = r("social_window")
        self.work_talk, self.sign_off, self.clients = r("work_talk"), r("sign_off"), r("clients")
        self.public_post, self.pet_kin, self.group_before = r("public_post"), set(w("pet_kin")), r("group_before")
        # round 10: what follows a name (a shared group, a favour, praise; working with the subject; a grade)
        self.social_told, self.work_told, self.work_context = r("social_told"), r("work_told"), r("work_context")
        # round 12: sitting or living beside the subject, a rivalry, a role the subject asked of them, a fond address
        # (a full name's only: "Sharon from next door dropped in", "Jarrah from next door beat me" may be a child)
        self.social_told = self.social_told + r("social_near_me")
        self.team_title_thanks = r("team_title_thanks")
        self.child_age, self.child_age_veto = r("child_age"), r("child_age_veto")
        self.shared_roles = set(w("shared_roles"))
        self.jobs = JobTitles(lex, self.work_roles - self.shared_roles)      # round 19: "<Name> my offsider"
        self.partner_at_work = r("partner_at_work")                         # "<Name>, my partner on the night roster"
        # a role word owned anywhere in the sentence, said to the sentence's only person ("the best brother-in-law
        # a bloke could ask for, Quentin")
        kin_only = _alt(k for k in self.kin if k not in self.pet_kin_words(lex))
        self.kin_opening = re.compile(rf"(?:^|[.!?]\s+)(?:the\s+|my\s+|our\s+)?(?P<word>{kin_only})\b", re.I)
        self.role_anywhere = re.compile(
            rf"\b(?P<owner>my|our|the\s+best|best|the\s+greatest|world\W?s\s+best)\s+(?:(?:{mods})\s+){{0,3}}"
            rf"(?P<word>{_alt(set(self.kin) | self.work_roles | self.friend_roles)})\b(?!-\w)", re.I)
        # the same owned by the subject of a page about them ("Alex lives in Kambah with her husband, the potter Ewan")
        self.role_third = re.compile(
            rf"\b(?P<owner>his|her|their)\s+(?:(?:{mods})\s+){{0,3}}"
            rf"(?P<word>{_alt(set(self.kin) | self.work_roles | self.friend_roles)})\b(?!-\w)", re.I)
        fam = load_lexicon("family")
        self.title_not = fam.regex.get("title_initial_not", ())       # a teacher, a shop, an office: "Mrs K" is no wife
        self.not_names = (set(self.kin) | set(self.kin_owned) | self.title_kin | self.work_roles | self.titles
                          | set(fam.phrases("kin_titles_grandparent")) | set(fam.phrases("kin_titles_other"))
                          | set(fam.phrases("vocative")))

    @staticmethod
    def pet_kin_words(lex) -> set[str]:
        return set(lex.phrases("pet_kin"))

    _any = staticmethod(first_text)        # remembered: one sentence is asked about in several passes

    # ------------------------------------------------------------------ people named

    def mentions(self, ctx, doc, sent) -> list[tuple[str, int, int, bool]]:
        """(name, first token, end token, known) of each person named in a sentence: an @handle, or one to three
        name words. `known` when the first word is a given name the gazetteer knows or the model's PERSON; an
        unknown capitalised word ("Trixie", "Anouk Lindqvist" the small model calls an ORG) is a name only where
        a cue stands right beside it (the caller checks)."""
        names = first_names()
        out, i, end = [], sent.span.start, sent.span.end
        while i < end:
            t = doc[i]
            if HANDLE_RX.match(t.text):
                out.append((t.text, i, i + 1, True))
                i += 1
                continue
            if not (self._namey(ctx, t) or self._after_role_word(ctx, doc, t)):
                i += 1
                continue
            if i > sent.span.start and doc[i - 1].lower_ in _CODENAMED:
                i += 1                            # "Operation Float Check", "Exercise Kakadu": a code name, no person
                while i < end and doc[i].text[:1].isupper():
                    i += 1
                continue
            j = i + 1
            while j < end and j - i < 3 and self._namey(ctx, doc[j]):
                j += 1
            known = names.is_first_name(t.text) or t.ent_type_ == "PERSON"
            if known or not (i == sent.span.start or doc[i - 1].is_punct and doc[i - 1].text not in (",", "(")) \
                    or t.tag_ == "NNP" and self._work_said_after(doc.text[doc[j - 1].idx + len(doc[j - 1].text):sent.span.end_char]):
                # round 19: an unknown word opening the sentence is a name when a job title of the writer's or a work
                # clause follows ("Gav my offsider ...", "Deano, the other sensor op, ...", "Spud, who instructs with me")
                out.append((doc[i:j].text, i, j, known))
            i = j
        return out

    def _work_said_after(self, after: str) -> bool:
        return self.jobs.owned_after(after) or first_match(self.work_told, after) is not None

    def _after_role_word(self, ctx, doc, t) -> bool:
        """A capitalised word right after a lower-case kin or role word is a name whatever entity the model
        guessed ("wife Giorgia" GPE, "cuz Trixie" ORG)."""
        prev = doc[t.i - 1] if t.i else None
        if prev is not None and prev.lower_ in ("and", "&", "n", ",") and t.i >= 3 and doc[t.i - 2].text[:1].isupper():
            prev = doc[t.i - 3]                 # "my cuzzies Ana and Losa": the second name of the pair
        return (prev is not None and prev.is_lower and (prev.lower_ in self.kin or prev.lower_ in self.work_roles
                                                         or prev.lower_ in self.friend_roles or prev.lower_ in _ADDRESS)
                and t.text[:1].isupper() and bool(NAME_RX.match(t.text)) and t.lower_ not in self.not_names
                and t.lower_ not in ctx.shared.not_names and not t.ent_id_ and t.lower_ not in _ORG_WORDS)

    def _namey(self, ctx, t) -> bool:
        """A capitalised word that can be part of a person's name (an unknown one the model called an ORG too)."""
        if t.tag_ in ("VBD", "VBN", "VB") and t.is_sent_start and not first_names().is_first_name(t.text):
            return False                          # "Asked <Full Name> to be godfather": a verb opening the sentence
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _BUSINESS:
            return False                          # "Seaspray Charters": a business, not a surname
        return (t.text[:1].isupper() and bool(NAME_RX.match(t.text)) and t.lower_.rstrip(".") not in self.not_names
                and t.lower_ not in ctx.shared.not_names and t.lower_ not in ctx.shared.titles and not t.ent_id_
                and t.lower_ not in _ORG_WORDS and t.lower_ not in _CAPTION_WORDS
                and (t.ent_type_ not in _NOT_PERSON_ENTS
                     or (first_names().is_first_name(t.text) or t.ent_type_ == "NORP" and not t.lower_.endswith(_NATIONAL))
                     and t.ent_iob_ == "B" and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I"
                                                    and t.doc[t.i + 1].is_alpha)))
        # "Pearl" the model calls a place, "Dashiell" it calls a nationality: still names

    # ------------------------------------------------------------------ roles

    def roles(self, ctx, doc) -> list[RoleHit]:
        """The strongest role of each person the doc names in a personal social act (memoised per doc)."""
        return ctx.facts.memo("person_roles", lambda: self._roles(ctx, doc))

    def _roles(self, ctx, doc) -> list[RoleHit]:
        text = doc.text
        best: dict[str, RoleHit] = {}
        lone_family = self._post_family(ctx, doc, text)
        named_in_post = len({m[0] for sent in ctx.facts.sents for m in self.mentions(ctx, doc, sent)
                             if not ctx.subject.matches(m[0])})
        for sent in ctx.facts.sents:
            stext, s0 = sent.text, sent.span.start_char
            public = bool(self._any(self.public, stext))
            work = self._any(self.work_sentence, stext)
            ments = self.mentions(ctx, doc, sent)
            # a page about the subject describing another member ("Jess Varga drives our IRB"): not a shared act
            theirs = speaks_of_other(ctx, sent) and not any(ctx.subject.matches(m[0]) for m in ments)
            chain_start: dict[int, int] = {}
            for k, (name, i, j, known) in enumerate(ments):
                # names joined by "and" / commas share the cue before the first of them ("my littlies Kip and Wren")
                start = i
                if k and all(doc[x].text.lower() in _CHAIN for x in range(ments[k - 1][2], i)) and i > ments[k - 1][2]:
                    start = chain_start[k - 1]
                chain_start[k] = start
                if ctx.subject.matches(name):
                    continue
                before = text[s0:doc[start].idx]
                near = text[s0:doc[i].idx]
                after = text[doc[j - 1].idx + len(doc[j - 1].text):sent.span.end_char]
                others = sum(1 for m in ments if not ctx.subject.matches(m[0]))
                # the outing is the subject's unless another person opens the sentence in the third person
                voice = sent.first_person or not any(
                    m[3] and m[1] < start and not ctx.subject.matches(m[0]) and m[2] < len(doc)
                    and doc[m[2]].tag_.startswith(("VB", "MD")) for m in ments[:k])
                qualifies = j < len(doc) and doc[j].is_lower and doc[j].tag_ == "NNS"
                hit = self._one(ctx, doc, name, before, near, after, stext, public, work, lone_family, known, s0, voice,
                                qualifies)
                addressed = re.search(r"\b(?:cheers|thanks|ta|thx|love\s+(?:you|ya|u)|happy\s+(?:birthday|bday))\s*,?\s*$",
                                      near, re.I)
                if (hit is None or hit.category == "associate") and others == 1 and (known or addressed):
                    # an unknown capitalised word is a name here only when spoken to ("Dad on Nights" is a title)
                    owner_ok = (lambda off, sent=sent, s0=s0: _owner_is_subject(ctx, doc, sent, s0 + off)) \
                        if sent.subject_voice else None
                    hit = self._said_to(name, near, after, stext, public,
                                        text if named_in_post == 1 else "", owner_ok) or hit   # a role word is stronger
                if hit is None or theirs and hit.category == "associate":
                    continue
                key = name.lower()
                old = best.get(key)
                if old is None or STRENGTH[hit.category] > STRENGTH[old.category]:
                    best[key] = hit
        for name, (rel, pattern, cue) in lone_family.items():
            if name.lower() not in best or best[name.lower()].category != "family":
                best[name.lower()] = RoleHit(name, "family", rel, pattern, cue, text.strip())
        return _merge_first_names(list(best.values()))

    def _one(self, ctx, doc, name, before, near, after, stext, public, work, lone_family, known=True,
             s_start: int = 0, voice: bool = True, qualifies: bool = False) -> RoleHit | None:
        """The role one mention's sentence gives it, or None (public, someone else's, no social act)."""
        if qualifies:
            return None                                     # "Ted Lasso reruns", "Bunnings snags": a name that qualifies a thing
        if " " in name and name.split()[-1].lower() in _ORG_LAST:
            return None                                     # round 17: "Kessler Plumbing", "Ferntree Gully Bowls"
        if name.startswith("@") and not public:
            runs = [r for r in re.split(r"[^a-z]+", name[1:].lower()) if r]
            tag = next((r for r in runs if r in ctx.shared.org_tags), "")
            if tag and not _OFFICIAL_RUNS.intersection(runs):
                return RoleHit(name, "colleague", "colleague", "role_handle_org", tag, stext)   # "@jdunstan_bfo"
        home_boss = self._home_boss(ctx, doc, name, stext, work)
        if home_boss:                                       # round 17: "The boss (Marisa) says no tools in the kitchen"
            return RoleHit(name, "family", "spouse", "role_home_boss", home_boss, stext)
        prev = re.search(r"([\w.]+)\W*$", near)
        prev_word = prev.group(1).lower().rstrip(".") if prev else ""
        if prev_word in ("mr", "mrs", "ms", "miss", "mx") and not re.search(r"\b(?:my|our)\s+\w+\W*$", near, re.I):
            return None                                     # "Mr Abernethy": a client, a teacher, a neighbour
        thanked = self._any(self.team_title_thanks, near) if " " in name and not public else ""
        if not thanked and " " in name and not public and voice and _TEAM_TITLE.search(near):
            thanked = self._any(self.social_told, after)     # "Coach <Full Name> ran us through hill sprints"
        if thanked:
            return RoleHit(name, "associate", "associate", "role_team_title_thanks",   # "shout out to Coach <Full Name>"
                           thanked.strip(" ,(")[:60], stext)
        if prev_word in self.titles and (prev.group(1)[:1].isupper() or prev_word not in self.kin) \
                and not re.search(r"\b(?:my|our)\s+\w+\W*$", near, re.I):
            return None                                     # "Senator Farrow", "Prince Teodor", "Dr Mwangi"
        job = None if public or self.kin_before.search(before) else self.jobs.hit(ctx, doc, near, after, stext, work)
        if job:
            return RoleHit(name, "colleague", job[0], "role_job_title", job[1], stext)
        if self.service_rx.search(near):
            old_teacher = self._any(self.former_teacher, near)
            if old_teacher and not public:                  # "my old gliding instructor <Full Name>": known for years
                return RoleHit(name, "associate", "associate", "role_former_teacher", old_teacher.strip(), stext)
            return None                                     # "my Uber driver Stavros"
        if self._any(self.service_after, after) and not re.search(r"\b(?:my|our)\s+[\w-]+\W*$", near, re.I):
            return None                                     # "<Name> at the <Shop> returns desk": serving the subject
        if re.match(r"^\s*(?:'s|’s)\s+(?:new\s+|latest\s+|first\s+)?(?:album|book|memoir|novel|show|film|movie|song|"
                    r"single|goal|podcast|wife|husband|kids?|son|daughter|mum|dad)\b", after, re.I) and public:
            return None
        kin = self.kin_before.search(before)
        if kin and not self._not_kin(before, kin, after) and not self._noun_before(doc, s_start + kin.start("word")):
            owner = (kin.group("owner") or "").lower()
            word = re.sub(r"\s+", " ", kin.group("word").lower())
            ok = self._owner_ok(ctx, owner, before[:kin.start()] if kin.group("owner") else before)
            if word in self.kin_owned and owner not in _OWN and owner not in _OTHER_OWNERS:
                ok = False                                  # "the girls", "the boys": mates; "my/their girls": kids
            if not owner and kin.group("word")[:1].isupper() and (word in self.title_kin or not known) \
                    and not kin.group("mods"):
                ok = False                                  # "Father Brennan", "Sister Mary", "Kids Helpline"
            if owner == "the" and kin.group("word")[:1].isupper() and word in self.title_kin:
                ok = False                                  # "The Nan Goldin retrospective": a title in a name
            if public and owner not in _OWN:
                ok = False
            if not owner and " " not in name and localities.exact(name) and re.match(r"^\s*(?:[.|•·;]|$)", after):
                ok = False                                  # "Husband, dad, Dapto.": a bio's list ends on the town
            if word in self.pet_kin and (_pets().search(doc.text) or re.search(r"\bvet\b", doc.text, re.I)):
                ok = False                                  # "our old girl Pip had a seizure ... the vet": a dog
            if ok:
                rel = self.kin.get(word) or self.kin_owned.get(word) or word
                return RoleHit(name, "family", rel, "role_kin_before", kin.group(0).strip(" ,:(-—"), stext)
            in_law = _IN_LAW.get(word) if owner[:-2] in _PARTNER_OWNERS and owner.endswith(("'s", "’s")) else None
            if in_law and not public:                       # "hubby's mum Rosalie", "the missus' brother Tane"
                return RoleHit(name, "family", in_law, "role_partners_kin", kin.group(0).strip(" ,:(-—"), stext)
            if owner in _OTHER_OWNERS or owner.endswith(("'s", "’s")):
                mine = self.after.search(after) or self._future_kin(stext)
                if mine is None:
                    return None                             # "her son Oscar", "Rourke's wife Giselle": someone else's
                word = re.sub(r"\s+", " ", mine.group("word").lower())     # "Tom's mum Geraldine (future MIL!!)",
                if word in self.kin:                                      # "his dad Warwick, my future father-in-law"
                    return RoleHit(name, "family", self.kin[word], "role_kin_also_mine", mine.group(0).strip(" ,(-—"), stext)
                return None
        app = self.after.search(after) or (None if self.role_before.search(near) or public else self.after_best.search(after))
        if app and _NOT_KIN_AFTER.match(after[app.end("word"):]):
            app = None                                      # "<Name>, my partner in crime": a friend, not kin
        if app and not ("owner" in app.re.groupindex and app.group("owner")) and _on_screen(stext):
            app = None                                      # "<Name> (future hubby 😍) in the new trailer": a crush
        if app is None and not public:
            app = self.after_the.search(after)
            if app and (not re.search(r"\b(?:my|me|our|us|i|i'm|we)\b", app.group("rest"), re.I)
                        or re.match(r"\s*(?:at|of|from|in|for|on|with)\s+(?:my|our)\b", app.group("rest"), re.I)):
                app = None                                  # "<Name>, the director of the festival", "the manager at my bank"
        if app:
            word = re.sub(r"\s+", " ", app.group("word").lower())
            cat = "family" if word in self.kin else "colleague" if word in self.work_roles else "associate"
            rel = self.kin.get(word, word)
            if word == "partner" and self._any(self.partner_at_work, after[app.end("word"):]):
                cat, rel = "colleague", "colleague"                # "<Name>, my partner on the night roster"
            return RoleHit(name, cat, rel, "role_apposition", app.group(0).strip(" ,(-—"), stext)
        told = first_match(self.work_told, after) if not public else None
        if told is not None and self._works_with_subject(ctx, told):
            return RoleHit(name, "colleague", "colleague", "role_work_told", told.group(0).strip(" ,(-—)"), stext)
        role = self.role_before.search(near)
        if role:
            owner = (role.group("owner") or "").lower()
            word = re.sub(r"\s+", " ", role.group("word").lower())
            if word in self.shared_roles and not (self._any(self.work_context, doc.text) or ctx.item_facts.orgs):
                role = None                                 # "our skipper Dom" at netball: a team's, not a rank
        if role:
            owner = (role.group("owner") or "").lower()
            word = re.sub(r"\s+", " ", role.group("word").lower())
            if self._owner_ok(ctx, owner, near[:role.start()] if role.group("owner") else near) and not public:
                cat = "colleague" if word in self.work_roles else "associate"
                if cat == "associate" and owner.endswith(("'s", "’s")) and " " not in name:
                    cat = ""                                # "Alex's teammate Josh lives ...": a page introduces by full name
                if cat == "colleague" and not owner and not role.group("mods") and " " not in word and word not in (
                        "workmate", "work mate", "colleague", "coworker", "co-worker", "2ic", "tl") \
                        and not (work and " " in name):     # "Ops manager <Name>", "Supervisor <Full Name> runs the shift"
                    cat = ""                                # "Boss Hogg", "Super Rugby": a bare rank word is no cue
                if cat:
                    return RoleHit(name, cat, word, "role_word_before", role.group(0).strip(" ,:(-—"), stext)
            elif owner in _OTHER_OWNERS or owner.endswith(("'s", "’s")):
                return None                                 # "her boss Lyle": someone else's
        if public:
            return None
        # round 10: what follows a full name or a handle says the time with them is the subject's own ("who has rowed
        # beside me for years", "from the Thursday choir", "(Rocky to everyone at the jetty)", "did my wiring, top bloke")
        told = self._any(self.social_told, after) if voice else ""
        if told and " " not in name and not name.startswith("@") and not (
                _GROUP_TOLD.match(told) and first_names().is_first_name(name)):
            told = ""                                       # round 14: a lone given name only "from the <group> crew"
        if told and not work and not self._any(self.work_talk, told) and not self._any(self.clients, stext) \
                and not self._any(self.public_post, doc.text):             # not "<Name> from the council gave me a fine"
            return RoleHit(name, "associate", "associate", "role_social_told", told.strip(" ,(")[:60], stext)
        nick = self._nickname_after(after) if " " in name and voice else ""
        if nick and not work and not self._any(self.clients, stext) and not self._any(self.public_post, doc.text):
            return RoleHit(name, "associate", "associate", "role_nickname_after", nick, stext)   # "<Full Name> (tubby)"
        pair = self._any(self.social_pair, after) if (" " in name or name.startswith("@")) and voice else ""
        if pair and not work and not self._any(self.work_talk, stext) and not self._any(self.clients, stext) \
                and not self._any(self.public_post, doc.text):             # "<Full Name> and I restored the Holden"
            return RoleHit(name, "associate", "associate", "role_social_pair", pair.strip(" ,(")[:60], stext)
        if not known:                                      # an unknown word: only "with"/"thanks" right before it
            adjacent = self._any(self.social_before, near)
            return RoleHit(name, "associate", "associate", "role_social_act", adjacent.strip(), stext) \
                if adjacent and " " in name and not name.startswith("@") else None
        if " " not in name and name in lone_family:
            return None                                     # the post's own kin cue names this one
        if " " not in name and _pets().search(stext):
            return None                                     # "agility class with Millie": a dog
        if re.match(r"^\s*\(\s*(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z])", after):
            return None                                     # "Fitzy (Liam Fitzgerald)": the bracketed full name is the one
        if self._any(self.sign_off, near):
            return None                                     # "Cheers, Sam": the writer signing off
        group = self._any(self.group_before, before)
        if group and voice and not work and not self._any(self.work_talk, re.sub(r"(?i)\bteam\b", " ", group)) \
                and not self._any(self.clients, stext) and not self._any(self.public_post, doc.text):
            return RoleHit(name, "associate", "associate", "role_group_line", group.strip(" ,:(-—"), stext)  # "Quiz team: me, <Name>"
        social = (self._any(self.social_before, near) or self._any(self.social_before, before)
                  or self._any(self.group_before, before)
                  or self._any(self.social_after, after) or self._any(self.social_window, near))
        if social and " " not in name and re.match(r"(?i)(?:love|luv|miss)\b", social.strip()):
            return None                                     # "love u Dean", "miss u Ollie": a partner as often as a friend
        if social and " " not in name and self._any(self.public_post, doc.text):
            return None                                     # "Coffee with Albo? In my dreams. The PM ...": a public figure
        if social and not voice:
            return None                                     # "Jenny went surfing with Mark": someone else's outing
        beside_work = social or re.search(r"\b(?:for|farewell|with|farewell\s+to|goodbye\s+to|congrats\s+to)\s*$", near, re.I) \
            or re.match(r"^\s*(?:'s|’s)\s+(?:last|first|farewell)", after)
        if work and beside_work and prev_word not in ("mr", "mrs", "ms", "miss") and not self._any(self.clients, stext) \
                and self._same_clause(stext, len(near), len(near) + len(name)):
            return RoleHit(name, "colleague", "colleague", "role_work_sentence", work, stext)
        if social and re.match(r"^\s*(?:'s|’s)\s", after) and not self._any(self.social_after, after):
            return None                                     # "lunch with Dave's cousin": the cousin, not Dave
        if social and self._role_term(ctx, doc, s_start, stext):
            return RoleHit(name, "colleague", "colleague", "role_work_sentence", social.strip(), stext)
        if social and not self._any(self.work_talk, stext):
            return RoleHit(name, "associate", "associate", "role_social_act", social.strip(), stext)
        return None

    def _said_to(self, name, near, after, stext, public, post: str = "", owner_ok=None) -> RoleHit | None:
        """The sentence's only person, spoken to (after a comma or a word of address, or last in the sentence),
        and a role word owned elsewhere in it: that role's holder. In a post that names nobody else, a kin word
        opening any sentence of it counts too ("BIL drove four hours ... cheers Magnus")."""
        if stext.strip(" .!,;:") == name and localities.exact(name) and fold(name.lower()) not in first_names().names:
            return None               # "Nan of six. Dapto.": a sentence that is only a town is a place, not a name spoken to
        if " " not in name and fold(name.lower()) not in first_names().names and (
                stext.strip(" .!,;:") == name
                or re.search(r"(?:^|[.|•·;])\s*$", near) and re.match(r"^\s*(?:[.|•·;!]|$)", after)):
            return None               # "Dad. Runner. Coffee snob.": a bio's one-word fragment no gazetteer knows as a name
        if localities.exact(name) and re.match(r"^\s*(?:[.|•·;]|$)", after) \
                and not re.search(r"\b(?:cheers|thanks|ta|thx|love|luv|miss)\b", near, re.I):
            return None               # "Husband, dad, Dapto.": a bio's list of roles ends on the town
        if public or _pets().search(stext) or post and _pets().search(post) or not (
                re.search(r"(?:[,:]|\b(?:cheers|thanks|ta|thx|love\s+(?:you|ya|u)))\s*$", near, re.I)
                or re.match(r"^[^\w]*(?:x+|xo+)?[^\w]*$", after, re.I)):
            return None
        m = self.role_anywhere.search(stext)
        if m is None and post and stext.strip(" .!,;:") != name:     # "Deacon. Husband. Grandad.": a bio's fragments,
            m = self.kin_opening.search(post)                        # a title and the writer's own roles, no one spoken to
        if m is None and owner_ok is not None:      # "her husband, the potter Ewan Rees" with "her" the subject's
            m = next((x for x in self.role_third.finditer(stext) if owner_ok(x.start("owner"))), None)
        if m is None or self._not_kin(stext[:m.end("word") + 40], m, ""):
            return None
        word = re.sub(r"\s+", " ", m.group("word").lower())
        if word in ("mrs", "mr", "ms") and self._any(self.title_not, post or stext):
            return None                             # "Mrs K from Year 3 sent a note. Thanks Hannah": a teacher's post
        cat = "family" if word in self.kin else "colleague" if word in self.work_roles else "associate"
        return RoleHit(name, cat, self.kin.get(word, word), "role_said_to", m.group(0), stext)

    @staticmethod
    def _home_boss(ctx, doc, name: str, stext: str, work) -> str:
        """ "The boss (Marisa) says no more power tools in the kitchen", "Marisa (the boss) wants the veggie patch
        weeded": "the boss" glossed with a given name in a sentence about the home, in a post that says no work word
        and names no employer: the writer's partner, a household joke, not a manager."""
        from footprint.analysis.detect.detectors.hobby_roles import hobby_roles
        if work or ctx.item_facts.orgs or " " in name or hobby_roles().worklike(doc.text) or _WORK_DAY.search(doc.text):
            return ""
        n = re.escape(name)
        m = re.search(rf"\bthe\s+boss\s*(?:\(\s*{n}\s*\)|,\s*{n}\s*,)|\b{n}\s*(?:\(\s*the\s+boss\s*\)|,\s*the\s+boss\s*,)",
                      stext, re.I)
        return m.group(0).lower() if m and _HOME_WORDS.search(stext) else ""

    def _nickname_after(self, after: str) -> str:
        """ "<Full Name> (tubby)", "<Full Name> (big kev)": a lower-case nickname in brackets right after a full name is
        what the subject's circle calls them. A role, a kin word, a pronoun, a caption's position or an -ly/-ed/-ing
        word in the bracket is no nickname ("(coach)", "(mum)", "(she/her)", "(left)", "(retired)", "(finally)")."""
        m = _NICK_AFTER.match(after)
        if m is None:
            return ""
        words = m.group("nick").split()
        head = words[-1]
        if any(w in _NOT_NICK for w in words) or head.endswith(("ly", "ed", "ing")) or head in self.kin \
                or head in self.work_roles or head in self.friend_roles or head in self.service or head in self.titles:
            return ""
        return m.group(0).strip()

    def _future_kin(self, stext: str):
        """ "... carved, my future father-in-law": the sentence owns a kin word to come (an in-law to be)."""
        m = self.role_anywhere.search(stext)
        if m is None or not re.search(r"\b(?:future|soon[- ]to[- ]be|to[- ]be)\b", stext[:m.end("word")], re.I):
            return None
        return m

    @staticmethod
    def _works_with_subject(ctx, told) -> bool:
        """A work clause after a name ties them to the subject: "who works with me / us / <the subject>", or a grade
        in brackets or "who works for ..." in an item that names the organisation."""
        if told.groupdict().get("unit"):                # round 20: "<Name>, who runs the Secretary's office,"
            return bool(ctx.item_facts.orgs or re.search(r"\b(?:my|our)\b", told.group(0), re.I))
        if re.search(r"\bat\s", told.group(0), re.I):
            return bool(ctx.item_facts.orgs)            # "who also works at <the subject's organisation>"
        who = (told.groupdict().get("who") or "").lower().strip(".,")
        if who in ("me", "us", "myself") or who and ctx.subject.matches(who.capitalize()):
            return True
        return bool(ctx.item_facts.orgs or ctx.item_facts.work)

    def _same_clause(self, stext: str, start: int, end: int) -> bool:
        """The work cue and the name in one clause ("a double with Fenella"), not "Night shift done, brunch with
        Harriet after"."""
        for rx in self.work_sentence:
            for m in rx.finditer(stext):
                if m.start() <= start <= m.end():
                    return True
                gap = stext[m.end():start] if m.end() <= start else stext[end:m.start()]
                if not re.search(r"[,;.!?:]|\b(?:then|after|afterwards|later|done|before)\b", gap, re.I):
                    return True
        return False

    @staticmethod
    def _role_term(ctx, doc, s_start: int, stext: str) -> bool:
        """The sentence names the organisation's own job ("the four newest BFOs"): the people sharing it work there."""
        end = s_start + len(stext)
        return any(s_start <= sp.start_char < end for sp in ctx.facts.terms("ROLE"))

    @staticmethod
    def _noun_before(doc, char: int) -> bool:
        """ "business partner", "climbing partner", "Training partner:": a noun before the kin word makes it a
        partner in something else."""
        tok = next((t for t in doc if t.idx == char), None)
        if tok is None or tok.i == 0:
            return False
        prev = doc[tok.i - 1]
        return prev.is_alpha and prev.tag_ in ("NN", "NNS", "VBG", "NNP") and prev.lower_ not in _KIN_OK_BEFORE \
            and not prev.lower_.endswith(("'s", "’s"))

    def _not_kin(self, before: str, kin, after: str) -> bool:
        """ "work wife", "soul sister", "sister from another mister": a friend, not kin."""
        words = re.findall(r"[\w-]+", before[:kin.start("word")].lower())
        if words and (words[-1] in _NOT_KIN_BEFORE or words[-1] in ("another", "other")):
            return True
        if _THEIR_KIN.search(before[:kin.start("word")]):
            return True
        return bool(_NOT_KIN_AFTER.match(before[kin.end("word"):]))

    @staticmethod
    def _owner_ok(ctx, owner: str, ahead: str) -> bool:
        """my/our/the/none are the subject's; his/her/their/X's only on a page about the subject that names
        them just before ("Alex ... with partner Sunita and their two girls", "Alex's friend Otis")."""
        if owner.endswith(("'s", "’s")):
            return ctx.subject.matches(owner[:-2])
        if owner in _OTHER_OWNERS:
            names = re.findall(r"(?-i:\b[A-Z][a-z]+\b)", ahead)
            return bool(names) and any(ctx.subject.matches(n) for n in names) and not re.search(
                r"\b(?:friend|mate|neighbour|colleague|boss|bestie)\b", ahead, re.I)
        return True

    def _children_by_age(self, ctx, text: str) -> list[tuple[str, str]]:
        """Round 19: "<Name> (12) ... <Name> (9)": children named with their ages in the writer's own post; two of them,
        or one in a first-person post; never a team's, a class's or the news' (child_age_veto)."""
        got = [(m.group(1), m.group(0)) for rx in self.child_age for m in rx.finditer(text)
               if not ctx.subject.matches(m.group(1)) and m.group(1).lower() not in self.not_names]
        if not got or self._any(self.child_age_veto, text) or self._any(self.public, text) \
                or self._any(self.public_post, text):
            return []
        if len(got) == 1 and not re.search(r"\b(?:i|i'm|im|me|my|we|our|ours|us)\b", text, re.I):
            return []
        return [(n, c) for n, c in got if first_names().is_first_name(n)]

    def _post_family(self, ctx, doc, text: str) -> dict[str, tuple[str, str, str]]:
        """Lone given names a post's own kin cue makes family: the writer names their own kin role (a child's
        or grandchild's day), an engagement said to one name, or my/our before a name with a life event."""
        from footprint.analysis.detect.detectors.family_context import given_name

        out: dict[str, tuple[str, str, str]] = {}
        lone = [n for n in _lone_names(ctx, doc, self.not_names) if not _watched(doc, n)]
        cue = self._any(self.self_kin, text)
        if cue and not self._any(self.self_kin_veto, text) and not self._any(self.public, text) and 1 <= len(lone) <= 3:
            rel = "grandchild" if re.search(r"gran|nan|pop|oma|opa|nonn", cue, re.I) else "child"
            for n in lone:
                out[n] = (rel, "role_self_kin", cue.strip())
        cue = self._any(self.engagement, text)
        if cue and not self._any(self.engagement_veto, text) and len(lone) == 1:
            out.setdefault(lone[0], ("partner", "role_engaged", cue.strip()))
        for name, cue in self._children_by_age(ctx, text):
            out.setdefault(name, ("child", "role_child_age", cue))
        cue = self._any(self.life_event, text)
        if cue:
            for sent in ctx.facts.sents:
                for t in sent.span:
                    if t.i and doc[t.i - 1].lower_ in _OWN and given_name(ctx, doc, t) and not ctx.subject.matches(t.text) \
                            and self._any(self.life_event, sent.text):
                        out.setdefault(t.text, ("family member", "role_owned_life_event", f"{doc[t.i - 1].text} {t.text} + {cue}"))
        return out


_WATCH = {"watch", "watched", "watching", "rewatched", "rewatching", "binged", "binging", "bingeing", "streamed", "streaming"}


# Round 17: the home a household "boss" rules (person_roles._home_boss).
_HOME_WORDS = re.compile(r"\b(?:kitchen|veggie\s+patch|vegie\s+patch|garden|backyard|back\s+yard|lawn|shed|laundry|lounge|"
                         r"couch|sofa|dishes|washing|bins?|house|home|bedroom|pantry|fridge|reno|renos|renovation|dog|cat|"
                         r"kids|dinner|tea|cricket|footy|telly|tv|holiday|caravan|power\s+tools)\b", re.I)
_WORK_DAY = re.compile(r"\b(?:leave|roster|shift|meeting|deadline|payslip|pay\s+rise|promotion|performance\s+review|sign(?:ed)?\s+off)\b",
                       re.I)


def _watched(doc, name: str) -> bool:
    """ "Watched Bluey with my niece": a name right after a watching word, with no verb of its own after it, is a
    show (a child watched at a game does something: "watched Hamish play")."""
    for t in doc:
        if t.text == name and t.i and doc[t.i - 1].lower_ in _WATCH:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return not (nxt is not None and nxt.tag_.startswith("VB") and nxt.tag_ != "VBN")
    return False


def _lone_names(ctx, doc, not_names: set[str]) -> list[str]:
    """Lone given names of the post that no title, owner or surname qualifies (via family_context)."""
    from footprint.analysis.detect.detectors.colleague_context import LexiconView
    from footprint.analysis.detect.detectors.family_context import FamilyContext

    global _family_context
    if _family_context is None:
        _family_context = FamilyContext(LexiconView(load_lexicon("family")))
    return [n for n, _ in _family_context.lone_names(ctx, doc) if n.lower() not in not_names]


_family_context = None


def _pets():
    from footprint.analysis.detect.detectors.relation_forms import relation_forms

    return relation_forms().pets


def _merge_first_names(hits: list[RoleHit]) -> list[RoleHit]:
    """A lone first name that is the first word of a full name in the same post is that person: one hit,
    the full name, with the stronger role."""
    full = [h for h in hits if " " in h.name and not h.name.startswith("@")]
    out = []
    for h in hits:
        owner = next((f for f in full if " " not in h.name and f.name.split()[0] == h.name), None)
        if owner is None:
            out.append(h)
        elif STRENGTH[h.category] > STRENGTH[owner.category]:
            out.append(RoleHit(owner.name, h.category, h.relation, h.pattern, h.cue, h.sentence))
    names = {h.name for h in out}
    best: dict[str, RoleHit] = {}
    for h in out:
        if h.name in best and STRENGTH[best[h.name].category] >= STRENGTH[h.category]:
            continue
        best[h.name] = h
    return [h for h in best.values() if h.name in names]


_roles: PersonRoles | None = None


def person_roles() -> PersonRoles:
    """The shared PersonRoles (its lexicon is read once)."""
    global _roles
    if _roles is None:
        _roles = PersonRoles()
    return _roles


def role_detections(detector, ctx, doc, seen: set[str]) -> list:
    """The detector's own category's people from the post's roles, past those it already named (`seen`,
    lower-cased; a name that shares a word with one seen is the same person)."""
    from footprint.analysis.detect.detectors.colleague import handle_matches_name

    out = []
    for h in person_roles().roles(ctx, doc):
        low = h.name.lower()
        if h.category != detector.CATEGORY or low in seen or low.lstrip("@") in seen or any(
                low in s.split() or s in low.split() for s in seen if s):
            continue
        if low.startswith("@") and any(handle_matches_name(low[1:], s) for s in seen if s):
            continue                                  # "Priya @priya_n": the handle is the named one's
        if detector.denied(h.sentence):
            continue                                  # the detector's own vetoes ("my colleague at the law firm")
        seen.add(low)
        d = detector.detection(ctx, value=f"{h.name} ({h.relation})", key=f"{h.category}:{h.name}",
                               confidence=CONFIDENCE[h.category], pattern=h.pattern, excerpt_text=h.sentence,
                               support=[h.cue], attrs={"relation": h.relation, "person": h.name})
        if d:
            out.append(d)
    return out


def stronger_role_names(ctx, doc) -> set[str]:
    """Lower-cased names the post gives a role stronger than a friend's (family, colleague)."""
    return {h.name.lower() for h in person_roles().roles(ctx, doc) if h.category != "associate"}


def strongest_role(detections: list) -> list:
    """A person a post names as family or a colleague is not also a friend there: drop the associate
    detections of a post whose person another detection of the same post names with a stronger role."""
    from footprint.analysis.link.linking import match_tokens, names_compatible

    strong: dict[str, list[tuple[str, ...]]] = {}
    for d in detections:
        if d.category in ("family", "colleague") and isinstance(d.attrs, dict) and d.attrs.get("person"):
            strong.setdefault(d.evidence.url, []).append(match_tokens(d))
    if not strong:
        return detections

    def weaker(d) -> bool:
        if d.category != "associate" or d.evidence.url not in strong or not isinstance(d.attrs, dict):
            return False
        toks = match_tokens(d)
        return bool(toks) and any(names_compatible(toks, s) for s in strong[d.evidence.url])

    return [d for d in detections if not weaker(d)]


def public_lone_names(ctx, doc) -> set[str]:
    """Lone names of a post about someone public ("Lunch with Anastasia? In my dreams. The Premier ..."):
    no shared act with them is the subject's."""
    roles = person_roles()
    if not roles._any(roles.public_post, doc.text):
        return set()
    return {m[0].lower() for sent in ctx.facts.sents for m in roles.mentions(ctx, doc, sent) if " " not in m[0]}


def _owner_is_subject(ctx, doc, sent, char: int) -> bool:
    """The his/her/their at character `char` stands for the subject of a page about them (subject_voice.py)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and owns_here(ctx, sent, span[0].i)


def _on_screen(text: str) -> bool:
    """Media words in the sentence: a name on a screen or a stage (relation_forms.RelationForms.on_screen)."""
    from footprint.analysis.detect.detectors.relation_forms import relation_forms
    return relation_forms().on_screen(text)
