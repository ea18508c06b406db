"""corporate_identifier: an account registered with, or showing, an official email or user ID (§2)."""
from __future__ import annotations

from crawler.items import PostItem, ProfileItem

from . import contacts
from .base import Detector
from .official_contact import TEXT_FIELDS, doc_emails


class CorporateIdentifierDetector(Detector):
    CATEGORY = "corporate_identifier"
    ACCOUNT_EMAIL = 0.95     # the account's own email/contact field
    USER_ID = 0.75           # a handle shaped like a staff ID

    def analyze(self, doc, item, ctx):
        if ctx.kind != "profile_field" or ctx.field_key in TEXT_FIELDS:
            return []
        out = []
        for f in doc_emails(ctx):
            if ctx.org.is_official_email(f.value):
                out.append(self.detection(ctx, value=f.value, key=f"contact:{f.key}", confidence=self.ACCOUNT_EMAIL,
                                          pattern="official_email_in_profile_field", excerpt_text=doc.text,
                                          support=[f.value.rsplit("@", 1)[1]], attrs={"email": f.value}))
        return [d for d in out if d]

    def analyze_item(self, item, ctx):
        out = []
        if isinstance(item, ProfileItem):
            for addr in item.emails:
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
