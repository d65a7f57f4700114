"""The review service: checks legal process against the rule book and recommends what to do."""
