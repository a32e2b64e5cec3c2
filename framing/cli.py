"""The ``framing`` command line: ``analyze``, ``score`` and ``specs``.

Errors are one line naming the file and the problem, never a traceback; exit status 2 for bad
usage or input, 0 on success (also when some documents were skipped: the summary says how many).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path
from typing import Sequence

from . import __version__
from .loaders import DEFAULT_MAX_CHARS, Document, LoadError, iter_documents, looks_like_path
from .pipeline import ATTRIBUTION_MODELS, check_attribution_model
from .spec import SpecError, builtin_specs, load_spec

__all__ = ["main"]

FORMATS = ("csv", "json", "html", "pdf")


class _Fail(Exception):
    """A one-line error for the user."""


def _formats(value: str) -> tuple[str, ...]:
    items = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    bad = [f for f in items if f not in FORMATS]
    if bad or not items:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(bad) or value!r}; formats are: {', '.join(FORMATS)}")
    return items


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framing", description="Media-bias and framing analysis of news.")
    p.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser("analyze", help="analyse a corpus and write tables (and a report)")
    a.add_argument("paths", nargs="+", metavar="PATH", help="folders, .md/.txt/.jsonl/.json/.csv files")
    a.add_argument("--spec", default="karabakh-2023", help="built-in spec name or YAML file (default: karabakh-2023)")
    a.add_argument("--out", default="framing-out", help="output folder (default: framing-out)")
    a.add_argument("--format", type=_formats, default=("csv",), help="comma-separated: csv,json,html,pdf (default: csv)")
    a.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    a.add_argument("--engine", choices=("local", "dask"), default="local")
    a.add_argument("--scheduler", default=None, help="dask scheduler address, e.g. tcp://10.0.0.5:8786")
    # checked in _analyze, so that a bad name is one line (argparse's choices would print the usage too)
    a.add_argument("--attribution-model", default="rules", metavar="{" + ",".join(ATTRIBUTION_MODELS) + "}",
                   help="who says what: the rules (default), the rules and the learned cue model (cues), or a "
                        "tagger learned on PolNeAR (polnear, crf), which also counts beliefs")
    a.add_argument("--on-error", choices=("skip", "fail"), default="skip",
                   help="a document that cannot be read: skip it and go on (default) or stop")
    a.add_argument("--text-field", default=None, help="text column of JSONL/JSON/CSV input")
    a.add_argument("--id-field", default=None, help="id column of JSONL/JSON/CSV input")
    a.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="skip documents longer than this")
    a.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar (default: on a terminal only)")

    s = sub.add_parser("score", help="every scorer's values for one text or file")
    s.add_argument("text", metavar="TEXT|FILE")
    s.add_argument("--json", action="store_true", help="print JSON")

    sub.add_parser("specs", help="list built-in specs")
    return p


def _warn_line(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ARG001
    print(f"warning: {message}", file=sys.stderr)


def _analyze(args: argparse.Namespace) -> int:
    from .engine import batched, iter_batches, progress_enabled, resolve_jobs, tune_gc
    from .stream import StreamingAnalysis

    tune_gc()  # this process is the command's own (with --jobs 1 it analyses the documents itself)
    try:
        check_attribution_model(args.attribution_model)
        spec = load_spec(args.spec)
    except (SpecError, ValueError) as exc:
        raise _Fail(str(exc)) from None
    skipped = []

    def skip(item) -> None:
        if args.on_error == "fail":
            raise _Fail(str(item))
        print(f"skipped: {item}", file=sys.stderr)
        skipped.append(item)

    def documents():  # read lazily: the corpus streams through
        for item in iter_documents(args.paths, text_field=args.text_field, id_field=args.id_field,
                                   max_chars=args.max_chars):
            if isinstance(item, Document):
                yield item
            else:
                skip(item)

    out = Path(args.out)
    table_formats = [f for f in args.format if f in ("csv", "json")] or ["csv"]
    report_formats = [f for f in args.format if f in ("html", "pdf")]
    try:
        stream = StreamingAnalysis(out, spec, formats=table_formats, keep=bool(report_formats),
                                   jobs=resolve_jobs(args.jobs), attribution_model=args.attribution_model)
    except OSError as exc:
        raise _Fail(_os_error(exc, out)) from None
    bar = None
    try:
        if progress_enabled(args.progress):
            from tqdm import tqdm

            bar = tqdm(unit="doc", desc="analysing", file=sys.stderr)
        for batch in iter_batches(batched(documents()), spec, jobs=args.jobs, engine=args.engine,
                                  scheduler=args.scheduler, attribution_model=args.attribution_model):
            for item in batch.skipped:
                skip(item)
            batch.skipped = []
            stream.add(batch)
            if bar is not None:
                bar.update(batch.n_docs)
        if not stream.n_docs:
            raise _Fail(f"no readable documents in {', '.join(args.paths)} ({len(skipped)} skipped)")
        summary = stream.finish(skipped)  # marks the folder, with the model, after the tables: a failed run leaves nothing
    except LoadError as exc:
        stream.abort()
        raise _Fail(str(exc)) from None
    except RuntimeError as exc:  # engine set-up: unreachable scheduler, missing dask
        stream.abort()
        raise _Fail(str(exc)) from None
    except OSError as exc:  # the output folder cannot be written
        stream.abort()
        raise _Fail(_os_error(exc, out)) from None
    except BaseException:
        stream.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    if report_formats:
        from . import report

        try:
            report.write(summary.analysis, out, formats=report_formats, command=_command_line())
        except OSError as exc:
            raise _Fail(_os_error(exc, out)) from None
    print(f"analysed {summary.n_docs} documents ({summary.n_sentences} sentences, "
          f"{summary.n_statements} statements, {summary.n_frames} frame cues); "
          f"skipped {len(summary.skipped)}; wrote {', '.join(args.format)} to {out}")
    return 0


def _os_error(exc: OSError, out: Path) -> str:
    return f"{exc.filename or out}: cannot write output ({exc.strerror or exc})"


def _command_line() -> str:
    return "framing " + " ".join(sys.argv[1:])


def _score(args: argparse.Namespace) -> int:
    from .scorers import score_text
    from .segment import sentences, word_count

    text = args.text
    if not os.path.isfile(text) and looks_like_path(text):
        raise _Fail(f"{text}: no such file (to score it as text, pass a sentence)")
    if os.path.isfile(text):
        from .loaders import decode, _DocumentError

        try:
            text = decode(Path(text).read_bytes(), text)
        except _DocumentError as exc:
            raise _Fail(f"{args.text}: {exc.reason}") from None
    values = {"words": word_count(text), "sentences": len(sentences(text)), **score_text(text)}
    if args.json:
        print(json.dumps(values, ensure_ascii=False, sort_keys=False))
    else:
        width = max(map(len, values))
        for key, value in values.items():
            shown = f"{value:.4f}" if isinstance(value, float) else str(value)
            print(f"{key:<{width}}  {shown}")
    return 0


def _specs(args: argparse.Namespace) -> int:
    for name in builtin_specs():
        spec = load_spec(name)
        print(f"{name:<18} {spec.title}  [parties: {', '.join(spec.party_ids)}; frames: {len(spec.frames)}]")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``framing`` console script."""
    args = _parser().parse_args(argv)
    warnings.showwarning = _warn_line
    try:
        return {"analyze": _analyze, "score": _score, "specs": _specs}[args.command](args)
    except _Fail as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
