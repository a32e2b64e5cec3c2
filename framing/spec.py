"""Specs: the parties of a conflict and its competing frames, read from YAML with the safe loader.

A spec names each party (id, display name, colour, aliases: people, institutions, capitals used
by metonymy, demonyms) and each competing frame (id, owner party, cue phrases). Errors name the
file, the line and the field.

>>> import framing
>>> spec = framing.load_spec("karabakh-2023")
>>> [p.id for p in spec.parties]
['azerbaijan', 'armenia', 'karabakh-armenians', 'russia', 'west']
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Union

import yaml

__all__ = ["Spec", "Party", "Person", "Frame", "SpecError", "load_spec", "builtin_specs", "OTHER"]

#: Party id of speakers who belong to no party of the spec (experts, think-tanks, journalists).
OTHER = "other"

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class SpecError(ValueError):
    """A spec file is invalid; the message names file, line and field."""


@dataclass(frozen=True)
class Person:
    """A named speaker of a party: ``Person("Hikmet Hajiyev", "presidential adviser")``."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    demonyms: tuple[str, ...] = ()
    color: str = ""
    description: str = ""
    places: tuple[str, ...] = ()  # where a private person (a resident, a doctor) speaks as this party


@dataclass(frozen=True)
class Frame:
    id: str
    owner: str
    cues: tuple[str, ...]
    description: str = ""
    label: str = ""
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    provenance: str = ""


@dataclass(frozen=True)
class Spec:
    """Parties and frames of one conflict."""

    name: str
    parties: tuple[Party, ...]
    frames: tuple[Frame, ...] = ()
    title: str = ""
    version: str = "1"
    description: str = ""
    provenance: str = ""
    source: str = ""

    def party(self, party_id: str) -> Party:
        for p in self.parties:
            if p.id == party_id:
                return p
        raise KeyError(f"no party {party_id!r} in spec {self.name!r}; parties are: {', '.join(self.party_ids)}")

    @property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    def colors(self) -> dict[str, str]:
        """One colour per party id (the spec's own, else a colour-blind-safe default), and ``other``."""
        palette = ["#0072B2", "#D55E00", "#E69F00", "#CC79A7", "#009E73", "#56B4E9", "#F0E442", "#000000"]
        out = {p.id: p.color or palette[i % len(palette)] for i, p in enumerate(self.parties)}
        out[OTHER] = "#999999"
        return out


# ----------------------------------------------------------------------------------------------
# loading and validation

_SPEC_KEYS = {"name", "title", "version", "description", "provenance", "parties", "frames"}
_PARTY_KEYS = {"id", "name", "aliases", "people", "demonyms", "color", "description", "places"}
_PERSON_KEYS = {"name", "role"}
_FRAME_KEYS = {"id", "owner", "cues", "description", "label", "context", "exclude", "provenance"}


class _Reader:
    """Reads a composed YAML node tree, keeping line numbers for error messages."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, node: yaml.Node | None, where: str, problem: str) -> SpecError:
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        return SpecError(f"{self.source}{line}: {where}: {problem}")

    def mapping(self, node: yaml.Node, where: str, allowed: set[str], required: tuple[str, ...]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, where, f"expected a mapping, got {_kind(node)}")
        out: dict[str, yaml.Node] = {}
        for k, v in node.value:
            key = self.scalar(k, where, str)
            if key not in allowed:
                raise self.fail(k, f"{where}.{key}", f"unknown key; allowed keys are: {', '.join(sorted(allowed))}")
            if key in out:
                raise self.fail(k, f"{where}.{key}", "key given twice")
            out[key] = v
        for key in required:
            if key not in out:
                raise self.fail(node, where, f"missing required key {key!r}")
        return out

    def scalar(self, node: yaml.Node, where: str, kind: type = str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, where, f"expected a {kind.__name__}, got {_kind(node)}")
        try:
            value = _construct(node)
        except yaml.YAMLError as exc:
            raise self.fail(node, where, f"cannot read value: {getattr(exc, 'problem', None) or exc}") from None
        if kind is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, kind) or (kind is str and not value.strip()):
            raise self.fail(node, where, f"expected a non-empty {kind.__name__}, got {value!r}")
        return value.strip() if kind is str else value

    def strings(self, node: yaml.Node, where: str) -> tuple[str, ...]:
        if isinstance(node, yaml.ScalarNode):
            return (self.scalar(node, where),)
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, where, f"expected a list of strings, got {_kind(node)}")
        return tuple(self.scalar(item, f"{where}[{i}]") for i, item in enumerate(node.value))

    def items(self, node: yaml.Node, where: str, build: Callable[[yaml.Node, str], Any]) -> list[Any]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, where, f"expected a list, got {_kind(node)}")
        return [build(item, f"{where}[{i}]") for i, item in enumerate(node.value)]


def _construct(node: yaml.ScalarNode) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def _kind(node: yaml.Node) -> str:
    return {yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list"}.get(type(node), f"{node.value!r}")


def _parse(text: str, source: str) -> Spec:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise SpecError(f"{source}{line}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if root is None:
        raise SpecError(f"{source}: empty spec file")
    r = _Reader(source)
    top = r.mapping(root, "spec", _SPEC_KEYS, ("name", "parties"))

    def person(node: yaml.Node, where: str) -> Person:
        if isinstance(node, yaml.ScalarNode):
            return Person(r.scalar(node, where))
        m = r.mapping(node, where, _PERSON_KEYS, ("name",))
        return Person(r.scalar(m["name"], f"{where}.name"), r.scalar(m["role"], f"{where}.role") if "role" in m else "")

    def party(node: yaml.Node, where: str) -> tuple[Party, yaml.Node]:
        m = r.mapping(node, where, _PARTY_KEYS, ("id",))
        pid = r.scalar(m["id"], f"{where}.id")
        if not _ID.match(pid) or pid == OTHER:
            raise r.fail(m["id"], f"{where}.id", f"invalid party id {pid!r}: use lower-case letters, digits, '-' or '_' (and not {OTHER!r}, which is reserved)")
        color = r.scalar(m["color"], f"{where}.color") if "color" in m else ""
        if color and not re.match(r"^#[0-9a-fA-F]{6}$", color):
            raise r.fail(m["color"], f"{where}.color", f"expected a colour like '#0072B2', got {color!r}")
        return Party(
            id=pid,
            name=r.scalar(m["name"], f"{where}.name") if "name" in m else pid,
            aliases=r.strings(m["aliases"], f"{where}.aliases") if "aliases" in m else (),
            people=tuple(r.items(m["people"], f"{where}.people", person)) if "people" in m else (),
            demonyms=r.strings(m["demonyms"], f"{where}.demonyms") if "demonyms" in m else (),
            color=color,
            description=r.scalar(m["description"], f"{where}.description") if "description" in m else "",
            places=r.strings(m["places"], f"{where}.places") if "places" in m else (),
        ), m["id"]

    parties = r.items(top["parties"], "parties", party)
    if not parties:
        raise r.fail(top["parties"], "parties", "a spec needs at least one party")
    seen: dict[str, int] = {}
    for i, (p, node) in enumerate(parties):
        if p.id in seen:
            raise r.fail(node, f"parties[{i}].id", f"duplicate party id {p.id!r} (also parties[{seen[p.id]}])")
        seen[p.id] = i

    def frame(node: yaml.Node, where: str) -> Frame:
        m = r.mapping(node, where, _FRAME_KEYS, ("id", "owner", "cues"))
        owner = r.scalar(m["owner"], f"{where}.owner")
        if owner not in seen and owner not in (OTHER, "neutral"):
            raise r.fail(m["owner"], f"{where}.owner", f"unknown party {owner!r}; parties are: {', '.join(seen)} (or 'neutral')")
        cues = r.strings(m["cues"], f"{where}.cues")
        if not cues:
            raise r.fail(m["cues"], f"{where}.cues", "a frame needs at least one cue phrase")
        from .frames.cues import CueError, expand  # the cue syntax lives with the matcher

        phrases = {key: r.strings(m[key], f"{where}.{key}") if key in m else () for key in ("context", "exclude")}
        for key, values in (("cues", cues), *phrases.items()):
            for j, cue in enumerate(values):
                try:
                    expand(cue)
                except CueError as exc:
                    raise r.fail(m[key], f"{where}.{key}[{j}]", str(exc)) from None
        return Frame(
            id=r.scalar(m["id"], f"{where}.id"),
            owner=owner,
            cues=cues,
            description=r.scalar(m["description"], f"{where}.description") if "description" in m else "",
            label=r.scalar(m["label"], f"{where}.label") if "label" in m else "",
            context=phrases["context"],
            exclude=phrases["exclude"],
            provenance=r.scalar(m["provenance"], f"{where}.provenance") if "provenance" in m else "",
        )

    frames = r.items(top["frames"], "frames", frame) if "frames" in top and not _is_null(top["frames"]) else []
    ids = [f.id for f in frames]
    dup = next((x for x in ids if ids.count(x) > 1), None)
    if dup:
        raise r.fail(top["frames"], "frames", f"duplicate frame id {dup!r}")
    return Spec(
        name=r.scalar(top["name"], "name"),
        parties=tuple(p for p, _ in parties),
        frames=tuple(frames),
        title=r.scalar(top["title"], "title") if "title" in top else "",
        version=r.scalar(top["version"], "version") if "version" in top else "1",
        description=r.scalar(top["description"], "description") if "description" in top else "",
        provenance=r.scalar(top["provenance"], "provenance") if "provenance" in top else "",
        source=source,
    )


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def builtin_specs() -> list[str]:
    """Names of the specs that ship with the package.

    >>> "karabakh-2023" in builtin_specs()
    True
    """
    folder = resources.files("framing") / "data" / "specs"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_spec(spec: Union[str, os.PathLike, Spec]) -> Spec:
    """Load a built-in spec by name, or a spec from a YAML file.

    >>> load_spec("karabakh-2023").party("azerbaijan").name
    'Azerbaijan'
    """
    if isinstance(spec, Spec):
        return spec
    name = os.fspath(spec)
    if name in builtin_specs():
        res = resources.files("framing") / "data" / "specs" / f"{name}.yaml"
        return _parse(res.read_text(encoding="utf-8"), f"builtin:{name}")
    path = Path(name)
    if not path.exists():
        raise SpecError(f"{name}: no such spec file, and not a built-in spec (built-in: {', '.join(builtin_specs())})")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{name}: cannot read spec: {exc}") from None
    return _parse(text, name)
