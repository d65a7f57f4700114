"""Accounts a demand names in another role than its subject: the other party of the target's messages, a
victim's or a witness's own account, the requester's own account. Pure.

The targets reader reads every handle, quoted account name and e-mail address a demand writes as an
account. Some of them are named only as something else: "direct messages between "a_b" and the account
"c_d"" (c_d is the other party), "the victim, who uses the account @e_f" (the victim's), "follow us
@CityPD" or "our page @CityPD" (the requester's). :func:`side_roles` tells which of the accounts read are
named only so; the reader leaves them out when the demand names other accounts, and holds the case for a
person when they are all it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Quote marks that open and close an account name, in the six languages read (German „x“ and ‚x‘,
# French and Italian « x », Swiss ‹x›).
OPENING_QUOTES = "«\"“‘'„‚‹"
CLOSING_QUOTES = "\"”’'»“‘›"

_ACCOUNT = (
    r"(?:accounts?|profiles?|pages?|handles?|user\s?names?|screen\s?names?|users?|channels?|e-?mail(?:\s+address)?|"
    r"cuentas?|perfil(?:es)?|usuari[oa]s?|p[áa]ginas?|correo(?:\s+electr[óo]nico)?|"
    r"comptes?|profils?|pseudos?|utilisat(?:eur|rice)s?|adresse\s+(?:e-?mail|électronique)|"
    r"\w*[Kk]ont(?:o|en)|Accounts?|Profile?|Seiten?|Kanal|E-Mail(?:-Adresse)?|"
    r"profil[oi]|utent[ei]|indirizzo(?:\s+e-?mail)?|"
    r"contas?|perf(?:il|is)|usu[áa]ri[oa]s?|endere[çc]o(?:\s+de\s+e-?mail)?)"
)
_THEN = (
    r"(?:\s+(?:official|oficial|officiel(?:le)?|offizielle[sn]?|ufficiale))?"
    rf"(?:\s+(?:is|es|est|ist|è|é|named|called|:))?\s*[,:(]?\s*[{re.escape(OPENING_QUOTES)}]?\s*@?$"
)

# Words that make the account after them the other party of the target's messages.
COUNTERPARTY = re.compile(
    r"(?:\b(?:sent to|received from|exchanged with|communications? with|messages? (?:to|from|with)|correspond\w* with|"
    r"inviat[ie]|ricevut[ie]|scambiat[ie]|enviad[oa]s?|recibid[oa]s?|intercambiad[oa]s?|envoy[ée]e?s?|re[çc]ue?s?|[ée]chang[ée]e?s?|"
    r"recebid[oa]s?|trocad[oa]s?|gesendet|empfangen|ausgetauscht)\b[^.;]{0,14})$"
    # "messages between "a_b" and the account "c_d"": the second of the two is the other party
    r"|\b(?:between|entre|zwischen|tra|fra)\b[^.;:\n]{1,60}?\s(?:and|y|et|und|e)\s+"
    r"(?:(?:the|la|el|le|l'|das|dem|den|il|lo|o|a)\s+)?(?:"
    + _ACCOUNT
    + r"\s+)?["
    + re.escape(OPENING_QUOTES)
    + r"]?\s*@?$"
    # "who tagged @c_d", "mentioning the account c_d": an account the target named
    r"|\b(?:tagg(?:ed|ing)|mention(?:ed|ing|s)|repl(?:ied|ying)\s+to|etiquet(?:ó|ando|a)|mencion(?:ó|ando|a)|"
    r"identifi(?:ó|cando)|mentionn(?:é|ant|e)|markiert(?:e)?|erwähnt(?:e)?|taggat[oi]|menzionat[oi]|marcou|marcando|"
    r"mencionou)\s+(?:(?:the|la|el|le|l'|das|den|il|o|a)\s+)?(?:"
    + _ACCOUNT
    + r"\s+)?["
    + re.escape(OPENING_QUOTES)
    + r"]?\s*@?$",
    re.IGNORECASE,
)
_VICTIM_WORD = (
    r"(?:victim|complainant|witness|reporting party|víctima|denunciante|testigo|perjudicad[oa]|agraviad[oa]|victime|"
    r"plaignante?|témoin|Geschädigte[nr]?|Opfer[s]?|Zeugin|Zeugen?|Anzeigeerstatter(?:in)?|Anzeigenerstatter(?:in)?|vittima|"
    r"testimone|persona offesa|querelante|vítima|testemunha|ofendid[oa])"
)
# A victim, complainant or witness, then (in an apposition, or a clause of use or ownership) its account.
_VICTIM = re.compile(
    r"\b" + _VICTIM_WORD + r"(?:'s|’s)?\b(?P<tail>[^.;!?\n]{0,60})$",
    re.IGNORECASE,
)
# A table's row read as 'Label: value' lines: "Role: Victim" on the line before (or after) "Account: x_y".
_VICTIM_ROW_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[\w ]{2,24}:[ \t]*" + _VICTIM_WORD + r"[ \t]*\n[ \t]*[\w ]{2,30}:[ \t]*@?$", re.IGNORECASE
)
_VICTIM_ROW_AFTER = re.compile(r"^[^\n]{0,3}\n[ \t]*[\w ]{2,24}:[ \t]*" + _VICTIM_WORD + r"\b", re.IGNORECASE)
# What may not stand between the victim and the account: an agent ("by", "from"), another party, another clause.
_NOT_THE_VICTIMS = re.compile(
    r"\b(?:by|from|por|par|von|vom|durch|dal|dall[ao]|pelo|pela|against|contra|contre|gegen|contro|suspect|suspected|"
    r"sospechos[oa]|investigad[oa]|Beschuldigte[nr]?|Tatverdächtige[nr]?|indagat[oa]|suspeit[oa]|perpetrator|offender|"
    r"that|que|dass|che|who (?:was|were|is) (?:contacted|targeted|threatened|harassed))\b|\b(?:and|y|et|und|e)\s",
    re.IGNORECASE,
)
_VICTIM_TAIL = re.compile(
    r"^\s*[,(|]?\s*[" + re.escape(OPENING_QUOTES) + r"]?\s*@?$|\b" + _ACCOUNT + _THEN, re.IGNORECASE
)
# The requester's own account: "follow us", "our official page", "mi correo personal", "unser Profil".
_OWN = re.compile(
    r"\b(?:follow us|find us|connect with us|(?:DM|message|contact|reach|tweet|write to) (?:me|us)(?: (?:at|on|via))?|síguenos|s[íi]ganos|suivez[- ]nous|retrouvez[- ]nous|folgen sie uns|"
    r"seguici|siga-nos|sigam-nos)\b[^\n]{0,40}$"
    r"|\b(?:our|my|nuestr[oa]s?|mis?|notre|nos|mon|ma|mes|unser(?:e[mnrs]?)?|mein(?:e[mnrs]?)?|nostr[oaie]|"
    r"noss[oa]s?|meus?|minhas?)\s+(?!(?:target|subject|suspect|investigat|objetivo|investigad|cible|vis|Ziel|"
    r"betroffen|indagat|alvo)\w*)(?:[\w-]+\s+){0,2}?" + _ACCOUNT + r"(?:\s+(?:on|at|en|sur|auf|su|em|no|na))?" + _THEN,
    re.IGNORECASE,
)
# After the account: "@e_f, which belongs to the victim,", "@e_f (victim)", "@e_f, the complainant's account".
_VICTIM_AFTER = re.compile(
    rf"^[{re.escape(CLOSING_QUOTES)}]?\s*(?:,|\(|-|–)\s*(?:(?:which|that|who)\s+(?:belongs\s+to|is|was)\s+|belonging\s+to\s+|"
    r"(?:owned|used)\s+by\s+|(?:de(?:\s+la)?|del|du|des|der|della|dello|dei|da|do|das|dos)\s+)?"
    r"(?:the\s+|our\s+|la\s+|el\s+|le\s+|die\s+|der\s+|il\s+|a\s+|o\s+)?" + _VICTIM_WORD + r"\b",
    re.IGNORECASE,
)
# "Remitan la información de la cuenta al correo x@y", "bitte senden Sie die Daten an x@y", "return the records to
# x@y": where the answer goes, a verb of sending then "to" (and an address word) right before the address.
_REPLY_TO = re.compile(
    r"\b(?:send|sent|return|reply|forward|deliver|mail|remit\w*|envi[aáeé]\w*|mand[ae]\w*|respond\w*|dirij\w*|dirig\w*|"
    r"adress\w*|envoy\w*|transmet\w*|transmit\w*|retourn\w*|renvoy\w*|send\w*|schick\w*|übermitt\w*|übersend\w*|"
    r"antwort\w*|invi[ae]\w*|trasmett\w*|inoltr\w*|restitu\w*|encaminh\w*|remet\w*)\b[^.!?\n]{0,80}?"
    r"(?:\b(?:to|at|al|à|au|an|para|ao|alla|allo)\s+|\ball['’]\s*)(?:(?:the|my|our|la|el|le|die|den|das|il|o)\s+|l['’])?"
    r"(?:(?:following\s+)?(?:e-?mail|correo(?:\s+electr[óo]nico)?|direcci[óo]n(?:\s+de\s+correo)?|adresse|E-Mail(?:-Adresse)?|"
    r"indirizzo|endere[çc]o)(?:\s+(?:address|e-?mail|électronique|de\s+e-?mail|di\s+posta(?:\s+elettronica)?))?\s*:?\s*)?$",
    re.IGNORECASE,
)
# "her own account", "su propia cuenta", "son propre compte", "ihr eigenes Konto", "il suo account", "sua própria conta".
_THEIR_OWN = re.compile(
    r"\b(?:her|his|their|su|sus|sa|son|ses|ihr(?:e[mnrs]?)?|sein(?:e[mnrs]?)?|seu|sua|suo)\s+(?:own\s+|propi[oa]\s+|"
    r"propre\s+|eigene[mnrs]?\s+|própri[oa]\s+|propri[oa]\s+)?(?:personal\s+)?" + _ACCOUNT + _THEN,
    re.IGNORECASE,
)
# "her bank account number 4481229911", "la cuenta bancaria número ...", "das Girokonto ...": money, not a platform's account.
_BANK = re.compile(
    r"\b(?:bank(?:ing)?|checking|savings|brokerage|credit\s+card|debit\s+card|IBAN|routing|wire|cuenta\s+bancaria|"
    r"cuenta\s+corriente|compte\s+(?:bancaire|courant)|Bankkonto|Girokonto|Konto(?:nummer)?\s+bei\s+der|conto\s+corrente|"
    r"conto\s+bancario|conta\s+(?:bancária|corrente))(?:\s+accounts?)?(?:\s+(?:number|no\.?|#|número|numéro|Nummer|numero|"
    r"n\.?º))?\s*[:#]?\s*$",
    re.IGNORECASE,
)
_REACH = 120


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Where ``value`` (an account name, an address or a URL) is written in ``text``."""
    name = re.escape(value.lstrip("@"))
    return [match.span() for match in re.finditer(rf"(?<![\w.@/-])@?{name}(?![\w@-]|\.\w)", text, re.IGNORECASE)]


# "Do not produce any records of @x", "accounts other than @x", "@x, who is not a subject": an account the demand
# leaves out.
_EXCLUDED = re.compile(
    r"(?:\b(?:do|does|shall|should|need|must|will)\s+not\s+(?:produce|provide|disclose|include|search|preserve|send)\b"
    r"|\b(?:excluding|except(?:\s+for)?|other\s+than|not\s+including|with\s+the\s+exception\s+of)\b)[^.;!?\n]{0,60}$",
    re.IGNORECASE,
)
_EXCLUDED_AFTER = re.compile(
    r"^\S{0,2}\s*,?\s*(?:who|which)\s+(?:is|was)\s+not\s+(?:a|the|an?\s+\w+)\s+(?:subject|target|suspect)\b",
    re.IGNORECASE,
)


def _role(before: str, after: str) -> str | None:
    """The role of the account written between ``before`` and ``after``, if it is not the subject's."""
    sentence = re.split(r"[.!?]\s+(?=[A-Z¿¡])|\n\s*\n", before)[-1]
    if _EXCLUDED.search(sentence) or _EXCLUDED_AFTER.search(after):
        return "an account the demand leaves out"
    if COUNTERPARTY.search(before) and not re.search(r"\b" + _VICTIM_WORD, sentence, re.IGNORECASE):
        # "messages sent to @x"; but "the complainant received messages from @x": x is whom the demand is about
        return "the other party of the target's messages"
    if _REPLY_TO.search(sentence):
        return "the address the answer goes to"
    victim = _VICTIM.search(before)
    if (
        victim is not None
        and not _NOT_THE_VICTIMS.search(victim.group("tail"))
        and _VICTIM_TAIL.search(victim.group("tail"))
    ):
        return "a victim's or witness's account"
    if _THEIR_OWN.search(before) and re.search(r"\b" + _VICTIM_WORD, sentence, re.IGNORECASE):
        return "a victim's or witness's account"  # "the victim ... using her own account "x""
    if _VICTIM_AFTER.search(after) or _VICTIM_ROW_BEFORE.search(before) or _VICTIM_ROW_AFTER.search(after):
        return "a victim's or witness's account"
    if _OWN.search(before):
        return "the requester's own account"
    if _BANK.search(before):
        return "a bank account"
    return None


# "our earlier request for @x (your reference 55121)", "la solicitud anterior relativa a la cuenta @x": an
# account an earlier demand named, which this one may or may not name again.
_EARLIER_WORD = (
    r"(?:earlier|previous|prior|original|initial|first|anterior|previa|précédente?|antérieure?|initiale|vorherige[nmrs]?|"
    r"frühere[nmrs]?|ursprüngliche[nmrs]?|precedente|anteriore|originale)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:requests?|letters?|demands?|subpoenas?|warrants?|orders?|preservations?|solicitud(?:es)?|oficios?|requerimientos?|"
    r"demandes?|réquisitions?|Ersuchen|Anfragen?|Anordnung(?:en)?|richiest[ae]|pedidos?|solicitaç(?:ão|ões)|ofícios?)\b"
)
_EARLIER = re.compile(
    r"\b"
    + _EARLIER_WORD
    + r"(?:\s+\w+)?\s+(?:for|of|on|regarding|concerning|about|para|de|sobre|pour|concernant|für|zu|zum|per|relativ[oa]\s+a)"
    r"\s+(?:(?:the|la|el|le|das|dem|den|il|o|a)\s+|l['’])?(?:"
    + _ACCOUNT
    + r"\s+)?["
    + re.escape(OPENING_QUOTES)
    + r"]?\s*@?$",
    re.IGNORECASE,
)
# "Your response dated November 3 stated that no records were found for the account "x"", "(formerly @x)": a name an
# earlier letter or the account's history gives, which this demand may or may not name again.
_EARLIER_NAME = re.compile(
    r"\b(?:your|vuestra|su|votre|Ihre?|vostra|sua)\s+(?:[\w-]+\s+)?(?:response|reply|answer|letter|e-?mail|respuesta|"
    r"contestación|réponse|Antwort|Schreiben|risposta|resposta)\b[^.;\n]{0,80}$"
    # "In a prior case you produced records for @x", "you previously disclosed the subscriber of @x"
    r"|\b(?:prior|earlier|previous|another|separate|unrelated)\s+(?:case|matter|investigation|proceeding)\b[^.;\n]{0,80}$"
    r"|\b(?:previously|already)\s+(?:produced|provided|disclosed|preserved|supplied)\b[^.;\n]{0,60}$"
    r"|\b(?:formerly|previously(?:\s+(?:known\s+as|named|called))?|f/?k/?a|antes|anteriormente|anciennement|auparavant|früher|"
    r"ehemals|vormals|precedentemente|già)\s*:?\s*[" + re.escape(OPENING_QUOTES) + r"]?\s*@?$",
    re.IGNORECASE,
)
_EARLIER_AFTER = re.compile(
    r"^\S{0,2}\s+(?:\([^)]{0,40}\)\s+)?(?:named|listed|identified|mentioned|cited|given)\s+in\s+(?:our|the|my|your)\s+"
    + _EARLIER_WORD,
    re.IGNORECASE,
)


def earlier_only(text: str, values: Iterable[str]) -> list[str]:
    """The accounts among ``values`` that ``text`` names only as those of an earlier demand."""
    return [
        value
        for value in values
        if (found := _occurrences(text, value))
        and all(
            _EARLIER.search(text[max(0, at - _REACH) : at])
            or _EARLIER_NAME.search(text[max(0, at - _REACH) : at])
            or _EARLIER_AFTER.search(text[end : end + _REACH])
            for at, end in found
        )
    ]


def side_roles(text: str, values: Iterable[str], signature: tuple[int, int] | None = None) -> dict[str, str]:
    """The accounts among ``values`` that ``text`` names only in another role than the demand's subject,
    each with that role; an account named even once otherwise (a target label, a demand) is not among them.
    ``signature``: where the signer's own lines are (the name line and the lines under it): an account
    there is the requester's."""
    roles: dict[str, str] = {}
    for value in values:
        found = _occurrences(text, value)
        if not found:
            continue
        seen = [
            "the requester's own account (in the signature)"
            if signature is not None and signature[0] <= at < signature[1]
            else _role(text[max(0, at - _REACH) : at], text[end : end + _REACH])
            for at, end in found
        ]
        if all(seen):
            roles[value] = str(seen[0])
    return roles
