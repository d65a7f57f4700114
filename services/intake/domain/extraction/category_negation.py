"""Words that take a data category out of a demand: a negation before it ("not", "except", "sans", "ohne"), one
after it ("content is not sought", "will be sought by a separate warrant"), a later request it is left to. Pure."""

from __future__ import annotations

import re

from shared.vocabulary import DataCategory

# A negation reaches the words after it up to the end of its clause: ", and the account's location
# history" after "other than the Plaintiff" starts another item the demand names.
_SCOPE = r"(?:(?!,\s+(?:and|as well as|plus)\s+(?:the|its|all|any|their|his|her)\b)[^.;:\n]){0,45}$"
# What the requester already holds is not asked for: "we have already captured the public posts".
_HAVE = (
    r"\balready\s+(?:captured|obtained|collected|received|downloaded|archived|reviewed|saved|have|has|possess(?:es)?)\b"
    r"|\b(?:is|are)\s+already\s+in\s+(?:our|its|the\s+government['’]s)\s+possession\b"
)
# "Including, but not limited to", "no later than", "not only ... but also": no negation of what follows.
_NOT = r"\bnot\b(?!,?\s+(?:limited|later|earlier|sooner|more|less|fewer|only)\b)"
_NO = r"\bno\b(?!\s+(?:later|earlier|sooner|more|less|fewer)\s+than\b)"
# "Nothing in this order requires the disclosure of ...".
_NOTHING = r"\bnothing\s+(?:in|herein)\b[^.;:\n]{0,30}?\b(?:requires?|authori[sz]es?|compels?|permits?|directs?|calls?\s+for|seeks?)\b"
NEGATED = re.compile(
    r"(?:"
    + _NOTHING
    + "|"
    + _NOT
    + r"|\bexcluding\b|\bexcept\b|\bother than\b|"
    + _NO
    + r"|\bnor\b|\bwithout\b|\bwithdr[ae]w\w*|"
    + _HAVE
    + ")"
    + _SCOPE,
    re.IGNORECASE,
)
# In Portuguese "no" is "in the" ("no prazo de"): not a negation.
NEGATED_NO_NO = re.compile(
    r"(?:"
    + _NOTHING
    + "|"
    + _NOT
    + r"|\bexcluding\b|\bexcept\b|\bother than\b|\bnor\b|\bwithout\b|\bwithdr[ae]w\w*|"
    + _HAVE
    + ")"
    + _SCOPE,
    re.IGNORECASE,
)
# "not", "except", "without" in the other languages read.
FOREIGN_NEGATED = re.compile(
    r"(?:\b(?:nicht|keine?n?|ohne|ausgenommen|au(?:ß|ss)er|sin|excepto|salvo|salvo|ni|sauf|sans|hormis|à l.exception d\w*|"
    r"exceto|sem|nem|senza|eccetto|tranne|né|não|non|à l.exclusion d\w*|exclusion faite d\w*|con exclusión d\w*|excluid[oa]s?|excluíd[oa]s?|exclu[íi]d[oa]s?|escluso|esclusa|esclusi|escluse|ad esclusione d\w*|ausgeschlossen|"
    r"con esclusione d\w*|con excepción d\w*|a excepción d\w*|à exceção d\w*|com exceção d\w*|exceção feita a\w*|"
    r"fatta eccezione per|ad eccezione d\w*|hors|en dehors d\w*|abgesehen von|mit Ausnahme d\w*)\b)[^.;:\n]{0,45}$",
    re.IGNORECASE,
)

# Records a later, separate request would ask for, not this one: "any request for the content of
# communications must be made through the Mutual Legal Assistance channel".
DEFERRED = re.compile(
    r"\b(?:any|a\s+(?:separate|future|later|subsequent)|future|separate|subsequent|cualquier|toute?|jede[rn]?|"
    r"qualquer|qualsiasi)\s+(?:requests?|applications?|demands?|solicitud(?:es)?|petici[óo]n|demandes?|requêtes?|"
    r"Anfragen?|Ersuchen|pedidos?|solicitaç(?:ão|ões)|richiest[ae])\s+(?:for|of|seeking|to\s+obtain|de|nach|di)\b"
    r"[^.;:\n]{0,45}$",
    re.IGNORECASE,
)

# A negation after the words it negates, in the same clause: "Inhalte werden nicht verlangt", "content is not
# sought", "los contenidos no se solicitan", "le contenu n'est pas demandé". Only up to the next comma or
# conjunction: "the name and address, and contents are not sought" negates the contents alone.
_AFTER = (
    r"(?:\b(?:is|are|was|were|will|shall|would)\s+not\s+(?:be\s+)?(?:being\s+)?"
    r"(?:requested|sought|required|needed|demanded|necessary|included|covered|authori[sz]ed|permitted|compelled)\b"
    # "The request for IP logs has been removed", "IP logs are outside the scope of this subpoena".
    r"|\b(?:has|have)\s+been\s+(?:removed|withdrawn|deleted|struck|dropped|omitted|excluded)\b"
    r"|\b(?:is|are|was|were)\s+(?:removed|withdrawn|deleted|struck|dropped)\b"
    r"|\b(?:is|are|falls?)\s+(?:outside|beyond)\s+(?:the\s+)?scope\b"
    # What the requester already holds: "have already been captured", "ont déjà été captées", "ya han sido obtenidos".
    r"|\b(?:has|have)\s+already\s+been\s+(?:captured|obtained|collected|received|preserved|produced|provided|saved)\b"
    r"|\b(?:ont|a)\s+déjà\s+été\s+(?:capt|obtenu|recueilli|collect|saisi|transmis|fourni|conserv)\w*"
    r"|\bya\s+(?:han|ha)\s+sido\s+(?:obtenid|capturad|recabad|aportad|recibid)\w*"
    r"|\bjá\s+(?:foram|foi)\s+(?:obtid|capturad|coletad|recebid|fornecid)\w*"
    r"|\b(?:sono|è)\s+già\s+stat[aeio]\s+(?:acquisit|ottenut|raccolt|ricevut|fornit)\w*"
    r"|\b(?:wurden|wurde|sind|ist)\s+bereits\s+(?:gesichert|erhoben|übermittelt|erlangt|beschafft|erhalten)\b"
    # "Message content is excluded", "location data ... is no longer needed", "the contents will be sought by a
    # separate warrant": not asked for here.
    r"|\b(?:is|are|was|were|will\s+be|shall\s+be)\s+(?:expressly\s+|hereby\s+|specifically\s+)?(?:excluded|exempted|omitted)\b"
    r"|\b(?:is|are)\s+no\s+longer\s+(?:being\s+)?(?:requested|sought|required|needed|necessary|at\s+issue)\b"
    r"|\b(?:will|would|shall|may)\s+be\s+(?:sought|requested|obtained|pursued|addressed|demanded)\s+(?:by|through|via|in|under|with)"
    r"\s+(?:a\s+|an\s+)?(?:separate|later|future|subsequent|different|additional|further)\b"
    r"|\b(?:will|shall)\s+be\s+(?:sought|requested|obtained|demanded)\s+separately\b"
    r"|\bfer(?:a|ont)\s+l['’]objet\s+d['’]une?\s+(?:demande|réquisition|requête|commission rogatoire)\s+"
    r"(?:ultérieure|distincte|séparée|complémentaire|spécifique)"
    r"|\bsar(?:à|anno)\s+(?:richiest|domandat|acquisit)\w*\s+(?:con|mediante|tramite|in)\s+(?:separat|successiv|apposit|ulterior)"
    r"|\bser(?:á|ão|án)\s+(?:requisitad|solicitad|requerid|pedid)\w*\s+(?:por meio de|mediante|em|en|por|a través de)\s+"
    r"[^.;\n]{0,30}?(?:posterior|separad|própri|futur|distint|ulterior)"
    r"|\bse\s+solicitar(?:á|án)\s+(?:mediante|en|por|a través de)\s+[^.;\n]{0,30}?(?:posterior|separad|futur|distint|ulterior)"
    r"|\bwerden?\s+(?:gesondert|separat|später|in\s+einem\s+(?:gesonderten|weiteren|späteren)\s+\w+)\s+"
    r"(?:angefordert|beantragt|verlangt|ersucht)"
    r"|\b(?:isn['’]t|aren['’]t)\s+(?:requested|sought|required|needed|necessary)\b"
    r"|\b(?:werden|wird|sind|ist)\s+(?:hiermit\s+|ausdrücklich\s+|ebenfalls\s+)?nicht\s+(?:\w+\s+)?"
    r"(?:verlangt|erforderlich|benötigt|angefordert|gefordert|erbeten|ersucht|notwendig|umfasst|Gegenstand|beantragt)\b"
    r"|\bno\s+(?:(?:es|son|será|serán)\s+)?(?:solicitad|requerid|necesari|objeto|pedid|incluid)\w*"
    r"|\bno\s+se\s+(?:solicit|requier|pid)\w*"
    r"|\bn(?:e\s+|['’])(?:sont|est|seront|sera)\s+pas\s+(?:demandé|requis|sollicité|nécessaire|concerné|visé|l['’]objet)\w*"
    r"|\bnão\s+(?:(?:é|são|será|serão)\s+)?(?:solicitad|requerid|requisitad|necessári|objeto|pedid|incluíd)\w*"
    r"|\bnão\s+se\s+(?:solicit|requer|ped)\w*"
    r"|\bnon\s+(?:(?:è|sono|sarà|saranno)\s+)?(?:richiest|necessari|oggetto|domandat|inclus)\w*"
    r"|\bnon\s+si\s+(?:richied|chied)\w*)"
)
NEGATED_AFTER = re.compile(
    r"(?:(?!\b(?:and|or|but|und|oder|aber|sondern|y|o|pero|et|ou|mais|e|mas|ma|ed)\b)[^.;:!?,\n]){0,50}?" + _AFTER,
    re.IGNORECASE,
)
# The same negation after a subject of several items joined without a comma ("IP logs and message content are
# outside the scope"): the first item may be negated too, or may be another demanded item ("the name and the
# photos are not needed" is unclear): a doubt, not a reading.
NEGATED_AFTER_JOINED = re.compile(r"[^.;:!?,\n]{0,60}?" + _AFTER, re.IGNORECASE)

# ", including", ", namely": the items after it belong to the demand's list again, unless they are of the kind
# the negation named ("do not produce content, including messages" still negates the messages).
_INCLUDING = re.compile(
    r"[,;–—]\s*(?:but\s+)?(?:including|to include|namely|in particular|y compris|notamment|incluid[oa]s|incluyendo|"
    r"en particular|einschlie(?:ß|ss)lich|insbesondere|incluindo|inclusive|compres[io]|ivi compres[io]|in particolare)\b",
    re.IGNORECASE,
)


def lists_after_negation(
    raw: str,
    category: DataCategory,
    patterns: list[tuple[DataCategory, re.Pattern[str], float]],
    negated: re.Pattern[str],
) -> bool:
    """Whether the words before a match (``raw``) negate other records and then list the demand's own: "all
    information other than the contents of communications, including subscriber information"."""
    includings = list(_INCLUDING.finditer(raw))
    if not includings:
        return False
    including = includings[-1]
    head = raw[: including.start()]
    negation = negated.search(head) or FOREIGN_NEGATED.search(head)
    if negation is None:
        return False
    named = {c for c, p, _ in patterns if p.search(head, negation.start())}
    return bool(named) and category not in named
