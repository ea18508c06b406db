"""personal_contact: a personal email, number, messaging handle or dating profile (Introduction; §1)."""
from __future__ import annotations

import re

from footprint.crawler.items import PostItem, ProfileItem

from footprint.analysis.detect.detectors import contacts
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.context import doc_text, WordSet
from footprint.analysis.detect.detectors.official_contact import TEXT_FIELDS, doc_emails, doc_phones, labelled_use, listed_phone_is_work, phone_use

_APP = {"insta": "instagram", "ig": "instagram", "snap": "snapchat", "sc": "snapchat",
        # round 15 (second pass): a messenger's field named with its id or its long name
        "kakaotalk": "kakao", "kakaoid": "kakao", "kakaotalkid": "kakao", "wechatid": "wechat", "weixin": "wechat",
        "lineid": "line"}
# a plain word after an app's name is a handle only when labelled as one: "insta: kitfinch", "@kitfinch",
# "username is kitfinch", or "my snap is kitfinch" (not "discord is down", "my signal dropped out")
_LABELLED = re.compile(r"[:@>=\u2192\U0001F449]|\b(?:handle|username|user\s*name|name|id)\s+is\b|,\s*it", re.I)
_APPS = r"(?:whatsapp|signal|telegram|kik|snapchat|snap|insta(?:gram)?|wickr|threema|viber|wechat|discord)"
_MY_APP = re.compile(rf"\bmy\s+{_APPS}\s+(?:is\b|@)|\b(?:(?:add|find|hit|msg|message|dm|ping)\s+me(?:\s+up)?|hmu)\s+(?:on|via)\s+"
                     rf"{_APPS}\s+@?\w", re.I)


class PersonalContactDetector(Detector):
    CATEGORY = "personal_contact"
    LEXICON = "contact"
    EMAIL = 0.85
    MOBILE_WITH_CONTEXT = 0.8
    NUMBER_NO_CONTEXT = 0.55
    FIELD = 0.85

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        p = self.words
        self.work_words, self.personal_words = WordSet(p("work_phone")), WordSet(p("personal_phone"))
        self.generic_words = WordSet(p("generic_phone"))
        self.roles = set(p("role_mailboxes"))
        self.messaging_fields = set(p("messaging_fields"))
        self.phone_fields, self.email_fields = set(p("phone_fields")), set(p("email_fields"))
        self.work_fields = set(p("work_fields"))
        self.weak_words, self.off_work = WordSet(p("weak_personal_phone")), WordSet(p("off_work_phone"))

    def _email_ok(self, ctx, addr: str) -> bool:
        local = addr.split("@", 1)[0]
        return not ctx.org.is_official_email(addr) and local not in self.roles

    def analyze(self, doc, item, ctx):
        out = []
        structured = ctx.kind == "profile_field" and ctx.field_key not in TEXT_FIELDS
        if structured and ctx.field_key in self.work_fields:
            return out
        for f in doc_emails(ctx):
            if f.obfuscated and not ctx.org.is_official_email(f.value) and " at " in f.raw.lower():
                continue        # "me at home dot com" is too loose outside official domains
            if self._email_ok(ctx, f.value):
                out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.EMAIL,
                                          pattern="personal_email", excerpt_text=ctx.facts.sent_at_char(f.start).text,
                                          attrs={"email": f.value}))
        for f in doc_phones(ctx):
            use, words = phone_use(ctx, f, self.work_words, self.personal_words, self.work_fields,
                                   self.generic_words, self.weak_words, self.off_work)
            if use != "personal":
                continue
            score = self.FIELD if structured else (self.MOBILE_WITH_CONTEXT if words else self.NUMBER_NO_CONTEXT)
            out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=score,
                                      pattern="mobile_number" if f.mobile else "phone_number",
                                      excerpt_text=ctx.facts.sent_at_char(f.start).text if not structured else doc_text(doc, ctx),
                                      support=words, attrs={"phone": f.key}))
        if structured and ctx.field_key in self.messaging_fields and doc_text(doc, ctx).strip():
            app = _APP.get(ctx.field_key, ctx.field_key)
            handle = doc_text(doc, ctx).strip().lstrip("@").split()[0]
            out.append(self.detection(ctx, value=f"{app.title()} {handle}", key=f"contact:{app}:{handle}",
                                      confidence=self.FIELD, pattern="messaging_field", excerpt_text=doc_text(doc, ctx),
                                      attrs={"app": app, "handle": handle}))
        out += self._patterns(doc, ctx)
        return [d for d in out if d]

    def _patterns(self, doc, ctx):
        out = []
        for sent in ctx.facts.sents:
            denied = self.denied(sent.text)     # "DMs closed": no direct messages, yet a handle beside it is a way in
            for p in self.patterns_for(sent.text):
                if denied and p.id == "dm_me":
                    continue
                for m in p.regex.finditer(sent.text):
                    if p.id == "matrix_id":
                        handle = f"@{m.group(1)}:{m.group(2)}"
                        value, key, attrs = f"Matrix {handle}", f"contact:matrix:{handle.lower()}", {"app": "matrix",
                                                                                                   "handle": handle}
                    elif p.id == "messaging_handle":
                        app = _APP.get(m.group(1).lower(), m.group(1).lower())
                        handle = m.group(2).rstrip(".")
                        if not any(c.isalpha() for c in handle) or handle.lower() in ("me", "the", "for", "from", "on", "is"):
                            continue
                        if handle.isalpha() and not _LABELLED.search(m.group(0)) and not _MY_APP.search(sent.text):
                            continue    # "discord is down again", "my signal dropped out": a plain word, no handle label
                        value, key, attrs = f"{app.title()} @{handle}", f"contact:{app}:{handle}", {"app": app, "handle": handle}
                    elif p.id == "dating_site":
                        site = " ".join(m.group(1).split())
                        value, key, attrs = f"dating profile ({site})", f"contact:dating:{site}", {"dating_site": site}
                    else:
                        value, key, attrs = p.value, p.key, {}
                    out.append(self.detection(ctx, value=value, key=key, confidence=p.confidence, pattern=p.id,
                                              excerpt_text=sent.text, support=[m.group(0).lower()], attrs=attrs))
        return out

    def analyze_item(self, item, ctx):
        out = []
        if isinstance(item, ProfileItem):
            for addr in item.emails:
                f = contacts.emails(addr)
                if f and self._email_ok(ctx, f[0].value):
                    out.append(self.detection(ctx, value=f[0].value, key=f"contact:{f[0].key}", confidence=self.FIELD,
                                              pattern="profile_email", excerpt_text=f"email: {addr}", kind="profile_field",
                                              attrs={"email": f[0].value}))
            said = ctx.item_facts.works_for_org or bool(listed_phone_is_work(item, self.lexicon))
            for raw in item.phones:
                label = labelled_use(raw, self.work_words, self.personal_words, self.off_work)
                if label == "work" or said and label != "personal":
                    continue            # the work number: its own label says so, the profile works for the org or calls it work
                f = contacts.phone_value(raw)
                if f:
                    out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.FIELD,
                                              pattern="profile_phone", excerpt_text=f"telephone: {raw}", kind="profile_field",
                                              attrs={"phone": f.key}))
        elif isinstance(item, PostItem) and item.author_email:
            f = contacts.emails(item.author_email)
            if f and self._email_ok(ctx, f[0].value):
                out.append(self.detection(ctx, value=f[0].value, key=f"contact:{f[0].key}", confidence=self.EMAIL,
                                          pattern="author_email", excerpt_text=f"author: {item.author_email}",
                                          kind="post_metadata", attrs={"email": f[0].value}))
        return [d for d in out if d]
