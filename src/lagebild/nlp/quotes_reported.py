"""Reported speech: a speech act without its content spelled out ("X forderte mehr Geld für Schulen"), stances
with their preposition, judgements with "als", reasons named in agentless passives, acts coordinated after a quote.
"""

from __future__ import annotations

from lagebild.nlp.quotes_grammar import (
    ADVERBIAL_INFINITIVES,
    ADVERBIAL_SUBORDINATORS,
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    COORDINATORS,
    FREE_RELATIVES,
    HEISSEN_FORMS,
    INSERTION_DASHES,
    OPEN_SUBORDINATE,
    PASSIVE_AUXILIARIES,
    RELATIVE_FORMS,
    SENT_END,
    SUBORDINATORS,
    Found,
)
from lagebild.nlp.quotes_indirect import AUXILIARY_LEMMAS, CLAUSE_NEGATIONS, IndirectSpeechRules
from lagebild.nlp.quotes_lexicon import CueVerb
from lagebild.nlp.quotes_speakers import AUXILIARIES, CONTRASTING_ADVERBS, PERFECT_AUXILIARIES

# a negated report ("wurde nicht gemeldet") reports that nothing was said
_NEGATIONS = CLAUSE_NEGATIONS | {"kein", "keine", "keinen", "keiner", "weder"}


class ReportedSpeechRules(IndirectSpeechRules):
    """Speech acts reported without content, with their speakers and spans."""

    def reported_act(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]],
                     medium: str | None) -> Found | None:
        """A speech act without content in sentence ss..se ("X forderte mehr Geld", "X sprach von Erfolgen"): the
        clause from its subject to the sentence end, with the act's subject as the speaker."""
        doc, lex = self.doc, self.lex
        for k, verb, joined in cues:
            if self.mood(doc[k]) is not None:
                continue
            if not self.acts_as_verb(k, ss, se):
                continue
            if any(doc[t].lower_ in {"hatte", "hatten"} and self.in_pair[t] < 0
                   for t in range(self.clause_start(k, ss), k)):
                # "Linke Gruppen hatten ihren Protest angekündigt": a pluperfect act is background to the story, not
                # a statement it reports (on the training split 6 of 20 were annotated)
                continue
            # "sprach von Erfolgen", also fronted: "Von Erfolgen sprach der Trainer"
            speaks_of = any(doc[t].lower_ in {"von", "vom"} for t in range(k, se)) or doc[ss].lower_ in {"von", "vom"} \
                or self.verb_final_speaks_of(k, ss, se)
            fronted = k == ss and self.fronted_participle(k)
            passive = fronted or any(doc[a].lower_ in AUXILIARIES for a in range(ss, k)) and \
                (k + 1 >= se or doc[k + 1].text in CLAUSE_BREAKS | SENT_END)
            # the agent of a fronted participle follows its auxiliary ("Bemängelt wurde von Experten …")
            agent = (k + 2 if k + 2 < se and doc[k + 2].lower_ in {"von", "vom"} else None) if fronted else \
                next((t for t in range(ss, k) if doc[t].lower_ in {"von", "vom"}), None)
            if passive and agent is not None and verb.lemma in {"sprechen", "berichten"} and not verb.particle:
                # "Von glatter Desinformation wird gesprochen", "Von einer hohen Brandgefahr wird berichtet": an
                # impersonal passive whose "von" phrase is what is spoken of, unless it names who speaks
                topic = self.np_from(agent + 1, se if fronted else k)
                if topic is None or not self.is_agentive(topic):
                    agent = None
            # "Es wurde auch die Instandhaltung bemängelt", "wurde der Tod … gemeldet": a reporting participle
            # reports a statement even without its source (agentless_reports.txt); other passives without agent
            # ("wurde nicht bestätigt") report nobody
            judged = self.judged_as(k, ss, se, verb)
            agentless = passive and agent is None \
                and (doc[k].lower_ in lex.agentless_reports or (speaks_of and verb.lemma == "sprechen") or judged) \
                and not any(doc[t].lower_ in _NEGATIONS for t in range(ss, se if fronted else k))
            if not verb.act and not agentless and not judged and \
                    not (speaks_of and verb.lemma in {"berichten", "sprechen"} and not (
                        verb.particle and any(doc[t].lower_ == "sich" for t in range(ss, se)))):
                # "berichtet von 50 Nationen" reports a statement without its words; "sprach sich für … aus" is a
                # stance, whatever "von" follows ("die Anwendung von Gewalt")
                continue
            if verb.lemma == "sprechen" and not verb.particle and not speaks_of:
                continue  # "sprach von Erfolgen" reports a statement; "das Urteil sprechen" does not
            if any(doc[t].text in lex.not_speech.get(verb.lemma, ()) for t in range(ss, se)):
                continue  # "Die Flut forderte 100 Todesopfer"
            if passive and agent is None and not agentless:
                continue
            span = self.np_from(agent + 1, se if fronted else k) if passive and agent is not None else \
                self.reported_from(ss, se if fronted else k) if agentless else self.speaker_for_verb(k, ss, se, joined)
            werden_passive = self.passive_agent(k, ss, se) if joined else None
            named_source = False
            if werden_passive is not None and not agentless:
                span = werden_passive[1]  # "war zu zehn Jahren Haft verurteilt worden": nobody speaks
                # "Es wurde eine Transfersumme von zehn Millionen Euro genannt": a "von" attribute is no agent, but
                # the passive still reports what some source named, so the act stays, without a speaker
                any_agent = self.passive_agent(k, ss, se, skip_attributes=False) if span is None else None
                named_source = any_agent is not None and any_agent[1] is not None
            if span is None and not agentless and not named_source:
                continue
            c = self.clause_start(k, ss)
            if c > ss and doc[c - 1].text == "," and (
                    self.in_relative_clause(k, ss) or doc[c].lower_ in SUBORDINATORS | {"wie"}) \
                    and not self.contrasting_clause(c, ss):
                if speaks_of and verb.lemma in {"sprechen", "berichten"}:
                    # "…, die von Erschütterungen sprachen": "sprechen/berichten von" reports what someone stated
                    # even in a relative or subordinate clause, which is then a reported quote of its own (other
                    # acts there measured 0 of 6 on train)
                    e = k + 1
                    while e < se and not (doc[e].text in CLAUSE_BREAKS and self.in_pair[e] < 0):
                        e += 1
                    chars = self.char_span(c, e, keep_end_punct=e == se)
                    if span is not None and doc[c].lower_ in RELATIVE_FORMS and span[0] == c:
                        span = (c, c + 1)  # the relative pronoun stands for its antecedent, as annotators mark it
                    if chars is not None:
                        return Found(chars[0], chars[1], "reported", self.confidence("speech_act"),
                                     self.make_speaker(span), self.cue_span(k, se, verb), medium)
                continue  # "…, die auf ein baldiges Ende drängen": an act in a relative or subordinate clause is
                # background to its sentence, not a report of its own
            # "…, die Polizei spricht von 4.000 Teilnehmern": the act is the clause after the comma; but when the
            # finite verb opens that clause ("In einem Bericht, der …, fordert Annan …") the part before the
            # comma is its fronted phrase and belongs to the act
            start = c if c > ss and doc[c - 1].text == "," and span is not None and span[0] >= c \
                and not self.is_finite_verb(doc[c]) else ss
            if start == ss and c > ss and doc[c - 1].text == "," and (span is None or span[0] >= c) \
                    and self.is_adverbial_clause(ss, c - 1):
                # "Während die Opposition schwieg, fordert die Partei den Rücktritt": a fronted adverbial clause
                # is the time or reason of the act, not part of what was said
                start = c
            end = self.stance_clause_end(k, se) if verb in self.lex.stance_verbs else se
            confidence = self.confidence("agentless_report") if agentless else self.confidence("speech_act")
            return self.found(start, end, "reported", confidence, self.make_speaker(span), self.cue_span(k, se, verb),
                              medium, keep_end_punct=end == se)
        return None

    def verb_final_speaks_of(self, k: int, ss: int, se: int) -> bool:
        """The verb at k closes its clause and a "von" phrase stands before it in that clause ("…, die von
        Erschütterungen sprachen", "hat von einem Anschlag gesprochen"): in a verb-final clause or a perfect the
        object of "sprechen/berichten von" precedes the verb, as "sprach von …" follows it in a main clause."""
        doc = self.doc
        if k + 1 < se and not (doc[k + 1].text in CLAUSE_BREAKS | SENT_END or self.in_pair[k + 1] >= 0
                               or doc[k + 1].lower_ in AUXILIARIES | PERFECT_AUXILIARIES):
            return False
        c = self.clause_start(k, ss)
        # "von" right after a noun attaches to it ("für eine Beteiligung von Israel sprechen"), unless the noun
        # is a time ("am Montag von einem Feuer berichteten")
        return any(doc[t].lower_ in {"von", "vom"} and self.in_pair[t] < 0 and (
            t == c or not self.is_noun(doc[t - 1]) or self.is_time_noun(doc[t - 1])) for t in range(c, k))

    def infinitive_of_predicative(self, k: int, cs: int, ce: int) -> bool:
        """The zu-infinitive at cs..ce follows the "als" predicative of the act at k ("bezeichnete die Maßnahme als
        einen Versuch, die BBC an der Berichterstattung zu hindern"): it completes the predicative noun, so it is no
        content of the act, which stays a reported act of its own."""
        doc = self.doc
        return k < cs and doc[cs - 1].text == "," and self.is_infinitive_clause(cs, ce) \
            and any(doc[t].lower_ == "als" and self.in_pair[t] < 0 for t in range(k + 1, cs - 1)) \
            and not any(self.is_finite_verb(doc[t]) for t in range(k + 1, cs - 1))  # no other verb ("und forderte")

    def contrasting_clause(self, c: int, ss: int) -> bool:
        """The clause at c is a "während" clause set against a main clause before it ("Die USA lehnten den Satz ab,
        während die EU-Staaten den Vorstoß begrüßten"): adversative "während" after a complete main clause
        contrasts two positions, so an act in it is a report of its own, not the time of the main clause."""
        doc = self.doc
        return doc[c].lower_ == "während" and c - 1 > ss and doc[ss].lower_ not in SUBORDINATORS | OPEN_SUBORDINATE \
            and any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) for t in range(ss, c - 1))

    def reported_from(self, s: int, e: int) -> tuple[int, int] | None:
        """Where an agentless reporting passive comes from ("wurde aus Italien der Tod … gemeldet", "Aus Kreisen der
        Regierung wird bemängelt …"): the place or body after "aus" is its source; None when no such phrase."""
        doc = self.doc
        for t in range(s, e - 1):
            if doc[t].lower_ != "aus" or self.in_pair[t] >= 0:
                continue
            span = self.np_from(t + 1, e)
            if span is not None and doc[span[0]].ent_type_ == "LOC":
                # a place takes no genitive: "aus Italien | der Tod der Schauspielerin"
                end = span[0] + 1
                while end < span[1] and doc[end].ent_iob_ == "I":
                    end += 1
                return span[0], end
            if span is not None and (self.is_agentive(span) or doc[span[0]].ent_type_ == "ORG"):
                return span
        return None

    def judged_as(self, k: int, ss: int, se: int, verb: CueVerb) -> bool:
        """The verb of judgement at k names its object "als" something in its clause ("verurteilte den Anschlag als
        barbarische Tat", "wurde als unangemessen kritisiert"): a judgement someone stated, which annotators mark as
        a reported quote, unlike the bare verb ("lobte die Helfer"); ``judgement_verbs.tsv``."""
        doc = self.doc
        if (verb.lemma, verb.particle) not in self.lex.judgement_verbs:
            return False
        c = self.clause_start(k, ss)
        e = k + 1
        while e < se and not (doc[e].text in CLAUSE_BREAKS | SENT_END and self.in_pair[e] < 0):
            e += 1
        for t in range(c + 1, min(e, se - 1)):
            if doc[t].lower_ != "als" or self.in_pair[t] >= 0:
                continue
            # a comparison ("mehr als", "sowohl … als auch") or a number ("als 2010") is no predicative
            if doc[t - 1].lower_ in self.lex.comparison_words or doc[t + 1].lower_ in {"ob", "auch", "wenn"} \
                    or doc[t + 1].like_num:
                continue
            return True
        return False

    def named_reason(self, ss: int, se: int, medium: str | None) -> Found | None:
        """A reason, cause or example named with "als" ("Als Ursache wurde ein Herzinfarkt angegeben", "Als Grund gab
        die Behörde die mangelnde Sicherheit an", "wurde als Ursache die Explosion vermutet"): the sentence reports
        what a source stated, also in a passive without agent (then without speaker); ``naming_frames.tsv``."""
        doc, lex = self.doc, self.lex
        if doc[se - 1].text == "?":
            return None
        named = next((t for t in range(ss, se - 1) if self.token_lower[t] == "als" and self.in_pair[t] < 0
                      and doc[t + 1].text in lex.naming_nouns), None)
        if named is None:
            return None
        clause_end = se
        for t in range(named + 2, se):
            if doc[t].text in CLAUSE_BREAKS | SENT_END and self.in_pair[t] < 0:
                clause_end = t
                break
        span: tuple[int, int] | None = None
        verb: int | None = None
        for k in range(ss, clause_end):
            if self.in_pair[k] >= 0:
                continue
            if doc[k].text in lex.naming_participles and \
                    any(doc[a].lower_ in PASSIVE_AUXILIARIES for a in range(ss, clause_end) if a != k):
                verb = k
                agent = next((t for t in range(ss, k) if doc[t].lower_ in {"von", "vom"}), None)
                span = self.np_from(agent + 1, k) if agent is not None else None
                break
            particle = lex.naming_verbs.get(doc[k].text)
            if particle is not None and (not particle or doc[clause_end - 1].lower_ == particle):
                verb = k
                span = self.cue_speaker(k, ss, se, False)  # active: its subject names the reason
                break
        if verb is None:
            return None
        return self.found(ss, se, "reported", self.confidence("named_reason"), self.make_speaker(span),
                          self.token_span(verb), medium, keep_end_punct=True)

    def stance_clause_end(self, k: int, se: int) -> int:
        """Where the stance at k ends: at the comma that opens a new main clause ("Beobachter gehen von einer
        Radikalisierung aus, sie trauen der Regierung nicht …"); a relative or subordinate clause belongs to it."""
        doc = self.doc
        for t in range(k + 1, se - 1):
            if self.in_pair[t] >= 0 or doc[t].text not in CLAUSE_BREAKS:
                continue
            nxt = doc[t + 1].lower_
            if nxt in RELATIVE_FORMS or nxt in SUBORDINATORS or nxt in COMPLEMENTIZERS or \
                    nxt in ADVERBIAL_INFINITIVES or doc[t + 1].text in CLAUSE_BREAKS:
                continue
            return t
        return se

    def stance_cues(self, ss: int, se: int) -> list[tuple[int, CueVerb, bool]]:
        """Verbs that report a stance with their preposition ("Die Polizei geht von Suizid aus", "Experten sehen in
        dem Referendum den ersten Schritt", "Sie halten das Verfahren für verfassungswidrig"), from
        ``stance_verbs.tsv``; only finite main-clause forms whose subject can speak."""
        doc, lex = self.doc, self.lex
        found: list[tuple[int, CueVerb, bool]] = []
        for k in range(ss, se):
            stance = lex.stance.get(self.token_text[k]) if self.token_text[k][:1].islower() else None
            if stance is None or self.in_pair[k] >= 0 or self.mood(doc[k]) is not None:
                continue
            e = k + 1  # the clause of the verb: up to the next break or quotation
            while e < se and doc[e].text not in CLAUSE_BREAKS | SENT_END and self.in_pair[e] < 0:
                e += 1
            words = [t for t in range(k + 1, e) if self.is_wordlike(doc[t])]
            particle = stance.verb.particle
            if particle and (not words or doc[words[-1]].lower_ != particle):
                continue  # "geht … aus" needs its particle closing the clause
            if particle:
                words = words[:-1]
            span = self.speaker_for_verb(k, ss, se, False)
            if span is None or not self.is_agentive(span):
                # "Das Feuer ging von einem Nebengebäude aus": nobody takes a stance; plural role nouns
                # ("Analysten", "Experten") can (role_gender reads plurals)
                continue
            if stance.position == "next":
                # only the inverted subject and adverbs before the preposition: "sieht er darin eine Gefahr"
                rest = [t for t in words if not (span[0] <= t < span[1]) and doc[t].lower_ not in lex.adverbs
                        and not (self.has_pos and doc[t].pos_ in ("ADV", "PART"))]
                ok = bool(rest) and doc[rest[0]].lower_ in stance.prepositions
            elif stance.position == "object":
                # a main clause with its object after the verb, no subordinate or relative clause around it
                ok = bool(words) and span[1] <= k and not self.opens_relative_clause(ss) \
                    and doc[ss].lower_ not in OPEN_SUBORDINATE and (k == ss or doc[k - 1].text not in CLAUSE_BREAKS)
            elif stance.position == "end":
                ok = any(doc[t].lower_ in stance.prepositions for t in words[-4:-1])
            else:
                ok = any(doc[t].lower_ in stance.prepositions for t in words)
            if ok:
                found.append((k, stance.verb, False))
        return found

    def opens_relative_clause(self, c: int) -> bool:
        """The clause at c opens with a relative pronoun ("…, die die Polizei erwartet"): only after a comma or other
        clause break; a sentence-initial "Die"/"Der"/"Das" is the article of the subject ("Die Regierung erwartet
        Mehrkosten"), as a relative clause cannot open a sentence."""
        doc = self.doc
        return doc[c].lower_ in RELATIVE_FORMS and (doc[c].lower_ in FREE_RELATIVES
                                                    or c > 0 and doc[c - 1].text in CLAUSE_BREAKS)

    def coordinated_act(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]],
                        sent_found: list[Found]) -> Found | None:
        """A speech act without content coordinated after the statements of its sentence ("„…“, schrieben die Hacker
        und kündigten weitere Aktionen an", "Sie räumte ein, …, sprach aber von einem offenen Prozess"): the clause
        from the conjunction to the sentence end is a reported quote of the same speaker."""
        doc = self.doc
        last_end = max(f.end for f in sent_found)
        for k, verb, _ in cues:
            if doc[k].idx < last_end or not verb.act or self.mood(doc[k]) is not None or k - 1 <= ss:
                continue
            # "und kündigte … an" / ", sprach aber von …"; a bare comma before the verb opens an inverted cue clause
            # ("…, kündigte die Regierung an") whose content is the clause before it
            contrast = doc[k - 1].text == "," and k + 1 < se and doc[k + 1].lower_ in CONTRASTING_ADVERBS
            if not self.is_finite_verb(doc[k]) or not (doc[k - 1].lower_ == "und" or contrast):
                continue
            if any(self.in_pair[t] >= 0 for t in range(k, se)):
                return None  # a quotation of its own after the verb belongs to the direct-speech rules
            if any(doc[t].text in self.lex.not_speech.get(verb.lemma, ()) for t in range(k, se)):
                return None
            start = k - 1 if doc[k - 1].lower_ == "und" else k
            chars = self.char_span(start, se, keep_end_punct=False)
            if chars is None or chars[0] < last_end:
                return None
            speaker = sent_found[-1].speaker
            return Found(chars[0], chars[1], "reported", self.confidence("coordinated_speech_act"), speaker,
                         self.cue_span(k, se, verb),
                         sent_found[-1].medium)
        return None

    def act_before_quotes(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]], sent_found: list[Found],
                          medium: str | None) -> Found | None:
        """A speech act without content in the sentence's first clause, before quotes of other cues ("Der Rat stufte
        das Gesetz als verfassungswidrig ein, und UNICEF rief Russland auf, …", "Die Veranstalter schätzten 2.000
        Teilnehmer; nach Polizeiangaben waren es 1.000"): the clause up to the break before the first quote is a
        reported quote of its own, as for a sentence with nothing else (``reported_act``)."""
        doc = self.doc
        cue_starts = {f.cue.start for f in sent_found if f.cue is not None}
        first = min([f.start for f in sent_found] + list(cue_starts))
        cut = next((t for t in range(se - 1, ss, -1) if doc[t].idx < first and doc[t].text in CLAUSE_BREAKS
                    and self.in_pair[t] < 0), None)
        if cut is None or doc[cut].text == ":" or any(c <= doc[cut].idx for c in cue_starts) or \
                any(f.cue is None for f in sent_found):
            # the clause's own cue takes the quote after it as its content ("forderte, dass …", "lobte er mit den
            # Worten: „…“"); only quotes cued after the break stand apart from the act
            return None
        own = [(k, verb, joined) for k, verb, joined in cues if k < cut]
        return self.reported_act(ss, cut, own + self.stance_cues(ss, cut), medium)

    def act_after_quotes(self, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]], sent_found: list[Found],
                         medium: str | None) -> Found | None:
        """A speech act without content in a main clause of its own after the sentence's other quotes, joined
        without a conjunction ("Nach Angaben der Veranstalter demonstrierten 7.000 Menschen, die Polizei spricht von
        4.000"): the clause after the break is a reported quote of its own subject, as a sentence with nothing else
        (``reported_act``). Only a verb-second clause: its subject, then the finite act."""
        doc = self.doc
        last_end = max(f.end for f in sent_found)
        cut = next((t for t in range(ss, se - 2) if doc[t].idx >= last_end and doc[t].text in {",", ";"}
                    and self.in_pair[t] < 0), None)
        if cut is None:
            return None
        opener = doc[cut + 1].lower_
        if opener in SUBORDINATORS | OPEN_SUBORDINATE | COORDINATORS | ADVERBIAL_SUBORDINATORS \
                or self.is_finite_verb(doc[cut + 1]) or not doc[cut + 1].text[:1].isalpha():
            return None  # a subordinate or inverted cue clause belongs to what stands before it
        if any(doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(cut + 1, se)):
            return None
        # verb second: the finite act has words after it ("die Polizei spricht von 4.000"); a relative clause
        # ends with it ("…, die die Polizei kritisierte")
        own = [(k, verb, joined) for k, verb, joined in cues if k > cut + 1 and self.is_finite_verb(doc[k])
               and k + 1 < se and doc[k + 1].text not in SENT_END]
        act = self.reported_act(cut + 1, se, own + self.stance_cues(cut + 1, se), medium)
        return act if act is not None and act.start >= last_end else None

    def nearer_cue_takes_content(self, k: int, cs: int, content_cues: list[tuple[int, CueVerb, bool]]) -> int | None:
        """Another cue coordinated with "und" stands between the cue at k and the content at cs ("Er bezeichnete die
        Proteste als rechtmäßig und forderte seine Anhänger auf, Ruhe zu bewahren"): the content belongs to that
        nearer cue, not to k. Returns the index of that "und"."""
        doc = self.doc
        return next((k2 - 1 for k2, _, _ in content_cues
                     if k < k2 < cs and doc[k2 - 1].lower_ == "und" and self.is_finite_verb(doc[k2])), None)

    def acts_as_verb(self, k: int, ss: int, se: int) -> bool:
        """The cue form at k is used as a verb: not an attributive participle ("eine oft beklagte Lücke", "mit einer
        bestätigten Höchstgeschwindigkeit") and, when it is a bare participle, the sentence has the auxiliary of a
        perfect or passive ("hat sich … ausgesprochen"; "spielten ausgesprochen defensiv" has none)."""
        doc = self.doc
        tok = doc[k]
        if self.has_pos and tok.pos_ == "ADJ":
            return False
        if tok.lower_ in self.lex.finite or tok.text in self.lex.stance or not self.has_pos:
            return True
        # (the tagger also reads a finite "hat" before a dash as a full verb: "hat – wie im Vorjahr – … gefordert")
        return any((doc[t].pos_ == "AUX" or self.auxiliary_before_dash(t)) and self.in_pair[t] < 0
                   for t in range(ss, se) if t != k)

    def auxiliary_before_dash(self, t: int) -> bool:
        """Token t is a finite auxiliary or modal right before a paired dash insertion, which the tagger reads as a
        full verb ("hat – wie im Vorjahr – mehr Geld gefordert")."""
        doc = self.doc
        return t + 1 < len(doc) and doc[t + 1].text in INSERTION_DASHES and self.insertion_partner(t + 1) > t + 1 \
            and doc[t].lemma_ in AUXILIARY_LEMMAS and self.is_finite_verb(doc[t])

    def reason_given(self, k: int, ss: int) -> bool:
        """The clause of the cue at k opens with a predicative "als" and a bare reason noun of naming_frames.tsv ("Als
        Begründung wurde angegeben", "Als Grund dafür hieß es"), not a temporal "als" clause ("Als die Polizei
        eintraf, hieß es": a comma)."""
        doc = self.doc
        return doc[ss].lower_ == "als" and ss + 1 < k and doc[ss + 1].text in self.lex.naming_nouns and not any(
                doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(ss, k))

    def agentless_cue(self, k: int, ss: int, se: int) -> bool:
        """The reporting verb at k names no speaker by its form: impersonal "heißt es" or a werden-passive without
        a "von X" agent ("Als Begründung wurde angegeben, …", "Insbesondere kritisiert wird, …")."""
        if self.doc[k].lower_ in HEISSEN_FORMS:
            return True
        passive = self.passive_agent(k, ss, se)
        return passive is not None and passive[1] is None

