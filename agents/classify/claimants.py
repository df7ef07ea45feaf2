"""Who claimed an attack: group names, their many spellings, and claims told apart from denials.

Militias are spelled a dozen ways in English copy (Kataib Hezbollah, Kata'ib
Hizballah, KH), so every spelling maps to one canonical name.

Only a *claim* names the claimant: "X claimed responsibility", "claimed by X",
"X said it attacked", "X endorsed the attack", "X targeted the base". A denial
("X denied issuing the statement"), a U.S. attribution ("blamed on X") or a
mere mention ("the leader of X gave a speech") does not.

Umbrella versus front group: when one claim is told both as the umbrella (the
Islamic Resistance in Iraq) and as the front that signed it ("identifying
themselves as al-Thawriyoun"), basewatch keeps the first group the article
names as the claimant. That is usually the umbrella, which is also what other
outlets covering the same attack name, so reports of one attack agree when
they are merged. A front group that claims on its own (Saraya Qasem al-Jabarin
in 2022) is of course kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from agents.classify.numbers import guard_patterns

# canonical -> spellings (regex fragments; separators between words are flexible).
GROUPS: dict[str, tuple[str, ...]] = {
    "Islamic Resistance in Iraq": (
        "Islamic Resistance in Iraq",
        "Islamic Resistance of Iraq",
        "Iraqi Islamic Resistance Movement",
        "Iraqi Islamic Resistance",
        "Islamic Iraqi Resistance",
        "Islamic Resistance Iraq",
        "al-Muqawama al-Islamiya fil-Iraq",
        "al-Muqawama al-Islamiya fi al-Iraq",
        "Muqawama al-Islamiyya fi al-Iraq",
        "Islamic Resistance",
        "IRI",
    ),
    "Kataib Hezbollah": (
        "Kataib Hezbollah",
        "Kata'ib Hezbollah",
        "Kataib Hizballah",
        "Kata'ib Hizballah",
        "Kataib Hizbollah",
        "Kataeb Hezbollah",
        "Kataeb Hizbullah",
        "Kataib Hizbullah",
        "Kata'ib Hizbullah",
        "Katayib Hezbollah",
        "Hezbollah Brigades",
        "Hizballah Brigades",
        "KH",
    ),
    "Harakat al-Nujaba": (
        "Harakat Hezbollah al-Nujaba",
        "Harakat Hizballah al-Nujaba",
        "Harakat al-Nujaba",
        "Harakat al-Nujabaa",
        "Nujaba Movement",
        "al-Nujaba",
        "al-Nujabaa",
        "Nujaba",
        "Nujabaa",
    ),
    "Kataib Sayyid al-Shuhada": (
        "Kataib Sayyid al-Shuhada",
        "Kata'ib Sayyid al-Shuhada",
        "Kataeb Sayyid al-Shuhada",
        "Kataib Sayyed al-Shuhada",
        "Kataeb Sayyed al-Shuhada",
        "Kataib Sayyid al-Shuhadaa",
        "Sayyid al-Shuhada Brigades",
        "KSS",
    ),
    "Saraya Qasem al-Jabarin": (
        "Saraya Qasem al-Jabarin",
        "Saraya Qassem al-Jabbarin",
        "Saraya Qasim al-Jabbarin",
        "Saraya Qassim al-Jabbarin",
        "Saraya Qasem al-Jabbarin",
        "Qasem al-Jabarin",
        "Qassem al-Jabbarin",
        "Qasim al-Jabbarin",
        # (transliterations double a letter at will)
        "Qasem al-Jabbarin",
        "Qassem al-Jabarin",
        "Qasim al-Jabarin",
        "Saraya Qassem al-Jabarin",
        "Saraya Qasim al-Jabarin",
    ),
    "al-Thawriyoun": (
        "al-Thawriyoun",
        "al-Thawriyun",
        "al-Thawriyyun",
        "Thawriyoun",
        "Thawriyun",
        "The Revolutionaries",
    ),
    "Ashab al-Kahf": (
        "Ashab al-Kahf",
        "Ashab al-Kahaf",
        "Asaheb al-Kahf",
        "Ashab Al Kahf",
        "People of the Cave",
        "Companions of the Cave",
    ),
    "Tashkil al-Waritheen": (
        "Tashkil al-Waritheen",
        "Tashkeel al-Waritheen",
        "Tashkil al-Warithin",
        "Formation of the Inheritors",
    ),
    "Saraya Awliya al-Dam": (
        "Saraya Awliya al-Dam",
        "Saraya Awliyaa al-Dam",
        "Saraya Awlia al-Dam",
        "Awliya al-Dam",
        "Awlia al-Dam",
        "Awliyaa al-Dam",
        "Awliya ad-Dam",
        "Saraya Awliya ad-Dam",
        # (the German spelling)
        "Saraja Awlija al-Dam",
        "Awlija al-Dam",
        "Guardians of Blood Brigade",
        "Guardians of the Blood Brigade",
        "Guardians of the Blood",
        "Guardians of Blood",
    ),
    "Kataib al-Imam Ali": (
        "Kataib al-Imam Ali",
        "Kata'ib al-Imam Ali",
        "Kataeb al-Imam Ali",
        "Kataib Imam Ali",
        "Imam Ali Brigades",
    ),
    "Asaib Ahl al-Haq": (
        "Asaib Ahl al-Haq",
        "Asa'ib Ahl al-Haq",
        "Asaeb Ahl al-Haq",
        "Assaib Ahl al-Haq",
        "League of the Righteous",
        "AAH",
    ),
    "Saraya Khorasani": (
        "Saraya Khorasani",
        "Saraya al-Khorasani",
        "Saraya Khurasani",
        "Khorasani Brigades",
    ),
    "Saraya Thar al-Muhandis": (
        "Saraya Thar al-Muhandis",
        "Saraya Tha'ar al-Muhandis",
        "Saraya Thaar al-Muhandis",
        "brigades to avenge al-Muhandis",
        "Brigades of Revenge for al-Muhandis",
    ),
    "Usbat al-Thaireen": (
        "Usbat al-Thaireen",
        "Usbat al-Tha'ireen",
        "Osbat al-Thaereen",
        "Usbat al-Thaereen",
        "League of Revolutionaries",
    ),
    "Islamic Revolutionary Guard Corps": (
        "Islamic Revolutionary Guard Corps",
        "Islamic Revolutionary Guards Corps",
        "Iran's Revolutionary Guards",
        "Revolutionary Guard Corps",
        "Revolutionary Guards Corps",
        "Revolutionary Guards",
        "Revolutionary Guard",
        "Islamic Revolutionary Guard",
        "IRGC",
    ),
    "Islamic State": (
        "Islamic State",
        "ISIS",
        "ISIL",
        "Daesh",
    ),
    "Houthis": (
        "Ansar Allah",
        "Ansarullah",
        "Houthis",
        "Houthi rebels",
        "Houthi movement",
        "Houthi militia",
    ),
}

# Abbreviations only count in capitals; everything else is case-insensitive.
_CASE_SENSITIVE = {"IRI", "KH", "KSS", "AAH", "IRGC", "ISIS", "ISIL"}


def _longest_word(spelling: str) -> str:
    return max(re.split(r"[\s\-'’]+", spelling.lower()), key=len)


# One lower-case word of every spelling (its longest): a text naming a group holds one of them,
# so a reader can skip the claim patterns on text that holds none.
GROUP_WORDS: tuple[str, ...] = tuple(sorted({_longest_word(spelling) for spellings in GROUPS.values()
                                             for spelling in spellings if spelling not in _CASE_SENSITIVE}))


def _spelling_pattern(spelling: str) -> str:
    words = re.split(r"[\s\-']+", spelling)
    return r"[\s\-'’]*".join(re.escape(w) for w in words if w)


def _build() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    loose, strict = [], []
    for canonical, spellings in GROUPS.items():
        for spelling in spellings:
            key = _key(spelling)
            lookup[key] = canonical
            (strict if spelling in _CASE_SENSITIVE else loose).append(spelling)
    loose.sort(key=len, reverse=True)
    # "Islamic Resistance" alone is the Iraqi umbrella, but never the Lebanese or Palestinian ones.
    loose_re = re.compile(
        r"(?<![\w])(?:" + "|".join(_spelling_pattern(s) for s in loose) + r")(?![\w])"
        r"(?!\s+(?:in|of)\s+(?:Lebanon|Bahrain|Palestine|Yemen|Syria)|\s+Movement|\s+Committee)",
        re.IGNORECASE,
    )
    strict_re = re.compile(r"(?<![\w-])(?:" + "|".join(strict) + r")(?![\w-])")
    return loose_re, strict_re, lookup


def _key(text: str) -> str:
    return re.sub(r"[\s\-'’]+", "", text.lower())


_LOOSE_RE, _STRICT_RE, _LOOKUP = _build()


@dataclass(frozen=True)
class GroupMention:
    canonical: str
    start: int
    end: int


def find_groups(text: str) -> list[GroupMention]:
    """Every armed group named in ``text``, in order of appearance."""
    found = []
    for pattern in (_LOOSE_RE, _STRICT_RE):
        for m in pattern.finditer(text):
            canonical = _LOOKUP.get(_key(m.group(0)))
            if canonical and not any(m.start() < g.end and g.start < m.end() for g in found):
                found.append(GroupMention(canonical, m.start(), m.end()))
    return sorted(found, key=lambda g: g.start)


def canonical_group(name: str) -> str | None:
    """The canonical name of a group spelling, or None when unknown."""
    return _LOOKUP.get(_key(name))


# A claim: the group's own statement that it carried out the attack.
_CLAIM_RE = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|took\s+responsibility|takes\s+responsibility|assumed\s+responsibility|took\s+credit|takes\s+credit"
    r"|endorse[ds]?|endorsing|adopted|responsibility\s+for|"
    # ('said in a statement dated Sunday that its "mujahideen" conducted an operation')
    r"said\s+(?:\S+\s+){0,6}?(?:that\s+)?(?:it|they|its\s+[\"“']?(?:fighters|members|forces|drones?|mujahideen|mujahidin)[\"”']?"
    r"|their\s+fighters)\s+(?:had\s+|have\s+|has\s+)?(?:attack|target|struck|hit|launch|fire|shell|bomb|conduct|carried\s+out)"
    # ("announced on Sunday that it carried out", and glossed from a language that drops the pronoun, "that carried out")
    r"|announced\s+(?:(?:on|late|early|in|this)\s+\S+\s+(?:\S+\s+)?)?(?:that\s+)?(?:it|they|its\s+fighters)?\s*(?:had\s+)?(?:attack|target|struck|hit|launch|carried|conducted|executed)"
    # ("The Islamic Resistance stated that offensives were carried out with drones ... at bases in Al-Tanf")
    r"|(?:stated|said|announced)\s+that\s+(?:the\s+|its\s+)?(?:offensives?|attacks?|operations?|strikes?)\s+(?:were|was|had\s+been)\s+"
    r"(?:carried\s+out|conducted|launched|executed)"
    r"|(?:stated|confirmed)\s+that\s+(?:it|they)\s+(?:had\s+)?(?:attack|target|struck|hit|launch|fired|shelled)"
    r"|in\s+a\s+statement|statement\s+(?:by|from|issued\s+by|attributed\s+to)"
    r"|(?:said|says|stated|announced|declared)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|is|are)\s+behind"
    r"|(?:said|says|announced|stated)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|executed)"
    r"|announced\s+(?:the|an|its)\s+(?:\w+\s+)?(?:operation|attack|strike)"
    r"|(?:launch|target|attack|struck|hit|fire|bomb)\w*\s+(?:the|a|an|two|three|US|U\.S\.|American|coalition)\b)"
    # "The Islamic Resistance in Iraq's fighters carried out a drone strike on ..."
    r"|^['’]s?\s+(?:fighters|members|militants|forces|units|mujahideen)\s+(?:have\s+|had\s+)?"
    r"(?:carried\s+out|conducted|launched|attacked|targeted|struck|fired|hit)\b",
    re.IGNORECASE,
)
_DENIAL_RE = re.compile(
    r"\b(?:den(?:ied|ies|y|ying)|disavow\w*|distanc\w+|not\s+(?:been\s+)?responsible|reject(?:ed|s)?\s+(?:responsibility|claims?)"
    r"|no\s+(?:group|one|faction|party|militia|organi[sz]ation)\s+(?:has\s+|had\s+|immediately\s+|yet\s+)*(?:claimed|took|taken)"
    r"|no\s+(?:immediate\s+)?claims?\s+of\s+responsibility|without\s+(?:a\s+)?claim|unclaimed|fabricated|falsely"
    r"|blam\w+|accus\w+|attribut\w+|suspect\w*|believed\s+to(?!\s+(?:represent|include|comprise|consist|encompass)\b)|alleged(?:ly)?\b"
    # "Kataib Hezbollah has yet to issue a statement": no claim, whatever follows
    r"|(?:has|have|had)\s+(?:yet\s+to\s+|not\s+(?:yet\s+)?)(?:issue|claim|comment|release|make|publish)"
    # "Kataib Hezbollah, which has not said whether it fired the rockets": no claim
    r"|(?:has|have|had|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:said|say|stated|state|confirmed|confirm)\s+whether"
    # "The Islamic Resistance in Iraq didn't explicitly claim responsibility": no claim either
    r"|(?:did|does|do|would)(?:\s+not|n['’]t)\s+(?:\w+\s+)?(?:claim|take\s+(?:responsibility|credit))|never\s+claimed"
    # "... of Kataib Hezbollah, according to a statement by the U.S. Central Command": someone else speaks
    r"|according\s+to\s+(?:a|an|the)\s+(?:\w+\s+)?statement\s+(?:by|from|issued\s+by)\s+(?:the\s+)?"
    r"(?:U\.S\.|US\b|American|Pentagon|CENTCOM|Central\s+Command|Popular|PMF|Iraqi|coalition|Defen[cs]e|military|security"
    r"|Joint|Kurdistan|Syrian|SDF|Israeli|White\s+House|State\s+Department|officials?))"
    # "... an attack by Kataib Hezbollah on Erbil Air Base earlier today," Austin said in a statement: the U.S. speaks
    r"|\b(?:Austin|Pentagon|CENTCOM|Central\s+Command|White\s+House|State\s+Department|Defen[cs]e\s+(?:Secretary|Department))"
    r"\s+(?:\w+\s+)?(?:said|says|stated)\b"
    # "groups linked to it, which Washington says are behind the attacks" (and a gloss's "says Washington that")
    r"|\b(?:Washington|the\s+United\s+States|U\.S\.\s+officials|American\s+officials)\s+(?:says?|said|believes?|holds?)\b"
    r"|\b(?:says?|said)\s+(?:Washington|the\s+United\s+States)\b",
    re.IGNORECASE,
)
_SAME_GROUP_RE = re.compile(
    r"\b(?:claimed|endorsed|adopted)\s+by\s+the\s+same\s+(?:group|faction|militia|umbrella)"
    r"|\b(?:the\s+same\s+(?:group|faction|militia))\s+(?:also\s+)?(?:claimed|endorsed|said)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClaimReading:
    """What one sentence says about responsibility.

    ``claimant`` is the canonical group that claimed (None if none did);
    ``same_group`` is set when the sentence says "claimed by the same group";
    ``denied`` lists groups that denied or were merely blamed; ``last_group`` is the last
    group the sentence names, whatever it says of it, and ``group_claimed`` is set when
    the sentence has a group claim without a name ("The group claimed credit for ..."),
    which belongs to the group named before.
    """

    claimant: str | None
    same_group: bool
    denied: tuple[str, ...]
    last_group: str | None = None
    group_claimed: bool = False
    # "no individual or group has claimed responsibility for the attack yet": whatever the story says of a
    # campaign, this attack's claimant is unknown
    none_claimed: bool = False
    # "An Iraqi militia claimed responsibility": a claim by a group the sentence leaves unnamed
    unnamed_claim: bool = False
    # "The group, Saraya Awliya al-Dam, is one of ...": the name of a group a sentence before left unnamed
    named_group: str | None = None


@lru_cache(maxsize=8192)
def read_claims(sentence: str) -> ClaimReading:
    """Read the responsibility statements of one sentence.

    Each group mention is judged by the words between it and the next group
    mention (or the sentence end): a claim cue there makes it the claimant,
    unless a denial or attribution cue comes first.
    """
    same = bool(_SAME_GROUP_RE.search(sentence))
    groups = _without_abbreviations(sentence, find_groups(sentence))
    claimant: str | None = None
    denied: list[str] = []
    # A group followed by an appositive (", a network ... affiliated with the IRGC, claimed"): the
    # claim after the appositive is the first group's.
    in_apposition: GroupMention | None = None
    for index, group in enumerate(groups):
        end = groups[index + 1].start if index + 1 < len(groups) else len(sentence)
        after = sentence[group.end:end]
        before = sentence[max(0, group.start - 60):group.start]
        if in_apposition is not None and (_GOVERNED_BEFORE_RE.search(before) or _MEMBER_BEFORE_RE.search(before)):
            # "..., backed by the IRGC, claimed/denied": the cue after the appositive is the head's.
            head = in_apposition.canonical
            verdict = _governed("", after)
            if verdict == "denied":
                denied.append(head)
            elif verdict is None and claimant is None and _CLAIM_RE.search(after):
                claimant = head
            continue
        if index and groups[index - 1].canonical == group.canonical and re.search(r"\([^()]{0,20}$", before):
            continue  # "the coalition against Islamic State (IS, formerly ISIS) said": the same group, spelled again
        verdict = _governed(before, after)
        if verdict == "denied":
            denied.append(group.canonical)
        if verdict is not None:
            continue
        if claimant is None and (_CLAIM_RE.search(after) or _claimed_by(before)):
            claimant = group.canonical
        # (the name may close a quotation first: '"Saraya Awliya al-Dam", part of the Islamic Resistance, said')
        in_apposition = group if claimant is None and after.lstrip(" \"”’'»").startswith(",") else None
    if claimant is None and not groups:
        claimant = _named_newcomer(sentence)
    if claimant is not None and _TALLY_CLAIM_RE.search(sentence):
        claimant = None  # "claimed responsibility for the majority of the attacks": the group's record
    if claimant is not None and _SUSPENSION_RE.search(sentence) and not _OWN_CLAIM_RE.search(sentence):
        claimant = None  # "'We are announcing the suspension of military operations,' Kataib Hezbollah said in a statement"
    group_claimed = claimant is None and not same and _GROUP_CLAIM_RE.search(sentence) is not None
    none_claimed = claimant is None and not groups and _NONE_CLAIMED_RE.search(sentence) is not None
    unnamed_claim = claimant is None and not groups and not none_claimed and _UNNAMED_CLAIM_RE.search(sentence) is not None
    named = _GROUP_NAMED_RE.match(sentence) if groups else None
    named_group = groups[0].canonical if named is not None and groups[0].start == named.end() else None
    return ClaimReading(claimant, same, tuple(denied), groups[-1].canonical if groups else None, group_claimed,
                        none_claimed, unnamed_claim, named_group)


# A claim by a group the sentence does not name: "An Iraqi militia claimed responsibility", "a little-known
# group has claimed the attack".
_UNNAMED_CLAIM_RE = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:group|faction|militia|outfit|organi[sz]ation)\s+(?:[\w-]+\s+)?"
    r"(?:claimed|has\s+claimed|took\s+(?:responsibility|credit))\b",
    re.IGNORECASE,
)
# A sentence that opens by naming the group told of before: "The group, Saraya Awliya al-Dam, ...", "The militia,
# which calls itself ...", "The faction, known as ...".
_GROUP_NAMED_RE = re.compile(
    r"(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|militia|outfit|organi[sz]ation)\s*,\s*"
    r"(?:(?:which\s+)?(?:calls\s+itself|called|named|known\s+as|identified\s+as)\s+)?[\"“‘']?(?:the\s+)?",
    re.IGNORECASE,
)


_NONE_CLAIMED_RE = re.compile(
    r"\bno\s+(?:individual|one|group|faction|party|side|militia|organi[sz]ation)(?:\s+or\s+\w+)?\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:yet\s+|immediately\s+|so\s+far\s+)?(?:claimed|taken|took)\b"
    r"|\b(?:has|had|have)\s+not\s+(?:yet\s+)?been\s+claimed\b|\bwent\s+unclaimed\b|\bno\s+(?:immediate\s+)?claim\s+of\s+responsibility",
    re.IGNORECASE,
)


# A claim of a share of many attacks: who is behind most of them, not who claimed the one told.
_TALLY_CLAIM_RE = re.compile(
    r"\bclaim\w*\s+(?:responsibility\s+|credit\s+)?for\s+(?:the\s+)?(?:vast\s+)?"
    r"(?:majority|most|many|bulk|dozens|hundreds|scores|all|nearly\s+all|almost\s+all)\s+of\s+(?:the\s+|these\s+|those\s+)?"
    # ("most of the dozens of recent attacks")
    r"(?:[\w-]+\s+){0,3}?attacks\b",
    re.IGNORECASE,
)


# A group's statement that it stops or pauses its attacks: the statement claims none of them.
_SUSPENSION_RE = re.compile(
    r"\b(?:suspen(?:d|ds|ded|ding|sion)|halt(?:s|ed|ing)?|truce|ceasefire|cease[\s-]fire|pause[ds]?|pausing|stop(?:s|ped|ping)?\s+"
    r"(?:its|their|all|the)\s+(?:\w+\s+)?(?:attacks|operations))\b",
    re.IGNORECASE,
)
# The words that claim an attack outright, which a suspension statement may still carry.
_OWN_CLAIM_RE = re.compile(r"\bclaim(?:ed|s|ing)?\b|\btook\s+(?:responsibility|credit)|\bresponsibility\s+for", re.IGNORECASE)


# A group outside the list, introduced by name in its own claim: "a group named Tashkil al-Waritheen claimed",
# "a militia group that calls itself 'The International Resistance' has claimed responsibility".
_NEWCOMER_RE = re.compile(
    r"\b(?:group|faction|militia|outfit|organi[sz]ation)\s+(?:named|called|(?:that\s+)?call(?:s|ing)\s+itself|known\s+as)\s+"
    r"[\"“‘']?(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:[\s-]+(?:(?:al|el|of|the)[\s-]+){0,2}[A-Z][\w'’-]*){0,5})[\"”’']?"
    r"(?=[^.;]{0,40}?\b(?:claimed|claims|took\s+responsibility|has\s+claimed|have\s+claimed|said\s+it\s+(?:carried|attacked|targeted)))"
)


def _named_newcomer(sentence: str) -> str | None:
    """The name of an unlisted group that claims in this sentence, as the sentence spells it."""
    m = _NEWCOMER_RE.search(sentence)
    return m.group("name").rstrip("'’") if m else None


def _without_abbreviations(sentence: str, groups: list[GroupMention]) -> list[GroupMention]:
    """ "the Islamic Revolutionary Guard Corps (IRGC)" is one mention, read with the words around the whole."""
    kept: list[GroupMention] = []
    for group in groups:
        if kept and kept[-1].canonical == group.canonical and re.fullmatch(r"\s*\(\s*", sentence[kept[-1].end:group.start]):
            close = sentence.find(")", group.end)
            end = close + 1 if close != -1 and close - group.end < 3 else group.end
            kept[-1] = GroupMention(group.canonical, kept[-1].start, end)
            continue
        kept.append(group)
    return kept


# "The group claimed credit for ...", "the faction later said it had carried out": a claim by the group named before.
_GROUP_CLAIM_RE = re.compile(
    # ("The Iran-backed militant group earlier claimed credit")
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|militia|movement|organi[sz]ation|outfit|umbrella|resistance)\s+"
    r"(?:\w+\s+)?(?:claimed|took\s+responsibility|took\s+credit|assumed\s+responsibility"
    # ("The group said in an online statement that its fighters fired rockets and drones at ...")
    # ("The group said in a press release Saturday that it had carried out the latest attack")
    r"|said\s+(?:in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:statement|release|post|message|video)\s+(?:[\w-]+\s+){0,2}?)?(?:that\s+)?(?:it|its\s+fighters)\s+(?:had\s+)?"
    r"(?:carried\s+out|conducted|attacked|targeted|launched|struck|fired|hit))"
    # "It also claimed to have fired missiles at the Koniko base": the group the sentence before named
    # (not "It claimed the lives of three soldiers")
    r"|^(?:It|They)\s+(?:also\s+|later\s+|further\s+)?(?:claimed|took\s+(?:responsibility|credit))\b(?!\s+the\s+lives)",
    re.IGNORECASE,
)


_CLAIMED_BY_RE = re.compile(
    # ("allegedly carried out by Kataib Hezbollah": an allegation, no claim)
    r"(?<!allegedly\s)(?:claimed|endorsed|adopted|carried\s+out|conducted|launched)\s+by\s+"
    r"(?:the\s+|an?\s+(?:\w+\s+)?(?:group|faction|militia)\s+(?:called|calling\s+itself|named|known\s+as)\s+(?:the\s+)?)?"
    # ("claimed by the movement 'Islamic Resistance of Iraq'": the name in quotes)
    r"(?:(?:Iran|Iranian|Tehran)[-\s](?:backed|aligned|allied)\s+|pro-Iranian\s+|Iraqi\s+|Shiite\s+|Shia\s+|Shi['’]ite\s+"
    r"|armed\s+|militant\s+|militia\s+"
    r"|umbrella\s+|group\s+|movement\s+|faction\s+)*"
    r"[\"“'‘]?$"
    r"|responsibility\s+(?:was\s+)?(?:claimed\s+)?by\s+(?:the\s+)?$"
    # ("a statement released on the social media accounts of the Islamic Resistance in Iraq": what the group
    # puts out on its own channels speaks for it)
    r"|(?:released|published|posted|issued|circulated|shared)\s+(?:on|via|through|in)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:accounts?|channels?|websites?|platforms?|pages?)\s+of\s+(?:the\s+)?$"
    # The claim told verb first, as Italian and Arabic put it: "Claimed the attack the Islamic Resistance in Iraq"
    r"|(?:^|[,;:]\s*|\b(?:has|have|had|also|later|then|which|that|who)\s+)(?:claimed|claims)\s+(?:responsibility\s+for\s+)?"
    r"(?:the|an?|this|these|its|their)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|operations?|strikes?|raids?|bombings?|shelling)"
    # ("Which claimed responsibility for the attack, the armed group 'Saraya Awliya al-Dam'", glossed from Turkish)
    r"\s*,?\s+(?:the\s+)?(?:(?:armed\s+|militant\s+)?(?:group|faction|militia|organi[sz]ation)\s+)?[\"“'‘]?$",
    re.IGNORECASE,
)


def _claimed_by(before: str) -> bool:
    return bool(_CLAIMED_BY_RE.search(before))


def _governed(before: str, after: str) -> str | None:
    """Whether a denial ("denied") or an attribution ("other") governs this mention instead of a claim."""
    denial = _DENIAL_RE.search(after)
    claim = _CLAIM_RE.search(after)
    if denial and (claim is None or denial.start() <= claim.start()):
        return "denied" if _DENY_VERB_RE.match(denial.group(0)) else "other"
    if _DENIED_BEFORE_RE.search(before):
        return "denied"
    if _GOVERNED_BEFORE_RE.search(before):
        return "other"
    return None


# The denial told verb first, as Arabic puts it: "denied Kataib Hezbollah responsibility for the attack".
_DENIED_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:has|have|had|also|later|then|and)\s+)(?:denied|denies|disavowed|rejected)\s+(?:the\s+)?[\"“'‘]?$",
    re.IGNORECASE,
)


_DENY_VERB_RE = re.compile(r"den|disavow|distanc|not\s|reject|fabricated", re.IGNORECASE)


# "blamed on X", "attributed to X", "a channel affiliated with X", "believed to have been launched by X":
# X is not the one speaking, nor the claimant.
_GOVERNED_BEFORE_RE = re.compile(
    r"(?:(?:blam\w+|accus\w+|attribut\w+|suspect\w*)\b[^.;]{0,40}?\b(?:on|to|of)"
    r"|affiliated\s+with|linked\s+to|tied\s+to|close\s+to|backed\s+by|loyal\s+to|associated\s+with|aligned\s+with"
    r"|allied\s+with|sponsored\s+by|funded\s+by|supported\s+by|(?:receives?|receiving|gets|getting|enjoys?)\s+(?:\w+\s+)?support\s+from"
    # "the U.S.-led coalition against ISIS said": the group fought, not a speaker
    r"|against|to\s+defeat|(?:fight|fighting|war|campaign)(?:\s+(?:against|on))?|anti-|counter-"
    # "such assaults are typically claimed by X": who usually claims, not who claimed this one
    r"|(?:typically|usually|often|generally|normally|frequently|mostly|largely|routinely|regularly)\s+(?:been\s+)?claimed\s+by"
    # "the shells were believed to have been launched by X": someone's guess at who, not X's claim
    r"|(?:believed|thought|suspected|presumed|likely|probably)\s+(?:to\s+(?:have\s+been|be)\s+)?(?:[\w-]+\s+){0,2}?by)"
    r"\s+(?:the\s+)?"
    r"(?:Iran[-\s]backed\s+|Iran['’]s\s+|Tehran['’]s\s+|Iranian\s+|Iran\s+|Iraqi\s+|militia\s+|group\s+)*$",
    re.IGNORECASE,
)


# "the Islamic Resistance in Iraq, a group that includes Kataib Hezbollah, claimed": a member the appositive names
# in passing; the claim is the head's.
_MEMBER_BEFORE_RE = re.compile(
    r"\b(?:includ(?:es|ing)|compris(?:es|ing)|(?:made\s+up|composed)\s+of|such\s+as)\s+(?:the\s+)?$"
    # "Qasem al-Jabbarin, a group which has identified itself as part of the Iran-linked "Islamic Resistance"
    # network, claimed": the umbrella the head belongs to
    r"|\b(?:part|a\s+member|a\s+faction|a\s+wing|an\s+arm)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\"“]?$"
    # "Saraya Awliya al-Dam, which operates under the umbrella of the Islamic Resistance in Iraq, announced"
    r"|\b(?:under|within)\s+(?:the\s+)?(?:umbrella|banner|flag|aegis|wing)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\"“]?$",
    re.IGNORECASE,
)


# Speed: the claim patterns sit behind a literal pre-check (same answers, see numbers.py).
guard_patterns(
    globals(), "_LOOSE_RE", "_DENIAL_RE", "_SAME_GROUP_RE", "_CLAIMED_BY_RE", "_DENIED_BEFORE_RE", "_GOVERNED_BEFORE_RE",
    "_DENY_VERB_RE", "_GROUP_CLAIM_RE", "_CLAIM_RE", "_STRICT_RE",
)
