"""Writing tables safely: atomic files, deterministic bytes, neutralised spreadsheet formulas.

>>> import pandas as pd, tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
>>> write_csv(pd.DataFrame({"text": ["=HYPERLINK(1)", "ok"], "score": [-0.5, 1.0]}), out)
>>> out.read_text().splitlines()
['text,score', "'=HYPERLINK(1),-0.5", 'ok,1.0']
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator

import pandas as pd

__all__ = ["atomic_write", "write_csv", "write_json", "neutralise_formulas", "OUTPUT_MARKER", "mark_output_folder",
           "output_info"]

#: A file that marks a folder as framing's output; the loaders never read documents from such a folder
#: (so ``framing analyze .`` does not re-read the tables of an earlier ``--out`` inside ``.``).
OUTPUT_MARKER = ".framing-output"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Write to a temporary file beside ``path``, then rename it over ``path``.

    A run killed midway leaves the previous file (or none), never a truncated one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        kwargs = {"encoding": encoding, "newline": ""} if "b" not in mode else {}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _default_mode())  # mkstemp makes 0600 files; outputs get the usual mode
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def mark_output_folder(folder: str | os.PathLike, *, attribution_model: str | None = None) -> Path:
    """Create ``folder`` if needed and mark it as an output folder (see :data:`OUTPUT_MARKER`).

    With ``attribution_model``, the marker also records the run (rewritten atomically): the
    framing version and the attribution model the tables come from, as ``key: value`` lines
    that :func:`output_info` reads. Without it, an existing marker is left as it is.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> mark_output_folder(out, attribution_model="crf").name
    '.framing-output'
    >>> output_info(out)["attribution_model"]
    'crf'
    """
    from . import __version__

    marker = Path(folder) / OUTPUT_MARKER
    text = _MARKER_NOTE
    if attribution_model is not None:
        text += f"framing_version: {__version__}\nattribution_model: {attribution_model}\n"
    elif marker.exists():
        return marker
    if not marker.is_file() or marker.read_text(encoding="utf-8") != text:
        with atomic_write(marker) as fh:
            fh.write(text)
    return marker


_MARKER_NOTE = "Written by framing. framing does not read documents from this folder.\n"


def output_info(folder: str | os.PathLike) -> dict[str, str]:
    """What the marker of an output folder records (``framing_version``, ``attribution_model``);
    empty when the folder has no marker or the marker records no run."""
    marker = Path(folder) / OUTPUT_MARKER
    if not marker.is_file():
        return {}
    out = {}
    for line in marker.read_text(encoding="utf-8").splitlines()[1:]:
        key, sep, value = line.partition(": ")
        if sep:
            out[key.strip()] = value.strip()
    return out


def _default_mode() -> int:
    """The mode ``open()`` would give a new file under the current umask (0644 for umask 022)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula (=, +, -, @) with a quote."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


def write_csv(df: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write ``df`` as UTF-8 CSV, atomically, with formulas neutralised and stable float formatting."""
    with atomic_write(path) as fh:
        neutralise_formulas(df).to_csv(fh, index=False, lineterminator="\n")


def write_json(df: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write ``df`` as a JSON list of records, atomically."""
    with atomic_write(path) as fh:
        fh.write(df.to_json(orient="records", force_ascii=False, indent=1, double_precision=10))
        fh.write("\n")
