"""Read corpora: folders, Markdown with YAML front matter, plain text, JSONL, JSON and CSV.

Each reader yields :class:`~framing.document.Document` objects, or :class:`Skipped` records for
documents that cannot be read (empty, binary, broken front matter, a broken JSONL line, a missing
text column, too large). One bad document never stops a corpus.

>>> import framing
>>> corpus = framing.load_corpus("corpora/karabakh-2023")   # doctest: +SKIP
>>> corpus[0].meta["outlet"]                                # doctest: +SKIP
'The Economist'
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence, Union

import yaml

from .document import Document
from .io import OUTPUT_MARKER

__all__ = [
    "Corpus",
    "LoadError",
    "LoadWarning",
    "Skipped",
    "iter_documents",
    "load_corpus",
    "parse_markdown",
    "DEFAULT_MAX_CHARS",
]

PathLike = Union[str, os.PathLike]

#: Documents longer than this (characters of body text) are skipped; configurable per call.
DEFAULT_MAX_CHARS = 2_000_000

#: File names inside a corpus folder that describe it rather than belong to it.
NON_DOCUMENT_NAMES = frozenset({"corpus.md", "readme.md", "readme.txt", "license", "license.md", "licence.md"})

SUFFIXES = {
    ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv",
}

# Field names of AllSides-style, Media Cloud-style and generic records, mapped onto meta keys.
TEXT_FIELDS = ("text", "content_original", "content", "body", "article", "story_text")
META_ALIASES = {
    "title": ("title", "headline"),
    "subtitle": ("subtitle",),
    "standfirst": ("standfirst", "description", "summary"),
    "outlet": ("outlet", "source", "media_name", "publisher"),
    "date": ("date", "publish_date", "published"),
    "url": ("url", "source_url"),
    "language": ("language", "lang"),
    "section": ("section", "topic"),
    "leaning": ("leaning", "bias_text"),
    "authors": ("authors", "author", "byline"),
}
ID_FIELDS = ("id", "ID", "doc_id", "stories_id")


_PATHLIKE = re.compile(r"^\S*(?:[/\\]\S*|\.(?:md|markdown|txt|text|jsonl|ndjson|json|csv|tsv))$", re.I)


def looks_like_path(text: str) -> bool:
    """A single token with a slash or a document suffix: meant as a file, not as article text.

    >>> looks_like_path("news/article.md"), looks_like_path("Baku says yes.")
    (True, False)
    """
    return bool(_PATHLIKE.match(text.strip()))


class LoadError(Exception):
    """A corpus cannot be read at all (missing path, empty folder, no documents)."""


class LoadWarning(UserWarning):
    """A document was read, but not as expected (for example decoded as cp1252)."""


@dataclass(frozen=True)
class Skipped:
    """A document that was not loaded, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


class _DocumentError(Exception):
    """Internal: one document (or one line of a file) cannot be read."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason, self.line = reason, line


class Corpus(Sequence[Document]):
    """The documents of a corpus, in a stable order, and the ones that were skipped.

    >>> c = Corpus([Document("a", "One.")], skipped=[Skipped("b.txt", "empty file")])
    >>> len(c), c[0].id, [str(s) for s in c.skipped]
    (1, 'a', ['b.txt: empty file'])
    """

    def __init__(self, documents: Iterable[Document], skipped: Iterable[Skipped] = ()):
        self.documents: list[Document] = list(documents)
        self.skipped: list[Skipped] = list(skipped)

    def __getitem__(self, i):  # type: ignore[override]
        return self.documents[i]

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return f"Corpus({len(self.documents)} documents, {len(self.skipped)} skipped)"


# --------------------------------------------------------------------------------------------
# decoding


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (BOM or not); fall back to cp1252 with a :class:`LoadWarning` naming the file."""
    if b"\x00" in data[:8192]:
        raise _DocumentError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise _DocumentError(f"undecodable text (not UTF-8 at byte {exc.start}, not cp1252)") from None
        warnings.warn(f"{path}: not valid UTF-8 (byte {exc.start}); decoded as cp1252", LoadWarning, stacklevel=2)
        return text


# --------------------------------------------------------------------------------------------
# Markdown with front matter and Economist-style markup

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_QUOTE_LINE = re.compile(r"^\s*>\s?(.*)$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LINE = re.compile(rf"^(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$", re.I)
# The end-of-article mark of magazine markup ("... possible.” ■") is not text.
_END_MARK = re.compile(r"[ \t]*[■□◼▪][ \t]*\Z")
_HEADING_ROLES = {6: "rubric", 1: "headline", 2: "headline", 5: "standfirst", 3: "subtitle", 4: "subtitle"}


def parse_markdown(source: str, path: str = "<string>") -> tuple[str, dict[str, Any]]:
    """Split a Markdown article into its body text and metadata.

    YAML front matter (read with the safe loader) gives metadata. Economist-style markup lines
    become metadata too and never body text: ``######`` rubric (the fly-title), ``#`` headline,
    ``#####`` standfirst, a ``> date`` line; image lines are dropped. The body keeps its
    paragraphs, one blank line between them.

    >>> body, meta = parse_markdown("---\\ntitle: T\\n---\\n# Head\\n![i](x.jpg)\\n> Sep 21st 2023\\nBody one.\\nBody two.")
    >>> body, meta["headline"], meta["dateline"]
    ('Body one.\\nBody two.', 'Head', 'Sep 21st 2023')
    """
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(source)
    if source.startswith("---") and not m:
        raise _DocumentError("broken front matter: opening '---' has no closing '---'")
    if m:
        try:
            front = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise _DocumentError(f"broken front matter: {problem}", line) from None
        if front is None:
            front = {}
        if not isinstance(front, dict):
            raise _DocumentError(f"broken front matter: expected a mapping of fields, got {type(front).__name__}")
        meta.update({str(k): _plain(v) for k, v in front.items()})
        source = source[m.end():]
    body_lines: list[str] = []
    for line in source.splitlines():
        if _IMAGE_LINE.match(line):
            continue
        h = _HEADING.match(line)
        if h:
            role = _HEADING_ROLES[len(h.group(1))]
            meta.setdefault(role, h.group(2))
            continue
        q = _QUOTE_LINE.match(line)
        if q and _DATE_LINE.match(q.group(1).strip()):
            meta.setdefault("dateline", q.group(1).strip())
            continue
        body_lines.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(body_lines)).strip()
    body = _END_MARK.sub("", body)
    return body, meta


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings so metadata stays plain data."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------------------------
# records (JSONL, JSON, CSV)


def _record_to_document(record: Mapping[str, Any], default_id: str, *, text_field: str | None,
                        id_field: str | None, path: str, line: int | None) -> Document:
    if text_field is not None:
        if text_field not in record:
            raise _DocumentError(f"no text column {text_field!r} (columns: {', '.join(map(str, record))})", line)
        text = record[text_field]
    else:
        key = next((k for k in TEXT_FIELDS if k in record), None)
        if key is None:
            raise _DocumentError(
                f"no text field (looked for {', '.join(TEXT_FIELDS)}; found {', '.join(map(str, record)) or 'none'})", line)
        text = record[key]
    if not isinstance(text, str):
        raise _DocumentError(f"text field is {type(text).__name__}, not a string", line)
    used = {text_field} if text_field else set(TEXT_FIELDS)
    meta: dict[str, Any] = {}
    for key, aliases in META_ALIASES.items():
        for alias in aliases:
            if record.get(alias) not in (None, ""):
                meta[key] = record[alias]
                used.add(alias)
                break
    for key, value in record.items():
        if key not in used and key not in meta and isinstance(value, (str, int, float, bool)):
            meta[str(key)] = value
    id_keys = (id_field,) if id_field else ID_FIELDS
    doc_id = next((str(record[k]) for k in id_keys if record.get(k) not in (None, "")), default_id)
    meta.pop("id", None)
    return Document(doc_id, text.replace("\r\n", "\n").strip(), meta)


# --------------------------------------------------------------------------------------------
# files and folders


@dataclass(frozen=True)
class _Options:
    text_field: str | None
    id_field: str | None
    max_chars: int
    root: Path | None


def _read_file(path: Path, opts: _Options) -> Iterator[Document | Skipped]:
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    rel = _relative_id(path, opts.root)
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(shown, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Skipped(shown, "empty file")
        return
    try:
        source = decode(data, shown)
    except _DocumentError as exc:
        yield Skipped(shown, exc.reason)
        return
    if kind in ("markdown", "text"):
        try:
            if kind == "markdown" or source.startswith("---"):
                body, meta = parse_markdown(source, shown)
            else:
                body, meta = source.replace("\r\n", "\n").strip(), {}
        except _DocumentError as exc:
            yield Skipped(shown, exc.reason, exc.line)
            return
        meta.setdefault("title", meta.get("headline") or "")
        meta["path"] = shown
        yield from _checked(Document(str(meta.pop("id", rel)), body, meta), opts, shown, None)
    elif kind == "jsonl":
        for n, line in enumerate(source.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise _DocumentError(f"line is a JSON {type(record).__name__}, not an object", n)
                doc = _record_to_document(record, f"{rel}:{n}", text_field=opts.text_field,
                                          id_field=opts.id_field, path=shown, line=n)
            except json.JSONDecodeError as exc:
                yield Skipped(shown, f"broken JSON: {exc.msg} (column {exc.colno})", n)
                continue
            except _DocumentError as exc:
                yield Skipped(shown, exc.reason, n)
                continue
            yield from _checked(doc, opts, shown, n)
    elif kind == "json":
        try:
            data_obj = json.loads(source)
        except json.JSONDecodeError as exc:
            yield Skipped(shown, f"broken JSON: {exc.msg}", exc.lineno)
            return
        records = data_obj if isinstance(data_obj, list) else [data_obj]
        for n, record in enumerate(records, start=1):
            try:
                if not isinstance(record, dict):
                    raise _DocumentError(f"item {n} is a JSON {type(record).__name__}, not an object")
                default = rel if len(records) == 1 else f"{rel}:{n}"
                doc = _record_to_document(record, default, text_field=opts.text_field,
                                          id_field=opts.id_field, path=shown, line=None)
            except _DocumentError as exc:
                yield Skipped(shown, exc.reason)
                continue
            yield from _checked(doc, opts, shown, None)
    else:  # csv / tsv
        dialect = "excel-tab" if kind == "tsv" else "excel"
        reader = csv.DictReader(io.StringIO(source, newline=""), dialect=dialect)
        fields = reader.fieldnames or []
        wanted = opts.text_field or next((f for f in TEXT_FIELDS if f in fields), None)
        if wanted is None or wanted not in fields:
            column = repr(opts.text_field) if opts.text_field else f"(one of {', '.join(TEXT_FIELDS)})"
            yield Skipped(shown, f"no text column {column}; columns are: {', '.join(fields) or 'none'}")
            return
        for n, row in enumerate(reader, start=2):
            try:
                doc = _record_to_document(row, f"{rel}:{n}", text_field=wanted,
                                          id_field=opts.id_field, path=shown, line=n)
            except _DocumentError as exc:
                yield Skipped(shown, exc.reason, n)
                continue
            yield from _checked(doc, opts, shown, n)


def _checked(doc: Document, opts: _Options, shown: str, line: int | None) -> Iterator[Document | Skipped]:
    if not doc.text.strip():
        yield Skipped(shown, "no body text", line)
    elif len(doc.text) > opts.max_chars:
        yield Skipped(shown, f"document too large ({len(doc.text):,} characters; limit {opts.max_chars:,})", line)
    else:
        yield doc


def _relative_id(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).with_suffix("").as_posix()
        except ValueError:
            pass
    return path.stem


def is_output_folder(folder: Path) -> bool:
    """True when ``folder`` holds framing's own output tables (it carries :data:`framing.io.OUTPUT_MARKER`)."""
    return (folder / OUTPUT_MARKER).is_file()


def _walk(folder: Path) -> list[Path]:
    """Document files under ``folder``, sorted; symbolic links that leave the folder are not followed."""
    root = folder.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith((".", "_")) and not is_output_folder(Path(dirpath) / d))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith(".") or name.lower() in NON_DOCUMENT_NAMES:
                continue
            if p.suffix.lower() not in SUFFIXES:
                continue
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(root):
                    warnings.warn(f"{p}: symbolic link to {target}, outside the corpus folder; not followed",
                                  LoadWarning, stacklevel=3)
                    continue
            found.append(p)
    return sorted(found, key=lambda q: q.relative_to(folder).as_posix())


def iter_documents(paths: PathLike | Iterable[PathLike], *, text_field: str | None = None,
                   id_field: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Document | Skipped]:
    """Stream documents (and :class:`Skipped` records) from files and folders, in a stable order.

    Raises :class:`LoadError` for a path that does not exist or a folder with no document files.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    if not paths:
        raise LoadError("no input paths given")
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise LoadError(f"{path}: no such file or folder")
        if path.is_dir():
            if is_output_folder(path):
                raise LoadError(f"{path}: this is an output folder of framing (it has {OUTPUT_MARKER}), "
                                "not a corpus; give the folder of the articles")
            files = _walk(path)
            if not files:
                raise LoadError(f"{path}: folder has no document files ({', '.join(sorted(SUFFIXES))})")
            root: Path | None = path
        else:
            files, root = [path], None
        for f in files:
            for item in _read_file(f, _Options(text_field, id_field, max_chars, root)):
                if isinstance(item, Document):
                    item = _unique(item, seen)
                yield item


def _unique(doc: Document, seen: set[str]) -> Document:
    doc_id, n = doc.id, 2
    while doc_id in seen:
        doc_id, n = f"{doc.id}~{n}", n + 1
    seen.add(doc_id)
    return doc if doc_id == doc.id else Document(doc_id, doc.text, doc.meta)


def load_corpus(paths: PathLike | Iterable[PathLike], *, text_field: str | None = None,
                id_field: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Corpus:
    """Load documents from a folder (recursively), files, or a list of these.

    Parameters
    ----------
    paths : path or iterable of paths
        Folders, ``.md``/``.txt`` articles, ``.jsonl``, ``.json`` (AllSides-style records) or ``.csv``.
    text_field, id_field : str, optional
        Column holding the text / the id in JSONL, JSON and CSV. Default: the first of
        ``text, content_original, content, body, ...`` and ``id, ID, doc_id, ...`` present.
    max_chars : int
        Documents with a longer body are skipped.

    Returns
    -------
    Corpus
        The documents; ``corpus.skipped`` lists what could not be read, with the reason.

    Examples
    --------
    >>> import framing, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("One. Two.")
    >>> _ = (d / "b.txt").write_text("")
    >>> corpus = framing.load_corpus(d)
    >>> [doc.id for doc in corpus], [s.reason for s in corpus.skipped]
    (['a'], ['empty file'])
    """
    docs, skipped = [], []
    for item in iter_documents(paths, text_field=text_field, id_field=id_field, max_chars=max_chars):
        (docs if isinstance(item, Document) else skipped).append(item)
    if not docs:
        reasons = "; ".join(str(s) for s in skipped[:3])
        raise LoadError(f"no readable documents in {_describe(paths)}" + (f" ({reasons})" if reasons else ""))
    return Corpus(docs, skipped)


def _describe(paths: PathLike | Iterable[PathLike]) -> str:
    if isinstance(paths, (str, os.PathLike)):
        return str(paths)
    return ", ".join(map(str, paths))
