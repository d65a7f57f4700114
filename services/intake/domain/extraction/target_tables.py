"""The account column of a text table (cells split by '|'): "| Account | Records | Period |", "Usuario |
Datos". Pure."""

from __future__ import annotations

import re

from services.intake.domain.extraction.target_roles import CLOSING_QUOTES, OPENING_QUOTES

# A text table's header cell that names the account column: "| Account | Records |", "Usuario | Datos".
_ACCOUNT_COLUMN = re.compile(
    r"(?:target|subject|account)\s+e-?mail(?: address)?|"
    r"(?:target\s+|subject\s+)?(?:accounts?|user ?names?|handles?|profiles?|screen ?names?|"
    r"cuentas?|usuarios?|perfil(?:es)?|comptes?|profils?|identifiants?|pseudos?|Kont(?:o|en)|Nutzerkont(?:o|en)|"
    r"Benutzerkont(?:o|en)|Accounts?|Nutzername|profil[oi]|utent[ei]|contas?|perfis|usuários?)(?:\s*\([^)]*\))?",
    re.IGNORECASE,
)
_TABLE_RULE = re.compile(r"^[\s|:+-]+$")


def account_column(text: str) -> list[tuple[str, int, int]]:
    """(value, start, end) of each cell of a text table's account column: a row of cells split by '|' whose
    header names accounts, then the rows under it with as many cells (a '---' rule may come between)."""
    cells: list[tuple[str, int, int]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    index = 0
    while index < len(lines):
        header = [cell.strip() for cell in lines[index].strip().strip("|").split("|")]
        column = next((i for i, cell in enumerate(header) if _ACCOUNT_COLUMN.fullmatch(cell)), None)
        if "|" not in lines[index] or len(header) < 2 or column is None:
            index += 1
            continue
        index += 1
        while index < len(lines) and "|" in lines[index]:
            line = lines[index]
            row = line.strip().strip("|").split("|")
            if not _TABLE_RULE.match(line):
                if len(row) != len(header):
                    break
                value = row[column].strip().strip(CLOSING_QUOTES + OPENING_QUOTES)
                if value and " " not in value:
                    at = text.find(value, starts[index], starts[index + 1])
                    cells.append((value, at, at + len(value)))
            index += 1
    return cells
