"""Benchmarks of the dueprocess pipeline on real Apache Kafka, PostgreSQL and SMTP.

``python -m bench pipeline|email|scaleout|soak``: see README.md, "Operations".
"""
