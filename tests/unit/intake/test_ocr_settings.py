"""OCR as deployment settings (DUEPROCESS_OCR_*): parsed and checked by shared/settings.py, turned
into intake's OcrLimits by its bootstrap, and the language packs checked once at start-up (a
configured pack this host lacks refuses the start, naming it) rather than on the first scan."""

from __future__ import annotations

import asyncio
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from services.intake import bootstrap
from services.intake.adapters.ocr_worker import OCR_LANGUAGES
from services.intake.adapters.pdf_text import OcrLimits, installed_languages, missing_language_packs
from services.intake.bootstrap import OcrSetupRefused, check_ocr, ocr_limits
from shared.settings import Settings

OCR_VARIABLES = (
    "DUEPROCESS_OCR_ENABLED",
    "DUEPROCESS_OCR_WORKERS",
    "DUEPROCESS_OCR_TIMEOUT_SECONDS",
    "DUEPROCESS_OCR_MAX_PAGES",
    "DUEPROCESS_OCR_LANGUAGES",
)


@pytest.fixture(autouse=True)
def no_ocr_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in OCR_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> Settings:
    for name, value in env.items():
        monkeypatch.setenv(f"DUEPROCESS_OCR_{name.upper()}", value)
    return Settings(_env_file=None)  # type: ignore[call-arg]


def fake_tesseract(folder: Path, languages: list[str], *, on_stderr: bool = False) -> None:
    """A `tesseract` that lists ``languages`` as Tesseract 5 does (older ones print to stderr)."""
    script = folder / "tesseract"
    listing = "\\n".join(languages)
    redirect = " >&2" if on_stderr else ""
    script.write_text(
        f"#!/bin/sh\nprintf 'List of available languages in \"/x/\" ({len(languages)}):\\n{listing}\\n'{redirect}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


class Recorder:
    def __init__(self) -> None:
        self.warnings: list[str] = []

    def warning(self, event: str, **_: Any) -> None:
        self.warnings.append(event)


# --- the settings ---------------------------------------------------------------------------------


def test_the_defaults_are_todays_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = settings(monkeypatch)
    assert defaults.ocr_enabled is True and defaults.ocr_languages is None
    assert ocr_limits(defaults) == OcrLimits()
    assert ocr_limits(defaults).languages == OCR_LANGUAGES == ("eng", "spa", "fra", "deu", "por", "ita")
    assert (ocr_limits(defaults).workers, ocr_limits(defaults).timeout_seconds, ocr_limits(defaults).max_pages) == (
        1,
        60.0,
        10,
    )


def test_each_setting_reaches_the_ocr_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = ocr_limits(
        settings(monkeypatch, enabled="false", workers="3", timeout_seconds="90", max_pages="4", languages="eng,deu")
    )
    assert limits == OcrLimits(enabled=False, languages=("eng", "deu"), timeout_seconds=90.0, max_pages=4, workers=3)
    assert limits.options()["max_pages"] == 4 and limits.options()["languages"] == ("eng", "deu")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("eng,deu", ["eng", "deu"]),
        ("eng+spa", ["eng", "spa"]),  # Tesseract's own form
        (" eng , ita ,eng ", ["eng", "ita"]),  # spaces around, a repeat listed once
        ('["eng", "fra"]', ["eng", "fra"]),
        ("chi_sim", ["chi_sim"]),  # a well-formed code (intake's OCR refuses it later)
    ],
)
def test_languages_are_read_as_a_list_or_tesseract_form(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: list[str]
) -> None:
    assert settings(monkeypatch, languages=value).ocr_languages == expected


def test_an_empty_languages_variable_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings(monkeypatch, languages="  ").ocr_languages is None


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("workers", "0", "greater than or equal to 1"),
        ("workers", "many", "valid integer"),
        ("timeout_seconds", "5", "greater than or equal to 10"),
        ("max_pages", "0", "greater than or equal to 1"),
        ("enabled", "perhaps", "valid boolean"),
        ("languages", "en,de", "'en' is not a Tesseract language code"),
        ("languages", "English", "'English' is not a Tesseract language code"),
        ("languages", "[]", "at least one"),
        ("languages", ",", "at least one"),
        ("languages", '["eng", ', "JSON"),
    ],
)
def test_a_bad_value_is_refused_with_the_setting_named(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, said: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        settings(monkeypatch, **{name: value})
    assert f"ocr_{name}" in str(refused.value) and said in str(refused.value)


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("eng,nld", "OCR cannot read in nld"),  # a pack Tesseract may have, but no language OCR detects
        ("deu,fra", "must include eng"),  # every scan's first pass is English
    ],
)
def test_languages_ocr_cannot_read_with_refuse_the_start(
    monkeypatch: pytest.MonkeyPatch, value: str, said: str
) -> None:
    with pytest.raises(OcrSetupRefused, match="DUEPROCESS_OCR_LANGUAGES") as refused:
        ocr_limits(settings(monkeypatch, languages=value))
    assert said in str(refused.value)


def test_ocr_limits_refuse_no_workers_pages_or_time() -> None:
    for bad in ({"workers": 0}, {"max_pages": 0}, {"timeout_seconds": 0.0}):
        with pytest.raises(ValueError, match="at least one worker"):
            OcrLimits(**bad)


# --- the installed language packs, checked at start-up --------------------------------------------


def test_installed_languages_are_tesseracts_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_tesseract(tmp_path, ["eng", "osd", "deu"])
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin:/bin")
    assert installed_languages() == frozenset({"eng", "osd", "deu"})
    fake_tesseract(tmp_path, ["eng", "spa"], on_stderr=True)  # Tesseract 3 and 4 list on stderr
    assert installed_languages() == frozenset({"eng", "spa"})
    assert missing_language_packs(("eng", "spa", "ita", "por"), frozenset({"eng", "spa"})) == [
        "tesseract-ocr-ita",
        "tesseract-ocr-por",
    ]


def test_without_tesseract_no_languages_are_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert installed_languages() is None


def test_a_configured_pack_that_is_missing_refuses_the_start_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    configured = settings(monkeypatch, languages="eng,deu,ita")
    with pytest.raises(OcrSetupRefused) as refused:
        check_ocr(configured, ocr_limits(configured), lambda: frozenset({"eng", "deu", "osd"}))
    message = str(refused.value)
    assert "tesseract-ocr-ita is missing" in message and "apt-get install tesseract-ocr-ita" in message
    assert "tesseract-ocr-deu" not in message and "DUEPROCESS_OCR_ENABLED=false" in message
    check_ocr(configured, ocr_limits(configured), lambda: frozenset({"eng", "deu", "ita"}))  # all there: starts


def test_configured_languages_without_tesseract_refuse_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    configured = settings(monkeypatch, languages="eng")
    with pytest.raises(OcrSetupRefused, match="Tesseract is not installed"):
        check_ocr(configured, ocr_limits(configured), lambda: None)

    def broken() -> frozenset[str]:
        raise subprocess.TimeoutExpired(["tesseract", "--list-langs"], 30)

    with pytest.raises(OcrSetupRefused, match="tesseract --list-langs` failed"):
        check_ocr(configured, ocr_limits(configured), broken)


def test_with_the_default_languages_a_missing_pack_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(bootstrap, "log", recorder)
    defaults = settings(monkeypatch)
    check_ocr(defaults, ocr_limits(defaults), lambda: frozenset({"eng", "spa", "fra", "deu"}))
    assert len(recorder.warnings) == 1
    assert "tesseract-ocr-por, tesseract-ocr-ita are missing" in recorder.warnings[0]
    check_ocr(defaults, ocr_limits(defaults), lambda: frozenset(OCR_LANGUAGES))
    assert len(recorder.warnings) == 1  # nothing missing: nothing said


def test_ocr_turned_off_is_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    off = settings(monkeypatch, enabled="false", languages="eng,ita")

    def never() -> frozenset[str]:
        raise AssertionError("OCR is off: Tesseract is not asked")

    check_ocr(off, ocr_limits(off), never)


def test_intake_refuses_to_start_before_touching_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_tesseract(tmp_path, ["eng", "osd"])
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin:/bin")
    monkeypatch.setattr(bootstrap, "configure_logging", lambda **_: None)

    async def no_pool(*_: Any, **__: Any) -> None:
        raise AssertionError("the database was reached before the OCR check")

    monkeypatch.setattr(bootstrap, "service_pool", no_pool)
    with pytest.raises(OcrSetupRefused, match="tesseract-ocr-fra is missing"):
        asyncio.run(bootstrap.run(settings(monkeypatch, languages="eng,fra")))
