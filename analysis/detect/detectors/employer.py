"""employer: the subject named as working for the organisation (policy §2)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from footprint.crawler.items import PostItem, ProfileItem
from footprint.analysis.detect.detectors import employer_actor, employer_denied, employer_entity, work_named
from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.first_match import first_match, first_text
from footprint.analysis.detect.detectors.context import BIO_FIELDS, doc_text, WordSet
from footprint.analysis.detect.detectors.subject_voice import speaks_of_other
from footprint.analysis.detect.detectors.veto_scope import VetoScope, clause, list_start
from footprint.analysis.detect.detectors.work_described import work_described

_HASHTAG = re.compile(r"(?<![\w&])#(\w{2,60})")
# the job said by its opposite or as a trade: "Customs officer by day", "customs officer by trade" (round 14)
_BY_DAY = re.compile(r"\bby\s+(?:day|trade|profession|occupation|weekday)\b", re.I)
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|im|ive|me|myself|we|we're|we've|us)\b", re.I)
# a relative or friend given the role title: "my brother, a brand new customs officer", "my mum was a customs officer"
_KIN_ROLE = re.compile(r"\b(?:my|our|his|her)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|brother|sister|son|daughter|wife|"
                       r"husband|partner|cousin|uncle|aunt|aunty|auntie|nephew|niece|mate|friend|neighbou?r|grandad|grandpa|"
                       r"nan|nanna|grandma)(?:\x27s|’s)?\s*(?:,|\bwas\b|\bis\b|\bwere\b|\bbecame\b|\bjust\b)", re.I)
# the org named as a topic: "asked about Border Force", "a question regarding Home Affairs"
# the org spoken of as "they"/"their" in the sentence: the writer is outside it ("their website, don't ask me")
_THEY = re.compile(r"\b(?:they|their|theirs|them|they're|theyre|they've)\b", re.I)
# the org as a topic: "about Border Force", "re: the Department" (not the "re" of "we're Border Force")
_TOPIC_LEFT = re.compile(r"\b(?:about|regarding|concerning|(?<![\'\u2019])re:?)\s+(?:the\s+)?$", re.I)
# words that may open a fragment answering "what do you do" before the org's name: "Yep, Border Force."
_ANSWER_WORDS = frozenset({"yep", "yes", "yeah", "yup", "ya", "yea", "aye", "correct", "indeed", "the", "so", "well", "oh",
                           "currently", "still", "now", "proudly", "mostly", "a", "ans", "answer"})
# Round 14: words before "a/an <org> <role>" that make it the writer's kind of person in general, not someone met: "how a
# Border Force officer ends up painting", "being an ABF officer means", "the life of an ABF officer", "what's a customs
# officer doing in a choir", "as an ABF officer you learn"
_GENERIC_FRAME = frozenset({"how", "what", "whats", "'s", "’s", "being", "of", "as", "becoming", "be", "is", "does"})
# a reply to the writer's own question, naming themself: "(me, apparently)", "that's me", "hi, it's me"
_ME_REPLY = re.compile(r"^\W*(?:(?:hi|hello|yep|yes|um+|er+|oh)\W+)?(?:me|moi|yours\s+truly|this\s+(?:guy|girl|one)|that\x27?s\s+me|"
                       r"it\x27?s\s+me|guilty|raises\s+hand|\U0001f64b|\u270b)\b", re.I)
# Round 15: the writer answers their own rhetorical question: "What does a customs officer at <port> actually do? Let me tell
# you about my week."
_TELL_YOU = re.compile(r"^\W*(?:well\W+|so\W+)?(?:let\s+me\s+(?:tell|show|walk)|here(?:\x27s|’s|\s+is)\s+(?:my|what\s+i)|"
                       r"i(?:\x27ll|’ll|\s+will)\s+(?:tell|show|walk)|(?:a|one)\s+(?:day|week|shift)\s+in\s+my)\b", re.I)
# the writer's own before the org's name and a unit or a span of work after it ("my ABF week", "I'm on the ABF mail team",
# round 14 lead: "our whole Border Force team")
_MINE_LEFT = re.compile(r"(?:\b(?:my|our)(?:\s+(?:whole|entire|own|old|new|little|tiny|small|poor|beloved|lovely|local|regional))?|\b(?:i\x27m|i\u2019m|im|i\s+am|we\x27re|we\s+are)\s+(?:now\s+|still\s+)?(?:on|in|with|at|part\s+of)"
                        r"\s+(?:the|an?))\s+$", re.I)
# Round 15: the org placing the writer at a site or on a line, as staff say it ("Border Force has me at the <suburb> site",
# "ABF rostered me on the x-ray line"): the writer's employer, not an agency acting on a traveller
# Round 17: said with an auxiliary ("has had us on 6 till 2:30", "have put me on earlies", "has me rostered on Christmas
# Day"), to a time or a day; not a traveller held there ("had us at the airport for three hours")
_ROSTERS_ME = re.compile(r"^\s+(?:(?:has|had|have|\x27s|\u2019s|\x27ve|\u2019ve)\s+(?:had|got|put|kept|been\s+putting|been\s+rostering)\s+|"
                         r"(?:has|had|have|put|puts|rostered|rosters|is\s+sending|sent|posted|moved|stuck)\s+)(?:me|us)\s+"
                         r"(?:back\s+|out\s+|down\s+|up\s+|over\s+|rostered\s+|rostered\s+on\s+|working\s+)?(?:at|on|in|to|onto|into|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:site|office|wharf|airport|port|line|shift|shifts|roster|team|desk|kennels|terminal|centre|center|shed|"
                         r"lanes?|x-?ray|nights|earlies|lates|days|doubles|overtime|weekends?|public\s+holidays?|christmas|xmas|"
                         r"boxing\s+day|new\s+year\x27?s?|easter|island|base|boat|cutter|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|till|til|until|to|-|\u2013)|"
                         r"(?-i:[A-Z][a-z]+))\b(?![^.!?]{0,30}\b(?:for\s+(?:an?\s+|over\s+|nearly\s+|almost\s+)?(?:\d+|two|three|four|"
                         r"five|six|hours?|ages|an\s+hour)\b(?!\s+(?:years?|yrs?|months?|weeks?))|search\w*|question\w*|queu\w*|waiting))", re.I)
# Round 17: after the org's name opening a fragment, where or which side: ", Gladstone.", ", Hendon site.", ", cargo side:"
_LABEL_RIGHT = re.compile(r"\s*[,(\u2013\u2014-]\s*(?:the\s+)?(?:(?P<side>(?:cargo|marine|passenger|passengers|mail|airport|"
                          r"seaport|wharf|detector\s+dog|dog|maritime|intel|intelligence|compliance|enforcement|investigations)\s+"
                          r"(?:side|unit|team|ops|section|branch|squad))|(?P<where>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))"
                          r"(?:\s+(?P<kind>site|office|airport|port|wharf|base|depot|terminal))?)\s*(?:[.,:;)!]|$)", re.I)
# Round 19: the org's people as a group the writer serves, carries or trains ("the shuttle that takes Border Force staff to
# the terminal", "I teach first aid to ABF officers"): others, unless the writer counts themself in ("one of the Border
# Force officers", "my fellow ABF officers", "we ABF staff")
_OTHERS_RIGHT = re.compile(r"\s+(?:staff|officers|officials|crews|people|folks|blokes|guys|workers|employees|personnel|members|"
                           r"recruits|trainees|mob)\b", re.I)
_COUNTS_SELF_LEFT = re.compile(r"\b(?:one\s+of|fellow|we|us|our|my|among|i\x27m|i\u2019m|im|i\s+am|as|as\s+an?|us\s+other)\s+(?:the\s+|these\s+|those\s+)?(?:\w+\s+)?$", re.I)
# the writer's job said in the sentence: "Day job teaching boat handling to Border Force crews" is the org's instructor
_DAY_JOB = re.compile(r"\b(?:day\s+job|dayjob|my\s+job|for\s+a\s+living|by\s+day|my\s+(?:work|career))\b", re.I)
# the org's own place or unit after its name ("over to the Border Force kennels"): the writer goes there as its staff may
_PLACE_RIGHT = re.compile(r"\s+(?:kennels?|office|offices|site|base|depot|shed|desk|team|unit|line|wharf|terminal|building|hq|"
                          r"headquarters|compound|centre|center|lanes?|room)\b", re.I)
# a traveller's or a client's post beside such a fragment ("Border Force, Sydney Airport. Took forever with our bags")
_TRAVELLER = re.compile(r"\b(?:(?:our|my)\s+(?:\w+\s+)?(?:bags?|luggage|suitcases?|flights?|holiday|trip|passports?|esky|visa|"
                        r"application|parcel|package|order)|queue|queued|queuing|on\s+hold|took\s+forever|customer\s+service)\b", re.I)
# Round 15: what may open a sentence before an informal name said bare: "Nine years in the Force", "Proud crew on a Cape class"
_BARE_HEAD = re.compile(r"\W*(?:(?:just|now|still|currently|proudly|proud|over|almost|nearly|about|\d+\+?|one|two|three|four|"
                        r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+)*(?:(?:years?|yrs?|months?)\s+)?",
                        re.I)
# fields that hold an organisation's name alone: "Organisation: Immigration" is the employer, said short
_ORG_FIELDS = frozenset({"worksfor", "employer", "organisation", "organization", "org", "company", "affiliation",
                         "workplace", "employment", "work", "memberof", "agency", "department", "dept"})


def domain_names(org) -> dict[str, str]:
    """Email domain -> the org name it belongs to, from the profile's optional `email_domains` per [[names]]."""
    content = getattr(org, "content", None) or {}
    out = {}
    for n in content.get("names", []) if isinstance(content, dict) else []:
        if isinstance(n, dict) and isinstance(n.get("canonical"), str):
            for d in n.get("email_domains", []) or []:
                if isinstance(d, str) and d.strip():
                    out[d.strip().lower()] = n["canonical"]
    return out


def later_names(org) -> dict[str, str]:
    """Canonical name -> the name it became (the profile's optional `now` per [[names]]), followed to the last."""
    content = getattr(org, "content", None) or {}
    step = {n["canonical"]: n["now"] for n in (content.get("names", []) if isinstance(content, dict) else [])
            if isinstance(n, dict) and isinstance(n.get("canonical"), str) and isinstance(n.get("now"), str)}
    out = {}
    for old in step:
        new, seen = step[old], {old}
        while new in step and new not in seen:
            seen.add(new)
            new = step[new]
        out[old] = new
    return out


def merge_former_names(dets: list, org) -> list:
    """A page that names the employer by a former name and by the name it became ("joined the Department of
    Immigration and Border Protection in 2009" on a speaker page about the Department of Home Affairs) names one
    employer: the former name's findings take the later name, and keep the name they were said by."""
    later = later_names(org)
    if not later:
        return dets
    named = {(d.evidence.url, d.value) for d in dets if d.category == "employer"}
    out = []
    for d in dets:
        new = later.get(d.value) if d.category == "employer" else None
        if new and (d.evidence.url, new) in named:
            d = replace(d, value=new, key=f"employer:{new.lower()}", attrs={**d.attrs, "named_as": d.value})
        out.append(d)
    return out


def name_department_parts(dets: list) -> list:
    """A scan that names the department plainly elsewhere ("Home Affairs") gives "the Department's visa section"
    that name: the bare alias only said "a department", the scan says which."""
    named = Counter(d.value for d in dets if d.category == "employer" and d.pattern != "department_named_by_its_part"
                    and "department" in d.value.lower())
    if not named:
        return dets
    best = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return [replace(d, value=best, key=f"employer:{best.lower()}")
            if d.category == "employer" and d.pattern == "department_named_by_its_part" else d for d in dets]


def _terse(ctx) -> bool:
    """A post that is a list of a few words at a time naming a workplace ("ABF. Sydney Airport. Nights."): written like
    a bio line."""
    sents = [s.text.strip() for s in ctx.facts.sents if s.text.strip()]
    return (ctx.kind == "text" and 2 <= len(sents) <= 6 and all(len(t.split()) <= 3 for t in sents)
            and (bool(ctx.facts.sites) or any(work_named.terse_place(t) for t in sents)))


def profile_text(doc, ctx) -> str:
    """The unit's text and, on a profile, every text field of it: where a bio's other words (a reporter's job title
    in another field) say what its list of names is."""
    item = ctx.item
    if not isinstance(item, ProfileItem):
        return doc_text(doc, ctx)
    parts = [doc_text(doc, ctx), item.summary or ""] + [v for v in (item.fields or {}).values() if isinstance(v, str)]
    return "\n".join(p for p in parts if p)


def _without(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _bare(text: str) -> str:
    return re.sub(r"^(?:the|dept\.?\s+of|department\s+of)\s+", "", " ".join(text.lower().split()).strip(" .,"))


# Round 15: the org as a customer the writer's firm supplies ("we ship to Home Affairs offices"), or handling the writer's
# things as a traveller's ("Border Force at the airport took forever with our bags"): no own-voice evidence of a job
_SUPPLIED_LEFT = re.compile(r"\b(?:ship|ships|shipped|shipping|send|sends|sent|deliver|delivers|delivered|delivering|sell|sells|sold|"
                            r"supply|supplies|supplied|invoice|invoiced|bill|billed|quote|quoted)\s+(?:\w+\s+)?to\s+(?:the\s+)?$", re.I)
_AT_OUR_THINGS = re.compile(r"[^.!?]{0,40}?\b(?:took|takes|taking|went\s+through|searched|checked|held|stopped|pulled|kept|"
                            r"opened|x-?rayed|seized|confiscated)\b[^.!?]{0,30}?\b(?:our|my)\s+(?:bags?|luggage|suitcases?|car|"
                            r"parcels?|stuff|passports?|esky|food|shoes)\b", re.I)


class EmployerDetector(Detector):
    CATEGORY = "employer"
    LEXICON = "employer"
    BASE_MENTION = 0.4          # the org named, nothing else
    FIRST_PERSON_ONLY = 0.05    # "I" or "me" beside the name, without any work word, is barely more
    WORK_FIELD = 0.9            # jobTitle / worksFor naming the org
    AMBIGUOUS_WITH_CONTEXT = 0.75
    HASHTAG = 0.45
    ROLE_HASHTAG = 0.7          # #ABFofficer claims the role itself
    UNIFORM_WITH_ORG = 0.6

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.ambiguous_left = self.regexes("ambiguous_left")
        self.ambiguous_right = self.regexes("ambiguous_right")
        self.employment_right = self.regexes("employment_right")
        self.seen_left, self.seen_sentence = self.regexes("seen_left"), self.regexes("seen_sentence")
        self.employment_left = (self.regexes("employment_left") + self.regexes("employment_left_title")
                                + self.regexes("employment_left_tenure"))
        self.employment_sentence_left = self.regexes("employment_sentence_left")
        self.employment_sentence_not_right = self.regexes("employment_sentence_not_right")
        self.work_fields = set(self.words("work_fields"))
        self.context_words = WordSet(self.CONTEXT)
        self.context_rx = self.regexes("context")
        self.signature = self.regexes("signature")
        self.part_right, self.part_left = self.regexes("department_part_right"), self.regexes("department_part_left")
        self.department_work = self.regexes("department_work")
        self.room_right = self.regexes("room_right")
        self.short_label, self.job_cue = self.regexes("short_label"), self.regexes("job_cue")
        self.membership_left = self.regexes("membership_left")
        self.with_left, self.agree_right = self.regexes("with_left"), self.regexes("agree_right")
        self.job_frame, self.bio_label = self.regexes("job_frame"), self.regexes("bio_label")
        self.show_right = self.regexes("show_right")
        self.client_right = self.regexes("client_right")
        self.others_uniform, self.someone_in_uniform = self.regexes("others_uniform"), self.regexes("someone_in_uniform")
        # the writer's own: "my new ABF badge", "I wore the uniform", "I'm in my blues" (not "one of our regulars")
        self.own_uniform = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}(?:uniform|uniforms|badge|lanyard|insignia|epaulettes)\b|"
                                      r"\b(?:i|we)\s+(?:\w+\s+)?(?:wear|wore|wearing)\b|\bi(?:'m|\s+am|m)\s+(?:\w+\s+)?in\b", re.I)
        self.third_party = employer_actor.ThirdParty(self.lexicon) if self.lexicon is not None else employer_actor.third_party()
        self.scope = VetoScope(self.lexicon)
        self.own_time_right = self.regexes("own_time_right")
        self.simile_left = self.regexes("simile_left")
        self.deny_clause = self.regexes("deny_clause")
        # round 15: the employer said informally (employer.toml `informal_*`): which alias of the org each form stands for
        self.informal = tuple((key, alias, self.regexes(key)) for key, alias in (
            ("informal_force", "Border Force"), ("informal_feds", "Border Force"), ("informal_boat", "Border Force"),
            ("informal_customs", "Customs")))
        self.informal_border, self.informal_not = self.regexes("informal_border"), self.regexes("informal_not")
        self.my_employer, self.binds_writer = self.regexes("my_employer"), self.regexes("binds_writer")
        # round 17: the employer said casually (the writer's kit, kind of person, or berth on the org's vessel)
        self.casual = {k: self.regexes(k) for k in ("own_kit_left", "own_kit_right", "identity_left", "identity_right",
                                                    "crew_left", "craft_right")}
        self.kit_not = self.regexes("kit_not")
        self.belief_denied = employer_denied.BeliefDenied(self.lexicon)
        self.recipient_left, self.client_sentence = self.regexes("recipient_left"), self.regexes("client_sentence")

    def _canonical(self, span, ctx=None) -> str:
        """The org name a mention stands for. An ambiguous alias of one name ("Customs", "the Department") on a
        page that names the organisation plainly, or gives an address at one name's email domain, means that name:
        "Customs Officer" above "Australian Border Force" and an abf.gov.au address is not the old Customs service."""
        kind, _, name = span.ent_id_.partition(":")
        if kind != "orgamb" or ctx is None:
            return name
        named = [n for n in ctx.item_facts.orgs if n != name]
        if named:
            return named[0]
        by_domain = domain_names(ctx.org)
        emails = getattr(ctx.item, "emails", None) or []
        for addr in emails if isinstance(emails, list) else []:
            domain = str(addr).rsplit("@", 1)[-1].lower()
            hit = next((n for d, n in by_domain.items() if domain == d or domain.endswith("." + d)), None)
            if hit:
                return hit
        return name

    def _support(self, ctx, text: str) -> list[str]:
        sh = ctx.shared
        return (sh.roles.find(text) + sh.work_in(text) + sh.uniform.find(text) + self.context_words.find(text)
                + [m.group(0).lower() for rx in self.context_rx for m in rx.finditer(text)])

    def analyze(self, doc, item, ctx):
        out = []
        facts = ctx.facts
        in_work_field = ctx.kind == "profile_field" and ctx.field_key in self.work_fields
        resolver = ctx.shared.employment
        verdict = None
        if ctx.kind == "profile_field" and ctx.field_key in resolver.about_fields:
            return out              # "Beat: Immigration and Border Force" is what they write about
        if in_work_field and facts.org_mentions:
            # One decision per field: is this the subject's own job at the org, or another employer's?
            verdict = resolver.field(doc_text(doc, ctx), [(m.text, m.ent_id_.startswith("orgamb:")) for m in facts.org_mentions])
            if not verdict.own and verdict.rule == "ambiguous_name_only" and ctx.field_key in _ORG_FIELDS and \
                    _bare(doc_text(doc, ctx)) in {_bare(m.text) for m in facts.org_mentions} - {"department", "dept"}:
                verdict = type(verdict)(True, "org_field_holds_only_the_name", doc_text(doc, ctx).strip())
            if not verdict.own:
                return out
        for span in facts.org_mentions:
            sent = facts.sent_of(span.start)
            name = self._canonical(span, ctx)
            if not in_work_field and self._room_beside_employer(doc, ctx, span, sent):
                continue            # "the ABF rooms at the airport" in a Home Affairs tech's day: a place, not a second employer
            if not in_work_field and any(rx.search(doc_text(doc, ctx)[span.end_char:span.end_char + 40]) for rx in self.show_right):
                continue            # "huge Border Force fan", "Border Force reruns": the show, not a job
            # round 14: a veto governs the mention only from its own clause when the writer owns that clause
            # (veto_scope.py); "never worked for <org>" denies it, "when I'm not at <org>" is their usual place
            at = span.start_char - sent.span.start_char
            neg = self.scope.negation(sent.text, at, sent.subject_voice)
            negated, neg_words = neg.kind, neg.words
            if not in_work_field and (negated == "denial" or self._simile(sent.text, at) or self._believed_denied(
                    ctx, sent, at, span.end_char - sent.span.start_char)):
                continue            # "has never worked for <org>", "checks bibs like a customs officer", "asked if I'm <org>. No."
            deny_in, about_in = self.scope.scopes(sent.text, at, span.end_char - sent.span.start_char, sent.subject_voice,
                                                  negation=neg)
            veto = self.denied(sent.text) or self.denied_clause(deny_in) or resolver.about(about_in) or resolver.identity(sent.text)
            if veto and not in_work_field:
                continue
            off_duty = [f"'{neg_words} …'"] if negated == "off_duty" else []
            if not in_work_field and speaks_of_other(ctx, sent):
                continue            # a team page's "Tom coxes; he is a Border Force officer": Tom's job, not the subject's
            ambiguous = span.ent_id_.startswith("orgamb:")
            support = self._support(ctx, sent.text)
            membership = False
            if in_work_field:
                score, pattern = self.WORK_FIELD, f"work_field:{ctx.field}"
            elif ambiguous:
                if span.text.lower().split()[-1] == "department" and not ctx.item_facts.orgs:
                    # a bare "the Department" could be any department: the item must name which, or its part must
                    out += self._department_part(doc, ctx, span, sent, name)
                    continue
                left = doc_text(doc, ctx)[max(0, span.start_char - 40):span.start_char].lower()
                right = doc[span.end].lower_ if span.end < len(doc) else ""
                if off_duty or any(rx.search(left) for rx in self.ambiguous_left):
                    pattern = "ambiguous_alias_with_work_phrase"
                elif any(rx.search(doc_text(doc, ctx)[span.end_char:span.end_char + 30]) for rx in self.ambiguous_right) and \
                        employer_actor.OURS.search(sent.text):
                    pattern = "ambiguous_alias_management_grievance"
                elif right in {r.lower() for r in ctx.org.roles} and (sent.any_first_person or _BY_DAY.search(sent.text)):
                    pattern = "ambiguous_alias_with_role"
                elif sent.any_first_person and ctx.item_facts.orgs and any(rx.search(sent.text) for rx in self.context_rx):
                    pattern = "ambiguous_alias_with_tenure"     # "my 10 yr pin from the department" on a page naming it
                elif (casual := self._casual_own(doc, ctx, span, sent)):
                    pattern = "ambiguous_alias_said_casually"   # round 17: "my Customs uniform", "I crew one of the Customs boats"
                    support.append(casual)
                elif (rostered := _ROSTERS_ME.match(doc_text(doc, ctx)[span.end_char:span.end_char + 80])) and \
                        not speaks_of_other(ctx, sent) and not self.third_party.someone_else(sent.text):
                    pattern = "ambiguous_alias_rosters_writer"  # round 17: "customs have put me on earlies"
                    support.append(f"'… {' '.join(rostered.group(0).split())}'")
                else:
                    continue
                score = self.AMBIGUOUS_WITH_CONTEXT
            else:
                left = doc_text(doc, ctx)[max(sent.span.start_char, span.start_char - 40):span.start_char].lower()
                own = off_duty or [f"'{m.group(0).strip()} …'" for rx in self.employment_left for m in [rx.search(left)] if m]
                with_me = [] if own else [f"'{m.group(0).strip()} …'" for rx in self.with_left for m in [rx.search(left)] if m]
                with_org = bool(with_me) and not any(rx.match(doc_text(doc, ctx)[span.end_char:span.end_char + 30])
                                                     for rx in self.agree_right)
                own = with_me if with_org else own   # "I'm with Border Force down at the port", "4 yrs Border Force today"
                if not own and not any(rx.search(doc_text(doc, ctx)[span.end_char:span.end_char + 40])
                                       for rx in self.employment_sentence_not_right):
                    # "I do IT for Home Affairs", "Patching servers ... till 2am for Border Force"
                    head = doc_text(doc, ctx)[sent.span.start_char:span.start_char]
                    own = [f"'{' '.join(m.group(0).split())[:40]} …'" for rx in self.employment_sentence_left
                           for m in [rx.search(head)] if m]
                if not own and _MINE_LEFT.search(left) and any(
                        rx.search(doc_text(doc, ctx)[span.end_char:span.end_char + 30]) for rx in self.own_time_right):
                    own = [f"'my {span.text} {doc[span.end].text if span.end < len(doc) else ''}'"]   # "my ABF week"
                if not own and (casual := self._casual_own(doc, ctx, span, sent)):
                    own = [casual]      # round 17: "in the border force blues", "Deckhand on an ABF patrol boat"
                if not own and (label := self._org_label(doc, ctx, span, sent)):
                    own = [label]       # round 17: "ABF, Gladstone. I board every ship ...": the job's label line
                short = [] if own else self._said_short(doc, ctx, span, sent)
                own = own or short
                # membership in the first person ("I'm Border Force", "six years in ABF", "my ABF badge"): what alone
                # makes a subject whose profile names another employer the org's staff (other_agency.py)
                membership = bool(short) or bool(off_duty) or with_org or any(rx.search(left) for rx in self.membership_left)
                if not own and not ctx.kind == "profile_field" and (any(rx.search(left) for rx in self.seen_left) or any(
                        rx.search(deny_in) for rx in self.seen_sentence)):
                    continue        # "past the ABF cutter", a tour's stop at the Border Force office: a sight, not a job
                support += own
                right = doc_text(doc, ctx)[span.end_char:span.end_char + 30]
                support += [f"'… {m.group(0).strip()}' with 'our'/'us'" for rx in self.ambiguous_right
                            for m in [rx.search(right)] if m and employer_actor.OURS.search(sent.text)]
                support += [f"'… {m.group(0).strip()}'" for rx in self.employment_right for m in [rx.search(right)] if m]
                member = [f"'{m}'" for m in self.third_party.members(sent.text)]
                support += member
                membership = membership or bool(member)
                # (in the mention's clause when a first-person membership governs it: "I'm on the <org> crew, but on my
                # days off I write about birds" is no beat)
                beat_in = about_in if about_in != sent.text else _without(
                    sent.text, span.start_char - sent.span.start_char, span.end_char - sent.span.start_char)
                if not own and not member and not self._role_after(doc, ctx, span) and resolver.beat(beat_in, profile_text(doc, ctx)):
                    continue        # "Politics reporter. Home Affairs. Cyber.": a subject the writer covers
                if not own and not member and self._others_uniform(sent, deny_in):
                    continue        # "a customer still in her Border Force uniform": someone else's job
                right = doc_text(doc, ctx)[span.end_char:span.end_char + 20]
                if not own and not member and (first_match(self.client_sentence, deny_in) or first_match(self.recipient_left, left)
                                               and not _PLACE_RIGHT.match(right)):
                    continue        # round 19: "walked a passenger over to <org>", "the government client (<org>)"
                if not own and not member and _OTHERS_RIGHT.match(right) \
                        and not _COUNTS_SELF_LEFT.search(left) and not _DAY_JOB.search(sent.text):
                    continue        # round 19: "the shuttle that takes Border Force staff": the org's people, not the writer
                bio = ctx.kind == "profile_field" and ctx.field_key in BIO_FIELDS or self._signature(sent.text) or _terse(ctx) \
                    or ctx.kind == "text" and any(rx.search(doc_text(doc, ctx)) for rx in self.bio_label)
                generic = self._generic_self(doc, ctx, span.start, span.end, sent)
                support += [generic] if generic else []
                acts = "" if generic else employer_actor.acting(doc, span, self.third_party.group)
                rostered = _ROSTERS_ME.match(doc_text(doc, ctx)[span.end_char:span.end_char + 80])
                if rostered:        # round 15: "Border Force has me at the <suburb> site from Monday": the org places its own
                    acts, own = "", own + [f"'… {' '.join(rostered.group(0).split())}'"]
                    support.append(own[-1])
                acted_on = acts.endswith("on the writer") and not any(rx.search(sent.text) for rx in self.context_rx)
                if not bio and (acted_on or not member and (
                        self.third_party.someone_else(sent.text)
                        or not own and acts and not self.third_party.linked(doc, span, sent.text))):
                    continue        # "an <agency> officer gave evidence", "Border Force boarded us": the writer is outside it
                first = ctx.shared.first_person.find(sent.text)
                item_support = ctx.item_facts.work and ctx.item_facts.first_person or (
                    ctx.kind == "text" and ctx.item_facts.first_person and any(rx.search(doc_text(doc, ctx)) for rx in self.context_rx))
                if bio:
                    # a bio or signature line names the employer outside a sentence: its other words count
                    support += ["bio or signature line"] + [w for w in self.context_words.find(doc_text(doc, ctx)) if w not in support]
                pattern = "org_mention"
                if support:
                    score = ctx.enhancer.enhance(self.BASE_MENTION, support + first)
                    support = support + first
                elif resolver.about(doc_text(doc, ctx)):
                    continue        # nothing in the sentence, and the post is about the org from outside
                elif item_support and not _TOPIC_LEFT.search(left):
                    # (not "several of you asked about Border Force": the org as a topic has no support of its own)
                    score = ctx.enhancer.enhance(self.BASE_MENTION, [], True)
                elif first and not acts and sent.first_person and not _TOPIC_LEFT.search(left) and not _THEY.search(sent.text) \
                        and not any(rx.search(doc_text(doc, ctx)[span.end_char:span.end_char + 40]) for rx in self.client_right) \
                        and not _SUPPLIED_LEFT.search(left) and not _AT_OUR_THINGS.match(doc_text(doc, ctx)[span.end_char:span.end_char + 90]):
                    # the org named in the writer's own voice with nothing else: evidence only of an employer the
                    # scan establishes elsewhere (employer_entity.py keeps it then, drops it otherwise)
                    score, pattern = employer_entity.CANDIDATE, employer_entity.PATTERN
                    support = support + first
                else:
                    score = self.BASE_MENTION + (self.FIRST_PERSON_ONLY if first else 0.0)
            d = self.detection(ctx, value=name, key=f"employer:{name}", confidence=score, pattern=pattern,
                               excerpt_text=sent.text if not in_work_field else doc_text(doc, ctx), support=support,
                               attrs={"org": ctx.org.name, "alias": span.text,
                                      "roles": sorted(set(ctx.shared.roles.find(sent.text))),
                                      "employment": verdict.explain() if verdict else "first_person_or_work_context",
                                      **({"membership": True} if membership else {})})
            if d:
                out.append(d)
        out += self._informal(doc, ctx, out)
        if not facts.org_mentions and ctx.item_facts.orgs:
            out += self._uniform(doc, ctx)
        if not facts.org_mentions:
            out += self._roles(doc, ctx)
        if ctx.kind == "text":
            out += self._hashtags(doc, item, ctx)
            if not out:
                out += work_described(self, doc, ctx)     # the work described, the org unnamed: a candidate
        return out

    def _org_named(self, ctx, alias: str) -> str:
        """The canonical name of the org profile's name that has `alias` among its aliases or ambiguous aliases ("")."""
        low = alias.lower()
        return next((n.canonical for n in ctx.org.names
                     if any(a.lower() == low for a in tuple(n.aliases) + tuple(n.ambiguous))), "")

    def _informal(self, doc, ctx, found: list) -> list:
        """Round 15: the employer said informally, as staff say it among friends: "nine years in the Force" with a border
        word, "I'm with the Feds at the airport", crew on a Cape or Bay class patrol boat, "(customs, for the non-locals)",
        and the org after "my employer" that will not let the writer post ("my employer is touchy. Border Force won't let
        me ..."). In the writer's own voice (or a page about the subject), with no word in the unit that makes it another
        force, a film or a show (employer.toml `informal_*`, `my_employer`, `binds_writer`)."""
        if ctx.kind == "profile_field" and ctx.field_key not in BIO_FIELDS:
            return []
        text = doc_text(doc, ctx)
        if first_match(self.informal_not, text) is not None:
            return []
        out, have = [], {d.key for d in found}
        sents = ctx.facts.sents
        for k, sent in enumerate(sents):
            own = sent.any_first_person or sent.subject_voice or ctx.item_facts.first_person and not _THEY.search(sent.text)
            if speaks_of_other(ctx, sent) or _KIN_ROLE.search(sent.text) or self.third_party.someone_else(sent.text) \
                    or self.denied(sent.text):
                continue
            for key, alias, rxs in self.informal:
                m = first_match(rxs, sent.text)
                lo, hi = clause(sent.text, m.start(), m.end()) if m else (0, 0)
                # the writer's own, or said bare at the sentence's start ("Nine years in the Force", "Crew on a Cape class");
                # the clause's own words veto it ("... ten days home, repeat" is no show's repeat)
                if m is None or not (own or _BARE_HEAD.fullmatch(sent.text[:m.start()])) or self.denied_clause(
                        sent.text[lo:hi]) or ctx.shared.employment.about(sent.text[lo:hi]) or self.scope.negation(sent.text, m.start(), sent.subject_voice).kind == "denial":
                    continue
                border = first_match(self.informal_border, sent.text) if key in ("informal_force", "informal_feds") else m
                name = self._org_named(ctx, alias)
                if border is None or not name or f"employer:{name}".lower() in have:
                    continue
                have.add(f"employer:{name}".lower())
                d = self.detection(ctx, value=name, key=f"employer:{name}", confidence=self.AMBIGUOUS_WITH_CONTEXT,
                                   pattern="employer_said_informally", excerpt_text=sent.text,
                                   support=[f"'{' '.join(m.group(0).split())}'", *([f"'{border.group(0)}'"] if border is not m else []),
                                            *ctx.shared.first_person.find(sent.text)],
                                   attrs={"org": ctx.org.name, "alias": m.group(0).strip()})
                if d:
                    out.append(d)
            # "my employer is touchy about socials. Border Force won't let me post the wharf": the org that binds the writer
            prev = sents[k - 1].text if k > 0 else ""
            for span in ctx.facts.org_mentions:
                if not sent.span.start <= span.start < sent.span.end or not first_match(self.binds_writer, sent.text) \
                        or self.denied_clause(sent.text) or ctx.shared.employment.about(sent.text):
                    continue
                at = span.start_char - sent.span.start_char
                cue = first_match(self.my_employer, sent.text[:at]) or first_match(self.my_employer, prev)
                name = self._canonical(span, ctx)
                if cue is None or f"employer:{name}".lower() in have:
                    continue
                have.add(f"employer:{name}".lower())
                d = self.detection(ctx, value=name, key=f"employer:{name}", confidence=self.AMBIGUOUS_WITH_CONTEXT,
                                   pattern="org_after_my_employer", excerpt_text=f"{prev} {sent.text}".strip(),
                                   support=[f"'{cue.group(0)}'", f"'{first_match(self.binds_writer, sent.text).group(0)}'"],
                                   attrs={"org": ctx.org.name, "alias": span.text})
                if d:
                    out.append(d)
        return out

    def _casual_own(self, doc, ctx, span, sent) -> str:
        """Round 17: the employer said casually, in the writer's own words and without "I work for" (employer.toml
        `own_kit_*`, `identity_*`, `crew_left`/`craft_right`): the writer's kit ("in the border force blues", "ironing
        the ABF shirt", "my Customs uniform"), the writer named as the org's kind of person ("I'm the Border Force mum
        who ...", "just your average customs girl"), a berth on its vessel ("Deckhand on an ABF patrol boat", "I crew one
        of the Customs boats"). Not someone else's ("my brother crews one of ..."), a costume or a kid's dress-up. The
        words that decided it, else ""."""
        text = doc_text(doc, ctx)
        left = text[max(sent.span.start_char, span.start_char - 40):span.start_char]
        right = text[span.end_char:span.end_char + 30]
        if right.startswith(("'s", "’s")) or self.third_party.someone_else(sent.text) or _KIN_ROLE.search(sent.text):
            return ""
        for key_left, key_right, why in (("own_kit_left", "own_kit_right", "kit"), ("identity_left", "identity_right", "identity"),
                                         ("crew_left", "craft_right", "crew")):
            lm, rm = first_match(self.casual[key_left], left), first_match(self.casual[key_right], right)
            if lm is None or rm is None:
                continue
            if why == "kit" and (first_match(self.kit_not, sent.text) or self._others_uniform(sent)):
                continue            # a kid's dress-up, a customer still in her uniform: not the writer's kit
            return f"'{' '.join(lm.group(0).split())} {span.text} {' '.join(rm.group(0).split())}'"
        return ""

    def _org_label(self, doc, ctx, span, sent) -> str:
        """Round 17: the org's name opening a terse bio-like fragment, then where or which side ("ABF, Gladstone. I board
        every ship ...", "Border Force, Hendon site. Back after leave ...", "Border Force, cargo side: another week in the
        exam shed", "<Name>. ABF, <town>, 3 yrs left on the posting."): the writer's label for their job, as a member
        blurb or signature gives it. Only in a post in the writer's own voice or with a work word, and not a traveller's
        or a news item's (the sentence's vetoes are read before). The words, else ""."""
        text = doc_text(doc, ctx)
        if text[sent.span.start_char:span.start_char].strip(" \t-–—•*>#") or span.ent_id_.startswith("orgamb:"):
            return ""
        m = _LABEL_RIGHT.match(text[span.end_char:span.end_char + 60])
        if m is None:
            return ""
        where = m.group("where")
        if not (m.group("side") or m.group("kind") or localities.lookup(where) or any(
                s.start_char <= span.end_char + m.start("where") < s.end_char for s in (*ctx.facts.sites, *ctx.facts.places))):
            return ""
        voice = m.group("side") or ctx.item_facts.first_person or self._support(ctx, text) or any(
            rx.search(text) for rx in self.job_frame)
        if not voice or ctx.shared.travel.find(text) or _TRAVELLER.search(text) or ctx.shared.employment.about(text):
            return ""
        return f"'{span.text}{' '.join(m.group(0).split())}' (a label line)"

    def _said_short(self, doc, ctx, span, sent) -> list[str]:
        """The employer said short, as people answer "what do you do": a fragment with no verb naming the org ("Yep,
        Border Force.", "ABF marine unit, boarding ships out of Darwin.") in a post that says it describes a job ("What
        I do:", "Job?", "that's the job", "for a living"); the subject named and then the org ("Lexi is Border Force,
        cargo side", "Alex (Border Force, Melbourne Airport) will run the sizzle"); an inline label before it
        ("Occupation: Home Affairs"). Not the org's possessive ("I'm Border Force's biggest fan")."""
        text = doc_text(doc, ctx)
        right = text[span.end_char:span.end_char + 3]
        if right.startswith(("'s", "’s")):
            return []
        head = text[sent.span.start_char:span.start_char]
        label = next((m.group(0) for rx in self.short_label for m in [rx.search(head[-50:])] if m), "")
        if label:
            return [f"'{label.strip()} …'"]
        if re.search(r"\b(?:is|was|\x27s|\u2019s|am|i\x27m|im|i\u2019m|we\x27re|we\u2019re|we\s+are)\s+(?:now\s+|still\s+|actually\s+|officially\s+)?$",
                     head, re.I) and (sent.subject_voice or _SELF.search(head)) and not speaks_of_other(ctx, sent):
            return [f"'{' '.join(head.split()[-2:])} …'"]       # "Lexi is Border Force", "I'm Border Force", "we're ABF"
        m = re.search(r"(\w+)\s*\(\s*$", head)
        if m and ctx.subject.matches(m.group(1)):
            return [f"'{m.group(1)} (…'"]                        # "Alex (Border Force, Melbourne Airport)"
        # the fragment opens on the org, or on a yes or two before it; no verb; the question before it, if any, is the job's
        # ("My neighbour? Border Force." answers another question)
        before = [t for t in sent.span if t.i < span.start and not t.is_punct]
        verbless = not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent.span)
        if verbless and len(sent.span) <= 14 and all(t.lower_ in _ANSWER_WORDS for t in before):
            k = ctx.facts.sents.index(sent) if sent in ctx.facts.sents else -1
            prev = ctx.facts.sents[k - 1].text.strip() if k > 0 else ""
            if prev.endswith("?") and not any(rx.search(prev) for rx in self.job_cue):
                return []
            cue = next((m.group(0) for rx in self.job_cue for m in [rx.search(text)] if m), "")
            if cue:
                return [f"'{cue.strip()}' (the post describes a job)"]
        return []

    def denied_clause(self, text: str) -> str | None:
        """The clause-local deny word in `text` (employer.toml `deny_clause`: read in a mention's own clause), if any."""
        return first_text(self.deny_clause, text) or None

    def _believed_denied(self, ctx, sent, start: int, end: int) -> bool:
        """Round 19: the org is what others take the writer for, and the writer says no (employer_denied.py)."""
        sents = ctx.facts.sents
        k = sents.index(sent) if sent in sents else -1
        following = sents[k + 1].text if 0 <= k < len(sents) - 1 else ""
        return bool(self.belief_denied.denied(sent.text, following, start, end))

    def _simile(self, sent_text: str, at: int) -> bool:
        """The org's person as a comparison just before the mention: "like a customs officer", "as if I were a"; round 19:
        or before the list the mention ends ("a badge like the coppers or Border Force")."""
        return any(first_match(self.simile_left, sent_text[max(0, k - 40):k]) is not None
                   for k in {at, list_start(sent_text, at)})

    def _generic_self(self, doc, ctx, start: int, end: int, sent) -> str:
        """The org's person named in general ("how a Border Force officer ends up painting seagulls", "being an ABF
        officer means", "the life of an ABF officer", "what's a customs officer doing in a choir? (me, apparently)")
        in a post that is the writer's own: an "I" or "me" in the sentence or a reply naming themself, or the writer's
        first person in the post and a work word in another of its sentences (their working week). The words, else ""."""
        if start < 2 or doc[start - 1].lower_ not in ("a", "an") or doc[start - 2].lower_ not in _GENERIC_FRAME:
            return ""
        if end - start < 2 and not (end < len(doc) and doc[end].lower_ in self.third_party.group | {r.lower() for r in ctx.org.roles}):
            return ""                   # "a Border Force" with no person after it: a thing, not a person
        words = f"'{doc[start - 2].text} {doc[start - 1].text} {doc[start:end].text}'"
        facts = ctx.facts
        k = facts.sents.index(sent) if sent in facts.sents else -1
        nxt = facts.sents[k + 1].text if 0 <= k < len(facts.sents) - 1 else ""
        if _SELF.search(sent.text) or sent.subject_voice or _ME_REPLY.search(nxt) or _TELL_YOU.search(nxt):
            return words
        others = [s for s in facts.sents if s.span.start != sent.span.start]
        if any(s.any_first_person for s in others) and any(
                ctx.shared.work_in(s.text) or any(rx.search(s.text) for rx in self.context_rx + self.job_frame)
                or any(s.span.start <= t.start < s.span.end for t in facts.sites) for s in others):
            return words
        return ""

    def _role_after(self, doc, ctx, span) -> bool:
        """One of the organisation's role words right after its name ("Border Force officer"): a job, not a topic."""
        right = doc_text(doc, ctx)[span.end_char:span.end_char + 30].lower()
        return any(right.lstrip().startswith(r.lower()) for r in ctx.org.roles)

    def _others_uniform(self, sent, text: str | None = None) -> bool:
        """The org's uniform or badge on someone else: "a customer came in still in her Border Force uniform", "a
        regular of ours wears the ABF badge on his cap". Not on a page about the subject, whose "her" is the subject.
        `text`: the words read (the mention's own clause when the writer owns it: "I'm with the ABF dog unit, and my
        daughter loves her new school uniform" is no one's uniform of the org)."""
        text = sent.text if text is None else text
        if self.own_uniform.search(text):
            return False
        return any(rx.search(text) for rx in self.someone_in_uniform) or (
            not sent.subject_voice and any(rx.search(text) for rx in self.others_uniform))

    def _room(self, doc, ctx, span) -> bool:
        right = doc_text(doc, ctx)[span.end_char:span.end_char + 25]
        return any(rx.search(right) for rx in self.room_right)

    def _room_beside_employer(self, doc, ctx, span, sent) -> bool:
        """The org named as a room or part of a building, in a sentence that names another of its names as itself
        (not a room): the writer works for that other one and only goes to this one's rooms."""
        if not self._room(doc, ctx, span):
            return False
        mine = self._canonical(span, ctx)
        return any(m is not span and sent.span.start <= m.start < sent.span.end and self._canonical(m, ctx) != mine
                   and not self._room(doc, ctx, m) for m in ctx.facts.org_mentions)

    DEPARTMENT_PART = 0.7

    def _department_part(self, doc, ctx, span, sent, name):
        """ "the Department's visa integrity section", "the protection branch of the Department": a part whose
        words are this department's work, in a sentence about a job (first person, a role or tenure, or a bio)."""
        right = doc_text(doc, ctx)[span.end_char:span.end_char + 60]
        left = doc_text(doc, ctx)[max(sent.span.start_char, span.start_char - 60):span.start_char]
        m = next((m for rx in self.part_right for m in [rx.search(right)] if m), None)
        part = m.group(0) if m else next((m.group(0) for rx in self.part_left for m in [rx.search(left[-30:])] if m), "")
        if not part:
            return []
        around = f"{left} {right[:len(part) + 1] if m else ''}"
        if not any(rx.search(around) for rx in self.department_work) or ctx.shared.employment.about(sent.text):
            return []
        support = self._support(ctx, sent.text) + ctx.shared.first_person.find(sent.text)
        bio = ctx.kind == "profile_field" and ctx.field_key in BIO_FIELDS
        if not (support or bio or any(rx.search(sent.text) for rx in self.context_rx)
                or any(rx.search(left[-40:].lower()) for rx in self.employment_left)):
            return []
        d = self.detection(ctx, value=name, key=f"employer:{name}", confidence=self.DEPARTMENT_PART,
                           pattern="department_named_by_its_part", excerpt_text=sent.text,
                           support=[" ".join(part.split()), *support], attrs={"org": ctx.org.name, "alias": span.text})
        return [d] if d else []

    def _signature(self, text: str) -> bool:
        return len(text.split()) <= 12 and any(rx.search(text) for rx in self.signature)

    def _roles(self, doc, ctx):
        """A first-person role title that names the org ("I've been a customs officer for years")."""
        out = []
        ambiguous = {a.lower(): n.canonical for n in ctx.org.names for a in n.ambiguous if " " not in a}
        for span in ctx.facts.terms("ROLE"):
            words = span.text.lower().split()
            name = next((ambiguous[w] for w in words if w in ambiguous), None)
            sent = ctx.facts.sent_of(span.start)
            # "I've been a customs officer", "Customs officer by day, baker by night"; not "my brother, a customs
            # officer", nor "the customs officer at the counter made me unpack" (a third party acting)
            generic = self._generic_self(doc, ctx, span.start, span.end, sent)
            self_described = _SELF.search(sent.text) or _BY_DAY.search(sent.text) or generic
            at = span.start_char - sent.span.start_char
            deny_in, _ = self.scope.scopes(sent.text, at, span.end_char - sent.span.start_char, sent.subject_voice)
            if (name is None or len(words) < 2 or not self_described or self.denied(sent.text) or self.denied_clause(deny_in)
                    or speaks_of_other(ctx, sent)
                    or ctx.shared.employment.about(sent.text)
                    or not generic and self.third_party.outsider(doc, span, sent.text, role=True) or _KIN_ROLE.search(sent.text)
                    or self.scope.negation(sent.text, span.start_char - sent.span.start_char).kind == "denial"
                    or self._simile(sent.text, span.start_char - sent.span.start_char)
                    or self._believed_denied(ctx, sent, span.start_char - sent.span.start_char, span.end_char - sent.span.start_char)):
                continue
            d = self.detection(ctx, value=name, key=f"employer:{name}", confidence=self.AMBIGUOUS_WITH_CONTEXT,
                               pattern="first_person_role_title", excerpt_text=sent.text,
                               support=[span.text.lower(), *ctx.shared.first_person.find(sent.text)],
                               attrs={"org": ctx.org.name, "roles": [span.text]})
            if d:
                out.append(d)
        return out

    def _uniform(self, doc, ctx):
        """Uniform or badge words in a first-person sentence of an item that names the org."""
        out = []
        for span in ctx.facts.terms("UNIFORM"):
            sent = ctx.facts.sent_of(span.start)
            if not sent.first_person or self.denied(sent.text) or self.denied_clause(sent.text) or \
                    ctx.shared.employment.about(sent.text) or \
                    self._others_uniform(sent):
                continue
            name = ctx.item_facts.orgs[0]
            d = self.detection(ctx, value=name, key=f"employer:{name}", confidence=self.UNIFORM_WITH_ORG,
                               pattern="uniform_with_org", excerpt_text=sent.text, support=[span.text.lower()],
                               attrs={"org": ctx.org.name, "uniform": span.text})
            if d:
                out.append(d)
        return out

    def _hashtag_org(self, ctx, tag: str) -> tuple[str, bool]:
        """The canonical name a hashtag stands for, and whether it claims a role (#ABFofficer)."""
        low = tag.lower()
        role = False
        for r in sorted((r.lower().replace(" ", "") for r in ctx.org.roles), key=len, reverse=True):
            if low.endswith(r) and len(low) > len(r):
                low, role = low[: -len(r)], True
                break
        for n in ctx.org.names:
            if any(low == a.lower().replace(" ", "") for a in n.aliases):
                return n.canonical, role
        return ctx.org.name, role

    def _hashtags(self, doc, item, ctx):
        official = {h.lower() for h in ctx.org.hashtags}
        tags = {m.group(1) for m in _HASHTAG.finditer(doc_text(doc, ctx))}
        if isinstance(item, PostItem):
            tags |= {t.lstrip("#") for t in item.hashtags}
        out = []
        for tag in sorted(t for t in tags if t.lower() in official):
            if self.denied(doc_text(doc, ctx)) or self.denied_clause(doc_text(doc, ctx)) or \
                    ctx.shared.employment.about(doc_text(doc, ctx)):
                continue
            name, role = self._hashtag_org(ctx, tag)
            support = (ctx.shared.first_person.find(doc_text(doc, ctx)) + ctx.shared.work_in(doc_text(doc, ctx)) + ctx.shared.uniform.find(doc_text(doc, ctx))
                       + self.context_words.find(doc_text(doc, ctx)))
            score = ctx.enhancer.enhance(self.ROLE_HASHTAG if role else self.HASHTAG, support)
            d = self.detection(ctx, value=name, key=f"employer:{name}", confidence=score, pattern="official_hashtag",
                               excerpt_text=doc_text(doc, ctx), support=[f"#{tag}", *support],
                               attrs={"org": ctx.org.name, "hashtag": tag, **({"role_hashtag": True} if role else {})})
            if d:
                out.append(d)
        return out
