"""framing.report: the HTML and PDF report from hand-built and real analyses."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import framing
import framing.report
from framing.report import data
from framing.report.annotate import annotate

from .report_samples import SEED, empty_analysis, hostile_analysis, outlet_analysis, seed_analysis

SPEC = framing.load_spec("karabakh-2023")
LABEL = {f.id: f.label or f.id for f in SPEC.frames}  # frame ids of the samples shown by the spec's labels


def label(frame_id: str) -> str:
    return LABEL.get(frame_id, frame_id)


COMMAND = "framing analyze corpora/karabakh-2023 --spec karabakh-2023 --out reports/karabakh-2023 --format html,pdf"


@pytest.fixture(scope="module")
def seed():
    return seed_analysis()


@pytest.fixture(scope="module")
def seed_html(seed):
    return framing.report.render_html(seed, command=COMMAND)


class Tags(HTMLParser):
    """Every start tag with its attributes, and whether every element closes in order."""

    VOID = {"meta", "br", "img", "hr", "input", "link", "col", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


def parse(html: str) -> Tags:
    t = Tags()
    t.feed(html)
    return t


def text_of(html: str) -> str:
    import html as html_lib

    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def test_sections_in_order(seed_html):
    ids = re.findall(r'<section id="([a-z]+)">', seed_html)
    assert ids == ["findings", "parties", "charts", "frames", "articles", "methods", "reproduce"]
    for heading in ("Findings", "Parties", "Charts", "Frames", "Annotated articles", "Methods",
                    "Reproduce this report"):
        assert f"<h2>{heading}</h2>" in seed_html


def test_self_contained_and_without_script(seed_html):
    tags = parse(seed_html)
    assert tags.errors == [] and tags.stack == []
    names = {t for t, _ in tags.tags}
    assert "script" not in names and "link" not in names and "img" not in names and "iframe" not in names
    for _, attrs in tags.tags:
        for key, value in attrs.items():
            assert not key.startswith("on")
            if key in ("src", "href", "xlink:href"):
                assert value.startswith(("#", "data:")), (key, value)
    assert not re.search(r"url\(\s*['\"]?(?!data:|#)", seed_html)
    assert "@import" not in seed_html
    assert seed_html.count("<svg") >= 5  # inline charts


def test_findings_are_computed_from_the_tables(seed_html):
    text = text_of(seed_html)
    assert "12 statements are attributed to speakers. Azerbaijan gets the most voice: 5 statements, 67 words " \
           "(49% of attributed words)." in text
    assert "Share of attributed words: Azerbaijan 49%, Armenia 40%, Russia 6%, speakers of no party 4%, " \
           "Karabakh Armenians 0% and The West 0%." in text
    assert "Karabakh Armenians (mentioned 4 times) and The West (mentioned 4 times) are talked about but never " \
           "heard." in text
    assert "All statements of Russia are introduced neutrally." in text
    assert "3 statements of Armenia (60% of its statements: “accuse” (2), “claim” (1))" in text
    assert f"The most frequent is “{label('ethnic-cleansing')}” (owned by Armenia): 3 cues, 2 in the writer's own " \
           "voice" in text


def test_party_table_rows(seed):
    table = data.party_summary(seed).set_index("party")
    assert table.loc["azerbaijan", ["statements", "direct", "partial", "indirect", "quoted_words"]].tolist() == \
        [5, 1, 1, 3, 67]
    assert table.loc["armenia", "doubt_accusation"] == 3
    assert table.loc["armenia", "frames_adopted_by_narrator"] == 2
    assert table.loc["other", "statements"] == 1
    assert list(table.index) == ["azerbaijan", "armenia", "karabakh-armenians", "russia", "west", "other"]


def test_highlights_say_party_cue_and_voice(seed_html):
    assert 'title="Statement 7: Armenia’s army (Armenia) · cue: claim (doubt) · indirect speech"' in seed_html
    assert '<span class="lab p-armenia">[7] Armenia · claim (doubt) · indirect speech</span>' in seed_html
    assert f'title="frame: {label("anti-terrorist-operation")} · owner: Azerbaijan · voice: scare-quoted"' in seed_html
    assert f"⚑ {label('ethnic-cleansing')} · Armenia · writer&#39;s own voice" in seed_html
    assert '<span class="cue" title="reporting verb of statement 7: claim · stance: doubt">claims</span>' in seed_html


@pytest.mark.parametrize("row, expected", [
    # a frame inside a quote: nested, closed in order, the label after its span
    ({"start": 10, "end": 25}, '<mark class="q p-azerbaijan" title="Statement 1: Baku (Azerbaijan) · cue: say '
     '(neutral) · indirect speech">the “<span class="fr p-azerbaijan v-scare_quoted"'),
    ({"start": -1, "end": 3}, '</span> says the “<span class="fr'),      # offsets outside the text: no highlight
    ({"start": 10, "end": 500}, '</span> says the “<span class="fr'),
])
def test_annotate_nesting(row, expected):
    text = "Baku says the “operation” is over.\nYerevan disagrees."
    att = [{**row, "party": "azerbaijan", "cue": "say", "cue_class": "neutral", "kind": "indirect",
            "speaker": "Baku", "speaker_start": 0, "speaker_end": 4}]
    frames = [{"start": 15, "end": 24, "frame": "ato", "owner": "azerbaijan", "voice": "scare_quoted"}]
    html = str(annotate(text, attributions=att, frames=frames, names={"azerbaijan": "Azerbaijan"}))
    t = parse(html)
    assert t.errors == [] and t.stack == []
    assert expected in html
    assert html.count("<p>") == 2 and text_of(html).count("operation") == 1


def test_annotate_overlapping_spans_stay_well_formed():
    text = "Officials in Baku claim the operation is over, says one."
    att = [{"start": 18, "end": 45, "party": "azerbaijan", "speaker_start": 0, "speaker_end": 17, "cue_start": 18,
            "cue_end": 23, "cue": "claim", "cue_class": "doubt", "kind": "indirect", "speaker": "Officials in Baku"}]
    frames = [{"start": 10, "end": 37, "frame": "f", "owner": "armenia", "voice": "narrator"}]  # crosses both
    html = str(annotate(text, attributions=att, frames=frames))
    t = parse(html)
    assert t.errors == [] and t.stack == []
    assert re.sub(r"<[^>]+>", "", re.sub(r'<span class="(lab|flab)[^"]*">[^<]*</span>', "", html)) == \
        f"{text}".replace("", "")  # text unchanged once the labels are removed
    assert html.count("[1] azerbaijan · claim (doubt) · indirect speech") == 1


def test_hostile_text_is_escaped():
    html = framing.report.render_html(hostile_analysis(), command="framing analyze '<script>alert(1)</script>'")
    tags = parse(html)
    assert tags.errors == []
    assert [t for t, _ in tags.tags if t in ("script", "img", "b")] == []
    assert all(not k.startswith("on") for _, a in tags.tags for k in a)
    assert "&lt;script&gt;document.title=&#39;PWNED&#39;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;Outlet" in html            # outlet name
    assert "&lt;script&gt;document.title=&#39;PWNED3&#39;&lt;/script&gt;Title" in html  # title
    assert "framing analyze &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;" in html     # command
    assert "⚑ &lt;script&gt;x&lt;/script&gt;" in html                   # frame id from the data


def test_empty_analysis_degrades(tmp_path):
    result = empty_analysis()
    html = framing.report.render_html(result)
    text = text_of(html)
    assert "No attributions were found: nobody is quoted or reported" in text
    assert "No frame cues were found. The spec 'karabakh-2023' defines no competing frames." in text or \
        "No frame cues were found." in text
    assert "No sentiment scores are available" in text
    assert "<svg" not in html  # every chart says there is nothing to draw instead of an empty frame
    assert "Who gets a voice: No attributions found" in text
    assert "<h2>Annotated articles</h2>" in html and "Things could have got much nastier" in html


@pytest.mark.parametrize("drop", [
    {"attributions": ["kind", "cue_class", "words"]},
    {"sentences": ["sentiment", "hedges", "boosters", "loaded", "voice", "parties"]},
    {"frames": ["voice", "speaker_party"]},
    {"documents": ["outlet", "date", "words"]},
])
def test_missing_columns_degrade(drop):
    result = seed_analysis()
    for table, cols in drop.items():
        setattr(result, table, getattr(result, table).drop(columns=cols))
    result._parties = result._parties.drop(columns=["sentiment_toward"])
    html = framing.report.render_html(result)
    assert "<h2>Methods</h2>" in html and parse(html).errors == []


def test_outlets_section_and_article_selection():
    result = outlet_analysis()
    html = framing.report.render_html(result, max_articles=2)
    assert '<section id="outlets">' in html and '<section id="documents">' in html
    assert "2 of 4 articles are shown" in html
    # the two with the most statements and frame cues, in corpus order
    titles = re.findall(r'<article class="doc" id="doc-\d+">\s*<h3>([^<]+)</h3>', html)
    assert titles == ["Stepanakert falls", "Exodus from Karabakh"]  # 4 and 5 statements + frame cues
    text = text_of(html)
    assert "Russia's share of attributed words ranges from 0% (APA) to 69% (RT)." in text


def test_render_is_deterministic(seed, seed_html):
    assert framing.report.render_html(seed, command=COMMAND) == seed_html


def test_write_rejects_unknown_format(seed, tmp_path):
    with pytest.raises(ValueError, match="unknown report format 'docx'; formats are: html, pdf"):
        framing.report.write(seed, tmp_path, formats=("html", "docx"))


def test_pdf_has_the_same_sections(seed, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    paths = framing.report.write(seed, tmp_path, formats=("html", "pdf"), command=COMMAND)
    assert [p.name for p in paths] == ["report.html", "report.pdf"]
    reader = pypdf.PdfReader(tmp_path / "report.pdf")
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    for heading in ("Findings", "Parties", "Charts", "Frames", "Annotated articles", "Methods",
                    "Reproduce this report"):
        assert heading in text
    assert "Azerbaijan gets the most voice" in text
    assert "claim (doubt)" in text            # an annotation label, visible in print
    assert "Voice: who is quoted" in text     # chart text is text (SVG), not pixels
    assert COMMAND in text.replace("- -", "--")
    assert 4 <= len(reader.pages) <= 20


def test_cli_writes_the_report_on_the_real_pipeline(tmp_path):
    from framing.cli import main

    out = tmp_path / "out"
    assert main(["analyze", str(SEED), "--spec", "karabakh-2023", "--out", str(out), "--format", "csv,html",
                 "--jobs", "1"]) == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    assert not (out / "report.pdf").exists()  # only the formats asked for
    assert (out / "documents.csv").exists()
    assert '<pre class="command"><code>framing ' in html and "<h2>Findings</h2>" in html
    assert parse(html).errors == []


@pytest.mark.parametrize(
    "model, note, command",
    [
        ("rules", None, "framing analyze CORPUS --spec karabakh-2023 --format html,pdf"),
        ("crf", "found by the learned attribution model <code>crf</code>",
         "framing analyze CORPUS --spec karabakh-2023 --attribution-model crf --format html,pdf"),
        ("cues", "found by the rules with the learned cue model's cues added",
         "framing analyze CORPUS --spec karabakh-2023 --attribution-model cues --format html,pdf"),
    ],
)
def test_methods_name_the_attribution_model(model, note, command):
    text = ("By washing his hands of Nagorno-Karabakh, Mr Putin wants to show there is a price to be paid for "
            "leaders who turn their back on Russia.")
    html = framing.report.render_html(framing.analyze([text], spec="karabakh-2023", attribution_model=model))
    methods = html[html.index('<section id="methods">'):html.index('<section id="reproduce">')]
    assert ("Statements were found" in methods) is (note is not None)
    assert note is None or note in methods
    assert f"<code>{command}</code>" in html
