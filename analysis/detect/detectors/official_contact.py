"""official_contact: an official email address or work phone number published (§5)."""
from __future__ import annotations

import re
from dataclasses import replace

from footprint.crawler.items import PostItem, ProfileItem

from footprint.analysis.detect.detectors import contacts
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.context import doc_text, WordSet

TEXT_FIELDS = {"summary", "bio", "note", "description", "about", "name", "headline"}


def doc_emails(ctx):
    return ctx.facts.memo("emails", lambda: contacts.emails(ctx.facts.text))


def doc_phones(ctx):
    return ctx.facts.memo("phones", lambda: contacts.phones(ctx.facts.text))


# A work word right after one of these means "not at work": "reach me outside work", "after hours".
_NEGATED_WORK = re.compile(r"\b(?:outside(?:\s+of)?|after|not\s+(?:for|at)?|non|away\s+from|out\s+of)\s*-?\s*$", re.I)


def _cues(words: WordSet, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in words.rx.finditer(text)]


# Items from these platforms are accounts: a profile there that shows an official address is a
# corporate identifier (§2). Any other profile is a web page about the person (a speaker, club or
# staff page, a blog's h-card): an official address on it is published contact detail (§5).
ACCOUNT_PLATFORMS = {"activitypub", "bluesky", "feed", "facebook", "instagram", "twitter", "linkedin", "strava"}


# Round 15 (second pass): a site's badge that the account's work address was checked, with the address's domain only
# ("✓ Work email verified (@abf.gov.au)", "Verified work email: @homeaffairs.gov.au"): the account is tied to an official
# address though the address is not shown. The domain must be the org's; a badge naming no domain or another's says nothing.
# Round 17: the domain also in brackets without the "@" ("Work email verified (abf.gov.au)").
VERIFIED_BADGE_RX = re.compile(r"\b(?:work|company|employer|corporate|workplace|job)\s+e-?mail\s+(?:address\s+)?(?:verified|confirmed)\b"
                             r"[^\n@(]{0,12}?(?:@|\(\s*@?)(?P<d1>[a-z0-9-]+(?:\.[a-z0-9-]+)+)|\bverified\s+(?:work|company|employer|corporate|workplace)"
                             r"\s+e-?mail\b[^\n@(]{0,12}?(?:@|\(\s*@?)(?P<d2>[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)


def verified_domain(text: str) -> str:
    """The domain of a verified-work-email badge in the text, or ""."""
    m = VERIFIED_BADGE_RX.search(text or "")
    return (m.group("d1") or m.group("d2")).lower().rstrip(".") if m else ""


def is_account(item) -> bool:
    """Whether a ProfileItem is the person's account on a platform, not a web page about them: a social account, or
    a page whose own badge says its work address was verified (a dating or marketplace profile: "✓ Work email
    verified (abf.gov.au)"), so its address is the one the account was registered with."""
    if getattr(item, "platform", "") in ACCOUNT_PLATFORMS:
        return True
    texts = [getattr(item, "summary", "") or "", *(f"{k} {v}" for k, v in (getattr(item, "fields", None) or {}).items())]
    return any(verified_domain(t) for t in texts)


def registration(ctx, lexicon, start: int) -> str:
    """The words that say an official address at `start` registered an account ("signed up with"), or ""."""
    sent = ctx.facts.sent_at_char(start).text
    for rx in lexicon.regex.get("registration", ()) if lexicon is not None else ():
        m = rx.search(sent)
        if m:
            return m.group(0).lower()
    return ""


def _desk_line(ctx, found, personal: list[tuple[int, int, str]], weak: WordSet | None, off_work: WordSet | None,
               text: str) -> list[str]:
    """A fixed line offered with only a "ring me" in a post about work is the desk phone: the work words it has."""
    if weak is None or found.mobile or not (ctx.item_facts.work or ctx.item_facts.orgs):
        return []
    if any(not weak.search(w) for _, _, w in personal) or (off_work and off_work.search(text)):
        return []
    words = ctx.shared.work_in(ctx.facts.text) or list(ctx.item_facts.orgs)
    return words or ["post about work"]


_DIGITS = re.compile(r"[\d()+\-.\s]{6,}")


def labelled_use(raw: str, work_words: WordSet, personal_words: WordSet, off_work: WordSet | None = None) -> str | None:
    """What a number's own label says it is: "0491 570 156 (work mobile)" in an h-card tel or a profile field is
    'work', "(home)" or "(private)" is 'personal', a bare number None (the field or profile decides)."""
    label = _DIGITS.sub(" ", raw or "").strip()
    if not label:
        return None
    for s, _e, _w in _cues(work_words, label):
        if not _NEGATED_WORK.search(label[max(0, s - 14):s]):
            return "work"
    if personal_words.find(label) or (off_work is not None and off_work.find(label)):
        return "personal"
    return None


def phone_use(ctx, found, work_words: WordSet, personal_words: WordSet, work_fields: set[str],
              generic_words: WordSet | None = None, weak_words: WordSet | None = None,
              off_work: WordSet | None = None) -> tuple[str | None, list[str]]:
    """'work', 'personal' or None for a number, with the words that decided it.

    A structured field decides by its name, or by the profile it sits on: a plain "telephone"
    on a profile whose worksFor/jobTitle names the organisation is the work number. In text,
    explicit cues on both sides ("my mobile", "text me" / "work phone", "(work)") are weighed by
    their distance from the number and the nearest wins; a negated work word ("outside work") is
    a personal cue. Without explicit cues a work word makes it work; "phone", "I/my" or a mobile
    number make it personal.
    """
    if ctx.kind == "profile_field" and ctx.field_key not in TEXT_FIELDS:
        # the field's own name is its label too: "fixtures (work mob, text only)", "desk (weekdays)", "ph (work)"
        label = labelled_use(f"{ctx.field or ''} {ctx.facts.text}", work_words, personal_words, off_work)
        if label:
            return label, [ctx.field or "", "label on the number"]
        if ctx.field_key in work_fields or ctx.item_facts.works_for_org:
            return "work", [ctx.field or ""]
        return "personal", [ctx.field or ""]
    sent = ctx.facts.sent_at_char(found.start)
    text = sent.text
    start, end = found.start - sent.span.start_char, found.end - sent.span.start_char
    work, personal = [], _cues(personal_words, text)
    for s, e, w in _cues(work_words, text):
        (personal if _NEGATED_WORK.search(text[max(0, s - 14):s]) else work).append((s, e, w))
    if work and personal:
        dist = lambda c: start - c[1] if c[1] <= start else max(0, c[0] - end)  # noqa: E731
        near_work, near_personal = min(work, key=dist), min(personal, key=dist)
        if dist(near_work) <= dist(near_personal):
            return "work", [near_work[2]]
        return "personal", [near_personal[2]]
    if work:
        return "work", [w for _, _, w in work]
    desk = _desk_line(ctx, found, personal, weak_words, off_work, text)
    if desk:
        return "work", desk
    cues = [w for _, _, w in personal] + (generic_words.find(text) if generic_words else [])
    cues += ctx.shared.first_person.find(text)
    if cues or found.mobile:
        return "personal", cues
    return None, []


_SENTENCES = re.compile(r"[^.!?\n]+")


def listed_phone_is_work(item, lexicon) -> list[str]:
    """The words of a profile's text that say its listed telephone is a work number ("The number listed here is
    Alex's work mobile"), in a sentence that gives no number itself and says nothing personal; else []."""
    if lexicon is None or not isinstance(item, ProfileItem) or not item.phones:
        return []
    return says_listed_work_phone([item.summary or ""] + [v for v in (item.fields or {}).values() if isinstance(v, str)],
                                  lexicon)


def says_listed_work_phone(texts, lexicon) -> list[str]:
    """`listed_phone_is_work` for any texts: the work-phone words of their first sentence that calls a listed number
    (not given in it) a work one."""
    work, nouns = WordSet(lexicon.phrases("listed_work_phone")), WordSet(lexicon.phrases("listed_phone_nouns"))
    personal = WordSet(lexicon.phrases("personal_phone"))
    for text in texts:
        for m in _SENTENCES.finditer(text):
            sent = m.group(0)
            cues = work.find(sent)
            if cues and nouns.search(sent) and not personal.search(sent) and not _NEGATED_WORK.search(sent) \
                    and not contacts.phones(sent) and not re.search(r"\bnot\b", sent, re.I):
                return cues
    return []


class OfficialContactDetector(Detector):
    CATEGORY = "official_contact"
    LEXICON = "contact"
    OFFICIAL_EMAIL = 0.95
    WORK_PHONE = 0.85

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        p = self.words
        self.work_words, self.personal_words = WordSet(p("work_phone")), WordSet(p("personal_phone"))
        self.generic_words = WordSet(p("generic_phone"))
        self.work_fields = set(p("work_fields"))
        self.weak_words, self.off_work = WordSet(p("weak_personal_phone")), WordSet(p("off_work_phone"))
        self.PATTERNS = ()      # the lexicon's patterns are personal-contact rules

    def analyze(self, doc, item, ctx):
        out = []
        structured = ctx.kind == "profile_field" and ctx.field_key not in TEXT_FIELDS
        for f in doc_emails(ctx):
            if structured or not ctx.org.is_official_email(f.value) or registration(ctx, self.lexicon, f.start):
                continue            # an address that registered an account is a corporate identifier
            sent = ctx.facts.sent_at_char(f.start)
            d = self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.OFFICIAL_EMAIL,
                               pattern="official_email_obfuscated" if f.obfuscated else "official_email",
                               excerpt_text=sent.text, support=[f.value.rsplit("@", 1)[1]], attrs={"email": f.value})
            if d:
                out.append(d)
        for f in doc_phones(ctx):
            use, words = phone_use(ctx, f, self.work_words, self.personal_words, self.work_fields,
                                   self.generic_words, self.weak_words, self.off_work)
            if use != "work":
                continue
            sent = ctx.facts.sent_at_char(f.start)
            d = self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.WORK_PHONE,
                               pattern="work_phone", excerpt_text=sent.text if not structured else doc_text(doc, ctx),
                               support=words, attrs={"phone": f.key})
            if d:
                out.append(d)
        return out

    def analyze_item(self, item, ctx):
        """A web page's official email, and a profile's own telephone when the profile says it works for
        the organisation, its text calls the listed number a work one, or the number's own label says work
        ("0491 570 156 (work mobile)"). (An account's own official email is a corporate identifier, not counted here.)"""
        if not isinstance(item, ProfileItem):
            return []
        said = [] if ctx.item_facts.works_for_org else listed_phone_is_work(item, self.lexicon)
        out = []
        for addr in (() if is_account(item) else item.emails):
            for f in contacts.emails(addr)[:1]:
                if ctx.org.is_official_email(f.value):
                    out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.OFFICIAL_EMAIL,
                                              pattern="official_email_on_page", excerpt_text=f"email: {addr}",
                                              kind="profile_field", support=[f.value.rsplit("@", 1)[1]],
                                              attrs={"email": f.value}))
        for raw in item.phones:
            label = labelled_use(raw, self.work_words, self.personal_words, self.off_work)
            if not (label == "work" or (ctx.item_facts.works_for_org or said) and label != "personal"):
                continue            # "0491 570 156 (work mobile)": the number's own label says work
            f = contacts.phone_value(raw)
            if f:
                why = "labelled work" if label == "work" else "worksFor" if ctx.item_facts.works_for_org else ""
                out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.WORK_PHONE,
                                          pattern="work_profile_phone" if why else "work_profile_phone_said",
                                          excerpt_text=f"telephone: {raw}", kind="profile_field",
                                          support=[why] if why else said, attrs={"phone": f.key}))
        return [d for d in out if d]


_OFFER_WORDS: dict[int, tuple] = {}


def _offer_words(lexicon) -> tuple:
    """The word sets `offered_personally` reads, compiled once per lexicon."""
    key = id(lexicon)
    if key not in _OFFER_WORDS:
        _OFFER_WORDS[key] = (lexicon, *(WordSet(lexicon.phrases(n)) for n in (
            "community_page", "offered_phone", "listed_phone_refs", "listed_phone_nouns", "work_phone")))
    return _OFFER_WORDS[key][1:]


def offered_personally(text: str, phones: list[str], lexicon) -> list[str]:
    """The words of a page's text that offer its listed number for something other than work: a page about a club,
    church or group ("contact Dave on 0491 570 156 for the study group", "text him on the mobile above") with a
    sentence giving the number (or pointing at it) to reach the person, and no work word in that sentence; else []."""
    community, offer, refs, nouns, work = _offer_words(lexicon)
    found = community.find(text)
    if not found:
        return []
    listed = {f.key for raw in phones for f in contacts.phones(raw)}
    for m in _SENTENCES.finditer(text):
        sent = m.group(0)
        gives = any(f.key in listed for f in contacts.phones(sent)) or (refs.search(sent) and nouns.search(sent))
        if gives and offer.search(sent) and not work.search(sent):
            return [found[0], *offer.find(sent)[:1]]
    return []


def relist_page_phones(dets: list, items: list, lexicon) -> list:
    """A profile page's telephone (schema.org "telephone") that the same page's text calls a work number ("the
    mobile listed above is his work phone"): the profile's personal_contact sightings of it become official_contact.
    And the other way: a page about a club or church that offers the number for that (`offered_personally`) makes
    a number the page's worksFor alone called official a personal one.
    The page's text is a post item at the profile's address (crawler/adapters/html.py)."""
    if lexicon is None:
        return dets
    profiles = {it.url: it for it in items if isinstance(it, ProfileItem) and it.phones}
    said, offered = {}, {}
    for it in profiles.values():        # a Person page's own description: "Dave leads our study group: ring him on ..."
        why = [] if is_account(it) else offered_personally(it.summary or "", it.phones, lexicon)
        if why and not says_listed_work_phone([it.summary or ""], lexicon):
            offered[it.url] = why
    for it in items:
        if isinstance(it, PostItem) and it.url in profiles and it.url not in said:
            cues = says_listed_work_phone([it.text or ""], lexicon)
            if cues:
                said[it.url] = cues
            elif it.url not in offered and not is_account(profiles[it.url]):
                why = offered_personally(it.text or "", profiles[it.url].phones, lexicon)
                if why:
                    offered[it.url] = why
    if not said and not offered:
        return dets
    out = []
    for d in dets:
        if d.category == "personal_contact" and d.pattern == "profile_phone" and d.evidence.url in said:
            d = replace(d, category="official_contact", pattern="work_profile_phone_said_on_page",
                        support=[*said[d.evidence.url]], confidence=max(d.confidence, OfficialContactDetector.WORK_PHONE))
        elif d.category == "official_contact" and d.pattern == "work_profile_phone" and d.support == ["worksFor"] and \
                d.evidence.url in offered:
            d = replace(d, category="personal_contact", pattern="profile_phone_offered_on_page",
                        support=[*offered[d.evidence.url]], attrs={**d.attrs, "resolved_from": "official_contact"})
        out.append(d)
    return out
