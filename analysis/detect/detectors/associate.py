"""associate: a named friend or associate who is not a colleague (Introduction)."""
from __future__ import annotations

from footprint.analysis.detect.nlp import is_verb
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.colleague_context import ColleagueContext, LexiconView
from footprint.analysis.detect.detectors.family_context import FamilyContext
from footprint.analysis.detect.detectors import associate_beside, family_informal, hobby_roles
from footprint.analysis.detect.detectors.colleague import handle_matches_name
from footprint.analysis.detect.detectors.context import WordSet, doc_text
from footprint.analysis.detect.detectors.first_names import HANDLE_RX
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.detectors.lowercase_names import lower_name_at
from footprint.analysis.detect.detectors.relation_forms import form_detections, relation_forms
from footprint.analysis.detect.detectors.person_roles import public_lone_names, role_detections, stronger_role_names
from footprint.analysis.detect.detectors.subject_voice import owns_here, speaks_of_subject


_SIDE_TITLES = frozenset({"skipper", "skip", "captain", "capt", "vice-captain", "vc", "coach"})


class AssociateDetector(Detector):
    CATEGORY = "associate"
    LEXICON = "associate"
    OWNED = 0.8          # "my mate Dave"
    OPENING = 0.7        # "Housemate Tegan made a roast"
    LOOKBACK = 4

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.triggers = WordSet(self.words("triggers"))
        self.own = set(lexicon.phrases("own")) if lexicon else {"my", "our"}
        self.housemate = self.regexes("housemate")
        self.clubs = WordSet(self.words("clubs"))
        self.club_deeds = WordSet(self.words("club_deeds"))      # round 14: "<Name> kicked three" in a side's report
        self.club_side, self.coach_kids = self.regexes("club_side"), self.regexes("coach_of_children")
        self.linking_verbs = set(self.words("linking_verbs"))
        self.origin = set(self.words("origin_words"))
        self.second_person = set(self.words("second_person"))
        colleague = load_lexicon("colleague")
        self.work_people = WordSet(colleague.phrases("strong") + ("worked", "work", "shift", "double shift"))
        self.work_people_rx = colleague.regex.get("strong", ())     # "farewell drinks for Nic (...) from our section"
        people = load_lexicon("people")
        self.nick_rx = people.regex.get("nickname_named", ())
        family = load_lexicon("family")
        # people a post's context makes family or co-workers are not friends (family_context, colleague_context)
        self.family_context, self.work_context = FamilyContext(LexiconView(family)), ColleagueContext(LexiconView(colleague))
        self.family_view = LexiconView(family)
        # words before a bracketed full name that make it a relative or a rank, not a mate's nickname
        self.not_nicknames = (set(family.phrases("vocative")) | set(family.phrases("kin_titles_grandparent"))
                              | set(family.phrases("kin_titles_other")) | set(colleague.phrases("ranks"))
                              | set(self.words("not_nicknames")))

    def analyze(self, doc, item, ctx):
        out = []
        # a person a family form names ("married to my best friend Nadine") is family, not a friend
        seen: set[str] = {h.name.lower() for h in relation_forms().hits(doc, ctx) if h.form.category == "family"}
        seen |= {n.lower() for n, *_ in self.family_context.family(ctx, doc)}
        seen |= {n.lower() for n, *_ in family_informal.ex_partners(self.family_view, doc, ctx)}   # an ex, not a mate
        kin = set(seen)
        seen |= {n.lower() for n, *_ in self.work_context.at_work(ctx, doc)}
        seen |= {v.lower() for n, rank, _ in self.work_context.ranked(ctx, doc) for v in (n, f"{rank} {n}")}
        seen |= stronger_role_names(ctx, doc)         # person_roles: kin or work in any sentence naming them
        seen |= public_lone_names(ctx, doc)           # a post about a public figure names no friend by first name
        for sent in self.allowed_sents(ctx):
            for m in self.triggers.rx.finditer(sent.text):
                span = doc.char_span(sent.span.start_char + m.start(), sent.span.start_char + m.end(), alignment_mode="expand")
                if span is None:
                    continue
                if m.group(0).lower() == "coach" and any(rx.search(sent.text) for rx in self.coach_kids):
                    continue              # round 14: "Coach Mitchell had the under 9s doing drills": the child's coach
                how = self._how(doc, span, sent, ctx)
                tag = self._handle_beside(doc, span, sent)
                if how is None and tag:
                    how = "owned"                 # "@keely_rose bestie", "bestie @ren_ito": the tag is the friend
                served = self._served_for(doc, span, sent, ctx)
                if how is None and served:        # "best man duties done for @dazzaj (Darren Jellicoe)"
                    how = "owned"
                if how is None and self._childs_godparent(doc, span, sent, ctx):
                    how = "owned"                 # "happy birthday to Ivy's godmother Winsome Garrity"
                if how is None:
                    continue
                names = ctx.names_after(span.end, sent.span.end, skip_commas=how == "owned")
                if not names and served:
                    names = [served]
                by_tag = not names and bool(tag)
                names = names or ([tag] if tag else [])
                if not names and how == "owned":
                    names = self._subject_name(doc, span, sent, ctx) or self._after_origin(doc, span, sent, ctx)
                if not names and how in ("owned", "opening"):   # "my mate stevo is selling his prado": lower case
                    names = [n for n in [lower_name_at(ctx, doc, span.end, sent)] if n]
                word = m.group(0).lower()
                for name in names:
                    if name.lower() in seen:
                        continue
                    seen.add(name.lower())
                    d = self.detection(ctx, value=f"{name} ({word})", key=f"associate:{name}",
                                       confidence=self.OWNED if how == "owned" else self.OPENING,
                                       pattern=f"{word.replace(' ', '_')}_{'beside_tag' if by_tag else how}",
                                       excerpt_text=sent.text, support=[word],
                                       attrs={"relation": word, "person": name})
                    if d:
                        out.append(d)
        out += self._addressed(doc, ctx, seen)
        out += self._moved_in(doc, ctx, seen)
        out += self._forms(doc, ctx, seen)
        out += self._club(doc, ctx, seen)
        out += self._nicknamed(doc, ctx, seen)
        out += role_detections(self, ctx, doc, seen)  # a social act in any sentence naming a person
        out += associate_beside.find(self, doc, ctx, seen)     # "lexi and @bec_t (Rebecca Tan) at the lake"
        # "our director <Name>" of the play, "my skip, <Name>": work words a pastime uses make no co-worker here
        out += hobby_roles.find(self, doc, ctx, kin | {d.attrs["person"].lower() for d in out})
        out += hobby_roles.honorary_kin(self, doc, ctx, seen)   # "Uncle Sione ..., no relation": an older friend
        # a tag beside "bestie" whose owner the post also names ("@linh.t ... Linh Tran you are") is that name
        return [d for d in out if not (d.pattern.endswith("_beside_tag") and any(
            o is not d and o.attrs.get("person") and handle_matches_name(d.attrs["person"].lstrip("@"), o.attrs["person"])
            for o in out))]

    _SERVED = frozenset({"best man", "groomsman", "bridesmaid", "maid of honour", "maid of honor", "matron of honour",
                         "matron of honor", "godfather", "godmother", "godparent", "godmum", "goddad", "witness", "mc"})
    _GODPARENT = frozenset({"godfather", "godmother", "godparent", "godparents", "godmum", "goddad"})

    def _served_for(self, doc, span, sent, ctx) -> str:
        """A wedding-party or godparent role the writer served "for" someone, by handle or name a few words on
        ("Best man duties done for @dazzaj (Darren Jellicoe)", "bridesmaid for Keely Vaughn today"): that person."""
        if span.text.lower() not in self._SERVED:
            return ""
        for k in range(span.end, min(span.end + 5, sent.span.end - 1)):
            if doc[k].lower_ != "for":
                continue
            nxt = doc[k + 1]
            if HANDLE_RX.match(nxt.text):
                if k + 2 < sent.span.end and doc[k + 2].text == "(":
                    full = ctx.names_after(k + 3, sent.span.end, allow_list=False)
                    if full and " " in full[0]:
                        return full[0]
                return nxt.text
            names = ctx.names_after(k + 1, sent.span.end, allow_list=False)
            return names[0] if names and " " in names[0] else ""
        return ""

    def _childs_godparent(self, doc, span, sent, ctx) -> bool:
        """ "<Name>'s godmother": a godparent of a child the writer names by first name is the family's friend."""
        i = span.start - 1
        if span.text.lower() not in self._GODPARENT or i < sent.span.start + 1 or doc[i].lower_ not in ("'s", "’s"):
            return False
        owner = doc[i - 1]
        return owner.is_alpha and owner.is_title and owner.ent_type_ not in ("GPE", "LOC", "FAC") \
            and not ctx.subject.matches(owner.text) and not (i - 2 >= sent.span.start and ctx.is_name_token(doc[i - 2]))

    @staticmethod
    def _handle_beside(doc, span, sent) -> str:
        """An @handle right after the friend word ("bestie @ren_ito", "my bff: @tash.k") or right before it
        ("@keely_rose bestie 💕"): a tag is only ever a person's account, so the tag is the friend."""
        j = span.end
        while j < sent.span.end and doc[j].text in (",", ":", "-", "—"):
            j += 1
        if j < sent.span.end and HANDLE_RX.match(doc[j].text):
            return doc[j].text
        k = span.start - 1
        if k > sent.span.start and doc[k].text == "(":
            k -= 1                        # round 15: "cake by @tilly_bakes (bestie, made the whole thing)"
        if k >= sent.span.start and HANDLE_RX.match(doc[k].text):
            return doc[k].text
        return ""

    def _after_origin(self, doc, span, sent, ctx) -> list[str]:
        """ "my mate from rowing, Tessa Quill" / "my mate from Coogee SLSC Jonno Reid": the name after where the
        friend comes from, at the first comma or the first given name within a few words."""
        j = span.end
        if j >= sent.span.end or doc[j].lower_ not in self.origin:
            return []
        names = relation_forms().names
        for k in range(j + 1, min(j + 7, sent.span.end)):
            tok = doc[k]
            if tok.text == ",":
                return ctx.names_after(k + 1, sent.span.end, allow_list=False)
            if ctx.is_name_token(tok) and names.is_first_name(tok.text):
                return ctx.names_after(k, sent.span.end, allow_list=False)
            if is_verb(tok) and tok.tag_ != "VBG" or tok.lower_ in self.own:
                break
        return []

    def _addressed(self, doc, ctx, seen: set[str]) -> list:
        """A full name spoken to ("Kerry Jennings you legend", "@tomo_h Tom Haddad you owe me a beer") in a post
        that calls someone a friend or tags that person's handle: the subject knows them. A name spoken to
        with neither ("@abcnews Leigh Sales you were brilliant") is a public figure's."""
        out = []
        forms = relation_forms()
        handles = [t.text.lstrip("@") for t in doc if HANDLE_RX.match(t.text)]
        friendly = bool(self.triggers.find(doc_text(doc, ctx)))
        for sent in self.allowed_sents(ctx):
            if ctx.facts.work or forms.media.search(sent.text) or forms.pets.search(sent.text):
                continue
            got = self._spoken_to(doc, sent, ctx)
            if got is None:
                continue
            parts, toks = got
            name = " ".join(parts)
            surname = parts[-1].lower()
            tagged = any(handle_matches_name(h, name) or (len(surname) >= 4 and surname in h.lower()) for h in handles)
            if not (tagged or friendly and forms.names.is_first_name(parts[0])) or name.lower() in seen \
                    or ctx.subject.matches(name):
                continue                      # the handle vouches for a name the gazetteer lacks ("@linh.t Linh Tran")
            seen.add(name.lower())
            d = self.detection(ctx, value=f"{name} (friend)", key=f"associate:{name}", confidence=self.OPENING,
                               pattern="addressed_full_name", excerpt_text=sent.text,
                               support=[f"{name} {toks[0].text}".lower()], attrs={"relation": "friend", "person": name})
            if d:
                out.append(d)
        return out

    def _spoken_to(self, doc, sent, ctx):
        """A full name (2-3 proper-noun name words) opening the sentence or standing after a handle or a dash,
        then (after an optional comma) a word of address: (name words, [address word])."""
        start, end = sent.span.start, sent.span.end
        for i in range(start, end):
            prev = doc[i - 1] if i > start else None
            if prev is not None and not (prev.is_punct or HANDLE_RX.match(prev.text)) or not ctx.is_name_token(doc[i]):
                continue
            j, parts = i, []
            while j < end and len(parts) < 3 and ctx.is_name_token(doc[j]) and doc[j].tag_ in ("NNP", "NNPS"):
                parts.append(doc[j].text)
                j += 1
            if j < end and doc[j].text == ",":
                j += 1
            if len(parts) >= 2 and j < end and doc[j].lower_ in self.second_person:
                return parts, [doc[j]]
        return None

    def _subject_name(self, doc, span, sent, ctx) -> list[str]:
        """ "Dave is my oldest mate" / "Rob Tait, Robbo to everyone, has been my mate": the name opening the
        sentence, when a linking verb ("is", "has been") stands just before "my ... mate"."""
        i = span.start - 1
        while i > sent.span.start and doc[i].lower_ not in self.own:
            i -= 1
        if i - 1 < sent.span.start or doc[i - 1].lower_ not in self.linking_verbs:
            return []
        first = next((t for t in sent.span if not t.is_punct and not t.is_space), None)
        if first is None or not ctx.is_name_token(first) or first.tag_ not in ("NNP", "NNPS"):
            return []
        names = ctx.names_after(first.i, i - 1, allow_list=False)
        return [n for n in names[:1] if n.split()[0] == first.text and not ctx.subject.matches(n)]

    def _club(self, doc, ctx, seen: set[str]):
        """Given names in a sentence about a club or group pastime the subject takes part in (not work, not a
        screen, not a pet): fellow members of the choir, the yacht club, the surf club's nippers."""
        out = []
        forms = relation_forms()
        for sent in self.allowed_sents(ctx):
            clubs = self.clubs.find(sent.text)
            deeds = self.club_deeds.find(sent.text)
            deeds = deeds if deeds and any(rx.search(doc_text(doc, ctx)) for rx in self.club_side) else []
            clubs = clubs or deeds       # round 14: "<Name> kicked three" in a report on the subject's side
            if not clubs or ctx.facts.work or forms.media.search(sent.text) or ctx.item_facts.orgs:
                continue                 # a crew of the subject's employer is the colleague detector's
            pets = bool(forms.pets.search(sent.text))     # a dog has no surname: only a lone name may be the pet
            first = next((t for t in sent.span if not t.is_punct and not t.is_space), None)
            full = first is not None and first.i + 1 < sent.span.end and ctx.is_name_token(doc[first.i + 1]) \
                and doc[first.i + 1].text[:1].isupper()   # round 12: a club report's "<Full Name> set the pace"
            if first is not None and not deeds and not sent.first_person and not speaks_of_subject(ctx, sent) and (
                    first.lower_ in ("he", "she", "they") or (
                    ctx.is_name_token(first) and forms.names.is_first_name(first.text) and not full)):
                continue                 # "Jenny went sailing with Mark at the yacht club": someone else's outing
            i = sent.span.start
            opening = first.i + 1 if first is not None else i      # the opening word and the name run it starts
            titled = first is not None and bool(deeds) and first.lower_ in _SIDE_TITLES
            while not titled and opening < sent.span.end and first is not None and ctx.is_name_token(first) \
                    and ctx.is_name_token(doc[opening]) and doc[opening].tag_ in ("NNP", "NNPS"):
                opening += 1                 # "Colm Brady from the choir ...": not "Brady" alone
            # round 14: "Skipper <Full Name> won the toss": the side's title opens the sentence, the name is the member's
            if deeds and not titled and first is not None and forms.names.is_first_name(first.text):
                opening = first.i        # round 14: "<Name> kicked four": the deed's doer opens the report
            if full and opening - first.i >= 2 and forms.names.is_first_name(first.text) \
                    and any(t.tag_ == "VBD" for t in sent.span) and not any(t.tag_ == "VBZ" for t in sent.span):
                opening = first.i            # round 12: a club report's deed, "<Full Name> and her kelpie took out the
                # novice ribbon"; "<Full Name> lives in <suburb> and keeps the club books" describes a member's life
            while i < sent.span.end:
                tok = doc[i]
                if not (ctx.is_name_token(tok) and tok.tag_ in ("NNP", "NNPS") and not first.i <= tok.i < opening) or (
                        i - 2 >= sent.span.start and doc[i - 1].text == "(" and ctx.is_name_token(doc[i - 2])):
                    i += 1               # "Benedict Amos (Benny)": the bracket is his nickname, not a second person
                    continue
                got = forms._given_names(doc, i, sent.span.end, ctx, thanks=False)
                j = i + 1
                while j < sent.span.end and (ctx.is_name_token(doc[j]) or doc[j].lower_ in (",", "and", "&")):
                    j += 1
                i = j
                for name in got:
                    if name.lower() in seen or name.startswith("@") or pets and " " not in name:
                        continue
                    seen.add(name.lower())
                    d = self.detection(ctx, value=f"{name} (friend)", key=f"associate:{name}", confidence=self.OPENING,
                                       pattern="form_club_member", excerpt_text=sent.text, support=[clubs[0]],
                                       attrs={"relation": "friend", "person": name})
                    if d:
                        out.append(d)
        return out

    def _nicknamed(self, doc, ctx, seen: set[str]):
        """ "Chook (Craig Tremayne) reckons he can out-fish me", "Stumpy (Greg Hollis) finally fixed the
        outboard": a nickname glossed with the full name, in a post about the subject's own life (no work, no
        screen, no pet), is someone the subject knows by that nickname: a mate. A title or a kin word before the
        bracket ("Mum (Colleen Hayes)", "Sarge Robbo (Rob Tillman)") is the family's or the colleague's."""
        out = []
        forms = relation_forms()
        if ctx.facts.work or ctx.item_facts.orgs:
            return out
        for sent in self.allowed_sents(ctx):
            if forms.media.search(sent.text) or self.work_people.search(sent.text) or \
                    any(rx.search(sent.text) for rx in self.work_people_rx):
                continue                  # "a double with Benno (Ben Arkell), best 2IC in the state": a colleague
            for rx in self.nick_rx:
                for m in rx.finditer(sent.text):
                    nick, name = m.group("nick"), f"{m.group('first')} {m.group('last')}"
                    if name.islower():            # round 15: "jacko (jack ambrose) talked me into it": all lower case
                        name = name.title()
                    rest = sent.text[:m.start()] + sent.text[m.end("nick"):]     # "Chook (Craig ...)" is no hen
                    if forms.pets.search(rest) or nick.lower() in self.not_nicknames or not forms.names.is_first_name(name.split()[0]) \
                            or ctx.subject.matches(name) or name.lower() in seen:
                        continue
                    seen.add(name.lower())
                    d = self.detection(ctx, value=f"{name} (friend)", key=f"associate:{name}", confidence=self.OPENING,
                                       pattern="nickname_glossed", excerpt_text=sent.text, support=[f"{nick} ({name})".lower()],
                                       attrs={"relation": "friend", "person": name})
                    if d:
                        out.append(d)
        return out

    def _forms(self, doc, ctx, seen: set[str]):
        """Friends named by what was done with them: "beers with Tommo and Rick", "thanks @jess for the lift"."""
        return form_detections(self, doc, ctx, seen)

    def _moved_in(self, doc, ctx, seen: set[str]):
        """A named person moving into the subject's home: a housemate."""
        out = []
        for sent in self.allowed_sents(ctx):
            for rx in self.housemate:
                for m in rx.finditer(sent.text):
                    start = sent.span.start_char + m.start(1)
                    span = doc.char_span(start, start + len(m.group(1)), alignment_mode="contract")
                    if span is None or not all(ctx.is_name_token(t) for t in span):
                        continue
                    name = span.text
                    if ctx.subject.matches(name) or name.lower() in seen:
                        continue
                    seen.add(name.lower())
                    d = self.detection(ctx, value=f"{name} (housemate)", key=f"associate:{name}", confidence=self.OWNED,
                                       pattern="moved_in_housemate", excerpt_text=sent.text,
                                       support=[m.group(0)[len(m.group(1)):].strip().lower()[:40]],
                                       attrs={"relation": "housemate", "person": name})
                    if d:
                        out.append(d)
        return out

    def _how(self, doc, span, sent, ctx):
        i, steps = span.start - 1, 0
        while i >= sent.span.start and steps < self.LOOKBACK:
            low = doc[i].lower_
            if low in ("'s", "’s") and span.text.lower() not in self._SERVED:
                return None               # "Alex's teammate Josh": only a wedding party's role is read this way
            if low in self.own or owns_here(ctx, sent, i):      # "Alex ... with her teammate Sophie": the subject's
                return "owned"
            if low in ("a", "the", "of", "an", "his", "her", "their", "your", "'s", "’s") \
                    or is_verb(doc[i]) and doc[i].tag_ != "VBG":       # "my sister's mate Jonah": not the subject's
                return None               # "my birding companion Odette": a pastime's -ing word is the friend's kind
            i -= 1
            steps += 1
        first = next(t for t in sent.span if not t.is_punct)
        if span.start == first.i and span.end < len(doc) and doc[span.end].text != "," and (
                span.text[:1].isupper() or ctx.is_name_token(doc[span.end]) or lower_name_at(ctx, doc, span.end, sent)):
            return "opening"              # "Housemate Tegan ...", and lower-case "housemate callum has ..."
        return None
