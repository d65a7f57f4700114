"""Look-alike domains: a sender domain that imitates one in the government registry. Pure.

:class:`LookalikeIndex` is built once from every registry domain (the ~16,500 ``.gov`` domains,
the foreign table, the agency registry's) and answers per message in a few dictionary look-ups:

* **confusable characters**: the domain's TR39 skeleton (Unicode's confusables data, as the
  ``confusable_homoglyphs`` package ships it, plus the project's ASCII folds such as ``0`` -> ``o``
  and ``rn`` -> ``m``) equals a registry domain's (``cbp.dhs.gоv`` with a Cyrillic ``о``, ``0hio.gov``);
* **a registry domain in front of another**: ``ohio.gov.secure-mail.com``, ``irs.gov.co``;
* **added words**: a government word joined to a registry name (``fbi-gov.com``, ``ohiogov.net``,
  ``gov-ohio.org``), a multi-label registry name joined up (``cbp-dhs.us`` for ``cbp.dhs.gov``),
  an agency acronym as a label or a hyphenated word (``fbi.com``, ``fbi-secure.com``);
* **one edit away** (insertion, deletion, substitution) from a registry domain, outside the
  government's own top-level domains (``usdoj.gob``, ``ohio.gv``, ``ohio.mov``): looked up by
  name, not by a scan of the registry.

Registry domains and their subdomains are never look-alikes: the caller looks the domain up in
the registry first, and the index itself never flags a registry domain.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property

# Second-level labels under which anyone registers (sony.co.jp): never compared as a domain.
PUBLIC_SECOND_LEVELS = frozenset(
    {"co", "com", "net", "org", "ac", "edu", "ne", "or", "ltd", "plc", "me", "info", "biz", "nom", "gen", "firm"}
)

# A foreign government's second level under its ccTLD (pa.gov.br, ab.gov.za): "pa.gov" there
# is not the U.S. registry's pa.gov put in front of another domain.
_GOVERNMENT_SLDS = frozenset({"gov", "gob", "go", "gouv", "govt", "gv"})


@cache
def tr39_folds() -> Mapping[str, str]:
    """Unicode TR39 confusables that imitate ASCII letters and digits, lower-cased: ``"о" -> "o"``."""
    from confusable_homoglyphs import confusables  # the package's data: Unicode's confusables.txt

    folds: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for char, entries in confusables.confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        targets = [e["c"] for e in entries if e["c"].isascii() and e["c"].isalnum()]
        if not targets:
            continue
        if char == char.lower():  # its own prototype ("ν" -> "v"), not its capital's ("Ν" -> "N")
            folds.setdefault(char, targets[0].lower())
        else:
            capitals.setdefault(char.lower(), targets[0].lower())
    for char, target in capitals.items():
        folds.setdefault(char, target)
    return folds


def to_unicode(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):  # raw punycode: an invalid IDN still reads
                label = label[4:].encode("ascii").decode("punycode")
        labels.append(label)
    return ".".join(labels)


@dataclass(frozen=True, eq=False)
class Folding:
    """How a domain is reduced to how it reads: TR39 first, then the ASCII folds."""

    ascii_folds: Mapping[str, str]  # "0" -> "o", "1" -> "l", "i" -> "l"
    sequences: Mapping[str, str]  # "rn" -> "m"

    @cached_property
    def _table(self) -> dict[int, str]:
        # Single characters fold to what they imitate; a letter that a pair imitates expands to the
        # pair ("m" -> "rn", as in TR39), so that "rnail" and "mail", "cvvvr" and "cvwr" meet.
        table = {ord(k): v for k, v in self.ascii_folds.items() if len(k) == 1}
        table.update({ord(letter): pair for pair, letter in self.sequences.items() if len(letter) == 1})
        return table

    def skeleton(self, domain: str) -> str:
        text = to_unicode(domain) if "xn--" in domain else domain
        if not text.isascii():
            folds = tr39_folds()  # TR39: NFD, confusables mapped, NFD; then compatibility forms ("ⅼ")
            text = "".join(folds.get(ch, ch) for ch in unicodedata.normalize("NFD", text).lower())
            text = "".join(folds.get(ch, ch) for ch in unicodedata.normalize("NFKD", text).lower())
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
        return text.lower().translate(self._table)


def distance_at_most_one(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are equal or one edit apart (a letter substituted, added or dropped)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


class LookalikeIndex:
    """Every registry domain, precomputed for :meth:`imitates` (built once per process)."""

    def __init__(
        self,
        domains: Iterable[str],
        *,
        folding: Folding,
        government_words: Iterable[str],
        agency_words: Iterable[str] = (),
        own_tlds: Iterable[str] = ("gov", "mil"),
    ) -> None:
        self.folding = folding
        sk = folding.skeleton
        self.domains = frozenset(d.lower() for d in domains)
        self.government_words = frozenset(sk(w) for w in government_words)
        self.agency_words = frozenset(sk(w) for w in agency_words)
        self.own_tlds = frozenset(own_tlds)
        self._own_tld_shapes = frozenset(sk(t) for t in self.own_tlds)
        self._mil = sk("mil")
        # Everything below but the deletion index is keyed by skeleton: "fbi" and "fb1" read alike.
        self._skeletons: dict[str, set[str]] = {}
        self._names: dict[str, str] = {}  # "ohlo" -> "ohio.gov"
        self._joined: dict[str, str] = {}  # "cbp-dhs" / "cbpdhs" -> "cbp.dhs.gov"
        self._tlds_by_name: dict[str, list[str]] = {}  # "ohio" -> ["gov"]: typos in the top-level domain
        self._typo_targets: list[str] = []  # outside the own TLDs, any one edit counts (politie.nl)
        for domain in sorted(self.domains):
            self._skeletons.setdefault(sk(domain), set()).add(domain)
            labels = domain.split(".")
            name_labels = labels[:-1]
            if len(name_labels) == 1:
                self._names.setdefault(sk(name_labels[0]), domain)
            elif len(name_labels) >= 2 and name_labels[-1] not in PUBLIC_SECOND_LEVELS:
                for joined in ("-".join(name_labels), "".join(name_labels), "-".join(reversed(name_labels))):
                    self._joined.setdefault(sk(joined), domain)
            self._tlds_by_name.setdefault(".".join(name_labels), []).append(labels[-1])
            if labels[-1] not in self.own_tlds and len("".join(name_labels)) >= 4:
                self._typo_targets.append(domain)

    def __len__(self) -> int:
        return len(self.domains)

    def _typo_of(self, candidate: str) -> str | None:
        """A registry domain one edit from ``candidate`` (which is outside the own TLDs).

        From a domain under an own TLD (``ohio.gov``) such a candidate differs in the top-level
        domain only (``ohio.gob``): looked up by its name. Elsewhere any edit counts (the foreign
        table's few hundred domains are compared one by one).
        """
        name, _, tld = candidate.rpartition(".")
        for listed_tld in self._tlds_by_name.get(name, ()):
            if listed_tld != tld and distance_at_most_one(tld, listed_tld):
                return f"{name}.{listed_tld}"
        for domain in self._typo_targets:
            if domain != candidate and distance_at_most_one(candidate, domain):
                return domain
        return None

    def imitates(self, domain: str, *, edits: bool = True) -> str | None:
        """Why ``domain`` imitates a registry domain, or None. ``domain`` is not itself in the registry.

        ``edits=False`` leaves out the one-edit comparison (for names registered side by side under one suffix).
        """
        domain = domain.strip().lower().rstrip(".")
        if domain in self.domains:
            return None
        readable = to_unicode(domain)
        labels = domain.split(".")
        suffixes = [".".join(labels[i:]) for i in range(len(labels) - 1)]
        # 1. confusable characters: the domain, or a parent of it, reads as a registry domain.
        for suffix in suffixes:
            listed = self._skeletons.get(self.folding.skeleton(suffix))
            if listed and suffix not in listed:
                return f"{readable} reads like {min(listed)} (look-alike characters)"
        shape = self.folding.skeleton(domain)
        shape_labels = shape.split(".")
        if shape_labels[-1] in self._own_tld_shapes and labels[-1] not in self.own_tlds:
            return f"{readable} imitates the .{shape_labels[-1]} top-level domain with look-alike characters"
        # 2. a registry domain in front of another domain.
        for start in range(len(shape_labels)):
            for end in range(start + 2, len(shape_labels)):
                listed = self._skeletons.get(".".join(shape_labels[start:end]))
                # the labels as written: the skeleton of "tw" is "tvv", no country code
                rest, sld = (labels[end:], labels[end - 1]) if len(labels) == len(shape_labels) else (["?"], "")
                if listed and not (len(rest) == 1 and len(rest[0]) == 2 and sld in _GOVERNMENT_SLDS):
                    return f"{readable} puts {min(listed)} in front of another domain"
        # 3. added words, in the registrable labels (not the top-level domain nor a public second level).
        name_labels = shape_labels[:-1]
        if len(name_labels) >= 2 and name_labels[-1] in PUBLIC_SECOND_LEVELS:
            name_labels = name_labels[:-1]
        for label in name_labels:
            tokens = [t for t in label.split("-") if t]
            if len(tokens) > 1 and any(t in self.government_words for t in tokens):
                return f"{readable} spells a government domain with hyphens"
            if label in self._joined:
                return f"{readable} joins up the labels of {self._joined[label]} outside it"
            for word in self.government_words:
                for stem in (label.removesuffix(word), label.removeprefix(word)):
                    # "cagov" (ca.gov) counts; "camil" is a name, not ca.gov's military.
                    if stem != label and len(stem) >= (3 if word == self._mil else 2) and stem in self._names:
                        return f"{readable} joins a government word to {self._names[stem]}'s name outside it"
            if any(t in self.agency_words for t in tokens):  # fbi.com, fbi-secure.net
                return f"{readable} names a government agency outside its domains"
        # 4. one edit away, outside the government's own top-level domains.
        if edits and labels[-1] not in self.own_tlds:
            for suffix in suffixes:
                first = suffix.split(".", 1)[0]
                tld_typo = any(distance_at_most_one(labels[-1], own) for own in self.own_tlds)
                if suffix.count(".") == 1 and first in PUBLIC_SECOND_LEVELS and not tld_typo:
                    continue  # "co.uk" is a public second level; "co.aov", "co.ov" are co.gov's top-level typos
                typo = self._typo_of(suffix)
                if typo is not None:
                    return f"{readable} is one edit away from {typo}"
        return None
