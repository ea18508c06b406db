"""corporate_identifier: an account registered with, or showing, an official email or user ID (§2)."""
from __future__ import annotations

import re

from footprint.crawler.items import PostItem, ProfileItem

from footprint.analysis.detect.detectors import contacts
from footprint.analysis.detect.detectors.registered_unseen import named_org, names_org, unseen_address
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.official_contact import TEXT_FIELDS, VERIFIED_BADGE_RX, doc_emails, is_account, registration
from footprint.analysis.detect.detectors.context import doc_text


# "my staff ID is TB40918", "old staff number CM40217", "AGS no. 123456": the word says it is a staff
# identifier; the org's user_id_patterns then decide whether the token is shaped like one.
_STAFF_ID = re.compile(r"\b(?:(?:staff|employee|service|badge|AGS|user|payroll)\s*(?:number|no\.?|id|#|num|name)|"
                       r"(?:work|network|system|computer)\s+(?:login|log-in|logon|username|user\s+name)|"
                       r"(?:my\s+)?(?:login|logon)\s+at\s+work)\b"
                       r"\s*(?:is|was|:|=|-)?\s*([A-Za-z]{0,3}\d{4,8}|[a-z]{3}\d{3})\b", re.I)


# Round 10: words that say the number is the writer's own staff number, whatever its shape ("staff ID 7734219",
# "emp no. 4410932", "employee number: 00418827", "AGS 1234567"): an org's user-ID shape is then not needed. A badge,
# user or service number still needs it ("service number 1300 ..." is a phone line). Not a student's, member's or
# customer's number, and not a phone number going on ("staff no. 02 6264 ...").
_STAFF_NUMBER = re.compile(r"(?<!\bstudent\s)(?<!\bcustomer\s)(?<!\bmember\s)\b(?:staff|employee|emp|AGS|payroll|personnel|"
                           r"APS|public\s+service)\s*(?:number|no\.?|num|id|#|n[o°]\.?)?\s*(?:'s|is|was|:|=|-|#)?\s*"
                           r"(?P<token>[A-Za-z]{0,3}\d{4,10})\b(?![ \t]?\d)", re.I)
_STAFF_WORD_REQUIRED = re.compile(r"^(?:AGS|APS|public\s+service)\s*\d|(?:number|no\.?|num|id|#|n[o°]\.?)", re.I)


class CorporateIdentifierDetector(Detector):
    CATEGORY = "corporate_identifier"
    LEXICON = "contact"      # its `registration` regexes: "signed up with my work email ..."
    ACCOUNT_EMAIL = 0.95     # the account's own email/contact field
    USER_ID = 0.75           # a handle shaped like a staff ID
    STAFF_ID_IN_TEXT = 0.85  # "my staff number CM40217"
    REGISTERED_EMAIL = 0.9   # "signed up for the forum with my work email x@abf.gov.au"

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.PATTERNS, self.DENY = (), ()       # the contact lexicon's patterns are personal-contact rules

    def analyze(self, doc, item, ctx):
        if ctx.kind != "profile_field" or ctx.field_key in TEXT_FIELDS:
            return self._staff_ids(doc, ctx) + self._registered(ctx) + self._registered_unseen(ctx) + self._verified_badge(doc, ctx)
        out = []
        for f in doc_emails(ctx):
            if ctx.org.is_official_email(f.value):
                out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.ACCOUNT_EMAIL,
                                          pattern="official_email_in_profile_field", excerpt_text=doc_text(doc, ctx),
                                          support=[f.value.rsplit("@", 1)[1]], attrs={"email": f.value}))
        return [d for d in out if d]

    def analyze_item(self, item, ctx):
        out = []
        if isinstance(item, ProfileItem):
            for addr in (item.emails if is_account(item) else ()):    # a web page's address is official_contact's
                for f in contacts.emails(addr)[:1]:
                    if ctx.org.is_official_email(f.value):
                        out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.ACCOUNT_EMAIL,
                                                  pattern="account_email", excerpt_text=f"email: {addr}", kind="profile_field",
                                                  support=[f.value.rsplit("@", 1)[1]], attrs={"email": f.value}))
            handle = item.handle.strip().lstrip("@").split("@", 1)[0]
            for rx in ctx.org.user_id_patterns:
                if handle and rx.search(handle):
                    out.append(self.detection(ctx, value=handle, key=f"userid:{handle}", confidence=self.USER_ID,
                                              pattern=f"user_id_pattern:{rx.pattern}", excerpt_text=f"handle: {item.handle}",
                                              kind="profile_field", attrs={"user_id": handle}))
                    break
        elif isinstance(item, PostItem) and item.author_email:
            for f in contacts.emails(item.author_email)[:1]:
                if ctx.org.is_official_email(f.value):
                    out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.ACCOUNT_EMAIL,
                                              pattern="author_email", excerpt_text=f"author: {item.author_email}",
                                              kind="post_metadata", attrs={"email": f.value}))
        return [d for d in out if d]

    def _registered(self, ctx):
        """An official address written beside the words that say it opened or signs in to an account."""
        out = []
        for f in doc_emails(ctx):
            words = ctx.org.is_official_email(f.value) and registration(ctx, self.lexicon, f.start)
            if words:
                out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.REGISTERED_EMAIL,
                                          pattern="official_email_registered", support=[words, f.value.rsplit("@", 1)[1]],
                                          excerpt_text=ctx.facts.sent_at_char(f.start).text, attrs={"email": f.value}))
        return [d for d in out if d]

    REGISTERED_UNSEEN = 0.8  # "signed up here with my work email back in the day": the address not shown

    def _registered_unseen(self, ctx):
        """An account the writer says was opened or signs in with their official address, the address not shown
        (registered_unseen.py). One finding per item: the account's own address, whatever it is."""
        if doc_emails(ctx) or self.lexicon is None:
            return []
        regs = self.lexicon.regex.get("registration", ())
        for sent in ctx.facts.sents:
            if not sent.first_person or sent.subject_voice and not ctx.item_facts.first_person:
                continue
            hit = unseen_address(sent.text, ctx.org, regs, third_person=sent.subject_voice)
            if hit:
                named = named_org(hit[0], ctx.org)
                d = self.detection(ctx, value="official email (not shown)", key="contact:official email",
                                   confidence=self.REGISTERED_UNSEEN, pattern="official_email_registered_unseen",
                                   excerpt_text=sent.text, support=[hit[1], hit[0]],
                                   attrs={"address_shown": False, "needs_employer": not named,
                                          **({"employer_named": named} if named else {})})
                return [d] if d else []
        return []

    VERIFIED_BADGE = 0.85    # "✓ Work email verified (@abf.gov.au)": the account checked against an official address

    def _verified_badge(self, doc, ctx):
        """A badge saying the account's work address was verified, with the org's domain (the address not shown)."""
        if doc_emails(ctx):
            return []           # a full address is read by the rules above
        text = doc_text(doc, ctx)
        for m in VERIFIED_BADGE_RX.finditer(text):
            domain = (m.group("d1") or m.group("d2")).lower().rstrip(".")
            if not ctx.org.is_official_email(f"x@{domain}"):
                continue
            d = self.detection(ctx, value=f"official email (not shown; verified @{domain})", key="contact:official email",
                               confidence=self.VERIFIED_BADGE, pattern="work_email_verified_badge",
                               excerpt_text=ctx.facts.sent_at_char(m.start()).text,
                               support=[" ".join(m.group(0).lower().split()), domain],
                               attrs={"address_shown": False, "domain": domain})
            return [d] if d else []
        return []

    def _staff_ids(self, doc, ctx):
        """A staff identifier written out in a post or bio, when it has the org's user-ID shape, or when the words
        before it say it is the writer's staff or employee number."""
        out, seen = [], set()
        text = doc_text(doc, ctx)
        for m in _STAFF_NUMBER.finditer(text):
            token = m.group("token")
            said = m.group(0)[:m.start("token") - m.start()]
            if not _STAFF_WORD_REQUIRED.search(said) or token in seen:
                continue            # "staff 2019" is a year beside a word; "staff ID 7734219" is a number
            seen.add(token)
            sent = ctx.facts.sent_at_char(m.start())
            out.append(self.detection(ctx, value=token, key=f"userid:{token}", confidence=self.STAFF_ID_IN_TEXT,
                                      pattern="staff_number_in_text", excerpt_text=sent.text,
                                      support=[" ".join(said.lower().split())], attrs={"user_id": token}))
        for m in _STAFF_ID.finditer(text):
            token = m.group(1)
            if token in seen or not any(rx.search(token) for rx in ctx.org.user_id_patterns):
                continue
            sent = ctx.facts.sent_at_char(m.start())
            out.append(self.detection(ctx, value=token, key=f"userid:{token}", confidence=self.STAFF_ID_IN_TEXT,
                                      pattern="staff_id_in_text", excerpt_text=sent.text, support=[m.group(0).lower()],
                                      attrs={"user_id": token}))
        return [d for d in out if d]
