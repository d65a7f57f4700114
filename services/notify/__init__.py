"""The notify service: turns reviews and escalations into notices to users and counsel."""
