"""official_contact: an official email address or work phone number published (§5)."""
from __future__ import annotations

from . import contacts
from .base import Detector
from .context import WordSet

TEXT_FIELDS = {"summary", "bio", "note", "description", "about", "name", "headline"}


def doc_emails(ctx):
    return ctx.facts.memo("emails", lambda: contacts.emails(ctx.facts.doc.text))


def doc_phones(ctx):
    return ctx.facts.memo("phones", lambda: contacts.phones(ctx.facts.doc.text))


def phone_use(ctx, found, work_words: WordSet, personal_words: WordSet, work_fields: set[str]) -> tuple[str | None, list[str]]:
    """'work', 'personal' or None for a number, with the words that decided it."""
    if ctx.kind == "profile_field" and ctx.field_key not in TEXT_FIELDS:
        return ("work", [ctx.field or ""]) if ctx.field_key in work_fields else ("personal", [ctx.field or ""])
    sent = ctx.facts.sent_at_char(found.start)
    work = work_words.find(sent.text)
    if work:
        return "work", work
    personal = personal_words.find(sent.text) + ctx.shared.first_person.find(sent.text)
    if personal or found.mobile:
        return "personal", personal
    return None, []


class OfficialContactDetector(Detector):
    CATEGORY = "official_contact"
    LEXICON = "contact"
    OFFICIAL_EMAIL = 0.95
    WORK_PHONE = 0.85

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        p = lexicon.phrases if lexicon else (lambda _: ())
        self.work_words, self.personal_words = WordSet(p("work_phone")), WordSet(p("personal_phone"))
        self.work_fields = set(p("work_fields"))
        self.PATTERNS = ()      # the lexicon's patterns are personal-contact rules

    def analyze(self, doc, item, ctx):
        out = []
        structured = ctx.kind == "profile_field" and ctx.field_key not in TEXT_FIELDS
        for f in doc_emails(ctx):
            if structured or not ctx.org.is_official_email(f.value):
                continue
            sent = ctx.facts.sent_at_char(f.start)
            d = self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.OFFICIAL_EMAIL,
                               pattern="official_email_obfuscated" if f.obfuscated else "official_email",
                               excerpt_text=sent.text, support=[f.value.rsplit("@", 1)[1]], attrs={"email": f.value})
            if d:
                out.append(d)
        for f in doc_phones(ctx):
            use, words = phone_use(ctx, f, self.work_words, self.personal_words, self.work_fields)
            if use != "work":
                continue
            sent = ctx.facts.sent_at_char(f.start)
            d = self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.WORK_PHONE,
                               pattern="work_phone", excerpt_text=sent.text if not structured else doc.text,
                               support=words, attrs={"phone": f.key})
            if d:
                out.append(d)
        return out
