"""The package's shipped model files: gzipped JSON under ``framing/data/models/`` (no pickle).

>>> sorted(p.name for p in models_folder().iterdir() if p.name.endswith(".json.gz"))[:3]
['attribution-crf-v3.json.gz', 'attribution-cues-v1.json.gz', 'attribution-spans-v1.json.gz']
>>> read_model("attribution-cues-v1.json.gz")["name"]
'attribution-cues-v1'
"""

from __future__ import annotations

import gzip
import hashlib
import json
from importlib import resources
from importlib.abc import Traversable
from typing import Any

__all__ = ["models_folder", "model_file", "read_model", "model_checksum"]


def models_folder() -> Traversable:
    """``framing/data/models`` inside the installed package."""
    return resources.files("framing") / "data" / "models"


def model_file(name: str) -> Traversable:
    """The shipped model file ``name`` (e.g. ``"babe-bias-v1.json.gz"``)."""
    return models_folder() / name


def read_model(name: str) -> dict[str, Any]:
    """The decoded JSON of the shipped model file ``name``; loading runs no code."""
    return json.loads(gzip.decompress(model_file(name).read_bytes()))


def model_checksum(name: str) -> str:
    """SHA-256 of the shipped model file ``name`` (model cards record it)."""
    return hashlib.sha256(model_file(name).read_bytes()).hexdigest()
