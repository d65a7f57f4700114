"""Blind hold-out corpus of e-mailed legal process (see README.md): never shown to whoever fixes the extractor."""
