"""Indirect speech: the content clause a reporting verb or frame takes, where it ends, and Konjunktiv-I sentences
that continue an earlier statement (free indirect speech) with the speaker they continue.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from lagebild.nlp.quotes_direct import DirectQuoteRules
from lagebild.nlp.quotes_grammar import (
    ADVERBIAL_INFINITIVES,
    ADVERBIAL_SUBORDINATORS,
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    COORDINATORS,
    HEISSEN_FORMS,
    INSERTION_DASHES,
    OPEN_SUBORDINATE,
    PASSIVE_AUXILIARIES,
    RELATIVE_DATIVE,
    RELATIVE_FORMS,
    SENT_END,
    SENTENCE_LINKS,
    SUBORDINATORS,
    Found,
)
from lagebild.nlp.quotes_lexicon import CueVerb
from lagebild.nlp.quotes_speakers import CONTRASTING_CONJUNCTIONS, POSSESSIVES
from lagebild.types import Speaker, TextSpan

# words that negate a whole clause ("äußerte sich nicht"); "kein" negates a noun phrase, and a speech act with one
# still happened ("sah keinen Anlass zur Sorge" is a statement; on train counting it cost speaker F1)
CLAUSE_NEGATIONS = frozenset({"nicht", "nie", "niemals"})

# relative adverbs ("wobei", "wonach", "worauf"): a clause they open depends on the one before it
_RELATIVE_ADVERB = re.compile(r"^wor?(an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu)$")

# conjunctions of a clause the author attaches after reported content (time, concession, comment on the whole):
# with an indicative verb it ends the report ("…, nachdem bekannt geworden war", "…, was nicht bestätigt wurde").
# Not "als": a temporal als-clause mostly belongs to what was said ("…, als dieser sein Amt aufgeben musste"; measured)
_AUTHORS_CLAUSE_OPENERS = frozenset({"nachdem", "obwohl", "obgleich", "wenngleich", "während", "seitdem", "was"})

# plural Konjunktiv II forms standing in for a Konjunktiv I that equals the indicative ("sie haben" -> "sie hätten");
# "wären"/"sollten"/"wollten" are not among them ("seien" exists; the others equal the past indicative)
_KONJUNKTIV_I_STAND_INS = frozenset({"hätten", "würden", "könnten", "müssten", "dürften"})

# singular Konjunktiv II of the modal verbs: "Dieser könnte Sanktionen beschließen", "Die Zahl dürfte steigen" —
# after a statement mostly the article's own estimate (on the training split about a quarter of such sentences are
# reported). The singular has its own Konjunktiv I ("könne", "müsse"), so a reporter would use that; the plural
# ("könnten") stands in for a Konjunktiv I equal to the indicative and stays a continuation (_KONJUNKTIV_I_STAND_INS)
_MODAL_KONJUNKTIV_II = frozenset({"könnte", "müsste", "dürfte", "möchte"})

# lemmas of the auxiliaries and modals whose finite form leaves the clause open for a participle or infinitive
AUXILIARY_LEMMAS = frozenset({"sein", "haben", "werden", "sollen", "müssen", "können", "dürfen", "wollen", "mögen"})

# how many sentences after a statement a Konjunktiv-I sentence still continues it
CONTINUATION_WINDOW = 3

# how many sentences after a statement a "soll" sentence without a perfect infinitive still passes it on: such a
# "soll" reads as a plan or obligation as often as a claim, and once two of the author's own sentences came between,
# the author speaks (on the training split 2 of 10 such sentences three sentences on were reported)
PLAN_CONTINUATION_WINDOW = 2

# prepositions that attach an origin or place to the noun before them ("Berichte von Ausländern in Tibet"), so that
# the noun phrase goes on across them; another preposition opens a new phrase
_ATTACHED_PREPOSITIONS = frozenset({"von", "vom", "aus", "in", "im", "bei", "beim", "an", "am"})


# verbs the cue lexicon counts as saying that after a fronted "so" state a view instead ("So sieht es auch die
# Opposition": agrees, said nothing quoted)
_VIEW_VERBS = frozenset({"sehen"})

# articles of an accusative object (not a dative or genitive "dem", "der", "des")
_ACCUSATIVE_ARTICLES = frozenset({"den", "die", "das", "einen", "eine", "ein"})

# pointing words that open a sentence attributing the one before it ("Das sagte X.")
_ANAPHORIC_OPENERS = frozenset({"das", "dies", "dieses"})

# articles that cannot open a dative noun phrase: "die Sicht nach oben" is no source phrase, "der Sicht nach" may be
_NOT_DATIVE_ARTICLES = frozenset({"die", "das", "den", "ein", "eine", "einen"})


class IndirectSpeechRules(DirectQuoteRules):
    """Content boundaries of indirect speech and the continuation of statements across sentences."""

    def subjunctive_sentence(self, si: int, sents: list[tuple[int, int]],
                             last: tuple[int, Speaker, str | None, bool] | None, medium: str | None) -> list[Found]:
        """A sentence in Konjunktiv I (or II right after a statement) as reported speech without its own cue."""
        doc = self.doc
        ss, se = sents[si]
        mood = self.subjunctive_in(ss, se)
        recent = last is not None and si - last[0] <= CONTINUATION_WINDOW
        close = last is not None and si - last[0] <= PLAN_CONTINUATION_WINDOW
        if mood is None and self.is_reportative(ss, se, recent=close, account=last is not None):
            # "Er soll einer Sabotagegruppe angehört haben": the reportative modal marks a claim by others
            modal = next(k for k in range(ss, se) if doc[k].lower_ in {"soll", "sollen"} and self.in_pair[k] < 0)
            rs, re_ = self.report_segment(ss, se, modal)
            rs, re_ = self.claim_main_clause(rs, re_, modal)
            chars = self.char_span(rs, re_, keep_end_punct=re_ == se)
            if chars is None:
                return []
            own_source = self.postposed_source(ss, se)
            # without a source of its own, a claim goes on with the article's last account, however far back (on the
            # training split the subject of the sentence before was no better), or with the plan it follows
            source = own_source or self.plan_source(ss, se) or (
                last[1] if last is not None else self.previous_subject(sents[si - 1]) if si else Speaker())
            # "Unter den Toten soll ein Kind sein. Über ein Drittel sollen Studenten sein.": a claim passed on right
            # after a reported sentence without a source of its own goes on with the same account (one statement)
            continued = own_source is None and last is not None and last[0] == si - 1 and last[3] \
                and self.is_reportative(*sents[si - 1])
            return [Found(chars[0], chars[1], "indirect", self.confidence("reportative_soll"), source, None, medium,
                          continues=continued)]
        if doc[se - 1].text == "?" or not (mood == "I" or (mood == "II" and last is not None and (
                si - last[0] <= 1 or (recent and self.stands_in_for_konjunktiv_i(ss, se))))):
            return []
        if mood == "II" and self.is_conditional(ss, se) and not (
                recent and self.stands_in_for_konjunktiv_i(ss, se)):
            # "Falls die Eisbären eingestuft werden, wäre es …": the article's own hypothetical (but within
            # CONTINUATION_WINDOW sentences after a statement, a plural stand-in from _KONJUNKTIV_I_STAND_INS —
            # "würden", "hätten", "könnten", … — replaces a Konjunktiv I: "Die Frauen würden angegriffen, wenn …")
            return []
        if mood == "II" and self.only_modal_konjunktiv_ii(ss, se):
            return []  # "Dieser könnte Sanktionen beschließen": the article's own estimate, not the last statement's
        if mood == "II" and self.konjunktiv_ii_only_embedded(ss, se):
            return []  # "Mir sind keine Gründe bekannt, die das begründen könnten": an indicative main clause
        speaker: Speaker | None = None
        # the source document or body of the statement just before ("Laut Aussage des Ministeriums …"), if any
        frame_source = last[1] if last is not None and si - last[0] <= 1 and last[1].mention is not None \
            and not self.is_person(last[1]) else None
        first_sub = next(k for k in range(ss, se) if self.in_pair[k] < 0 and self.mood(doc[k]) is not None)
        # "Die Anschuldigungen wurden zurückgenommen; die Frauen hätten …": only the clauses in the subjunctive
        ss, se_report = self.report_segment(ss, se, first_sub)
        start = ss
        comma = max((k for k in range(ss, first_sub) if doc[k].text == "," and self.in_pair[k] < 0), default=None)
        if comma is not None and mood == "I" and self.mood(doc[first_sub]) == "I" and comma - ss >= 3 \
                and first_sub > comma + 1 and self.has_verb(ss, comma) and doc[ss].lower_ not in \
                OPEN_SUBORDINATE | {"weil", "da", "obwohl", "falls", "sollte", "wenn", "nachdem"} \
                and not self.adverbial_under_event(ss, comma + 1, se_report, frame_source):
            # "X äußerte Vorbehalte und wagte die Prognose, bei der Wahl würden …": the subjunctive clause
            # is the report, the main clause before it names the speaker
            start = comma + 1
            subject = self.main_subject(ss, comma)
            if subject is not None and self.is_passive_clause(ss, comma):
                # "Zwölf Mitglieder der Reisegruppe wurden verletzt, die Verletzten seien …": the subject of a
                # passive is the one something happened to, not a source; only a named agent ("von X") is one
                subject = self.passive_source(ss, comma)
            if subject is not None and not self.is_agentive(subject):
                # "Von der Polizei kam die Information, …": the one who gave it, not the information
                subject = self.speech_act_subject(ss, comma) or subject
            if subject is not None and self.head_names_thing(subject):
                # "Allerdings kursiert eine gegenläufige Argumentation, die davon ausgeht, Clinton solle …": the
                # clause names what is reported, not who reports it; an earlier speaker may be the one it contradicts
                speaker = Speaker()
            elif subject is not None:
                speaker = self.make_speaker(subject)
        if start == ss and mood is not None:
            # "Die geäußerte Hoffnung, sein Leben werde sich wenden, schien sich nicht zu erfüllen": only the
            # embedded clause is reported, the indicative main clause around it is the author's (in Konjunktiv II
            # too: "Noch am Freitag hatte Tadić versichert, die Teilnehmer würden geschützt")
            embedded = self.embedded_subjunctive_clause(ss, se_report, mood)
            if embedded is not None and doc[embedded[0]].lower_ in COMPLEMENTIZERS - {"dass"} \
                    and self.phrase_with_complement_clause(ss, embedded[1]):
                return []  # "Auf die Frage, ob er zurücktreten werde, …": a question put to someone, not a report
            if embedded is None and (clauses := self.embedded_subjunctive_clauses(ss, se_report)):
                return self.embedded_reports(si, sents, last, clauses, medium)
            if embedded is not None:
                start, se_report = embedded
                # "Anonymous bekundete, dass die Daten zugänglich gewesen seien": the main clause's subject
                subject = self.main_subject(ss, start - 1)
                if subject is not None and self.is_agentive(subject) \
                        and not self.adverbial_under_event(ss, start, se_report, frame_source):
                    speaker = self.make_speaker(subject)
        chars = self.char_span(start, se_report, keep_end_punct=start == ss and se_report == se)
        if chars is None:
            return []
        if speaker is None:
            speaker = self.postposed_source(ss, se)
        nearer = self.intervening_subject(si, sents, last) if speaker is None else None
        if speaker is not None:
            found = Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_after_clause"), speaker, None,
                          medium)
        elif nearer is not None:
            found = Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_intervening"), nearer, None,
                          medium)
        elif recent and last is not None:
            found = Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_continued"), last[1], None,
                          last[2], continues=last[3])
        else:
            # "X definierte das Ziel. Es gehe darum, …": the subject of the sentence before is the likely source
            found = Found(chars[0], chars[1], "indirect", self.confidence("subjunctive_previous_subject"),
                          self.previous_subject(sents[si - 1]) if si else
                          Speaker(), None, medium)
        return [found]

    def adverbial_under_event(self, ss: int, start: int, end: int, frame_source: Speaker | None) -> bool:
        """After a source frame ("Laut Aussage des Ministeriums lebte X illegal im Land."), the Konjunktiv-I clause
        start..end is an adverbial clause ("als", "weil" …) of a main clause whose subject is a pronoun and whose
        verb states an event, not a speech act ("Er war Ermittlern ins Netz gegangen, als er Kontakt gesucht
        habe"): the subjunctive goes on reporting the frame's source; the pronoun is what the account is about."""
        doc = self.doc
        if frame_source is None or doc[start].lower_ not in ADVERBIAL_SUBORDINATORS:
            return False
        subject = self.main_subject(ss, start - 1)
        if subject is None or subject[1] - subject[0] != 1 or doc[subject[0]].lower_ not in {"er", "sie", "es"}:
            return False
        return not any(self.in_pair[k] < 0 and self.cue_at(k, start - 1) is not None for k in range(ss, start - 1)) \
            and not any(self.in_pair[k] < 0 and self.cue_at(k, end) is not None for k in range(start, end))

    def embedded_subjunctive_clause(self, ss: int, se: int, mood: str = "I") -> tuple[int, int] | None:
        """The comma-bounded clause that holds every Konjunktiv I (or every form of ``mood``) of the sentence part
        ``ss..se`` when the rest of it is an indicative main clause ("Der Verdacht, er sei infiziert worden, bestätigte
        sich nicht" → "er sei infiziert worden"), else None. Why: the subjunctive marks only the embedded clause as
        reported; the main clause around it reports nothing."""
        doc = self.doc
        subs = [k for k in range(ss, se) if self.in_pair[k] < 0 and self.mood(doc[k]) == mood]
        if not subs:
            return None
        open_comma = max((k for k in range(ss, subs[0]) if doc[k].text == "," and self.in_pair[k] < 0), default=None)
        if open_comma is None or open_comma + 1 >= se or self.is_finite_verb(doc[open_comma + 1]):
            # "Nachdem er sie verfolgt hat, habe er versucht, …": a verb right after the comma is the main
            # clause's, after a fronted clause or phrase
            return None
        if mood == "II" and doc[open_comma + 1].lower_ in COORDINATORS | {"was"}:
            # "…, und so würden sie wahrgenommen" continues the main clause; "…, was … schützen würde" comments on
            # the clause before it: neither is a clause embedded in an indicative sentence
            return None
        close = next((k for k in range(subs[-1] + 1, se) if doc[k].text == "," and self.in_pair[k] < 0), se)
        outside = list(range(ss, open_comma)) + list(range(close, se))
        if self.subjunctive_in(ss, open_comma) is not None or self.subjunctive_in(close, se) is not None or \
                not any(self.in_pair[k] < 0 and self.is_finite_verb(doc[k]) for k in outside):
            return None
        return open_comma + 1, close

    def claim_main_clause(self, rs: int, re_: int, modal: int) -> tuple[int, int]:
        """The main clause of a reportative "soll" within the sentence part rs..re_, without the author's own
        indicative main clauses joined to it by a comma: "Ein Beamter wurde festgenommen, er soll den Ausbrechern
        geholfen haben" → from "er"; "Die Schranken sollen offen gewesen sein, die Ursache ist noch unklar" → up to
        the comma. Why: only the clause with the modal passes on a claim; a clause in the indicative beside it is
        the article's own statement (dependent clauses of the claim, "…, der …", "…, um …", stay with it)."""
        doc = self.doc
        commas = [k for k in range(rs, re_) if doc[k].text == "," and self.in_pair[k] < 0]
        before = [k for k in commas if k < modal]
        # (the claim opens its own main clause: a subject or adverb before "soll"; a "soll" right after the comma
        # follows a fronted phrase or clause: "Bei einem Schusswechsel, der dann stattfand, soll X getötet worden sein")
        if before and 1 < modal - before[-1] <= 4 and self.authors_main_clause(rs, before[-1]) and \
                doc[before[-1] + 1].lower_ not in SUBORDINATORS | COMPLEMENTIZERS | RELATIVE_FORMS and \
                doc[rs].lower_ not in SUBORDINATORS | COMPLEMENTIZERS | ADVERBIAL_SUBORDINATORS:
            rs = before[-1] + 1
        after = [k for k in commas if k > modal]
        if after:
            nxt = next((k for k in commas if k > after[0]), re_)
            if self.authors_main_clause(after[0] + 1, nxt, verb_second=True):
                re_ = after[0]
        return rs, re_

    def embedded_subjunctive_clauses(self, ss: int, se: int) -> list[tuple[int, int]]:
        """Two or more comma-bounded subjunctive clauses of the sentence part ``ss..se``, each embedded in an
        indicative main clause that resumes between them ("Wegen der Berichte, sie seien aufgefordert worden,
        wachsen Befürchtungen, die Regierung könnte …") or goes on with a coordinated noun phrase ("zu Erklärungen
        des Verbands, die Abgänge könnten …, oder des Philologen-Verbands, die Schule werde …"); else []. Why: each
        complement clause is its own report (of the noun before it); the main clause between them is the author's.
        A dependent clause between two subjunctive ones ("…, weil …, …") keeps them one report."""
        doc = self.doc
        commas = [k for k in range(ss, se) if doc[k].text == "," and self.in_pair[k] < 0]
        bounds = [ss - 1, *commas, se]
        segments = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]
        if len(segments) < 4 or self.subjunctive_in(*segments[0]) is not None:
            return []
        groups: list[tuple[int, int]] = []
        open_group: tuple[int, int] | None = None
        for s, e in segments[1:]:
            if self.subjunctive_in(s, e) is not None:
                if open_group is None and self.is_finite_verb(doc[s]):
                    return []  # "…, habe er …": the main clause itself is in the subjunctive
                open_group = (open_group[0] if open_group is not None else s, e)
                continue
            resumes = ("Ind" in doc[s].morph.get("Mood", []) and self.is_finite_verb(doc[s])) or (
                doc[s].lower_ in COORDINATORS and not self.has_verb(s, e))
            if open_group is not None and resumes:
                groups.append(open_group)
                open_group = None
            elif open_group is not None and doc[s].lower_ in ADVERBIAL_SUBORDINATORS | ADVERBIAL_INFINITIVES \
                    | RELATIVE_FORMS | COMPLEMENTIZERS:
                open_group = (open_group[0], e)  # "…, um die Lage unter Kontrolle zu bringen": part of the report
            elif open_group is not None:
                return []  # a clause of unknown role after the report
        if open_group is not None:
            groups.append(open_group)
        return groups if len(groups) >= 2 else []

    def embedded_reports(self, si: int, sents: list[tuple[int, int]],
                         last: tuple[int, Speaker, str | None, bool] | None, clauses: list[tuple[int, int]],
                         medium: str | None) -> list[Found]:
        """One report per embedded subjunctive clause (``embedded_subjunctive_clauses``); its source is the noun
        phrase the clause complements, right before its comma ("der Berichte von Ausländern", "Befürchtungen",
        "Erklärungen des Verbands"), when that phrase is a noun phrase of the sentence's own."""
        doc = self.doc
        found: list[Found] = []
        for start, end in clauses:
            chars = self.char_span(start, end, keep_end_punct=end == sents[si][1])
            if chars is None:
                continue
            phrase_end = start - 1
            phrase_start = phrase_end
            while phrase_start > sents[si][0] and doc[phrase_start - 1].text not in CLAUSE_BREAKS and \
                    doc[phrase_start - 1].pos_ not in ("VERB", "AUX", "CCONJ") and self.in_pair[phrase_start - 1] < 0:
                phrase_start -= 1
            # "mit der Beantragung weiterer Oberstufen zu Erklärungen des Verbands": the last phrase after a
            # preposition that does not attach an origin or place ("Berichte von Ausländern in Tibet") is the noun
            # the clause complements
            phrase_start = max([phrase_start] + [k + 1 for k in range(phrase_start, phrase_end - 1)
                                                 if doc[k].pos_ == "ADP" and doc[k].lower_ not in
                                                 _ATTACHED_PREPOSITIONS])
            while phrase_start < phrase_end and doc[phrase_start].pos_ == "ADP":
                phrase_start += 1  # "von Berichten": the preposition is no part of the source
            noun = next((t for t in range(phrase_start, phrase_end) if self.is_noun(doc[t])), None)
            # "der Warnung des Ministers, die Renten seien sicher": the one who gave it
            holder = self.speech_act_holder(noun, phrase_end) \
                if noun is not None and self.token_text[noun] in self.lex.speech_act_nouns else None
            if holder is not None:
                speaker = self.make_speaker(holder)
            elif noun is not None and (self.head_names_thing((phrase_start, phrase_end))
                                       or self.cannot_speak((phrase_start, phrase_end))):
                speaker = Speaker()  # "wächst die Sorge, die Stadt könne fallen": a feeling, nobody's statement
            elif noun is not None:
                speaker = self.make_speaker((phrase_start, phrase_end))
            else:
                speaker = last[1] if last is not None and si - last[0] <= CONTINUATION_WINDOW else Speaker()
            found.append(Found(chars[0], chars[1], "indirect", self.confidence("embedded_subjunctive_clauses"),
                               speaker, None, medium))
        return found

    def is_conditional(self, ss: int, se: int) -> bool:
        """The sentence states a condition: "wenn/falls/sofern …", "im Falle …", or a verb-first clause before a
        comma ("Verläuft der Test erfolgreich, würde …", "Hätte er nur Bier getrunken, so müsste …")."""
        doc = self.doc
        words = [t for t in doc[ss:se] if self.in_pair[t.i] < 0 and self.is_wordlike(t)]
        if any(t.lower_ in {"wenn", "falls", "sofern"} for t in words):
            return True
        if any(a.lower_ == "im" and b.lower_ == "falle" for a, b in zip(words, words[1:], strict=False)):
            return True
        if len(words) < 3 or not any(doc[t].text == "," for t in range(words[0].i, se)):
            return False
        first, second = words[0], words[1]
        # a sentence-initial verb is often mistagged as an adverb; a verb is followed by its subject ("Verläuft der …")
        return self.is_finite_verb(first) or (first.pos_ == "ADV" and first.lower_ not in self.lex.adverbs
                                              and second.pos_ in ("DET", "PRON"))

    def only_modal_konjunktiv_ii(self, ss: int, se: int) -> bool:
        """Every Konjunktiv II of the sentence (outside quotations) is a singular modal verb ("könnte", "dürfte")."""
        forms = [t.lower_ for t in self.doc[ss:se] if self.in_pair[t.i] < 0 and self.mood(t) == "II"]
        return bool(forms) and all(f in _MODAL_KONJUNKTIV_II for f in forms)

    def konjunktiv_ii_only_embedded(self, ss: int, se: int) -> bool:
        """Every Konjunktiv II of the sentence (outside quotations) stands in a subordinate clause (relative, adverbial,
        "um … zu", a fronted "Dass …" clause) while its main clause has an indicative finite verb ("Auch mit der
        FDP erreicht die CDU nicht die Zahl von Sitzen, die ausreichen würde"). Why: the mood of the main clause
        decides whether a sentence passes on what someone said; a hypothetical inside a relative or content clause
        of an indicative sentence is the author's own wording, not a continuation of the last statement."""
        doc = self.doc
        forms = [k for k in range(ss, se) if self.in_pair[k] < 0 and self.mood(doc[k]) == "II"]
        if not forms or not all(self.in_subordinate_clause(k, ss) for k in forms):
            return False
        return any(self.in_pair[k] < 0 and self.is_finite_verb(doc[k]) and "Ind" in doc[k].morph.get("Mood", [])
                   and not self.in_subordinate_clause(k, ss) for k in range(ss, se))

    def stands_in_for_konjunktiv_i(self, ss: int, se: int) -> bool:
        """The first finite verb of the sentence is a plural Konjunktiv II that replaces a Konjunktiv I identical to
        the indicative ("sie hätten" for "sie haben", "würden" for "werden"): reported speech like Konjunktiv I,
        not a hypothetical."""
        first = next((t for t in range(ss, se) if self.in_pair[t] < 0 and self.is_finite_verb(self.doc[t])), None)
        return first is not None and self.doc[first].lower_ in _KONJUNKTIV_I_STAND_INS and \
            self.mood(self.doc[first]) == "II"

    def report_segment(self, ss: int, se: int, anchor: int) -> tuple[int, int]:
        """The part of a sentence between semicolons/colons that holds the reported clause at anchor, extended
        over following parts that stay in the subjunctive ("…; er habe X; er sei Y")."""
        doc = self.doc
        breaks = [k for k in range(ss, se - 1) if doc[k].text in {";", ":"} and self.in_pair[k] < 0]
        start = max((b + 1 for b in breaks if b < anchor), default=ss)
        end = se
        later = [b for b in breaks if b > anchor] + [se]
        for b, nxt in zip(later, later[1:], strict=False):
            if self.subjunctive_in(b + 1, nxt) is None:
                end = b
                break
        return start, end

    def opens_main_clause(self, s: int, e: int) -> bool:
        """Tokens s..e after a comma open a main clause of their own: no subordinating or relative word opens it and
        its finite verb stands first or second, with more of the clause after it ("…, die Polizei spricht von 4.000",
        "…, jedoch ist laut ZDF fraglich", "…, ließ er verlautbaren"), not last as in a dependent clause."""
        doc = self.doc
        if s >= e or doc[s].lower_ in SUBORDINATORS | OPEN_SUBORDINATE or self.in_pair[s] >= 0 \
                or _RELATIVE_ADVERB.match(doc[s].lower_):
            return False
        if self.relative_opener(s, e) is not None:
            return False  # ", die dort demonstrierten" / ", von dem … aufgerufen wurde": a relative clause
        verb = next((k for k in range(s, e) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])), None)
        # a main clause puts one constituent (at most a few words) before its verb: "lediglich der Haupthafen der
        # Insel wurde …"
        return verb is not None and verb - s <= 5 and verb + 1 < e and self.in_pair[verb + 1] < 0 \
            and doc[verb + 1].text not in CLAUSE_BREAKS | SENT_END

    def frame_main_clause(self, qs: int, qe: int, fs: int) -> tuple[int, int]:
        """The main clause of a compound sentence that holds the source frame at fs inside its clause (not
        fronted): a frame vouches only for its own clause, so the content starts after an earlier main clause
        ("Der Absturz wird am 23. September erwartet, kann nach Angaben des Betreibers aber auch später erfolgen")
        and ends before a later one that reports with a verb of its own ("Nach Angaben der Veranstalter kamen
        7.000 Menschen, die Polizei spricht von 4.000"). A later clause in Konjunktiv I still reports the frame's
        source."""
        doc = self.doc
        starts: list[int] = []
        prev = qs  # start of the comma-separated piece before the comma at c
        for c in range(qs + 1, qe - 1):
            if self.in_pair[c] >= 0 or doc[c].text != ",":
                continue
            e = next((k for k in range(c + 1, qe) if doc[k].text in CLAUSE_BREAKS and self.in_pair[k] < 0), qe)
            # a verb right after the comma continues the clause of a fronted dependent or relative clause ("Nachdem
            # …, geht es ihm gut", "Gegen Beamte, die …, sollen …") unless the piece before is a main clause itself
            verb_first = self.is_finite_verb(doc[c + 1])
            if self.opens_main_clause(c + 1, e) and (not verb_first or self.opens_main_clause(prev, c)):
                starts.append(c + 1)
            prev = c + 1
        start = max((b for b in starts if b <= fs), default=qs)
        end = qe
        for b in (b for b in starts if b > fs):
            e = next((s for s in starts if s > b), qe + 1) - 1
            if self.subjunctive_in(b, e) == "I":
                continue
            if any(self.in_pair[k] < 0 and self.cue_at(k, e) is not None for k in range(b, e)):
                end = b - 1
            break
        return start, end

    def is_reportative(self, ss: int, se: int, recent: bool = True, account: bool = False) -> bool:
        """The reportative use of sollen (a claim passed on, not an obligation or plan) in a main clause.

        Right after a statement (``recent``) any main-clause "soll(en)" passes on what its source says or plans
        ("Die Verfahren sollen vereinfacht werden"). Elsewhere only a perfect infinitive marks the claim: at the
        sentence end ("soll einer Sabotagegruppe angehört haben") or, with "worden"/"gewesen", closing the clause of
        "soll" before a further clause ("Dabei sollen acht Menschen ums Leben gekommen sein, vier wurden verletzt").
        Plans ("soll 2010 gebaut werden") and present infinitives stay out: measured on the training split, they are
        as often plans as claims; ``recent`` only reaches two sentences back (PLAN_CONTINUATION_WINDOW). In an article
        that already reported an account (``account``), a state closing the clause ("soll rund 120 Millionen Dollar
        betragen") is a claim too: on the training split these were all reported."""
        doc = self.doc
        if {"soll", "sollen"}.isdisjoint(self.token_lower[ss:se]):
            return False  # (most sentences: the test below would read every word first)
        words = [t for t in doc[ss:se] if self.in_pair[t.i] < 0 and self.is_wordlike(t)]
        if not any(t.lower_ in {"soll", "sollen"} for t in words) or len(words) < 4:
            return False
        first_finite = next((t for t in words if self.is_finite_verb(t)), None)
        main_clause = first_finite is not None and first_finite.lower_ in {"soll", "sollen"} and \
            doc[ss].lower_ not in OPEN_SUBORDINATE | {"wer", "was", "wie", "warum", "ob", "falls"} and \
            not self.in_subordinate_clause(first_finite.i, ss)  # "…, wo die Mission den Frieden sichern soll, wird …"
        if recent and main_clause and first_finite is not None and first_finite.i > ss:
            return True
        if main_clause and first_finite is not None:
            # the infinitive closing the clause of "soll": the last words before the next clause break
            e = first_finite.i + 1
            while e < se and (doc[e].text not in CLAUSE_BREAKS | SENT_END or self.in_pair[e] >= 0):
                e += 1
            clause = [t.lower_ for t in words if first_finite.i < t.i < e]
            if len(clause) >= 2 and clause[-1] in {"haben", "sein"} and clause[-2] in {"worden", "gewesen"}:
                return True
            if account and len(clause) >= 2 and clause[-1] in self.lex.stative_infinitives and \
                    not any(w in self.lex.planned_state_words for w in clause):
                return True  # (only in an article that reported an account: alone it was mostly the author's)
        return words[-1].lower_ in {"haben", "sein"} and (words[-2].lower_ in {"worden", "gewesen"} or
                                                         words[-2].lower_ in self.lex.joined or
                                                         (self.has_pos and words[-2].pos_ in ("VERB", "AUX")))

    def postposed_source(self, ss: int, se: int) -> Speaker | None:
        """The source a sentence names itself: "Seiner Meinung nach hätte …", "Dem Vernehmen nach soll …",
        "Nach Grupps Meinung werden …" (a source noun from ``source_nouns.txt`` before a postposed "nach", or a
        genitive name before it after "nach"). Annotators mark that phrase as the speaker; a possessive resolves to
        the person it points back to."""
        doc, lex = self.doc, self.lex
        for k in range(ss, se - 1):
            if doc[k].lower_ != "nach" or self.in_pair[k] >= 0:
                continue
            if k > ss and doc[k - 1].text in lex.source_nouns:
                b = k - 1
                while b > ss and k - 1 - b < 3 and (doc[b - 1].lower_ in lex.determiners or self.is_modifier(doc[b - 1])
                                                   or doc[b - 1].lower_ in POSSESSIVES):
                    b -= 1
                if doc[b].lower_ in _NOT_DATIVE_ARTICLES:
                    continue  # "die Sicht nach oben": postposed "nach" governs a dative ("der Sicht nach")
                return self.make_speaker((b, k))
            if k + 2 < se and doc[k + 2].text in lex.source_nouns and doc[k + 1].text.endswith("s") and \
                    self.is_cap(doc[k + 1]) and (doc[k + 1].ent_type_ in ("PER", "ORG") or doc[k + 1].pos_ == "PROPN"):
                return self.make_speaker((k + 1, k + 3))
        return None

    def plan_source(self, ss: int, se: int) -> Speaker | None:
        """The plan or account a "soll" sentence follows: "Nach dem Gesetzentwurf der Koalition sollen …", "Nach
        Schäubles Idee soll …", "Je nach Quellenlage sollen …" (a noun from ``plan_nouns.txt`` after "nach", with its
        determiner, modifiers or a genitive name before it). Only for "soll": with other verbs "nach der Ankündigung"
        is mostly temporal, while the modal passes on what the plan holds. The mention is the noun phrase with its
        attribute, as annotators mark it ("dem Gesetzentwurf der Koalition"). It names the speaker of a sentence the
        rules already read as reported; it does not make a sentence a quote."""
        doc = self.doc
        for k in range(ss, se - 1):
            if doc[k].lower_ != "nach" or self.in_pair[k] >= 0:
                continue
            n = k + 1
            while n < min(se, k + 4) and (doc[n].lower_ in self.lex.determiners or self.is_modifier(doc[n])
                                          or doc[n].lower_ in POSSESSIVES
                                          or (n == k + 1 and self.is_cap(doc[n]) and doc[n].text.endswith("s")
                                              and n + 1 < se and doc[n + 1].text in self.lex.plan_nouns)):
                n += 1
            if n >= se or self.in_pair[n] >= 0 or doc[n].text.rsplit("-", 1)[-1] not in self.lex.plan_nouns:
                continue
            span = self.np_from(k + 1, se)
            return self.make_speaker(span if span is not None and span[1] > n else (k + 1, n + 1))
        return None

    def intervening_subject(self, si: int, sents: list[tuple[int, int]],
                            last: tuple[int, Speaker, str | None, bool] | None) -> Speaker | None:
        """The person or organisation the sentence right before a cue-less report is about, when that sentence
        is no statement of its own: "Staatspräsident X ist besorgt. Der Konflikt sei …", "Die Wahlkommission hat den
        Termin festgelegt. Mögliche Termine seien …". News text introduces the source of a Konjunktiv-I sentence
        in the sentence just before it; an older statement's speaker only continues when nobody else came between."""
        if si == 0 or (last is not None and last[0] >= si - 1):
            return None
        ps, pe = sents[si - 1]
        span = self.main_subject(ps, pe)
        verb = next((k for k in range(ps, pe) if self.in_pair[k] < 0 and self.is_finite_verb(self.doc[k])), None)
        if verb is not None and self.cue_at(verb, pe) is not None and self.negated_act(verb, ps, pe):
            return None  # "Dazu äußerte sich der Sprecher nicht.": who kept silent is no source; the last one goes on
        if span is None or self.head_names_thing(span) or not (
                self.is_agentive(span) or self.is_state_actor(span) or self.speaks_in(ps, pe, span)):
            # ("Der Rücktritt des Vorstandschefs kam überraschend. Die Aktionäre seien …": an event says nothing)
            # "In einem Bericht von ndr.de werden die Vorkehrungen als „extrem“ bezeichnet. Tausende Beamte seien …":
            # a passive sentence names its source as agent or as the text it stands in
            source = self.passive_source(ps, pe) or self.document_named_in(ps, pe, sents[si])
            return self.make_speaker(source) if source is not None else None
        words = self.doc[span[0]:span[1]]
        pronoun = len(words) == 1 and words[0].lower_ in {"er", "sie"}
        if not pronoun and not any(self.is_cap(t) and self.is_noun(t) for t in words):
            return None
        speaker = self.make_speaker(span)
        if pronoun and last is not None and speaker.name == last[1].name:
            return None  # "er" is the speaker still talking: the statement continues
        return speaker

    def speaks_in(self, ps: int, pe: int, span: tuple[int, int]) -> bool:
        """The subject of a sentence whose finite verb is a speech act ("Der Iran streitet dies ab", "Die Gemeinde
        widersprach"): whoever performs a speech act can speak, even when the entity recogniser missed the name."""
        doc = self.doc
        verb = next((k for k in range(ps, pe) if self.in_pair[k] < 0 and self.is_finite_verb(doc[k])), None)
        if verb is None or span[0] <= verb < span[1]:
            return False
        cue = self.cue_at(verb, pe)
        return cue is not None and (cue.says or cue.act) and not cue.intends and not self.cannot_speak(span)

    def negated_act(self, k: int, ss: int, se: int) -> bool:
        """The clause of the cue verb at k is negated ("Zu den Vorwürfen äußerte er sich nicht", "wollte sich nicht
        dazu äußern"): a speech act that did not happen makes nobody the source of what follows."""
        doc = self.doc
        start = self.clause_start(k, ss)
        end = next((t for t in range(k + 1, se) if doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0), se)
        return any(self.negates(t) for t in range(start, end))

    def negates(self, t: int) -> bool:
        """The word at t negates its clause: a clause negation outside quotation marks, unless "nicht"
        only scopes over the focus particle after it ("Nicht nur die Opposition kritisierte …", "nicht zuletzt")."""
        doc = self.doc
        if doc[t].lower_ not in CLAUSE_NEGATIONS or self.in_pair[t] >= 0:
            return False
        return not (doc[t].lower_ == "nicht" and t + 1 < len(doc)
                    and doc[t + 1].lower_ in self.lex.negation_focus_particles)

    def is_state_actor(self, span: tuple[int, int]) -> bool:
        """A subject phrase the NER labels a place ("Russland erwartet …", and often a titled name: "Dekan Berg"):
        in news a country or city as the subject of a clause stands for its government, which speaks; ``is_agentive``
        counts only PER/ORG entities."""
        words = [t for t in self.doc[span[0]:span[1]] if t.lower_ not in self.lex.determiners]
        return 0 < len(words) <= 3 and all(self.is_cap(t) for t in words) and \
            any(t.ent_type_ == "LOC" for t in words) and all(self.in_pair[t.i] < 0 for t in words)

    def passive_source(self, ps: int, pe: int) -> tuple[int, int] | None:
        """The agent a passive sentence names in first position or right after its auxiliary ("Von politischen
        Beobachtern wird dieser Schritt als wichtig gewertet", "Dies wurde vom Presseamt bekannt gegeben"); a "von"
        phrase elsewhere is mostly an attribute ("Behinderungen von Oppositionsparteien wurden registriert")."""
        doc = self.doc
        aux = next((t for t in range(ps, pe) if doc[t].lower_ in PASSIVE_AUXILIARIES and self.in_pair[t] < 0), None)
        if aux is None:
            return None
        for t in (ps, aux + 1):
            if t < pe - 1 and doc[t].lower_ in {"von", "vom"} and self.in_pair[t] < 0:
                span = self.np_from(t + 1, pe)
                if span is not None and self.is_agentive(span):
                    return span
        return None

    def document_named_in(self, ps: int, pe: int, report: tuple[int, int]) -> tuple[int, int] | None:
        """The text a sentence without a speaking subject reads from: "Im ai-Bericht werden zahlreiche Beispiele
        aufgeführt", "Die Konflikte werden im Bericht auf … zurückgeführt", "In einem Jahresbericht steht, dass …"
        (a document noun after "in"/"im"). The Konjunktiv-I sentence ``report`` after it goes on reporting that
        text, not an older statement; annotators mark the noun phrase without the preposition. Unlike
        ``document_source`` (the head of a phrase after in/aus/bei/auf as a cue's source), any noun of the phrase
        may name the text ("Im weiteren Verlauf der Pressemitteilung") and only "in" reads from it ("bei dem
        Treffen" is no text).
        A report that names the same text ("Die Leitung habe dieses Schreiben zur Kenntnis genommen") is about it,
        so the text is not its source."""
        doc = self.doc
        for t in range(ps, pe - 1):
            if doc[t].lower_ not in {"in", "im"} or self.in_pair[t] >= 0:
                continue
            span = self.np_from(t + 1, pe)
            if span is None or not self.names_document(span):
                continue
            nouns = {w.lower_ for w in doc[span[0]:span[1]] if w.lower_.endswith(self.lex.document_nouns)}
            return None if any(doc[k].lower_ in nouns for k in range(*report)) else span
        return None

    def previous_subject(self, sentence: tuple[int, int]) -> Speaker:
        """The named subject of a sentence (a person or organisation that may be the source of what follows)."""
        ps, pe = sentence
        span = self.main_subject(ps, pe)
        if span is None or not any(self.is_cap(t) and self.is_noun(t) for t in self.doc[span[0]:span[1]]) \
                or not self.is_agentive(span) or self.head_names_thing(span):
            # "Das Fleisch …", "Beide Verträge …", "der Rücktritt des Vorstandsvorsitzenden": a thing is no source
            return Speaker()
        return self.make_speaker(span)

    def indirect_content(self, k: int, ss: int, se: int, joined: bool, says: bool = True) -> tuple[int, int] | None:
        """Token range of the content clause a reporting verb at k introduces, if it is indirect speech."""
        doc = self.doc
        # content after: "X sagte, (dass) …" / "wie X mitteilte, …" (across a quoted name: "sagte der „Zeit“, …")
        j = k + 1
        while j < se and doc[j].text not in {",", ":", ";"} and (
                self.in_pair[j] < 0 or self.short_title_at(self.pair_start_token(j))):
            j += 1
        bare = self.infinitive_without_comma(k, j)
        if bare is not None:
            return bare
        # (a semicolon closes the cue's main clause: "X hatte darum gebeten; die Regierung sagte, …" — what follows
        # it is another main clause with its own verb, never this cue's content)
        if j < se and self.in_pair[j] < 0 and doc[j].text != ";":
            cs = j + 1
            ce = se
            verb = self.cue_at(k, se)
            cs = self.after_apposition(cs, se, verb.particle.split() if verb is not None and verb.particle else None)
            if cs < se and not (self.in_pair[cs] >= 0 and self.covers_to_end(cs, se)):
                first = doc[cs].lower_
                c0 = self.clause_start(k, ss)
                if self.is_finite_verb(doc[cs]) and self.in_pair[cs] < 0 and self.opens_fronted_clause(c0, k):
                    # "Nachdem die Fälschung bekannt wurde, hat sie …", "Sollte sich das bestätigen, geschieht …": the
                    # cue stands in a fronted adverbial clause; after its comma the main clause begins
                    return None
                if self.is_finite_verb(doc[cs]) and self.in_pair[cs] < 0 and self.in_relative_clause(k, ss):
                    # "Die Polizei, die am Abend informierte, sagte, …": the cue closes a relative clause inserted
                    # in the subject; the finite verb after its comma is the main clause's, not reported content
                    return None
                if says and (self.opens_with_wie(c0) or self.wie_across_apposition(c0, k, ss) is not None
                             or self.opens_with_wie(self.clause_start_across_names(k, ss))) \
                        and doc[j].text == "," and (joined or j == k + 1) and not self.is_nennen(k, se):
                    # "Wie das Ministerium mitteilte, lag die Zahl …": the frame attributes any clause (but "Syd
                    # Barrett, wie er sich selbst nannte, ist tot" gives a name and attributes nothing)
                    if self.adverbial_after_cue(cs, ce):
                        return None  # "nicht so verheerend, wie zunächst angenommen, weil der Sturm abdrehte"
                    return cs, ce
                clause_end = cs
                while clause_end < ce and doc[clause_end].text not in {",", ";"} | SENT_END:
                    clause_end += 1
                if first not in COMPLEMENTIZERS:
                    clause_end = self.infinitive_across_insertion(cs, clause_end, ce)
                dash = next((t for t in range(cs + 2, clause_end) if doc[t].text in {"–", "—"}
                             and self.in_pair[t] < 0), None)
                if dash is not None and first not in COMPLEMENTIZERS and self.is_infinitive_clause(cs, dash):
                    # "forderte die Einwohner auf, ihre Häuser zu verlassen – die Hälfte davon in Hiroshima": the
                    # infinitive ends at the dash; what follows is the author's addition
                    return cs, dash
                if not says:
                    # a speech act takes a dass-clause or a zu-infinitive ("forderte, die Reform fortzusetzen")
                    if first == "dass" or self.is_infinitive_clause(cs, clause_end) or (
                            first == "ob" and self.subjunctive_in(cs, ce) is not None):
                        if self.infinitive_ends_at(cs, clause_end, ce):
                            return cs, clause_end
                        return cs, self.content_end(cs, ce)
                    return None
                # (an adverbial clause of the author's after the comma is no content; the content may still stand
                # before the cue: "Die Lage sei ernst, sagte der Minister, als er ankam")
                if not self.adverbial_after_cue(cs, ce) and (
                        first in COMPLEMENTIZERS or self.subjunctive_in(cs, ce) is not None
                        or self.is_infinitive_clause(cs, clause_end)
                        or self.dependent_main_clause(k, j, cs, clause_end, ss)):
                    if first in COMPLEMENTIZERS - {"dass"} and self.subjunctive_in(cs, ce) is None:
                        return None  # "entscheidet, ob …", "heißt es zur Begründung, warum …": a question, not a report
                    if self.infinitive_ends_at(cs, clause_end, ce):
                        return cs, clause_end
                    return cs, self.content_end(cs, ce)
        if not says:
            return None
        # content before: "…, sagte X." / "…, wie X mitteilte."
        c = k
        while c > ss and doc[c - 1].text not in {",", ":"} and self.in_pair[c - 1] < 0:
            c -= 1
        if c + 1 == k and doc[c].lower_ in {"das", "dies"} and c - 1 > ss and doc[c - 1].text in {",", "–", "-"}:
            # "…ausgefallen, das teilte das Institut mit" / "… – das beschreiben Forscher": the pronoun points back
            return ss, c - 1
        if c < k and doc[c].lower_ in SUBORDINATORS:
            # "Grund dafür sei, dass die USA einen Anschlag befürchtet": a verb inside a dass/weil-clause
            # reports nothing of the clause before it (only "wie X mitteilte" does, handled below)
            return None
        if c == k and joined and c > ss:
            # "…, wie Burt Rutan, Chef der Firma, mitteilt": the "wie" stands before an apposition
            wie = next((p for p in range(k - 1, max(ss, k - 15), -1)
                        if doc[p].lower_ == "wie" and doc[p - 1].text == "," and self.in_pair[p] < 0), None)
            if wie is not None and wie - 1 > ss:
                return ss, wie - 1
        wie = self.wie_across_apposition(c, k, ss) if c < k else None
        if wie is not None and wie - 1 > ss and doc[wie - 1].text == "," and self.closes_sentence(k, se) \
                and self.has_verb(ss, wie - 1):
            return ss, wie - 1  # "…, wie Karl Huber, Sprecher der Feuerwehr, am Abend mitteilte."
        if c > ss and doc[c - 1].text == "," and (self.is_adverbial_clause(ss, c - 1) or (
                c == k and self.is_verb_first_condition(ss, c - 1))):
            # "Obwohl das Handy bei ihm gefunden wurde, bestritt er die Tat", "Sollte die Regierung nicht einlenken,
            # drohe ein Streik": a condition, not content
            return None
        if c > ss and doc[c - 1].text == "," and (self.in_pair[c - 2 if c >= 2 else 0] < 0
                                                   or (c - 2 >= ss and self.name_closes_clause(c - 2, ss))):
            if c == k and self.phrase_with_complement_clause(ss, c - 1, COMPLEMENTIZERS - {"dass"}):
                return None  # "Auf die Frage, ob er zurücktreten werde, antwortete er": the question is the Vorfeld
            if self.subjunctive_in(ss, c - 1) is not None or (joined and doc[c].lower_ == "wie"):
                return ss, c - 1
            if doc[c].lower_ == "wie" and self.closes_sentence(k, se) and self.has_verb(ss, c - 1):
                # "…, wie die Agentur gestern berichtete." / "…, wie der Verband bekannt gab.": a closing
                # wie-clause with its verb last reports the clause before it, whatever its mood
                return ss, c - 1
            if c == k and doc[k].lower_ in HEISSEN_FORMS and self.has_verb(ss, c - 1):
                return ss, c - 1  # "…, heißt es."
            after = self.np_after(k + 1, se) if c == k else None
            if after is not None and (se - after[1] <= 5 or self.verbless_tail(after[1], se)) \
                    and self.has_verb(ss, c - 1) and not self.phrase_with_relative_clause(ss, c - 1):
                # "Ein weiteres Konsulat soll folgen, gab der Außenminister bekannt." — an inverted cue
                # clause closing the sentence reports the clause before it, whatever its mood
                return ss, c - 1
        inverted = c == k and (self.np_after(k + 1, se) is not None or doc[k].lower_ in HEISSEN_FORMS)
        # "…, ließ der Minister ausrichten": the cue last after the clause's finite verb
        verb_last = c < k and joined and self.is_finite_verb(doc[c]) and self.closes_sentence(k, se)
        if c > ss + 1 and (inverted or verb_last) and doc[c - 1].text == "," and self.in_pair[c - 2] >= 0 and \
                self.pair_start_token(c - 2) > ss and self.subjunctive_in(ss, self.pair_start_token(c - 2)) == "I":
            # "Man sei „zutiefst erschüttert“, teilte das Unternehmen mit" / "…, hieß es in einer Mitteilung": a
            # quoted phrase closing reported speech whose Konjunktiv I verb stands before it; the inverted cue after
            # the comma reports the whole clause
            return ss, c - 1
        return None

    def adverbial_after_cue(self, cs: int, ce: int) -> bool:
        """The clause after the cue's comma is the author's adverbial clause, not the cue's content: a purpose
        infinitive ("hat nicht geantwortet, um eine Eskalation zu vermeiden") or an indicative clause of time, cause
        or condition ("als vermisst gemeldet, nachdem er nicht mehr zu sehen war"). Why: the content of a saying verb
        is a dass/ob-clause, a bare zu-infinitive or a verb-second clause; an adverbial conjunction reports only
        when its clause is in the subjunctive ("kritisierte, weil die Abgeordneten keinen Antrag gestellt hätten")."""
        doc = self.doc
        first = doc[cs].lower_
        if self.in_pair[cs] >= 0:
            return False
        if first in ADVERBIAL_INFINITIVES:
            return any(doc[t].lower_ == "zu" for t in range(cs + 1, ce))
        return first in ADVERBIAL_SUBORDINATORS and self.subjunctive_in(cs, ce) is None

    def infinitive_without_comma(self, k: int, j: int) -> tuple[int, int] | None:
        """The zu-infinitive right after a cue at the end of its clause, written without a comma ("hat angekündigt
        ihr Mandat niederzulegen", "wurden aufgefordert Türen und Fenster geschlossen zu halten"), up to ``j`` (the
        next comma or colon, or the sentence end). Why: since the 1996 spelling reform the comma before such an
        infinitive group is optional, so the missing comma does not make it part of the cue clause."""
        doc = self.doc
        if j - k < 3 or any(self.in_pair[t] >= 0 or self.is_finite_verb(doc[t]) for t in range(k + 1, j)):
            return None
        if not ("Part" in doc[k].morph.get("VerbForm", []) or doc[k].lower_ in self.lex.joined):
            return None  # a finite cue is followed by its own subject or object ("forderte die Bürger auf zu …")
        if doc[k + 1].lower_ in ADVERBIAL_INFINITIVES | {"zu"} or not self.is_infinitive_clause(k + 1, j):
            return None  # "… bestätigt zu werden": the participle is itself part of an infinitive
        return k + 1, j

    def opens_with_wie(self, c: int) -> bool:
        """The clause at token c opens with "wie", also after a conjunction that joins the sentence to the one before
        ("Doch wie der Sender berichtete, …", "Denn wie die Zeitung schrieb, …", "Und wie …")."""
        doc = self.doc
        if c < len(doc) and doc[c].lower_ in SENTENCE_LINKS and self.in_pair[c] < 0:
            c += 1
        return c < len(doc) and doc[c].lower_ == "wie"

    def clause_start_across_names(self, k: int, ss: int) -> int:
        """Like clause_start, but a short quoted name inside the clause does not end it ("Wie „heise online“
        berichtet, …"): media and party names stand in quotation marks in German news, whatever their case."""
        return self.clause_start(k, ss, self.quoted_name_start)

    def quoted_name_start(self, t: int) -> int | None:
        """The opening mark of the quotation that token t stands in when it is a short name (at most four words, no
        sentence punctuation at its end, no finite verb), else None."""
        start, end = self.pairs[self.in_pair[t]]
        inner = self.text[start + 1:end - 1]
        opening = self.pair_start_token(t)
        # (after an article the quotation names something even with a verb in it: "von der „Aktion Deutschland
        # hilft“", "die Initiative „Wir sind mehr“" — quoted words follow no article)
        articles = self.lex.determiners
        named = opening > 0 and (self.doc[opening - 1].lower_ in articles or opening > 1 and self.is_noun(
            self.doc[opening - 1]) and self.doc[opening - 2].lower_ in articles)
        if len(inner.split()) > 4 or inner.rstrip().endswith((".", "!", "?", ",")) or (not named and any(
                self.is_finite_verb(self.doc[x]) for x in range(opening, t + 1))):
            return None
        return opening

    def dependent_main_clause(self, k: int, comma: int, cs: int, clause_end: int, ss: int) -> bool:
        """The clause after the cue's comma is a dependent main clause (verb second, no conjunction) that the cue
        clause ends on: "Kritiker warfen ihm vor, er wollte sich bereichern", "warnte er, die Organisatoren
        verfolgten eigene Ziele". Why: German embeds what was said without "dass" only as a verb-second clause
        right after the saying verb, whatever its mood (ambiguous preterites, indicative in quoted phrases)."""
        doc = self.doc
        verb = self.cue_at(k, comma + 1)
        # "teilte am Dienstag nach der Sitzung mit, die Schulen bleiben zu": the particle closes the middle field
        # (the right sentence bracket), so the comma after it cannot open an apposition to a noun inside it
        bracket_closed = verb is not None and bool(verb.particle) and comma > k + 1 \
            and [t.lower_ for t in doc[comma - len(verb.particle.split()):comma]] == verb.particle.split() \
            and not any(doc[t].lower_ in CLAUSE_NEGATIONS | {"kein", "keine", "keinen", "keiner"}
                        for t in range(k + 1, comma)) \
            and self.middle_field_without_object(k + 1, comma - len(verb.particle.split()))
        if doc[comma].text != "," or (comma != k + 1 and not bracket_closed and not all(
                doc[t].lower_ in self.lex.pronouns or (self.has_pos and doc[t].pos_ in ("ADV", "ADP", "PART", "PRON"))
                for t in range(k + 1, comma))):
            return False  # an object or subject noun phrase between: "kritisierte die Pläne, die Regierung …"
        opener = self.clause_start(k, ss)
        if any(doc[t].lower_ in PASSIVE_AUXILIARIES | {"ich", "wir", "zu"} for t in range(opener, k + 1)):
            return False  # "wird … gesehen, …", "ist zu berichten, …", "Ich glaube, …": nobody else is reported
        subject = self.np_from(cs, clause_end)
        if subject is None or subject[1] >= clause_end:
            return False
        return self.is_finite_verb(doc[subject[1]]) and self.in_pair[cs] < 0

    def middle_field_without_object(self, start: int, end: int) -> bool:
        """Tokens start..end hold only adverbs, pronouns and prepositional phrases ("am Dienstag nach der Sitzung"), no
        object noun phrase: "gab am Montag ihre Quartalszahlen bekannt, die Aktie stieg" announced the figures, and
        the clause after its comma is the author's."""
        doc = self.doc
        in_phrase = False
        for t in range(start, end):
            tok = doc[t]
            if tok.lower_ in self.lex.prepositions or tok.lower_ == "von":
                in_phrase = True
            elif in_phrase:
                in_phrase = not self.is_noun(tok)  # the phrase ends with its noun
            elif tok.lower_ in {"des", "der", "eines", "einer"} and t > start and self.is_noun(doc[t - 1]):
                in_phrase = True  # a genitive attribute of the phrase's noun ("nach einer Sitzung des Krisenstabs")
            elif tok.lower_ in self.lex.determiners or self.is_noun(tok):
                return False
        return True

    def opens_clause_after_so(self, k: int, se: int) -> bool:
        """The "so" at k opens a clause of its own: a finite verb follows its noun phrase ("…, so mancher Reifen
        wurde gewechselt"), where a ", so X" frame has only the source (and a medium phrase) after it."""
        span = self.np_from(k + 1, se)
        if span is None or span[1] >= se:
            return False
        nxt = self.doc[span[1]]
        return self.in_pair[nxt.i] < 0 and self.is_finite_verb(nxt)

    def is_nennen(self, k: int, se: int) -> bool:
        """The cue at k is a form of "nennen" (which names or terms more often than it quotes)."""
        verb = self.cue_at(k, se)
        return verb is not None and verb.lemma == "nennen"

    def names_itself(self, k: int, ss: int, hi: int) -> bool:
        """The cue at k is "nennen" used reflexively or with the impersonal "man" before token hi ("die sich selbst
        „…“ nennt", "Dies nennt man einen „Aktiensplit“"): it gives a name or term, nobody is quoted."""
        if not self.is_nennen(k, len(self.doc)):
            return False
        return any(self.doc[t].lower_ in {"sich", "man"} and self.in_pair[t] < 0
                   for t in range(self.clause_start(k, ss), hi))

    def opens_fronted_clause(self, c: int, k: int) -> bool:
        """The clause starting at c (holding the cue at k) is a fronted adverbial clause: opened by a subordinating
        conjunction ("Nachdem …", "Wenn …") or by its finite verb before the cue ("Sollte sich das bestätigen")."""
        if self.in_pair[c] >= 0:
            return False
        return self.adverbial_opener(c, k + 1) is not None or (c < k and self.is_finite_verb(self.doc[c]))

    def anaphor_content_start(self, si: int, sents: list[tuple[int, int]], found: list[Found]) -> int:
        """Where the content a sentence-opening "Das sagte X." points back to starts: the sentence before it, or
        the two before it when they alone make up the paragraph (a two-sentence lead: "A. B. Das teilte X mit.")
        and the first of them reported nothing itself."""
        ps = sents[si - 1][0]
        if si < 2 or self.starts_paragraph(ps):
            return ps
        ps2, pe2 = sents[si - 2]
        if not self.starts_paragraph(ps2):
            return ps
        first_chars = self.doc[ps2].idx, self.doc[pe2 - 1].idx + len(self.doc[pe2 - 1].text)
        if any(f.start < first_chars[1] and first_chars[0] < f.end for f in found):
            return ps
        return ps2

    def name_closes_clause(self, t: int, ss: int) -> bool:
        """Token t, inside quotation marks, belongs to a quoted name or term that merely ends an author's clause
        ("Der Planet begleitet den Stern „HD 13189“, teilte die Universität mit."): the marks open after a
        word mid-sentence, so the quotation is no statement of its own."""
        if self.in_pair[t] < 0:
            return False
        first = self.pair_start_token(t)
        before = self.doc[first - 1] if first - 1 > ss else None
        return before is not None and before.text[:1].isalpha() and self.short_title_at(first)

    def verbless_tail(self, s: int, se: int) -> bool:
        """Tokens s..se hold no clause of their own (no finite verb, subordinator or quotation): only attributes
        and adverbials of a speaker ("von der University of St. Andrews, Schottland, am Montag")."""
        doc = self.doc
        if s < se and doc[s].text not in {",", "–"} and doc[s].lower_ not in self.lex.prepositions and not (
                self.has_pos and doc[s].pos_ in ("ADV", "ADP")):
            return False  # "…, fordert X ein Ende der Gewalt": the verb's own object follows, no inverted cue
        return se - s <= 15 and not any(
            self.in_pair[t] >= 0 or self.is_finite_verb(doc[t]) or doc[t].lower_ in COMPLEMENTIZERS | SUBORDINATORS
            or doc[t].lower_ in {"und", "aber", "doch", "sondern", "die", "der", "das"} and doc[t - 1].text == ","
            for t in range(s, se))

    def after_apposition(self, cs: int, se: int, particle: list[str] | None = None) -> int:
        """Where content after a cue's comma starts when the comma opens an apposition to the speaker first
        ("erklärte der Eigentümer, das Medienhaus Lensing, dass …", or with the verb's ``particle`` after it: "gab
        der Leiter, Andreas Huber, bekannt, dass …"): after the apposition's closing comma."""
        doc = self.doc
        if particle and self.particle_after_inserted_clause(cs - 1, se, particle):
            # "warf der Opposition, nachdem die Zahlen bekannt wurden, vor, sie habe …": a dependent clause inserted
            # before the verb's particle; the content starts after the particle's comma
            inserted_end = next(t for t in range(cs, se) if doc[t].text == ",")
            return min(se, inserted_end + len(particle) + 2)
        if cs >= se or doc[cs].lower_ in COMPLEMENTIZERS or not (
                doc[cs].lower_ in self.lex.determiners or self.is_cap(doc[cs])):
            return cs
        name_end = self.apposed_name_end(cs - 1, se)
        if name_end is not None and name_end + 1 < se and self.in_pair[name_end + 1] < 0 and cs >= 2 \
                and self.is_noun(self.doc[cs - 2]) and not self.has_verb(cs, name_end) \
                and not (particle and doc[name_end + 1].lower_ == particle[0]) \
                and self.relative_opener(name_end + 1, se) is None:
            # (a relative clause after the name makes the name the content's subject: "sagte der Minister, Angela
            # Merkel, die gestern in Paris war, habe zugestimmt")
            # "erklärte die Vorsitzende der Partei, Anna Keller, man werde klagen": a name apposed to the inverted
            # subject; the content starts after its closing comma
            return name_end + 1
        close = next((t for t in range(cs + 1, min(se, cs + 12)) if doc[t].text in CLAUSE_BREAKS), None)
        if close is not None and particle and self.particle_before_dass(close, se, particle):
            close += len(particle) + 1  # "gab der Leiter, Andreas Huber, bekannt, dass …"
        if close is None or doc[close].text != "," or close + 1 >= se or doc[close + 1].lower_ != "dass" or \
                self.has_verb(cs, close) or any(self.in_pair[t] >= 0 and not self.short_title_at(
                    self.pair_start_token(t)) for t in range(cs, close)):
            return cs
        return close + 1

    def author_resumes(self, s: int, ce: int) -> bool:
        """The clause from s on is the author's (a verb, no Konjunktiv): "…, jedoch stets beteuert, …"."""
        end = next((t for t in range(s, ce) if self.doc[t].text in CLAUSE_BREAKS | SENT_END), ce)
        return self.has_verb(s, end) and self.subjunctive_in(s, end) is None

    def fronted_frame_end(self, t: int, se: int) -> int:
        """Where the reported clause after a sentence-opening frame starts: at the finite verb in second position
        ("Nach Angaben von X, dem Direktor des Instituts, ist …", "Nach Planungen aus dem Jahr 2005 wird …"),
        past the rest of the source phrase that the speaker mention does not cover."""
        doc = self.doc
        if not self.has_morph:
            return t
        u = t
        while u < min(se, t + 20):
            if u > t and self.in_pair[u] >= 0 and self.short_title_at(self.pair_start_token(u)) \
                    and not self.is_finite_verb(doc[u]):
                # "Laut einer Studie im Fachblatt „Nature“ schmilzt …": a quoted title inside the source phrase
                pair = self.in_pair[u]
                while u < se and self.in_pair[u] == pair:
                    u += 1
                continue
            if self.in_pair[u] >= 0 or doc[u].text in SENT_END or doc[u].text in {":", ";"}:
                return t
            if doc[u].text == "," and u + 1 < se and doc[u + 1].lower_ in SUBORDINATORS | RELATIVE_FORMS:
                # ", die am Abend eintraf,": a relative or subordinate clause ends in its own verb, which is not
                # the main clause's (", dem Direktor des Instituts, ist" is an apposition and goes on)
                close = next((c for c in range(u + 2, se) if doc[c].text == ","), None)
                if close is not None and self.is_finite_verb(doc[close - 1]):
                    u = close + 1
                    continue
                finite = next((c for c in range(u + 2, close or se) if self.is_finite_verb(doc[c])), None)
                if close is None and finite is not None and not (
                        self.is_noun(doc[u + 2]) and finite + 1 < se and doc[finite + 1].text not in SENT_END):
                    # a verb closing the sentence ends a relative clause; one followed by more words after an
                    # apposition without its closing comma ("…, dem Direktor des Instituts ist die Zahl …") is
                    # the main clause's
                    return t
            if self.is_finite_verb(doc[u]):
                return u
            u += 1
        return t

    def clauses_with_own_frames(self, ss: int, se: int, medium: str | None) -> list[Found]:
        """Two main clauses joined by a comma, each with its own source frame: "Laut Sozialministerium wurden 300
        Menschen geimpft, nach Senatsangaben waren es 500." Why: each frame vouches only for its own clause; read
        as one frame over the sentence, one source would take both figures (or the other clause would be lost)."""
        doc = self.doc
        # (a cheap test first: most sentences hold at most one word that opens a frame)
        openers = [t for t in range(ss, se) if doc[t].lower_ in {"laut", "nach", "zufolge", "gemäß"}]
        if len(openers) < 2:
            return []
        for c in range(openers[0] + 2, min(se - 3, openers[-1])):
            if doc[c].text != "," or self.in_pair[c] >= 0 or doc[c + 1].lower_ in SUBORDINATORS | COMPLEMENTIZERS \
                    | COORDINATORS or self.relative_opener(c + 1, se) is not None:
                continue  # (a dependent clause after the comma belongs to the clause before it)
            found: list[Found] = []
            for a, b in ((ss, c), (c + 1, se)):
                frame = self.find_frame(a, b)
                if frame is None:
                    break
                fs, fe, speaker_span, side = frame
                if speaker_span is None or side not in ("after", "before", "subject"):
                    break  # ("subject": "…, nach eigenen Angaben war er betrunken": the clause's subject is the source)
                ms, me = speaker_span
                if any(self.in_pair[t] >= 0 or doc[t].text in CLAUSE_BREAKS for t in range(a, b)):
                    break  # only plain clauses: an insertion or quotation has its own reading
                if side == "after" and fs == a:
                    qs = self.fronted_frame_end(me, b)
                elif side == "before" and ms == a:
                    qs = fe
                else:
                    qs = a
                outside = [t for t in range(a, b) if not fs <= t < (fe if side == "subject" else max(fe, me))]
                if not any(self.is_finite_verb(doc[t]) for t in outside):
                    break  # each half is a clause with its own finite verb, not a phrase ("laut X, nach Y")
                chars = self.char_span(qs, b, keep_end_punct=False)
                if chars is None:
                    break
                cue_end = doc[fe - 1].idx + len(doc[fe - 1].text)
                found.append(Found(chars[0], chars[1], "indirect", self.confidence("source_frame"),
                                   self.make_speaker((ms, me)), TextSpan(doc[fs].idx, cue_end,
                                                                         self.text[doc[fs].idx:cue_end]), medium))
            if len(found) == 2:
                return found
        return []

    def closing_so_frame(self, ss: int, se: int, k: int, sent_found: list[Found],
                         medium: str | None) -> Found | None:
        """The ", so X" frame at k closes the sentence (only the speaker and its attributes follow) and lies inside
        content found for a cue: the frame attributes everything before it."""
        doc = self.doc
        np = self.np_from(k + 1, se)
        if np is None or self.in_pair[k - 1] >= 0 or not any(f.start < doc[k].idx < f.end for f in sent_found):
            return None
        if np[1] < se - 1 and not self.verbless_tail(np[1], se - 1):
            return None
        return self.found(ss, k, "indirect", self.confidence("so_frame"), self.make_speaker(np), self.token_span(k),
                          medium)

    def closing_dash_so(self, k: int, se: int) -> bool:
        """The "so X" at k follows a single dash and closes the sentence ("Die Lage sei ernst – so der Minister."):
        the dash stands for the comma of a closing frame (a dash pair is an insertion, see ``inserted_so_frame``)."""
        doc = self.doc
        if doc[k - 1].text not in INSERTION_DASHES or self.insertion_partner(k - 1) >= 0:
            return False
        np = self.np_from(k + 1, se)
        end = se - 1 if doc[se - 1].text in SENT_END else se
        return np is not None and (np[1] >= end or self.verbless_tail(np[1], end))

    def inserted_so_frame(self, ss: int, se: int, k: int, medium: str | None) -> Found | None:
        """The "so X" frame at k fills a paired insertion ("– so der Minister –", "(so X)"): the whole sentence
        around it is the report, with X as the source."""
        close = self.insertion_partner(k - 1)
        if close <= k or self.between_quotations(k - 1, close):
            return None  # "„…“ – so X – „…“": the cue of two direct quotations, found with them
        np = self.np_from(k + 1, close)
        if np is None or (np[1] < close and not self.verbless_tail(np[1], close)):
            return None
        qs, qe = self.report_segment(ss, se, k)
        if not any(self.is_finite_verb(self.doc[t]) for t in self.outside_insertions(qs, qe)):
            return None  # "war vieles neu: …, und – so der eigene Wunsch – eine …": no clause, only a list item
        if all(self.doc[t].is_punct or self.doc[t].is_space for t in range(close + 1, qe)):
            qe = k - 1  # "Die Lage sei ernst (so der Minister).": a closing frame is no part of the content
        return self.found(qs, qe, "indirect", self.confidence("inserted_so_frame"), self.make_speaker(np),
                          self.token_span(k), medium)

    def infinitive_ends_at(self, cs: int, clause_end: int, ce: int) -> bool:
        """A zu-infinitive content ends at its comma when the author's sentence resumes there: a finite verb of the
        main clause ("der erklärt hat, gegen das Paket stimmen zu wollen, könnte es eng werden") or a comment clause
        ("forderte, Informationen zu sammeln, wobei die Aufgabe … angesiedelt wurde"). Any mood: after an infinitive
        the reported statement has no finite verb of its own that a Konjunktiv could continue."""
        doc = self.doc
        if clause_end + 1 >= ce or doc[clause_end].text != "," or self.in_pair[clause_end] >= 0 or \
                doc[cs].lower_ in COMPLEMENTIZERS or not self.is_infinitive_clause(cs, clause_end) or \
                self.subjunctive_in(cs, clause_end) is not None:
            return False
        nxt = doc[clause_end + 1]
        if self.in_pair[nxt.i] >= 0:
            return False
        return nxt.lower_ in self.lex.comment_connectives or (
            self.has_morph and self.is_finite_verb(nxt) and nxt.text[:1].islower())

    def comma_closing_frame(self, after: int, se: int) -> int | None:
        """The comma or dash that closes an interposed ", so X," frame whose speaker ends at ``after``: the first one
        outside quotation marks, within a speaker's length (a name, a role and a medium phrase)."""
        doc = self.doc
        comma = next((t for t in range(after, se) if doc[t].text in {",", "–"} and self.in_pair[t] < 0), None)
        return comma if comma is not None and comma - after <= 12 else None

    def resumed_content_end(self, after: int, se: int, end: int, start: int | None = None) -> int:
        """Where the content of an interposed ", so X," frame ends: the frame at `end` closes the content unless,
        after the speaker (and a medium phrase) and a comma, the sentence goes on in the subjunctive ("Doch sei es,
        so der Schriftsteller in einem Blogeintrag, ein Haufen mächtiger Leute gewesen") or, given the content's
        ``start``, finishes the clause the frame interrupted (``completes_interrupted_clause``)."""
        comma = self.comma_closing_frame(after, se)
        if comma is None:
            return end
        if self.subjunctive_in(comma + 1, se) is not None or (
                start is not None and (self.completes_interrupted_clause(start, end, comma + 1, se)
                                       or self.frame_after_finite_verb(start, end, comma + 1, se))):
            return se
        return end

    def frame_after_finite_verb(self, start: int, frame: int, s: int, se: int) -> bool:
        """An interposed frame (its comma at ``frame - 1``) stands right after the finite verb of the clause it
        interrupts ("Die Lage sei, so der Minister, ernst", "Man werde, kündigte sie an, alles prüfen"): a German
        main clause puts its finite verb second and its complements after it, so a clause that stops at its verb
        is unfinished, and the words after the frame (``s``…) finish it when they open no clause of their own (no
        finite verb before the next clause break, no conjunction first)."""
        doc = self.doc
        verb = frame - 2
        if verb <= start or doc[frame - 1].text != "," or self.in_pair[verb] >= 0 or not self.is_finite_verb(doc[verb]):
            return False
        if any(doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(start, verb)):
            return False
        if s >= se or self.in_pair[s] >= 0 or doc[s].lower_ in SUBORDINATORS | COMPLEMENTIZERS:
            return False
        end = next((t for t in range(s, se) if doc[t].text in CLAUSE_BREAKS | SENT_END and self.in_pair[t] < 0), se)
        # after an auxiliary or modal the clause closes with its infinitive, which a tagger may read as a plural
        # present ("Man werde, so X, alles prüfen")
        closing_infinitive = end - 1 if doc[verb].lemma_ in AUXILIARY_LEMMAS and self.reads_as_infinitive(
            doc[end - 1]) else -1
        return end > s and not any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) and t != closing_infinitive
                                   for t in range(s, end))

    def cue_interrupting_clause(self, k: int, ss: int, se: int) -> tuple[int, int] | None:
        """The inverted subject of a verb-first cue clause set off by commas inside one reported clause: between
        the first phrase and the finite verb ("Die Lage, sagte der Minister, sei ernst") or right after the finite
        verb ("Man werde, kündigte sie an, alles prüfen"). Why: a German main clause has exactly one phrase
        before its finite verb, so a phrase with no verb of its own before the cue cannot stand alone, and a
        clause stopping at its finite verb is unfinished; the cue's speaker reports the whole sentence."""
        doc = self.doc
        # the cue clause may open with "so" ("Der Grund, so vermutet die Zeitung, dürfte … gewesen sein")
        lead = k - 1 if k - 1 > ss and doc[k - 1].lower_ == "so" and self.in_pair[k - 1] < 0 else k
        if lead - 1 <= ss or doc[lead - 1].text != "," or self.in_pair[lead - 1] >= 0 \
                or not self.is_finite_verb(doc[k]):
            return None
        if doc[ss].lower_ in SUBORDINATORS | COMPLEMENTIZERS or any(
                doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(ss, lead - 1)):
            return None  # "Wenn es regnet, sagte er, …": a fronted dependent clause, not the Vorfeld
        close = next((t for t in range(k + 1, min(se, k + 14)) if doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0),
                     None)
        if close is None or doc[close].text != "," or close + 1 >= se - 1 or self.in_pair[close + 1] >= 0:
            return None  # "„Wir werden“, sagte er, „alles prüfen“" is a direct quotation's cue
        if any(self.is_finite_verb(doc[t]) for t in range(k + 1, close)):
            return None
        subject = self.np_after(k + 1, close)
        if subject is None:
            return None
        finite_before = [t for t in range(ss, lead - 1) if self.in_pair[t] < 0 and self.is_finite_verb(doc[t])]
        if not finite_before:
            return subject if self.is_finite_verb(doc[close + 1]) else None
        return subject if self.frame_after_finite_verb(ss, lead, close + 1, se) else None

    @staticmethod
    def reads_as_infinitive(tok: Token) -> bool:
        """The word is its own lemma and ends in -n: the infinitive a modal or auxiliary waits for, even where the
        tagger reads it as a plural present ("prüfen", "begrenzen")."""
        return tok.lower_ == tok.lemma_.lower() and tok.lower_.endswith("n")

    def completes_interrupted_clause(self, start: int, frame: int, s: int, se: int) -> bool:
        """The words s..se after an interposed frame (at ``frame``) finish the clause it interrupted: the part
        before the frame has a finite auxiliary or modal still waiting for its participle or infinitive, and the
        words after it bring one and no finite verb of their own ("Alles in allem sei es, so der Bericht, möglich
        gewesen, Wahlkampf zu betreiben"). An apposition of the speaker ("so Müller, Sprecher der Polizei") has no
        verb, a relative clause ("so Müller, der …") a finite one; after a complete clause ("ATTAC unterstützt den
        Streik, so der Aufruf, verbunden mit Kritik") the participle belongs to the frame."""
        if not (self.has_pos and self.has_morph):
            return False
        doc = self.doc
        before = [doc[t] for t in range(start, frame) if self.in_pair[t] < 0 and doc[t].pos_ in ("VERB", "AUX")]
        if len(before) != 1 or before[0].lemma_ not in AUXILIARY_LEMMAS or not self.is_finite_verb(before[0]):
            return False
        words = [doc[t] for t in range(s, se) if self.in_pair[t] < 0]
        # the clause's last word may be the infinitive the modal waits for, which a tagger may read as a plural
        # present ("Sie solle sich, so Gall, auf schwere Fälle begrenzen")
        last = next((t for t in reversed(words) if t.is_alpha), None)
        infinitive = last if last is not None and self.reads_as_infinitive(last) else None
        return any(t.pos_ in ("VERB", "AUX") for t in words) and not any(
            self.is_finite_verb(t) and t is not infinitive for t in words)

    def so_frame_before_finite(self, after: int, se: int) -> int | None:
        """The sentence end when a ", so X," frame stands between the first phrase and the finite verb ("Sein
        Rivale McCain, so Obama weiter, würde Spenden erhalten", "„In absehbarer Zeit“, so der Vorstand, wird VW
        …"): a German main clause puts its finite verb second, so the phrase before the frame opens the clause the
        frame attributes, and the whole sentence is X's report; None when no finite verb follows the frame."""
        doc = self.doc
        comma = self.comma_closing_frame(after, se)
        if comma is None or comma + 1 >= se or self.in_pair[comma + 1] >= 0:
            return None
        return se if self.is_finite_verb(doc[comma + 1]) else None

    def reported_cue_clause(self, k: int, ss: int) -> bool:
        """The main clause of the cue at k is itself in Konjunktiv I ("Ferner habe die Studie festgestellt, …",
        "Außerdem habe die Überprüfung ergeben, …"): it continues somebody's statement, whole sentence included."""
        doc = self.doc
        if any(doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0 for t in range(ss, k)):
            return False
        finite = next((doc[t] for t in range(ss, k + 1) if self.in_pair[t] < 0 and self.is_finite_verb(doc[t])), None)
        return finite is not None and self.mood(finite) == "I"

    def framed_cue_clause_start(self, k: int, ss: int, frame: tuple[int, int, tuple[int, int], str]) -> int | None:
        """Where the reported content starts when a source frame (from ``cue_clause_frame``) stands in the main
        clause of the cue at k: "Laut CNN hat der Minister verkündet, …" → from "hat"; "Ausländer wurden nach Angaben
        eines Helfers angewiesen, … zu verlassen" → the whole clause. Why: the frame's source passes on the clause
        with its speech act (the minister announcing), so the report is that clause, not only the minister's
        words; None when the cue stands in a subordinate clause or the frame is not in the cue's clause."""
        doc = self.doc
        c0 = self.clause_start(k, ss)
        if c0 != ss or doc[c0].lower_ in SUBORDINATORS | COMPLEMENTIZERS:
            return None  # only a main clause opening the sentence: "…, weil laut X …" keeps the cue's content
        fs, fe, span, side = frame
        if fs > c0:
            return c0  # the frame inside the clause: the whole clause is reported
        start = max(fe, span[1]) if side == "after" else fe
        return start if start <= k else None

    def interposed_cue(self, k: int, ss: int) -> bool:
        """The cue clause at k stands between two parts of one reported sentence: "…, sagte X, …" (inverted) or
        "…, wie X sagte, …", and the part before it is in the subjunctive."""
        doc = self.doc
        c = self.clause_start(k, ss)
        if c - 1 <= ss or doc[c - 1].text != "," or not (c == k or doc[c].lower_ == "wie"):
            return False
        # the verb of the first clause (not of a relative clause: "In einer Botschaft, die … wurde, sagte X, …")
        first_clause_end = next((t for t in range(ss, c - 1) if doc[t].text in CLAUSE_BREAKS and self.in_pair[t] < 0),
                                c - 1)
        first_finite = next((doc[t] for t in range(ss, first_clause_end)
                             if self.in_pair[t] < 0 and self.is_finite_verb(doc[t])), None)
        return first_finite is not None and self.mood(first_finite) is not None

    def content_end(self, cs: int, ce: int) -> int:
        """Where a reported clause ends: before ", <indicative finite verb>" when the main clause resumes
        ("erklärte, er sei unschuldig, erkannte das Gericht nicht an")."""
        if not self.has_morph:
            return ce
        doc = self.doc
        for t in range(cs + 1, ce - 1):
            if self.in_pair[t] >= 0:
                continue
            if doc[t].text == ";" and self.subjunctive_in(t + 1, ce) is None:
                return t  # "…, die Anschläge verübt zu haben; diese bekannte sich jedoch nie …"
            if doc[t].text == ",":
                nxt = doc[t + 1]
                if self.is_finite_verb(nxt) and "Ind" in nxt.morph.get("Mood", []) and nxt.text[:1].islower():
                    return t
                if nxt.lower_ == "doch":
                    return t  # "…, Annabi sei tot, doch ein Sprecher erklärte …"
                if self.main_clause_after_closed_clause(cs, t, ce):
                    return t  # "dachte niemand, dass es so lange Bestand haben würde, mehrmals wurde es verlängert"
                if nxt.lower_ == "jedoch" and self.author_resumes(t + 2, ce):
                    return t  # "…, er habe nicht exakt gearbeitet, jedoch stets beteuert, …"
                if self.authors_adverbial_clause(t + 1, ce):
                    return t  # "beschloss, ihn zurückzuholen, nachdem bekannt geworden war, …"
            if doc[t].lower_ in {"und", "aber"} and self.is_finite_verb(doc[t + 1]) and \
                    "Ind" in doc[t + 1].morph.get("Mood", []):
                return t  # "…, sie müssten ihre Zurückhaltung aufgeben und bemühte …"
        return ce

    def negated_cue(self, k: int, verb: CueVerb) -> bool:
        """The reporting verb at k is negated by "nicht" right before it ("wollte nicht bestätigen, dass …", "haben
        den Verdacht nicht bestätigt, dass …"): the subject did not say the content. Verbs of denial say it by
        their negation ("wollte nicht ausschließen, dass …") and keep it (``denial_verbs.txt``)."""
        if k == 0 or self.doc[k - 1].lower_ != "nicht" or self.in_pair[k - 1] >= 0:
            return False
        infinitive = verb.lemma if verb.lemma.startswith(verb.particle) else verb.particle + verb.lemma
        return infinitive not in self.lex.denial_verbs

    def main_clause_after_closed_clause(self, cs: int, comma: int, ce: int) -> bool:
        """The content opened by "dass"/"ob" at cs is a verb-final clause closed by its finite verb at ``comma``, and
        what follows belongs to a clause above it: a finite verb right after the comma (the interrupted clause goes
        on), or a fronted adverb with a finite indicative verb second ("…, dass es so lange Bestand haben würde,
        mehrmals wurde das Mandat verlängert"). A dependent clause cannot go on in verb-first or verb-second order,
        so the report ends at the comma. Only words before the content's end ``ce`` count: the next sentence's first
        word is no part of this one."""
        doc = self.doc
        if doc[cs].lower_ not in {"dass", "ob"} or comma + 2 >= ce or not self.has_pos:
            return False
        if self.in_pair[comma + 1] < 0 and self.is_finite_verb(doc[comma + 1]) and self.is_finite_verb(doc[comma - 1]):
            # "plädierte dafür, dass er nicht schuldig sei, lege aber keine Gegenbeweise vor": a finite verb right
            # after the closed clause belongs to the clause above it, whatever its mood
            return True
        adverb, verb = doc[comma + 1], doc[comma + 2]
        return adverb.pos_ == "ADV" and adverb.lower_ not in COMPLEMENTIZERS | SUBORDINATORS \
            and self.in_pair[comma + 1] < 0 and self.in_pair[comma + 2] < 0 and self.is_finite_verb(verb) \
            and "Ind" in verb.morph.get("Mood", []) and self.is_finite_verb(doc[comma - 1])

    def authors_adverbial_clause(self, c: int, ce: int) -> bool:
        """The clause opening at c is the author's time, concession or comment attached after reported content
        ("…, nachdem bekannt geworden war, dass …", "…, was bisher nicht bestätigt werden konnte"): its conjunction
        sets it beside the report and its verb is indicative, with no subjunctive after it up to the content's end
        (a later "…, dass er gekämpft habe" keeps the whole a report). Why: a reporter puts the speaker's own
        subordinate clauses in the subjunctive too, so an indicative one after the content is the article's."""
        doc = self.doc
        if self.in_pair[c] >= 0 or doc[c].lower_ not in _AUTHORS_CLAUSE_OPENERS:
            return False
        end = next((t for t in range(c + 1, ce) if doc[t].text in CLAUSE_BREAKS | SENT_END and self.in_pair[t] < 0),
                   ce)
        if self.subjunctive_in(c, ce) is not None:
            return False
        return any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) and "Ind" in doc[t].morph.get("Mood", [])
                   for t in range(c + 1, end))

    def speech_act_noun_content(self, ss: int, se: int) -> tuple[int, int, int, tuple[int, int] | None] | None:
        """(noun, content start, content end, source span) for "die Forderung des X, … zu tun" / "der Vorwurf der
        CDU, es handele sich …": the comma follows the noun and its genitive or "von" phrase (no verb between),
        and the clause after it is a zu-infinitive, a dass-clause or Konjunktiv I. The source is that phrase."""
        doc = self.doc
        for n in range(ss, se - 2):
            if self.in_pair[n] >= 0 or self.token_text[n] not in self.lex.speech_act_nouns:
                continue
            comma = n + 1
            while comma < se and comma - n <= 12 and doc[comma].text not in CLAUSE_BREAKS | SENT_END and \
                    not (self.has_pos and doc[comma].pos_ in ("VERB", "AUX")) and self.in_pair[comma] < 0:
                comma += 1
            if comma >= se - 1 or doc[comma].text != "," or self.is_verb_first_condition(ss, comma):
                continue  # ("Gelinge der Plan, werde …": the noun is the subject of a condition, not a speech act)
            cs = comma + 1
            clause_end = cs
            while clause_end < se and doc[clause_end].text not in {",", ";"} | SENT_END:
                clause_end += 1
            infinitive = self.is_infinitive_clause(cs, clause_end)
            if not (doc[cs].lower_ == "dass" or infinitive or self.subjunctive_in(cs, clause_end) == "I"
                    or self.subjunctive_second_clause(cs, clause_end)):
                continue
            source = self.speech_act_holder(n, comma)
            if source is None:
                source = self.speech_act_subject(ss, n)
            if source is None:
                # no named source: annotators mark the noun phrase itself ("Ursprüngliche Pläne, … zu")
                start = n
                while start > ss and self.is_modifier(doc[start - 1]) and self.in_pair[start - 1] < 0:
                    start -= 1
                if start > ss and doc[start - 1].lower_ in self.lex.determiners:
                    start -= 1
                source = (start, n + 1)
            # a zu-infinitive ends at its comma ("Der Richter lehnte die Forderung, … zu prüfen, ab")
            return n, cs, clause_end if infinitive else self.content_end(cs, se), source
        return None

    def speech_act_holder(self, n: int, end: int) -> tuple[int, int] | None:
        """The genitive or "von" phrase after the speech-act noun at n, before ``end``: who made it ("die Forderung
        des Verbands", "der Vorwurf von Amnesty"); None without one."""
        doc = self.doc
        if n + 1 < end and doc[n + 1].lower_ in {"von", "vom"}:
            return self.np_from(n + 2, end)
        if n + 1 < end and doc[n + 1].lower_ in {"des", "der", "seines", "seiner", "ihres", "ihrer"}:
            return self.np_from(n + 1, end)
        return None

    def subjunctive_second_clause(self, cs: int, ce: int) -> bool:
        """The clause cs..ce is verb-second with a Konjunktiv II finite verb right after its subject ("die Regierung
        könnte die Erlasse missbrauchen", "es könnte eine Militäraktion bevorstehen"). Why: after a noun and its
        comma such a clause cannot be a relative clause (verb last) and, unlike an indicative one, not the author's
        next main clause either: it is the noun's content, the Konjunktiv II standing in for an ambiguous or
        hypothetical Konjunktiv I ("Vorwürfe, sie könnte profitiert haben" = "…, dass sie profitiert haben könnte")."""
        doc = self.doc
        if self.in_pair[cs] >= 0 or doc[cs].lower_ in SUBORDINATORS:
            return False
        subject = self.np_from(cs, ce)
        if subject is None or subject[1] >= ce:
            return False
        verb = doc[subject[1]]
        return self.in_pair[verb.i] < 0 and self.is_finite_verb(verb) and self.mood(verb) == "II"

    def cue_after_contrasting_conjunction(self, content_end: int, k: int) -> bool:
        """After the content found so far (ending at ``content_end``), the cue at k stands in a main clause joined by
        a contrasting conjunction with a subject of its own before it ("…, doch UN-Sprecher Birnback erklärte, …",
        "…, aber die Polizei teilte mit, …"). Why: "doch/aber/jedoch/sondern" join main clauses, so the cue is no part
        of the reported content but a new report, typically by the other side."""
        doc = self.doc
        if content_end < 0 or content_end >= k or doc[content_end].text != "," or self.in_pair[content_end] >= 0:
            return False
        conj = content_end + 1
        if doc[conj].lower_ not in CONTRASTING_CONJUNCTIONS:
            return False
        if conj + 1 == k:
            return True  # "…, doch erklärte der Sprecher, …": the adverb before the verb, the subject after it
        subject = self.np_from(conj + 1, k)
        return subject is not None and subject[1] == k and self.is_agentive(subject)

    def relative_frame_content(self, ss: int, se: int) -> tuple[int, int, int, int] | None:
        """(relative pronoun, frame word, content start, content end) for a source frame that opens a relative clause:
        "…, laut dem Kevin misshandelt worden war", "…, denen zufolge …", and "…, nach denen …" after a noun of
        saying or a document ("Studien, nach denen Homöopathie ebenbürtig sei"; "die Pause, nach der …" is time).
        Why: the pronoun stands for the source, and the clause it opens, verb last, is what that source holds."""
        doc, lex = self.doc, self.lex
        # one-word source frames from frames.tsv: "laut"/"gemäß" stand before the source, "zufolge" after it
        before_source = {f.words[0] for f in lex.frames if len(f.words) == 1 and f.speaker_side == "after"}
        after_source = {f.words[0] for f in lex.frames if len(f.words) == 1 and f.speaker_side == "before"}
        for t in range(ss + 2, se - 3):
            if self.token_text[t - 1] != "," or self.in_pair[t] >= 0:
                continue
            low, nxt = self.token_lower[t], self.token_lower[t + 1]
            if low in before_source and nxt in RELATIVE_DATIVE:
                pronoun, frame_word, cs = t + 1, t, t + 2
            elif low in RELATIVE_DATIVE and nxt in after_source:
                pronoun, frame_word, cs = t, t + 1, t + 2
            elif low == "nach" and nxt in RELATIVE_DATIVE and doc[t - 2].text[:1].isupper() and (
                    doc[t - 2].text in lex.source_nouns or doc[t - 2].text in lex.speech_act_nouns
                    or doc[t - 2].text.lower().endswith(lex.document_nouns)
                    or doc[t - 2].text.lower().removesuffix("n").endswith(lex.document_nouns)):  # "Studien"
                pronoun, frame_word, cs = t + 1, t, t + 2
            else:
                continue
            clause_end = cs
            while clause_end < se and doc[clause_end].text not in CLAUSE_BREAKS | SENT_END:
                clause_end += 1
            last = clause_end - 1
            if last <= cs or self.in_pair[last] >= 0 or not self.is_finite_verb(doc[last]):
                continue  # "…, laut dem Bericht der Polizei": a plain frame; a relative clause ends in its verb
            return pronoun, frame_word, cs, self.content_end(cs, se)
        return None

    def speech_act_subject(self, ss: int, n: int) -> tuple[int, int] | None:
        """Who makes the speech act a noun at n names without a genitive source: the person or body that is the
        subject of its clause ("So fassten die Hamburger Grünen den Beschluss, …", "Thaksin wandte sich mit der
        Aufforderung an seine Anhänger, …") or the "von" phrase opening it ("Von der Polizei kam die Information, …",
        "Von Obama liegt die Äußerung vor, …"). None when the clause names nobody who can speak."""
        doc = self.doc
        if any(doc[t].lower_ == "gegen" for t in range(max(ss, n - 3), n)):
            return None  # "wandte sich gegen die Behauptung, …": someone else's claim, which the subject opposes
        c = self.clause_start(n, ss)
        if doc[c].lower_ in {"von", "vom"} and self.in_pair[c] < 0:
            span = self.np_from(c + 1, n)
            if span is not None and span[1] < n and self.is_agentive(span):
                return (c, span[1])
        if not any(self.in_pair[k] < 0 and self.is_finite_verb(doc[k]) for k in range(ss, n)):
            return None
        subject = self.speaking_subject(ss, n)
        if subject is None or subject[1] > n or not self.is_agentive(subject) or \
                any(doc[t].text in self.lex.speech_act_nouns for t in range(*subject)):
            return None
        return subject

    def intention_takes_clause(self, k: int, se: int, subject: tuple[int, int] | None = None) -> bool:
        """An intention verb reports the clause after its comma only when no object noun stands between them:
        "hatten vereinbart, … zu" / "einigten sich darauf, …", not "plant eine Ergänzung … mit dem Ziel, … zu".
        The verb's own ``subject`` after it is no object ("Angesichts des Urteils erwägt Dingfelder, … zu gehen")."""
        in_phrase = False  # inside a prepositional phrase ("am Sonntag", "am 29. Februar"): no object of the verb
        for t in range(k + 1, se):
            tok = self.doc[t]
            if tok.text in {",", ":"}:
                return True
            if subject is not None and subject[0] > k and subject[0] <= t < subject[1]:
                continue
            if tok.lower_ in self.lex.prepositions or (self.has_pos and tok.pos_ == "ADP"):
                in_phrase = True
                continue
            if in_phrase and self.is_noun(tok):
                in_phrase = False  # the phrase's noun closes it
                continue
            if in_phrase and (tok.lower_ in self.lex.determiners or self.is_modifier(tok) or tok.like_num):
                continue
            if self.is_noun(tok) or tok.lower_ in self.lex.determiners:
                return False
        return False

    def infinitive_across_insertion(self, cs: int, clause_end: int, ce: int) -> int:
        """Where a zu-infinitive group starting at cs ends when an apposition or a coordinated phrase between commas
        stands inside it ("zugesagt, nicht weiter über den „Freedom Tower“, das größte der Gebäude, bestimmen zu
        wollen", "angekündigt, mit allen Parteien, als auch der PCRM, verhandeln zu wollen"); else ``clause_end``.
        Why: the infinitive comes last in its group, so words up to a comma with no verb yet cannot end it; the
        group ends at the first later comma segment that closes with "zu" and its infinitive, as long as no finite
        verb (a clause of its own) comes between."""
        doc = self.doc
        if clause_end >= ce or doc[clause_end].text != "," or doc[cs].lower_ in SUBORDINATORS or \
                self.is_infinitive_clause(cs, clause_end) or any(
                    self.in_pair[t] < 0 and (self.is_finite_verb(doc[t]) or (self.has_pos and doc[t].pos_ == "VERB"))
                    for t in range(cs, clause_end)):
            return clause_end
        end = clause_end
        for _ in range(2):  # at most two inserted phrases
            nxt = end + 1
            while nxt < ce and doc[nxt].text not in {",", ";"} | SENT_END:
                nxt += 1
            if any(self.in_pair[t] < 0 and self.is_finite_verb(doc[t]) for t in range(end + 1, nxt)) or \
                    doc[end + 1].lower_ in SUBORDINATORS | ADVERBIAL_INFINITIVES:
                return clause_end
            if self.is_infinitive_clause(end + 1, nxt):
                # a segment opening with an article is an infinitive group of its own, the content of a noun
                # before it ("über den Versuch, die Veröffentlichung zu verhindern"), not the end of this one
                return clause_end if doc[end + 1].lower_ in self.lex.determiners else nxt
            if nxt >= ce or doc[nxt].text != ",":
                return clause_end
            end = nxt
        return clause_end

    def anaphoric_cue(self, si: int, ss: int, se: int, cues: list[tuple[int, CueVerb, bool]]) -> bool:
        """The sentence opens with a pointing word and a reporting verb that attributes the sentence before it: "Das
        sagte X.", "Dies hat X gesagt." — but not "Das hat man früher so genannt" (naming, not reporting)."""
        if si == 0 or not cues or self.doc[ss].lower_ not in _ANAPHORIC_OPENERS:
            return False
        k, verb = cues[0][0], cues[0][1]
        return verb.says and (k == ss + 1 or self.final_cue_after_auxiliary(ss, se, k)) \
            and not self.names_itself(k, ss, se)

    def so_after_bare_quotation(self, si: int, ss: int, cues: list[tuple[int, CueVerb, bool]],
                                prev_found: list[Found]) -> bool:
        """ "„Das Ergebnis ist enttäuschend.“ So kommentierte die Parteichefin die Hochrechnung.": "So" and a saying
        verb opening the sentence after a quotation that has no speaker yet name who said it ("so" points back to
        the words, as in the inserted "…, so X"). Not "So sieht es auch die Opposition" (a view shared, not the words
        said) nor a verb with a dative "sich" ("So erklärte sich der Minister den Erfolg": to explain to oneself;
        "So äußerte sich der Minister" is speech)."""
        doc = self.doc
        return si > 0 and bool(cues) and bool(prev_found) and doc[ss].lower_ == "so" \
            and cues[0][0] == ss + 1 and cues[0][1].says and cues[0][1].lemma not in _VIEW_VERBS \
            and not self.dative_reflexive_after(ss + 1) \
            and all(f.kind == "direct" and f.speaker.mention is None for f in prev_found)

    def dative_reflexive_after(self, k: int) -> bool:
        """The verb at k is followed by "sich", its subject and an accusative object ("erklärte sich der Minister den
        Erfolg"): with an object of its own the "sich" is a dative, the verb's act done to oneself."""
        doc = self.doc
        end = len(doc)
        if k + 2 >= end or doc[k + 1].lower_ != "sich":
            return False
        subject = self.np_after(k + 2, end)
        return subject is not None and subject[1] + 1 < end and doc[subject[1]].lower_ in _ACCUSATIVE_ARTICLES \
            and self.np_from(subject[1], end) is not None

    def final_cue_after_auxiliary(self, ss: int, se: int, k: int) -> bool:
        """ "Das musste X einräumen.", "Dies hat X gesagt.": after the pointing word a finite auxiliary or modal, and
        the cue verb closes the clause as its infinitive or participle."""
        doc = self.doc
        end = se - 1 if doc[se - 1].text in SENT_END else se
        # perfect and modal auxiliaries only: "Das wurde von X bestritten" is passive and its agent is optional
        return k == end - 1 and ss + 1 < k and self.is_finite_verb(doc[ss + 1]) \
            and doc[ss + 1].lemma_ in {"haben", "müssen", "wollen", "können", "dürfen"} \
            and not any(doc[t].text in CLAUSE_BREAKS or self.in_pair[t] >= 0
                        for t in self.outside_insertions(ss + 1, k))  # "Das hat – nach Untersuchungen – X eingeräumt"

    def inserted_cue(self, k: int, verb: CueVerb, joined: bool, around: tuple[int, int], ss: int, se: int,
                     medium: str | None) -> Found | None:
        """A cue clause that fills a paired insertion, inverted ("Er habe – sagte der Anwalt – nichts gewusst") or
        with "wie" and the verb last ("gehen – wie ein Sprecher sagte – von Brandstiftung aus"): it reports the
        sentence it interrupts, which must have a finite verb of its own before the insertion."""
        doc = self.doc
        open_, close = around
        inverted = k == open_ + 1
        if not verb.says or not (inverted or doc[open_ + 1].lower_ == "wie" and k >= close - 2):
            return None
        if self.between_quotations(open_, close):
            return None  # "„…“ – sagte X – „…“": the cue of two direct quotations, found with them
        qs, qe = self.report_segment(ss, se, open_)
        if not any(self.is_finite_verb(doc[t]) for t in self.outside_insertions(qs, open_)):
            return None
        if qs < open_ < qe and all(doc[t].is_punct or doc[t].is_space for t in range(close + 1, qe)):
            # "Die Preise werden steigen (sagte der Ökonom)." / "… – so ein Sprecher –.": an insertion closing the
            # sentence frames what stands before it and is no part of the report
            qe = open_
        speaker = self.speaker_for_verb(k, open_ + 1, close, joined)
        if speaker is None:
            return None
        return self.found(qs, qe, "indirect", self.confidence("inserted_cue"), self.make_speaker(speaker),
                          self.cue_span(k, close, verb), medium)

