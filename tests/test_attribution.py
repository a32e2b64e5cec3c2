"""Attribution on the seed article's real sentences, analysed in the context of the whole document."""

from __future__ import annotations

import pytest

import framing
from framing.attribution import analyse
from framing.attribution.extract import extract
from framing.segment import sentences

SPEC = framing.load_spec("karabakh-2023")


@pytest.fixture(scope="module")
def seed_rows(seed_doc):
    return analyse(seed_doc, sentences(seed_doc.text), SPEC)


def _in_sentence(rows, doc, fragment):
    sents = sentences(doc.text)
    at = doc.text.index(fragment)
    idx = next(i for i, s in enumerate(sents) if s.start <= at < s.end)
    return [r for r in rows if r["sent_idx"] <= idx <= r["sent_end_idx"]
            or (r["cue_start"] >= 0 and sents[idx].start <= r["cue_start"] < sents[idx].end)]


SEED_TABLE = [
    # fragment of the sentence, expected (party, cue, cue_class, kind), speaker
    ("“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.", ("azerbaijan", "say", "neutral", "direct"), "Mr Hajiyev"),
    ("Armenia’s army claims to be staying out of the dispute.", ("armenia", "claim", "doubt", "indirect"), "Armenia’s army"),
    ("“It’s hard to see a scenario”, says Laurence Broers", ("other", "say", "neutral", "direct"), "Laurence Broers of Chatham House"),
    ("Azerbaijan now plans to “reintegrate” Nagorno-Karabakh, says Hikmet Hajiyev", ("azerbaijan", "say", "neutral", "partial"), "Hikmet Hajiyev"),
    ("Armenia accused Azerbaijan of massing troops", ("armenia", "accuse", "accusation", "indirect"), "Armenia"),
    ("Officials in Baku claim the Karabakh Armenians are welcome", ("azerbaijan", "claim", "doubt", "indirect"), "Officials in Baku"),
    ("Mr Pashinyan accused Russia of failing", ("armenia", "accuse", "accusation", "indirect"), "Mr Pashinyan"),
    ("“He is asking for help from Russian peacekeepers,” she said.", ("russia", "say", "neutral", "direct"), "she"),
    ("“But if we did nothing, we would almost certainly lose our statehood,” one says.", ("armenia", "say", "neutral", "direct"), "one"),
    ("Azerbaijan says the offensive was in large part a response", ("azerbaijan", "say", "neutral", "indirect"), "Azerbaijan"),
    ("Azerbaijan called the assault an “anti-terrorist operation”", ("azerbaijan", "call", "characterisation", "partial"), "Azerbaijan"),
    ("called it an ethnic-cleansing campaign", ("armenia", "call", "characterisation", "indirect"), "Nikol Pashinyan"),
]


@pytest.mark.parametrize("fragment, expected, speaker", SEED_TABLE)
def test_seed_statement(seed_doc, seed_rows, fragment, expected, speaker):
    found = _in_sentence(seed_rows["attributions"], seed_doc, fragment)
    assert len(found) == 1, [r["content"] for r in found]
    r = found[0]
    assert (r["party"], r["cue"], r["cue_class"], r["kind"]) == expected
    assert r["speaker"] == speaker
    assert seed_doc.text[r["start"]:r["end"]] == r["content"]
    assert seed_doc.text[r["speaker_start"]:r["speaker_end"]] == r["speaker"]


def test_split_quote_is_one_statement(seed_doc, seed_rows):
    rows = [r for r in seed_rows["attributions"] if "Broers" in r["content"] or r["speaker"].startswith("Laurence")]
    assert len(rows) == 1
    r = rows[0]
    assert r["content"].startswith("“It’s hard to see a scenario”") and r["content"].endswith("“in which coexistence is possible.”")
    assert r["words"] == 11  # quoted words only, not the cue in between
    assert len(r["parts"].split(";")) == 2


def test_uncued_following_quote_keeps_the_speaker(seed_doc, seed_rows):
    rows = _in_sentence(seed_rows["attributions"], seed_doc, "“Why doesn’t he ask NATO?”")
    assert [(r["party"], r["kind"], r["speaker"], r["continued"]) for r in rows] == [("russia", "direct", "Margarita Simonyan", True)]


@pytest.mark.parametrize("fragment", [
    "Images showed Armenians hunkering down in basements",
    "Armenian officials were well aware of the risk they were taking",
    "Things could have got much nastier",
    "The government in Baku agreed to reopen the corridor",
    "something Azerbaijan has insisted on for some time",
    "Barring a breakdown in the newly announced talks",
    "Western powers have largely contented themselves",
])
def test_no_speaker_no_statement(seed_doc, seed_rows, fragment):
    assert _in_sentence(seed_rows["attributions"], seed_doc, fragment) == []


def test_seed_offsets_and_sentence_columns(seed_doc, seed_rows):
    text = seed_doc.text
    for r in seed_rows["attributions"]:
        assert text[r["start"]:r["end"]] == r["content"]
        if r["cue_start"] >= 0:
            assert framing.attribution.lexicon().lookup(text[r["cue_start"]:r["cue_end"]]).lemma == r["cue"]
    cols = seed_rows["sentence_columns"]
    assert len(cols) == len(sentences(text))
    voices = {c["voice"] for c in cols}
    assert voices <= {"narrator", "attributed", "mixed"} and "narrator" in voices and "attributed" in voices
    sents = sentences(text)
    i = next(k for k, s in enumerate(sents) if s.text.startswith("Officials in Baku claim"))
    assert cols[i]["voice"] == "attributed" and cols[i]["parties"].split(";")[0] == "azerbaijan"


def test_mentions_have_party_and_offsets(seed_doc, seed_rows):
    text = seed_doc.text
    for m in seed_rows["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"] and m["party"] in SPEC.party_ids
    vias = {m["via"] for m in seed_rows["mentions"]}
    assert {"alias", "title", "pronoun"} <= vias


EXTRACT_TABLE = [
    # text, [(speaker, party, cue, kind, content)]
    ('Hamas said, "We will never surrender."', [("Hamas", "hamas", "say", "direct", '"We will never surrender."')]),
    ("Israel insists that the strikes were precise.", [("Israel", "israel", "insist", "indirect", "the strikes were precise")]),
    ("The rockets came from Gaza, an Israeli military spokesman said.",
     [("an Israeli military spokesman", "israel", "say", "indirect", "The rockets came from Gaza")]),
    ("According to the Gaza health ministry, 19 people were killed.",
     [("the Gaza health ministry", "palestinians", "according to", "according_to", "19 people were killed")]),
    ("Hamas denies firing the rockets.", [("Hamas", "hamas", "deny", "indirect", "firing the rockets")]),
    ("Netanyahu warned that Israel was prepared to widen the operation.",
     [("Netanyahu", "israel", "warn", "indirect", "Israel was prepared to widen the operation")]),
    ("“This is a massacre,” said Sami Abu Zuhri, a Hamas spokesman. “The world must act.”",
     [("Sami Abu Zuhri", "hamas", "say", "direct", "“This is a massacre,”"), ("Sami Abu Zuhri", "hamas", "say", "direct", "“The world must act.”")]),
    ("“We are ready,” he said, “to hit back hard.”",
     [("he", "", "say", "direct", "“We are ready,” he said, “to hit back hard.”")]),
    ('"No ceasefire," said a professor at Tel Aviv University.',
     [("a professor at Tel Aviv University", "other", "say", "direct", '"No ceasefire,"')]),
    ("Egypt called for an immediate truce.", [("Egypt", "international", "call for", "indirect", "an immediate truce")]),
    ("Rockets hit Sderot and sirens sounded in Tel Aviv.", []),
    ("The talks are expected to resume on Monday.", []),
    ("Israel’s claims were rejected by the residents.", []),
]


@pytest.mark.parametrize("text, expected", EXTRACT_TABLE)
def test_extract_gaza_style(text, expected):
    spec = framing.load_spec("gaza-2012-2014")
    rows = extract(text, sentences(text), spec)
    got = [(r["speaker"], r["party"], r["cue"], r["kind"], r["content"]) for r in rows]
    assert got == expected


def test_multi_paragraph_quote_is_one_statement():
    text = "“The first paragraph of the quote ends here.\n\n“And the second one goes on,” said Mark Regev."
    rows = extract(text, sentences(text), framing.load_spec("gaza-2012-2014"))
    assert [(r["party"], r["kind"], len(r["parts"].split(";"))) for r in rows] == [("israel", "direct", 2)]


def test_adversarial_input_stays_linear():
    # a megabyte of quote marks, commas and cue words must not blow up (no backtracking)
    text = ("“, says says, “ said " * 4000) + ("Mr. " * 10000) + ('"' * 20000) + ("a, " * 10000 + "said Mr X.")
    rows = extract(text, sentences(text), SPEC)
    assert isinstance(rows, list)


@pytest.mark.parametrize(
    "spec_name, text, expected",
    [
        ("ukraine-2014", "Fighting continued, and the United Nations said more than 1,100 people had been killed.",
         ("the United Nations", "other", "say", "indirect")),
        ("ukraine-2014", "The detainees had been seized by police in the city, according to Reuters.",
         ("Reuters", "other", "according to", "according_to")),
        ("ukraine-2014", "The New York Times reports that Ukrainian forces seized the airport.",
         ("The New York Times", "other", "report", "indirect")),
        # a spec party inside the phrase wins: the UN is a party of the Gaza spec
        ("gaza-2012-2014", "The U.N. said the school had been hit twice.", ("The U.N.", "international", "say", "indirect")),
    ],
)
def test_news_organisations_and_non_party_un_are_other(spec_name, text, expected):
    rows = framing.analyze([text], spec=spec_name).attributions
    assert [tuple(r) for r in rows[["speaker", "party", "cue", "kind"]].values.tolist()] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ilham Aliyev, Azerbaijan’s president, said the operation was over.", ("azerbaijan", "say", "the operation was over")),
        ("Nikol Pashinyan, Armenia’s prime minister, says Russia has failed.", ("armenia", "say", "Russia has failed")),
        ("The operation is over, said the minister.", ("", "say", "The operation is over")),
    ],
)
def test_subject_of_the_reported_clause_is_not_an_inverted_speaker(text, expected):
    rows = framing.analyze([text], spec="karabakh-2023").attributions
    assert [tuple(r) for r in rows[["party", "cue", "content"]].values.tolist()] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan did not call it an ethnic-cleansing campaign.",
        "Armenia did not accuse Russia of failing.",
        "Armenia never accused Russia of failing in its duties.",
        "Baku hasn't claimed the villages were empty.",
    ],
)
def test_a_negated_reporting_verb_attributes_nothing(text):
    assert framing.analyze([text], spec="karabakh-2023").attributions.empty
