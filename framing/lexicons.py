"""The lexicon registry: versioned word lists shipped in the package, verified against a manifest.

Every lexicon is a UTF-8 TSV file ``framing/data/lexicons/NAME-vN.tsv`` with a header row whose first
column is ``term`` (then ``class`` and more), and a datasheet ``NAME.md`` (source, method, licence,
size, known limits). ``MANIFEST.json`` beside them records each file's SHA-256; a file whose checksum
differs from the manifest is refused. A change to a released lexicon is a new version, never an edit.

Regenerate the manifest after adding a lexicon file::

    python -m framing.lexicons --write-manifest

>>> from framing.lexicons import load, names
>>> "hedges" in names()
True
>>> lex = load("hedges")
>>> lex.name, lex.version, lex.classes["allegedly"]
('hedges', 1, 'evidential')
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Sequence

__all__ = ["Lexicon", "LexiconInfo", "LexiconError", "LexiconWarning", "available", "names", "load",
           "build_manifest", "write_manifest", "MANIFEST"]

MANIFEST = "MANIFEST.json"
_FILE = re.compile(r"^(?P<name>[a-z0-9][a-z0-9_-]*?)-v(?P<version>\d+)\.tsv$")


class LexiconError(ValueError):
    """A lexicon is unknown, malformed, or its checksum differs from the manifest."""


class LexiconWarning(UserWarning):
    """A lexicon file is not (yet) recorded in the manifest."""


@dataclass(frozen=True)
class LexiconInfo:
    """One lexicon file of the registry."""

    name: str
    version: int
    file: str
    sha256: str
    entries: int
    columns: tuple[str, ...]
    classes: tuple[str, ...]
    datasheet: str


@dataclass(frozen=True)
class Lexicon:
    """A loaded lexicon.

    Attributes
    ----------
    name, version : str, int
    columns : tuple of str
        The TSV header (first ``term``).
    rows : tuple of dict
        Every row as ``{column: value}``.
    classes : mapping
        ``term -> class`` (the ``class`` column; ``""`` when the file has none).
    """

    name: str
    version: int
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]
    classes: Mapping[str, str] = field(repr=False)

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(r["term"] for r in self.rows)

    @property
    def class_names(self) -> tuple[str, ...]:
        """The distinct classes, in first-seen order."""
        return tuple(dict.fromkeys(self.classes.values()))

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, term: object) -> bool:
        return term in self.classes

    def to_frame(self):
        """The lexicon as a pandas DataFrame (one row per entry)."""
        import pandas as pd

        return pd.DataFrame.from_records(list(map(dict, self.rows)), columns=list(self.columns))


def _folder():
    return resources.files("framing") / "data" / "lexicons"


def _parse_name(filename: str) -> tuple[str, int]:
    m = _FILE.match(filename)
    if not m:
        raise LexiconError(f"lexicon file name {filename!r} is not NAME-vN.tsv")
    return m["name"], int(m["version"])


def _read_rows(data: bytes, filename: str) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{filename}: not UTF-8 ({exc})") from None
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise LexiconError(f"{filename}: empty")
    header = tuple(c.strip() for c in lines[0].split("\t"))
    if header[0] != "term":
        raise LexiconError(f"{filename}: first header column must be 'term', got {header[0]!r}")
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(header):
            raise LexiconError(f"{filename}: line {lineno} has {len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return header, rows


def _files() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in _folder().iterdir() if p.name.endswith(".tsv")}


def build_manifest() -> dict:
    """The manifest for every ``.tsv`` file now in the lexicon folder."""
    out: dict[str, dict] = {}
    for filename, data in sorted(_files().items()):
        name, version = _parse_name(filename)  # a badly named file is an error here, at release time
        header, rows = _read_rows(data, filename)
        classes = sorted({r.get("class", "") for r in rows} - {""})
        out[filename] = {"name": name, "version": version, "sha256": hashlib.sha256(data).hexdigest(),
                         "entries": len(rows), "columns": list(header), "classes": classes,
                         "datasheet": f"{name}.md"}
    return {"format": 1, "lexicons": out}


def write_manifest(path: str | Path | None = None) -> Path:
    """Write ``MANIFEST.json`` (default: in the package's lexicon folder, for a source checkout)."""
    target = Path(path) if path else Path(str(_folder().joinpath(MANIFEST)))
    target.write_text(json.dumps(build_manifest(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _manifest.cache_clear()
    available.cache_clear()
    _load.cache_clear()
    return target


@lru_cache(maxsize=1)
def _manifest() -> dict:
    f = _folder().joinpath(MANIFEST)
    if not f.is_file():
        return {"format": 1, "lexicons": {}}
    return json.loads(f.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def available() -> tuple[LexiconInfo, ...]:
    """Every lexicon file in the package (name, version, checksum, size, classes), sorted.

    >>> [i.file for i in available() if i.name == "loaded"]
    ['loaded-v1.tsv']
    """
    recorded = _manifest()["lexicons"]
    infos = []
    for p in _folder().iterdir():
        if not p.name.endswith(".tsv"):
            continue
        if not _FILE.match(p.name):
            warnings.warn(f"lexicon file {p.name} is not named NAME-vN.tsv; skipped", LexiconWarning, stacklevel=2)
            continue
        name, version = _parse_name(p.name)
        m = recorded.get(p.name)
        if m is None:
            m = build_manifest()["lexicons"][p.name]
        infos.append(LexiconInfo(name, version, p.name, m["sha256"], m["entries"], tuple(m["columns"]),
                                 tuple(m["classes"]), m["datasheet"]))
    return tuple(sorted(infos, key=lambda i: (i.name, i.version)))


def names() -> list[str]:
    """Names of the available lexicons."""
    return sorted({i.name for i in available()})


def load(name: str, version: int | None = None) -> Lexicon:
    """Load a lexicon by name (latest version unless ``version`` is given), verifying its checksum.

    Raises
    ------
    LexiconError
        Unknown name or version, malformed file, or checksum differing from the manifest.

    Examples
    --------
    >>> load("loaded").classes["massacre"]
    'conflict'
    >>> load("nope")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    framing.lexicons.LexiconError: unknown lexicon 'nope'; lexicons are: assertives, boosters, ...
    """
    return _load(name, version)


@lru_cache(maxsize=64)
def _load(name: str, version: int | None) -> Lexicon:
    infos = [i for i in available() if i.name == name]
    if not infos:
        raise LexiconError(f"unknown lexicon {name!r}; lexicons are: {', '.join(names())}")
    if version is None:
        info = infos[-1]
    else:
        match = [i for i in infos if i.version == version]
        if not match:
            raise LexiconError(f"lexicon {name!r} has no version {version!r}; versions are: "
                               f"{', '.join(str(i.version) for i in infos)}")
        info = match[0]
    data = _folder().joinpath(info.file).read_bytes()
    recorded = _manifest()["lexicons"].get(info.file)
    digest = hashlib.sha256(data).hexdigest()
    if recorded is None:
        warnings.warn(f"lexicon {info.file} is not in {MANIFEST}; run `python -m framing.lexicons --write-manifest`",
                      LexiconWarning, stacklevel=3)
    elif recorded["sha256"] != digest:
        raise LexiconError(f"lexicon {info.file}: checksum {digest[:12]}… differs from {MANIFEST} "
                           f"({recorded['sha256'][:12]}…); a released lexicon is never edited: add a new version")
    header, rows = _read_rows(data, info.file)
    classes = {r["term"]: r.get("class", "") for r in rows}
    return Lexicon(name, info.version, header, tuple(MappingProxyType(r) for r in rows), MappingProxyType(classes))


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m framing.lexicons", description="List lexicons or write the manifest.")
    p.add_argument("--write-manifest", action="store_true", help="regenerate MANIFEST.json from the .tsv files")
    args = p.parse_args(argv)
    if args.write_manifest:
        path = write_manifest()
        print(f"wrote {path} ({len(build_manifest()['lexicons'])} lexicons)")
        return 0
    for i in available():
        print(f"{i.name:<16} v{i.version}  {i.entries:>5} entries  classes: {', '.join(i.classes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
