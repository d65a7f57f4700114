"""Local infrastructure for development and tests: Apache Kafka, PostgreSQL, Tansu and an SMTP sink."""
