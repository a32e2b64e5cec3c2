"""Attribution round 10 (spans): the seed 5151/5252 review's speaker-span, non-statement and content errors.

Real passages from the bundled corpora: an appositive (party-state tag, age) between a name and its cue is
skipped; a cue in a relative clause is the antecedent's; an addressee and "that" are not content (warn, tell,
…); "did note, however, that …" starts the content after "that"; a byline ("reported and wrote from Atlanta")
and "and + verb" are no content; a participial cue's subject is found across an appositive; rejecting a
proposal is a position, not a statement.
"""

from __future__ import annotations

import pytest

from .attribution_rows import GAZA, UKRAINE, rows as _rows


def _cue_rows(spec: str, text: str, cue: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["content"]) for r in _rows(spec, text) if r["cue"] == cue]


#: gaza DXTIf1nQRm2C39N9
BLUNT = ('On CNN\'s "State of the Union," Rep. Dutch Ruppersberger, D-Maryland, said the situation would be akin to '
         'his state launching an attack on Washington.\n\nSen. Roy Blunt, R- Missouri, said he suspected Iran was '
         'involved and said he found Obama\'s words on the violence "helpful."')


# B3. "NAME, TAG, said": the appositive (a party-state tag, an age) is skipped; the speaker is NAME
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, BLUNT, "say", [
        ("Rep. Dutch Ruppersberger", "the situation would be akin to his state launching an attack on Washington"),
        ("Sen. Roy Blunt", "he suspected Iran was involved"),
        ("Sen. Roy Blunt", 'he found Obama\'s words on the violence "helpful."')]),
    (GAZA,  # qHzZnu8c3Ia8vY9T: an age
     "Amnah Hassan, 53, said 25 people from three generations crowded into the center of the ground floor of their "
     "home, away from windows and only venturing out in the late afternoon to buy a battery-operated radio to monitor "
     "news when electricity went out.",
     "say", [("Amnah Hassan", "25 people from three generations crowded into the center of the ground floor of their "
              "home, away from windows and only venturing out in the late afternoon to buy a battery-operated radio to "
              "monitor news when electricity went out")]),
    # negative: a number that is the content's, before a postposed cue, stays content
    (GAZA, "On Sunday, Israeli aircraft hit about 20 targets, the army said.", "say",
     [("the army", "On Sunday, Israeli aircraft hit about 20 targets")]),
])
def test_appositive_between_name_and_cue(spec, text, cue, expected):
    assert _cue_rows(spec, text, cue) == expected


def test_party_state_tag_speaker_party():
    assert [r["party"] for r in _rows(GAZA, BLUNT) if r["speaker"] == "Sen. Roy Blunt"] == ["us", "us"]


# B1. a cue in a relative clause: the speaker is the antecedent noun phrase only
@pytest.mark.parametrize("spec, text, cue, expected", [
    (UKRAINE, "If genuine, the photos also back up Western leaders who have claimed Russia's involvement.", "claim",
     [("Western leaders", "Russia's involvement")]),
    # negative: a relative clause after a dash keeps its antecedent (5151#2)
    (UKRAINE, "First, though, officials have to find the 63-year-old Yanukovych — who has accused opponents of "
              "staging an illegal coup. He's missing.", "accuse",
     [("Yanukovych", "opponents of staging an illegal coup")]),
])
def test_relative_clause_speaker_is_antecedent(spec, text, cue, expected):
    assert _cue_rows(spec, text, cue) == expected


# D1. cues with an addressee: the content starts after "NP that"
@pytest.mark.parametrize("spec, text, cue, expected", [
    (UKRAINE, "President Obama warned Ukraine that “violence is not the path” for dealing with civil unrest and said "
              "his administration would hold officials there responsible for the deaths of protesters, including with "
              "possible sanctions.", "warn",
     [("President Obama", "“violence is not the path” for dealing with civil unrest")]),
    (GAZA, "In Washington, Mr. Kerry warned Russia that it faced additional sanctions if it failed to abide by the "
           "Geneva agreement to free the occupied buildings.", "warn",
     [("Mr. Kerry", "it faced additional sanctions if it failed to abide by the Geneva agreement to free the occupied "
                    "buildings")]),
    (GAZA, "Earlier Monday, Netanyahu blasted a United Nations Security Council statement calling for an immediate "
           "cease-fire in Gaza, telling U.N. Secretary-General Ban Ki-moon that it recognizes the needs of a “murderous "
           "terrorist organization,” and not Israeli security.", "tell",
     [("Netanyahu", "it recognizes the needs of a “murderous terrorist organization,” and not Israeli security")]),
    # negative: an addressee with no "that" is unchanged
    (UKRAINE, "Ukrainian Prime Minister Arseniy Yatsenyuk told the AP that Russia was bluffing.", "tell",
     [("Ukrainian Prime Minister Arseniy Yatsenyuk", "Russia was bluffing")]),
])
def test_addressee_then_that(spec, text, cue, expected):
    assert _cue_rows(spec, text, cue) == expected


# 2727#22. "did note, however, that …": the content starts after "that"
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, "On CNN moments ago, correspondent Ben Wedeman did note, however, that the flurry of shelling in the past "
           "hour or so from Israeli forces and rockets that have been fired from Gaza could, ironically, be signs that "
           "a truce is imminent.", "note",
     [("correspondent Ben Wedeman", "the flurry of shelling in the past hour or so from Israeli forces and rockets that "
       "have been fired from Gaza could, ironically, be signs that a truce is imminent")]),
    # negative: a parenthetical cue between two parts of the content stays split (g3ltsH7vAcuZYBVY)
    (GAZA, "Four years ago the army invaded. One of the main military achievements, he said, was the destruction of "
           "most of the long-range Iranian Fajr-5 missiles in Gaza.", "say",
     [("he", "One of the main military achievements, he said, was the destruction of most of the long-range Iranian "
             "Fajr-5 missiles in Gaza")]),
])
def test_interposed_adverbial_before_that(spec, text, cue, expected):
    assert _cue_rows(spec, text, cue) == expected


# C1. bylines and "and + verb" contents give no row
@pytest.mark.parametrize("spec, text, expected", [
    (UKRAINE, "CNN's Nick Paton Walsh and Victoria Butenko reported from Kiev, while CNN's Greg Botelho reported and "
              "wrote from Atlanta.", []),
    (GAZA, "Furthermore, the President never seriously tried to stop it. He could have threatened and ensured harsh "
           "economic and political repercussions, which Congress would have supported.", []),
    # negative: a report with an object is a statement
    (GAZA, "The Times of Israel reported that a barrage of rockets were fired from Gaza minutes before the cease-fire "
           "went into effect.",
     [("The Times of Israel", "report", "a barrage of rockets were fired from Gaza minutes before the cease-fire went "
                                        "into effect")]),
])
def test_byline_is_no_statement(spec, text, expected):
    assert [(r["speaker"], r["cue"], r["content"]) for r in _rows(spec, text)] == expected


# B4. a sentence-final participial cue: the main clause's subject, found across an appositive
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, "Residents of Ashkelon, within rocket range of Gaza's border, expressed skepticism about whether the "
           "cease-fire would hold, noting that similar agreements have proved short-lived.", "note",
     [("Residents of Ashkelon", "israel", "similar agreements have proved short-lived")]),
    # negative: the writer's inference after an interposed "however" stays no statement (uNa5PCl2UCwYNTsy)
    (UKRAINE, "Sunday’s action was, however, a marked escalation, suggesting that one side or the other was on the "
              "attack.", "suggest", []),
    # negative: evidence is no speaker (AbwXSDfoCYsNzYGj)
    (UKRAINE, "Data last week showed U.S. gross domestic product expanded at a 4 percent annual pace in the second "
              "quarter, confirming the Fed’s view that a first-quarter contraction was transitory.", "confirm", []),
])
def test_participial_cue_subject_across_appositive(spec, text, cue, expected):
    assert [(r["speaker"], r["party"], r["content"]) for r in _rows(spec, text) if r["cue"] == cue] == expected


# C2. rejecting a proposal, plan, offer or deal is a position, not a statement
@pytest.mark.parametrize("spec, text, expected", [
    (GAZA, "And earlier this week, Hamas rejected an Egyptian truce proposal under which Israel would gradually ease "
           "its blockade of Gaza, without giving specific commitments.", []),
    # negative: rejecting claims or a suggestion that … keeps its row
    (UKRAINE, "Russia's Foreign Ministry spokesman Alexander Lukashevich on Thursday rejected Yatsenyuk's claims of "
              "Russian interference in the east as unfounded.",
     [("Russia's Foreign Ministry spokesman Alexander Lukashevich",
       "Yatsenyuk's claims of Russian interference in the east as unfounded")]),
    (UKRAINE, "Last week, after his first extensive meeting with Poroshenko, Putin rejected any suggestion that Russia "
              "could be involved in negotiating a cease-fire in the conflict, which has killed nearly 2,600 people "
              "according to the United Nations.",
     [("Putin", "any suggestion that Russia could be involved in negotiating a cease-fire in the conflict")]),
])
def test_reject_proposal_is_position(spec, text, expected):
    assert _cue_rows(spec, text, "reject") == expected


# B2. "A, B and C blamed …": the whole list is the speaker, not its last two items
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, "The strike on the park occurred a few minutes after the hospital's outpatient clinic was hit, leaving several "
           "people wounded. Gaza's police operations room, Civil Defense and Sahabani blamed the attacks on Israeli "
           "airstrikes.", "blame",
     {("Gaza's police operations room, Civil Defense and Sahabani", "the attacks on Israeli airstrikes")}),
    # negative: a fronted time adverbial before "X and Y" is no list item
    (UKRAINE, "Later, Ukraine and the West accused Russia of arming the insurgents.", "accuse",
     {("Ukraine and the West", "Russia of arming the insurgents")}),
    # negative: a fronted place phrase is no list item
    (GAZA, "In Washington, Mr. Kerry and Mr. Obama warned Russia that it faced additional sanctions.", "warn",
     {("Mr. Kerry and Mr. Obama", "it faced additional sanctions")}),
])
def test_three_item_list_speaker(spec, text, cue, expected):
    assert set(_cue_rows(spec, text, cue)) == expected


# B1 follow-up: once the relative clause's speaker is its antecedent, "responded using …" must not be a statement
@pytest.mark.parametrize("spec, text, expected", [
    (GAZA, "After the attack, clashes broke out outside the Abu Jamals' home, where dozens of police had converged. "
           "Residents hurled stones at police who responded using riot dispersal weapons.", []),
    # negative: a reply with words stays
    (GAZA, "Asked whether Israel would retaliate, the minister responded that the army was ready.",
     [("the minister", "respond", "the army was ready")]),
])
def test_respond_with_action_is_no_statement(spec, text, expected):
    assert [(r["speaker"], r["cue"], r["content"]) for r in _rows(spec, text)] == expected


# D2. a trailing "located on …" after the quoted words is the writer's gloss (wspBFYHfwBjikoMF)
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, 'Hamas Prime Minister Ismail Haniyeh declared in a televised speech that Israel had "raised the white flag." '
           'He described the fighting as "preparation to liberate Jerusalem" and the al-Aqsa mosque located on the '
           'Temple Mount.', "describe",
     [("He", 'the fighting as "preparation to liberate Jerusalem" and the al-Aqsa mosque')]),
    # negative: a passive "to be based in …" is the content's own verb (EetbBFZPeInWvUNE)
    (UKRAINE, 'Obama recalled the "deep ties" between the two nations as he announced plans for additional U.S. Air '
              "Force units to be based in Estonia.", "recall",
     [("Obama", 'the "deep ties" between the two nations as he announced plans for additional U.S. Air Force units to '
                "be based in Estonia")]),
    # negative: a ", which …" clause is not cut (PolNeAR's gold contents mostly keep it; seed 2727 #13)
    (GAZA, "Israel says Hamas, which is considered a terrorist organization by the U.S., European Union and Israel, "
           "should be disarmed under any agreement.", "say",
     [("Israel", "Hamas, which is considered a terrorist organization by the U.S., European Union and Israel, should be "
                 "disarmed under any agreement")]),
])
def test_located_gloss_ends_content(spec, text, cue, expected):
    assert _cue_rows(spec, text, cue) == expected


# B2 negative: the sentence before a "Meanwhile, X and Y …" subject is no list item (MdKIf2dFeQvWVjVf)
def test_list_head_stops_at_sentence_end():
    text = ('"We plan to operate this evening\'s flight to (Tel Aviv) as scheduled," Arthur said.\n\nMeanwhile, '
            "Palestinian Justice Minister Saleem Al-Saqqa and Ismail Jabr, the Gaza court public prosecutor, filed a "
            "complaint to the International Criminal Court on Friday, accusing Israel of war crimes, including apartheid, "
            "attacks against civilians, excessive loss of human life and colonization.")
    assert {r["speaker"] for r in _rows(GAZA, text) if r["cue"] == "accuse"} == {
        "Palestinian Justice Minister Saleem Al-Saqqa and Ismail Jabr"}
