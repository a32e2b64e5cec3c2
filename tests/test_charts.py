"""framing.charts: checked through the drawn objects (bar lengths, labels, colours), not pixels."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

import framing  # noqa: E402
from framing import charts  # noqa: E402

from .report_samples import outlet_analysis, seed_analysis  # noqa: E402

SPEC = framing.load_spec("karabakh-2023")
COLORS = SPEC.colors()


@pytest.fixture(scope="module")
def seed():
    return seed_analysis()


@pytest.fixture()
def ax():
    fig, ax = plt.subplots()
    yield ax
    plt.close(fig)


def bars(ax):
    """(y label, colour, width) of every drawn bar with a width, in drawing order."""
    labels = {round(float(t), 3): lab.get_text() for t, lab in zip(ax.get_yticks(), ax.get_yticklabels())}
    out = []
    for p in ax.patches:
        if p.get_width() == 0:
            continue
        y = round(p.get_y() + p.get_height() / 2, 3)
        out.append((labels.get(y), to_hex(p.get_facecolor()[:3]).upper(), round(float(p.get_width()), 4)))
    return out


def totals(ax):
    """Total bar length per y label."""
    out: dict[str, float] = {}
    for label, _, w in bars(ax):
        out[label] = round(out.get(label, 0) + w, 4)
    return out


def test_attribution_balance_words_per_party_seed(seed, ax):
    # seed: Azerbaijan 5 statements (67 words), Armenia 5 (55), Russia 1 (8), Laurence Broers (other) 1 (6)
    charts.attribution_balance(seed.attributions, spec=SPEC, ax=ax)
    assert totals(ax) == {"Azerbaijan": 67, "Armenia": 55, "Russia": 8, "other speakers": 6}
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Azerbaijan", "Armenia", "Russia", "other speakers"]
    # every bar segment is in its party's colour from the spec
    for label, color, _ in bars(ax):
        party = {"Azerbaijan": "azerbaijan", "Armenia": "armenia", "Russia": "russia", "other speakers": "other"}[label]
        assert color == COLORS[party].upper()
    assert "67 (49%)" in [t.get_text() for t in ax.texts]


@pytest.mark.parametrize("measure, expected", [
    ("statements", {"Azerbaijan": 5, "Armenia": 5, "Russia": 1, "other speakers": 1}),
    ("words", {"Azerbaijan": 67, "Armenia": 55, "Russia": 8, "other speakers": 6}),
])
def test_attribution_balance_measures(seed, ax, measure, expected):
    charts.attribution_balance(seed.attributions, measure=measure, spec=SPEC, ax=ax)
    assert totals(ax) == expected


def test_attribution_balance_kinds_are_segments_and_legend(ax):
    df = pd.DataFrame({"party": ["armenia", "armenia", "azerbaijan", "azerbaijan"],
                       "kind": ["direct", "indirect", "partial", "direct"], "words": [10, 4, 1, 7]})
    charts.attribution_balance(df, spec=SPEC, ax=ax)
    segments = bars(ax)
    assert ("Armenia", "#D55E00", 10.0) in segments and ("Armenia", "#D55E00", 4.0) in segments
    hatched = [p for p in ax.patches if p.get_hatch() and p.get_width() > 0]
    assert [round(p.get_width()) for p in hatched] == [1]  # the partial quote
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["direct quote", "partial quote", "indirect speech"]


def test_attribution_balance_default_palette_without_spec(ax):
    df = pd.DataFrame({"party": ["israel", "hamas", ""], "kind": ["direct"] * 3, "words": [5, 3, 2]})
    charts.attribution_balance(df, ax=ax)
    colors = {label: c for label, c, _ in bars(ax)}
    assert colors["unresolved"] == charts.OTHER_COLOR.upper()
    assert colors["hamas"] != colors["israel"] and {colors["hamas"], colors["israel"]} <= set(charts.OKABE_ITO)


def test_attribution_balance_unknown_measure(ax):
    with pytest.raises(ValueError, match="measure must be 'words' or 'statements', got 'chars'"):
        charts.attribution_balance(pd.DataFrame({"party": ["x"], "kind": ["direct"], "words": [1]}), measure="chars",
                                   ax=ax)


def test_missing_column_is_named(ax):
    with pytest.raises(ValueError, match=r"missing column\(s\) 'kind'; columns are: party, words"):
        charts.attribution_balance(pd.DataFrame({"party": ["x"], "words": [1]}), ax=ax)


@pytest.mark.parametrize("draw, data, message", [
    (charts.attribution_balance, pd.DataFrame(columns=["party", "kind", "words"]), "No attributions found"),
    (charts.verb_stance, pd.DataFrame(columns=["party", "cue_class"]), "No attributions found"),
    (charts.frames_by_voice, pd.DataFrame(columns=["frame", "owner", "voice"]), "No frame cues found"),
    (charts.sentiment_toward, pd.DataFrame(columns=["party"]), "No sentiment scores"),
    (charts.lexicon_profile, pd.DataFrame(columns=["source", "feature", "value"]), "No lexicon scores"),
    (charts.frame_lean, pd.DataFrame({"outlet": ["CNN"], "frame_lean": [np.nan]}), "No frame lean"),
    (charts.outlet_comparison, pd.DataFrame(columns=["outlet", "party"]), "No quoted words per outlet"),
])
def test_empty_data_says_so(ax, draw, data, message):
    assert draw(data, ax=ax) is ax
    assert not ax.patches
    assert any(message in t.get_text() for t in ax.texts)


def test_draws_on_current_axes_by_default():
    fig, ax = plt.subplots()
    try:
        df = pd.DataFrame({"party": ["armenia"], "sentiment_toward": [-0.2]})
        assert charts.sentiment_toward(df) is ax
    finally:
        plt.close(fig)


def test_verb_stance_counts_seed(seed, ax):
    charts.verb_stance(seed.attributions, spec=SPEC, ax=ax)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["neutral", "accusation", "doubt"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Azerbaijan", "Armenia", "Russia", "other speakers"]
    counts = ax.collections[0].get_array().reshape(4, 3).tolist()
    # Armenia: "called" and "one says" neutral, "accused" twice, "claims" once
    assert counts == [[4, 0, 1], [2, 2, 1], [1, 0, 0], [1, 0, 0]]
    assert "2" in [t.get_text() for t in ax.texts]


def test_verb_stance_normalized_rows_sum_to_one(seed, ax):
    charts.verb_stance(seed.attributions, normalize=True, spec=SPEC, ax=ax)
    grid = ax.collections[0].get_array().reshape(4, 3)
    assert np.allclose(grid.sum(axis=1), 1.0)
    assert "40%" in [t.get_text() for t in ax.texts]  # Armenia: 2 of 5 statements by accusation


def test_frames_by_voice_owner_and_voice(seed, ax):
    charts.frames_by_voice(seed.frames, spec=SPEC, ax=ax)
    assert totals(ax) == {"Azerbaijan": 3, "Armenia": 3}
    segments = bars(ax)
    assert all(c == COLORS["azerbaijan"].upper() for label, c, _ in segments if label == "Azerbaijan")
    # Armenia's ethnic-cleansing frame: "exodus" and "massacre" in the writer's voice (solid), one attributed
    narrator = [p for p in ax.patches if p.get_alpha() == 1.0 and p.get_width() > 0]
    assert [round(p.get_width()) for p in narrator] == [2]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["writer's own voice", "scare-quoted",
                                                                   "attributed to a speaker"]


def test_frames_by_frame_coloured_by_owner(seed, ax):
    charts.frames_by_voice(seed.frames, y="frame", labels={"ethnic-cleansing": "ethnic cleansing"}, spec=SPEC, ax=ax)
    colors = {label: c for label, c, _ in bars(ax)}
    assert colors["ethnic cleansing"] == COLORS["armenia"].upper()
    assert colors["anti-terrorist-operation"] == COLORS["azerbaijan"].upper()
    assert totals(ax)["ethnic cleansing"] == 3


def test_frame_lean_numeric_means_and_dots(ax):
    df = pd.DataFrame({"outlet": ["APA", "APA", "Azatutyun"], "frame_lean": [1.0, 0.5, -1.0]})
    charts.frame_lean(df, sides=("Armenia's frames", "Azerbaijan's frames"), ax=ax)
    assert totals(ax) == {"APA": 0.75, "Azatutyun": -1.0}
    assert len(ax.collections[0].get_offsets()) == 3
    assert "← Armenia's frames" in [t.get_text() for t in ax.texts]


def test_frame_lean_categorical_counts(ax):
    df = pd.DataFrame({"outlet": ["RT", "RT", "APA"], "frame_lean": ["azerbaijan", "armenia", "azerbaijan"]})
    charts.frame_lean(df, spec=SPEC, ax=ax)
    assert totals(ax) == {"RT": 2, "APA": 1}
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Azerbaijan", "Armenia"]


def test_sentiment_toward_bars_and_dots(ax):
    df = pd.DataFrame({"party": ["armenia", "armenia", "azerbaijan", "russia"],
                       "sentiment_toward": [-0.5, -0.3, 0.2, np.nan]})
    charts.sentiment_toward(df, spec=SPEC, ax=ax)
    assert [(label, w) for label, _, w in bars(ax)] == [("Azerbaijan", 0.2), ("Armenia", -0.4)]
    assert len(ax.collections[0].get_offsets()) == 1 + 2  # one dot per row (Azerbaijan's, then Armenia's two)
    lo, hi = ax.get_xlim()
    assert lo == -hi and ax.lines[0].get_xdata()[0] == 0


def test_lexicon_profile_writer_first_then_parties(ax):
    df = pd.DataFrame({"source": ["armenia", "writer", "azerbaijan", "armenia", "writer", "azerbaijan"],
                       "feature": ["hedges"] * 3 + ["loaded"] * 3, "value": [2.0, 1.0, 0.5, 3.0, 0.2, 0.0]})
    charts.lexicon_profile(df, spec=SPEC, ax=ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["writer (narrator)", "Azerbaijan quotes", "Armenia quotes"]
    heights = [(to_hex(p.get_facecolor()[:3]).upper(), round(float(p.get_height()), 2)) for p in ax.patches]
    assert heights == [(charts.WRITER_COLOR.upper(), 1.0), (charts.WRITER_COLOR.upper(), 0.2),
                       (COLORS["azerbaijan"].upper(), 0.5), (COLORS["azerbaijan"].upper(), 0.0),
                       (COLORS["armenia"].upper(), 2.0), (COLORS["armenia"].upper(), 3.0)]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["hedges", "loaded"]


def test_outlet_comparison_shares(ax):
    result = outlet_analysis()
    charts.outlet_comparison(result.attributions.assign(outlet=result.attributions["doc_id"].map(
        result.documents.set_index("doc_id")["outlet"])), value="words", spec=SPEC, ax=ax)
    t = totals(ax)
    assert all(abs(v - 1.0) < 1e-9 for v in t.values())
    labels = [x.get_text() for x in ax.get_yticklabels()]
    assert labels == ["APA (n=11)", "Azatutyun (n=9)", "RT (n=26)"]
    rt = [(c, w) for label, c, w in bars(ax) if label == "RT (n=26)"]
    assert (COLORS["russia"].upper(), round(18 / 26, 4)) in rt


def test_outlet_panel_is_thin_figure():
    result = outlet_analysis()
    fig = charts.outlet_panel(result.parties, result.documents, spec=SPEC)
    try:
        titles = [a.get_title(loc="left") for a in fig.axes]
        assert titles == ["Share of quoted words per outlet", "Share of mentions per outlet", "Frame lean per outlet"]
        assert [t.get_text() for t in fig.legends[0].get_texts()][:2] == ["Azerbaijan", "Armenia"]
    finally:
        plt.close(fig)


def test_dollar_signs_are_not_mathtext(ax):
    with charts.style():
        df = pd.DataFrame({"outlet": ["$5 News", "Cost $3 Times"], "party": ["a", "b"], "quoted_words": [1, 2]})
        charts.outlet_comparison(df, ax=ax)
        ax.figure.canvas.draw()  # would raise on unbalanced mathtext
    assert ax.get_yticklabels()[0].get_text().startswith("$5 News")
