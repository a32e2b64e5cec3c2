"""The notebooks run top to bottom (each in its own kernel, from notebooks/), and are committed with outputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
#: What a notebook needs beyond the core package; it is skipped, with the reason, when missing.
NEEDS = {"02_scorers_library.ipynb": "framing.scorers.transformers"}


def test_the_three_notebooks_are_here():
    assert [p.name for p in NOTEBOOKS] == ["01_karabakh_case_study.ipynb", "02_scorers_library.ipynb",
                                           "03_outlet_comparison.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_with_outputs(path):
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count for c in code), "run the notebook before committing it"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run top to bottom in one go"
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    assert sum(1 for c in code for o in c.outputs if "image/png" in o.get("data", {})) >= (
        0 if path.name.startswith("02") else 2)


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel", reason="executing notebooks needs ipykernel (the dev extra)")
    need = NEEDS.get(path.name)
    if need and importlib.util.find_spec(need) is None:
        pytest.skip(f"{path.name} needs {need}, which this checkout does not have yet")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=240, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError naming the cell on any error
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
