"""Direct quotations: which quoted text is a statement (not a title, name or scare quote), its cue and its speaker;
inscriptions ("Auf dem Transparent war „…“ zu lesen") and colon quotations.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.nlp.quotes_grammar import CLAUSE_BREAKS, COMMA_OR_DASHES, RELATIVE_PRONOUNS, Found
from lagebild.nlp.quotes_lexicon import CueVerb
from lagebild.nlp.quotes_speakers import SpeakerRules
from lagebild.types import Speaker

# where an inscription is written ("auf dem Plakat", "an der Wand", "in der Zeitung") and the adverbs that point
# to such a place ("Darauf waren die Worte zu lesen"); see attribute_inscriptions
_INSCRIPTION_PREPOSITIONS = frozenset({"auf", "an", "am", "in", "im"})

_INSCRIPTION_ADVERBS = frozenset({"darauf", "daran", "darin", "drauf", "dran"})

# what joins the items of a list of quotations ("„A“, „B“ oder „C“"); unlike COORDINATORS (clauses) it has the
# comma and "sowie" but no contrasting "aber"/"sondern"
LIST_JOINERS = frozenset({",", "und", "oder", "sowie"})


class DirectQuoteRules(SpeakerRules):
    """Decide whether quoted text is a statement and who it belongs to."""

    def attribute_inscriptions(self, found: list[Found], sents: list[tuple[int, int]]) -> None:
        """A quotation written somewhere ("Auf dem Transparent war die Parole „…“ zu lesen", "ein Zettel, auf dem
        geschrieben stand: „…“") has the place or document it is written on as its source, not a person named
        before: a direct quotation whose sentence has an inscription predicate (inscription_predicates.txt) takes
        the "auf/an/in X" phrase or "darauf" of that sentence, unless its sentence names its own speaker."""
        if not self.lex.inscription_predicates:
            return
        doc = self.doc
        si = 0
        for f in sorted(found, key=lambda f: f.start):  # found is in rule order; the sentence scan needs text order
            if f.kind != "direct":
                continue
            while si < len(sents) and doc[sents[si][1] - 1].idx < f.start:
                si += 1
            if si == len(sents):
                break
            ss, se = sents[si]
            mention = f.speaker.mention
            if mention is not None and doc[ss].idx <= mention.start < doc[se - 1].idx + len(doc[se - 1].text):
                continue  # the sentence names who wrote or showed it
            qs = next((k for k in range(ss, se) if doc[k].idx >= f.start), se)
            qe = next((k for k in range(qs, se) if doc[k].idx >= f.end), se)
            source = self.inscription_source(ss, se, qs, qe, sents[si - 1] if si else None)
            if source is not None:
                f.speaker = source

    def inscription_source(self, ss: int, se: int, qs: int, qe: int,
                           previous: tuple[int, int] | None = None) -> Speaker | None:
        """The place phrase of an inscription sentence ``ss..se`` around the quotation ``qs..qe``: the nearest
        "auf/an/in X" (or "darauf") before the quotation, else after it; for a relative clause ("ein Zettel, auf
        dem geschrieben stand") the noun phrase the relative pronoun refers to; for "dort" the first place phrase
        of the ``previous`` sentence ("Auf ihrer Homepage fanden sich Videos. Auch das Motiv fand sich dort: „…“").
        None when the sentence has no inscription predicate or no such phrase."""
        doc = self.doc
        outside = [k for k in range(ss, se) if self.in_pair[k] < 0 and self.is_wordlike(doc[k])]
        words = [doc[k].lower_ for k in outside]
        if not any(tuple(words[i:i + len(p)]) == p for p in self.lex.inscription_predicates
                   for i in range(len(words) - len(p) + 1)):
            return None
        for k in [*range(qs - 1, ss - 1, -1), *range(qe, se)]:
            if self.in_pair[k] >= 0:
                continue
            low = doc[k].lower_
            if low in _INSCRIPTION_ADVERBS:
                return Speaker(self.token_span(k), None, doc[k].text)
            if low == "dort" and previous is not None:
                ps, pe = previous
                for p in range(ps, pe - 1):
                    if doc[p].lower_ in _INSCRIPTION_PREPOSITIONS and self.in_pair[p] < 0:
                        span = self.np_from(p + 1, pe)
                        if span is not None and self.is_noun(doc[span[1] - 1]):
                            return self.make_speaker(span)
                return None
            if low not in _INSCRIPTION_PREPOSITIONS or k + 1 >= se:
                continue
            if doc[k + 1].lower_ in RELATIVE_PRONOUNS | {"dem", "denen"} and k > ss and doc[k - 1].text == ",":
                # "ein Zettel kleben, auf dem …": the nearest noun before the comma is what the pronoun refers to
                t = next((x for x in range(k - 2, max(ss - 1, k - 14), -1) if self.is_noun(doc[x])
                          and self.in_pair[x] < 0), None)
                if t is None:
                    return None
                b = t
                while b > ss and (self.is_modifier(doc[b - 1]) or doc[b - 1].lower_ in self.lex.determiners):
                    b -= 1
                return self.make_speaker(self.np_from(b, t + 1))
            span = self.np_from(k + 1, qs if k < qs else se)
            if span is not None and self.is_noun(doc[span[1] - 1]):
                return self.make_speaker(span)
        return None

    def names_document(self, span: tuple[int, int]) -> bool:
        """A phrase naming a text that can be the source of a report ("Der Untersuchungsbericht", "die Studie":
        document_nouns.txt), though no one who speaks (``is_agentive``)."""
        return any(t.text.lower().endswith(self.lex.document_nouns) for t in self.doc[span[0]:span[1]])

    def colon_quote_speaker(self, statement: Found, ss: int, colon: int) -> Speaker:
        """The speaker of a quotation after a colon that closes a reported clause: the statement's speaker, unless
        that "speaker" is the speech-act noun itself ("X wandte sich gegen die Behauptung, … werde …: „…“", "Das
        Angebot, … zu lassen, lehnt er ab: „…“"): the noun names a claim, the clause's subject says the quotation."""
        mention, cue = statement.speaker.mention, statement.cue
        if mention is None or cue is None or not (mention.start <= cue.start and cue.end <= mention.end):
            return statement.speaker
        subject = self.speaking_subject(ss, colon)
        if subject is None or not self.is_agentive(subject):
            return statement.speaker
        return self.make_speaker(subject)

    def names_something(self, first: int, last_tok: int, ss: int, se: int) -> bool:
        """A quoted span that is a name, title or translation rather than a statement: in brackets
        ("Jobbik („Bewegung für ein besseres Ungarn“)"), before its abbreviation ("„Öffentliche Dienste, Transport
        und Verkehr“ (ÖTV)"), or one item of a list of quoted titles ("„A“, „B“ oder „C“")."""
        doc = self.doc
        inner = next((t for t in doc[first:last_tok + 1] if self.is_wordlike(t)), None)
        if first > ss and doc[first - 1].text == "(" and inner is not None and inner.text[:1].isupper():
            return True  # a quoted fragment of speech in brackets starts in lower case ("(„ab einem Einkommen …“)")
        if last_tok + 3 < se and doc[last_tok + 1].text == "(" and doc[last_tok + 3].text == ")" and \
                doc[last_tok + 2].text.isupper():
            return True
        if self.quotes_a_sentence(first, last_tok):
            return False  # "„Wir zählen auf euch“ und „Wir werden siegen“": listed statements, not listed titles
        pi = self.in_pair[first]
        before = first - 2 >= ss and doc[first - 1].lower_ in LIST_JOINERS and self.in_pair[first - 2] not in (-1, pi)
        after = last_tok + 2 < se and doc[last_tok + 1].lower_ in LIST_JOINERS and \
            self.in_pair[last_tok + 2] not in (-1, pi)
        return before or after

    def listed_after_name(self, first: int, ss: int, used_pairs: set[int], sent_found: list[Found]) -> bool:
        """The quotation at ``first`` is a later item of a list ("„A“, „B“ oder „C“") whose item before it was
        already judged a name or title (seen, but not taken as a quotation): coordinated items share their role, so
        this one names something too, even when it reads like a clause ("„Jeder stirbt für sich allein“")."""
        doc = self.doc
        if first - 2 < ss or doc[first - 1].lower_ not in LIST_JOINERS:
            return False
        before = self.in_pair[first - 2]
        if before < 0 or before == self.in_pair[first] or before not in used_pairs:
            return False
        start = self.pairs[before][0]
        return not any(f.start <= start < f.end for f in sent_found)

    def quotes_a_sentence(self, first: int, last_tok: int) -> bool:
        """The quoted span from token first to last_tok is a clause of its own (a lower-case finite verb and at
        least five words), as statements are; names and titles in a list are mostly verbless noun phrases. Only
        lower-case verbs count: a capitalised word the tagger calls a verb is mostly a noun of a title
        („Geschichte der Gastronomie im Park“)."""
        inside = self.doc[first:last_tok + 1]
        return sum(1 for t in inside if self.is_wordlike(t)) >= 5 and \
            any(t.text[:1].islower() and self.is_finite_verb(t) for t in inside)

    def covers_to_end(self, cs: int, se: int) -> bool:
        """The clause from cs is one quotation up to the sentence end (then it is direct speech)."""
        pi = self.in_pair[cs]
        rest = [t for t in self.doc[cs:se] if self.in_pair[t.i] != pi and not t.is_punct]
        return not rest

    def quoted_clause(self, first: int, last_tok: int, cue_idx: int, ss: int) -> tuple[int, int] | None:
        """Where the reported sentence starts when a quotation only finishes a clause the text began and a cue
        clause after it reports that clause as a whole ("Eine Strafe sei nicht vermittelbar, „wenn jemand …“, so
        Bader", "Ein „außerordentlicher Sieg“, so urteilte Romney"): the quotation opens in lower case, so it goes
        on with the words before it, and the postposed cue ("…“, sagte X") governs everything before it. The clause
        starts after the last colon or semicolon before the quotation; None when the quotation starts its own
        clause (capitalised, after a colon, or with no words of the text before it). The clause ends at the comma
        or dash after the quotation."""
        doc = self.doc
        mark = next((t for t in range(last_tok, cue_idx) if doc[t].text in COMMA_OR_DASHES), None) \
            if 0 < cue_idx - last_tok <= 3 else None
        if mark is None:
            return None
        end = mark if mark > last_tok else next(
            (t for t in range(last_tok + 1, cue_idx) if doc[t].text in COMMA_OR_DASHES), cue_idx)
        inner = next((t for t in doc[first:last_tok + 1] if self.is_wordlike(t)), None)
        if inner is None or not inner.text[:1].islower():
            return None
        breaks = [k for k in range(ss, first) if doc[k].text in {":", ";"} and self.in_pair[k] < 0]
        start = breaks[-1] + 1 if breaks else ss
        if not any(self.is_wordlike(doc[k]) and self.in_pair[k] < 0 for k in range(start, first)):
            return None
        return start, end

    def direct_cue(self, first: int, last_tok: int, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]],
                   so_frames: list[int]) -> tuple[int | None, tuple[int, int] | None]:
        """The cue of a direct quotation and its speaker span: after it ("…“, sagte X"), before it ("X sagte: „…“")."""
        for k in so_frames:
            if 0 < k - last_tok <= 2:
                return k, self.np_from(k + 1, se)
            if k < first and first > 0 and self.doc[first - 1].text == ":" and first - k <= 6:
                return k, self.np_from(k + 1, first - 1)  # "…, so Elshorst weiter: „…“"
            if 2 <= k < first and self.doc[k - 1].text in COMMA_OR_DASHES \
                    and self.doc[first - 1].text in COMMA_OR_DASHES and self.between_quotations(k - 1, first - 1):
                return k, self.np_from(k + 1, first - 1)  # "„…“, so X, „…“": the second part shares the frame
        best: tuple[int, CueVerb, bool] | None = None
        main_clause = [c for c in cues if c[1].says and not self.in_relative_clause(c[0], ss)]
        for cue in main_clause or cues:
            if not cue[1].says:
                continue
            if best is None or min(abs(cue[0] - first), abs(cue[0] - last_tok)) < \
                    min(abs(best[0] - first), abs(best[0] - last_tok)):
                best = cue
        announcing = self.announcing_cue(first, ss, main_clause or cues)
        if best is not None and announcing is not None and best[0] > last_tok and self.opens_own_content(best[0], se):
            best = announcing
        if best is None:
            return None, None
        k, _, joined = best
        return k, self.cue_speaker(k, ss, se, joined)

    def announcing_cue(self, first: int, ss: int,
                       cues: list[tuple[int, CueVerb, bool]]) -> tuple[int, CueVerb, bool] | None:
        """The speech cue of the clause that ends in a colon right before the quotation at ``first``: the colon
        announces the quotation, so that clause's cue is its cue even when another cue after the quotation is
        nearer ("Seibert schrieb bei Twitter: „…“, weiter hieß es, dass …": "hieß" opens its own statement)."""
        colon = first - 1
        if colon <= ss or self.doc[colon].text != ":":
            return None
        opening = self.clause_start(colon, ss)
        announcing = [c for c in cues if c[1].says and opening <= c[0] < colon]
        return max(announcing, key=lambda c: c[0]) if announcing else None

    def opens_own_content(self, k: int, se: int) -> bool:
        """The cue at k is followed, at its clause's comma or colon, by a content clause of its own ("…“, weiter hieß
        es, dass …", "…, ob …"), so it reports that clause and not a quotation before it. (Other wh-words also open
        relative and adverbial clauses: "…, sagte Anna Berg in Köln, wo der Unfall geschah" reports the quotation.)"""
        doc = self.doc
        brk = next((t for t in range(k + 1, se) if doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0), None)
        return brk is not None and brk + 1 < se and (doc[brk].text == ":" or doc[brk + 1].lower_ in {"dass", "ob"})

    def closes_attribute(self, tok: Token) -> bool:
        """Token tok is an inflected attributive adjective or participle ("erscheinende", "oppositionellen") whose
        noun follows: a quoted name after it heads the noun phrase."""
        return self.has_pos and tok.pos_ == "ADJ" and tok.text[:1].islower() and \
            tok.lower_.endswith(("e", "en", "er", "es", "em")) and self.in_pair[tok.i] < 0

    def is_title(self, first: int, last_tok: int) -> bool:
        """The quotation at first..last_tok reads as a name or title: capitalised, no verb, at most six words, and
        mostly capitalised words ("„Rundschau am Sonntag“", "„New York Times“", "„Deutschlandfunk“")."""
        words = [t for t in self.doc[first:last_tok + 1] if self.is_wordlike(t)]
        if not words or len(words) > 6 or not words[0].text[:1].isupper():
            return False
        if self.has_pos and any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        return len(words) <= 2 or sum(1 for t in words if t.text[:1].isupper()) * 2 > len(words)

    def work_presented(self, ss: int, colon: int, first: int, last_tok: int, cued: bool = False) -> bool:
        """The clause from ``ss`` up to the colon or comma at ``colon`` is about a work or a name (one of its nouns
        is, or ends in, a noun of work_nouns.txt: "CD", "Album", "Fernsehsendung", "Namen"), and the
        quotation after it has no finite verb of its own: the title is presented or in apposition, nobody speaks
        ("Den Namen der Sendung gab das ZDF bekannt: „Geheimnisse eines Papstes“"). With a speech cue in the clause
        (``cued``) the work must be what is presented, not part of a prepositional phrase ("Im Namen der Opfer
        erklärte der Bürgermeister: „Nie wieder Krieg“" is speech)."""
        doc = self.doc
        if any(self.is_finite_verb(t) and t.text[:1].islower() for t in doc[first:last_tok + 1]):
            return False
        nouns = [doc[t] for t in range(self.clause_start(colon, ss), colon)
                 if self.in_pair[t] < 0 and doc[t].text[:1].isupper() and self.is_noun(doc[t])]
        works = self.lex.work_nouns
        # compounds end in a work noun marked "-" ("Fernsehsendung"); the others only as themselves ("CD", and
        # "Lied" not in "Mitglied")
        heads = tuple(w[1:] for w in works if w.startswith("-"))
        return any((t.lower_ in works or ("-" + t.lower_) in works or t.lower_.endswith(heads))
                   and not (cued and self.in_prepositional_phrase(t.i)) for t in nouns)


    def is_long_name(self, first: int, last_tok: int) -> bool:
        """The quotation at first..last_tok is a name too long for ``is_title``: six or more words, opening with a
        capital, no verb and no comma ("„Gesetz über den Verfassungsschutz in Nordrhein-Westfalen“", "„Rat für
        Demokratische Reform unter der Konstitutionellen Monarchie“"): after an article such a verbless noun phrase
        continues the author's noun phrase; a quoted statement needs a verb."""
        inside = self.doc[first:last_tok + 1]
        words = [t for t in inside if self.is_wordlike(t)]
        if len(words) < 6 or not words[0].text[:1].isupper() or not self.has_pos:
            return False
        return not any(t.pos_ in ("VERB", "AUX") or self.is_finite_verb(t) or t.text in {",", ";", ":"}
                       for t in inside)

    def names_addressee(self, first: int, last_tok: int, ss: int) -> bool:
        """The quotation at first..last_tok names where or to whom something was said ("gegenüber dem „Spiegel“",
        "im „Morgenmagazin“", "in der „Zeit“", "bei „Maischberger“")."""
        doc = self.doc
        b = first - 1
        if b >= ss and doc[b].lower_ in self.lex.determiners | {"dem", "der", "den"}:
            b -= 1
        return b >= ss and doc[b].lower_ in {"gegenüber", "im", "in", "bei", "beim"}

    def joined_to_compound(self, first: int) -> bool:
        """The quotation at ``first`` is the second part of a hyphenated compound, written right after "ZDF-",
        "ARD-" ("im ZDF-„heute journal“", "die CDU-„Werkstattgespräche“"): a word joined by a hyphen is part of a
        noun — a programme, event or name — and a quoted statement never is (also when it starts in lower case,
        which ``short_title_at`` would not take for a name)."""
        doc = self.doc
        if first == 0:
            return False
        prefix = doc[first - 1]
        return prefix.text.endswith("-") and len(prefix.text) > 1 and prefix.text[:1].isalnum() \
            and prefix.idx + len(prefix.text) == doc[first].idx

    def quotes_as_object(self, k: int, first: int, last_tok: int, before: Token | None, ss: int) -> bool:
        """The quotation at first..last_tok is a quoted phrase the speech act at k takes as its object
        ("nannte den Bericht eine „Zeitungsente“", "als „falsch“ zurückgewiesen"), not a name or title."""
        doc = self.doc
        if before is None or (self.is_noun(before) and before.lower_ != "als"
                              and not self.predicative_after_object(k, first, before)):
            return False  # "die Nachrichtenagentur „Interfax“": an apposition names something
        words = [t for t in doc[first:last_tok + 1] if self.is_wordlike(t)]
        if len(words) >= 2 and all(self.is_cap(t) for t in words):
            return False  # title case: a name ("„New York Times“")
        lo, hi = (k, first) if k < first else (last_tok, k)
        if any(doc[t].text in {",", ":", ";"} and self.in_pair[t] < 0 for t in range(lo, hi)):
            return False
        return k < first or before.lower_ == "als" or self.fronted_object(k, first, last_tok, ss)

    def fronted_object(self, k: int, first: int, last_tok: int, ss: int) -> bool:
        """The quotation ends a fronted prepositional object right before the finite cue verb at k ("Von einer
        „gezielten Indiskretion“ sprach X"): the object of the speech act, as in "X sprach von einer „…“"."""
        doc = self.doc
        if k != last_tok + 1 or not self.is_finite_verb(doc[k]):
            return False  # "Von Freunden „der Dicke“ genannt": a participle names
        cs = self.clause_start(first, ss)
        preposition = doc[cs].lower_ in self.lex.prepositions or (self.has_pos and doc[cs].pos_ == "ADP")
        return cs == ss and cs < first and preposition \
            and not any(self.is_finite_verb(doc[t]) for t in range(cs, first))

    def predicative_after_object(self, k: int, first: int, before: Token) -> bool:
        """A quoted phrase right after the object noun of the speech act at k that opens in lower case is the
        act's predicative complement, the speaker's own evaluation ("nannte die Zahlen „aus der Luft gegriffen“",
        "nannte die Entscheidung „eine sehr schlechte Wahl“"); a capitalised one would be the noun's name."""
        doc = self.doc
        inner = next((t for t in doc[first:first + 3] if self.is_wordlike(t)), None)
        return k < before.i and self.in_pair[before.i] < 0 and inner is not None and inner.text[:1].islower() \
            and self.verb_of_object(k, before.i)

    def verb_of_object(self, k: int, noun: int) -> bool:
        """The noun at ``noun`` stands in the clause of the verb at k, close after it (its object)."""
        return 0 < noun - k <= 5 and not any(
            self.doc[t].text in CLAUSE_BREAKS or self.in_pair[t] >= 0 for t in range(k + 1, noun + 1))

    def after_slogan_noun(self, first: int, ss: int) -> bool:
        """The quotation at ``first`` follows a slogan noun ("Parolen wie „…“", "mit der Aufschrift „…“"), possibly
        as a later item of a list of quoted slogans ("Parolen wie „A“ oder „B“")."""
        doc = self.doc
        t = first - 1
        steps = 0
        while t >= ss and steps < 8:
            tok = doc[t]
            if self.in_pair[t] >= 0:
                t = self.pair_start_token(t) - 1  # an earlier item of the list
            elif tok.lower_ in {"wie", "etwa", "zum", "beispiel", "unter", "anderem", "und", "oder", ",", ":"}:
                t -= 1
            else:
                return tok.lower_.endswith(self.lex.slogan_nouns) if self.lex.slogan_nouns else False
            steps += 1
        return False

    def evaluation_holder(self, first: int, ss: int) -> tuple[int, int] | None:
        """The person or body a quoted judgement holds for: "Für X ist/war Y „…“", "Y war für X „…“" — a "für"
        phrase naming a possible speaker in the quotation's clause, whose finite verb is the copula."""
        doc = self.doc
        cs = self.clause_start(first, ss)
        if not any(self.is_finite_verb(doc[t]) and doc[t].lemma_ == "sein" for t in range(cs, first)):
            return None
        for t in range(cs, first - 1):
            if doc[t].lower_ == "für" and self.in_pair[t] < 0:
                np = self.np_from(t + 1, first)
                if np is not None and np[1] <= first and self.is_agentive(np):
                    return np
        return None

