"""Pages of the notify service (the counsel link and the staff dashboard)."""
