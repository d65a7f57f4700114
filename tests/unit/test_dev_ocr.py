"""deploy/dev.py tells what OCR lacks: Debian's tesseract-ocr, or some of its language data."""

from __future__ import annotations

import importlib.util
import os
import stat
from pathlib import Path
from types import ModuleType

import pytest

DEV = Path(__file__).resolve().parents[2] / "deploy" / "dev.py"


def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", DEV)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_tesseract(folder: Path, languages: list[str]) -> None:
    script = folder / "tesseract"
    listing = "\\n".join(languages)
    script.write_text(
        f"#!/bin/sh\nprintf 'List of available languages in \"/x/\" ({len(languages)}):\\n{listing}\\n'\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_without_tesseract_the_package_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert dev().missing_ocr() == ["tesseract-ocr"]


def test_missing_language_data_is_named_package_by_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_tesseract(tmp_path, ["eng", "osd", "deu", "ita"])
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin:/bin")
    module = dev()
    assert module.missing_ocr() == ["tesseract-ocr-spa", "tesseract-ocr-fra", "tesseract-ocr-por"]
    fake_tesseract(tmp_path, ["eng", "spa", "fra", "deu", "por", "ita"])
    assert module.missing_ocr() == []
    assert "tesseract-ocr-por" in module.OCR_INSTALL and module.OCR_INSTALL.startswith("sudo apt-get install")
