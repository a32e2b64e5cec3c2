"""The document model: one immutable document, and spans as character offsets into its text.

>>> from framing.document import Document
>>> doc = Document(id="d1", text="Azerbaijan says it is over.", meta={"outlet": "Example"})
>>> doc.span(0, 10)
'Azerbaijan'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple

__all__ = ["Document", "Sentence", "Token"]


class Token(NamedTuple):
    """A token: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    """A sentence with its paragraph index: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """An immutable news document.

    Parameters
    ----------
    id : str
        Unique within a corpus.
    text : str
        The body as analysed. Every span elsewhere is an offset pair into it.
    meta : mapping
        Title, subtitle, standfirst, outlet, date, url, language, section, leaning, source path...

    Examples
    --------
    >>> d = Document("x", "One. Two.", {"title": "T"})
    >>> d.meta["title"], len(d.text)
    ('T', 9)
    """

    id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Document {self.id!r}: text must be str, got {type(self.text).__name__}")
        object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))

    def span(self, start: int, end: int) -> str:
        """The text of the span ``[start, end)``."""
        return self.text[start:end]

    @property
    def title(self) -> str:
        return str(self.meta.get("title") or "")

    def __reduce__(self):  # MappingProxyType does not pickle; needed by process pools and Dask
        return (Document, (self.id, self.text, dict(self.meta)))
