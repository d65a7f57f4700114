"""Reviewed data files of the rule book (YAML); read only by rulebook.load_rule_book."""
