"""Jinja2 templates of the notices (package data, read-only)."""
