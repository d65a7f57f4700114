"""Intake's HTTP front: one module-level router per feature (``pages``, ``triage``, ``staff``,
``reports``, ``cases``, ``actions``, ``auth``), assembled by ``app.create_app``."""

from services.intake.entrypoints.http.app import create_app
from services.intake.entrypoints.http.dependencies import IntakeServices

__all__ = ["IntakeServices", "create_app"]
