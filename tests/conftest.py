from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATASETS = SHARED / "datasets"
SEED = ROOT / "corpora" / "karabakh-2023" / "economist-2023-09-21-a-one-day-war.md"


@pytest.fixture(scope="session")
def seed_doc():
    import framing

    return framing.load_corpus(SEED)[0]


def need_datasets(name: str) -> Path:
    """Path of a shared dataset folder, or skip the test with the reason."""
    path = DATASETS / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/datasets is only beside the project in CI and development)")
    return path
