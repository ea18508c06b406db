"""work_location: a current work site or posting, named (§5 identifying current work locations)."""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.context import WordSet

# Someone else is the subject of the sentence ("one of them is in Villawood now"): the place is theirs.
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|im|ive|we|we're|we've|me|us)\b", re.I)
_BARE = re.compile(r"\s*(?:(?:just|finally|recently|officially|got|get|getting|been|being|have|has|was|were|am|"
                   r"and|then|so|now|after|all|that)\s+)*", re.I)
_OTHERS = re.compile(r"\b(?:he|she|they|them|his|her|their|one\s+of\s+(?:them|the\s+\w+))\b", re.I)


class WorkLocationDetector(Detector):
    CATEGORY = "work_location"
    LEXICON = "work_location"
    USES_SCAN_CONTEXT = True
    SITE_BASE = 0.35          # an org site named, nothing else
    POSTING = 0.8             # "posted to Christmas Island"
    FIELD = 0.85              # JSON-LD workLocation
    WORK_AT = 0.7             # "I work in Belconnen", "rostered at Kilburn" (dropped from non-staff scans)

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.context_words = WordSet(self.CONTEXT)
        self.posting = self.regexes("posting")
        self.others = self.regexes("others_posting")
        self.work_at = self.regexes("work_at")
        self.signature = self.regexes("signature")
        self.fields = set(self.words("location_fields"))      # lexicon words are lower-cased on load

    def _signature_place(self, span, sent, facts) -> bool:
        """A place in a short signature line that also names the org ("-- Robbo | ABF | Fremantle")."""
        row_text = sent.text.strip().splitlines()[-1] if sent.text.strip() else ""
        return (len(row_text.split()) <= 12 and any(rx.search(row_text) for rx in self.signature)
                and any(sent.span.start <= m.start < sent.span.end for m in facts.org_mentions))

    def _site_name(self, span) -> str:
        return span.ent_id_.split(":", 1)[1]

    def analyze(self, doc, item, ctx):
        out = []
        facts = ctx.facts
        if ctx.kind == "profile_field" and ctx.field_key in self.fields:
            spans = facts.sites + facts.places
            name = self._site_name(spans[0]) if spans and spans[0].ent_id_.startswith("site:") else doc.text.strip()
            return [d for d in [self.detection(ctx, value=name, key=f"place:{name}", confidence=self.FIELD,
                                               pattern="work_location_field", excerpt_text=doc.text,
                                               attrs={"place": name})] if d]
        for span in facts.sites:
            sent = facts.sent_of(span.start)
            if self.denied(sent.text) or ctx.shared.employment.about(sent.text):
                continue            # a client visit, a TV episode, "not Border Force": someone else's work there
            support = self.context_words.find(sent.text) + ctx.shared.work_in(sent.text)
            org_here = any(sent.span.start <= m.start < sent.span.end for m in facts.org_mentions)
            if org_here:
                support.append("org named")
            # The item names the org in the first person, or the scan says the subject works there and this
            # is not a trip ("Container exams all week at Port Botany" from an officer; not "flying through").
            item_support = (bool(ctx.item_facts.orgs) and ctx.item_facts.first_person) or (
                ctx.scan_employed is True and not ctx.shared.travel.search(sent.text)
                and not _OTHERS.search(sent.text))
            if not support and ctx.shared.employment.about(doc.text):
                continue            # nothing in the sentence, and the post is about the org from outside
            score = ctx.enhancer.enhance(self.SITE_BASE, support, item_support)
            name = self._site_name(span)
            kind = next((s.kind for s in ctx.org.sites if s.name == name), "")
            d = self.detection(ctx, value=name, key=f"place:{name}", confidence=score, pattern="org_site_with_work_context",
                               excerpt_text=sent.text, support=support, attrs={"place": name, "site_kind": kind})
            if d:
                out.append(d)
        for span in facts.places:
            left = doc.text[max(0, span.start_char - 40):span.start_char].lower()
            m = next((m for rx in self.posting for m in [rx.search(left)] if m), None)
            pattern, score = "posting_to_place", self.POSTING
            sent = facts.sent_of(span.start)
            if m is None and ctx.scan_employed is not False and self._signature_place(span, sent, facts):
                row = ctx.places.get(span.ent_id_, {})
                name = span.ent_id_.split(":", 1)[1] if span.ent_id_ else span.text
                d = self.detection(ctx, value=name, key=f"place:{name}", confidence=self.WORK_AT,
                                   pattern="work_at_place_signature", excerpt_text=sent.text,
                                   support=["signature line naming the org"], attrs={"place": name, "state": row.get("state", "")})
                if d:
                    out.append(d)
                continue
            if m is None and ctx.scan_employed is not False:
                # "I work in Belconnen", "rostered at Kilburn": where the subject works, when nothing in the
                # scan says they are not staff (extract.py drops it from scans that never tie them to the org)
                sent_left = doc.text[max(sent.span.start_char, span.start_char - 40):span.start_char].lower()
                w = next((w for rx in self.work_at for w in [rx.search(sent_left)] if w), None)
                row = ctx.places.get(span.ent_id_, {})
                if (w is None or row.get("kind") in ("state", "territory", "country") or self.denied(sent.text)
                        or ctx.shared.employment.about(sent.text)):
                    continue
                name = span.ent_id_.split(":", 1)[1] if span.ent_id_ else span.text
                d = self.detection(ctx, value=name, key=f"place:{name}", confidence=self.WORK_AT,
                                   pattern="work_at_place", excerpt_text=sent.text, support=[w.group(0).strip()],
                                   attrs={"place": name, "state": row.get("state", "")})
                if d:
                    out.append(d)
                continue
            if m is None or any(rx.search(left[:m.start()]) for rx in self.others):
                continue            # "my mates who got posted to Sydney" is their posting, not the subject's
            sent_start = max(0, sent.span.start_char - (span.start_char - len(left)))
            before = left[sent_start:m.start()]
            if not (_SELF.search(before) or _BARE.fullmatch(before)):
                continue            # the one posted must be "I"/"we", or left out ("Got posted to Melbourne")
            if self.denied(sent.text):
                continue
            row = ctx.places.get(span.ent_id_, {})
            name = span.ent_id_.split(":", 1)[1] if span.ent_id_ else span.text
            d = self.detection(ctx, value=name, key=f"place:{name}", confidence=score, pattern=pattern,
                               excerpt_text=sent.text, support=[left.split()[-2] if len(left.split()) > 1 else left.strip()],
                               attrs={"place": name, "state": row.get("state", "")})
            if d:
                out.append(d)
        return out
