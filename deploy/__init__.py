"""Deployment and local infrastructure for dueprocess."""
