from __future__ import annotations

import pytest

import framing
from framing.spec import SpecError, builtin_specs, load_spec

GOOD = """\
name: test-conflict
title: A test conflict
parties:
  - id: north
    name: North
    aliases: [North, Northland]
  - id: south
    name: South
frames:
  - id: liberation
    owner: north
    cues: [liberation]
"""


def write(tmp_path, text):
    p = tmp_path / "spec.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_builtin_specs_have_the_contract_party_ids():
    assert builtin_specs() == ["gaza-2012-2014", "karabakh-2023", "ukraine-2014"]
    assert load_spec("karabakh-2023").party_ids == ("azerbaijan", "armenia", "karabakh-armenians", "russia", "west")


def test_user_spec_loads(tmp_path):
    spec = load_spec(write(tmp_path, GOOD))
    assert spec.name == "test-conflict" and spec.party("north").aliases == ("North", "Northland")
    assert spec.frames[0].owner == "north"
    assert set(spec.colors()) == {"north", "south", "other"}


@pytest.mark.parametrize(
    "replace, expected",
    [
        (("    name: South\n", "    name: South\n    nickname: S\n"), r"spec.yaml:9: parties\[1\].nickname: unknown key"),
        (("    aliases: [North, Northland]", "    aliases: {a: 1}"), r"spec.yaml:6: parties\[0\].aliases: expected a list of strings"),
        (("  - id: south", "  - id: north"), r"spec.yaml:7: parties\[1\].id: duplicate party id 'north'"),
        (("    owner: north", "    owner: east"), r"spec.yaml:11: frames\[0\].owner: unknown party 'east'"),
        (("    cues: [liberation]", "    cues: ['“”', liberation]"), r"frames\[0\].cues\[0\]: cue '“”' has no word characters and can never match"),
        (("    cues: [liberation]", "    cues: []"), r"frames\[0\].cues: a frame needs at least one cue phrase"),
        (("  - id: south", "  - id: South Land"), r"parties\[1\].id: invalid party id 'South Land'"),
        (("name: test-conflict\n", ""), r"spec: missing required key 'name'"),
        (("title: A test conflict", "title: [unclosed"), r"spec.yaml:\d+: invalid YAML"),
        (("  - id: south", "  - id: other"), r"reserved"),
    ],
)
def test_spec_errors_name_file_line_and_field(tmp_path, replace, expected):
    old, new = replace
    assert old in GOOD
    with pytest.raises(SpecError, match=expected):
        load_spec(write(tmp_path, GOOD.replace(old, new)))


@pytest.mark.parametrize("tagged", ["!!python/object/apply:os.system ['touch {marker}']", "!!python/name:os.system '{marker}'"])
def test_unsafe_yaml_is_not_executed(tmp_path, tagged):
    marker = tmp_path / "pwned"
    evil = GOOD.replace("title: A test conflict", "title: " + tagged.format(marker=marker))
    with pytest.raises(SpecError, match=r"spec.yaml:2: title: (expected a str|cannot read value)"):
        load_spec(write(tmp_path, evil))
    assert not marker.exists()


def test_unknown_spec_name_lists_builtins():
    with pytest.raises(SpecError, match="not a built-in spec.*karabakh-2023"):
        framing.load_spec("karabakh-2024")
