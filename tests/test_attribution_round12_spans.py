"""Attribution round 12 (spans): the seed 3434 and seed 1212 reviews' content and speaker-span errors.

Real passages from the bundled corpora: the writer's background clause (", which began …", ", where …") at the end
of an indirect content is not the speaker's; a content clause cut by a parenthetical frame ("The images, Ukrainian
officials say, prove …") keeps its subject as a first part; a participle describing a copula's predicate noun ("he's
the Instagram dictator …, asking people to …") reports nobody; a list's first item after a fronted subordinate clause
belongs to the coordinated speaker; a bare pronoun object before a second, coordinated reporting verb ("noted this and
spoke of “…”") leaves the statement to that verb.
"""

from __future__ import annotations

import pytest

from .attribution_rows import GAZA, UKRAINE, rows as _rows


def _cue_rows(spec: str, text: str, cue: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["kind"], r["content"]) for r in _rows(spec, text) if r["cue"] == cue]


# 1. the writer's background clause at the end of an indirect content
@pytest.mark.parametrize("spec, text, cue, expected", [
    # ukraine sjebN6Jb7hIXSfKn (NPR): the correspondent does not call herself "she"
    (UKRAINE, 'Soraya says it is "amazing what has happened overnight" in Kiev, where she\'s been reporting from this '
              'week.', "say", [("Soraya", "partial", 'it is "amazing what has happened overnight" in Kiev')]),
    # ukraine DUGY1jk9SqeHAMm6
    (UKRAINE, "Russian officials, including President Vladimir Putin, have repeatedly denied that Russian forces are "
              "involved in the unrest, which began after the February deposition of pro-Russian Ukrainian President "
              "Viktor Yanukovych.", "deny", [("Russian officials", "indirect", "Russian forces are involved in the unrest")]),
    # ukraine uMOnhRz5UTam0LZQ
    (UKRAINE, "Russia has called for greater rights under a decentralized federal system to be accorded to the eastern "
              "regions of Ukraine, where predominantly Russian-speakers live.", "call for",
     [("Russia", "indirect", "greater rights under a decentralized federal system to be accorded to the eastern regions "
                             "of Ukraine")]),
    # negative: a "which" clause that is the claim itself stays ("which it does not expect" is no background verb)
    (UKRAINE, "Israel said it would keep the blockade, which it called legal under international law.", "say",
     [("Israel", "indirect", "it would keep the blockade, which it called legal under international law")]),
    # negative: "which began …," inside the subject goes on to the main verb (ukraine sD1E7LF9E6Gcg6J9)
    (UKRAINE, "Lavrov said the new sanctions, which followed ones issued July 16 by the U.S., endanger the fight "
              "against terrorism.", "say",
     [("Lavrov", "indirect", "the new sanctions, which followed ones issued July 16 by the U.S., endanger the fight "
                             "against terrorism")]),
    # negative: a quotation in the "where" clause is the speaker's (ukraine vLRDTrbBTpJT6xeY)
    (UKRAINE, 'The mayor\'s office said Kernes has been flown to Israel for treatment, where he is "fighting for his '
              'life."', "say",
     [("The mayor's office", "partial", 'Kernes has been flown to Israel for treatment, where he is "fighting for his '
                                        'life."')]),
    # negative: a backshifted "was/were" scene is the report's own (gaza pqbyLSHQ3HM0N7Z3)
    (GAZA, "The U.N. said the first occurred on July 22 in eastern Gaza, where about 300 people were staying.", "say",
     [("The U.N.", "indirect", "the first occurred on July 22 in eastern Gaza, where about 300 people were staying")]),
])
def test_writer_background_clause_ends_content(spec, text, cue, expected):
    assert _cue_rows(spec, text, cue) == expected


def _parts(spec: str, text: str, cue: str) -> list[tuple[str, list[str]]]:
    return [(r["speaker"], [text[int(a):int(b)] for a, b in (p.split("-") for p in r["parts"].split(";"))])
            for r in _rows(spec, text) if r["cue"] == cue]


# 2. a short subject before a parenthetical frame is the first part of the content
@pytest.mark.parametrize("spec, text, expected", [
    # ukraine Z6JHOAF5cjkxqlsy (CNN)
    (UKRAINE, "The images, Ukrainian officials say, prove organized Russian activity in the region.",
     [("Ukrainian officials", ["The images", "prove organized Russian activity in the region"])]),
    # gaza uvfAC3em1jfdfq6q
    (GAZA, "His troops, Netanyahu said, had successfully destroyed a network of tunnels built by Hamas.",
     [("Netanyahu", ["His troops", "had successfully destroyed a network of tunnels built by Hamas"])]),
    # negative: a time adverbial before the frame is no subject
    (UKRAINE, "This week, Ukrainian officials said, troops fired on the checkpoint near Slovyansk.",
     [("Ukrainian officials", ["troops fired on the checkpoint near Slovyansk"])]),
    # negative: a clause with its own subject after the frame: the phrase before it is not its subject
    (UKRAINE, "The images, Ukrainian officials say, the separatists have tried to hide from monitors.",
     [("Ukrainian officials", ["the separatists have tried to hide from monitors"])]),
])
def test_parenthetical_frame_keeps_subject(spec, text, expected):
    assert _parts(spec, text, "say") == expected


#: gaza y2T20ATbHw9kRxDf (New York Times)
RAFAH = ("Although the memorandum of understanding did not clarify how Gaza’s borders might be opened, Egyptians, "
         "Israelis and Americans briefed on the talks said that Egypt had broached the possibility of expanding the "
         "traffic of people and goods at Rafah.")


# 4. a list's first item after a fronted subordinate clause belongs to the coordinated speaker
@pytest.mark.parametrize("spec, text, expected", [
    (GAZA, RAFAH, [("Egyptians, Israelis and Americans briefed on the talks", "international"),
                   ("Egyptians, Israelis and Americans briefed on the talks", "israel"),
                   ("Egyptians, Israelis and Americans briefed on the talks", "us")]),
    # negative: the fronted clause ending in a place ("… opened in Rafah,") adds no list item
    (GAZA, RAFAH.replace("might be opened, Egyptians,", "might be opened in Rafah,"),
     [("Israelis and Americans briefed on the talks", "israel"), ("Israelis and Americans briefed on the talks", "us")]),
    # negative: without a fronted clause, a word before the comma is an adverbial, not a list item
    (GAZA, "In Rafah, Israelis and Americans briefed on the talks said that Egypt had broached the possibility.",
     [("Israelis and Americans briefed on the talks", "israel"), ("Israelis and Americans briefed on the talks", "us")]),
])
def test_list_head_after_fronted_clause(spec, text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text) if r["cue"] == "say"] == expected


#: ukraine 6tLFEbhAgNPByRbS (USA Today / Ozy)
KADYROV = ("Then you must know of a man named Ramzan Kadyrov. No? Well, that's because he's the Instagram dictator "
           "staying in the background, behind the curtain, asking people to pay no mind to the Chechen military "
           "fighters he might be ordering over to fight for Russia.")
#: ukraine ddWfwhUQlis1rfnv
SEMENOVKA = ("About a hundred Semenovka residents later vented their anger against the central government, demanding "
             "that the Ukrainian forces cease their offensive and withdraw from the region.")


# 3. a participle describing a copula's predicate noun reports nobody
@pytest.mark.parametrize("spec, text, cue, expected", [
    (UKRAINE, KADYROV, "ask", []),
    # negative: a participle of a real act keeps its row even when its subject is not found
    (UKRAINE, SEMENOVKA, "demand", [("indirect", "the Ukrainian forces cease their offensive and withdraw from the region")]),
    # negative: a copula whose subject is found keeps the participle's statement
    (GAZA, "Netanyahu was the first to respond, saying Israel would defend its citizens.", "say",
     [("indirect", "Israel would defend its citizens")]),
])
def test_copula_predicate_participle(spec, text, cue, expected):
    assert [(r["kind"], r["content"]) for r in _rows(spec, text) if r["cue"] == cue] == expected


#: gaza AeK48JNTMaNTdghh (Fox News opinion)
NETANYAHU = ("Israeli Prime Minister Benjamin Netanyahu noted this and spoke of “the unique link which has been forged "
             "with the states of the region,” which opens “new possibilities.”")


# 5. a pronoun object and a second, coordinated reporting verb: the second verb's quotation is the statement
@pytest.mark.parametrize("spec, text, expected", [
    (GAZA, NETANYAHU, [("speak of", "partial", "“the unique link which has been forged with the states of the region,” "
                                               "which opens “new possibilities.”")]),
    # gaza XyAi82mYGQjX2TRC: "speak of" is a reporting verb
    (GAZA, "Some Israeli officials have spoken of a bigger buffer zone along the Gaza border.",
     [("speak of", "indirect", "a bigger buffer zone along the Gaza border")]),
    # negative: a real clause before the coordinated verb keeps its own row
    (GAZA, "Netanyahu noted that the truce had held and spoke of “new possibilities.”",
     [("note", "indirect", "the truce had held"), ("speak of", "partial", "“new possibilities.”")]),
    # negative: a relative clause after the quotation with no quotation of its own is still the writer's
    (GAZA, "Netanyahu spoke of “the unique link with the states of the region,” which Israel has long sought.",
     [("speak of", "partial", "“the unique link with the states of the region,”")]),
])
def test_pronoun_object_and_second_cue(spec, text, expected):
    assert [(r["cue"], r["kind"], r["content"]) for r in _rows(spec, text)] == expected
