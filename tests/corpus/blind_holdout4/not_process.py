"""To be written."""

MESSAGES: list[object] = []
