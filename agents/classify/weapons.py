"""Weapons and munition counts: "four Katyusha rockets", "a one-way attack drone", "small arms fire".

Every term maps to one entry of :data:`streams.records.WEAPONS`. A count is only
read when a number directly governs the weapon noun ("five rockets", "two
one-way attack drones"): "a drone attack" names a weapon but not a count, and
"two of the drones were shot down" re-counts drones already counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agents.classify.dates import _MONTH
from agents.classify.numbers import NUMBER_RE, QUALIFIER_RE, guard_patterns, parse_number

# (weapon, pattern) in priority order: ballistic missiles before missiles.
_TERMS: tuple[tuple[str, str], ...] = (
    ("ballistic_missile", r"ballistic\s+missiles?"),
    ("drone", r"(?:drones?|UAVs?|UASs?|unmanned\s+aerial\s+(?:vehicles?|systems?|aircraft)|unmanned\s+aircraft"
              r"|loitering\s+munitions?|Shahed(?:-\d+)?s?)"),
    # "Katyusha missiles", "107mm missiles": rockets, whatever the outlet calls them
    ("rocket", r"(?:(?:Katyushas?|Grad|107\s*mm|122\s*mm|240\s*mm)(?:[\s-]+(?:rockets?|missiles?|projectiles?))?"
               r"|rockets?|rocket[\s-]+propelled\s+grenades?|RPGs?)"),
    ("missile", r"(?:(?:cruise|anti[\s-]tank|guided|surface[\s-]to[\s-]surface)\s+)?missiles?"),
    ("mortar", r"mortars?(?:\s+(?:shells?|rounds?|bombs?))?"),
    ("ied", r"(?:IEDs?|S?VBIEDs?|suicide\s+(?:car\s+)?bomb(?:ers?|ings?|s)?|roadside\s+(?:bombs?|explosions?|blasts?|devices?)|improvised\s+explosive\s+devices?|car\s+bombs?|explosive\s+devices?"
            r"|(?:explosive|bomb)[\s-]laden\s+vehicles?"
            # "a bomb exploded on the way of a coalition logistics convoy"
            r"|bombs?(?=\s+(?:has\s+|had\s+)?(?:exploded|went\s+off|detonated)\b)"
            r"|bombings?(?=\s+(?:of|against|on|targeting)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?convoys?\b))"),
    ("gunfire", r"(?:small[\s-]arms(?:\s+fire)?|gunfire|gunm[ae]n|shooting\s+attack|machine[\s-]?guns?(?:\s+fire)?|opened\s+fire|shots\s+(?:were\s+)?fired"
                # a patrol or convoy "came under fire": shot at on the move (a base "under fire" may be shelled)
                r"|(?:patrols?|convoys?)\s+(?:came|comes|come|coming)\s+under\s+fire)"),
)

_TERM_RE = re.compile(
    "|".join(f"(?P<{name}>\\b{pattern}\\b)" for name, pattern in _TERMS),
    re.IGNORECASE,
)
# Abbreviations must be capitals ("uas" is not a word, but "ied" could be a typo'd "lied").
_UPPER_ONLY = re.compile(r"^(?:UAVs?|UASs?|IEDs?|S?VBIEDs?|RPGs?)$", re.IGNORECASE)

# Adjectives that may sit between a count and its weapon noun.
_ADJ = (
    r"(?:[\"“‘']?(?:[\w]+-(?:made|produced|built|manufactured|designed)|one[\s-]way|attack|suicide|kamikaze|explosives?[\s-]laden|bomb[\s-]laden|booby[\s-]trapped|armed|explosive"
    # "three 107-mm (4.2-inch) rockets", "an unidentified drone"
    r"|\d+[\s-]*mm\s+\([^()]{1,20}\)|\d+-mm|unidentified|unknown|lone|loitering|improvised"
    r"|Katyusha|Grad|weaponi[sz]ed|Iranian[\s-]made|Shahed|bomber|(?:short|long|close|medium|mid|intermediate)[\s-]range|cruise|(?:un)?guided|anti[\s-]tank|combat|more"
    r"|\d+\s*mm|\d+[\s-]millimet(?:er|re)|unmanned|aerial|fixed[\s-]wing|small|large|additional|other|"
    r"ballistic|surface[\s-]to[\s-]surface|mortar|heavy|military|Iraqi|Iranian|enemy|hostile)[\"”’']?\s+){0,4}"
)
_COUNTED = {
    "rocket": r"(?:rockets?|Katyushas?|projectiles?\s+(?:rockets?)?)",
    "drone": r"(?:drones?|UAVs?|UAS|unmanned\s+aerial\s+(?:vehicles?|systems?))",
    "missile": r"missiles?",
    "mortar": r"(?:mortars?|mortar\s+(?:shells?|rounds?)|shells?|rounds?)",
    "projectile": r"(?:projectiles?|munitions?)",
}


def _round_nouns(group: str = "c", typed_only: bool = False) -> str:
    """The weapon nouns as one alternation, each in a group named ``<group>_<kind>`` that :func:`_kind` reads;
    ``typed_only`` leaves out the untyped "projectiles"."""
    return "|".join(f"(?P<{group}_{k}>{v})" for k, v in _COUNTED.items() if not (typed_only and k == "projectile"))


_COUNT_RE = re.compile(
    r"(?<![\w-])(?P<qual>" + QUALIFIER_RE + r")(?P<num>" + NUMBER_RE + r")\s+(?:of\s+)?" + _ADJ
    + r"(?P<noun>" + _round_nouns() + r")\b"
    # "two drone attacks" counts attacks, but "two drones attacked" counts drones
    r"(?!\s+(?:(?:attacks?|strikes|assaults?|launchers?|fire|barrages?|salvos?|units?|teams?|operators?|sites?|"
    r"cells?|bases?|programs?)\b|capabilit))"
    # ("two drone strike teams", but "Three rockets strike US base": a plural noun's verb)
    r"(?!(?<![sS])\s+strike\b)"
    r"(?!\s+of\s+(?:the|these|those|them|which))",
    re.IGNORECASE,
)

# "the drone was shot down", "another Katyusha rocket landed": one round, told in the singular as the subject of
# what it did.
_THE_ONE_RE = re.compile(
    # ("their unmanned aerial vehicle successfully struck the base": the attackers' one round)
    r"\b(?:the|another|their|its)\s+" + _ADJ + r"(?P<noun>" + _round_nouns(typed_only=True) + r")"
    # ("Another Katyusha rocket on Tuesday night landed")
    r"(?<!s)(?=(?:\s+on\s+[A-Z]\w+(?:\s+(?:night|morning|evening|afternoon))?)?"
    r"\s+(?:\w+ly\s+)?(?:was|had|struck|hit|landed|fell|crashed|exploded|impacted|managed|reached|targeted|slammed|detonated)\b)"
    # "forces shot down another one-way attack drone", "U.S. forces destroyed the drone": one round, told as the
    # object of its defeat
    r"|\b(?:shot\s+down|downed|intercepted|destroyed)\s+(?:another|the)\s+" + _ADJ + r"(?P<noun2>"
    + _round_nouns("c2", typed_only=True) + r")(?<!s)\b"
    # (not "destroyed the drone launch site": what a strike hit)
    r"(?!\s+(?:launch\w*|storage|facilit\w+|sites?|stations?|depots?|ground|control|factor\w+|warehouses?|units?|teams?"
    r"|cells?|operators?|programs?|capabilit\w+|infrastructure)\b)",
    re.IGNORECASE,
)
_MONTH_BEFORE_RE = re.compile(r"\b" + _MONTH + r"\s*$")
# "between 11 and 14 rockets": a range, no count.
_RANGE_BEFORE_RE = re.compile(r"\b(?:between\s+\S+\s+and|\d+\s*(?:to|-|–)|from\s+\S+\s+to)\s*$", re.IGNORECASE)

# Defences and comparisons name a weapon that was not used: "a counter-rocket system engaged
# the drones", "anti-drone guns", "C-RAM", "harder to detect than rockets", "instead of mortars".
_NOT_USED_RE = re.compile(
    r"\b(?:counter|anti)[\s-]+(?:rockets?|drones?|missiles?|mortars?|UAS|UAVs?|ballistic\s+missiles?)"
    r"(?:\s*,?\s*(?:artillery|and|mortars?|rockets?|missiles?)\b)*"
    r"|\bC-RAM\b"
    # "missile defense systems", "Patriot missile batteries", "air-defence missiles": the defences
    r"|\b(?:Patriot\s+)?missile[\s-]+(?:defen[cs]es?|defen[cs]e\s+systems?|batter(?:y|ies)|shield|interceptors?)\b"
    r"|\bPatriot\s+(?:missiles?|batter(?:y|ies)|systems?)\b|\b(?:air[\s-]defen[cs]e|interceptor)\s+missiles?\b"
    # "Defense systems fired rockets into the air to shoot down the drone": the defences' rounds
    r"|\b(?:defen[cs]es?|defen[cs]e\s+systems?|air[\s-]defen[cs]es?(?:\s+systems?)?|anti-aircraft\s+(?:guns?|systems?))\s+"
    r"(?:fired|launched|shot)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?)\b"
    r"|\b(?:fired|launched)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?)\s+(?:into\s+the\s+(?:air|sky)|to\s+(?:shoot|bring|take|knock)\s+"
    r"(?:it\s+|them\s+)?down|to\s+intercept)\b"
    # "the C-RAM was activated and several rockets were fired at a strange object near the embassy"
    r"|\b(?:rockets?|missiles?)\s+(?:were|was)\s+fired\s+(?:at|toward|towards)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:object|drones?|UAVs?|aircraft)\b"
    # ("more than 30 rockets" is a count, not a comparison)
    r"|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!over\s)(?<!greater\s)"
    r"\b(?:than|instead\s+of|rather\s+than|unlike)\s+(?![\d])(?:[\w-]+\s+){0,2}?(?:rockets?|drones?|missiles?|mortars?)\b"
    # A first word corrected: "Officials first reported the explosions as rockets, but they later determined mortar
    # fire was responsible", "having initially spoken of 'ballistic missiles'".
    r"|\b(?:initially|at\s+first|first|originally)\s+(?:[\w-]+\s+){0,2}?(?:reported|described|thought|believed|identified"
    r"|said|spoke\s+of|reporting|describing|saying|speaking\s+of)\b"
    r"[^.;]*?(?=,?\s+but\s+(?:[\w-]+\s+){0,3}?(?:later|then|subsequently|now)\b|,\s+(?:[\w-]+\s+){0,3}?later\b)"
    r"|\bhaving\s+(?:initially|first|originally)\s+(?:spoken\s+of|mentioned|reported|said)\b[^.;]*"
    # One ruled out beside the weapon told: "two rockets and not drones", "rockets, not drones".
    r"|(?:,|\band|\bbut)\s+not\s+(?:by\s+|with\s+)?(?:an?\s+)?(?:rockets?|drones?|missiles?|mortars?)\b",
    re.IGNORECASE,
)
_NOT_USED_HINTS = ("nti", "ounter", "than", "RAM", "nstead", "nlike", "efen", "atter", "atriot", "hield", "nterceptor",
                   "nitially", "irst", "riginally", " not ", "nto the ", " to shoot", " to intercept",
                   " to bring", " to take", " to knock", "fired at", "fired toward")


def _strip_unused(text: str) -> str:
    if not any(h in text for h in _NOT_USED_HINTS):
        return text
    return _NOT_USED_RE.sub(lambda m: " " * len(m.group(0)), text)


def find_weapons(text: str) -> set[str]:
    """The weapon categories named in ``text`` (not defences against them or comparisons with them)."""
    return set(_find_weapons(text))


@lru_cache(maxsize=8192)
def _find_weapons(text: str) -> frozenset[str]:
    found: set[str] = set()
    for m in _TERM_RE.finditer(_strip_unused(text)):
        if _UPPER_ONLY.match(m.group(0)) and not m.group(0).removesuffix("s").isupper():
            continue  # (a plural keeps its lower-case "s": "two IEDs")
        found.add(m.lastgroup or "unknown")
    return frozenset(found)


def munition_counts(text: str) -> dict[str, int]:
    """Largest stated count per weapon ("five rockets" -> {"rocket": 5}); "projectile" for untyped rounds."""
    return dict(_munition_counts(text))


@lru_cache(maxsize=8192)
def _munition_counts(text: str) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for m in _COUNT_RE.finditer(text):
        if re.match(r"(?:[Aa]\s+|[Aa]n\s+)?(?:second|third|fourth|fifth)", m.group("num")):
            continue
        value = parse_number(m.group("num"))
        if value is None or value <= 0 or value > 500:
            continue
        if _is_partial(text, m.end()) or _RANGE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) \
                or _OF_TOTAL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) \
                or _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # (a subset, a range, or the day of a date: "the January 20 ballistic missile attack")
        kind = _kind(m)
        counts[kind] = max(counts.get(kind, 0), value + _more_rounds(text, m.end()))
    for m in _COUNT_IN_NAME_RE.finditer(text):
        value = parse_number(m.group("num"))
        if value is not None and value > 1 and not _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            kind = _kind(m)
            counts[kind] = max(counts.get(kind, 0), value)
    for m in _TOTAL_AFTER_RE.finditer(text):
        value = parse_number(m.group("num") or m.group("num2"))
        if value is not None and 0 < value <= 500:
            kind = _kind(m)
            counts[kind] = max(counts.get(kind, 0), value)
    for m in _THE_ONE_RE.finditer(text):
        kind = _kind(m)
        counts.setdefault(kind, 1)
    for m in _ONE_AND_ANOTHER_RE.finditer(text):
        kind = _kind(m)
        counts[kind] = max(counts.get(kind, 0), 2)
    return tuple(counts.items())


# A total told after the rounds, set off by commas: "107 mm rockets, a total of 14, were launched", "rockets,
# 14 in all, ...".
_TOTAL_AFTER_RE = re.compile(
    r"(?P<noun>" + _round_nouns("c3") + r")\s*[,(]\s*(?:a\s+total\s+of\s+(?P<num>" + NUMBER_RE + r")"
    r"|(?P<num2>" + NUMBER_RE + r")\s+in\s+(?:total|all))\s*[,)]",
    re.IGNORECASE,
)
# A count written into the attack's name: "a 30-plus rocket attack", "a four-drone attack", "a 10-rocket barrage".
_COUNT_IN_NAME_RE = re.compile(
    r"(?<![\w-])(?:an?|the)\s+(?P<num>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty)(?:-plus|\+)?[\s-]+(?P<noun>" + _round_nouns("c3", typed_only=True) + r")\s+"
    r"(?:attack|barrage|salvo|volley|strike|assault)\b",
    re.IGNORECASE,
)
# Two rounds told one by one: "one drone was shot down, another impacted the base"; "both drones".
_ONE_AND_ANOTHER_RE = re.compile(
    r"\b(?:(?:one|a)\s+" + _ADJ + r"(?P<noun>" + _round_nouns(typed_only=True)
    + r")(?<!s)\b[^.;]{0,80}?\b(?:another|the\s+other)\b(?!\s+(?:attack|strike|base|site|incident|day|time|side|hand)s?\b)"
    r"|\bboth\s+" + _ADJ + r"(?P<noun2>" + _round_nouns("c2", typed_only=True)
    + r"))",
    re.IGNORECASE,
)


# The rounds told right after a count: "two drones ... while another one unexploded" (one more), "two drones
# from Syria and one from Iraq" (the second group).
_ONE_MORE_AFTER_RE = re.compile(
    r"[^.;]{0,80}?\b(?:while|and|but|as)\s+(?:another|one\s+more)(?:\s+one)?\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|bases?|sites?|incidents?|days?|times?|targets?|positions?)\b)",
    re.IGNORECASE,
)
_FROM_AND_FROM_RE = re.compile(
    r"\s+from\s+[^.;,]{1,30}?\s+and\s+(?P<num>" + NUMBER_RE + r")\s+(?:more\s+)?from\b", re.IGNORECASE)


def _more_rounds(text: str, end: int) -> int:
    """How many rounds the words right after a count add to it."""
    if "nother" not in text and "more" not in text and "from" not in text:
        return 0
    further = _FROM_AND_FROM_RE.match(text, end)
    if further is not None:
        return parse_number(further.group("num")) or 0
    return 1 if _ONE_MORE_AFTER_RE.match(text, end) else 0


def _kind(m: re.Match[str]) -> str:
    kind = next(k.split("_", 1)[1] for k, v in m.groupdict().items() if k.startswith(("c_", "c2_", "c3_")) and v)
    if kind == "rocket" and re.search(r"ballistic", m.group(0), re.IGNORECASE):
        kind = "ballistic_missile"
    return kind


# "Of 14 rockets fired, three 107 mm rounds hit the airport": the count after it is a subset of that total.
_OF_TOTAL_BEFORE_RE = re.compile(
    r"(?:^|[.;:]\s)\s*[\"“]?Of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+(?:\s+(?:fired|launched|shot))?\s*,\s*$")


def _is_partial(text: str, end: int) -> bool:
    """A count that follows "of which" is a subset of another count, not a new total."""
    return bool(re.match(r"\s*(?:of\s+which|,\s*of\s+which)", text[end:end + 15]))


def total_munitions(counts: dict[str, int]) -> int | None:
    """Sum of counts across typed weapons; untyped projectiles only when nothing typed was counted."""
    typed = [v for k, v in counts.items() if k != "projectile"]
    if typed:
        return sum(typed)
    return counts.get("projectile")


# Speed: the weapon patterns sit behind a literal pre-check (same answers, see numbers.py).
guard_patterns(globals(), "_TERM_RE", "_COUNT_RE", "_NOT_USED_RE", "_THE_ONE_RE", "_COUNT_IN_NAME_RE", "_TOTAL_AFTER_RE")
