"""The report: one self-contained HTML file (inline SVG charts and CSS, no script, no external
request) and the same content as PDF through WeasyPrint.

>>> import framing, framing.report
>>> result = framing.analyze("Baku says it is over. Yerevan claims it is not.")
>>> html = framing.report.render_html(result, command="framing analyze ...")
>>> "<script" in html
False
"""

from __future__ import annotations

import os
import platform
import re
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Sequence

import jinja2
import pandas as pd
from markupsafe import Markup

from .. import __version__
from ..io import atomic_write, mark_output_folder
from ..attribution.tables import statement_rows
from . import data
from .annotate import KIND_LABELS, VOICE_LABELS, annotate, party_class
from .figures import figures
from .findings import findings, possessive

__all__ = ["write", "render_html", "render_pdf", "SECTIONS"]

#: Section ids and headings, in order; the PDF has the same (tests look for the headings).
SECTIONS = (
    ("findings", "Findings"),
    ("parties", "Parties"),
    ("charts", "Charts"),
    ("frames", "Frames"),
    ("outlets", "Outlet comparison"),
    ("articles", "Annotated articles"),
    ("documents", "Documents"),
    ("methods", "Methods"),
    ("reproduce", "Reproduce this report"),
)
FORMATS = ("html", "pdf")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: resources.files(__package__).joinpath("templates", name)
                                     .read_text(encoding="utf-8")),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["possessive"] = possessive
    env.filters["pct"] = lambda v: "" if v is None or pd.isna(v) else f"{v:.0%}"
    env.filters["num"] = lambda v, d=0: "" if v is None or pd.isna(v) else f"{v:,.{d}f}"
    env.filters["signed"] = lambda v: "" if v is None or pd.isna(v) else f"{v:+.2f}"
    return env


def _rgba(color: str, alpha: float) -> str:
    c = color if _COLOR.match(color or "") else "#999999"
    r, g, b = (int(c[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _party_css(result: Any) -> Markup:
    """One rule set per party (colours validated, class names reduced to [a-z0-9_-]): trusted CSS."""
    colors = dict(result.spec.colors())
    colors.setdefault("", "#999999")
    rules = []
    for party, color in colors.items():
        cls = party_class(party)
        solid = color if _COLOR.match(color or "") else "#999999"
        rules.append(f"mark.q.{cls}{{background:{_rgba(solid, 0.16)};border-bottom:2px solid {solid}}}"
                     f".spk.{cls}{{border-bottom:2px solid {solid}}}"
                     f".lab.{cls},.flab.{cls},.swatch.{cls}{{border-color:{solid}}}"
                     f".swatch.{cls}{{background:{_rgba(solid, 0.3)}}}"
                     f".fr.{cls}{{outline:1.5px dashed {solid};outline-offset:1px}}")
    return Markup("\n".join(rules))


def _versions(result: Any) -> list[tuple[str, str]]:
    rows = [("framing", __version__), ("Python", platform.python_version())]
    for dist in ("vaderSentiment", "scikit-learn", "pandas", "matplotlib", "WeasyPrint"):
        try:
            rows.append((dist, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            pass
    return rows


def _datasheet_title(folder: Any, stem: str) -> str:
    """What a datasheet says first (its first paragraph), and the start of its ``## Source`` section."""
    sheet = folder.joinpath(f"{stem}.md")
    if not sheet.is_file():
        return ""
    lines = sheet.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].lower().startswith("# model card:"):
        return lines[0].split(":", 1)[1].strip()
    summary = next((x.strip() for x in lines if x.strip() and not x.lstrip().startswith(("#", "|", "-", "*", ">"))),
                   "")
    summary = re.sub(r"[`*_]", "", summary)
    source = ""
    for i, line in enumerate(lines):
        if line.strip().lower() == "## source":
            source = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
            break
    source = re.sub(r"[*_`]", "", source)
    if len(source) > 110:
        source = source[:110].rsplit(" ", 1)[0] + " …"
    return summary + (f" Source: {source}" if source else "")


def _lexicons() -> list[dict[str, str]]:
    """The lexicons the package ships: name, version, entries, checksum (from the registry,
    :func:`framing.lexicons.available`, else the ``NAME-vN.tsv`` files) and the datasheet's title."""
    folder = resources.files("framing").joinpath("data", "lexicons")
    out = []
    try:
        from ..lexicons import available

        for info in available():
            out.append({"name": info.name, "version": f"v{info.version}", "entries": f"{info.entries:,}",
                        "sha256": info.sha256[:12], "title": _datasheet_title(folder, info.name)})
        return out
    except Exception:  # no registry (older package) or a broken manifest: list the files
        pass
    items = sorted(folder.iterdir(), key=lambda p: p.name) if folder.is_dir() else []
    for item in items:
        m = re.match(r"^(.+)-v(\d+)\.tsv$", item.name)
        if m:
            n = max(sum(1 for line in item.read_text(encoding="utf-8").splitlines() if line.strip()) - 1, 0)
            out.append({"name": m.group(1), "version": f"v{m.group(2)}", "entries": f"{n:,}", "sha256": "",
                        "title": _datasheet_title(folder, m.group(1))})
    return out


def _models() -> list[dict[str, str]]:
    """Model files shipped in ``framing/data/models`` (``NAME-vN.*``) with their model card's title."""
    folder = resources.files("framing").joinpath("data", "models")
    if not folder.is_dir():
        return []
    out = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        m = re.match(r"^(.+)-v(\d+)\.", item.name)
        if m:
            out.append({"name": m.group(1), "version": f"v{m.group(2)}", "file": item.name,
                        "title": _datasheet_title(folder, m.group(1))})
    return out


def _limits() -> list[str]:
    """Known limits: the components' own (a ``LIMITS`` list of sentences, when they have one), then the report's."""
    from .. import attribution, frames, scorers

    out: list[str] = []
    for component in (attribution, frames, scorers):
        out.extend(str(x) for x in getattr(component, "LIMITS", ()) or ())
    out += [
        "Attribution, frames and scores are found by rules, lexicons and small learned models, not by a "
        "reader: every number is an estimate and the annotated text shows the evidence behind it.",
        "Sentiment scores measure the tone of a sentence, which often reflects the events reported (war, "
        "deaths) rather than a judgement of a party.",
        "The lexicon profile counts the sentences that carry a party's statement, reporting clause included; "
        "it approximates the party's own words.",
        "Parties are found through the spec's aliases, people and demonyms; a speaker the spec does not know is "
        "“other” or unresolved.",
        "An outlet's leaning, when shown, is the AllSides rating of the outlet, not of the article.",
    ]
    return out


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [] if df is None or not len(df) else df.to_dict("records")


def _doc_rows(result: Any, doc_id: str, table: pd.DataFrame) -> list[dict[str, Any]]:
    if not data.has(table, "doc_id"):
        return []
    rows = table[table["doc_id"].astype(str) == doc_id]
    return rows.sort_values("start").to_dict("records") if "start" in rows.columns else rows.to_dict("records")


def _texts(result: Any) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Per document id: its text rebuilt from the sentences table (every sentence at its own offsets,
    whitespace between them) and its paragraph spans, so the attribution and frame offsets apply."""
    out: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    s = result.sentences
    if not data.has(s, "doc_id", "start", "end", "text"):
        return out
    para = s["paragraph"] if "paragraph" in s.columns else pd.Series(0, index=s.index)
    s = s.assign(_para=pd.to_numeric(para, errors="coerce").fillna(-1))
    for doc_id, g in s.sort_values(["start"]).groupby(s["doc_id"].astype(str), sort=False):
        buf: list[str] = []
        spans: list[list[int]] = []
        pos, last = 0, None
        for start, end, text, p in zip(g["start"], g["end"], g["text"], g["_para"]):
            start, end, text = int(start), int(end), str(text)
            if start < pos or len(text) != end - start:
                continue  # overlapping or inconsistent row: skip rather than shift every offset after it
            buf.append(" " * (start - pos))
            buf.append(text)
            if spans and p == last:
                spans[-1][1] = end
            else:
                spans.append([start, end])
            pos, last = end, p
        out[str(doc_id)] = ("".join(buf), [(a, b) for a, b in spans])
    return out


def _articles(result: Any, limit: int) -> list[dict[str, Any]]:
    spec = result.spec
    names = {p.id: p.name for p in spec.parties}
    frame_labels = {f.id: (f.label or f.id) for f in spec.frames}
    texts = _texts(result)
    docs = result.documents.set_index(result.documents["doc_id"].astype(str)) if data.has(result.documents, "doc_id") \
        else pd.DataFrame()
    out = []
    for doc_id in data.select_articles(result, limit):
        meta = docs.loc[doc_id] if doc_id in docs.index else pd.Series(dtype=object)
        meta = meta.iloc[0] if isinstance(meta, pd.DataFrame) else meta
        att = _doc_rows(result, doc_id, result.attributions)
        fr = _doc_rows(result, doc_id, result.frames)
        out.append({
            "id": doc_id,
            "title": str(meta.get("title", "") or doc_id) if len(meta) else doc_id,
            "outlet": str(meta.get("outlet", "") or "") if len(meta) else "",
            "date": str(meta.get("date", "") or "") if len(meta) else "",
            "url": str(meta.get("url", "") or "") if len(meta) else "",
            "statements": sum(r.get("via") != "coordinated" for r in att), "frames": len(fr),  # a joint statement once
            "body": annotate(*texts.get(doc_id, ("", [])), attributions=att, frames=fr, names=names,
                             frame_labels=frame_labels),
        })
    return out


def _documents(result: Any) -> list[dict[str, Any]]:
    d = result.documents
    if not data.has(d, "doc_id"):
        return []
    counts = {}
    for name, table in (("statements", statement_rows(result.attributions)), ("frame_cues", result.frames)):
        counts[name] = table["doc_id"].astype(str).value_counts() if data.has(table, "doc_id") else pd.Series(dtype=int)
    rows = []
    for r in d.to_dict("records"):
        i = str(r["doc_id"])
        lean = pd.to_numeric(pd.Series([r.get("frame_lean")]), errors="coerce").iat[0]
        rows.append({"id": i, "title": str(r.get("title", "") or ""), "outlet": str(r.get("outlet", "") or ""),
                     "date": str(r.get("date", "") or ""), "words": r.get("words"),
                     "statements": int(counts["statements"].get(i, 0)), "frame_cues": int(counts["frame_cues"].get(i, 0)),
                     "frame_lean": None if pd.isna(lean) else float(lean)})
    return rows


def _party_groups(summary: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """The party table's columns in two groups that fit a page: voice, then frames and tone."""
    voice = [c for c in ("mentions", "statements", "direct", "partial", "indirect", "according_to", "quoted_words",
                         "word_share", "doubt_accusation") if c in summary.columns]
    frames = [c for c in ("frames_owned", "frames_voiced", "frames_adopted_by_narrator", "sentiment_toward")
              if c in summary.columns]
    return [(name, cols) for name, cols in (("Voice", voice), ("Frames and tone", frames)) if cols]


def _model_option(result: Any) -> str:
    """The ``--attribution-model`` option that reproduces ``result`` (none for the default, the rules)."""
    model = getattr(result, "attribution_model", "rules")
    return "" if model == "rules" else f" --attribution-model {model}"


def render_html(result: Any, *, command: str | None = None, max_articles: int = 4) -> str:
    """The report as one self-contained HTML string.

    Parameters
    ----------
    result : Analysis
    command : str, optional
        The command that reproduces the report (shown in its last section).
    max_articles : int
        Annotate at most this many articles (the most attributed ones) in multi-document corpora.
    """
    spec = result.spec
    names = {p.id: p.name for p in spec.parties}
    summary = data.party_summary(result)
    outlet_names = data.outlets(result)
    context = {
        "title": spec.title or spec.name,
        "spec": spec,
        "version": __version__,
        "sections": [s for s in SECTIONS if (s[0] != "outlets" or len(outlet_names) > 1)
                     and (s[0] != "documents" or len(result.documents) > 1)],
        "findings": findings(result),
        "parties": _records(summary),
        "party_groups": _party_groups(summary),
        "names": names,
        "party_class": party_class,
        "figures": figures(result),
        "frame_table": _records(data.frame_summary(result)),
        "outlet_table": _records(data.outlet_summary(result)) if len(outlet_names) > 1 else [],
        "outlet_columns": [c for c in data.outlet_summary(result).columns if c != "outlet"]
        if len(outlet_names) > 1 else [],
        "articles": _articles(result, max_articles),
        "n_documents": len(result.documents),
        "documents": _documents(result) if len(result.documents) > 1 else [],
        "kind_labels": KIND_LABELS,
        "voice_labels": VOICE_LABELS,
        "colors": {**spec.colors(), "": "#999999"},
        "party_css": _party_css(result),
        "css": Markup(resources.files(__package__).joinpath("templates", "report.css").read_text(encoding="utf-8")),
        "versions": _versions(result),
        "lexicons": _lexicons(),
        "models": _models(),
        "limits": _limits(),
        "skipped": [str(s) for s in result.skipped],
        "command": command or f"framing analyze CORPUS --spec {spec.name}{_model_option(result)} --format html,pdf",
        "attribution_model": getattr(result, "attribution_model", "rules"),
        "counts": {"attributions": len(statement_rows(result.attributions)), "frames": len(result.frames),
                   "sentences": len(result.sentences)},
    }
    return _env().get_template("report.html.j2").render(**context)


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict:
    """WeasyPrint's URL fetcher: ``data:`` URLs only (the report is self-contained), everything else refused."""
    if url.startswith("data:"):
        from weasyprint.urls import default_url_fetcher

        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"the report makes no external requests (refused {url[:80]!r})")


def render_pdf(html: str, path: str | os.PathLike) -> Path:
    """Write ``html`` as PDF with WeasyPrint (every URL fetch is refused: the HTML is self-contained)."""
    import logging

    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    path = Path(path)
    pdf = weasyprint.HTML(string=html, url_fetcher=_no_fetch).write_pdf()
    with atomic_write(path, "wb", encoding=None) as fh:
        fh.write(pdf)
    return path


def write(result: Any, out_dir: str | os.PathLike, formats: Sequence[str] = FORMATS, command: str | None = None,
          *, max_articles: int = 4) -> list[Path]:
    """Write ``out_dir/report.html`` and/or ``out_dir/report.pdf``.

    Parameters
    ----------
    result : Analysis
        The result of :func:`framing.analyze`.
    out_dir : path
        Folder to write into (created when missing).
    formats : sequence of {"html", "pdf"}
    command : str, optional
        The command that reproduces the report, shown in it.

    Returns
    -------
    list of Path
        The files written.
    """
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown report format {', '.join(map(repr, bad))}; formats are: {', '.join(FORMATS)}")
    out = Path(out_dir)
    mark_output_folder(out, attribution_model=getattr(result, "attribution_model", None))
    html = render_html(result, command=command, max_articles=max_articles)
    written = []
    if "html" in formats:
        with atomic_write(out / "report.html") as fh:
            fh.write(html)
        written.append(out / "report.html")
    if "pdf" in formats:
        written.append(render_pdf(html, out / "report.pdf"))
    return written
