"""Who said what: direct, indirect, mixed and reported quotations with their speakers.

The component ``lagebild_quotes`` assigns ``doc._.quotes: list[Quote]``. It works sentence by
sentence (a sentence never ends inside a quotation; a line break ends one) with rules over the
German lexicons in ``lagebild/data/quotes/`` (each file says how to extend it):

* direct   — text in quotation marks (``quotes_marks``) with a cue before, after or around it
             ("„…“, sagte X", "X erklärte: „…“", "„…“, so X"), a quoted phrase that a speech act takes as
             its object ("nannte den Bericht eine „Zeitungsente“"), or a full quoted sentence that continues
             the last speaker. Scare quotes, names and titles (short, inside a noun phrase, no cue, title
             case, after "sogenannte"/"Film"/… from ``scare_quotes.txt``, in brackets, before an
             abbreviation "(CUD)", or one of a list of quoted titles) are skipped.
* indirect — the content clause of a reporting verb ("X sagte, …", "…, sagte X.", "wie X mitteilte, …",
             "…, so X"); a clause under a source frame ("laut X", "X zufolge", "nach Angaben von X",
             "…, wonach …"), also a second speech act coordinated after the first content ("X sagte, …, und
             forderte, …": same speaker, its own statement); a sentence in Konjunktiv I without a cue (it
             continues the last statement's speaker and statement id); the reportative "soll … getan haben";
             and "X. Das sagte Y."; the dass-clause or zu-infinitive after an intention verb ("hatten vereinbart, …
             zu", class ``intend`` in ``cue_verbs.tsv``) or a speech-act noun ("die Forderung des X, … zu tun",
             ``speech_act_nouns.txt``; the source is the genitive/"von" phrase, else the noun phrase itself).
* mixed    — indirect speech containing quoted fragments (one quote).
* reported — a speech act without content ("X forderte mehr Geld für Schulen", "X sprach von …"), also one
             coordinated after a statement ("„…“, schrieben die Hacker und kündigten weitere Aktionen an"); not an
             attributive participle ("eine oft beklagte Lücke") nor a bare participle without auxiliary; a stance
             with its preposition ("Die Polizei geht von Suizid aus", ``stance_verbs.tsv``); a reason named with
             "als", also in an agentless passive ("Als Ursache wurde ein Herzinfarkt angegeben", ``naming_frames.tsv``).

Mood is read only through ``token.morph`` (``Mood=Sub|Tense=Pres`` = Konjunktiv I, ``Tense=Past`` =
Konjunktiv II). Only when the pipeline has no morphology at all, a small list of frequent
subjunctive forms stands in (``konjunktiv_fallback.txt``). POS (when tagged) guides the noun phrases.

Speakers are the noun phrase that is the subject of the cue's clause (before the verb, or after it in
inverted order), the phrase after a frame, or the subject of the clause introducing a quotation.
When those rules find no subject: a relative pronoun (", der … aufforderte") or demonstrative ("Dieser behauptete")
is the mention, else the agentive phrase opening the sentence or following an inverted auxiliary. A werden-passive
("Ihm wird vorgeworfen, …") has no speaker but its "von X" agent; "Demnach"/"Danach" (Konjunktiv) is itself the mention
of the source just named; "zitierte X" makes the quoted X the speaker; "Aus Paris hieß es" names Paris.
Pronouns and role nouns ("die Ökonomin") resolve to an entity (``doc._.speaker_mentions`` /
``doc._.entities``) or to an earlier named speaker or person; unnamed sources keep ``entity=None``.
``Speaker.name`` is the entity's name, the name part of "Rolle Vorname Nachname", or the mention in its base form
(``display_names``: "laut Statistischem Bundesamt" -> "Statistisches Bundesamt").
``Quote.medium`` is a short label from ``media.tsv``: "Deutschlandfunk (Interview)", "Spiegel",
"X/Twitter", "Podcast", "Pressekonferenz", "Mitteilung".
Confidence: per rule from ``confidence.tsv``, the share of that rule's quotes that match a gold quote on the
training articles (0.95 for "laut X" frames down to 0.5 for the reportative "soll");
``scripts/calibrate_quote_confidence.py`` rebuilds the table and ``lagebild eval quotes`` prints it for its split.

Code layout: the rules are split over modules by what they decide, each a class layer of the finder:
``quotes_grammar`` (moods, clauses), ``quotes_speakers`` (speaker mentions and their resolution),
``quotes_direct`` (the predicates telling a quoted statement from a title or name, inscriptions, colon quotations),
``quotes_indirect`` (content boundaries, continuations), ``quotes_reported`` (speech acts without content); this
module holds the sentence loop, which applies the direct-quotation predicates in order (the statement-vs-title
decision in ``_QuoteFinder.run``, interleaved with finding the cue), and the spaCy component.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.display_names import name_speakers_in_base_form
from lagebild.nlp.quotes_grammar import (
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    INSERTION_DASHES,
    SENT_END,
    SUBORDINATORS,
    Found,
)
from lagebild.nlp.quotes_indirect import CONTINUATION_WINDOW
from lagebild.nlp.quotes_lexicon import CueVerb, load_lexicon
from lagebild.nlp.quotes_reported import ReportedSpeechRules
from lagebild.types import Quote, QuoteKind, Speaker, TextSpan

# a definite article right before a quoted name makes it part of a noun phrase ("der „Zeit“"); after a preposition
# only a name of several words is taken as one ("für die „BILD am Sonntag“"; "von „Panikverkäufen“" is a quoted word)
_NAME_ARTICLES = frozenset({"der", "des", "dem", "den", "die", "das", "im", "vom", "beim", "zum", "zur", "am", "ins"})

_NAME_DETERMINERS = _NAME_ARTICLES | {"von", "für", "in", "auf", "mit", "bei", "aus"}


class _QuoteFinder(ReportedSpeechRules):
    """Find every quotation of one doc, sentence by sentence, with the rule layers it inherits."""

    def run(self) -> list[Found]:
        doc, lex = self.doc, self.lex
        found: list[Found] = []
        used_pairs: set[int] = set()
        sents = self.sentences()
        # (sentence index, speaker, medium, from a quote) of the last statement or speech act seen
        last: tuple[int, Speaker, str | None, bool] | None = None
        prev_found: list[Found] = []
        for si, (ss, se) in enumerate(sents):
            sent_found: list[Found] = []
            # the phrase "eigenen Angaben" marking a statement, and the subject who gave them (later sentences go on)
            frame_subject: tuple[Speaker, Speaker] | None = None
            cues: list[tuple[int, CueVerb, bool]] = []
            # intention verbs ("plant, … zu tun") only introduce content clauses; they cue no direct quotation,
            # no reported act and no later continuation, so they stay out of ``cues``
            content_cues: list[tuple[int, CueVerb, bool]] = []
            for k in range(ss, se):
                if self.in_pair[k] >= 0 or not self.token_text[k][:1].isalpha():
                    continue
                verb = self.cue_at(k, se)
                if verb and not self.elliptic_wie_participle(k, ss, se):
                    content_cues.append((k, verb, self.is_joined_form(k, se)))
                    if not verb.intends:
                        cues.append(content_cues[-1])
            sent_medium = self.medium_of(doc[ss].idx, doc[se - 1].idx + len(doc[se - 1].text))
            # ", so X" frame after a quotation or clause
            so_frames = [k for k in range(ss + 1, se - 1) if self.token_lower[k] == "so" and self.in_pair[k] < 0
                         and (doc[k - 1].text == "," or self.in_pair[k - 1] >= 0 or self.closing_dash_so(k, se)
                              or self.between_quotations(k - 1, self.insertion_partner(k - 1)))
                         and self.np_from(k + 1, se) is not None and not self.opens_clause_after_so(k, se)]
            # ---- indirect speech with a reporting verb
            content_end = -1  # token where the last content clause of this sentence ends
            for k, verb, joined in content_cues:
                if k < content_end:
                    continue  # a cue inside reported content is part of what was said
                if self.reported_relative_cue(k, ss):
                    continue  # "…, der tue und sage, was …": the verb is part of a report around it
                if verb.intends and not self.intention_takes_clause(k, se, self.cue_speaker(k, ss, se, joined)):
                    continue
                if self.negated_cue(k, verb):
                    if k + 1 < se and doc[k + 1].lower_ in {"werden", "worden"}:
                        continue  # "der namentlich nicht genannt werden wollte, sagte, …": a passive has no content
                    # "wollte nicht bestätigen, dass …": the content is not what the subject said; a cue inside it
                    # ("…, dass der Täter gesagt habe, er sei bewaffnet") is part of what was not confirmed
                    negated = self.indirect_content(k, ss, se, joined, verb.says)
                    if negated is not None:
                        content_end = max(content_end, negated[1])
                    continue
                framed_start: int | None = None
                coordinated = content_end >= 0 and any(doc[t].lower_ == "und" for t in range(content_end, k))
                # "X sagte, A sei tot, doch Y erklärte, …": a contrasting main clause brings its own speaker and cue
                contrasted = not coordinated and self.cue_after_contrasting_conjunction(content_end, k)
                # "Während X erklärte, … zu sein, räumte Y ein, … zu haben": the main clause resumes with a cue
                resumed = content_end >= 0 and content_end < k <= content_end + 3 and doc[content_end].text == "," \
                    and self.in_pair[content_end - 1] < 0 and not any(  # "…, „A“, sagte X": a quotation's cue
                        doc[t].text in CLAUSE_BREAKS or doc[t].lower_ in SUBORDINATORS | COMPLEMENTIZERS
                        or (self.has_pos and doc[t].pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON", "DET"))
                        for t in range(content_end + 1, k))
                if content_end >= 0 and not coordinated and not resumed and not contrasted:
                    break
                around = self.insertion_around(k)
                if around is not None:
                    # a cue in a parenthetical: "– wie ein Sprecher sagte –" reports the sentence around it; any
                    # other ("– anders als zunächst gemeldet –") has no content beyond its own insertion
                    inserted_cue = self.inserted_cue(k, verb, joined, around, ss, se, sent_medium)
                    if inserted_cue is not None:
                        sent_found.append(inserted_cue)
                        content_end = se
                        break
                interrupter = self.cue_interrupting_clause(k, ss, se) if verb.says and not sent_found else None
                if interrupter is not None:
                    # "Die Lage, sagte der Minister, sei ernst": the cue clause interrupts one reported clause
                    interposed = self.found(ss, se, "indirect", self.confidence("interposed_cue"),
                                            self.make_speaker(interrupter), self.cue_span(k, se, verb), sent_medium)
                    if interposed is not None:
                        sent_found.append(interposed)
                        content_end = se
                        break
                span = self.indirect_content(k, ss, se, joined, verb.says)
                if span is None:
                    continue
                cs, ce = span
                if around is not None and ce > around[1]:
                    continue
                if resumed and cs < content_end:
                    continue  # the resumed clause's content is the one already found
                if not verb.says and self.infinitive_of_predicative(k, cs, ce):
                    continue  # "bezeichnete dies als Versuch, die BBC zu behindern": the infinitive is the noun's
                conj = self.nearer_cue_takes_content(k, cs, content_cues) if cs > k else None
                if conj is not None:
                    if verb.act and not sent_found and self.mood(doc[k]) is None:
                        # the first act keeps the clause before "und" as a reported act of its own
                        act_span = self.cue_speaker(k, ss, se, joined)
                        chars = self.char_span(ss, conj, keep_end_punct=False)
                        if act_span is not None and chars is not None:
                            sent_found.append(Found(chars[0], chars[1], "reported", self.confidence("speech_act"),
                                                    self.make_speaker(act_span), self.cue_span(k, se, verb),
                                                    sent_medium))
                    continue
                if coordinated and sent_found:
                    # "X erklärte, A sei B, und kündigte an, C zu tun": the coordinated speech act after the
                    # first content shares its subject
                    speaker = sent_found[-1].speaker
                else:
                    cue_frame = self.cue_clause_frame(k, ss, cs)
                    source = cue_frame[2] if cue_frame is not None else None
                    if cue_frame is not None:
                        framed_start = self.framed_cue_clause_start(k, ss, cue_frame)
                    speaker = self.make_speaker(source if source is not None else self.cue_speaker(k, ss, se, joined))
                continued = False
                if speaker.mention and doc[cs].idx <= speaker.mention.start < doc[ce - 1].idx + len(doc[ce - 1]):
                    # the "speaker" lies inside the content: this is not the content of that cue (checked on the
                    # cue's own content; a frame's source may then lie inside the framed clause that becomes the
                    # content below: "Der Minister hat laut CNN verkündet, …" is reported as a whole)
                    continue
                if verb.intends and speaker.mention is None:
                    continue  # "Außerdem ist geplant, …": a plan, but nobody is reported
                if speaker.mention is None and self.cue_inside_report(k, ss, se):
                    continue  # "…, und die Piloten hätten sich nicht sehen können": the report goes on, no new cue
                if speaker.mention is None and si > 0 and self.reason_given(k, ss) and self.agentless_cue(k, ss, se):
                    # "Die Stadt hat die Gebühren erhöht. Als Begründung wurde angegeben, …": the reason given for an
                    # act is the actor's, named in the sentence before (other agentless reports stay unattributed:
                    # annotators mostly leave them without a speaker)
                    speaker = self.previous_subject(sents[si - 1])
                if cs > k and verb.says and doc[cs].lower_ not in COMPLEMENTIZERS and self.interposed_cue(k, ss):
                    cs = ss  # "Die Kritik sei berechtigt, sagte Grimm, die Regierung habe …": one reported sentence
                elif cs > k and self.reported_cue_clause(k, ss):
                    cs = ss  # "Ferner habe die Studie festgestellt, dass …": the report itself is reported speech
                    if not sent_found and framed_start is None and last is not None \
                            and (last[1].mention is not None or speaker.mention is None) \
                            and si - last[0] <= CONTINUATION_WINDOW:
                        # "Die Staatsanwaltschaft gibt an, … Dieser behaupte, …", "… Man gehe davon aus, …": a speech
                        # act in Konjunktiv I is passed on by the statement before it; that statement's speaker is its
                        # source, and the statement goes on
                        speaker, continued = last[1], last[3]
                elif cs > k and framed_start is not None:
                    cs = framed_start  # "Laut CNN hat der Minister verkündet, …": the source reports the whole clause
                content = self.found(cs, ce, "indirect", self.confidence("reporting_verb"), speaker,
                                     self.cue_span(k, se, verb), sent_medium, continues=continued)
                if content is None:
                    continue
                sent_found.append(content)
                content_end = ce
                if ce >= se - 1:
                    break
            if sent_found and so_frames:
                # "X wird aufgefordert, die Grenze zu öffnen, so Nasrallah.": a closing ", so X" frame reports
                # the whole sentence before it, cue clause included
                closing = self.closing_so_frame(ss, se, so_frames[-1], sent_found, sent_medium)
                if closing is not None:
                    sent_found = [closing]
            inserted_so = [k for k in range(ss + 1, se - 1) if self.token_lower[k] == "so"
                           and not any(f.start < doc[k].idx < f.end for f in sent_found)]
            inserted = next((f for f in (self.inserted_so_frame(ss, se, k, sent_medium) for k in inserted_so)
                             if f is not None), None)
            if inserted is not None:
                # "Die Regierung hat – so der Minister – keine Wahl": a "so X" frame set off by dashes or brackets
                # interrupts the sentence, which goes on around it: the source reports all of it (a frame inside
                # the content of a cue only vouches for a detail of what that cue's speaker said)
                sent_found = [inserted]
            # ---- "die Forderung des Verbands, die Steuer zu senken": a speech-act noun with its content
            if not sent_found:
                noun_content = self.speech_act_noun_content(ss, se)
                if noun_content is not None:
                    n, cs, ce, source = noun_content
                    chars = self.char_span(cs, ce, keep_end_punct=False)
                    if chars:
                        noun_cue = self.token_span(n)
                        sent_found.append(Found(chars[0], chars[1], "indirect", self.confidence("speech_act_noun"),
                                                self.make_speaker(source),
                                                noun_cue, sent_medium))
            # ---- ", so X": "Die Lage sei ernst, so Grimm."
            if not sent_found:
                for k in so_frames:
                    if self.in_pair[k - 1] >= 0 and self.in_pair[ss] == self.in_pair[k - 1]:
                        break  # "„…“, so X" is a direct quotation's cue
                    np_end = self.np_from(k + 1, se)
                    if np_end is None:
                        continue
                    fronted_end = self.so_frame_before_finite(np_end[1], se) if not self.has_verb(ss, k) else None
                    if fronted_end is None and not self.has_verb(ss, k):
                        continue
                    chars = self.char_span(ss, fronted_end or self.resumed_content_end(np_end[1], se, k, ss),
                                           keep_end_punct=False)
                    if chars:
                        speaker = self.make_speaker(self.np_from(k + 1, se))
                        so_cue = self.token_span(k)
                        sent_found.append(Found(chars[0], chars[1], "indirect", self.confidence("so_frame"), speaker,
                                                so_cue, sent_medium))
                        break
            # ---- "Gerüchte, nach denen Barrett an Krebs litt": a frame whose source is a relative pronoun
            if not sent_found:
                relative_frame = self.relative_frame_content(ss, se)
                if relative_frame is not None:
                    pronoun, frame_word, cs, ce = relative_frame
                    framed = self.found(cs, ce, "indirect", self.confidence("relative_frame"),
                                        self.make_speaker((pronoun, pronoun + 1)), self.token_span(frame_word),
                                        sent_medium)
                    if framed is not None:
                        sent_found.append(framed)
            # ---- "Laut X wurden 300 geimpft, nach Y waren es 500": two clauses, each with its own source frame
            if not sent_found and doc[se - 1].text != "?":
                sent_found.extend(self.clauses_with_own_frames(ss, se, sent_medium))
            # ---- source frames: "laut X", "X zufolge", "nach Angaben von X"
            if not sent_found:
                # a question is asked, not reported ("Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?")
                frame = self.find_frame(ss, se) if doc[se - 1].text != "?" else None
                if frame and doc[frame[0]].lower_ == "unter" and any(c[1].says for c in cues):
                    frame = None  # "Das berichtet X unter Berufung auf Y": the phrase names the cue's own source
                if frame and self.anaphoric_cue(si, ss, se, cues):
                    frame = None  # "Dies gab – nach Untersuchungen – X bekannt.": attributes the sentence before
                if frame:
                    fs, fe, speaker_span, side = frame
                    qs = ss
                    if fs == ss and speaker_span and side == "after":
                        qs = self.fronted_frame_end(speaker_span[1], se)
                    elif side == "clause" or (side == "before" and speaker_span and speaker_span[0] == ss) \
                            or (fs == ss and side in ("none", "anaphor")):
                        qs = fe
                    qe = se
                    relative = self.relative_clause_around(fs, ss, se) if fs > ss and side in ("after", "before") \
                        else None
                    if relative is not None:
                        # "die Regierung, die ihrer Meinung nach zu Unrecht regiert": the source vouches only for
                        # the relative clause it stands in, not for the whole sentence
                        qs, qe = relative
                    elif qs == ss:
                        # "X schloss sich der Kritik an: Die Mittel seien ihrer Meinung nach …": only the part
                        # between colons/semicolons that holds the frame
                        qs, qe = self.report_segment(ss, se, fs)
                        qs, qe = self.frame_main_clause(qs, qe, fs)
                    chars = self.char_span(qs, qe, keep_end_punct=False)
                    if chars:
                        speaker = self.make_speaker(speaker_span)
                        if speaker_span is None and si > 0:
                            # "Demnach …": the source is the one just named
                            speaker = last[1] if last is not None and si - last[0] <= 1 else \
                                self.previous_subject(sents[si - 1])
                        cue: TextSpan | None = TextSpan(
                            doc[fs].idx, doc[fe - 1].idx + len(doc[fe - 1].text),
                            self.text[doc[fs].idx:doc[fe - 1].idx + len(doc[fe - 1].text)])
                        if side == "anaphor" or (side == "clause" and speaker_span is None):
                            # the mention is the pointing word itself ("Demnach", "wonach"); the name is its referent
                            speaker = Speaker(cue, speaker.entity, speaker.name)
                        elif side == "subject" and fe - fs >= 2 and doc[fs].lower_ == "nach":
                            # "Die Feuerwehr hat nach eigenen Angaben …": annotators mark the source phrase
                            # ("eigenen Angaben") as the mention; the clause's subject is who gave them
                            ms, me = doc[fs + 1].idx, doc[fe - 1].idx + len(doc[fe - 1].text)
                            vouching = speaker
                            speaker = Speaker(TextSpan(ms, me, self.text[ms:me]), speaker.entity, speaker.name)
                            if vouching.mention is not None:
                                frame_subject = (speaker, vouching)
                        confidence = self.confidence("source_frame") if side not in ("none", "anaphor") \
                            else self.confidence("source_adverb")
                        sent_found.append(Found(chars[0], chars[1], "indirect", confidence, speaker, cue, sent_medium))
            # ---- Konjunktiv I without a cue: continues the last statement (free indirect speech)
            if not sent_found:
                sent_found.extend(self.subjunctive_sentence(si, sents, last, sent_medium))
            # ---- direct quotations in this sentence
            for pi in sorted({self.in_pair[k] for k in range(ss, se) if self.in_pair[k] >= 0}):
                if pi in used_pairs:
                    continue
                used_pairs.add(pi)
                ps, pe = self.pairs[pi]
                inside = [t for t in doc[ss:se] if ps <= t.idx < pe]
                inner_words = [t for t in inside if self.is_wordlike(t)]
                if not inner_words:
                    continue
                in_indirect = next((f for f in sent_found if f.start <= ps and pe <= f.end + 1), None)
                first, last_tok = inside[0].i, inside[-1].i
                before_tok = doc[first - 1] if first > ss else None
                if before_tok is not None and before_tok.is_space and first - 1 > ss:
                    before_tok = doc[first - 2]  # "unter dem Motto  „…“": a doubled space is no word before the mark
                full = any(t.text in SENT_END for t in inside[-3:]) or len(inner_words) >= 6 \
                    or (before_tok is not None and before_tok.text == ":")
                whole_sentence = first <= ss + 1 and (last_tok + 2 >= se)
                said = any(self.is_finite_verb(t) for t in inside) or (self.has_pos and inner_words and all(
                    t.pos_ in ("ADJ", "ADV", "INTJ") for t in inner_words))
                if not full and first <= ss + 1 and said and self.inverted_after_quote(last_tok, se) is not None:
                    # "„Wir haben es geschafft“, jubelte die Trainerin", "„Großartig“, jubelte er": a quoted clause or
                    # exclamation opening the sentence, then an inverted clause with its speaker as subject: it is
                    # what was said, however short (a quoted title names something: "„Der Untergang“, verfilmte
                    # Regisseur X im Jahr 2004")
                    full = True
                ends_sentence = any(t.text in SENT_END for t in inside[-3:])
                if in_indirect is None and before_tok is not None and before_tok.text == ":" and ends_sentence \
                        and last_tok + 2 >= se and first - 2 >= ss:
                    # "Die Pflichten seien klar festgelegt: „Daraus ergibt sich …“": the reported clause ends at the
                    # colon; the quotation after it is the same statement's direct speech, not its subject's
                    colon_end = doc[first - 2].idx + len(doc[first - 2].text)
                    in_indirect = next((f for f in sent_found if f.kind == "indirect" and f.end == colon_end), None)
                if in_indirect is not None:
                    colon = first - 1
                    if before_tok is not None and before_tok.text == ":" and ends_sentence and last_tok + 2 >= se \
                            and doc[colon - 1].idx + len(doc[colon - 1].text) > in_indirect.start:
                        # "… seien klar festgelegt: „Daraus ergibt sich …“" — the quotation after the colon is
                        # direct speech of the same statement
                        in_indirect.end = doc[colon - 1].idx + len(doc[colon - 1].text)
                        sent_found.append(Found(ps, pe, "direct", in_indirect.confidence,
                                                self.colon_quote_speaker(in_indirect, ss, colon),
                                                None, in_indirect.medium, continues=True))
                    else:
                        in_indirect.kind = "mixed"
                    continue
                if before_tok is not None and before_tok.lower_ in lex.scare_words:
                    continue
                slogan = self.after_slogan_noun(first, ss)
                if not ends_sentence and not slogan and self.names_something(first, last_tok, ss, se):
                    continue
                if not ends_sentence and not slogan and self.listed_after_name(first, ss, used_pairs, sent_found):
                    continue  # "in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“": a title like the first
                if self.names_addressee(first, last_tok, ss) and self.short_title_at(first):
                    continue  # "sagte gegenüber dem „Tagesspiegel“": the medium spoken to, not a quotation
                if not ends_sentence and self.joined_to_compound(first):
                    continue  # "sagte im ZDF-„heute journal“": a programme's name inside a compound
                cue_at = {c[0] for c in cues}
                if before_tok is not None and not full and self.short_title_at(first) and (
                        before_tok.i in cue_at
                        or (before_tok.lower_ in lex.determiners and before_tok.i - 1 in cue_at)):
                    continue  # "…“, schreibt die „Computerwoche“" / "sagte der „Zeit“": the speaker or addressee
                if before_tok is not None and not ends_sentence and not cues and (
                        before_tok.lower_ in lex.determiners | lex.prepositions | {"deren", "dessen", "als"}
                        or (self.has_pos and before_tok.pos_ in ("DET", "ADP", "ADJ"))):
                    continue  # inside a noun phrase: a name, title or term ("der „New York Times“")
                cue_idx, speaker_span = self.direct_cue(first, last_tok, ss, se, cues, so_frames)
                holder: tuple[int, int] | None = None
                if before_tok is not None and before_tok.text == ":" and not ends_sentence and cue_idx is None \
                        and not slogan and self.is_title(first, last_tok):
                    continue  # "Sein erstes Werk entstand 1970: „Le Grand Macabre“": a title presented, not speech
                if before_tok is not None and before_tok.text == ":" and not ends_sentence and not slogan \
                        and self.work_presented(ss, before_tok.i, first, last_tok, cue_idx is not None):
                    continue  # "stellte die neue CD der Gruppe vor: „Have a nice day“": the work's title
                if before_tok is not None and before_tok.text == "," and not ends_sentence and not slogan \
                        and self.work_presented(max(ss, before_tok.i - 4), before_tok.i, first, last_tok,
                                                cue_idx is not None):
                    continue  # "das erste Album der Gruppe, „Piper at the Gates of Dawn“": the title in apposition
                adjacent = cue_idx is not None and (
                    (0 < cue_idx - last_tok <= 3 and any(doc[t].text in {",", ":"} | INSERTION_DASHES  # "„…“ – so X"
                                                         for t in range(last_tok, cue_idx)))
                    or (0 < first - cue_idx <= 3 and any(doc[t].text in {",", ":"} for t in range(cue_idx, first))))
                if before_tok is not None and not full and self.is_title(first, last_tok) and (
                        before_tok.lower_ in _NAME_ARTICLES or (before_tok.lower_ in _NAME_DETERMINERS
                                                                and len(inner_words) > 1)):
                    continue  # "Chefredakteur der „New York Times“", "im „Deutschlandfunk“": a name in a noun phrase
                if before_tok is not None and not full and self.is_title(first, last_tok) and \
                        self.closes_attribute(before_tok):
                    continue  # "die in Linz erscheinende „Rundschau am Sonntag“": a name headed by its attribute
                if before_tok is not None and not ends_sentence and self.is_long_name(first, last_tok) and (
                        before_tok.lower_ in _NAME_ARTICLES or self.closes_attribute(before_tok)):
                    continue  # "der neue „Oberste Rat zur Wiederherstellung der Demokratie“": a long name
                quoting = [c for c in cues if not self.in_relative_clause(c[0], ss)
                           and self.quotes_as_object(c[0], first, last_tok, before_tok, ss)]
                if not full and not adjacent and not whole_sentence and quoting:
                    # a quoted phrase as the object of a speech act: "nannte den Bericht eine „Zeitungsente“",
                    # "bezeichnete die Pläne als „Wortbruch“"
                    chosen = min(quoting, key=lambda c: abs(c[0] - first))
                    cue_idx, speaker_span = chosen[0], self.object_quote_speaker(chosen[0], first, ss, se,
                                                                                     chosen[2])
                elif slogan and not full and not adjacent:
                    cue_idx = None  # "skandierten Parolen wie „Stoppt den Überwachungswahn“": the subject's slogan
                elif not full and not adjacent and not whole_sentence and \
                        (holder := self.evaluation_holder(first, ss)) is not None:
                    # "Für den Minister ist die Lage „alarmierend“": the judgement of the one it holds for
                    cue_idx, speaker_span = None, holder
                elif not full and not adjacent and not whole_sentence and (
                        len(inner_words) <= 4 or before_tok is not None and before_tok.text[:1].islower()
                        and before_tok.lower_ in lex.determiners):
                    continue  # scare quote, name or title
                if not full and cue_idx is not None and self.names_itself(cue_idx, ss, max(cue_idx, first)):
                    continue  # "nennt sich „documenta 12“", "Dies nennt man einen „Aktiensplit“": a name, not speech
                if not full and len(inner_words) <= 2 and cue_idx is None and holder is None and not slogan:
                    continue
                chars = (ps, pe)
                kind: QuoteKind = "direct"
                if cue_idx is not None:
                    speaker = self.make_speaker(speaker_span)
                    cue = self.cue_span(cue_idx, se, None)
                    conf = self.confidence("direct_cue")
                    # "„Wir haben keine Zeit“, sagte Merkel, „die Lage ist ernst.“": both parts share the cue and
                    # are one statement
                    continues = bool(sent_found) and sent_found[-1].kind == "direct" and sent_found[-1].cue == cue
                    clause = self.quoted_clause(first, last_tok, cue_idx, ss)
                    clause_chars = self.char_span(clause[0], clause[1], keep_end_punct=True) \
                        if clause is not None else None
                    if clause_chars is not None and not any(f.end > clause_chars[0] and f.start < clause_chars[1]
                                                            for f in sent_found):
                        # "Eine Strafe sei nicht vermittelbar, „wenn jemand …“, so Bader": the quotation finishes
                        # the clause before it, and the cue after it reports that clause as a whole
                        chars, kind, conf, continues = clause_chars, "mixed", self.confidence("quoted_clause_cue"), \
                            False
                else:
                    # no reporting verb from the lexicon: the subject of the clause introducing the quotation
                    # ("Thaksin begründete seinen Schritt mit den Worten: „…“"), else the last speaker
                    subject = holder or (self.speaking_subject(ss, first) if first > ss else None)
                    if holder is None and before_tok is not None and before_tok.text == "(" and first - 1 > ss:
                        # "…, der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein …“), und …": the
                        # quotation in brackets after a name is that person's
                        named = self.np_before(self.clause_start(first - 1, ss), first - 1)
                        subject = named if named is not None and self.is_agentive(named) else subject
                    if subject is not None and self.cannot_speak(subject):
                        subject = None  # "Die Worte waren deutlich: „…“": no speaker; the previous one continues
                    if subject is None:
                        subject = self.inverted_after_quote(last_tok, se)
                    nearer = self.intervening_subject(si, sents, last) if subject is None and full else None
                    if subject is not None:
                        speaker, cue, conf, continues = self.make_speaker(subject), None, \
                            self.confidence("direct_subject"), False
                    elif nearer is not None:
                        # "Der Bruder des Papstes war eingeweiht. „Mein Bruder wünscht sich Ruhe.“": the person the
                        # sentence before is about, not an older statement's speaker
                        speaker, cue, conf, continues = nearer, None, self.confidence("direct_continued"), False
                    elif last is not None and si - last[0] <= 2:
                        speaker, cue, conf, continues = last[1], None, self.confidence("direct_continued"), last[3]
                    else:
                        speaker, cue, conf, continues = Speaker(), None, self.confidence("direct_unattributed"), False
                sent_found.append(Found(chars[0], chars[1], kind, conf, speaker, cue, sent_medium, continues))
            # ---- "X sagte, … und kündigte weitere Schritte an": a speech act coordinated after a statement
            if sent_found:
                coordinated_act = self.coordinated_act(ss, se, cues, sent_found)
                if coordinated_act is not None:
                    sent_found.append(coordinated_act)
            # ---- "X stufte das Gesetz als verfassungswidrig ein, und Y rief …": a speech act in the clause before
            # the sentence's other quotes
            if sent_found:
                act_before = self.act_before_quotes(ss, se, cues, sent_found, sent_medium)
                if act_before is not None:
                    sent_found.insert(0, act_before)
            # ---- "Nach Angaben der Veranstalter kamen 7.000 Menschen, die Polizei spricht von 4.000": a speech act
            # in a main clause of its own after the sentence's other quotes
            if sent_found:
                act_after = self.act_after_quotes(ss, se, cues, sent_found, sent_medium)
                if act_after is not None:
                    sent_found.append(act_after)
            # ---- "Das sagte X." attributes the sentence before it
            if not sent_found and (self.anaphoric_cue(si, ss, se, cues)
                                   or self.so_after_bare_quotation(si, ss, cues, prev_found)):
                k = cues[0][0]
                # the perfect's participle finds its subject from the auxiliary: "Dies hat X gesagt."
                speaker = self.make_speaker(self.cue_speaker(k, ss, se, cues[0][2]))
                cue = self.cue_span(k, se, cues[0][1])
                if prev_found:
                    for f in prev_found:
                        if f.cue is None or f.kind == "reported" or f.speaker.mention is None:
                            f.speaker, f.cue, f.continues = speaker, cue, False
                            f.confidence = max(f.confidence, self.confidence("attributed_after"))
                else:
                    ps, pe = sents[si - 1]
                    ps = self.anaphor_content_start(si, sents, found)
                    chars = self.char_span(ps, pe, keep_end_punct=True)
                    if chars:
                        # the content is the sentence before; the pointing "Das"/"Dies" only stands for it (the
                        # annotators' spans include it, but it is no part of what was said)
                        found.append(Found(chars[0], chars[1], "indirect", self.confidence("attributed_after"),
                                           speaker, cue, sent_medium))
                last = (si, speaker, sent_medium, False)
                prev_found = []
                continue
            # ---- reported speech acts (only when nothing else was found)
            if not sent_found:
                act = self.reported_act(ss, se, cues + self.stance_cues(ss, se), sent_medium) or \
                    self.named_reason(ss, se, sent_medium)
                if act is not None:
                    sent_found.append(act)
            self.without_media_in_content(sent_found, self.medium_at.get(doc[ss].idx) if sent_medium else None)
            found.extend(sorted(sent_found, key=lambda f: f.start))
            prev_found = sent_found
            if sent_found:
                # later sentences continue the person, not the phrase "eigenen Angaben" that marked this one
                continuing = sent_found[-1].speaker
                if frame_subject is not None and continuing is frame_subject[0]:
                    continuing = frame_subject[1]
                last = (si, continuing, sent_found[-1].medium, True)
            else:
                for k, _, joined in cues:
                    span = self.cue_speaker(k, ss, se, joined)
                    if self.negated_act(k, ss, se):
                        continue  # "Zu den Vorwürfen äußerte er sich nicht": nobody spoke; the last speaker goes on
                    if span is not None and (self.is_agentive(span) or self.names_document(span) and last is not None
                                             and si - last[0] <= CONTINUATION_WINDOW):
                        # "Das erklärte General X am Montag." — later Konjunktiv-I sentences report X; so do they a
                        # document that speaks ("Der Untersuchungsbericht schildert die Fehlerkette."), though only in
                        # place of an earlier speaker: alone it would start new cue-less reports (measured)
                        last = (si, self.make_speaker(span), sent_medium, False)
                        break
        self.attribute_inscriptions(found, sents)
        return found



def _assign_ids(doc: Doc, text: str, found: list[Found]) -> list[Quote]:
    """``text`` is ``original_text(doc)``, read once (spaCy rebuilds ``doc.text`` from the tokens on every access)."""
    doc_id = doc._.doc_id
    quotes: list[Quote] = []
    statement_no = 0
    for n, f in enumerate(found, start=1):
        if not (f.continues and quotes):
            statement_no += 1
        statement = f"{doc_id}#s{statement_no}"
        quotes.append(Quote(
            id=f"{doc_id}#q{n}", doc=doc_id, start=f.start, end=f.end, text=text[f.start:f.end],
            kind=f.kind, statement=statement, confidence=f.confidence, speaker=f.speaker, cue=f.cue,
            medium=f.medium,
        ))
    return quotes


def _attribute_headlines(text: str, quotes: list[Quote]) -> None:
    """A bare quotation in the headline/teaser takes the speaker of the same words in the body."""
    first_break = text.find("\n")
    if first_break < 0:
        return
    for q in quotes:
        if q.start >= first_break or q.speaker.mention is not None:
            continue
        words = set(re.findall(r"\w+", q.text.lower()))
        if not words:
            continue
        best: Quote | None = None
        best_overlap = 0.0
        for other in quotes:
            if other.start < first_break or other.speaker.mention is None:
                continue
            overlap = len(words & set(re.findall(r"\w+", other.text.lower()))) / len(words)
            if overlap > best_overlap:
                best, best_overlap = other, overlap
        if best is not None and best_overlap >= 0.6:
            q.speaker = best.speaker
            q.statement = best.statement
            q.medium = q.medium or best.medium


def find_quotes(doc: Doc) -> list[Quote]:
    """All quotations of a processed doc (the work of the ``lagebild_quotes`` component)."""
    finder = _QuoteFinder(doc, load_lexicon())
    quotes = _assign_ids(doc, finder.text, sorted(finder.run(), key=lambda f: f.start))
    _attribute_headlines(finder.text, quotes)
    name_speakers_in_base_form(doc, quotes)
    finder.name_compound_sources(quotes)
    return quotes


@Language.component("lagebild_quotes", assigns=["doc._.quotes"])
def extract_quotes(doc: Doc) -> Doc:
    doc._.quotes = find_quotes(doc)
    return doc

