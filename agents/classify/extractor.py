"""Rule-based extraction of attacks on U.S./coalition bases from one news article.

How an analyst reads such a report, and so how this module does:

1. Split the article (headline included) into sentences, and a sentence into
   clauses when it names more than one place ("a drone hit Ain al-Asad, and
   five rockets were fired at a base in Rumalyn").
2. A clause reports an attack when it has an attack word (attacked, targeted,
   struck, fired at, came under...) and an *anchor*: a base from the gazetteer,
   an unnamed base tied to U.S. forces ("a base in Syria, which houses coalition
   forces"), or U.S. forces themselves ("American forces in western Iraq").
3. It is not news when it is context: U.S., Israeli or Turkish strikes, ships,
   threats, aggregates ("attacked 23 times", "a series of"), or dated only
   vaguely ("in late January", "since mid-October", "last month").
4. Each attack is dated from its own clause, then its sentence, then the
   publication date. A date hanging off a reporting verb ("said Monday") dates
   the statement and only weakly the attack, so it yields to a firmer date for
   the same base when the reports are merged.
5. Facts (casualties, claims, weapons) in sentences that name no place belong to
   the attack(s) the text is currently talking about (the *focus*): "No
   casualties were reported in either attack."
6. Mentions of the same attack are merged; distinct days stay distinct.
   Headline counts ("three separate attacks on Wednesday") add unnamed attacks
   the body does not describe; "three other bases were also attacked" adds three.

Everything is deterministic: same article in, same extraction out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date, timedelta

from agents.classify.casualties import (
    Casualties,
    added_casualties,
    may_state_casualties,
    read_casualties,
    tells_uncounted_injuries,
    with_others_hurt,
)
from agents.classify.claimants import GROUP_WORDS, read_claims
from agents.classify.core import ExtractedAttack, Extraction
from agents.classify.dates import (_MONTH, _WEEKDAY, DATELINE_PLACE, DateMention, dateline_day, find_dates,
                                   latest_full_date, month_number,
                                   parse_published)
from agents.classify.gazetteer import Base, default_gazetteer, name_words
from agents.classify.glossing import has_gloss, language_of, to_english
from agents.classify.numbers import guard_patterns, has_case_odd, parse_number
from agents.classify.pauses import find_pause
from agents.classify.places import COUNTRIES, PlaceMention, default_index
from agents.classify.weapons import find_weapons, munition_counts, total_munitions
from streams.records import Article

# The three countries by name, as the place index spells them.
_COUNTRY_NAMES = tuple(COUNTRIES.values())

# How old an explicitly dated attack may be and still be news rather than background.
MAX_AGE_DAYS = 7
# An attack with a written date ("on Feb. 15") counts as news this long after it, as context of the story
# (a year-old attack recalled on its anniversary does not).
MAX_CONTEXT_AGE_DAYS = 150
# How many sentences ahead of the attacks a claim may be told and still be theirs.
PENDING_CLAIM_SENTENCES = 2
# A casualty update may report new figures for an attack this old, when it names the attack's date.
MAX_UPDATE_AGE_DAYS = 45
# An attack the body dates this long before publication is history: a headline or an undated mention of its
# base tells that old attack ("Army report details failures at Tower 22", a year on), not a new one.
HISTORY_AGE_DAYS = 30
# "just days after a similar attack on the base killed two": how many days back that attack may lie.
EARLIER_TOLL_DAYS = 14
# How many bases one sentence lists as a day's targets before each is taken for that day's own attack, even
# where the day before saw an attack on it too.
LISTED_BASES = 3
# How far before an undated page's latest full date a month-day may lie and still take its year.
YEAR_ANCHOR_DAYS = 31
# A month's name in a date: what dates a month-day rather than a weekday or "yesterday".
_MONTH_NAME_RE = re.compile(_MONTH)
# Headline counts larger than this are aggregates ("165 attacks since October"), not a day's events.
MAX_SUMMARY_COUNT = 6
# A vague time this near a sentence's start ("Late in April, it was targeted ...") sets the whole sentence then.
_OPENING_TIME_REACH = 12

# A sentence that states no figure at all.
_NO_CASUALTIES = Casualties()

# --------------------------------------------------------------------------- vocabulary

_US = (r"(?:U\.S\.-led|USA?-led|U\.\s?S\.|USA|US|American|America['’]s|coalition|Coalition|allied|international\s+coalition|Pentagon|United\s+States"
       # coalition partners' own forces and bases ("the Italian base in Erbil", "French soldiers"), only as such
       r"|(?:Italian|French|British|German|Spanish|Dutch|Danish|Norwegian|Australian|Canadian|Polish)"
       r"(?=\s+(?:military\s+)?(?:bases?|troops?|soldiers?|forces|contingents?|camps?|personnel|service\s*members?|servicem[ae]n|military\s+personnel)\b|(?:\s+military)?\s*$))")  # (or a base phrase's modifiers, read apart from its noun)

# "after the impact of several Katyusha rockets": the rounds striking, told as a noun.
_IMPACT_OF = r"impacts?\s+of\s+(?:[\w-]+\s+){0,2}?['\"‘“]?(?:rockets?|Katyushas?|missiles?|drones?|mortars?|shells?|projectiles?)"

_TRIGGER_RE = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|target(?:s|ed|ing)?|struck|strikes?|hit|hits|hitting|fired|firing"
    r"|launched|launching|launch(?:es)?(?=\s+of\s+(?:[\w-]+\s+){0,2}?(?:drones?|rockets?|missiles?|UAVs?)\b)|shell(?:ed|ing)|bombard\w*|bombed|bombings?|ambush(?:ed|es)?(?![\s-]+[Pp]rotected)|sent\s+(?:toward|towards|against|at)|came\s+under|comes?\s+under|coming\s+under|under\s+(?:(?:rocket|mortar|missile|drone|heavy|indirect)\s+)?(?:fire|attack)"
    r"|landed|landing|impacted|explosions?|exploded|blasts?|intercept\w*|shot\s+down|downed|slam(?:s|med|ming)?|crashed"
    r"|open(?:ed|ing)\s+fire"
    # "A gunman killed three U.S. soldiers in Palmyra"
    # (not "the attacker was killed")
    r"|(?:gunm[ae]n|shooters?|assailants?|attackers?)\s+(?:(?!was\b|were\b|been\b|is\b)[\w-]+\s+){0,3}?(?:killed|wounded|injured|shot)"
    # "A drone dropped explosives near U.S. forces"
    r"|dropp(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:explosives|bombs?|grenades?|munitions|ordnance)"
    # ("two drones were brought down by the defense system", "have taken down two drones")
    r"|(?:brought|taken|took|knocked)\s+down(?=\s+(?:by|\w+\s+(?:drones?|UAVs?|rockets?|missiles?)|(?:drones?|UAVs?|rockets?|missiles?)))"
    r"|(?:engaged|confronted)\s+(?:\w+\s+){0,2}?(?:drones?|rockets?|UAVs?|missiles?|threats?|projectiles?)"
    r"|rained|fell|salvos?|barrages?"
    # ("after the impact of several Katyusha rockets")
    r"|" + _IMPACT_OF +
    # "rockets killed two American troops": the weapon as the subject
    r"|(?:rockets?|drones?|missiles?|mortars?|shells?|projectiles?|bombs?|IEDs?|devices?)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)"
    # "three rockets went off in the vicinity of the airport" (not "sirens went off")
    # ("an explosive device blew up on a convoy")
    r"|(?:rockets?|drones?|missiles?|mortars?|shells?|projectiles?|IEDs?|bombs?|devices?)\s+(?:\w+\s+)?(?:went\s+off|blew\s+up|detonated)"
    # "two kamikaze drones approached an airbase", "a drone flew dangerously close to the base"
    r"|(?:drones?|UAVs?|missiles?)\s+(?:approached|flew\s+(?:\w+\s+)?(?:close\s+to|near|toward|towards))"
    # "heavy rocket fire on the Taji base", "indirect fire at the garrison"
    r"|(?:rocket|mortar|missile|artillery|indirect|small[\s-]arms|gun)\s+fire\s+(?:(?:had|has|have)\s+)?"
    r"(?:(?:come|came|rained|fallen|fell)\s+down\s+)?(?:on|at|against|targeting|toward|towards|hit|struck))\b",
    re.IGNORECASE,
)
_ATTACK_NOUN_RE = re.compile(r"\b(?:attacks?|assaults?|strikes?|incidents?|barrages?)\b", re.IGNORECASE)

# The strike is by the U.S., Israel or Turkey, or at ships: not an attack on U.S. bases.
_NEGATIVE_RE = re.compile(
    r"\b(?:U\.S\.|US|American|coalition|Israeli|Israel|Turkish|Turkey|Jordanian|British|UK|allied|CENTCOM|Pentagon)"
    # ("coalition forces repelled multiple drone strikes": strikes on them, not theirs)
    r"(?:['’]s)?\s+(?!(?:[\w-]+\s+){0,2}?(?:repelled|repulsed|intercepted|thwarted|foiled|downed|countered|engaged|faced"
    # ("a base that houses US personnel with a drone strike": the strike is on them)
    r"|came\s+under|come\s+under)\b)(?:(?!with\b|by\b|from\b)[\w-]+\s+){0,3}?(?:air\s*strikes?|strikes?|raids?|bombing|bombardment|drone\s+strikes?|retaliat\w+"
    # ("US coalition fighters" are people, not jets)
    r"|precision\s+strikes?|warplanes?|jets?|aircraft|fighter(?!s)|military\s+(?:carried\s+out|conducted|struck))"
    # ("as Washington continues to support Israel's bombardment of the Gaza Strip": the war behind the attacks)
    r"(?!\s+(?:of|on|in|against)\s+(?:the\s+)?(?:besieged\s+)?Gaza)"
    # ("a base housing U.S. troops killed a contractor": the attack on their base did, not they)
    r"|(?<!housing\s)(?<!hosting\s)(?<!houses\s)(?<!hosts\s)(?<!against\s)(?<!targeting\s)"
    r"\b(?:U\.S\.|US|American|coalition|Israeli|Turkish)\s+(?:forces|military|troops|jets|warplanes|aircraft)\s+"
    r"(?:(?:on|late|early)\s+(?:on\s+)?[A-Z]\w+\s+)?(?:(?:have|had|has)\s+)?(?:carried\s+out|conducted|launched\s+(?:a|an)?\s*(?:air)?strikes?|struck|bombed|raided|hit|targeted|attacked"
    # (a headline's passive, "US troops killed in drone attack", is no U.S. strike)
    r"|killed(?!\s+(?:in|after|during|by|when|as|following)\s)"
    # ("the Coalition forces launched four rockets toward a territory under the control of ... groups")
    r"|(?:launched|fired)\s+(?:[\w-]+\s+){0,2}?(?:rockets|missiles|shells|artillery)\s+(?:toward|towards|at|on|against|into)\s+"
    r"(?!(?:the\s+|a\s+|an\s+)?(?:air|sky)\b))"
    # ("US forces attacked 97 times in Syria, Iraq": a headline's passive)
    r"(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|dozens\s+of)\s+times\b|\s+twice\b|\s+again\b)"
    # "the attacks carried out by the U.S. against positions of the militias": U.S. strikes, told by their author
    r"|\b(?:attacks|strikes|raids|airstrikes|air\s+strikes|bombings)\s+(?:carried\s+out|conducted|launched|made)\s+by\s+(?:the\s+)?"
    r"(?:U\.S\.|US|United\s+States|American|coalition|Israeli?|Turkish|Turkey)(?!\s+(?:bases?|forces|troops|personnel|positions?)\b)"
    r"|\b(?:retaliatory|defensive|self-defense|precision)\s+(?:air\s*)?strikes?"
    # "carried out strikes against an 'imminent threat' to a U.S. base"
    r"|\bstrikes?\s+(?:on|against|at)\s+(?:an?\s+|the\s+)?[\"“‘']?(?:imminent|potential|perceived)[\"”’']?\s+threats?"
    # "On Jan. 3, a U.S. drone attacked a convoy near Baghdad International Airport, killing Qassem Soleimani"
    r"|\b(?:an?|the)\s+(?:U\.S\.|US|American)\s+(?:(?:MQ-9|Reaper|military|armed|unmanned)\s+){0,2}"
    r"(?:drones?|UAVs?|helicopters?|gunships?)\s+(?:attacked|struck|hit|targeted|fired\s+(?:on|at)|bombed|killed)\b"
    # "Soleimani was killed on Friday by an American drone at Baghdad airport": a U.S. strike the sentence tells
    # ("avenged the commander killed by a U.S. drone" only names who the commander was)
    r"|\b(?:was|were|had\s+been|has\s+been)\s+killed\s+(?:[\w-]+\s+){0,3}?by\s+(?:an?\s+|the\s+)?(?:U\.S\.|US|American)\s+"
    r"(?:(?:MQ-9|Reaper|military|armed|unmanned)\s+){0,2}drones?\b"
    # "The US military said it did not carry out an air strike on a rocket launcher near Ain al-Asad", "denies
    # striking": a strike the story is about, denied
    r"|\b(?:did\s+not|didn['’]t|had\s+not|has\s+not)\s+(?:carry\s+out|conduct|launch)\s+(?:an?\s+|any\s+)?(?:air\s*)?strikes?\b"
    r"|\bden(?:y|ies|ied)\s+(?:carrying\s+out\s+(?:an?\s+|any\s+)?(?:air\s*)?strikes?|striking|bombing)\b"
    # "On January 24, the U.S. struck three facilities used by Kataib Hezbollah"
    r"|\b(?:the\s+U\.S\.|the\s+US|(?:(?<=^)|(?<=\bthe\s))United\s+States)\s+(?:(?:on|late|early)\s+(?:on\s+)?[A-Z]\w+\s+)?"
    r"(?:also\s+)?(?:struck|bombed|raided|hit\s+back|retaliated)\b"
    # "the United States have started on Friday to carry out strikes of retaliation in Iraq and in Syria"
    r"|\b(?:the\s+U\.S\.|the\s+US|the\s+United\s+States|Washington)\s+(?:(?:have|has|had)\s+)?"
    r"(?:started|began|begun|continued|moved)\s+(?:[\w-]+\s+){0,2}?(?:to\s+|at\s+)?"
    r"(?:carry(?:ing)?\s+out|conduct(?:ing)?|launch(?:ing)?|mount(?:ing)?)\s+(?:[\w-]+\s+){0,2}?(?:air\s*)?strikes?\b"
    # "Washington said it hit the positions of resistance fighters behind ..."
    r"|\b(?:Washington|the\s+Pentagon|the\s+U\.S\.\s+military|the\s+US\s+military)\s+(?:said\s+(?:it|they)\s+)?(?:had\s+)?"
    r"(?:hit|struck|targeted|bombed|raided)\s+(?:the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?"
    r"(?:positions|facilities|sites|targets|depots|headquarters|fighters|militants|locations)\b"
    r"|\b(?:air\s*strikes?|strikes?|raids?)\s+(?:on|against|targeting)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:Kataib|Kata'ib|militia|militias|Iran[\s-]backed|Iran[\s-]aligned|Iranian|IRGC|PMF|Houthi|targets|facilities|sites"
    r"|positions|fighters|headquarters|weapons|depots?|Hezbollah|Nujaba|group)"
    r"|\b(?:ships?|vessels?|tankers?|shipping|Red\s+Sea|Gulf\s+of\s+Aden|Bab\s+al-Mandab|destroyer|warship|USS|aircraft\s+carrier)\b"
    # a drone shot down that attacked no one: "attempting to reconnoiter the Conoco site", "drones that were en route
    # to Israel"
    # (not "an American surveillance drone was returning to the site": our own)
    r"|(?<!American\s)(?<!U\.S\.\s)(?<!US\s)(?<!coalition\s)(?<!military\s)"
    r"\b(?:reconnaissance|surveillance|spy)\s+(?:drones?|UAVs?|aircraft|flights?)\b|\b(?:attempting|trying|sought)\s+to\s+"
    r"(?:reconnoit(?:er|re)|surveil|spy)\b|\bcarried\s+out\s+reconnaissance\b"
    r"|\b(?:en\s+route|on\s+(?:their|its)\s+way|heading|headed|bound|launched|flying)\s+(?:to|for|towards?|at)\s+Israel\b"
    # "explosions were heard in the US base ..., as a result of military exercises": the forces' own drills
    r"|\b(?:due\s+to|as\s+a\s+result\s+of|because\s+of|caused\s+by|during|part\s+of)\s+(?:(?:a|an|the|their|its)\s+)?"
    r"(?:[\w“”\"'-]+\s+){0,3}?(?:military\s+)?(?:exercises?|drills?|manoeuvres|maneuvers|training\s+exercises?)\b",
    re.IGNORECASE,
)
# Partner or host forces' own bases: an explosion there is not an attack on U.S. forces.
_FOREIGN_BASE_RE = re.compile(
    r"\b(?:PMF|Popular\s+Mobili[sz]ation|Hashd|Peshmerga|SDF|Syrian\s+Democratic\s+Forces|Iraqi\s+army|Iraqi\s+Army"
    r"|Syrian\s+army|Syrian\s+government|regime"
    # ("rockets targeted rebel Iranian Kurdish forces not far from Erbil airport": Iran's foes, not the coalition)
    r"|Iranian\s+Kurd(?:ish|s)|Kurdish\s+(?:rebels?|opposition|dissidents?|separatists?))\b",
    re.IGNORECASE,
)
# A group's campaign told in a relative clause: "those who have been targeting", "groups which, operating under
# the banner of ..., have attacked" (U.S. forces).
_CAMPAIGN_BEFORE_RE = re.compile(
    r"\b(?:who|which|that)(?:\s+|\s*,\s*[^.;]{0,80}?,\s+)(?:have|has|had)\s+"
    r"(?:been\s+(?:targeting|attacking|striking|shelling|firing\s+(?:at|on))|(?:repeatedly\s+)?(?:attacked|targeted))\s+$",
    re.IGNORECASE,
)
# "TEHRAN, Jan. 26 (MNA) – ...": the place and day an agency filed from, not the day of what it tells.
_CAPS_DATELINE_RE = re.compile(DATELINE_PLACE)
# A sentence that opens by setting what it tells after the attack just told: its attacks are others.
_AFTER_THE_ATTACK_RE = re.compile(
    r"(?:(?:A\s+few|Several|Some|Ten|Twenty|Thirty)\s+minutes|Minutes|Hours|An\s+hour|Shortly|Moments|Soon)\s+after\s+"
    r"(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|blast|explosion)\b",
    re.IGNORECASE,
)
# A sentence whose subject is the strike the sentence before told.
_STRIKE_GOES_ON_RE = re.compile(r"(?:It|They)\s")
# Troops with no nationality, as what an attack was on: "a drone attack on troops stationed in northern Iraq".
_BARE_FORCES_RE = re.compile(
    # (one attack told as news: "the attacks on troops in Iraq and Syria" are the campaign)
    r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:attack|strike|assault)\s+(?:on|against|targeting)\s+(?:the\s+)?"
    r"(?P<noun>troops|personnel|service\s*members|servicemembers|soldiers)\b"
    r"(?:\s+(?:stationed|based|deployed))?(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<where>Iraq|Syria|Jordan)\b)?",
    re.IGNORECASE,
)
# U.S. sites and host countries outside Iraq, Syria and Jordan, where an unnamed base or U.S. forces are none of ours.
_OUTSIDE_AREA_RE = re.compile(
    # ("near the crossing on the border with Kuwait" is still in Iraq)
    r"\b(?:in|at)\s+(?:the\s+)?(?:Qatar|Kuwait|Bahrain|United\s+Arab\s+Emirates|UAE|Saudi\s+Arabia|Oman|Djibouti)\b"
    r"|\b(?:Incirlik|Al[\s-]Udeid|Udeid|Arifjan|Ali\s+Al[\s-]Salem|Camp\s+Buehring|Al[\s-]Dhafra|Prince\s+Sultan"
    r"|Camp\s+Lemonnier|Diego\s+Garcia)\b",
)
_HYPOTHETICAL_RE = re.compile(
    # "a U.S. airstrike thwarted a potential rocket attack on the base"
    r"\b(?:potential|possible|planned|imminent|impending|would-be|prospective)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?)\b|"
    # ("strikes ... intended to disrupt the militias" tells the purpose of what was done, not a threat)
    r"\b(?:threat\w*|vow\w*|warn\w*|pledg\w*|promis\w*|plan(?:s|ned)?|intend(?!ed\s+to\s+(?!attack|target|strike|hit|launch|fire|bomb|kill|harm|wound|injure)\w)\w*"
    r"|prepar\w+|trying|tried|attempt\w*|threaten\w*)"
    r"\s+(?:to|that)\b|\b(?:would|will|could|might|may)\s+(?:\w+\s+)?(?:to\s+)?(?:attack|target|strike|hit|launch)"
    # "Attacking US forces should be a costly red line": attacks in general as a sentence's subject
    r"|^[\"“‘']?(?:Attacking|Targeting|Striking)\s"
    # "other groups have joined the movement to attack new targets, including al-Tanf": a purpose, not an attack
    r"|\bjoin(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,4}?to\s+(?:attack|target|strike|hit)\b"
    # "Sirens sound at US embassy in Iraq, no confirmation of attack"
    r"|\bno\s+(?:confirmation|sign|signs|evidence|indication)\s+(?:of|that)\s+(?:an?\s+|any\s+)?(?:attack|strike|impact)"
    r"|\bno\s+(?:attack|strike|impact)\s+(?:was|has\s+been|had\s+been)\s+(?:confirmed|reported|recorded)"
    # "the factions did not carry out attacks against American troops deployed at Ain al-Asad": none made
    r"|\b(?:(?:did|do|does|have|has|had)\s+not|didn['’]t|haven['’]t|hasn['’]t|hadn['’]t)\s+(?:yet\s+|again\s+)?"
    r"(?:carr(?:y|ied)\s+out|launch(?:ed)?|conduct(?:ed)?|mount(?:ed)?)\s+(?:any\s+)?(?:new\s+|further\s+|more\s+)?"
    r"(?:[\w-]+\s+)?(?:attacks?|strikes?|operations?)\b"
    # "security forces thwarted an attack on a convoy": found before it happened (drones or rockets "thwarted" were
    # launched, and tell an attack)
    r"|\b(?:thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|avert(?:s|ed|ing)?|prevent(?:s|ed|ing)?)\s+(?:an?|the)\s+(?![^.;]{0,120}?\b(?:drones?|rockets?|missiles?|mortars?|UAVs?|unmanned\s+aerial)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:attack|bombing|plot)\b",
    re.IGNORECASE,
)
# "in those attacks", "during the attacks": a toll over attacks told, or over a campaign.
_DURING_THE_ATTACKS = r"(?:in|during|across)\s+(?:those|these|the|all\s+(?:the|those|these))\s+(?:[\w-]+\s+){0,2}?attacks"
# Aggregates and habitual statements: the history of attacks, not a new one.
_BACKGROUND_RE = re.compile(
    r"\b(?:\d{2,}|dozens|hundreds|scores|numerous|multiple|many|countless|a\s+number|a\s+wave|a\s+spate|a\s+string)"
    # (not a day: "sustained minor injuries Oct. 18 in drone attacks at al-Tanf")
    r"\s+(?!(?:in|on|at|during)\s)(?:of\s+)?(?:\w+\s+){0,2}?(?:times|attacks|strikes|assaults|incidents|occasions)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\s+times\b"
    r"|\b(?:series|string|stream|spate|wave|campaign|barrage)\s+of\s+(?:\w+\s+){0,2}?attacks"
    # "has recently seen a spike of attacks"
    r"|\b(?:spike|surge|rise|uptick|increase|flurry|escalation)\s+(?:of|in)\s+(?:\w+\s+){0,2}?attacks"
    r"|\b(?:frequent(?:ly)?\s+(?:target|targeted|attacked)|frequent\s+(?:[\w-]+\s+)?attacks\b"
    # "where it is not uncommon for bases housing US troops to come under rocket fire"
    r"|it\s+is\s+(?:not\s+uncommon|not\s+unusual|common|usual|routine)\s+for\b)"
    # "the attacks in Iraq have mainly targeted Asad air base, Erbil airport and Harir": where attacks fell over time
    r"|\b(?:attacks|strikes)\s+(?:in\s+[A-Z]\w+\s+)?(?:have|had)\s+(?:mainly|mostly|largely|primarily|chiefly|predominantly)\s+"
    r"(?:targeted|hit|struck)\b"
    # ("on X, previously Twitter": a former name, no habit; "an official previously said": when it was told)
    r"|\b(?:repeatedly|regularly|routinely|frequently|increasingly|often|previously(?!\s+(?:known|called|named|said|reported|told|stated|announced|confirmed|(?-i:[A-Z])))|typically|usually|habitually"
    # ("Centcom said at the time": when the attack was first reported, no habit)
    r"|historically|in\s+the\s+past|over\s+the\s+years|since\s+then|(?<!said\s)(?<!reported\s)(?<!stated\s)at\s+the\s+time"
    r"|in\s+recent\s+(?:weeks|months|years))\b"
    r"|\b(?:since|from)\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b"
    r"|\bsince\s+(?:the\s+)?(?:war|conflict|fighting)\b|\b(?:a|the)\s+(?:frequent|regular|common|favou?rite|main|prime|primary)\s+target"
    # "put an end to a year of rocket and roadside bomb attacks": a stretch of them
    # (not "the first direct hit ... after months of attacks": where this attack stands)
    r"|(?<!after\s)(?<!following\s)\b(?:a\s+year|years|months|weeks|a\s+decade)\s+of\s+(?:[\w-]+\s+){0,4}?attacks\b"
    # "the attacks had caused material damage and wounded several coalition soldiers": a tally's toll
    r"|\b[Tt]he\s+attacks\s+(?:have|had)\s+(?:caused|killed|wounded|injured|left|resulted)\b"
    # "identified the group as the main culprit behind drone strikes on the base": who is behind attacks over time
    r"|\b(?:main|chief|principal|primary|prime|leading|key)\s+(?:culprit|perpetrator|organi[sz]er|architect|player)s?\s+"
    r"(?:behind|of|for|in)\b"
    # "had largely been spared from the assaults on American positions": attacks that passed it by
    r"|\bspared\s+(?:from\s+|by\s+)?(?:the\s+|most\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks|assaults|strikes)\b"
    # ("militant groups began targeting US bases in Iraq and Syria": where a campaign started, not one attack)
    r"|\b(?:(?:resorted|continued)\s+to\s+(?:\w+\s+)?attacks\b"
    r"|(?:began|begun|started)\s+(?:targeting|attacking|striking|to\s+(?:target|attack|strike))\b)|\bhave\s+been\s+(?:attacked|targeted)\s+(?:at\s+least|more\s+than)"
    # "Most of the attacks have targeted Al-Asad Airbase", "have targeted US forces in various locations": a share
    # of many attacks, or their spread
    r"|\b(?:most|many|some|much|the\s+(?:bulk|majority))\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attacks|strikes|assaults)\b"
    r"(?!\s*,?\s*including\b)"  # ("has taken credit for most of the attacks, including the one that wounded ...")
    r"|\b(?:in|at)\s+various\s+(?:locations|sites|bases)\b"
    # "militias affiliated with Iran have targeted U.S. military installations across Iraq": a campaign's reach
    r"|\b(?:have|has)\s+(?:\w+ly\s+)?(?:targeted|attacked|struck|hit|shelled)\s+[^;]{0,60}?\b(?:across|throughout)\s+"
    r"(?:Iraq|Syria|the\s+(?:region|country|Middle\s+East))\b"
    # "Attacks have been recently carried out on US military bases in the Tenef region, ...": plural history
    r"|\b[Aa]ttacks\s+have\s+(?:recently\s+|repeatedly\s+|also\s+)?been\s+(?:recently\s+|repeatedly\s+)?(?:carried\s+out|launched|conducted)\b"
    # "several recent attacks", "earlier attacks": plural history, not one new attack
    # ("The other three strikes targeted the US base near Erbil airport": the rest of a count the story tells)
    r"|\b(?:several|a\s+few|recent|previous|earlier|past|prior|similar"
    r"|(?<![Tt]he\s)other|other(?!\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents)\b"
    # habitual: "fired at U.S. troops almost daily", "for more than three months"
    # ("According to a Daily Mail report", "Al-Watan daily reported the attack": a paper's name, a paper)
    r"|\b(?:almost\s+|nearly\s+)?(?:daily|nightly|weekly|every\s+(?:day|night|week))\b(?!(?<=(?-i:Daily))\s+(?-i:[A-Z]))(?!(?<=(?-i:Weekly))\s+(?-i:[A-Z]))"
    r"(?!(?<=daily)\s+(?:reported|said|says|wrote|quoted|cited|reports|noted|added|published|claimed|newspaper)\b)"
    r"|\bfor\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?(?:\w+\s+)(?:weeks|months|years)\b"
    # cumulative tolls: "hurt in those attacks", "since the attacks began", "so far", "in total"
    r"|\b" + _DURING_THE_ATTACKS + r"\b"
    r"|\bsince\s+the\s+(?:[\w-]+\s+){0,2}?(?:attacks|campaign|strikes)\s+(?:began|started|resumed)\b"
    # ... but "their single largest attack to date", "the largest attack of its kind so far" are superlatives, not tallies
    # (nor "no information regarding damage has been revealed so far": what is known yet)
    # (the words first, so the checks behind them run only where they stand)
    r"|\b(?=(?:so\s+far|to\s+date)\b)(?<!attack\s)(?<!strike\s)(?<!revealed\s)(?<!reported\s)(?<!known\s)(?<!confirmed\s)"
    r"(?<!available\s)(?<!disclosed\s)(?<!released\s)(?<!given\s)(?<!kind\s)(?<!type\s)(?:so\s+far|to\s+date)\b"
    # a list line: "* Two attacks on Tel Baydar base"
    r"|^[*•·▪‣\-–—]\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?attacks?\b"
    # "There have been at least four drone attacks on US facilities in Erbil": a tally, unless it tells its day
    r"|\bthere\s+have\s+been\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents)\b"
    r"(?![^.;]*\b(?:today|tonight|yesterday|overnight|this\s+(?:morning|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    # "the attacks have resulted in the deaths of three American personnel": a running total
    r"|\b(?:the|these|those)\s+attacks\s+have\s+(?:\w+\s+)?(?:resulted|left|killed|wounded|injured|caused)\b"
    # "the assaults have focused on the Conoco gas plant and the al-Omar base": where attacks fell over time
    # (but "the attacks focused on two bases" tells where the day's attacks fell)
    r"|\b(?:attacks|assaults|strikes|operations)\s+(?:have|had)\s+(?:\w+\s+)?(?:mostly\s+|mainly\s+)?(?:focused|concentrated|centred|centered)\s+on\b"
    # ... or "* Al-Shaddadi base: 16 attacks"
    r"|^[*•·▪‣\-–—]?\s*[^:.;]{2,60}:\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?attacks?\b"
    # "in all" totals attacks ("23 attacks in all") but also one attack's rounds ("five rockets were fired in all")
    r"|^(?=[\s\S]*\b(?:attacks|strikes|assaults|incidents|times|operations)\b)[\s\S]*?\b(?:in\s+total|in\s+all|altogether|overall)\b",
    re.IGNORECASE,
)
# A subordinate reference to an earlier attack ("days after a drone attack on Tower 22").
_REFERENCE_RE = re.compile(
    r"\b(?:(?:days|weeks|months|a\s+week|a\s+month|years)\s+(?:after|before|since)|in\s+(?:retaliation|response|revenge)\s+for"
    r"|(?:response|respond|responding|reply|retaliation|reprisal)\s+to\s+(?:the|a|an)\b"
    # "Kata'ib Hezbollah, responsible for the drone attack on the Jordanian-Syrian border that killed ..."
    r"|,\s+(?:the\s+group\s+|which\s+(?:was|is)\s+)?(?:held\s+)?responsible\s+for\s+the"
    # "denied media reports that a drone was shot down in Erbil", "No drone shot down near Erbil airport": an attack
    # said not to have happened
    # (not "denied claims that a recent attack ... resulted in the deaths of two soldiers": a toll denied)
    r"|\bden(?:y|ies|ied|ying)\s+(?:\w+\s+){0,2}?(?:reports?|claims?|rumou?rs?|news)\s+(?:that|of|about)\b"
    r"(?![^.;]{0,120}?\b(?:deaths?|dead|killed|casualt\w+|fatalit\w+|injur\w+|wounded|hurt)\b)"
    r"|^No\s+(?:drones?|rockets?|missiles?|UAVs?)\s+(?:was\s+|were\s+)?(?:shot\s+down|downed|fired|launched|intercepted)\b"
    # "groups directly responsible for attacking U.S. forces at al-Tanf": who they are, not an attack
    r"|responsible\s+for\s+(?:the\s+)?(?:attacking|targeting|attacks\s+(?:on|against))"
    r"|retaliation\s+for|avenge|the\s+deadliest|similar\s+to|reminiscent\s+of|recalling"
    # "denies involvement in Ain al-Asad attack": the attack is known news, the denial is the story (one told with
    # its day, "denied involvement in a drone attack ... on Sunday", is still told)
    r"|\bden(?:y|ies|ied|ying)\s+(?:any\s+)?(?:involvement|responsibility|role|part|links?|connection)\s+(?:in|for|with|to)\b"
    r"(?![^.;]{0,160}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|last\s+night"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))"
    # ("was attacked for the second time in the early hours of December 31": this attack, counted)
    # ("fired missiles at the Koniko base, reportedly for the third time": this attack, counted)
    r"|(?<!for\s)the\s+(?:first|second|third)\s+time(?!\s+(?:in\s+the\s+(?:early\s+|late\s+)?(?:hours|morning|afternoon|evening|night)\s+of"
    r"|on\s+(?:(?-i:[A-Z])|\d)|within\s+hours|today|tonight|this\s+(?:morning|afternoon|evening)))"
    r"|(?:the|that|an?)\s+(?:previous|earlier|prior)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|incident)"
    # (one told with its day, "followed a prior incident on Wednesday when Erbil Airbase was struck", is told)
    r"(?!\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b)"
    # ("including the recent rocket attack that killed an American contractor": one known already)
    r"|\b(?:the|that)\s+recent\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|incident)\s+(?:that|which)\b"
    # ("..., blaming Iran and its proxy forces for the attack." is this attack's)
    # (one told with its day, "blamed Iran-backed groups for a Sunday rocket attack on the US embassy", is told)
    r"|blam(?:ed|es|ing)\s+(?:[^.;]{0,80}?)\bfor\s+(?:the|a|an|its|their|last|recent)(?!\s+(?:attacks?|strikes?)\s*(?:[.,;]|$))"
    r"(?![^.;]{0,160}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|last\s+night"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))"
    # "Iran has come out to strongly deny any role in the attack on American forces"
    r"|den(?:y|ied|ies|ying)\s+(?:any\s+)?(?:role|involvement|part|hand)\s+in\s+(?:the|any)"
    # "the White House, which denounced the October attack, believed that the attack on Al Tanf was ...": an attack
    # known by its month
    r"|(?:the|that)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|assaults?)"
    # "The US holds this group responsible for an attack that claimed the lives of three American troops"
    r"|\b(?:holds?|held|holding)\s+(?:[\w-]+\s+){1,4}?responsible\s+for"
    # "Targeted outposts include al-Tanf garrison ..., the Ain al-Asad air base ...": the campaign's targets
    r"|\b(?:targeted|attacked)\s+(?:outposts|bases|sites|facilities|installations|locations)\s+(?:have\s+)?included?"
    r"|\b(?:outposts|bases|sites|facilities|installations|locations)\s+(?:that\s+have\s+been\s+|which\s+have\s+been\s+)?"
    r"(?:targeted|attacked|hit)\s+(?:so\s+far\s+)?(?:have\s+)?included?)\b",
    re.IGNORECASE,
)
# What an attack answers: "in retaliation for the killing of ...", "in response to U.S. strikes".
_RETALIATION_FOR_RE = re.compile(
    r"\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+(?:retaliate|avenge)\b|as\s+(?:a\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)"
    r"|citing\s+(?:retaliation|revenge)\s+for)",
    re.IGNORECASE,
)
# "U.S. forces at/in ..." and "attacks on U.S. troops": the forces are the anchor when no base is named.
_FORCES_RE = re.compile(
    r"(?<![\w.])(?:(?:" + _US + r"|(?P<own>[Ii]ts|[Tt]heir|[Oo]ur))(?:\s+and\s+(?:[Cc]oalition|[Aa]llied|[Ii]nternational|other|Syrian|Iraqi|[Pp]artner)\s*)?(?:\s+(?:and\s+)?(?:[Cc]oalition|military|Army|Marine))?"
    r"\s+(?:forces|troops|personnel|service\s*members?|servicemembers?|servicem[ae]n|soldiers?|military|convoy|patrol|positions?|interests)"
    # "The international coalition was attacked by two rockets": the coalition itself, named without a noun
    r"|[Tt]he\s+(?:[Ii]nternational|[Gg]lobal|U\.S\.-led|US-led)\s+[Cc]oalition"
    r"(?:\s+against\s+(?:the\s+)?(?:so-called\s+)?(?:ISIS|IS|Islamic\s+State|Daesh))?"
    r"(?!\s+(?:forces|troops|personnel|military|soldiers|members|service|base|bases|jets|aircraft|warplanes|strikes?)\b)"
    # "the three Army soldiers who were killed": a U.S. service named by itself, counted (not "Iraqi Army soldiers")
    r"|(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})\s+(?:Army(?:\s+Reserve)?|Marine(?:\s+Corps)?|Air\s+Force)"
    r"\s+(?:soldiers?|troops|personnel|service\s*members|reservists|airmen|Marines))"
    r"(?P<tail>(?:\s+(?:stationed|based|deployed))?(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<where>Iraq|Syria|Jordan|the\s+region|the\s+Middle\s+East|[A-Z][\w-]+))?)",
)
# An unnamed base: "a base in Syria, which houses coalition forces", "a U.S. base in eastern Syria".
_BASE_NOUN = (
    r"(?:bases?|air\s*bases?|airbases?|outposts?|garrisons?|facilit(?:y|ies)|installations?|camps?|compounds?"
    r"|airfields?|airports?|(?:oil|gas)\s+fields?|military\s+sites?|military\s+complex(?:es)?|sites?|positions?|convoys?"
    r"|logistics\s+convoys?|patrol\s+bases?|headquarters"
    # "a US post in Jordan" (not "a post in which ...")
    r"|posts?(?=\s+(?:in|near)\s+(?!which\b)))"
)
# What follows a base phrase, up to 90 characters within its sentence (an abbreviation's full stop kept): where
# the base is and whom it hosts.
_PHRASE_REST = r"(?P<post>(?:[^.;]|\.(?!\s*$|\s+(?-i:[A-Z\"“]))){0,90})"
_GENERIC_RE = re.compile(
    r"\b(?P<det>a|an|another|one|the|this|that|their|its|two|three|four|five|six|seven|eight|nine|ten|several|\d)\s+"
    r"(?P<other>other\s+)?(?P<mods>(?:(?!base|bases|an?\s|the\s)[\w.'’-]+\s+){0,4}?)(?P<noun>" + _BASE_NOUN + r")\b" + _PHRASE_REST,
    re.IGNORECASE,
)
# A base named as headlines do, without an article: "inside US military base in Iraq", "US base in Syria came
# under drone attack" (one base, as the phrases of _GENERIC_RE, whose groups it shares).
# ("US contractor dies in rocket attack at Iraq base": the country as a headline's modifier, tied to the U.S. as
# any unnamed base is)
_BARE_BASE = (r"(?P<det>)(?P<other>)(?P<mods>(?:U\.S\.|US|American|coalition|(?-i:Iraq|Syria))\s+(?:(?:military|army|air)\s+)?)"
              r"(?P<noun>base|air\s*base|airbase|(?<=military\s)complex)\b(?!\s+(?:in|near)\s+(?:the\s+)?(?:region|area)\b)"
              + _PHRASE_REST)
_BARE_BASE_RE = re.compile(
    r"(?<=(?-i:[a-z])\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bone\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)(?<!\btheir\s)"
    + _BARE_BASE, re.IGNORECASE)
# The same phrase opening a sentence (matched at its start only).
_BARE_BASE_OPENING_RE = re.compile(_BARE_BASE, re.IGNORECASE)
# A base told as the neighbour of the one just named: "the airport and an adjacent military base".
_NEIGHBOUR_RE = re.compile(r"(?:adjacent|nearby|neighbou?ring|next-door)\b", re.IGNORECASE)
# What an attack on a base just after it does to the base: "an attack on its base", "drones targeting their base".
_ATTACKED_OWN_RE = re.compile(r"\b(?:on|against|targeting|targeted|struck|hit|attacked|at)\s+$", re.IGNORECASE)
_US_TERM_RE = re.compile(r"(?<![\w])" + _US + r"(?![\w])|\bAmerican-occupied\b|\bU\.S\.-occupied\b|\bthe\s+U\.S\.\b", re.IGNORECASE)
_HOSTS_RE = re.compile(
    # ("a convoy of trucks carrying supplies for the U.S.-led coalition")
    # ("a military base north of the Iraqi capital where US troops are deployed")
    r"^(?:\s+(?:in|near|at|on|outside|close\s+to|(?:north|south|east|west)(?:east|west)?\s+of)\s+[^,.;]{0,40}?)?"
    r"(?:\s+of\s+(?:\w+\s+)?(?:trucks|vehicles|lorries|tankers))?"
    # ("a convoy of a contractor company working with the International anti-ISIS Coalition")
    r"(?:\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:company|companies|firm|contractors?))?"
    r"(?:,?\s*(?:which|that|where|used|home|housing|hosting|with|holding|occupied|operated|manned|working|employed"
    r"|of(?=\s+(?:the\s+)?(?:(?:forces|troops)\s+of\s+(?:the\s+)?)?(?:U\.S|US\b|American|coalition|(?:international|global)\s+coalition))|belonging|carrying|transporting|supplying|serving|for|run\s+by"
    r"|hauling|moving|delivering|bringing|contracted))"
    r"(?:[^.;]{0,50}?)(?<![\w])" + _US,
    re.IGNORECASE,
)
_PRE_FORCES_RE = re.compile(
    _US + r"(?:\s+and\s+coalition)?\s+(?:forces|troops|personnel|service\s*members|soldiers|military)\s+(?:stationed\s+|based\s+)?(?:at|in|on)\s+$",
    re.IGNORECASE,
)
_OTHER_COUNT_RE = re.compile(
    r"\b(?P<num>two|three|four|five|six|seven|eight|nine|ten|\d)\s+other\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:bases|sites|facilities|locations|installations|positions|outposts)\b",
    re.IGNORECASE,
)
_SUMMARY_RE = re.compile(
    r"\b(?P<num>two|three|four|five|six|seven|eight|nine|2|3|4|5|6|7|8|9)\s+(?!other\b)"
    r"(?:(?:separate|different|distinct|new|consecutive|simultaneous|more|further|additional|rocket|drone|missile|and|mortar|U\.S\.|US"
    r"|American|coalition|military|troop)\s+)*"
    r"(?:attacks|strikes|assaults|incidents|bases|sites|facilities|locations|installations)\b",
    re.IGNORECASE,
)
# The story's strikes as the subject: "the strikes hit three military facilities".
_THE_STRIKES_HIT_RE = re.compile(r"\b(?:the|these|those)\s+(?:air\s*)?strikes\s+(?:also\s+)?(?:hit|struck|targeted|destroyed)\b",
                                 re.IGNORECASE)
# Where every attack of the count just told took place: "All were within Syria."
_ALL_WERE_IN_RE = re.compile(
    r"(?:All|They|All\s+of\s+them|All\s+(?:two|three|four|five|six)|Both|Each)\s+(?:were|took\s+place|happened|occurred)\s+"
    r"(?:in|within)\s+(?:northeastern\s+|eastern\s+|western\s+|northern\s+)?(?P<country>Iraq|Syria|Jordan)\s*[.,;]?\s*$"
)
# Rounds that hit places: "the rockets, which he described as Katyusha missiles, struck ..."
_ROUNDS_HIT_RE = re.compile(
    r"\b(?:rockets?|missiles?|drones?|projectiles?|shells?|rounds?|Katyushas?)\b[^.;]{0,80}?"
    r"\b(?:struck|hit|landed|fell|impacted|exploded)\s+(?:in\s+|at\s+|on\s+|near\s+)?$",
    re.IGNORECASE,
)
# "attacked four times late on Thursday": a day's count (a day must be named for it to be one).
# "in Iraq", "in Iraq and Syria", told of where the attacks of a count were.
_IN_COUNTRIES = r"(?:\s+in\s+(?:Iraq|Syria|Jordan)(?:(?:\s+and\s+|\s*,\s*)(?:Iraq|Syria|Jordan))?)"
_DAY_TIMES_RE = re.compile(
    r"\b(?:attacked|targeted|struck|hit)\s+"
    # ("attacked U.S. forces in Iraq and Syria three times on Monday")
    r"(?:(?:U\.S\.|US|American|coalition)\s+(?:forces|troops|bases|personnel)" + _IN_COUNTRIES + r"?\s+)?"
    r"(?:at\s+least\s+)?(?P<num>two|three|four|five|six|[2-6])\s+(?:separate\s+)?times"
    # ("attacked four times in Iraq and Syria on Thursday")
    + _IN_COUNTRIES + r"?"
    r"(?=\s+(?:on|late|early|overnight|yesterday|today|this|last\s+night|" + _WEEKDAY + r"))",
    re.IGNORECASE,
)
# "three bases in (northeastern) Syria"
# A list of provinces an unnamed attack was spread over: "in the governorates of Basra, Dhi Qar and Anbar".
_PLACE_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
_PROVINCE_LIST_RE = re.compile(
    r"\bin\s+(?:the\s+)?(?:governorates|provinces)\s+of\s+(?P<list>" + _PLACE_NAME + r"(?:\s*,\s*" + _PLACE_NAME
    + r")*,?\s+and\s+" + _PLACE_NAME + r")",
    re.IGNORECASE,
)
# "bases| in northeastern |Hasakah province": the words between a count of bases and the province they are in.
_REGION_AFTER_COUNT_RE = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?")
_BASES_IN_RE = re.compile(r"\s+(?:in|across)\s+(?:(?:north|south|east|west)[\w-]*\s+|the\s+)?(?P<country>Iraq|Syria|Jordan)\b(?!\s+(?:and|or)\s+(?:in\s+)?(?:Iraq|Syria|Jordan)\b)")
_DAY_WINDOW_RE = re.compile(r"\b(?:in\s+the\s+(?:last|past)\s+(?:day|24\s+hours)|in\s+less\s+than\s+24\s+hours|within\s+24\s+hours"
                            r"|over\s+the\s+(?:last|past)\s+24\s+hours)\b", re.IGNORECASE)
_COREF_RE = re.compile(
    r"\b(?:the|this|that|these|those|both|either|each|today['’]s|yesterday['’]s|" + _WEEKDAY + r"['’]s"
    r"|the\s+(?:latest|recent|" + _WEEKDAY + r"))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|assaults?|strikes?|incidents?|event|barrage|base|airbase|air\s+base|rockets?|drones?|missiles?|projectiles?)\b"
    r"|\b(?:it|they)\s+(?:had\s+)?(?:attacked|targeted|struck|hit|launched|fired)"
    # "Each was hit by a roadside bomb": the attacks just counted
    r"|^(?:Each|Both|All)(?:\s+of\s+them)?\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:hit|struck|targeted|attacked|carried\s+out)\b",
    re.IGNORECASE,
)
# A reference clause that the clause break always cuts off: "after a ...", "since the ...".
_AFTER_OBJECT = r"(?:after|before|since|following)\s+(?:a|an|the|two|three|four|five)\s"
# The space between a lag and "after"/"since"/"before" that the clause break leaves: where "..., months after
# militants suspended ..." and "..., two days before the Pope's visit" are cut.
_LAG_AFTER_RE = re.compile(
    r"(?:(?<=days)|(?<=weeks)|(?<=months)|(?<=years))\s+(?=(?:after|since|before)\s)(?!(?i:" + _AFTER_OBJECT + "))")
# The lag that opens a reference back: "(months) after", "(weeks) since".
_LAG_END_RE = re.compile(r"\b(?:days|weeks|months|years)$")
# An older attack on the base just told, undated: "(came just days) after a similar attack on the base killed ...".
_EARLIER_ON_SAME_BASE_RE = re.compile(
    r"\b(?:days|weeks)\s+after\s+(?:an?|the)\s+(?:similar|previous|earlier|prior)\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike|barrage)\s+on\s+(?:the\s+same|the|that|this)\s+(?:base|camp|facility|garrison)\b",
    re.IGNORECASE,
)
# ", a day after U.S. strikes in Syria": a lag told after a comma, opening a reference back.
_COMMA_LAG_AFTER_RE = re.compile(
    r",\s+(?:just\s+|only\s+|barely\s+)?(?:a|one|two|three|four|five|six|a\s+few|several|\d+)\s+(?:days?|hours?|weeks?)\s+"
    r"(?:after|since|following)\b", re.IGNORECASE)
_AFTER_OBJECT_RE = re.compile(r"\s+" + _AFTER_OBJECT, re.IGNORECASE)
# ", hours after", "just two days after": a lag that turns to an earlier attack.
_LAG_CUT_RE = re.compile(
    r",?\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a|one|two|three|four|five|six|a\s+few|several|\d+)\s+)?(?:hours?|days?)\s+"
    r"(?:after|following)\s", re.IGNORECASE)
# "... attacks in recent months, including a missile attack on ...": one of them, not a lag ("months after")
_INCLUDING_AT_RE = re.compile(r"[\s,]*including\s", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(
    r";|,\s*(?:and|while|whereas|but|as\s+well\s+as)\s+|\s+while\s+|\s+whereas\s+|,\s+(?=(?:a|an|another|and)\s)"
    r"|\s+and\s+(?=(?:a|an|another|one|two|three|four|five|six|\d+)\s)"
    # (not "drones at two bases, one at the Al-Omar oilfield and one at the Conoco gas field": the same verb's)
    r"(?!(?:one|two|three|four|five|six|\d+)\s+(?:at|on|in|near|against)\s)"
    r"|\s+(?=" + _AFTER_OBJECT + ")"
    # "..., amid rising tensions following the killings last week of ...": circumstances, not the attack
    r"|,\s+(?=amid\s|in\s+what\s)"
    # "a response to a series of attacks ..., including an attack on Erbil Air Base earlier today": one of them, told
    r"|,\s+(?=including\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|assault)\b)"
    # "a drone hit Erbil airport on Wednesday, the same day rockets targeting a Turkish base landed ...": another attack
    r"|,\s+(?=the\s+same\s+day\s)"
    # "a strike by a gunship that was in the air when the militants fired two missiles at Al-Asad": the attack
    r"|\s+(?=when\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:militants|militias?|fighters|insurgents|gunmen)\s+(?:fired|launched)\s)",
    re.IGNORECASE,
)
# A sentence end: [.!?], closing quotes or brackets, space, then a capital or digit; or a run of newlines.
# Written to start with one character class so the scan skips ahead in C, it matches exactly what
# r"[.!?](?:[\"”’')\]]|\[\d{1,3}\])*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+" does (a footnote's mark, "Syria.[2] On ...",
# closes a sentence as a bracket does), and a full stop that scraping left with no
# space after it when a lowercase word ends there and a capitalised word follows ("on Thursday.It said").
_SENTENCE_END_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?:[\"”’')\]]|\[\d{1,3}\])*\s+(?=[\"“‘(\[]?[A-Z0-9])|(?<=\n)\n*"
    r"|(?<=[a-z][a-z][.!?])[\"”’')\]]*(?=[\"“‘]?(?:[A-Z][a-z]|[AI]\s)))"
)
# A word no sentence ends on, last on a line: the line breaks inside a sentence.
_DANGLING_WORD_RE = re.compile(r"\b(?:the|a|an|of|near|at|to|and|with|from|by)[ \t]*$")
_ABBREVIATED_RE = re.compile(r"([\w.]+)\.$")
_ABBREVIATIONS = frozenset(
    "u.s us u.k u.n mr mrs ms dr gen lt col maj brig capt sgt cpl pvt adm cmdr rep sen gov st no jan feb mar apr jun jul "
    "aug sep sept oct nov dec vs etc inc corp co jr sr a.m p.m e.g i.e mt ft".split()
)
# A date written out: a number in it, or "the eighth of December".
# (a holiday, or a weekday "last week", is a written day)
_EXPLICIT_DAY_RE = re.compile(r"\d|^(?i:the)\s+[\w-]+\s+of\s|(?i:christmas|new\s+year|thanksgiving|last\s+week)")
# The end of "(just) days after", "weeks since", right before a subordinate clause
# ("a day after", "hours after" resolve to a day; "days after" does not)
_SINCE_BEFORE_RE = re.compile(r"\b(?:days|weeks|months|years|a\s+week|a\s+month)\s*$", re.IGNORECASE)
_LEADING_AFTER_RE = re.compile(
    r"^(?:Hours\s+|Days\s+|A\s+day\s+|Shortly\s+)?(?:after|following)\s+[^;]{10,200}?,\s+"
    r"(?=(?:the\s+)?(?:U\.S\.|US|American|coalition|Washington|Pentagon|Israel\w*|Iraqi?|Turkish|British)(?!\w))",
    re.IGNORECASE,
)
_PEOPLE_AND_RE = re.compile(
    r"\s+and\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:[\w.-]+\s+){0,2}?(?:contractors?|soldiers?|troops?|"
    r"service\s*members?|servicemembers?|civilians?|personnel|Marines?|sailors?|airmen|airman|Americans?)\b",
    re.IGNORECASE,
)
# "Among these attacks, two particularly noteworthy incidents took place on October 18": the day of the
# attacks the next sentences tell.
_ATTACKS_TOOK_PLACE_RE = re.compile(r"\b(?:attacks|incidents)\s+(?:took\s+place|occurred|happened)\b")
# The rounds of the attack told, taken up again where they came down: "Both rockets landed north of the Union III
# base", "According to the source, the two drones fell near ...".
_ROUNDS_LANDED_RE = re.compile(
    r"(?:According\s+to\s+[^,]{1,60},\s+)?(?:[Bb]oth|[Tt]he\s+(?:two|three|four|five)|[Tt]he|[Aa]ll\s+(?:three|four|five|of\s+the))\s+"
    r"(?P<rounds>rockets|missiles|drones|shells|projectiles)\s+(?:\w+\s+)?(?:landed|fell|struck|hit|impacted|exploded)\b"
)
_ROUND_WEAPONS = {"rockets": "rocket", "missiles": "missile", "drones": "drone", "shells": "mortar", "projectiles": None}
# "Another separate attack on October 25 ...": the story moves to that day.
_ANOTHER_ATTACK_ON_RE = re.compile(
    r"(?:An?other|A\s+separate|A\s+second|A\s+later)\s+(?:separate\s+)?(?:[\w-]+\s+)?(?:attack|incident)\s+on\s+"
    r"(?:" + _MONTH + r"|" + _WEEKDAY + r")"
)
# An attack told as an act, not only named: "drones attacked", "rockets struck", "was targeted".
_ATTACK_VERB_RE = re.compile(
    r"\b(?:attacked|targeted|struck|hit|fired|launched|shelled|bombed|came\s+under|were\s+shot\s+down|was\s+shot\s+down"
    r"|landed|impacted|exploded|fell|slam(?:s|med|ming)?\s+into|crash(?:es|ed|ing)?\s+into|intercepted|downed|shot\s+down"
    r"|" + _IMPACT_OF +
    # "carried out rocket attacks on the coalition base in Al-Omar oil field ... on Feb. 28"
    r"|(?:carried\s+out|conducted)\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)\s+"
    r"(?:on(?!\s+(?:" + _MONTH + "|" + _WEEKDAY + r"))|against|targeting))\b",
    re.IGNORECASE,
)
# A base told by the mission it stands near: "an Iraqi base hosting American troops near the US embassy".
_BASE_NEAR_MISSION_RE = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:base|facility|compound|camp|installation)\b[^.;]{0,60}?\s"
    r"(?:near|next\s+to|close\s+to|adjacent\s+to|beside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The attack in focus, named again as the one a group claimed: "with this particular raid claimed by ...".
_THIS_ONE_CLAIMED_RE = re.compile(
    r"\bthis\s+(?:particular\s+|latest\s+|specific\s+)?(?:raid|attack|strike|assault|one)\s+"
    r"(?:was\s+|being\s+|having\s+been\s+)?claimed\s+by\b",
    re.IGNORECASE,
)
# Someone hurt or killed in an attack, which tells it: "was critically injured in a drone attack at Irbil Air Base".
_HURT_IN_ATTACK_RE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:injured|wounded|killed|hurt)\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike)\b",
    re.IGNORECASE,
)
# "including a missile attack against the American embassy on the eighth of last December": an attack told
# as one event of its own (an indefinite article), not named as a known one ("the April 2 rocket strike").
_ONE_ATTACK_TOLD_RE = re.compile(
    # ("a follow-up, Iran-backed attack on March 24 on the Green Village outpost")
    r"\b(?:an?|one)\s+(?:[\w-]+,?\s+){0,3}?(?:attack|strike|assault)\s+(?:on\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+)?"
    r"(?:on|against|targeting)\s"
    # "The last attack on Balad airbase was on March 15": the day of an earlier attack, told
    r"|\b(?:last|previous|latest|most\s+recent|prior)\s+(?:[\w-]+\s+)?(?:attack|strike|assault)\s+(?:on|against|targeting)\s"
    r"[^.;]{1,60}?\s(?:was|came|occurred|took\s+place)\s+on\s",
    re.IGNORECASE)
# "claimed responsibility for drone strikes on ...": a claim that tells the attack it claims.
_CLAIMED_ATTACK_RE = re.compile(
    r"\bclaim(?:ed|s|ing)\s+(?:responsibility\s+for\s+)?(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|operations?)\s+(?:on|against|targeting)\b",
    re.IGNORECASE,
)
# A photo caption run into the text: it shows an older scene, it does not report.
_CAPTION_RE = re.compile(
    r"\bin\s+(?:this|a)\s+(?:undated\s+|file\s+|handout\s+)*(?:picture|photo(?:graph)?|image)\b"
    r"(?:\s+(?:taken|obtained|released|provided|made\s+available|shared))?"
    # ("This handout satellite image courtesy of Vantor released on March 6, 2026, shows the tunnel entrances ...")
    r"|^(?:This|The|A|An)\s+(?:(?:undated|file|handout|satellite|aerial|video)\s+)*(?:picture|photo(?:graph)?|image)"
    r"\b[^.;]{0,120}?\bshows\b",
    re.IGNORECASE,
)
# A weapon named and another ruled out beside it: "two rockets and not drones", "rockets, not drones".
_RULED_OUT_WEAPON_RE = re.compile(
    r"(?P<right>\b(?:rockets?|drones?|missiles?|mortars?(?:\s+(?:rounds|shells))?))\s*(?:,|\band|\bbut)?\s+not\s+"
    r"(?:by\s+|with\s+)?(?:an?\s+)?(?P<wrong>(?:rockets?|drones?|missiles?|mortars?)\b)",
    re.IGNORECASE,
)
# Attacks in the plural: with two countries named, a campaign ("renewed drone and rocket attacks in Iraq and Syria").
_ATTACKS_PLURAL_RE = re.compile(r"\battacks\b", re.IGNORECASE)
# A base of another army, told beside the attack: "rockets landed on an army base ... that hosts Turkish forces,
# killing one soldier" (that soldier is not one of ours).
_OTHER_HOST_RE = re.compile(
    r"\b(?:bases?|camps?|posts?|positions?)\b[^.;]{0,40}?\b(?:that\s+|which\s+)?(?:hosts?|hosting|housing|houses|of\s+the)\s+"
    r"(?:Turkish|Iraqi|Syrian|Kurdish|Peshmerga|Russian|Iranian)\s+(?:forces|troops|army|soldiers)\b",
    re.IGNORECASE,
)
# Figures for other fighting told beside the attack: "No casualties from these skirmishes have been confirmed."
# ("no confirmation about the connection between these attacks and the incident in which three soldiers were
# killed": that incident's dead)
_OTHER_FIGHTING_RE = re.compile(r"\b(?:from|in|during)\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:skirmish\w*|clash\w*"
                                r"|firefights?|battles?|fighting)\b|\b(?:connection|link|relation)\s+between\b", re.IGNORECASE)
# An "after" clause about an attack the reader already knows of: "after the attack on Tower 22".
_AFTER_THE_RE = re.compile(r"\s*,?\s*(?:after|following)\s+the\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault)\s+(?:on|at|against)\s",
                           re.IGNORECASE)
_LAG_BEFORE_RE = re.compile(r"\b(?:a|one|(?P<n>two|three|four|five|six|[2-6]))\s+days?\s*$", re.IGNORECASE)
_AFTER_START_RE = re.compile(r"\s*,?\s*(?:after|since|following)\b", re.IGNORECASE)
_FOLLOW_ON_RE = re.compile(r"\s*,?\s*and\s+(?:another|one\s+more|a\s+(?:second|third|further))\b", re.IGNORECASE)
# "hours after ...", "two days after ...": an earlier attack told in passing.
_EARLIER_RE = re.compile(r"\b(?:(?P<hours>hours)|a\s+day|(?P<n>two|three|four|five|six|[2-6])\s+days)\s+(?:after|since)\s+(?P<rest>[^;]+)",
                         re.IGNORECASE)
# "the second time in two days that US bases have come under attack, after Ain al-Asad was targeted ... late on
# Thursday": the earlier of the two, told with its day.
_NTH_IN_DAYS_AFTER_RE = re.compile(
    r"\bthe\s+(?:second|third|fourth)\s+time\s+in\s+(?:(?P<n>two|three|four|five|six|[2-6])\s+days|(?P<hours>\d+\s+hours))\b"
    r"[^;]*?\b(?:after|since)\s+(?P<rest>[^;]+)",
    re.IGNORECASE,
)
_ANOTHER_ATTACK_RE = re.compile(
    r"\b(?:in|during)\s+(?:another|a\s+separate|a\s+second|a\s+further)\s+(?:[\w-]+\s+)?(?:attack|incident|strike)\b",
    re.IGNORECASE,
)
# The site a drone is downed near, named again by its noun: "near the airport", "near the same base".
_SITE_NOUN = r"(?:base|air\s*base|airbase|airport|garrison|outpost|camp)"
_SAME_BASE_AGAIN_RE = re.compile(
    r"\b(?:the|that|this)\s+(?:same\s+)?(?:base|air\s*base|airbase|garrison|outpost)"
    # ("The base, which hosts coalition personnel and Iraqi troops, was hit by a rocket on June 20")
    r"(?:\s*,\s*(?:which|that|where|home\s+to|housing|hosting)\b[^,;]{0,90},)?\s+(?:(?:was|had\s+been|has\s+been)\s+"
    r"(?!not\b|never\b)(?:\w+\s+)?(?:attacked|targeted|hit|struck)"
    # ("A security source said the base had come under attack by Grad-type rockets on Thursday")
    r"|(?:had\s+|has\s+)?(?:came|come)\s+under\s+(?:\w+\s+)?(?:attack|fire))"
    # "On Thursday, October 19, drones also hit this airbase."
    r"|\b(?:attacked|targeted|hit|struck)\s+(?:it|this\s+(?:base|air\s*base|airbase|garrison|outpost))\b"
    # "on March 11 at 7:35 p.m., 15 small rockets impacted the base": the rounds as the subject
    r"|\b(?:rockets|missiles|drones|mortars|shells|projectiles|rounds)\s+(?:impacted|hit|struck|landed\s+(?:in|on|inside))\s+"
    r"(?:the|this)\s+(?:base|air\s*base|airbase|garrison|outpost|camp)\b"
    # "It was also attacked on April 30, when two missiles fell near the base."
    r"|^It\s+(?:was|had\s+been)\s+(?:also\s+)?(?:attacked|targeted|hit|struck)\b"
    # "Air defences at the base downed another drone late Sunday": another attack, on a day of its own
    r"|\b(?:intercepted|downed|shot\s+down|brought\s+down)\s+(?:and\s+(?:downed|destroyed)\s+)?another\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|UAV)\b"
    # "On July 3, authorities said a drone was downed near the airport": an interception at the base on its own day
    r"|\b(?:drones?|rockets?|missiles?|UAVs?)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:downed|shot\s+down|intercepted|"
    r"brought\s+down)\s+(?:near|over|close\s+to|at|around)\s+the\s+(?:same\s+)?" + _SITE_NOUN + r"\b"
    # "a similar episode yesterday, when another unidentified drone flew near the same base and was shot down"
    r"|\banother\s+(?:[\w-]+\s+){0,2}(?:drone|rocket|missile|UAV)\b[^.;]{0,60}?\b(?:near|over|at|toward|towards)\s+"
    r"the\s+same\s+" + _SITE_NOUN + r"\b"
    # "On Wednesday, rockets killed two American troops and one British soldier there."
    r"|\bthere\s*(?=[.;]|,\s)"
    # "On Wednesday night, the counterterrorism unit reported a similar attack": another day's attack on that base
    r"|\b(?:reported|saw|thwarted|foiled|repelled|repulsed)\s+a\s+similar\s+(?:[\w-]+\s+)?(?:attack|strike|assault)\b",
    re.IGNORECASE,
)
# A dash that sets a clause apart: what stands before it is a whole statement of its own.
_CLAUSE_DASH_RE = re.compile(r"\s[—–-]{1,2}\s")
_SAME_BASE_RE = re.compile(r"\b(?:the\s+same|the|that)\s+(?:base|air\s*base|airbase|garrison|outpost|facility|compound|site)\b",
                           re.IGNORECASE)
_BALLISTIC_RE = re.compile(r"\bballistic\s+missiles?\b", re.IGNORECASE)
# The only characters outside ASCII that an IGNORECASE pattern matches to ASCII letters (İ ı ſ K):
# a text without them can be tested for a pattern's literal words on its lower-cased form.


def _names_ballistic(text: str) -> bool:
    """Whether ``_BALLISTIC_RE`` matches anywhere in a whole article (a substring test first)."""
    if "ballistic" not in text.lower() and not has_case_odd(text):
        return False
    return _BALLISTIC_RE.search(text) is not None
_NAMED_FRONT = re.compile(r"\bthe\s+same\s+(?:group|faction|militia)\b", re.IGNORECASE)


# --------------------------------------------------------------------------- working records


@dataclass(frozen=True)
class _Count:
    """A count of one day's attacks ("three separate attacks on Wednesday"), for the attacks it implies."""

    count: int
    day: date | None
    countries: frozenset[str]
    index: int  # the sentence that told it
    explicit: bool  # counted for that one country ("attacks on three bases in Syria")
    own_day: bool  # dated by its own sentence
    weapons: frozenset[str] = frozenset()  # named in the count itself ("two separate drone attacks")
    claimant: str | None = None  # the group whose claim the count is ("IRI said it attacked two U.S. bases in Syria")
    # The count's day is the second of two it names ("On December 16 and 17, ... three attacks"): the attacks of
    # the day before are among those counted.
    eve_too: bool = False

    def covers(self, day: date | None) -> bool:
        """Whether an attack of ``day`` is among those counted."""
        return day == self.day or (self.eve_too and day is not None and self.day is not None
                                   and day == self.day - timedelta(days=1))


# Where a clause ends: a comma, a semicolon or the sentence's end (not the full stop of "U.S.").
_CLAUSE_END_RE = re.compile(r"[,;]|$")
# An airport named again: "a facility housing US advisers at the same airport".
_SAME_AIRPORT_RE = re.compile(r"\b(?:at|near|to|toward|towards|on|in)\s+(?P<place>the\s+same\s+airport)\b", re.IGNORECASE)
# Every attack of the story, told without a toll: "none of the attacks ... have resulted in casualties".
_NONE_OF_THE_ATTACKS_RE = re.compile(r"\b[Nn]one\s+of\s+(?:the|these)\s+(?:[\w-]+\s+)?attacks\b")
# A count split by country right after it: ", two located in Iraq and one in Syria".
_COUNT_BY_COUNTRY_RE = re.compile(
    r",?\s+(?P<n1>one|two|three|four|five|six|\d)\s+(?:(?:located|based|of\s+them)\s+)?in\s+(?P<c1>Iraq|Syria|Jordan)"
    r",?\s+and\s+(?P<n2>one|two|three|four|five|six|\d)\s+(?:(?:located|based|of\s+them)\s+)?in\s+(?P<c2>Iraq|Syria|Jordan)\b"
)
# The attacks just counted, as a sentence's subject: "Both attacks were claimed by ...".
_THOSE_ATTACKS_RE = re.compile(r"(?:Both|All|The|These|Those)\s+(?:two\s+|three\s+|four\s+)?(?:attacks|strikes|operations)\b")
# Two bases told in two countries: "two military bases in Iraq and Syria".
_ONE_IN_EACH_RE = re.compile(r"\s+in\s+(?P<c1>Iraq|Syria|Jordan)\s+and\s+(?:in\s+)?(?P<c2>Iraq|Syria|Jordan)\b")
# What a count of attacks was made with, right after it and its place: "... in northeastern Syria with multiple rockets".
_WITH_WEAPONS_RE = re.compile(r"(?:\s+in\s+(?:[\w-]+\s+){0,2}?(?:Iraq|Syria|Jordan))?\s+(?:with|using)\s+[^.;,]{0,80}")


@dataclass
class _Anchor:
    """Where a clause says an attack happened."""

    start: int
    end: int
    base: str | None
    country: str | None
    count: int = 1
    other: bool = False


@dataclass
class _Event:
    """One attack being assembled from the clauses and sentences that tell it."""

    base: str | None
    country: str | None
    day: date | None
    strong: bool
    order: int
    weapons: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    casualties: Casualties = field(default_factory=Casualties)
    claimant: str | None = None
    other: bool = False
    padded: bool = False
    dated_by_context: bool = False
    # Told only in an undated headline ("Injury count from Tower 22 attack rises to 40"): the
    # attack the body dates, when the body tells one at that base.
    undated_headline: bool = False
    # How many attacks on this base the text tells as one ("attacked twice", "two separate drone attacks").
    repeats: int = 1
    # The counted mention this attack is one of ("five convoys came under attack"): never folded
    # into another attack of the same count, though later mentions may fold into it.
    counted_with: tuple[int, int] | None = None
    # Dated only by when it was told (the publication date, or the day of a statement that tells it):
    # the attack a firmly dated mention of the same place tells, within the days news takes to come out.
    by_publication: bool = False
    # Told with a day the text cannot resolve, on a page with no date ("tonight"): the attack a dated mention of the
    # same place tells.
    unanchored: bool = False
    # Its weapons come from a list told of several named bases at once ("fired rockets and drones at
    # Erbil, Ain al-Asad and Conoco"): a mention of this base alone with some of them says which.
    weapons_shared: bool = False
    # Dated "today" in a story published a day after the day it names for this base's attack: said by a
    # source on the day of that attack ("We can confirm that a rocket attack took place today").
    told_today: bool = False
    # Dated "yesterday" or "last night": a day the story itself sets apart from today.
    told_yesterday: bool = False
    # The province or town an unnamed attack's clause places it in ("a convoy ... in Babil"): two unnamed
    # attacks placed in different ones are two attacks.
    area: str | None = None
    # The province or city an unnamed base is said to be in, right after it ("a U.S. base in Erbil"): not the
    # base another province holds, whatever day both were attacked.
    seat: str | None = None
    # The part of its country an unnamed attack's clause puts it in ("two drones in western Iraq"): "west",
    # "northeast" ...; a named base on the other side of that country is another attack.
    compass: str | None = None
    # Told as claimed by no one ("no individual or group has claimed responsibility for the attack yet"): the
    # story's claimant of other attacks is not this one's.
    unclaimed: bool = False
    # The part of its toll told as more on top of one it did not hold ("The spokesman said five other contractors
    # were hurt", after a service member hurt in the attack told unnamed): added to that toll when they fold.
    added: Casualties = field(default_factory=Casualties)
    # The counted mentions folded into it: another attack of the same count is another attack.
    folded_counts: set[tuple[int, int]] = field(default_factory=set)

    def absorb(self, other: "_Event") -> None:
        """Fold another report of the same attack into this one."""
        self._take_weapons(other.weapons, other.weapons_shared)
        for kind, value in other.counts.items():
            self.counts[kind] = max(self.counts.get(kind, 0), value)
        # (an addition waits while the other side has no toll to add to)
        still_added = self.added if other.casualties == _NO_CASUALTIES \
            else other.added if self.casualties == _NO_CASUALTIES else _NO_CASUALTIES
        if self.added != _NO_CASUALTIES and other.added == _NO_CASUALTIES:
            self.casualties = other.casualties.merged(self.casualties, self.added)
        else:
            self.casualties = self.casualties.merged(other.casualties, other.added)
        self.added = still_added
        if other.counted_with is not None:
            self.folded_counts.add(other.counted_with)
        self.folded_counts |= other.folded_counts
        self.unclaimed = self.unclaimed or other.unclaimed
        if self.claimant is None:
            self.claimant = other.claimant
        if (not self.strong and other.strong) or (self.told_today and other.strong and not other.told_today):
            self.day, self.strong, self.told_today = other.day, True, False
        if self.base is None and other.base is not None:
            self.base = other.base
        if self.country is None:
            self.country = other.country
        self.area = self.area or other.area
        self.seat = self.seat or other.seat
        self.compass = self.compass or other.compass
        self.repeats = max(self.repeats, other.repeats)

    def missiles_as_rockets(self) -> None:
        """Read the attack's missiles as the rockets outlets also call them: one weapon, one count."""
        self.weapons = (self.weapons - {"missile"}) | {"rocket"}
        if "missile" in self.counts:
            self.counts["rocket"] = max(self.counts.get("rocket", 0), self.counts.pop("missile"))

    def _take_weapons(self, told: set[str], shared: bool = False) -> None:
        """Add the weapons a mention tells. A mention of this base alone ("air defences at Ayn al-Asad shot
        down a drone") says which of a list shared with other bases was its own; a shared list adds nothing
        to what such a mention said."""
        if not told:
            return
        if not self.weapons:
            self.weapons, self.weapons_shared = set(told), shared
        elif self.weapons_shared and not shared and told < self.weapons:
            self.weapons, self.weapons_shared = set(told), False
            self.counts = {kind: value for kind, value in self.counts.items() if kind in told}
        elif not (shared and not self.weapons_shared and self.weapons < told):
            self.weapons |= told
            self.weapons_shared = self.weapons_shared and shared

    def add_facts(self, text: str, with_weapons: bool = True, with_casualties: bool = True) -> None:
        if with_weapons:
            # ("The strike occurred amid a surge in drone and missile attacks": the weapons of the surge, not its own)
            self._take_weapons(find_weapons(_AMID_SERIES_RE.sub("", text) if "amid" in text else text))
            for kind, value in munition_counts(text).items():
                self.counts[kind] = max(self.counts.get(kind, 0), value)
        if with_casualties:
            self.casualties = self.casualties.merged(read_casualties(text))
            self.casualties = with_others_hurt(self.casualties, text)


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    is_title: bool = False


# --------------------------------------------------------------------------- entry point


def extract_article(article: Article) -> Extraction:
    """Classify ``article`` and extract every attack on U.S./coalition forces it reports as news."""
    published = parse_published(article.published)
    article = _in_english(article)
    text = _full_text(article)
    sentences = split_sentences(text)
    places = _outside_dateline(text, default_index().find(text))
    # Read against the day the story was written: its dateline's, when it has one.
    written = dateline_day(article.text or "", published) or published
    reader = _Reader(text, written, places)
    if written is None:
        reader.year_anchor = latest_full_date(text)
    # (an encyclopedia entry tells the attack as history, whatever its dates say)
    reference = published is None and _is_reference_page(text)
    for index, sentence in enumerate([] if reference else sentences):
        reader.read(index, sentence)
    events = reader.finish()
    pause_since, pause_phrase = (None, None)
    if events and reader.pause_sentences:
        since, phrase = find_pause("\n".join(reader.pause_sentences), written)
        if since is not None:
            pause_since, pause_phrase = since.isoformat(), phrase
    return Extraction(
        article_id=article.id,
        is_attack_report=bool(events),
        events=tuple(events),
        pause_since=pause_since,
        pause_phrase=pause_phrase,
    )


# A dateline opening the story or its body: "RUMALYN, Syria -", "Rumalyn, Syria —", "ERBIL, Iraq (Reuters) -",
# "BAGHDAD, Jan. 24 (Xinhua) --". A name in capitals may stand alone; any other is followed by its country.
_PLACE_DATELINE_RE = re.compile(
    r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}(?:,\s+[A-Z][\w ]{2,20}?)?"
    r"|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3},\s+(?:Iraq|Syria|Jordan|Kurdistan(?:\s+Region)?))"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[-–—:])\s"
)


# The marks of an encyclopedia entry: a table of contents and numbered citations ("... 47 others. [4]").
_CONTENTS_RE = re.compile(r"^(?:Contents|Last updated|From Wikipedia)\b", re.MULTILINE)
_CITATION_RE = re.compile(r"\s\[\d{1,3}\]")
_REFERENCE_PAGE_CITATIONS = 3


def _is_reference_page(text: str) -> bool:
    """An encyclopedia entry rather than a report: undated, with contents and several numbered citations."""
    return _CONTENTS_RE.search(text) is not None and len(_CITATION_RE.findall(text)) >= _REFERENCE_PAGE_CITATIONS


def _outside_dateline(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of ``text`` less those in a dateline: where the story was filed, not what was attacked
    ("RUMALYN, Syria - Drones attacked U.S. forces at the Conoco field")."""
    starts = [0, text.index("\n") + 1] if "\n" in text else [0]  # (the headline's, or the body's after it)
    spans = [(start, m.end()) for start in starts if (m := _PLACE_DATELINE_RE.match(text, start)) is not None]
    if not spans:
        return places
    return [p for p in places if not any(start <= p.start < end for start, end in spans)]


def _in_english(article: Article) -> Article:
    """``article`` with its headline and body glossed into English when written in a language with a
    phrase table; as it is otherwise (see :mod:`glossing`)."""
    language = language_of(f"{article.title or ''}\n{article.text or ''}")
    if language == "en" or not has_gloss(language):
        return article
    return replace(article, title=to_english(article.title or "", language),
                   text=to_english(article.text or "", language))


def _full_text(article: Article) -> str:
    """Headline and body as one text; a body that already opens with its headline is not doubled.

    A compound broken by scraping ("USA -led forces") is joined again, so it reads as one word."""
    title = (article.title or "").strip()
    body = article.text or ""
    text = title + "\n" + body if title and not body.lstrip().startswith(title) else body
    if " -" in text:
        text = _BROKEN_COMPOUND_RE.sub("-", text)
    if "-" not in body:
        text = _GLUED_ARTICLE_RE.sub(r"\1-", text)  # (only a page that dropped every hyphen glues them)
    text = _GLUED_AFTER_NUMBER_RE.sub(r"\g<0> ", text)  # ("the K-1military base": a space lost in scraping)
    return text


# An Arabic article glued to its name where a page dropped the hyphen: "the alShaddadi, alTanf bases".
_GLUED_ARTICLE_RE = re.compile(r"\b([Aa]l|[Ee]l)(?=[A-Z][a-z])")
# A name ending in a number glued to the base noun after it: "K-1military base", "K-1air base".
_GLUED_AFTER_NUMBER_RE = re.compile(r"[A-Z]-\d(?=(?:military|air|base|army)\b)")
# "USA -led forces", "Iran -backed militias"
_BROKEN_COMPOUND_RE = re.compile(r"(?<=\w) +-(?=(?:led|backed|aligned|based|made|run|occupied)\b)")


# A run of word characters and periods this long before a period is no abbreviation.
_PAST_ABBREVIATIONS = max(map(len, _ABBREVIATIONS)) + 1


def _long_word_before(text: str, end: int) -> bool:
    """Whether the [\\w.] run before the period at ``end`` is longer than any abbreviation (so
    ``_ABBREVIATED_RE`` would not find one there); a cheap test that spares most searches."""
    size = _PAST_ABBREVIATIONS
    if size > 12 or end < size:
        return False
    return text[end - size:end].replace(".", "a").replace("_", "a").isalnum()


def split_sentences(text: str) -> list[_Sentence]:
    """Sentences with their offsets; abbreviations ("U.S.", "Oct.", "Gen.") do not end one."""
    sentences: list[_Sentence] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if text[m.start()] == "\n" and _DANGLING_WORD_RE.search(text, max(0, m.start() - 6), m.start()):
            continue  # ("One missile strike hit near the\nAmerican consulate": a line broken inside its sentence)
        if text[m.start()] == "." and not _long_word_before(text, m.start()):
            word = _ABBREVIATED_RE.search(text, max(0, m.start() - 12), m.start() + 1)
            if word and (word.group(1).lower() in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isalpha())):
                continue
        _append(sentences, text, start, m.start() + 1)
        start = m.end()
    _append(sentences, text, start, len(text))
    if sentences and "\n" in text[: sentences[0].end + 1] and not text[: sentences[0].end].rstrip().endswith((".", "!", "?")):
        sentences[0].is_title = True
        # A deck, subheads and captions between the headline and a body that opens with its dateline ("BAGHDAD —")
        # are headline matter too: they name the attack the body dates.
        lead = next((i for i, s in enumerate(sentences[1:_DECK_SENTENCES + 1], 1) if _BODY_DATELINE_RE.match(s.text)), 0)
        for sentence in sentences[1:lead]:
            if not find_dates(sentence.text, None):
                sentence.is_title = True
    return sentences


# How many sentences a headline's deck may run to before the body's dateline.
_DECK_SENTENCES = 8
# A body's dateline in capitals: "BAGHDAD —", "ERBIL, Iraq (Reuters) -".
_BODY_DATELINE_RE = re.compile(
    r"[A-Z][A-Z'’.-]{3,}(?:\s[A-Z][A-Z'’.-]+){0,2}(?:,\s+[A-Z][\w ]{2,20}?)?\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[-–—:])\s")


# A dateline inside a run of scraped text ("... near Baghdad airport BAGHDAD: One rocket came down"):
# headline, summary and lead run together without a full stop, and the dateline is where the lead starts.
_DATELINE_RE = re.compile(r"(?<=[a-z0-9,)’'\"”])\s+(?=(?:[A-Z][A-Z'’.-]{4,}|[A-Z]{2,}(?:\s[A-Z]{2,})+)\s*(?::|—|–|\s-\s))")


def _append(sentences: list[_Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    m = _DATELINE_RE.search(text, start, end) if (":" in chunk or "—" in chunk or "–" in chunk or " - " in chunk) else None
    if m is not None:
        _append(sentences, text, start, m.start())
        start = m.end()
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        sentences.append(_Sentence(offset, offset + len(stripped), stripped))


# --------------------------------------------------------------------------- reading


class _Reader:
    """Walks the sentences of one article, keeping the focus and the events found so far."""

    def __init__(self, text: str, published: date | None, places: list[PlaceMention]):
        self.text = text
        self.sentences: list[_Sentence] = []  # those read so far
        self.previous_text = self.current_text = ""  # the sentence read before this one, and this one
        self.published = published
        # For a page with no date: the latest day it writes out in full, which gives its month-days their year
        self.year_anchor: date | None = None
        self.places = places
        self._place_starts: list[int] | None = None
        # The attacker named a target of its own ("a Mossad headquarters", "an Israeli strategic center"): a
        # U.S. site the missiles only fell near is where they fell, not what they were fired at.
        self.other_target = ("Mossad" in text or "spy" in text or "strategic" in text or "intelligence" in text) \
            and _OTHER_TARGET_RE.search(text) is not None
        self.events: list[_Event] = []
        self.focus: list[_Event] | str | None = None  # events, "all", or None
        self.last_claimant: str | None = None
        # The last armed group any sentence named: "The group claimed ..." means that one.
        self.last_group: str | None = None
        # The attacks an unnamed group claimed ("An Iraqi militia claimed ..."), and the sentence that said so:
        # a sentence just after that names the group ("The group, Saraya Awliya al-Dam, ...") gives them its name.
        self.unnamed_claim: tuple[list[_Event], int] | None = None
        # The one base the previous sentence named, if it named exactly one: what "it" may point back at.
        self.recent_base: tuple[str, str] | None = None
        self.denied: set[str] = set()
        # The tolls of older, undated attacks on a base ("came just days after a similar attack on the base killed
        # two"), with the day of the attack they were told against
        self.earlier_tolls: list[tuple[str, date, Casualties]] = []
        self.article_casualties = Casualties()
        self.article_claimant: str | None = None
        # The days "Despite the attacks, no injuries" spoke of, and its zeros: counted attacks added at the end
        # ("five separate incidents" that day) take them too.
        self.plural_zeros: list[tuple[set[date], Casualties]] = []
        # Counts of one day's attacks, for the attacks they imply but the text never describes.
        self.summaries: list[_Count] = []
        # The weapons a count of one day's attacks names, for the attacks of that day told without one.
        self.day_weapons: dict[date, set[str]] = {}
        self.last_day: date | None = None
        # The last day any sentence told something on (a U.S. strike, a statement): what "earlier in
        # the day" means when no attack has set the story's day yet.
        self.told_day: date | None = None
        # (sentence, day) of rounds told falling on a day at no place the index knows ("Three Katyusha rockets fell
        # in Baghdad on Sunday"): the day of "The rockets were fired targeting the US Embassy" right after.
        self.rounds_told: tuple[int, date] | None = None
        # The day the source of a lead that told an attack spoke ("..., the Iraqi military said on Sunday"): the
        # day of the attacks the story goes on to tell without one.
        self.lead_spoken_day: date | None = None
        self.pause_sentences: list[str] = []
        # The attacks in focus before a sentence about a U.S. strike took the subject away.
        self.before_strike: list[_Event] | None = None
        # The headline or lead tells of U.S./allied strikes: "the strikes ... in two sites" are theirs.
        self.strike_story = False
        # The last sentence that told a U.S./allied strike: "It also destroyed three facilities" goes on about it.
        self.strike_told_at: int | None = None
        # A sentence tied supply convoys to U.S./coalition forces: later "two supply convoys" are theirs.
        self.coalition_convoys = False
        self.convoy_country: str | None = None  # where those convoys run, when that sentence said
        # A claim read before any attack was told, and the sentence it was read in.
        self.pending_claim: tuple[str, int, list[DateMention]] | None = None
        # The sentence that placed the attacks of a count ("All were within Syria"): the next one's zeros are theirs.
        self.count_told_at: int | None = None
        # The headline or lead tells a blast at a militia depot: later blasts, and rockets it set off, are its.
        self.depot_story = False
        self.index = 0  # the sentence being read
        # The last sentence that told of attacks at a vague time ("in late March"), for a "That ..." after it.
        self.vague_told_at = -2
        # The last sentence told as the history of attacks ("has recently seen a spike of attacks").
        self.history_told_at = -2
        # The bases whose attack the body dates long before publication (see HISTORY_AGE_DAYS).
        self.history_bases: set[str] = set()

    def _claim_counts(self, told_at: int, claimant: str) -> None:
        """Give the counts of attacks told in sentence ``told_at`` the group that claimed them."""
        self.summaries = [replace(c, claimant=claimant) if c.index == told_at and c.claimant is None else c
                          for c in self.summaries]

    def _note_if_history(self, sentence: _Sentence, low: str, told: date | None, places: list[PlaceMention]) -> None:
        """Remember the bases a sentence dated long ago speaks of: those it names, or else the undated ones in
        focus, or the one the sentence before named ("... on the morning of Jan. 28, 2024, while most of the base's
        troops slept")."""
        if told is None or self.published is None or told >= self.published - timedelta(days=HISTORY_AGE_DAYS) \
                or "since" in low:  # (not "attacks since the war began on October 7")
            return
        named = self._bases_named(places)
        if not named and isinstance(self.focus, list):
            named = {e.base for e in self.focus if e.base is not None and not e.strong}
        if not named and self.recent_base is not None:
            named = {self.recent_base[0]}  # ("The outpost, known as Tower 22, ... On Jan. 28, 2024, ... the base's")
        self.history_bases |= named

    def _bases_named(self, places: list[PlaceMention]) -> set[str]:
        """The bases ``places`` name as bases (not "Erbil province", "the city of Erbil")."""
        return {p.base.canonical for p in places if p.base is not None and not _is_region_use(self.text, p)}

    def _places_in(self, sentence: _Sentence) -> list[PlaceMention]:
        """The places that start inside ``sentence`` (``self.places`` is in text order)."""
        starts = self._place_starts
        if starts is None:
            starts = self._place_starts = [p.start for p in self.places]
        return self.places[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]

    def _dates(self, text: str) -> list[DateMention]:
        """The dates of ``text``; on an undated page, its month-days take the year of the page's own full dates
        ("on September 11,2021 ... at 2343hrs Sept.11"), while weekdays and "yesterday" stay unresolved."""
        if self.published is not None or self.year_anchor is None:
            return find_dates(text, self.published)
        # (only a month-day close before that day: a file photo's old date says nothing of the year)
        return [d if d.day is None or (_MONTH_NAME_RE.search(d.text) and (self.year_anchor - d.day).days <= YEAR_ANCHOR_DAYS)
                else replace(d, day=None) for d in find_dates(text, self.year_anchor)]

    # ---- per sentence

    def read(self, index: int, sentence: _Sentence) -> None:
        """Read one sentence, then remember the base it names for a later "it"."""
        self.index = index
        self.sentences.append(sentence)
        focus = self.focus
        self._read(index, sentence)
        earlier = _EARLIER_ON_SAME_BASE_RE.search(sentence.text) if "after" in sentence.text else None
        if earlier is not None and may_state_casualties(sentence.text[earlier.start():]):
            # "The attack came just days after a similar attack on the base killed two U.S. soldiers": the toll of
            # the base's older attack, kept for when the story dates that attack
            told = [e for e in self.events if e.order == index] or (focus if isinstance(focus, list) else [])
            figures = read_casualties(sentence.text[earlier.start():])
            if len({e.base for e in told}) == 1 and told[0].base is not None and told[0].day is not None \
                    and (figures.killed or figures.injured):
                self.earlier_tolls.append((told[0].base, told[0].day, figures))
        named = {(p.base.canonical, p.base.country) for p in self._places_in(sentence)
                 if p.base is not None and not _is_region_use(self.text, p)}
        if named:
            self.recent_base = named.pop() if len(named) == 1 else None

    def _read(self, index: int, sentence: _Sentence) -> None:
        """Read one sentence: new attacks, facts for the focus, or a change of subject.

        Cheap substring checks decide which of the costlier readers run at all, since
        most sentences of a news article say nothing about an attack.
        """
        text = sentence.text
        self.previous_text, self.current_text = self.current_text, text
        if text.startswith(_ANOTHER_MATTER):
            self.focus = None  # "Separately, Iran's IRGC claimed ...": not about the attack told so far
            self.pending_claim = None  # (nor is a claim told before it about the attack it tells)
        low = text.lower()
        if ("picture" in low or "photo" in low or "image" in low) and _CAPTION_RE.search(text):
            return  # "..., after ten rockets struck the Taji camp, in this undated picture obtained March 12": a caption
        ruled_out = _RULED_OUT_WEAPON_RE.search(text) if " not " in low else None
        if ruled_out is not None:
            # "'two rockets and not drones' fell inside the base": the weapon reported first was wrong
            right = find_weapons(ruled_out.group("right"))
            wrong = find_weapons(ruled_out.group("wrong")) - right
            told = self.focus if isinstance(self.focus, list) and self.focus \
                else [e for e in self.events if e.order == index - 1]
            for event in told:
                event.weapons = (event.weapons - wrong) | right
                event.counts = {kind: value for kind, value in event.counts.items() if kind not in wrong}
        claims = read_claims(text) if _may_have_claim(text, low) else None
        if claims is not None:
            self.denied.update(claims.denied)
            if claims.last_group is not None:
                self.last_group = claims.last_group
            if claims.named_group is not None and self.unnamed_claim is not None \
                    and index - self.unnamed_claim[1] <= PENDING_CLAIM_SENTENCES and not claims.denied:
                for event in self.unnamed_claim[0]:
                    if event.claimant is None:
                        event.claimant = claims.named_group
                self.last_claimant, self.unnamed_claim = claims.named_group, None
            if claims.claimant is not None and _THOSE_ATTACKS_RE.match(text):
                # "A drone and rockets targeted two bases ... Both attacks were claimed by the IRI": those counted
                self._claim_counts(index - 1, claims.claimant)
        pause = _may_be_pause(low) and _is_pause_sentence(text)
        if pause:
            self.pause_sentences.append(text)
        if isinstance(self.focus, list) and self.focus and "base" in low and _NOT_HOSTING_RE.search(text):
            # "The coalition spokesperson confirmed that no coalition forces are stationed at the base":
            # an attack on someone else's base, whatever the headline said.
            gone = {e.base for e in self.focus if e.base is not None}
            self.events = [e for e in self.events if e.base not in gone]
            self.focus = None
            return
        if self.summaries and self.summaries[-1].index == index - 1 and ("were" in low or "took" in low):
            where = _ALL_WERE_IN_RE.match(text)
            if where is not None:
                # "... we did see three additional attacks on U.S. forces. All were within Syria."
                self.summaries[-1] = replace(self.summaries[-1], countries=frozenset({where.group("country")}), explicit=True)
                self.focus = None
                self.count_told_at = index  # ("There were no casualties" next is of those attacks)
                return
        has_trigger = _has_trigger(text)
        if self.count_told_at == index - 1 and self.summaries and not has_trigger and may_state_casualties(text):
            zeros = read_casualties(text)
            if not zeros.killed and not zeros.injured and zeros != Casualties():
                self.plural_zeros.append(({self.summaries[-1].day}, zeros))
                return
        if has_trigger and index <= 2 and not self.events and ("depot" in low or "warehouse" in low) \
                and _DEPOT_BLAST_RE.search(text):
            self.depot_story = True
        if has_trigger and self.depot_story and not _ARMED_ATTACK_RE.search(text):
            # "today's explosion near the Balad air base", "rockets landing within Balad Air Base" in a story
            # about a militia depot that blew up: that blast, not an attack on the base.
            has_trigger = False
        if not has_trigger:
            if "strike" in low and _has_negative(text):
                self.strike_told_at = index  # ("The U.S. airstrikes killed one militant.")
            if not sentence.is_title and _may_have_date(low) and any(e.undated_headline for e in self.events):
                # ("On the night of Jan. 28, 2024, the radar saw a drone coming": the headline's attack, that night)
                told = _pick_day([d for d in self._dates(text) if d.kind == "day" and not d.reporting])
                self._note_if_history(sentence, low, told, self._places_in(sentence))
            self._read_quiet(sentence, low, claims)
            return
        if self.history_told_at == index - 1 and self.events and _HISTORY_GOES_ON_RE.match(text):
            # "... has recently seen a spike of attacks. The attacks, by drones and missiles, resulted in several
            # dozen injuries": those attacks, not a new one
            self.history_told_at = index
            return
        places = self._places_in(sentence)
        dates = self._dates(text) if _may_have_date(low) else []
        negative = _has_negative(text)
        answered = _STRIKE_ANSWERS_TOLL_RE.search(text) if negative else None
        if answered is not None and may_state_casualties(answered.group(0)):
            # "The U.S. carried out strikes against groups it blamed for a drone attack that killed an American
            # contractor": the toll of the attack the strikes answer, the one the story goes on to tell
            self.article_casualties = self.article_casualties.merged(read_casualties(answered.group(0)))
        told = _pick_day([d for d in dates if d.kind == "day" and not d.reporting])
        if told is not None and not sentence.is_title:
            self.told_day = told
            self._note_if_history(sentence, low, told, places)
        if told is None and index <= 2 and not sentence.is_title and not self.events and not negative \
                and self.lead_spoken_day is None:
            self.lead_spoken_day = _pick_day([d for d in dates if d.kind == "day" and d.reporting])

        if index <= 1 and negative and not self.events:
            self.strike_story = True
        if any(d.kind == "vague" for d in dates) and not any(d.kind == "day" for d in dates):
            self.vague_told_at = index
        elif self.vague_told_at == index - 1 and not dates and _GOES_ON_RE.match(text):
            # "The site last came under attack in late March, when ... That tit-for-tat was set off when a drone
            # strike ... killed an American contractor": the story of that older time goes on.
            self.vague_told_at = index
            return
        day_count = self._note_summary(text, dates, index, places, sentence.start)
        if claims is not None and claims.claimant is not None:
            self._claim_counts(index, claims.claimant)  # ("IRI said it attacked two U.S. bases in Syria")
        if negative:
            self.strike_told_at = index
        if ("twice" in low or "times" in low or "once" in low) and not negative:
            breakdown = self._times_breakdown(index, sentence, places, dates)
            if breakdown:
                self.focus = breakdown
                self.events.extend(breakdown)
                return
        placed_at = _FOCUS_TOOK_PLACE_RE.match(text) if not dates else None
        unnamed = self._unnamed_focus() if placed_at is not None else []
        where = [p for p in places if p.start - sentence.start - placed_at.end() in range(0, 5)] if unnamed else []
        if where:
            # "The drone attack took place near Arbil airport", "... in Rukban, north-eastern Jordan": where the
            # unnamed attack in focus happened (a place across the border from its country names nothing).
            if where[0].base is not None and where[0].base.country == unnamed[0].country:
                for event in unnamed:
                    event.base = where[0].base.canonical
            return
        landed = _ROUNDS_LANDED_RE.match(text) if not dates and isinstance(self.focus, list) \
            and len(self.focus) == 1 and self.focus[0].base is not None else None
        if landed is not None and _ROUND_WEAPONS.get(landed.group("rounds").lower()) in self.focus[0].weapons | {None}:
            # "Two rockets were fired toward the US Embassy ... Both rockets landed north of the Union III base":
            # where the rounds told came down, not another attack
            self._attach(sentence, dates, claims)
            return
        created: list[_Event] = []
        anchored = False
        if has_trigger:
            anchors = self._anchors(sentence, places)
            if (pause or _THIS_ATTACK_ON_FORCES_RE.match(text)) and self.events:
                # "the second attack since February 4" re-mentions the attack; only a named base is new.
                # (told before any other, "... on Sunday, marking the first such attack since February" is the attack)
                # So does "This latest attack against U.S. troops comes a day after ...".
                anchors = [a for a in anchors if a.base is not None]
            anchored = bool(anchors)
            if anchors:
                created = self._events_from(index, self._told_over_focus(sentence, anchors), anchors, dates, claims)
            elif dates and not negative:
                created = self._dated_attack_on_base(index, sentence, dates)
        if not negative and (dates or " after " in text):
            earlier = self._earlier(index, sentence, places, dates, created)
            if earlier is not None:
                self.last_day = earlier.day
                # ("claimed both attacks" follows; "the air base was targeted by a drone and four rockets" tells more
                # of the earlier one, when the sentence told no other)
                created = created + [earlier]
        if created:
            self._name_unnamed_focus(text, created)
            self.focus = created
            self.before_strike = None
            self.events.extend(created)
            return
        if told is not None and not anchored and not negative and not sentence.is_title \
                and all(e.undated_headline for e in self.events) \
                and _ROUNDS_TOLD_RE.search(text) and _ATTACK_VERB_RE.search(text):
            self.rounds_told = (index, told)
        another = told is not None and _ANOTHER_ATTACK_ON_RE.match(text) is not None
        took_place = told is not None and _ATTACKS_TOOK_PLACE_RE.search(text) is not None
        if told is not None and (self.last_day is None or another) and not negative and not sentence.is_title \
                and (took_place or another or _US_TERM_RE.search(text) and _ATTACK_VERB_RE.search(text)) \
                and not _has_background(text) \
                and not _HYPOTHETICAL_RE.search(text) and not _CAPS_DATELINE_RE.match(text) \
                and self._fresh(told, True, MAX_CONTEXT_AGE_DAYS if (took_place or another)
                                and _EXPLICIT_DAY_RE.search(text) else MAX_AGE_DAYS) is not None:
            # "U.S. military bases in Syria's Hasakah and Deir ez-Zor provinces came under attack Monday": the
            # day of the attacks the next sentences tell without a day of their own; "Another separate attack
            # on October 25 ..." moves the story to that day.
            self.last_day = told
        follows = _FOLLOWS_EARLIER_RE.search(text) if isinstance(self.focus, list) and len(self.focus) == 1 else None
        if follows is not None and self.focus[0].base is not None and self.focus[0].day is not None:
            # "This incident followed a similar drone attack just two days earlier": that attack, on that base
            told = self.focus[0]
            days = parse_number(follows.group("n")) or 1
            earlier = _Event(told.base, told.country, told.day - timedelta(days=days), True, index, other=True)
            earlier.add_facts(text[follows.start():])
            self.events.append(earlier)
            return
        if claims is not None and claims.claimant is not None and not negative:
            # "IRI, ..., which has targeted U.S. forces since mid-October, claimed responsibility for the
            # Harir attack": a claim naming a base the article has told an attack on.
            named = self._bases_named(places)
            for event in self.events:
                if event.base in named and event.claimant is None:
                    event.claimant = claims.claimant
        if isinstance(self.focus, list) and self.focus and (negative or _has_background(text)) and may_state_casualties(text):
            # "No damage or casualties were reported from the attack, the third since ... a U.S. airstrike that
            # killed ...": the opening words are still about the attack in focus.
            ends = [m.start() for m in (_NEGATIVE_RE.search(text), _BACKGROUND_RE.search(text)) if m is not None]
            head = text[:min(ends)] if ends else ""
            dash = _CLAUSE_DASH_RE.search(head)
            if dash is not None and may_state_casualties(head[:dash.start()]):
                head = head[:dash.start()]  # "No casualties were reported in the attack — the first since ... launched"
            subject = _DEFINITE_SUBJECT_RE.match(head)
            if head and not _TRIGGER_RE.search(head[subject.end() if subject else 0:].replace("the attack", "")):
                figures = read_casualties(head)
                for event in self.focus:
                    event.casualties = event.casualties.merged(figures)
        if anchored and self._unnamed_focus() and (
                not negative or _NEGATIVE_RE.search(text).start() > max(a.end for a in anchors)):
            # "The airstrike is a response to rocket fire that killed a U.S. contractor ... at the K-1 base":
            # a reference that names where the unnamed attack in focus happened. ("The morning attack on Mission
            # Support Site Conoco came as ... the killing of Soleimani in a US drone strike": that strike comes after.)
            self._identify(places, text, sentence.start)
        elif anchored and not created and dates:
            self._name_dated_reference(anchors, dates)
        coref = _has_coref(text)
        summary = _has_summary(text) and not negative
        if anchored and summary and not _has_background(text):
            self.focus = "all"
            return
        if anchored and not created and not negative and not dates and isinstance(self.focus, list) and self.focus \
                and all(a.base is not None and a.base in {e.base for e in self.focus} for a in anchors) \
                and not _has_background(text):
            # "... reported that kamikaze drones struck targets inside Ain al-Asad Air Base": the attack in focus
            # told again; facts that follow are still its.
            return
        if anchored and claims is not None and claims.claimant is not None and isinstance(self.focus, list) \
                and _THIS_ONE_CLAIMED_RE.search(text):
            # "The attack was one of more than a hundred ... since October, with this particular raid claimed by
            # Kataib Hezbollah": the campaign told, and the claim of the attack in focus
            for event in self.focus:
                if event.claimant is None:
                    event.claimant = claims.claimant
        if anchored and not (day_count and not negative):
            # It talks about another place, or about that place's history: facts that follow are not ours.
            # ("U.S. forces were attacked four times on Thursday, but there were no casualties": the day's count,
            # whose facts are every attack's)
            self.focus = None
            if not negative and _has_background(text):
                self.history_told_at = index
            return
        if day_count and not negative:
            # "U.S. forces were attacked four times on Thursday, without causing casualties"
            self.focus = "all"
        elif has_trigger and not coref and _has_background(text):
            self.focus = None
            if not negative:
                self.history_told_at = index
            return
        if summary:
            self.focus = "all"
        if _NONE_OF_THE_ATTACKS_RE.search(text) or (
                not negative and not self.events and index <= 1 and has_trigger and may_state_casualties(text)):
            # Zeros for every attack the story tells: "none of the attacks since the U.S. retaliatory strikes have
            # resulted in casualties", whatever else the sentence is about; or "No casualties ... have been reported
            # as CENTCOM said the base was targeted by three rockets", a lead that tells the story's attack before
            # naming it.
            figures = read_casualties(text)
            if not figures.killed and not figures.injured and figures != Casualties():
                self.article_casualties = self.article_casualties.merged(figures)
        if negative:
            if isinstance(self.focus, list) and self.focus and _ATTACK_ANSWERS_RE.match(text):
                return  # "The attack appears to be in retaliation for US airstrikes": still that attack's story
            # A U.S./Israeli strike, ships: what follows is about that, not about the attack in focus.
            if isinstance(self.focus, list):
                self.before_strike = self.focus
                self.focus = None
            return
        if self.vague_told_at == index and isinstance(self.focus, list) \
                and any(d.kind == "vague" and d.start <= _OPENING_TIME_REACH
                        # ("Earlier, a security source told Reuters that militias targeted the base": the time
                        # of the telling, of the same attack)
                        and _TOLD_THAT_RE.match(text, d.end) is None for d in dates):
            # "Late in April, it was targeted by three Grad missiles ...": an attack of another, vaguer
            # time; its weapons and toll are not the attack's in focus.
            self.focus = None
            return
        self._attach(sentence, dates, claims)

    def _read_quiet(self, sentence: _Sentence, low: str, claims) -> None:
        """A sentence with no attack word: it can only add facts to the attack in focus."""
        text = sentence.text
        has_claim = claims is not None and (claims.claimant is not None or claims.same_group or claims.unnamed_claim
                                            or (claims.group_claimed and self.last_group is not None))
        if not has_claim and _has_negative(text) and _REFERENCE_RE.search(text):
            return  # ("The American airstrikes were a response to the three servicemembers killed ..."): another toll
        if not self.focus and not has_claim:
            if self.before_strike and may_state_casualties(text) and self.strike_told_at is not None \
                    and self.index - self.strike_told_at <= 2:
                # "... a coalition jet destroyed the launcher. No U.S. personnel were hurt": U.S.
                # casualties after a counter-strike are still the attack's.
                casualties = read_casualties(text)
                for event in self.before_strike:
                    event.casualties = event.casualties.merged(casualties)
            elif self.events and self.history_told_at == self.index - 1 and may_state_casualties(text) \
                    and claims is None and not self._places_in(sentence):
                # "Tehran-backed militias have been attacking US interests in Iraq ... There were no immediate
                # reports of casualties or damage": a closing word on the attacks told, after a line of background
                zeros = read_casualties(text)
                if zeros.killed == 0 and zeros.injured == 0:
                    for event in self.events:
                        event.casualties = event.casualties.merged(zeros)
            return
        # ("The incident took place on Tuesday." dates the attack in focus)
        dated_coref = _may_have_date(low) and _has_coref(text)
        if not (has_claim or may_state_casualties(text) or _may_name_base(low) or dated_coref):
            return
        if self._unnamed_focus():
            places = self._places_in(sentence)
            self._identify(places, text, sentence.start)
        if not has_claim and not _has_coref(text) and not may_state_casualties(text):
            return
        if not has_claim and isinstance(self.focus, list) and _may_name_base(low) and all(e.base for e in self.focus):
            named = self._bases_named(self._places_in(sentence))
            if named and named.isdisjoint(e.base for e in self.focus):
                # ("On 19 October, three drones were able to fly above the Al-Tanf base", after Conoco's attack:
                # another base's story, not facts of the attack in focus, nor are the facts that follow)
                self.focus = None
                return
        dates = self._dates(text) if _may_have_date(low) else []
        self._attach(sentence, dates, claims)

    def _identify(self, places: list[PlaceMention], text: str, offset: int) -> None:
        """Name the one unnamed attack in focus: "The outpost, known as Tower 22, ...",
        "They were killed at Tower 22", "The drone hit the base at Harir"."""
        focus = self._unnamed_focus()
        if not focus:
            return
        named = [p for p in places if p.base is not None and not _is_region_use(self.text, p)
                 and not _TAKEN_TO_RE.search(text, max(0, p.start - offset - 80), p.start - offset)]
        if not named:
            return
        if _IDENTIFY_RE.match(text):
            base = named[0].base
        else:
            # ("The attack targeted the SDF commando academy at the al-Omar oil field": where the attack in focus struck,
            # told further back than the words just before the place)
            located = [p for p in named if _LOCATED_RE.search(text[max(0, p.start - offset - 60):p.start - offset])
                       or _FOCUS_HIT_AT_RE.fullmatch(text, 0, p.start - offset)]
            if len({p.base.canonical for p in named}) != 1 or not located:
                return
            base = located[0].base
        if focus[0].country in (None, base.country):
            for event in focus:
                event.base, event.country = base.canonical, base.country

    def _name_dated_reference(self, anchors: list[_Anchor], dates: list[DateMention]) -> None:
        """ "... the drone strike that killed three soldiers in the Jan. 28 attack on Tower 22 in Jordan": a
        reference back, dated, that names where the one unnamed attack of that day and country happened."""
        named = {(a.base, a.country) for a in anchors if a.base is not None}
        days = {d.day for d in dates if d.kind == "day" and d.day is not None and not d.reporting}
        if len(named) != 1 or len(days) != 1:
            return
        # the day told of the attack on that base, just before its name ("the Jan. 28 attack on Tower 22")
        if not any(0 <= a.start - d.end <= 40 for a in anchors if a.base is not None for d in dates):
            return
        base, country = named.pop()
        day = days.pop()
        if any(e.base == base and e.day is not None and abs((e.day - day).days) <= 1 for e in self.events):
            return
        unnamed = [e for e in self.events if e.base is None and e.country == country and e.day == day and not e.other]
        if len(unnamed) == 1:
            unnamed[0].base = base

    def _name_unnamed_focus(self, text: str, created: list[_Event]) -> None:
        """ "Three rockets targeted an Iraqi air base ... The attack targeted the base at Ain al Assad": the
        sentence that names the base of the one unnamed attack in focus names that attack too, so the two
        mentions cannot merge apart when another base was attacked the same day."""
        unnamed = self._unnamed_focus()
        if not unnamed or len(created) != 1 or created[0].base is None or not _ATTACK_HIT_RE.match(text):
            return
        event = created[0]
        if unnamed[0].country in (None, event.country) and (event.day == unnamed[0].day or event.dated_by_context):
            for mention in unnamed:
                mention.base, mention.country = event.base, event.country

    def _unnamed_focus(self) -> list[_Event]:
        """The mentions of the one unnamed attack in focus ("Two U.S. service members were hurt in an
        attack on a base in Iraq" holds two that will merge), or none when the focus is anything else."""
        focus = self.focus
        if not isinstance(focus, list) or not focus or any(e.base is not None for e in focus):
            return []
        return focus if len({(e.day, e.country) for e in focus}) == 1 else []

    def _note_summary(self, text: str, dates: list[DateMention], index: int = -1,
                      places: list[PlaceMention] | None = None, offset: int = 0) -> bool:
        """Remember "three separate attacks on Wednesday" so undescribed attacks can be added.

        "Attacked four times late on Thursday" is such a count too, and "attacks on three bases
        in Syria" counts that country's attacks. Returns True for a day's count told as "N times".
        """
        times = _DAY_TIMES_RE.search(text)
        m = _SUMMARY_RE.search(text)
        if times is not None and (m is None or times.start() < m.start()):
            m = times
        rest = text[:m.start()] + text[m.end():] if m is times and m is not None else text
        if not m or _BACKGROUND_RE.search(rest) or _NEGATIVE_RE.search(text):
            return False
        if self.strike_story and not _ATTACK_WORD_RE.search(text):
            return False  # "the strikes were carried out in two sites": the U.S. strikes of the story
        if (self.strike_story or self.strike_told_at is not None) and _THE_STRIKES_HIT_RE.search(text):
            return False  # "the strikes hit three military facilities in Iraq and four in Syria": the U.S. strikes told
        if self.strike_told_at == index - 1 and _STRIKE_GOES_ON_RE.match(text):
            return False  # "The U.S. airstrikes killed one militant. It also destroyed three facilities ..."
        if m is not times and _ROUNDS_HIT_RE.search(text, 0, m.start()) \
                and m.group(0).lower().endswith(("locations", "sites", "facilities")):
            return False  # "the rockets struck two different locations": one attack's impacts, not two attacks
        count = parse_number(m.group("num"))
        if count is None or count > MAX_SUMMARY_COUNT:
            return False
        day = None
        own_day = False  # the count's own sentence gives its day: "on Sunday, with five separate incidents"
        strong = [d for d in dates if d.kind == "day" and d.day is not None]
        if any(d.kind in ("vague", "since") for d in dates) and not strong:
            return False  # "five attacks since Wednesday": a tally over a period, not one day's attacks
        if strong and m.end() <= strong[0].start and _SINCE_WORD_RE.search(text, m.end(), strong[0].start):
            return False  # "four attacks on U.S. bases since the U.S. military struck depots ... on Oct. 27": likewise
        eve_too = False
        if strong:
            firm = [d for d in strong if not d.reporting]
            day = (firm or strong)[0].day
            own_day = bool(firm)
            eve_too = (firm or strong)[0].eve
            if firm and self.last_day is None:
                self.last_day = day
        elif _DAY_WINDOW_RE.search(text):
            day = self.published
        elif (context := [d for d in dates if d.kind == "context"]) and m is not times and self.last_day is not None:
            # "... locations hosting U.S. troops in Iraq. The previous day, two separate drone attacks took place":
            # the day before the story's, in the country the sentence before named
            day, own_day = self.last_day + timedelta(days=context[0].offset), True
        elif m is not times and self.last_day is not None:
            day = self.last_day  # "Two bases in Syria were hit": on the day the story set
        else:
            return False
        if m is times and not strong:
            return False
        countries = _countries_named(text)
        placed = None
        regions = [p for p in places or () if p.base is None and p.country is not None] if not countries else []
        if regions and len({p.country for p in regions}) == 1:
            # "Three U.S. bases in northeastern Hasakah province came under attack": the province's country
            countries = {regions[0].country}
            placed = next((p for p in regions if _REGION_AFTER_COUNT_RE.fullmatch(text, m.end(), p.start - offset)), None)
        if not countries and any(d.kind == "context" for d in dates):
            countries = _countries_named(self.previous_text)
        explicit = False
        for c in _SUMMARY_RE.finditer(text):
            here = _BASES_IN_RE.match(text, c.end())
            if here is not None and c.group(0).lower().endswith(("bases", "sites", "facilities", "installations", "locations")):
                number = parse_number(c.group("num"))
                if c.start() == m.start():
                    countries, explicit = {here.group("country")}, True
                elif number is not None and number <= MAX_SUMMARY_COUNT:
                    self.summaries.append(_Count(number, day, frozenset({here.group("country")}), index, True, own_day))
        if placed is not None and m is not times and m.group(0).lower().endswith("bases"):
            explicit = True  # (not "two facilities in Abu Kamal", the sites a U.S. strike hit)
        if not explicit and len(countries) == 1 and any(f.group("where") in countries for f in _forces_matches(text)):
            explicit = True  # "U.S. military forces in Iraq were targeted on Wednesday in two separate drone attacks"
        told_with = m.group(0)
        if explicit and m is not times:
            # "attacked at two sites in northeastern Syria with multiple rockets and a one-way attack drone"
            with_what = _WITH_WEAPONS_RE.match(text, m.end())
            told_with += with_what.group(0) if with_what else ""
        told_weapons = frozenset(find_weapons(told_with))
        if not told_weapons and m is not times:
            # "Iran fired ballistic missiles on Wednesday on two military bases", "two US bases in Syria came under
            # drone attacks": the weapons of the sentence that counts them
            told_weapons = frozenset(find_weapons(text))
        split = _COUNT_BY_COUNTRY_RE.match(text, m.end()) if m is not times else None
        parts = [(parse_number(split.group(f"n{i}")), split.group(f"c{i}")) for i in (1, 2)] if split else []
        one_each = _ONE_IN_EACH_RE.match(text, m.end()) if m is not times and count == 2 and not split else None
        if one_each is not None and m.group(0).lower().endswith(("bases", "sites", "facilities", "installations")):
            # "A drone and rockets targeted two bases in Iraq and Syria": one each, with the weapons told
            parts = [(1, one_each.group("c1")), (1, one_each.group("c2"))]
            told_weapons = frozenset(find_weapons(text[:one_each.end()]))
        if parts and sum(n or 0 for n, _ in parts) == count and parts[0][1] != parts[1][1]:
            # "at three military bases, two located in Iraq and one in Syria": a count for each country
            for number, country in parts:
                self.summaries.append(_Count(number, day, frozenset({country}), index, True, own_day, told_weapons))
        else:
            self.summaries.append(_Count(count, day, frozenset(countries), index, explicit, own_day, told_weapons,
                                         eve_too=eve_too))
        weapons = find_weapons(text)
        if weapons and day is not None:
            # "the IRI attacked three bases with suicide drones on January 5": the weapon of that day's attacks
            self.day_weapons.setdefault(day, set()).update(weapons)
        return m is times

    # ---- anchors

    def _anchors(self, sentence: _Sentence, places: list[PlaceMention]) -> list[_Anchor]:
        """Named bases, unnamed U.S.-tied bases and U.S. forces the sentence names, by position."""
        text = sentence.text
        anchors: list[_Anchor] = []
        previous = None
        for p in places:
            if p.base is not None and self._is_target(text, previous, p, sentence.start):
                anchors.append(_Anchor(p.start - sentence.start, p.end - sentence.start, p.base.canonical, p.base.country))
            if p.base is not None:
                previous = p
        country_spans = [(p.start - sentence.start, p.end - sentence.start, p.country) for p in places if p.base is None]
        for m in _other_count_matches(text):
            count = parse_number(m.group("num")) or 1
            # "three other bases, al-Tanf garrison ... as well as al-Shadadi base, were targeted": the named
            # ones are already anchors; only those the list leaves unnamed are counted
            verb = _LIST_END_RE.search(text, m.end())
            listed = [a for a in anchors if a.base is not None and m.end() <= a.start < (verb.start() if verb else len(text))]
            if count > len(listed):
                anchors.append(_Anchor(m.start(), m.end(), None, _country_near(country_spans, m.end(), 80),
                                       count - len(listed), True))
        low = text.lower()
        again = self._same_base_again(text, anchors) or self._another_attack(text, anchors) \
            or self._same_airport(sentence, anchors)
        if again is not None:
            anchors.append(again)
        generic = _generic_matches(text) if _may_name_base(low) else ()
        for m in generic:
            if m.group("other") or any(a.start <= m.start() < a.end for a in anchors):
                continue
            if not self._us_tied(text, m) and not _tied_by_company(text, m, anchors):
                continue
            if _NEAR_OTHER_TARGET_BASE_RE.search(text, max(0, m.start("noun") - 100), m.start("noun")):
                continue  # ("the drone targeted a car near a coalition base")
            if _NEIGHBOUR_RE.match(m.group("mods")) and any(a.base is not None and a.start < m.start() for a in anchors):
                continue  # ("struck near Baghdad's international airport and an adjacent military base": the one site)
            det = m.group("det").lower()
            if det in ("the", "this", "that", "their", "its") and isinstance(self.focus, list) and self.focus:
                continue  # "the base" points back at the attack being told, it does not add one
            noun = m.group("noun").lower()
            count = 1
            if _plural(noun) and not (det in ("a", "an") and _ONE_ATTACK_ON_RE.search(m.group("mods"))):
                # ("a drone attack on US bases in Erbil": one attack, whichever of them it hit)
                if not noun.endswith("convoys"):
                    continue  # "four bases": a headline count, handled as a summary
                # "five convoys carrying supplies for the coalition came under attack": one attack each
                count = parse_number(det) if det not in ("the", "this", "that", "several") else None
                if count is None or not 1 < count <= MAX_SUMMARY_COUNT:
                    continue
            post_end = m.end("noun") + _post_extent(m.group("post"))
            country = _country_in(m.group("mods")) or _country_near(country_spans, m.end("noun"), post_end - m.end("noun"))
            if country is None and count > 1:
                country = _only_country(country_spans)
            if country is None and noun.startswith("convoy"):
                country = self.convoy_country
            if country is None:
                country = _country_by_adjective(text)  # "near Nasiriyah in the southern Iraqi province of Dhi Qar"
            if country is None and noun.startswith("convoy"):
                country = _only_country(country_spans)  # "an attack was carried out in Iraq on the supply convoy"
            # "another at a base near Erbil": another projectile, not another base
            # (a headline's "Another explosion targets a convoy" is the body's attack, another in a series)
            other = det == "another" and not sentence.is_title and not re.match(r"(?:at|on|against|toward|towards|into|near)\s", m.group("mods"), re.IGNORECASE)
            anchors.append(_Anchor(m.start(), post_end, None, country, count, other))
        if not anchors and ("latest" in low or "most recent" in low):
            latest = _LATEST_ATTACK_RE.search(text)
            country = _country_near(country_spans, latest.end(), 60) if latest else None
            if country is not None and _US_TERM_RE.search(self.text):
                # "The latest attack took place in the KRG-ruled region in northern Iraq on Thursday", in a
                # story about attacks on U.S. forces
                anchors.append(_Anchor(latest.start(), latest.end(), None, country, 1, False))
        forces = _forces_matches(text) if _may_name_forces(low) else ()
        for m in forces:
            if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in anchors):
                continue
            where = m.group("where") or ""
            country = where if where in _COUNTRY_NAMES else _country_near(country_spans, m.end(), 40)
            if country is None:
                country = _only_country(country_spans)
            if country is None:
                # "a drone attack in Jordan killed three US service members": the victims' country is the attack's
                before = _ATTACK_IN_COUNTRY_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                country = before.group("country") if before else _country_by_adjective(text)
            if country is None:
                # ("smoke over Erbil, after the city was shelled ... In the attack an American soldier was wounded":
                # the one country the story has placed itself in so far)
                country = self._story_country(sentence.start + m.start())
            if where and where not in _COUNTRY_NAMES and "region" not in where and "Middle" not in where:
                country = _country_near(country_spans, m.start("where"), 30)
            if _two_countries(text[m.start():m.end() + 15]) or not _forces_attacked(text, m):
                continue
            if _CAMPAIGN_BEFORE_RE.search(text, max(0, m.start() - 140), m.start()):
                continue  # "those who have been targeting U.S. forces": the group's campaign, no one attack
            anchors.append(_Anchor(m.start(), m.end(), None, country, 1, False))
        if not country_spans and any(a.base is None for a in anchors) and _OUTSIDE_AREA_RE.search(text):
            # "Iran targeted Al Udeid Air Base, the largest American military facility in the Middle East":
            # a U.S. site outside Iraq, Syria and Jordan, which the gazetteer does not cover
            anchors = [a for a in anchors if a.base is not None]
        if not anchors and ("troops" in low or "personnel" in low or "service" in low):
            bare = _BARE_FORCES_RE.search(text)
            if bare is not None and _US_TERM_RE.search(self.text, 0, sentence.start + bare.start()) is not None:
                # "U.S. forces launched airstrikes ... after a Christmas Day drone attack on troops stationed in
                # northern Iraq": troops the story has already called American
                where = bare.group("where")
                country = where if where in _COUNTRY_NAMES else _country_near(country_spans, bare.end("noun"), 40)
                anchors.append(_Anchor(bare.start("noun"), bare.end(), None, country, 1, False))
        if "amid" in text and anchors:
            # "..., amid a steady stream of rocket attacks on bases hosting U.S. forces and the embassy in Baghdad":
            # the sites of the series the attack falls in, not of the attack
            series = [(m.start(), _CLAUSE_END_RE.search(text, m.end()).start()) for m in _AMID_SERIES_RE.finditer(text)]
            anchors = [a for a in anchors if not any(s <= a.start < e for s, e in series)]
        anchors.sort(key=lambda a: a.start)
        if len(anchors) == 1 and anchors[0].base is None and anchors[0].count == 1 and not anchors[0].other:
            # "convoys ... were targeted on Sunday evening in the governorates of Basra, Dhi Qar, ... and Anbar":
            # one attack in each province the list names
            listed = _PROVINCE_LIST_RE.search(text, anchors[0].end)
            count = len(re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed.group("list"))) if listed else 1
            if 1 < count <= MAX_SUMMARY_COUNT:
                anchors[0] = replace(anchors[0], count=count)
        return _drop_shadowed(anchors, text)

    def _story_country(self, before: int) -> str | None:
        """The one country every place named before ``before`` lies in, if they all lie in one."""
        countries = {p.country for p in self.places if p.start < before and p.country is not None}
        return next(iter(countries)) if len(countries) == 1 else None

    def _times_breakdown(self, index: int, sentence: _Sentence, places: list[PlaceMention],
                         dates: list[DateMention]) -> list[_Event]:
        """ "targeted at least five more times on Friday - three times at separate bases in Syria, and twice
        at the Ain al-Asad airbase": one attack per time, at each place the breakdown names, on the sentence's day."""
        text = sentence.text
        day = _pick_day([d for d in dates if d.kind == "day" and not d.reporting])
        if day is None or self._fresh(day, True) is None:
            return []
        created: list[_Event] = []
        for m in _TIMES_AT_RE.finditer(text):
            word = m.group("n").lower()
            times = {"once": 1, "twice": 2}.get(word) or parse_number(word)
            if times is None or not 0 < times <= MAX_SUMMARY_COUNT:
                continue
            start, end = m.start("target"), m.end("target")
            named = [p for p in places if p.base is not None and start <= p.start - sentence.start < end
                     and not _is_region_use(self.text, p)]
            if named:
                base, country = named[0].base.canonical, named[0].base.country
            else:
                unnamed = _SEPARATE_BASES_RE.match(m.group("target"))
                if unnamed is None:
                    continue
                base, country = None, unnamed.group("country")
            for _ in range(times):
                event = _Event(base, country, day, True, index, counted_with=(index, m.start()))
                event.add_facts(text, with_casualties=False)
                event.counts = {}  # the sentence's figures belong to no one time
                created.append(event)
        return created

    def _is_target(self, text: str, previous: PlaceMention | None, place: PlaceMention, offset: int) -> bool:
        """Whether a base the sentence names is where an attack fell, rather than a region's name, a locator
        ("near Ain al-Asad"), a house beside it, where a U.S. strike fell or fire came from, or a U.S. site that
        missiles aimed at a target of the attacker's own only fell near."""
        if _is_region_use(self.text, place) or _is_locator(text, previous, place, offset):
            return False
        start = place.start - offset
        if any(pattern.search(text, max(0, start - 60), start)
               for pattern in (_NEAR_OTHER_TARGET_RE, _US_STRIKE_AT_RE, _FIRED_FROM_RE, _SPARED_RE, _AIR_TRAFFIC_AT_RE)):
            return False
        if place.base.kind in ("embassy", "consulate"):
            if _MISSION_ELSEWHERE_RE.match(text, place.end - offset):
                return False  # "the US embassy in Riyadh": another country's mission
            if (_MISSION_SPEAKS_AFTER_RE.match(text, place.end - offset)
                    or _MISSION_SPEAKS_BEFORE_RE.search(text, max(0, start - 40), start)
                    or (_CREDIT_BEFORE_RE.search(text, max(0, start - 6), start)
                        and not text[place.end - offset:].strip(" .\"”'’"))):
                return False  # the mission as a source of the news
            if _MISSION_SERVED_BEFORE_RE.search(text, max(0, start - 50), start) \
                    or _MISSION_SERVED_AFTER_RE.match(text, place.end - offset):
                return False  # ("Victory base, which provides logistical support to the U.S. embassy"): a site serving it
            if _BASE_NEAR_MISSION_RE.search(text, max(0, start - 90), start):
                return False  # ("rockets hit an Iraqi base hosting American troops near the US embassy"): a landmark
        return not (self.other_target and _NEAR_BEFORE_RE.search(text, max(0, start - 40), start) and not _DOWNED_RE.search(text))

    def _same_base_again(self, text: str, anchors: list[_Anchor]) -> _Anchor | None:
        """ "On November 17 a drone attacked it", "On November 9 the base was also attacked": another
        attack on the one base in focus, on a day of its own."""
        if any(a.base is not None for a in anchors):
            return None
        if isinstance(self.focus, list):
            bases = {(e.base, e.country) for e in self.focus if e.base is not None}
            focus_days = {e.day for e in self.focus}
        else:
            # "Harir has been hit repeatedly this month. On November 17 a drone struck it."
            bases = {self.recent_base} if self.recent_base is not None else set()
            focus_days = {e.day for e in self.events if (e.base, e.country) in bases}
        if len(bases) != 1:
            return None
        m = _SAME_BASE_AGAIN_RE.search(text)
        if m is None:
            return None
        days = {d.day for d in self._dates(text) if d.kind == "day" and not d.reporting and d.day}
        if not days or days & focus_days:
            return None
        base, country = bases.pop()
        return _Anchor(m.start(), m.end(), base, country)

    def _same_airport(self, sentence: _Sentence, anchors: list[_Anchor]) -> _Anchor | None:
        """ "... killed Soleimani near Baghdad airport. On Monday, two drones headed toward a facility at the same
        airport": the airport named last, whatever the sentence that named it told of it."""
        if any(a.base is not None for a in anchors) or "same" not in sentence.text:
            return None
        m = _SAME_AIRPORT_RE.search(sentence.text)
        if m is None:
            return None
        named = [p for p in self.places if p.base is not None and p.end <= sentence.start and "airport" in p.surface.lower()]
        if not named:
            return None
        return _Anchor(m.start("place"), m.end(), named[-1].base.canonical, named[-1].base.country)

    def _another_attack(self, text: str, anchors: list[_Anchor]) -> _Anchor | None:
        """ "In another attack in the same area earlier in the day, a drone was shot down": a second
        attack where the one base in focus is, kept apart from the first."""
        if any(a.base is not None for a in anchors) or not isinstance(self.focus, list):
            return None
        bases = {(e.base, e.country) for e in self.focus if e.base is not None}
        m = _ANOTHER_ATTACK_RE.search(text)
        if len(bases) != 1 or m is None:
            return None
        base, country = bases.pop()
        return _Anchor(m.start(), m.end(), base, country, 1, True)

    def _us_tied(self, text: str, m: re.Match) -> bool:
        """An unnamed base counts only when the text ties it to U.S. or coalition forces."""
        convoy = m.group("noun").lower().startswith("convoy")
        if convoy and self.coalition_convoys:
            return True  # the article has said whose supply convoys it is telling of
        tied = self._us_tied_here(text, m)
        if tied and convoy:
            self.coalition_convoys = True
            self.convoy_country = self.convoy_country or _country_in(m.group("mods")) or _country_in(m.group("post"))
        return tied

    def _us_tied_here(self, text: str, m: re.Match) -> bool:
        mods, post = m.group("mods"), m.group("post")
        if _FIELD_NOUN_RE.match(m.group("noun")) and (_COMPANY_RUN_RE.search(mods) or _COMPANY_RUN_RE.match(post)):
            return False  # "a US-run oil field in Dohuk province", "an oil field operated by a US company": a business
        if _US_TERM_RE.search(mods):
            return not _FOREIGN_BASE_RE.search(mods)
        if _HOSTS_RE.search(post):
            return True
        if _PRE_FORCES_RE.search(text[max(0, m.start() - 50):m.start()]):
            return True
        if m.group("det").lower() in ("its", "their") and _ATTACKED_OWN_RE.search(text, 0, m.start()) \
                and _US_TERM_RE.search(text, max(0, m.start() - 120), m.start()) \
                and not _FOREIGN_BASE_RE.search(text, max(0, m.start() - 120), m.end("noun")):
            # "The United States Army thwarted an attack on its base in western Syria" (not "U.S. forces fired
            # shells from their base")
            return True
        # "Three service personnel, including two Americans, were killed when rockets were fired at a military base",
        # "A rocket attack on a military base in northern Iraq killed one U.S. contractor": U.S. victims tie it.
        for part in (text[:m.start()], text[m.end("noun"):]):
            if (_US_TERM_RE.search(part) or "Americans" in part) and may_state_casualties(part):
                figures = read_casualties(part)
                if figures.killed or figures.injured:
                    return not _FOREIGN_BASE_RE.search(m.group("mods"))
        return False

    # ---- events

    def _events_from(self, index: int, sentence: _Sentence, anchors: list[_Anchor], dates: list[DateMention],
                     claims) -> list[_Event]:
        text = sentence.text
        summary = _SUMMARY_RE.search(text)
        if summary is not None and all(a.base is None and not a.other for a in anchors) \
                and not _NEGATIVE_RE.search(text, max(0, summary.start() - 80), summary.end()):
            # "two U.S. bases in Syria were attacked": a count, padded out at the end (not "airstrikes against 85
            # targets at seven military facilities", what U.S. strikes hit)
            return []
        clauses = _subject_list_joined(text, _clauses(text, anchors))
        created: list[_Event] = []
        # The day of an "after ..." clause belongs to the earlier attack it tells, not to the main clause:
        # "The strike at Rumalyn came after four troops were injured in a rocket attack on Aug. 5 at al-Asad".
        cuts = _clause_cuts(text)
        # (an "after" clause runs on through its own "and ..." parts to the end of the sentence)
        subordinate = [(start, len(text)) for start, sub in cuts if sub][:1]
        # The sentence's own part, before a reference back that names no place ("..., just days after a similar
        # attack killed three servicemen"): its casualties are that older attack's.
        own_end = next((start for start, sub in cuts if sub and _LAG_END_RE.search(text, max(0, start - 12), start)
                        and not any(a.start >= start for a in anchors)), len(text))
        sentence_day = _pick_day([d for d in dates if not d.reporting and d.kind == "day"
                                  and not any(s <= d.start < e for s, e in subordinate)])
        # A casualty update ("34 service members were diagnosed ... after the Jan. 8 strike") is news
        # about an older attack: its new figures are the information.
        update = False
        if may_state_casualties(text):
            figures = read_casualties(text)
            update = bool(figures.killed or figures.injured)
        previous_news = False
        previous_clause: list[_Event] = []
        victims_only = 0  # anchors of clauses that tell no attack, only its victims ("Three U.S. soldiers were killed")
        told_by_clause: list[tuple[int, list[_Event]]] = []  # (anchors, events) of each clause that told attacks
        areas = [(p.start - sentence.start, p.surface.lower()) for p in self._places_in(sentence)
                 if p.base is None and p.surface.lower() not in _NOT_AREAS]
        for (c_start, c_end), group in clauses:
            clause = text[c_start:c_end]
            shared_verb: list[_Event] = []
            if not _TRIGGER_RE.search(clause):
                # "..., and another at a base near Erbil", "struck Erbil air base and a U.S. base in Syria":
                # the verb of the clause before carries over
                if previous_news and _object_of_before(clause, group[0].start - c_start):
                    shared_verb = previous_clause  # and so does its weapon, and this one's "with drones" is theirs
                elif not (previous_news and _FOLLOW_ON_RE.match(clause)):
                    previous_news = False
                    if all(a.base is None for a in group):
                        victims_only += len(group)
                    continue
            # ("drone attacks ..., hitting unoccupied areas in Bashur, and targeting Ain al-Asad and al-Tanf": the
            # participle's subject, and so its weapon, is the clause before's)
            same_subject = previous_clause if _AND_PARTICIPLE_RE.match(clause) else []
            previous_news = False
            previous_clause = []
            clause_dates = [d for d in dates if c_start <= d.start < c_end]
            dated_reference = False
            cause = _RETALIATION_FOR_RE.search(clause)
            if cause is not None and all(a.end - c_start <= cause.start() for a in group) \
                    and (_ATTACK_VERB_RE.search(clause, 0, cause.start()) or _CLAIMED_ATTACK_RE.search(clause, 0, cause.start())):
                # "Iran launched missiles at U.S. forces in Iraq overnight in retaliation for the killing of ...":
                # what the attack answers is a reference; the attack told before it is news.
                clause = clause[:cause.start()]
            if _clause_is_not_news(clause):
                # "in response to the January 20 missile attack on al-Asad": an older attack whose day the
                # text gives is news to a reader who counts attacks.
                named_dated = _DATED_ATTACK_RE.search(clause)
                answered = None if named_dated else _ANSWERS_DATED_ATTACK_RE.search(clause)
                if not ((answered is not None or named_dated is not None)
                        and _REFERENCE_RE.search(clause) and not _BACKGROUND_RE.search(clause)):
                    continue
                dated_reference = True
                if answered is not None:
                    # ("U.S. bombers hit 85 targets on Friday in retaliation for the drone strike ... last
                    # weekend": the answered attack's day is the one told with it)
                    clause_dates = [d for d in clause_dates if d.start >= c_start + answered.start()] or clause_dates
            if _COMMENTARY_RE.match(clause):
                continue  # ", in what has been a recent uptick in attacks on American forces": comment, no attack
            if self.strike_story and _STRIKE_ANSWERED_RE.match(clause) \
                    and not any((d.kind == "day" and not d.reporting) or d.kind == "context" for d in clause_dates):
                continue  # "The strike followed an attack on a base housing coalition forces": the cause, undated
            if not any(d.kind == "day" for d in clause_dates) and _INCLUDING_OPENS_RE.match(clause) \
                    and _BACKGROUND_RE.search(text, 0, c_start):
                continue  # "has previously claimed attacks on U.S. targets, including a recent rocket strike on ...": an example
            if not any(d.kind == "day" for d in clause_dates) and not self.events and _TALLIED_ATTACKS_RE.search(clause) \
                    and (_BACKGROUND_RE.search(self.text, 0, sentence.start + c_start)
                         or _TALLY_COUNT_RE.search(self.text, 0, sentence.start + c_start)):
                continue  # "recorded 196 attacks since February 28 ... the attacks targeted ..., including the consulate"
            if not any(d.kind == "day" for d in clause_dates) and (_EXAMPLES_RE.search(clause) or _TALLY_LINE_RE.match(clause)):
                # "drones and rockets targeting U.S. military facilities such as al-Asad": examples;
                # "15 attacks on Al-Omar oil field base.": a line of a tally
                continue
            previous_news = True
            own_day = any(d.kind == "day" and not d.reporting for d in clause_dates)
            if not own_day and any(d.kind == "since" for d in clause_dates) \
                    and (all(a.base is None for a in group) or _PERIOD_TALLY_RE.search(clause)):
                # "the 32nd attack on U.S. forces in Iraq and Syria since October 17", "Erbil air base has been
                # the target of five attacks since Wednesday": a tally over the period
                continue
            story_country = None  # the country of the attack an "a day after ..." clause is told against
            after = _AFTER_START_RE.match(clause) is not None
            lag = _LAG_BEFORE_RE.search(text, max(0, c_start - 30), c_start) if after and not own_day else None
            if lag is None and after and not own_day and _SINCE_BEFORE_RE.search(text, max(0, c_start - 30), c_start):
                continue  # "comes just days after attackers targeted the Asad airbase": an older, undated attack
            if lag is None and after and not own_day and not any(d.kind == "context" for d in clause_dates) \
                    and (_AFTER_THE_RE.match(clause) or _NEGATIVE_RE.search(text, 0, c_start)
                         or (self.strike_story and _STRIKE_ANSWERED_RE.match(text))):
                # "to prevent a new escalation after the attack on Tower 22": a known attack, named, undated;
                # "The U.S. conducted retaliatory strikes ..., following a drone attack that killed ...": the cause, told undated
                continue
            if lag is not None:
                # "shot down two drones on Tuesday, a day after two drones were downed near Baghdad airport"
                focus = self.focus if isinstance(self.focus, list) else []
                # (or the attack in focus dated by the story's day: "The rocket attack came a day after ...")
                told = [e for e in created if e.strong] or [e for e in focus if e.strong] \
                    or [e for e in focus if e.dated_by_context and e.day is not None]
                days = 1 if lag.group("n") is None else (parse_number(lag.group("n")) or 1)
                if told and told[0].day is not None:
                    dated = (told[0].day - timedelta(days=days), True, True)
                    story_country = told[0].country
                else:
                    # "Kataib Hezbollah announced on Tuesday that it would suspend its attacks ..., two days after a
                    # drone attack in Jordan killed three US service members": counted back from the day told first
                    spoken = _pick_day([d for d in dates if d.kind == "day" and d.start < c_start])
                    if spoken is None or self.events:
                        continue
                    dated = (spoken - timedelta(days=days), True, True)
            else:
                named_by_date = _DATED_ATTACK_RE.search(clause)
                if named_by_date is not None and all(
                        0 <= a.start - c_start - named_by_date.end() <= 40 for a in group):
                    # "Before Saturday's attack, ... the most recent injuries coming from a Dec. 25 attack on
                    # al-Asad": the day written into the attack's name is its own
                    clause_dates = [d for d in clause_dates
                                    if c_start + named_by_date.start() <= d.start < c_start + named_by_date.end()]
                if not clause_dates and sentence_day is not None and any(
                        e.strong and e.day == sentence_day for e in created):
                    # ("On October 18, two drone attacks targeted al-Tanf, while another two struck al-Asad": the
                    # day that dated the clause before dates this one as well, however long ago)
                    dated = (sentence_day, True, False)
                else:
                    dated = self._date_for(clause_dates, dates, sentence_day, sentence.is_title, update,
                                           # ("A January 28 drone attack killed three US soldiers": told by its dead)
                                           told_as_act=dated_reference or update or _ATTACK_VERB_RE.search(clause) is not None
                                           or named_by_date is not None or _ONE_ATTACK_TOLD_RE.search(clause) is not None
                                           # ("On Christmas Day, Garrett Illerbrunn was critically injured in a drone
                                           # attack at Irbil Air Base": told by its wounded)
                                           or _HURT_IN_ATTACK_RE.search(clause) is not None)
            if dated is None:
                continue
            if self.rounds_told is not None and dated == (self.published, False, False) \
                    and index - self.rounds_told[0] <= 2 and _ROUNDS_AGAIN_RE.match(text):
                dated = (self.rounds_told[1], True, True)
            day, strong, by_context = dated
            if not strong and all(a.other for a in group) and self.last_day is not None:
                day, strong = self.last_day, True  # "two other bases were also attacked": that same day
            repeats = _repeats(clause) if len(group) == 1 and group[0].base is not None else 1
            created_by: list[_Event] = []
            told_by_clause.append((len(group), created_by))
            # Several named bases told at once: a weapon list, or "21 personnel received minor injuries due to drone
            # attacks at Al Asad and Al Tanf", one toll over several attacks that it does not split (only its zeros
            # hold for each)
            several_bases = len({a.base for a in group if a.base is not None}) > 1
            # What every attack of the clause shares, worked out once for all of them.
            told_today = strong and day == self.published and any(
                d.kind == "day" and _TODAY_RE.fullmatch(d.text) for d in clause_dates)
            told_yesterday = strong and any(
                d.kind == "day" and d.day == day and _YESTERDAY_RE.search(d.text) for d in clause_dates)
            area = _area_of(areas, c_start, c_end)
            # ("shot down a drone above the embassy, officials said, hours after a rocket attack on a base": the
            # facts after the lag are the earlier attack's)
            lag_cut = _LAG_CUT_RE.search(clause, max(a.end for a in group) - c_start) if "after" in clause else None
            facts = clause[:lag_cut.start()] if lag_cut is not None else clause
            toll = read_casualties(text[:own_end]) if len(clauses) == 1 or len(group) == len(anchors) else None
            if several_bases and toll is not None:
                toll = _zeros_of(toll)
            for anchor in group:
                for _ in range(anchor.count):
                    # ("A few minutes after the attack in Hillah, three supply convoys were targeted": three more)
                    apart = anchor.other or (anchor.count > 1 and _AFTER_THE_ATTACK_RE.match(text) is not None)
                    event = _Event(anchor.base, anchor.country or story_country, day, strong, index, other=apart,
                                   dated_by_context=by_context, undated_headline=sentence.is_title and not dates,
                                   repeats=repeats,
                                   counted_with=(index, anchor.start) if anchor.count > 1 and not anchor.other else None,
                                   by_publication=not strong and not by_context and day is not None
                                   and self.published is not None and day <= self.published,
                                   unanchored=strong and day is None and self.published is None)
                    event.add_facts(facts, with_casualties=not several_bases)
                    if several_bases:
                        event.casualties = event.casualties.merged(_zeros_of(read_casualties(clause)))
                        # ("more than a dozen ballistic missiles ... at Al-Assad and Irbil": how many fell on each,
                        # the count does not say)
                        event.counts = {}
                    event.weapons_shared = len(event.weapons) > 1 and several_bases
                    event.told_today, event.told_yesterday = told_today, told_yesterday
                    if anchor.base is None:
                        event.area = area
                        event.seat = _seat_of(text, anchor, areas)
                        event.compass = _compass_of(clause, event.country)
                    if toll is not None:
                        event.casualties = event.casualties.merged(toll)
                    created_by.append(event)
                    created.append(event)
                    previous_clause.append(event)
            subject_weapons = {w for e in same_subject for w in e.weapons}
            for event in created_by:
                if not event.weapons:
                    event.weapons = set(subject_weapons)
            again = _second_day(clause_dates, text) if strong else None
            if again is not None and again != day and self._fresh(again, True) is not None:
                # "drones were shot down near Shaddadi on both Friday and Saturday": an attack each day
                for event in list(created_by):
                    twin = replace(event, day=again, weapons=set(event.weapons), counts=dict(event.counts))
                    created.append(twin)
                    previous_clause.append(twin)
            for earlier in shared_verb:
                for event in previous_clause:
                    for one, other in ((earlier, event), (event, earlier)):
                        if not one.weapons:
                            one.weapons = set(other.weapons)
        last_named = max(a.end for a in anchors) if len(told_by_clause) > 1 else None
        if last_named is not None and _OVER_ALL_TOLD_RE.search(text, last_named) is not None:
            # "attacks at Mission Support Site Euphrates, Ain al-Asad Air Base, and the Baghdad Diplomatic
            # Support Center, with no casualties ... in those incidents": the closing "none" is every one's
            none = _zeros_of(read_casualties(text[last_named:]))
            for event in created:
                event.casualties = event.casualties.merged(none)
        if victims_only and len(told_by_clause) == 1 and told_by_clause[0][0] + victims_only == len(anchors):
            # "Three U.S. soldiers were killed and 25 were wounded in a drone attack on a base in Jordan": the
            # victims' clause tells no attack of its own, so its figures are the one attack's
            figures = read_casualties(text)
            for event in told_by_clause[0][1]:
                event.casualties = event.casualties.merged(figures)
        if created and claims is not None:
            self._apply_claims(created, claims, text)
            if claims.claimant is not None and isinstance(self.focus, list):
                # "IRI claimed the attack in a statement, and said in a separate one that al-Harir Air Base was
                # also targeted": the claim is also of the attack told before
                first = min(a.start for a in anchors)
                back = _COREF_RE.search(text, 0, first)
                if back is not None and re.search(r",|\band\b", text[back.end():first]):
                    self._apply_claims([e for e in self.focus if e not in created], claims, text)
        if created and self.pending_claim is not None:
            claimant, said_at, said_on = self.pending_claim
            if index - said_at <= PENDING_CLAIM_SENTENCES:
                for event in created:
                    event.claimant = event.claimant or claimant
                    self._date_by_statement(event, said_on)
            self.pending_claim = None
        if created:
            if any(e.strong for e in created):
                self.last_day = next(e.day for e in created if e.strong)
        return created

    def _dated_attack_on_base(self, index: int, sentence: _Sentence, dates: list[DateMention]) -> list[_Event]:
        """An older attack on the one base the story is about, told by its day and naming no place: "A 20 October
        attack reportedly inflicted major damage to the facility" (within MAX_CONTEXT_AGE_DAYS)."""
        opening = _DATED_ATTACK_RE.match(sentence.text[:1].lower() + sentence.text[1:])  # ("An October 20 attack")
        again = _STRUCK_THE_SAME_RE.search(sentence.text) if opening is None else None
        if (opening is None and again is None) or self.published is None:
            return []
        focus = {(e.base, e.country) for e in self.focus if e.base is not None} if isinstance(self.focus, list) else set()
        if not focus and self.recent_base is not None:
            focus = {self.recent_base}
        if opening is not None:
            day = _pick_day([d for d in dates if d.kind == "day" and not d.reporting and d.start < opening.end()])
        else:
            # "On Tuesday, rocket and drone attacks had targeted the embassy", or "Sources had said on Tuesday
            # that ...": the day it happened, or the day an earlier report told it
            day = _pick_day([d for d in dates if d.kind == "day" and (not d.reporting or _TOLD_BEFORE_RE.search(sentence.text))])
            other_day_bases = {e.base for e in self.focus if e.day is not None and e.day != day} \
                if isinstance(self.focus, list) else set()
            noun = again.group("noun").lower()
            if not other_day_bases or any(noun in ("embassy", "consulate") and noun not in (b or "").lower()
                                          for b in other_day_bases):
                return []
        if len(focus) != 1 or day is None or day > self.published \
                or self._fresh(day, True, MAX_CONTEXT_AGE_DAYS) is None:
            return []
        base, country = focus.pop()
        event = _Event(base, country, day, True, index)
        event.add_facts(sentence.text)
        return [event]

    def _earlier(self, index: int, sentence: _Sentence, places: list[PlaceMention], dates: list[DateMention],
                 created: list[_Event]) -> _Event | None:
        """An earlier attack told in passing with its own day: "hours after another drone was fired at
        the same base late on Friday", "two days after three rockets hit the base on Monday"."""
        text = sentence.text
        m = _EARLIER_RE.search(text) or _NTH_IN_DAYS_AFTER_RE.search(text)
        if m is None:
            return None
        rest = m.group("rest")
        if not _TRIGGER_RE.search(rest) or _NEGATIVE_RE.search(rest) or _HYPOTHETICAL_RE.search(rest):
            return None
        firm = [d for d in dates if d.start >= m.start("rest") and d.kind == "day" and not d.reporting and d.day]
        forces_where = None
        if firm:
            fresh = self._fresh(firm[0].day, True)
        else:
            # "The rocket attack came six days after U.S. troops in eastern Syria came under a similar attack":
            # counted back from the attack just told, where the sentence names U.S. forces in a country
            focus = self.focus if isinstance(self.focus, list) else []
            # (not an attack the clause itself dated by "three days after": that is the earlier one)
            told = [e for e in created if e.strong and not e.dated_by_context] or [e for e in focus if e.strong] \
                or [e for e in focus if e.day]
            forces_where = next((COUNTRIES[f.group("where").lower()] for f in _forces_matches(rest)
                                 if (f.group("where") or "").lower() in COUNTRIES), None)
            # (or "It came three days after a similar attack on the base killed two American military personnel")
            if not told or told[0].day is None or (forces_where is None and not _SAME_BASE_RE.search(rest)) \
                    or any(d.kind != "day" for d in dates):
                return None
            days = 0 if m.group("hours") else 1 if m.group("n") is None else parse_number(m.group("n")) or 0
            fresh = self._fresh(told[0].day - timedelta(days=days), True)
        if fresh is None or (self.published is not None and fresh[0] > self.published):
            return None
        named = [p for p in places if p.base is not None and p.start - sentence.start >= m.start("rest")
                 and not _is_region_use(self.text, p)]
        if named:
            base, country = named[0].base.canonical, named[0].base.country
        elif forces_where is not None:
            base, country = None, forces_where
            if any(e.base is None and e.country == country and e.day == fresh[0] for e in created):
                return None
        elif _SAME_BASE_RE.search(rest):
            told = [e for e in created if e.base is not None]
            if not told and isinstance(self.focus, list):
                told = [e for e in self.focus if e.base is not None]
            if len({e.base for e in told}) != 1:
                return None
            base, country = told[0].base, told[0].country
        else:
            return None
        if any(e.base == base and e.day == fresh[0] for e in created):
            return None
        event = _Event(base, country, fresh[0], True, index)
        event.add_facts(rest)
        return event

    def _date_for(self, clause_dates: list[DateMention], all_dates: list[DateMention], sentence_day: date | None,
                  is_title: bool, update: bool = False, told_as_act: bool = False) -> tuple[date | None, bool, bool] | None:
        """(day, firm?, from context?) for an attack clause, or None when it is dated only vaguely or too long ago."""
        firm = [d for d in clause_dates if d.kind == "day" and not d.reporting]
        if update:
            explicit = [d for d in firm if d.day is not None and _EXPLICIT_DAY_RE.search(d.text)]
            fresh = self._fresh(explicit[0].day, True, MAX_UPDATE_AGE_DAYS) if explicit else None
            if fresh is not None:
                return fresh
            # (older, it is still an attack told with its written date, as any other is)
        context = [d for d in clause_dates if d.kind == "context"]
        reporting = [d for d in clause_dates if d.kind == "day" and d.reporting]
        vague = [d for d in clause_dates if d.kind == "vague"]
        if firm:
            day = _pick_day(firm)
            # A written date with a verb ("on 20 January, when three drones attacked Al-Tanf") places an
            # attack told in passing however long ago; a bare weekday only means the last few days, and
            # "the April 2 rocket strike ... was discussed" only names an old attack.
            return self._fresh_as_told(day, True, firm, told_as_act)
        # (with no day told yet, "the day before" counts back from the day the story was written)
        story_day = self.last_day or self.told_day or self.published
        if context and context[0].text == "Earlier" and self.last_day is None:
            return None  # ("Earlier, a dozen rockets targeted ...", before the story has told its day: some time before)
        if context and story_day is not None:
            # "U.S. forces on Monday carried out strikes ... after a drone attack earlier in the day"
            return story_day + timedelta(days=context[0].offset), True, True
        if vague:
            return None
        if sentence_day is not None:
            # ("On the 15th, a contractor died after the impact of several rockets at the airport": the written
            # day of the sentence dates the act its clause tells, as it would in the same clause)
            return self._fresh_as_told(sentence_day, True, [d for d in all_dates if d.kind == "day" and not d.reporting],
                                       told_as_act)
        if any(d.kind == "vague" for d in all_dates) and not any(d.kind == "day" for d in all_dates):
            return None
        if reporting:
            day = _pick_day(reporting)
            # ("at least 17 rockets struck a military base ..., a security source said on 9 November", told weeks
            # later: an attack told with the written day it was reported)
            return self._fresh_as_told(day, False, reporting, told_as_act)
        other_reporting = [d for d in all_dates if d.kind == "day" and d.reporting and d.day is not None]
        if other_reporting:
            return self._fresh(other_reporting[0].day, False)
        counted = self.summaries[-1] if self.summaries else None
        if counted is not None and counted.index == self.index - 1 and counted.own_day and counted.day is not None \
                and not is_title:
            # "U.S. forces were attacked three times on Monday. Drones targeted the Ain al-Asad and al-Tanf bases":
            # the attacks of the day just counted
            return counted.day, True, True
        if self.last_day is not None and not is_title:
            # A follow-up sentence with no date of its own is told on the day the story set.
            return self.last_day, False, True
        if self.lead_spoken_day is not None and not is_title:
            return self._fresh(self.lead_spoken_day, False)
        return self.published, False, False

    def _fresh_as_told(self, day: date | None, strong: bool, mentions: list[DateMention], told_as_act: bool
                       ) -> tuple[date | None, bool, bool] | None:
        """``_fresh`` for the day an attack clause is dated by: a date written out among ``mentions`` and told with
        the act places the attack as far back as context may reach; a bare weekday means the last few days."""
        written = told_as_act and any(d.day == day and _EXPLICIT_DAY_RE.search(d.text) for d in mentions)
        return self._fresh(day, strong, MAX_CONTEXT_AGE_DAYS if written else MAX_AGE_DAYS)

    def _fresh(self, day: date | None, strong: bool, max_age: int = MAX_AGE_DAYS) -> tuple[date | None, bool, bool] | None:
        if day is None or self.published is None:
            return day, strong, False
        if day < self.published - timedelta(days=max_age):
            return None
        if day > self.published + timedelta(days=1):
            return self.published, False, False
        return day, strong, False

    def _apply_claims(self, events: list[_Event], claims, text: str) -> None:
        claimant = claims.claimant
        if claimant is None and claims.same_group:
            claimant = self.last_claimant
        if claimant is None and claims.group_claimed:
            claimant = self.last_group
        if claimant is not None:
            self.last_claimant = claimant
            for event in events:
                if event.claimant is None:
                    event.claimant = claimant
        elif claims.unnamed_claim:
            self.unnamed_claim = (list(events), self.index)

    # ---- facts for the focus

    def _told_over_focus(self, sentence: _Sentence, anchors: list[_Anchor]) -> _Sentence:
        """The sentence without an opening "none" about the attacks in focus, which it gives them.

        "No casualties were reported in either incident in Syria, but over in Iraq, a rocket attack on the
        al-Assad Air Base wounded two people": the zeros are the Syrian attacks', the wounded al-Assad's."""
        head = _HEAD_BEFORE_BUT_RE.match(sentence.text)
        if head is None or not isinstance(self.focus, list) or not self.focus \
                or any(a.start < head.end() for a in anchors) or not may_state_casualties(head.group("head")):
            return sentence
        figures = read_casualties(head.group("head"))
        if figures.killed or figures.injured or figures == Casualties():
            return sentence
        targets = self.focus
        if _OVER_ALL_TOLD_RE.search(head.group("head")):
            # ("in either incident in Syria": every attack told so far there)
            countries = _countries_named(head.group("head"))
            targets = [e for e in self.events if not countries or e.country in countries]
        for event in targets:
            event.casualties = event.casualties.merged(figures)
        # (blanked, not cut, so that the places and dates found in the sentence keep their offsets)
        return replace(sentence, text=" " * head.end() + sentence.text[head.end():])

    def _attach(self, sentence: _Sentence, dates: list[DateMention], claims) -> None:
        """Give the focus the facts of a sentence that names no place of its own."""
        text = sentence.text
        if _OTHER_HOST_RE.search(text):
            return  # its rounds and dead are another army's
        coref = _has_coref(text)
        targets = self._targets(dates, coref)
        spoken = [d.day for d in dates if d.reporting and d.kind == "day" and d.day is not None]
        if spoken and isinstance(targets, list):
            # "Ryder told reporters Monday that there was a rocket attack ..., though no U.S. personnel were
            # injured", in a story of Tuesday's attack: what was said before an attack is not about it.
            targets = [e for e in targets if not (e.strong and e.day is not None and min(spoken) < e.day)]
        casualties = read_casualties(text) if may_state_casualties(text) and not _OTHER_FIGHTING_RE.search(text) \
            else Casualties()
        if (casualties.killed or casualties.injured) and (_has_background(text) or (
                _two_countries(text) and _ATTACKS_PLURAL_RE.search(text) and len(targets) < 2)):
            # "the attacks have resulted in the deaths of three American personnel": a running total; so is "21
            # service members reported minor injuries as a result of attacks on bases in Iraq and Syria"
            casualties = _zeros_of(casualties)
        claimant = None
        if claims is not None:
            claimant = claims.claimant or (self.last_claimant if claims.same_group else None)
            if claimant is None and claims.group_claimed:
                claimant = self.last_group
            if claims.claimant:
                self.last_claimant = claims.claimant
            if claimant is None and claims.unnamed_claim and isinstance(targets, list) and targets:
                self.unnamed_claim = (list(targets), self.index)
        if (not targets or targets == "all") and claimant and not self.events and not _has_background(text):
            # "IRI ... made the announcement in a statement on Thursday. It specified the targets as ...":
            # a claim told just before the attacks it claims.
            self.pending_claim = (claimant, self.index, dates)
        ordinal = _CLAIMED_ORDINAL_RE.search(text) if claimant else None
        if ordinal is not None:
            # "Tashkil al-Waritheen has claimed responsibility for the second one": that attack's claim alone
            picked = _nth_attack(self.events, ordinal.group("nth").lower())
            if picked is not None:
                if picked.claimant is None:
                    picked.claimant = claimant
                claimant = None
        if claims is not None and claims.none_claimed and isinstance(targets, list):
            for event in targets:
                if event.claimant is None:
                    event.unclaimed = True
        if targets == "all":
            self.article_casualties = self.article_casualties.merged(casualties)
            if claimant and self.article_claimant is None and not _MONTH_ATTACK_RE.search(text):
                self.article_claimant = claimant  # (a claim of "the February attack" is that one's alone)
            return
        if not targets and claimant and coref and self.events:
            targets = [self.events[-1]]
            casualties = Casualties()
        if targets and casualties.killed in (0, None) and casualties.injured in (0, None) \
                and casualties != Casualties() and _PLURAL_COREF_RE.search(text):
            # "Despite the attacks, there were no reports of casualties": the zeros of every attack of
            # the story so far, not only the one told last.
            days = {e.day for e in targets}
            targets = targets + [e for e in self.events if e not in targets and _within_a_day(e.day, days)]
            self.plural_zeros.append(({e.day for e in targets if e.day is not None}, casualties))
        if claimant and targets and _PLURAL_CLAIM_RE.search(text):
            # "had claimed attacks on those locations earlier in the day": every attack of that day told so far
            days = {e.day for e in targets}
            for event in self.events:
                if event not in targets and event.claimant is None and event.day in days \
                        and not _names_other_month(text, event.day):
                    event.claimant = claimant
        by_base = self._casualties_by_base(sentence, targets) if casualties != _NO_CASUALTIES else None
        if by_base is None and (casualties.killed or casualties.injured) and isinstance(targets, list) \
                and len({e.base for e in targets}) > 1:
            # "some 24 US troops have sustained minor injuries", after attacks on three bases: a toll over them
            # all that it does not split; only its zeros hold for each
            casualties = _zeros_of(casualties)
        # "the first such attack since September, when three mortar shells landed ...": that was another incident
        since_when = _SINCE_WHEN_RE.search(text)
        facts = text[:since_when.start()] if since_when else text
        # Several attacks take a weapon only while none has one: "The drone strikes, the statement added, ..."
        # ("the IRI renewed drone and rocket attacks on U.S. forces in both Iraq and Syria": the campaign's weapons)
        # (two mentions of one base on one day, "the Victoria military base ... near Baghdad International Airport",
        # are one attack)
        one_attack = len(targets) == 1 or (len({(e.base, e.day) for e in targets}) == 1 and targets[0].base is not None)
        weapons_apply = (one_attack or not any(e.weapons for e in targets)) \
            and not (_two_countries(text) and _ATTACKS_PLURAL_RE.search(text))
        # "Two soldiers were wounded. An additional three were treated for concussions": five, not three
        added = added_casualties(text, casualties) if by_base is None and len(targets) == 1 \
            and (casualties.killed or casualties.injured) else Casualties()
        for event in targets:
            if by_base is not None:
                event.casualties = event.casualties.merged(by_base.get(event.base, Casualties()))
            else:
                if added != _NO_CASUALTIES:
                    told = event.casualties
                    event.added = Casualties(added.killed if told.killed is None else None,
                                             added.injured if told.injured is None else None)
                event.casualties = event.casualties.merged(casualties, added)
                event.casualties = with_others_hurt(event.casualties, text)
                if event.casualties.injured == 0 and casualties.injured is None and tells_uncounted_injuries(text):
                    # "There were no casualties, they said. However, an official said there were minor injuries":
                    # some were hurt after all, how many is not told
                    event.casualties = Casualties(event.casualties.killed, None)
            # (not "Iraq's Islamic resistance attacks US bases in Syria" for an attack in Iraq)
            if claimant and event.claimant is None and not _names_other_month(text, event.day) \
                    and not (event.country and (placed := _placed_in_countries(text)) and event.country not in placed):
                event.claimant = claimant
            if not coref and len(targets) == 1 and all(v == 1 for v in event.counts.values()) and event.weapons \
                    and not _has_background(text) and not any(d.kind == "day" and not d.reporting for d in dates):
                # "A security official said nine Katyusha rockets were fired": the rounds of the one attack in
                # focus, when they are of the kind it was told with. ("A drone hit the center ... Six drones were
                # launched toward the facility": the one that hit was one of the six.)
                counted = munition_counts(facts)
                if counted and set(counted) <= event.weapons and set(event.counts) <= set(counted) \
                        and not (event.counts and any(p.base is None or p.base.canonical != event.base
                                                      for p in self._places_in(sentence))):
                    event.counts = counted  # (not "nine drones were downed in Dhi Qar and Basra")
            if coref:
                # "The Islamic Resistance in Iraq said it fired 24 rockets at the base", after officials counted
                # fourteen: the count already told stands over the claimant's own
                told_counts = dict(event.counts) if claims is not None and claims.claimant and event.counts else {}
                # (the casualties of the sentence were weighed above)
                event.add_facts(facts, with_weapons=weapons_apply and not _STATEMENT_RE.search(text)
                                and not _BACKGROUND_RE.search(text), with_casualties=False)
                event.counts.update(told_counts)
                firm = [d for d in dates if d.kind == "day" and not d.reporting and d.day is not None
                        # "The drone struck overnight", days after the story's Saturday: that night, not today's
                        and not (event.dated_by_context and _TODAY_RE.fullmatch(d.text))]
                if not event.strong and firm:
                    # ("No group has claimed responsibility for the December 7 attack": a written date, however old)
                    fresh = self._fresh(firm[0].day, True, MAX_CONTEXT_AGE_DAYS if _EXPLICIT_DAY_RE.search(firm[0].text)
                                        else MAX_AGE_DAYS)
                    if fresh is not None:
                        event.day, event.strong = fresh[0], True
                        self.last_day = fresh[0]  # ("The attack took place on Friday": the story's day from here on)
            self._date_by_statement(event, dates)

    def _date_by_statement(self, event: _Event, dates: list[DateMention]) -> None:
        """An attack the text dates only by publication takes the day of the statement that told it
        ("according to a statement Wednesday by the U.S. Central Command"): the closest day it has."""
        if event.strong or event.dated_by_context or event.day != self.published:
            return
        told = [d for d in dates if d.kind == "day" and d.reporting and d.day is not None
                and self.published is not None and timedelta(0) < self.published - d.day <= timedelta(days=1)]
        if told:
            event.day = told[0].day  # (a statement days older may be about the attack's aftermath)

    def _casualties_by_base(self, sentence: _Sentence, targets: list[_Event]) -> dict[str | None, Casualties] | None:
        """Casualty figures of a sentence that names which attacked bases they belong to.

        "One service member was hurt at Tell Beydar, and there were no casualties at Harir or
        Ayn al-Assad" gives each base its own figure, and "There were no injuries at Ain
        al-Assad" says nothing of the other attack in focus. None when the sentence names none
        of the bases in focus, so its figures go to every one of them as before.
        """
        bases = {e.base for e in targets if e.base is not None}
        if len(targets) < 2 or not bases:
            return None
        named = [(p.start - sentence.start, p.base.canonical) for p in self._places_in(sentence)
                 if p.base is not None and p.base.canonical in bases]
        if not named:
            return None
        text = sentence.text
        cuts = [0] + [m.end() for m in _STRONG_BREAK_RE.finditer(text)] + [len(text)]
        result: dict[str | None, Casualties] = {}
        unnamed = Casualties()
        for start, end in zip(cuts, cuts[1:]):
            part = read_casualties(text[start:end])
            here = {base for offset, base in named if start <= offset < end}
            if not here:
                unnamed = unnamed.merged(part)
            for base in here:
                result[base] = result.get(base, Casualties()).merged(part)
        # A clause naming no base ("and two more were wounded") speaks of them all.
        return {base: figures.merged(unnamed) for base, figures in result.items()}

    def _targets(self, dates: list[DateMention], coref: bool) -> list[_Event] | str:
        """Which events a place-less sentence is about: the focus, or those on the day it names."""
        firm = {d.day for d in dates if d.kind == "day" and not d.reporting and d.day is not None}
        if firm and isinstance(self.focus, list) and any(e.day in firm for e in self.focus):
            return [e for e in self.focus if e.day in firm]
        if firm and coref:
            on_day = [e for e in self.events if e.day in firm and e.strong]
            named = [e for e in on_day if e.base is not None]
            if named or on_day:
                return named or on_day
        if self.focus == "all":
            return "all"
        return list(self.focus or [])

    # ---- end of article

    def finish(self) -> list[ExtractedAttack]:
        events = [e for e in _merge(self.events) if not self._retold(e)]
        if any(e.base is None and e.country is None for e in events) and _OUTSIDE_AREA_RE.search(self.text) \
                and not _countries_named(self.text):
            # "A United States base in Bahrain came under missile strike ... The attack targeted a site that serves
            # as the headquarters of the Fifth Fleet": an unplaced site in a story of attacks outside the area
            events = [e for e in events if e.base is not None or e.country is not None]
        for event in events:
            if event.claimant in self.denied:
                event.claimant = None
        events = self._pad(_expand_repeats(events))
        for base, later_day, figures in self.earlier_tolls:
            earlier = [e for e in events if e.base == base and e.day is not None
                       and 0 < (later_day - e.day).days <= EARLIER_TOLL_DAYS]
            if len(earlier) == 1:
                earlier[0].casualties = earlier[0].casualties.merged(figures)
        # ("The U.S. is tracking 59 personnel who have been injured during the strikes", after several attacks:
        # a toll over them all, of which only a "none" holds for each)
        overall = self.article_casualties if len({(e.base, e.country, e.day) for e in events}) <= 1 \
            else _zeros_of(self.article_casualties)
        for event in events:
            event.casualties = event.casualties.merged(
                Casualties(
                    overall.killed if event.casualties.killed is None else None,
                    overall.injured if event.casualties.injured is None else None,
                )
            )
            if event.claimant is None and self.article_claimant not in (None, *self.denied) and not event.padded \
                    and not event.unclaimed:
                event.claimant = self.article_claimant
        for event in events:
            # (a padded attack stands for a count whose weapons the text may give for others only)
            if not event.weapons and not event.padded and event.day in self.day_weapons:
                event.weapons = set(self.day_weapons[event.day])
        # (a counted "two other bases" or padded attack is told without details on purpose)
        bare = [e for e in events if not e.weapons and not e.padded and not e.other]
        if bare and all(not e.weapons for e in events if not e.padded and not e.other):
            # Attacks told without their weapon, in an article that names one kind of weapon only
            # ("five convoys came under attack ... 'We planted explosive devices'"): that one.
            # (not the weapon of history: "In recent months, convoys ... have been targeted by roadside bombs")
            # (nor the weapon of a U.S. strike: "the coalition forces launched four rockets toward ...")
            named = set().union(*(find_weapons(_NEGATIVE_RE.sub(" ", sentence.text)) for sentence in self.sentences
                                  if not _has_background(sentence.text)))
            if len(named) == 1:
                for event in bare:
                    event.weapons = set(named)
        if self._names_ballistic_now():
            # "Iran fired ballistic missiles ... the missiles struck the base": one weapon, told twice.
            for event in events:
                if "missile" in event.weapons:
                    event.weapons = (event.weapons - {"missile"}) | {"ballistic_missile"}
        for event in events:
            if {"rocket", "missile"} <= event.weapons:
                # "rocket fire ... 15 missiles were fired": outlets call the same rounds both, so one weapon, one count.
                event.missiles_as_rockets()
        lead = min(events, key=lambda e: e.order, default=None)
        if lead is not None and lead.weapons == {"missile"} and self._headline_says_rockets():
            # "Rockets land on Iraqi base hosting US forces" over "Three missiles landed late Friday inside the
            # Baghdad airport complex": the story's own attack, its rounds called both.
            lead.missiles_as_rockets()
        events.sort(key=lambda e: (e.day or date.min, e.order, e.base or "~", e.country or "~"))
        return [_to_attack(e) for e in events]

    def _names_ballistic_now(self) -> bool:
        """Whether the article tells ballistic missiles outside a sentence set in another month ("the target of an
        Iranian ballistic missile attack in January 2020"), where they are another attack's."""
        if not _names_ballistic(self.text):
            return False
        return any(_BALLISTIC_RE.search(sentence.text) is not None
                   and not any(d.kind == "vague" for d in self._dates(sentence.text)) for sentence in self.sentences)

    def _headline_says_rockets(self) -> bool:
        """Whether the headline calls the attack's rounds rockets, and missiles nowhere."""
        if not self.sentences or not self.sentences[0].is_title:
            return False
        weapons = find_weapons(self.sentences[0].text)
        return "rocket" in weapons and not weapons & {"missile", "ballistic_missile"}

    def _retold(self, event: _Event) -> bool:
        """An attack told only in an undated headline, on a base whose attack the body dates long ago: that attack
        (a body that tells an attack on the base itself, undated, gives the news its own mention)."""
        return event.undated_headline and not event.strong and event.base in self.history_bases

    def _pad(self, events: list[_Event]) -> list[_Event]:
        """Add the unnamed attacks a headline count implies but the body never describes.

        A count for one country ("attacks on three bases in Syria") is checked against that
        country's attacks first; a padded attack takes the zeros ("none caused casualties")
        told of the attacks its sentence names.
        """
        for told in sorted(self.summaries, key=lambda s: not s.explicit):
            same_day = [e for e in events if told.covers(e.day)]
            if not same_day and not (told.own_day and (events or told.explicit and self._fresh(told.day, True))):
                # With nothing described that day the count is likely about other days, unless its own
                # sentence names the day, in a story that tells attacks ("on Sunday, with five separate incidents"),
                # or places the count ("On Thursday, U.S. forces were attacked at three bases in Iraq").
                continue
            country = next(iter(told.countries)) if len(told.countries) == 1 else None
            if told.explicit:
                same_day = [e for e in same_day if e.country in (None, country)]
            missing = told.count - len(same_day)
            if missing <= 0:
                continue
            peers = [e for e in events if e.order == told.index and not e.padded]
            zero_killed = bool(peers) and all(e.casualties.killed == 0 for e in peers)
            zero_injured = bool(peers) and all(e.casualties.injured == 0 for e in peers)
            # A claim of the day's attacks ("claimed attacks on those locations") covers those only counted,
            # when every attack told that day has that one claimant.
            claimants = {e.claimant for e in events if told.covers(e.day) and not e.padded}
            for _ in range(missing):
                event = _Event(None, country, told.day, True, 10_000, padded=True, other=True)
                if told.claimant is not None:
                    event.claimant = told.claimant
                elif len(claimants) == 1:
                    event.claimant = next(iter(claimants))
                event.weapons = set(told.weapons)  # ("two separate drone attacks": drones, whatever else the day saw)
                event.casualties = Casualties(0 if zero_killed else None, 0 if zero_injured else None)
                for days, zeros in self.plural_zeros:
                    if _within_a_day(told.day, days):
                        event.casualties = event.casualties.merged(zeros)
                events.append(event)
        return events


# --------------------------------------------------------------------------- helpers


# A group's own account ("stated that they targeted the base with missiles and drones"): its weapon list is a claim.
_STATEMENT_RE = re.compile(r"\b(?:stated|claimed|said|announced)\s+(?:in\s+a\s+statement\s+)?that\s+(?:they|it|its)\b",
                           re.IGNORECASE)
_IDENTIFY_RE = re.compile(
    r"^(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:outpost|base|garrison|facility|site|installation|airbase|camp|compound|oil\s+field|gas\s+field)"
    r"\s*,?\s+(?:known\s+as|called|named"
    # "The base was later named by US officials as Tower 22."
    r"|(?:was|is|has\s+been)\s+(?:later\s+|since\s+|now\s+)?(?:named|identified)\s+(?:by\s+[^.;,]{1,40}?\s+)?as)\b",
)
# "The drone attack took place in Rukban": where the attack in focus happened, not another attack.
_FOCUS_TOOK_PLACE_RE = re.compile(
    r"(?:The|This|That)\s+(?:[\w-]+\s+)?(?:attack|strike|incident)\s+(?:took\s+place|happened|occurred)\s+(?:in|at|near)\s"
)
# "Three Katyusha rockets", "A rocket": rounds told as they fell.
_ROUNDS_TOLD_RE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rockets?|missiles?|drones?|projectiles?|mortar\s+(?:shells|rounds))\b",
    re.IGNORECASE,
)
# "The rockets were fired targeting ...": rounds the text has told of already.
_ROUNDS_AGAIN_RE = re.compile(r"(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|projectiles?|shells?|drones?)\b")
# "The attack targeted ...", "This rocket strike hit ...": the attack in focus, its subject.
_ATTACK_HIT_RE = re.compile(
    r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|barrage|salvo)\s+(?:targeted|hit|struck)\b")
# "The attack targeted the ... at": the attack in focus, told where it struck.
_FOCUS_HIT_AT_RE = re.compile(
    r"(?:The|This|That)\s+(?:drone\s+|rocket\s+|missile\s+)?(?:attack|strike|drones?|rockets?)\s+(?:targeted|hit|struck)\s+"
    r"(?:[\w().'’-]+\s+){0,8}?(?:at|in|inside)\s+(?:the\s+)?"
)
# "killed at", "struck the base at", "the target was the base at": where the attack in focus happened.
_LOCATED_RE = re.compile(
    r"\b(?:(?:killed|wounded|injured|hurt|struck|hit|landed|happened|occurred|took\s+place|was|were)\s+(?:at|in|on|inside)"
    # "The incident, which unfolded near the Baghdad airport base", "Six drones were reported heading toward the ..."
    r"|(?:happened|occurred|took\s+place|unfolded)\s+(?:near|close\s+to|outside)"
    r"|(?:drones?|rockets?|missiles?|UAVs?)\s+(?:were\s+|was\s+)?(?:\w+\s+)?(?:heading|headed|flying|flew)\s+(?:toward|towards|at)"
    # "a military facility located in the area of the settlement of Tell Beidar"
    r"|(?:located|situated)\s+(?:in|at|near)(?:\s+the)?(?:\s+(?:area|vicinity|outskirts)\s+of(?:\s+the)?)?"
    r"(?:\s+(?:settlement|village|town)\s+of)?"
    # "killed a U.S. contractor and wounded four U.S. personnel at the K-1 base"
    r"|(?:killed|wounded|injured|hurt)\s+(?:[\w.-]+\s+){1,4}?(?:at|inside)"
    # "There was no immediate word on casualties at Camp Taji"
    r"|(?:casualties|injuries|damage)\s+(?:at|inside)"
    # "The killing of three Americans at Tower 22 ..."
    r"|(?:killing|deaths?|wounding)\s+of\s+(?:[\w.-]+\s+){1,4}?(?:at|inside)"
    r"|(?:evacuated|airlifted|flown)\s+(?:out\s+)?from"
    r"|(?:target|site)\s+was(?:\s+the\s+(?:\w+\s+)?(?:base|outpost|garrison|facility|airfield|airport))?(?:\s+(?:at|in))?"
    r"|(?:base|outpost|garrison|facility)\s+(?:at|in)"
    # "troops at al-Asad air base were still assessing the damage"
    r"|(?:troops|personnel|forces|service\s*members)\s+(?:stationed\s+|based\s+)?at"
    # "The drone strike on Tower 22, a logistics support base, marked ...": the attack in focus, named
    r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault)\s+(?:on|at|against))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BASE_WORDS = ("base", "outpost", "garrison", "facilit", "installation", "camp", "compound", "airfield", "airport",
               "site", "position", "convoy", "headquarters", " field", " post", "military complex", "center", "centre",
               "tower")
_FORCE_WORDS = ("forces", "troops", "personnel", "service", "soldier", "military", "convoy", "patrol", "position",
                "interests", "coalition")


def _nth_attack(events: list[_Event], nth: str) -> _Event | None:
    """The attack an ordinal points at ("the second one", "the latter"), among the distinct attacks told so far
    in the order they were first told; None when there are not enough of them to tell."""
    distinct: dict[tuple[str | None, str | None, date | None], _Event] = {}
    # (a lead's unnamed "attacks were launched at the base" is one of the named ones, told early)
    named = [e for e in events if e.base is not None]
    for event in sorted(named or events, key=lambda e: e.order):
        distinct.setdefault((event.base, event.country, event.day), event)
    told = list(distinct.values())
    if len(told) < 2:
        return None
    position = {"first": 0, "former": 0, "second": 1, "third": 2, "latter": len(told) - 1}[nth]
    return told[position] if position < len(told) else None


# Sentence-level tests, cached by text: background paragraphs recur across a feed's articles.
@lru_cache(maxsize=16384)
def _has_trigger(text: str) -> bool:
    return _TRIGGER_RE.search(text) is not None


@lru_cache(maxsize=16384)
def _has_negative(text: str) -> bool:
    return _NEGATIVE_RE.search(text) is not None


# "has claimed responsibility for the second one", "claimed the latter attack": one of the attacks told.
_CLAIMED_ORDINAL_RE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:only\s+)?the\s+"
    r"(?P<nth>first|second|third|latter|former)(?:\s+(?:one|attack|strike|assault|incident))?\b(?!\s+(?:since|in|of)\b)",
    re.IGNORECASE,
)
# "the attacks", "both strikes", "either attack": a sentence about every attack just told.
_PLURAL_COREF_RE = re.compile(
    r"\b(?:the|these|those|both|all)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|assaults|incidents)\b"
    r"|\b(?:either|neither|each)\s+(?:attack|strike|assault|incident)\b"
    # "Both caused material damage but no casualties": the attacks just told, as the subject
    r"|^(?:Both|Neither|None)(?:\s+of\s+them)?\s+(?:caused|resulted|left|led|inflicted|produced|were|was|had)\b",
    re.IGNORECASE,
)


# A claim of several attacks: "claimed the attacks", "claimed attacks on those locations".
_PLURAL_CLAIM_RE = re.compile(
    # ("took credit for one of the drone attacks": one of them)
    r"(?<!one\sof\s)\b(?:the|these|those|both|all)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|assaults|operations)\b"
    r"|\b(?:attacks|strikes|operations)\s+(?:on|against)\s+(?:these|those|both|all)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:locations|sites|bases|facilities|positions|targets)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _has_coref(text: str) -> bool:
    # (not "the Iraqi military base": a base of others, no reference to the attack told)
    return any(_OTHERS_BASE_RE.match(m.group(0)) is None for m in _COREF_RE.finditer(text))


# A definite base phrase whose modifiers make it another side's base.
_OTHERS_BASE_RE = re.compile(
    r"the\s+(?:[\w-]+\s+){0,2}?(?:Iraqi|Syrian|Kurdish|PMF|Peshmerga|Turkish|Iranian|Israeli)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:base|airbase|air\s+base)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _has_summary(text: str) -> bool:
    return bool(_SUMMARY_RE.search(text) or _DAY_WINDOW_RE.search(text))


@lru_cache(maxsize=16384)
def _has_background(text: str) -> bool:
    return _BACKGROUND_RE.search(text) is not None or _CAMPAIGN_GOING_ON_RE.search(text) is not None


# "Tehran-backed militias have been attacking US interests in Iraq": a campaign going on, not one attack (a pattern
# of its own: its common words would open _BACKGROUND_RE's pre-check to most sentences).
_CAMPAIGN_GOING_ON_RE = re.compile(
    r"\b(?:have|has)\s+been\s+(?:\w+ly\s+)?(?:attacking|targeting|striking|shelling)\s+(?:(?:U\.S\.|US|American|coalition|Western)\s+)?"
    r"(?:interests|forces|troops|bases|targets|positions|facilities|sites)\b",
    re.IGNORECASE,
)


_DIGIT_RE = re.compile(r"\d")
_DATE_HINT_RE = re.compile(
    r"\d|day|night|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|overnight|tonight|ago|mid-|early|late|^earlier,|christmas|thanksgiving|recently"
)


@lru_cache(maxsize=16384)
def _may_name_base(low: str) -> bool:
    return any(w in low for w in _BASE_WORDS)


@lru_cache(maxsize=16384)
def _may_be_pause(low: str) -> bool:
    return any(w in low for w in ("since", "hiatus", "lull", "pause", " in months", " in weeks", " year", "halt",
                                  "respite", "truce", "calm", "quiet", "break"))


@lru_cache(maxsize=16384)
def _may_have_date(low: str) -> bool:
    return _DATE_HINT_RE.search(low) is not None


# A word of a listed group's name, or of a claim by a group the sentence does not name.
_GROUP_HINTS = GROUP_WORDS + (
    "same group", "same faction", "the group", "the faction", "the militia", "the movement", "the organi",
    # a group outside the list, introduced by name: "a group named ...", "that calls itself ..."
    "itself", " named ", " called ", "known as",
    # ("The Iran-backed militant group earlier claimed credit": a group the sentence does not name)
    "claimed credit", "claimed responsibility", "took credit", "took responsibility",
    # ("A little-known group claimed the attack": see ``ClaimReading.unnamed_claim``)
    "group claimed", "militia claimed", "faction claimed", "group has claimed", "militia has claimed")


_CLAIM_HINT_RE = re.compile("|".join(re.escape(h) for h in _GROUP_HINTS))
_CLAIM_ABBREV_RE = re.compile(r"IRI|KH|KSS|AAH|IRGC|ISIS|ISIL")


@lru_cache(maxsize=16384)
def _may_have_claim(text: str, low: str) -> bool:
    return _CLAIM_HINT_RE.search(low) is not None or _CLAIM_ABBREV_RE.search(text) is not None \
        or (text.startswith(("It ", "They ")) and "claimed" in low)  # ("It also claimed to have fired")


# Openings that turn a story to another matter.
_ANOTHER_MATTER = ("Separately,", "Separately ", "In a separate ", "Elsewhere,", "In other news")
_SINCE_WORD_RE = re.compile(r"\bsince\b", re.IGNORECASE)
_PAUSE_CUE_RE = re.compile(
    r"\b(?:first|second|third|1st|2nd|3rd)\s+(?:[\w.'’-]+\s+){0,10}?(?:since|in\s+(?:more\s+than\s+|nearly\s+|over\s+)?"
    r"(?:\w+\s+)?(?:months|weeks|a\s+year))\b|\b(?:hiatus|lull|pause)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _is_pause_sentence(text: str) -> bool:
    """A sentence about the pause ("the second attack since February 4") re-mentions a known attack."""
    return _PAUSE_CUE_RE.search(text) is not None


# A base named after its town, where the sentence puts an attack in that town.
_ATTACKED_IN_TOWN_RE = re.compile(
    r"\b(?:attacked|targeted|struck|hit|shelled)\s+(?:by\s+)?[^.;]{0,120}?\bin\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:[\w-]+['’]s\s+)?(?:(?:[\w-]+\s+){0,2})(?:town|village)\s+of\s+$",
    re.IGNORECASE,
)
_BASES_IN_AREA_RE = re.compile(
    r"\b(?:bases?|garrisons?|outposts?|facility|facilities)(?:\s*,?\s+(?:located|situated))?\s+(?:in|at|near)\s+(?:\w+['’]s\s+|the\s+)?"
    r"(?:(?:[\w'’-]+\s+){1,3}(?:region|area|zone|town|city)\s*(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?)?$",
    re.IGNORECASE,
)
_REGION_NOUN_AFTER = r"\s+(?:province|governorate|countryside|city|district|region|desert|town|village|area|camp)\b"


def _is_region_use(text: str, place: PlaceMention) -> bool:
    """ "Deir ez-Zor province", "the city of Erbil": a place name used for the area, not the base."""
    after = text[place.end:place.end + 20].lower()
    before = text[max(0, place.start - 50):place.start].lower()
    if re.search(r"\bbases?(?:\s+of\s+the\s+(?:u\.s\.-led\s+|us-led\s+)?coalition)?(?:\s*,?\s+(?:located|situated))?"
                 r"\s+(?:in|at|near)\s+the\s+(?:[\w-]+\s+)?(?:town|village)\s+of\s+$", before):
        # "the base in the town of Al-Shaddadi", "a base of the US-led coalition near the town of al-Shaddadi",
        # "The base, situated in the town of Al-Shaddadi": the base the town is known for
        return False
    if re.match(r"\s+(?:region|area|zone|town|city)\b", after) and _BASES_IN_AREA_RE.search(before):
        # "a U.S. base in Syria's Al-Tanf region", "bases in Syria's al-Tanf region and al-Shaddadi town",
        # "a U.S. military base, located in the Shaddadi area", "a US base near al-Shaddadi city":
        # the area is named for the base
        return False
    if re.search(r"\b(?:town|village)\s+of\s+$", before) and not re.match(_REGION_NOUN_AFTER, after) \
            and _ATTACKED_IN_TOWN_RE.search(text, max(0, place.start - 160), place.start):
        return False  # "the coalition was attacked by two rockets in Syria's town of Al-Shadadi": the base
    return bool(re.match(_REGION_NOUN_AFTER, after)
                or re.search(r"(?:province|city|town|governorate)\s+of\s+$", before))


@lru_cache(maxsize=16384)
def _generic_matches(text: str) -> tuple[re.Match, ...]:
    """Every base-noun phrase, overlapping ones included: "a maintenance facility on a coalition base"
    holds two, and the second is the one tied to U.S. forces."""
    return tuple(_iter_generic_matches(text))


@lru_cache(maxsize=16384)
def _forces_matches(text: str) -> tuple[re.Match, ...]:
    """U.S. forces a sentence names; "its forces" only once the sentence has named the coalition or the U.S."""
    return tuple(m for m in _FORCES_RE.finditer(text)
                 if m.group("own") is None or _US_TERM_RE.search(text, 0, m.start()) is not None)


@lru_cache(maxsize=16384)
def _other_count_matches(text: str) -> tuple[re.Match, ...]:
    return tuple(_OTHER_COUNT_RE.finditer(text))


@lru_cache(maxsize=16384)
def _may_name_forces(low: str) -> bool:
    return any(w in low for w in _FORCE_WORDS)


def _iter_generic_matches(text: str):
    pos = 0
    while True:
        m = _GENERIC_RE.search(text, pos)
        if m is None:
            break
        yield m
        pos = m.end("det")
    if "base" in text or "Base" in text or "military complex" in text:
        # ("Five rockets hit inside US military base in Iraq": a headline's base without its article)
        opening = _BARE_BASE_OPENING_RE.match(text)
        if opening is not None:
            yield opening
        yield from _BARE_BASE_RE.finditer(text)


_LOCATOR_RE = re.compile(
    r"^[^;]{0,50}?\b(?:in|near|at|outside|close\s+to|next\s+to|not\s+far\s+from|adjacent\s+to|by|(?:\d+\s+)?(?:km|kilomet\w+|miles)\s+from"
    r"|(?:north|south|east|west)(?:east|west)?\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _is_locator(text: str, previous: PlaceMention | None, place: PlaceMention, offset: int) -> bool:
    """ "Tower 22, a base in Rukban", "the garrison at al-Tanf, near Rukban": a second base named
    right after another, behind a locative, only says where the first one is."""
    if previous is None or previous.base is None or previous.base == place.base:
        return False
    between = text[previous.end - offset:place.start - offset]
    if len(between) > 60 or re.search(r"\b(?:and|or|while|but|as\s+well\s+as|then|also)\b", between, re.IGNORECASE):
        return False
    return bool(_LOCATOR_RE.match(between))


def _plural(noun: str) -> bool:
    n = noun.lower()
    return n.endswith("s") and not n.endswith(("headquarters", "ss")) or n.endswith("ies")


def _post_extent(post: str) -> int:
    """How much of the text after a base noun still describes it (up to the next clause break)."""
    m = re.search(r"[;]|,\s*(?:and|while|but)\s|\s+(?:and|while|but)\s+(?=(?:a|an|another|\d|two|three|five)\s)", post)
    return m.start() if m else len(post)


# Base nouns that a named U.S. site in the same breath makes one more of its kind (not "a camp", "an airport").
_COMPANY_NOUN_RE = re.compile(r"(?:air\s*)?bases?|airbase|outpost|garrison|installation|facility|military\s+site", re.IGNORECASE)
# A national army's or a militia's own base: "a nearby Iraqi base", "a base of the Turkish army".
_NATIONAL_BASE_RE = re.compile(r"\b(?:Iraqi|Syrian|Turkish|Kurdish|Israeli|Iranian|Russian)\b")


def _tied_by_company(text: str, m: re.Match, anchors: list[_Anchor]) -> bool:
    """ "Two drones targeted al-Tanf and one drone targeted a base in northern Iraq": an unnamed base
    told in the same breath as a named U.S. site, joined to it by "and", is one more of them."""
    if m.group("det").lower() not in ("a", "an", "one") or not _COMPANY_NOUN_RE.fullmatch(m.group("noun")):
        return False
    named = [a for a in anchors if a.base is not None and a.end <= m.start()]
    if not named:
        return False
    between = text[named[-1].end:m.start()]
    if len(between) > 80 or not re.search(r"\band\b", between):
        return False
    own = m.group("mods") + m.group("post")[:_post_extent(m.group("post"))]
    return not _FOREIGN_BASE_RE.search(own) and not _NATIONAL_BASE_RE.search(own)


def _only_country(spans: list[tuple[int, int, str | None]]) -> str | None:
    """The one country a sentence names, if it names exactly one."""
    countries = {country for _, _, country in spans if country}
    return countries.pop() if len(countries) == 1 else None


def _country_in(text: str) -> str | None:
    for name in _COUNTRY_NAMES:
        if name in text:
            return name
    return None


def _country_by_adjective(text: str) -> str | None:
    """The one country a sentence places something in by adjective: "the southern Iraqi province of Dhi Qar"."""
    found = {_ADJECTIVE_COUNTRY[m.group(1)] for m in _COUNTRY_ADJECTIVE_RE.finditer(text)}
    return found.pop() if len(found) == 1 else None


_ADJECTIVE_COUNTRY = {"Iraqi": "Iraq", "Syrian": "Syria", "Jordanian": "Jordan"}
_COUNTRY_ADJECTIVE_RE = re.compile(
    r"\b(Iraqi|Syrian|Jordanian)\s+(?:province|governorate|city|town|village|capital|desert|countryside|region)\b"
)


# Places too wide to tell two unnamed attacks apart: a country, or the whole Kurdistan Region.
_NOT_AREAS = frozenset(COUNTRIES) | {"kurdistan", "kurdistan region"}


def _seat_of(text: str, anchor: _Anchor, areas: list[tuple[int, str]]) -> str | None:
    """The province or city named as where an unnamed base is: "a U.S. base in Erbil", "a base in the city of
    Erbil" (not "a base 40 km north of Baghdad", which only measures from it)."""
    for at, name in areas:
        if anchor.start <= at <= anchor.end + _SEAT_REACH \
                and _SEAT_RE.search(text, max(anchor.start, at - _SEAT_REACH), at) is not None:
            return name
    return None


# What stands between an unnamed base and the place it is in: "base in ", "facility in the city of ".
_SEAT_RE = re.compile(r"\b(?:base|facility|site|outpost|camp|garrison)s?\s+in\s+(?:the\s+(?:city|province)\s+of\s+)?$",
                      re.IGNORECASE)
_SEAT_REACH = 40


def _area_of(areas: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The one province or town named inside a clause, if it names just one."""
    inside = {name for at, name in areas if start <= at < end}
    return next(iter(inside)) if len(inside) == 1 else None


def _country_near(spans: list[tuple[int, int, str | None]], start: int, width: int) -> str | None:
    for s, _, country in spans:
        if start <= s <= start + width:
            return country
    return None


# The attack whose victims follow, told with its country: "a drone attack in Jordan killed three".
_ATTACK_IN_COUNTRY_BEFORE_RE = re.compile(
    r"\b(?:attack|strike|assault)\s+in\s+(?P<country>Iraq|Syria|Jordan)\s+(?:that\s+)?(?:killed|wounded|injured)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_FORCES_OBJECT_BEFORE_RE = re.compile(
    r"(?:\battack|\battacked|\battacking|\bassault|\bassaulted|\bstrike|targeted|targeting|targets|\bstruck|\bhit"
    r"|\bfired|\bfiring|\blaunched|\bshell\w*|\bambush\w*(?![\s-]+[Pp]rotected)|\bopen(?:ed|ing)\s+fire"
    # "two armed drones approaching U.S. troops in Iraq were shot down"
    r"|\bapproaching|\bheading\s+(?:for|toward|towards)|\baimed\s+at|\bdirected\s+at"
    # "destroyed two one-way attack drones near U.S. and Coalition forces"
    r"|\b(?:drones?|UAVs?|rockets?|missiles?|explosives|bombs|grenades)\s+near"
    # "attacks that injured three U.S. troops": the victims of the attack
    r"|\binjur(?:ed|ing|es)|\bwound(?:ed|ing|s)|\bkill(?:ed|ing|s)|\b(?:claimed|took)\s+the\s+lives\s+of"
    # ("announced the death of 2 American service members ... in an ambush"; not the deaths a strike answered,
    # "in retaliation for the death of three American soldiers")
    r"|(?<!for the )(?<!by the )(?<!over the )(?<!avenge the )\b(?:deaths?|killing|wounding|injuring)\s+of"
    # "a multi-rocket attack in Syria on Thursday against American and other forces"
    r"|\b(?:attack|assault)[\"”’']?\s+(?:(?!against\b)[\w-]+\s+){1,7}against"
    # "an attack with several rockets on U.S. forces in Syria"
    r"|\b(?:attack|assault|strike)s?\s+(?:with|by|using)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:rockets?|drones?|missiles?|mortars?|shells?|projectiles?|UAVs?)\s+(?:on|upon|targeting)"
    # "Iran launched missiles at U.S. forces in Iraq", "fired two rockets toward U.S. troops"
    r"|\b(?:fired|firing|launched|launching|sent|sending|lobbed)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:rockets?|drones?|missiles?|mortars?|shells?|projectiles?|UAVs?|rounds?|Katyushas?))"
    r"\s+(?:(?:on|against|at|upon|toward|towards|targeting|in\s+the\s+direction\s+of)\s+)?(?:the\s+)?"
    r"(?:(?:at\s+least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+)?$",
    re.IGNORECASE,
)
_FORCES_OBJECT_AFTER_RE = re.compile(
    r"^(?:[^.;,]{0,40}?)\b(?:were|was|have\s+been|has\s+been|had\s+been|came|come|comes|coming|faced?|faces|facing)\s+"
    r"(?:(?!not\b|never\b)\w+\s+){0,2}?(?:under|attacked|targeted|hit|struck|shelled|ambushed|(?:an?\s+)?(?:\w+\s+)?attacks?)"
    # "troops were slightly hurt when a drone hit a base", "personnel suffered minor injuries in a drone attack"
    # ("three American troops were killed and many were wounded Sunday in a drone strike in northeast Jordan")
    # ("two U.S. soldiers and one American interpreter were killed in an ambush")
    r"|^(?:\s+and\s+(?:an?|one|another|two|three|four|five|\d+)\s+(?:[\w.-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:who\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    # a headline's participle: "Several US troops wounded after the attack on a base in western Iraq"
    r"|(?=(?:hurt|injured|wounded|killed)\s+(?:in|after|during|by|following)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|drones?|rockets?|missiles?|barrages?|ambush)))(?:hurt|injured|wounded|killed)"
    # ("were wounded in action in a deadly drone attack")
    r"(?:\s+and\s+[^.;]{0,30}?\b(?:hurt|injured|wounded))?(?:\s+in\s+(?:action|combat))?"
    r"(?:\s+(?:on\s+)?(?:early\s+|late\s+)?\w+day)?\s+(?:when|as|in|by|during|after|following)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|drones?|rockets?|missiles?|barrages?|mortars?|ambush(?:es)?"
    r"|shootings?)"
    r"|^\s+(?:\w+\s+)?(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}?(?:injuries|injury|wounds)"
    r"(?:,[^,.;]{0,50},)?\s+"
    r"(?:in|during|from|as\s+a\s+result\s+of|because\s+of|after|following)\s+"
    r"(?:an?\s+|the\s+|Iran['’]s\s+)?(?:[\w.-]+\s+){0,3}?(?:attacks?|strikes?|barrages?|ambush(?:es)?)"
    # "troops are being treated for traumatic brain injuries and smoke inhalation after a drone attack"
    r"|^\s+(?:are|were|was|is|have\s+been|had\s+been)\s+(?:being\s+)?(?:treated|evaluated|hospitali[sz]ed|evacuated)\s+"
    r"[^.;]{0,80}?\b(?:after|following|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?)",
    re.IGNORECASE,
)


# "a drone attack on": the words between an article and the bases one attack was made on.
_ONE_ATTACK_ON_RE = re.compile(
    r"\b(?:attack|strike|assault)\s+(?:on|against|targeting)\s+(?:the\s+)?(?:(?:U\.S\.|US|American|coalition)\s+)?"
    r"(?:(?:military|air)\s+)?$", re.IGNORECASE)
# A U.S. mission named with a place other than its own: "US embassy in Saudi Arabia", "U.S. consulate in Dubai",
# "US EMBASSY STRUCK BY DRONES IN SAUDI ARABIA".
_MISSION_ELSEWHERE_RE = re.compile(
    r"(?:\s+compound)?(?:(?:\s+(?:was|were|is|has\s+been|had\s+been))?\s+(?:struck|hit|attacked|targeted)"
    r"(?:\s+by\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)?"
    r"\s+(?:in|at)\s+(?:the\s+)?(?!(?:Baghdad|Iraq|Iraqi|Green\s+Zone|Erbil|Irbil|Arbil|Kurdistan)\b)"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
# "helicopters evacuated the wounded to the U.S. base at al-Tanf": where the wounded were taken, not where the
# attack was.
_TAKEN_TO_RE = re.compile(
    r"\b(?:evacuated|evacuating|flown|flew|taken|took|transported|transferred|moved|airlifted|medevaced|brought|rushed)"
    r"\b[^.;]{0,50}?\bto\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?$",
    re.IGNORECASE,
)


def _forces_attacked(text: str, m: re.Match) -> bool:
    """U.S. forces anchor an attack only as its object: "attacked U.S. troops", "U.S. forces came under fire"."""
    if re.search(r"\b(?:[Nn]o|[Nn]one\s+of\s+the)\s+$", text[max(0, m.start() - 12):m.start()]):
        return False  # "No U.S. personnel were hurt and the base was not hit"
    if text.startswith(("’s ", "'s "), m.end()):
        return False  # "The U.S. military’s Central Command said ...": the owner of what follows
    if _FORCES_OBJECT_BEFORE_RE.search(text[max(0, m.start() - 70):m.start()]):
        return True
    after = text[m.end("tail") if m.group("tail") else m.end():m.end() + 130]
    if _COUNTED_PARTICIPLE_RE.match(after) and _NUMBER_OF_RE.search(text, max(0, m.start() - 30), m.start()):
        return False  # ("The number of US troops injured by an Iranian missile strike has risen to 50": a tally)
    return bool(_FORCES_OBJECT_AFTER_RE.match(after))


# Forces counted rather than told: "the number of US troops injured ...".
_NUMBER_OF_RE = re.compile(r"\b(?:number|tally|total|count)\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_COUNTED_PARTICIPLE_RE = re.compile(r"\s+(?:hurt|injured|wounded|killed)\b", re.IGNORECASE)


# "bases in Syria", "attacks in eastern Syria": where a sentence places the attacks it tells (not the "in Iraq" of a
# group's name, nor "fought the Islamic State in Iraq").
_PLACED_IN_COUNTRY_RE = re.compile(
    r"\b(?:bases?|forces|troops|positions|sites|facilities|attacks?|strikes?)\s+in\s+"
    r"(?:(?:north|south|east|west)\w*\s+|central\s+)?(Iraq|Syria|Jordan)\b")


def _placed_in_countries(text: str) -> set[str]:
    return set(_PLACED_IN_COUNTRY_RE.findall(text)) if "in " in text else set()


def _countries_named(text: str) -> set[str]:
    return {name for name in _COUNTRY_NAMES if name in text}


# A clause opening "including": examples of what the clause before told.
_INCLUDING_OPENS_RE = re.compile(r"\s*,?\s*(?:including|among\s+them)\b", re.IGNORECASE)


# "... in those incidents", "in any of the attacks": a closing phrase whose scope is every attack just told.
_OVER_ALL_TOLD_RE = re.compile(
    r"\bin\s+(?:those|these|all|(?:any|either|each|both)\s+of\s+the(?:se|m)?)\s+(?:\w+\s+)?"
    r"(?:incidents|attacks|strikes|cases)\b|\bin\s+(?:any|either)\s+(?:\w+\s+)?(?:incident|attack|strike|case)\b",
    re.IGNORECASE,
)


def _zeros_of(figures: Casualties) -> Casualties:
    """Only the "none" of a reading: what holds for each of several attacks a toll was told over."""
    return Casualties(0 if figures.killed == 0 else None, 0 if figures.injured == 0 else None)


def _two_countries(text: str) -> bool:
    return len(_countries_named(text)) >= 2


# An oil or gas field, and the words that make one a company's rather than a base: "US-run", "operated by".
_FIELD_NOUN_RE = re.compile(r"(?:oil|gas)\s+fields?", re.IGNORECASE)
_COMPANY_RUN_RE = re.compile(r"[\w.]-(?:run|operated|owned)\b|\s*,?\s*(?:run|operated|owned|managed)\s+by\b", re.IGNORECASE)
# "<named base> and a base in Arbil": the words that join a second, unnamed target to a named one.
_AND_BEFORE_RE = re.compile(r"\band\s+$")
_INDEFINITE_RE = re.compile(r"an?\s", re.IGNORECASE)
# An unnamed target up to a named one listed after it: "a US site in the northern city of Erbil and the ".
_AND_NAMED_AFTER_RE = re.compile(r"an?\s+(?:[\w.'’-]+\s+){0,3}?" + _BASE_NOUN
                                 + r"(?:\s+(?:in|near|at|outside)\s+[^,;]{1,50}?)?\s*,?\s+and\s+(?:the\s+|at\s+the\s+)?",
                                 re.IGNORECASE)
# "the Baghdad airport complex that hosts a military base and a US diplomatic facility": what the named site holds.
_HOSTED_BETWEEN_RE = re.compile(r"\b(?:that|which)\s+(?:hosts?|houses?|includes?|contains?)\b|\b(?:hosting|housing)\b",
                                re.IGNORECASE)


def _drop_shadowed(anchors: list[_Anchor], text: str) -> list[_Anchor]:
    """An unnamed anchor in the same clause as a named base of the same country is that base."""
    named = [a for a in anchors if a.base is not None]
    if not named or len(named) == len(anchors):
        return list(anchors)  # nothing named to shadow, or nothing unnamed to drop
    kept = []
    breaks = [m.start() for m in _STRONG_BREAK_RE.finditer(text)]
    for anchor in anchors:
        if anchor.base is None and not anchor.other:
            if _INDEFINITE_RE.match(text, anchor.start) and not any(anchor.start <= n.start < anchor.end for n in named) \
                    and any(n.end <= anchor.start and _AND_BEFORE_RE.search(text, n.end, anchor.start)
                            and not _HOSTED_BETWEEN_RE.search(text, n.end, anchor.start) for n in named):
                # "... on the Ain al-Asad airbase in western Iraq and a base in Arbil": a second target, kept apart
                kept.append(replace(anchor, other=True))
                continue
            if _INDEFINITE_RE.match(text, anchor.start) \
                    and any(n.start > anchor.start and _AND_NAMED_AFTER_RE.fullmatch(text, anchor.start, n.start) for n in named):
                # "The attacks included a US site in the northern city of Erbil and the Victoria Base": two targets
                kept.append(replace(anchor, other=True))
                continue
            same_clause = [
                n for n in named
                if not any(min(n.start, anchor.start) < b < max(n.start, anchor.start) for b in breaks)
                and (anchor.country is None or anchor.country == n.country
                     # ("coalition forces at the al-Asad base", whatever country the words before it named)
                     or _FORCES_AT_RE.fullmatch(text, anchor.end, n.start) is not None)
            ]
            if same_clause:
                continue
        kept.append(anchor)
    return kept


# ", a security source told Reuters that": a source telling, right after an opening time.
_TOLD_THAT_RE = re.compile(r"[,\s]+[^,.;]{0,50}?\b(?:told|said|reported|stated|added)\b[^,.;]{0,30}?\bthat\b", re.IGNORECASE)
# The words between forces and the base they are at: " stationed at the ", " at ".
_FORCES_AT_RE = re.compile(r"\s+(?:(?:stationed|based|deployed|housed)\s+)?(?:at|in|on)\s+(?:the\s+)?", re.IGNORECASE)
_STRONG_BREAK_RE = re.compile(
    r";|,\s*(?:and|while|whereas|but)\s|\s+(?:and|while|whereas)\s+(?=(?:a|an|another|two|three|four|five|six|\d+)\s)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _clause_cuts(text: str) -> tuple[tuple[int, bool], ...]:
    """Where :func:`_clauses` may cut a sentence, and whether the cut opens an "after"/"since" clause."""
    cuts: list[tuple[int, bool]] = [(0, False)]
    leading = _LEADING_AFTER_RE.match(text)
    if leading is not None:
        # "After a rocket attack on Camp Taji, Wednesday, that killed three ..., the U.S. military carried out ...":
        # the opening clause tells the earlier attack, the main clause starts at its subject.
        cuts = [(0, True), (leading.end(), False)]
    breaks = list(_CLAUSE_BREAK_RE.finditer(text))
    if "after" in text or "since" in text or "before" in text:
        # "..., months after Iran-backed militants suspended such attacks": a reference back, whatever its subject
        breaks = sorted(breaks + list(_LAG_AFTER_RE.finditer(text)), key=lambda m: m.start())
    for m in breaks:
        if leading is not None and m.start() < leading.end():
            continue
        if _PEOPLE_AND_RE.match(text, m.start()):
            continue  # "four U.S. troops and a contractor were injured": one list of victims
        if m.start() > 0:
            # ("..., including an attack on Erbil Air Base earlier today" is set apart the same way: one of the attacks
            # the main clause refers to)
            cuts.append((m.start(), bool((re.match(r"[\s,]*(?:after|before|since|following|including)\b", m.group(0) + text[m.end():m.end() + 10], re.IGNORECASE)
                                          or _COMMA_LAG_AFTER_RE.match(text, m.start()))
                                         and not m.group(0).strip(" ,"))))
    cuts.append((len(text), False))
    return tuple(cuts)


def _clauses(text: str, anchors: list[_Anchor]) -> list[tuple[tuple[int, int], list[_Anchor]]]:
    """Split a sentence into clauses; each clause keeps the anchors inside it.

    A clause without an anchor joins the one before it; a leading one ("On Monday, ...")
    joins the one after it, unless it is the main clause of an "after"/"since" construction,
    whose subordinate clause is only a reference to an earlier attack.
    """
    cuts = list(_clause_cuts(text))
    result: list[tuple[tuple[int, int], list[_Anchor]]] = []
    for i in range(len(cuts) - 1):
        span = (cuts[i][0], cuts[i + 1][0])
        group = [a for a in anchors if span[0] <= a.start < span[1]]
        if group and result and cuts[i][1] and _LAG_END_RE.search(text, max(0, span[0] - 12), span[0]) \
                and not _AFTER_OBJECT_RE.match(text, span[0]) and not _INCLUDING_AT_RE.match(text, span[0]):
            # "... just two days after drones attacked an area close to the consulate": a place-naming reference
            # is read with the clause it hangs on, as a whole
            (s, _), g = result[-1]
            result[-1] = ((s, span[1]), g + group)
        elif group or not result:
            result.append((span, group))
        elif i == 1 and cuts[0] == (0, True):
            result.append((span, group))  # the main clause after an opening "After ...": never one with it
        elif cuts[i][1] and (_LAG_END_RE.search(text, max(0, span[0] - 12), span[0]) or _COMMA_LAG_AFTER_RE.match(text, span[0])):
            # "..., months after Iran-backed militants suspended such attacks": a reference back that names no
            # place of its own; it neither tells nor colours the attack before it
            result.append((span, group))
        elif _OTHER_INCIDENT_RE.match(text, span[0]):
            result.append((span, group))  # "the same day rockets targeting a Turkish base landed ...": not this attack's
        else:
            (s, _), g = result[-1]
            result[-1] = ((s, span[1]), g)
    if len(result) > 1 and not result[0][1]:
        subordinate_next = any(c == result[1][0][0] and sub for c, sub in cuts)
        # ("a strike by a gunship that was in the air when the militants fired two missiles at Al-Asad": the
        # attack, told in its own clause, is no part of the strike)
        when_after_strike = text[result[1][0][0]:].lstrip().startswith("when ") \
            and _NEGATIVE_RE.search(text, 0, result[1][0][0]) is not None
        if not subordinate_next and not when_after_strike and not _history_then_news(text, result):
            (s, _), _ = result[0]
            (_, e), g = result[1]
            result = [((s, e), g)] + result[2:]
    return [r for r in result if r[1]]


# The cut between a clause of history and the news told after it: ", and", ", but", "; ".
_HISTORY_THEN_NEWS_RE = re.compile(r";|,\s*(?:and|but)\s", re.IGNORECASE)


def _history_then_news(text: str, clauses: list[tuple[tuple[int, int], list[_Anchor]]]) -> bool:
    """Whether the opening clause tells history and the next, cut from it by ", and" or "; ", the news:
    "Militias have stepped up attacks in recent months, and on Monday a drone struck ...". Joined, the
    history would make the news history too."""
    (start, end), _ = clauses[0]
    return _BACKGROUND_RE.search(text, start, end) is not None and _ONE_DAY_RE.search(text, start, end) is None \
        and _HISTORY_THEN_NEWS_RE.match(text, clauses[1][0][0]) is not None


# "five attacks", "several times", "dozens of drone strikes": how many over a period.
_PERIOD_TALLY_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|dozens\s+of)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|times|strikes)\b",
    re.IGNORECASE,
)


def _subject_list_joined(text: str, clauses: list[tuple[tuple[int, int], list[_Anchor]]]
                         ) -> list[tuple[tuple[int, int], list[_Anchor]]]:
    """The clauses with a list of named bases that is the subject of a verb told after its last item made one:
    "American bases at Ayn al-Assad and al-Harir in Iraq, and al-Tanf (Syria), were struck by drones"."""
    joined: list[tuple[tuple[int, int], list[_Anchor]]] = []
    for (start, end), group in clauses:
        if joined:
            (before_start, before_end), before = joined[-1]
            if before_end == start and all(a.base is not None for a in before + group) \
                    and not _TRIGGER_RE.search(text, before_start, before_end) \
                    and _object_of_before(text[start:end], group[0].start - start) and _TRIGGER_RE.search(text, start, end):
                joined[-1] = ((before_start, end), before + group)
                continue
        joined.append(((start, end), group))
    return joined


def _object_of_before(clause: str, anchor_at: int) -> bool:
    """Whether a clause is only "and" and a base: a second object of the verb before it."""
    m = _AND_OBJECT_RE.match(clause)
    return m is not None and m.end() == anchor_at


# ", and targeting ...": a participle that goes on with the subject of the clause before.
_AND_PARTICIPLE_RE = re.compile(r"\s*,?\s*and\s+(?:then\s+|also\s+)?[a-z]+ing\b")
_AND_OBJECT_RE = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _clause_is_not_news(clause: str) -> bool:
    """U.S./Israeli strikes, threats, aggregates and references back to older attacks."""
    if _NEGATIVE_RE.search(clause) and not re.search(r"\b(?:on|against|at|targeting|toward|towards)\s+(?:a|an|the)?\s*"
                                                     + _US, clause, re.IGNORECASE):
        return True
    if _names_foreign_side(clause) and not _US_TERM_RE.search(clause):
        return True
    if _DEPOT_BLAST_RE.search(clause):
        return True  # "an ammunition warehouse of the volunteer fighters exploded next to Balad air base"
    # "a drone attempted to attack the base, while air defences shot it down": an attack all the same
    if _HYPOTHETICAL_RE.search(clause) and not re.search(
            r"\b(?:attacked|targeted|struck|was\s+hit|were\s+hit|fired|launched|carried\s+out|shot\s+(?:it\s+|them\s+)?down|intercepted"
            r"|downed|(?:brought|taken|took|knocked)\s+(?:it\s+|them\s+)?down)\b", clause, re.IGNORECASE):
        return True
    # "..., the first attack on the mission since the war began", "..., the latest in a spate of strikes": where
    # this attack stands in a series (a pause cue, or a comment), not history told for its own sake.
    clause = _PLACE_IN_SERIES_RE.sub("", clause)
    background = _BACKGROUND_RE.search(clause)
    if background is not None and _A_DAYS_SALVO_RE.match(background.group(0)) and _ONE_DAY_RE.search(clause):
        background = None  # "On August 15, coalition forces repelled multiple drone strikes": one day's attacks
    if background is not None and _RECENT_FRAME_RE.fullmatch(background.group(0)) and _ON_WRITTEN_DAY_RE.search(clause):
        # "In recent weeks, only one other attack on November 18 saw rockets slam into the US embassy": the one
        # attack of that stretch, told with its day
        background = _BACKGROUND_RE.search(clause, background.end())
    if background is not None and _DURING_THE_ATTACKS_RE.match(background.group(0)) \
            and _COUNTED_ROUNDS_RE.search(clause, 0, background.start()) and _ONE_DAY_RE.search(clause, 0, background.start()):
        # "Three drones targeted U.S. troops in Iraq on Wednesday, ..., with some being evaluated for brain injuries
        # suffered during the attacks": those three, not a running toll
        background = _BACKGROUND_RE.search(clause, background.end())
    if background is not None or _REFERENCE_RE.search(clause) or _STOPPED_RE.search(clause):
        return True
    return False


def _names_foreign_side(clause: str) -> bool:
    """Whether a clause names the PMF, Iraqi or Syrian forces other than as the source of the report
    ("..., wounding a soldier, an Iraqi army spokesman said" is still an attack on the base it names)."""
    return any(not _REPORTED_BY_RE.match(clause, m.end()) and not _ACCORDING_TO_RE.search(clause, max(0, m.start() - 20), m.start())
               and not _BLAMING_RE.search(clause, max(0, m.start() - 20), m.start())
               for m in _FOREIGN_BASE_RE.finditer(clause))


# "an Iraqi army spokesman said", "PMF sources told ...", "an Iraqi army officer told Xinhua": who reports it,
# not whose base it is.
_REPORTED_BY_RE = re.compile(
    r"(?:['’]s)?\s+(?:spokes(?:man|woman|person)|officials?|officers?|sources?|statement|media\s+office|said|says|told|reported)\b",
    re.IGNORECASE,
)
_ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s+(?:a|an|the)?\s*$", re.IGNORECASE)
# "with the interior ministry blaming the Popular Mobilization Forces for the attack": who is blamed, not who was hit.
_BLAMING_RE = re.compile(r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+(?:the\s+)?$", re.IGNORECASE)


# A sentence that speaks of attacks, not only of strikes (in a story about U.S. strikes).
_ATTACK_WORD_RE = re.compile(r"\battack", re.IGNORECASE)
# "The explosions, which caused no casualties, ...": the attack in focus, named as the subject.
# An opening clause up to ", but": "No casualties were reported in either incident in Syria, but ...".
_HEAD_BEFORE_BUT_RE = re.compile(r"(?P<head>[^,;]{8,100}?),\s*(?:but|while|whereas)\s")
# "The attack appears to be in retaliation for ...": what the attack in focus answers.
_ATTACK_ANSWERS_RE = re.compile(
    r"(?:The|This|That)\s+(?:[\w-]+\s+)?(?:attack|assault|incident|shelling|bombardment)\b[^.;]{0,40}?"
    r"\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+(?:retaliate|avenge))\b"
)
# "This latest attack against U.S. troops comes ...": the story's attack named again by whom it hit.
_THIS_ATTACK_ON_FORCES_RE = re.compile(
    r"(?:This|That|The)\s+(?:latest\s+|most\s+recent\s+|new\s+|last\s+)?(?:[\w-]+\s+)?(?:attack|assault|strike)\s+"
    r"(?:against|on|targeting)\s+(?:the\s+)?(?:U\.S\.|US|American|coalition)(?:-led)?\s+(?:troops|forces|personnel|soldiers)\b"
)
_DEFINITE_SUBJECT_RE = re.compile(
    r"(?:The|These|Those|Both)\s+(?:[\w-]+\s+)?(?:explosions?|blasts?|attacks?|rockets?|strikes?|drones?|impacts?)\b"
)
# "the first such attack since September, when three mortar shells landed": what follows is that older incident.
_SINCE_WHEN_RE = re.compile(r"\bsince\s+[^,;]{1,40},\s+when\b", re.IGNORECASE)
# "This incident followed a similar drone attack just two days earlier": another attack, N days before.
_FOLLOWS_EARLIER_RE = re.compile(
    r"\b(?:followed|follows|came\s+after|comes\s+after)\s+(?:a|an|another)\s+(?:similar\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attack|strike|assault)\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before)\b",
    re.IGNORECASE,
)
# Words that place one site beside another.
_NEAR = r"(?:near|close\s+to|next\s+to|in\s+the\s+vicinity\s+of|not\s+far\s+from)"
# Another target located by a U.S. site: "attacked what it said was Israel's 'spy headquarters' near the US consulate".
_OTHER_TARGET_NEAR = (
    r"\b(?:headquarters|centre|center|house|home|residence|building|office|villa|palace|hotel|depot|warehouse|storehouse"
    # "targeted a car near a coalition base", "killed two fighters of the Syrian Democratic Forces near an US base"
    r"|cars?|vehicles?|trucks?|motorcycles?|(?:fighters|members|militants|civilians)(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?[\w-]+)?)"
    r"[\"”’']?\s+" + _NEAR + r"\s+"
)
_NEAR_OTHER_TARGET_RE = re.compile(_OTHER_TARGET_NEAR + r"(?:the\s+)?$", re.IGNORECASE)
# The same, before an unnamed base: "... a car near a coalition base".
_NEAR_OTHER_TARGET_BASE_RE = re.compile(_OTHER_TARGET_NEAR + r"(?:an?|the)\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
# A site the text says the attack missed: "this attack did not impact the US Consulate in Erbil".
_SPARED_RE = re.compile(
    r"\b(?:did\s+not|didn['’]t|does\s+not|failed\s+to|never)\s+(?:impact|hit|strike|reach|affect|damage|target)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A mission that speaks rather than is struck: "the US embassy in Iraq confirmed that an attack had occurred on
# a US diplomatic facility at Baghdad airport", "according to the U.S. embassy".
_MISSION_SPEAKS_AFTER_RE = re.compile(
    r"(?:\s+in\s+(?:Iraq|Baghdad|Erbil))?\s*,?\s*(?:said|says|confirmed|announced|stated|reported|added|told|warned"
    r"|urged|condemned|denied|issued|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
# The mission named as the one a site serves: "... which provides logistical support to the U.S. embassy", and the
# same told in Turkish order, "the U.S. embassy and coalition forces which provides logistical support to Victory base".
_MISSION_SERVED_BEFORE_RE = re.compile(
    r"\b(?:(?:provid\w*|giv\w*|offer\w*)\s+(?:(?:logistical|logistic|administrative)\s+)?support\s+(?:to|for)"
    r"|(?:support(?:s|ing)?|serv(?:es|ing)|supplie?s|supplying)(?:\s+(?:to|for))?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MISSION_SERVED_AFTER_RE = re.compile(
    r"(?:\s+and(?:\s+[\w-]+){1,3}?)?\s*,?\s+(?:which|that)\s+(?:provides?|gives?|offers?)\s+(?:(?:logistical|logistic)\s+)?support\s+to\b",
    re.IGNORECASE,
)
_MISSION_SPEAKS_BEFORE_RE = re.compile(
    r"\b(?:according\s+to|spokes(?:man|woman|person)\s+(?:for|of)|statement\s+(?:from|by|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The U.S. strike of a strike story told as an answer: "The strike followed an attack on a base ...",
# "These strikes were in response to a rocket attack on U.S. personnel".
_STRIKE_ANSWERED_RE = re.compile(
    r"\s*(?:However,\s+)?(?:The|This|That|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|airstrikes?|raids?|operations?|responses?|retaliation|reprisals?|bombings?)"
    # ("The response US military occurred after ...", as a gloss has it)
    r"\s+(?:(?:U\.S\.|US|American)\s+military\s+)?(?:(?:was|were|is|are|came|come|comes)\s+)?(?:\w+\s+)?(?:followed|follows|after|in\s+response\s+to"
    r"|in\s+retaliation\s+for|a\s+response\s+to|responded\s+to)\b",
    re.IGNORECASE,
)
# A headline's credit at its end: "Baghdad diplomatic compound was a target to rocket attack: US embassy".
_CREDIT_BEFORE_RE = re.compile(r"(?::|\s[-–—])\s*(?:the\s+)?$", re.IGNORECASE)
# Where a U.S. strike fell: "the commander killed by a U.S. drone at Baghdad airport".
_US_STRIKE_AT_RE = re.compile(
    r"\b(?:U\.S\.|US|American)\s+(?:(?:MQ-9|Reaper|military|armed)\s+)?(?:drone|air)\s*(?:strikes?\s+)?(?:at|near|on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A target of the attacker's own, told in the article: Iran's strikes on Erbil "against a spy headquarters",
# "against an Israeli strategic center", "a headquarters of Mossad".
_OTHER_TARGET_RE = re.compile(
    r"\bspy\s+(?:headquarters|center|centre|base)|\bheadquarters\s+of\s+(?:the\s+)?Mossad|\bMossad\s+(?:headquarters|center|centre|base)"
    r"|\bIsraeli\s+[\"“‘']?(?:strategic|spy|intelligence)\s+(?:center|centre|headquarters)",
    re.IGNORECASE,
)
# An airport named for its flights: "air traffic at the nearby Erbil airport was halted".
_AIR_TRAFFIC_AT_RE = re.compile(
    r"\b(?:air\s+traffic|flights?|air\s+travel)\s+(?:at|to|from|in|into|out\s+of)\s+(?:the\s+)?(?:nearby\s+)?$", re.IGNORECASE)
# A site the missiles fell near: "hit an area near the U.S. consulate", "struck near a sprawling US consulate complex".
_NEAR_BEFORE_RE = re.compile(r"\b" + _NEAR + r"\s+(?:an?\s+|the\s+)?(?:sprawling\s+|new\s+)?$", re.IGNORECASE)
# (Drones "shot down near Erbil airport" in such a story are still an attack there.)
_DOWNED_RE = re.compile(r"\b(?:shot|brought|taken|took)\s+down|\bintercept\w*|\bdowned\b", re.IGNORECASE)
# Where fire came from, not where it fell: "US forces fired artillery shells from their base at the Conoco field".
_FIRED_FROM_RE = re.compile(
    r"\b(?:fired|firing|launched|launching|shot)\s+(?:[\w-]+\s+){0,4}?from\s+(?:their|its|the|a|an)\s+"
    r"(?:[\w-]+\s+)?(?:base|position|outpost|garrison)s?\s+(?:at|in|near|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The base in focus hosts no U.S. or coalition troops.
_NOT_HOSTING_RE = re.compile(
    r"\bno\s+(?:U\.S\.|US|American|coalition|foreign|international)\s+(?:forces|troops|personnel|soldiers)\s+"
    r"(?:are|were|is|was)\s+(?:currently\s+|now\s+)?(?:stationed|based|present|deployed)\s+(?:at|in)\s+(?:the|that)\s+base\b"
    r"|\b(?:the|that)\s+base\s+(?:does|did)\s+not\s+(?:host|house)\s+(?:any\s+)?(?:U\.S\.|US|American|coalition|foreign)\b",
    re.IGNORECASE,
)
# Where a list of bases after "three other bases," ends: at its verb.
_LIST_END_RE = re.compile(r"\b(?:were|was|have|has|had|came|come|also)\b|[;.]")
# A sentence that opens by pointing back at what the one before told: "That tit-for-tat ...", "Those attacks ...".
_GOES_ON_RE = re.compile(r"(?:That|Those|These|The\s+same)\s")
# A sentence whose subject is the attacks a history just told of.
# ("The three attacks, all with one-way drones, hit ..." tells the attacks of a count)
_HISTORY_GOES_ON_RE = re.compile(
    r"(?:The|These|Those|Such)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?:[\w-]+\s+)?(?:attacks|assaults)\b"
    r"(?!\s+on\s)")
_LATEST_ATTACK_RE = re.compile(
    r"\b[Tt]he\s+(?:latest|most\s+recent)\s+(?:such\s+)?(?:[\w-]+\s+)?(?:attack|strike|incident)\s+"
    r"(?:took\s+place|occurred|happened|was\s+carried\s+out)\s+(?:in|near|at)\b"
)
# One part of a day's count broken down by place: "three times at separate bases in Syria", "twice at the Ain al-Asad airbase".
_TIMES_AT_RE = re.compile(
    r"\b(?P<n>once|twice|(?:two|three|four|five|six|\d)(?=\s+times))(?:\s+times)?\s+(?:at|on|against)\s+"
    r"(?P<target>[^,;–—]+?)(?=\s*(?:,|;|\band\b|\s[-–—]\s|\.\s|\.?$))",
    re.IGNORECASE,
)
_SEPARATE_BASES_RE = re.compile(
    r"(?:the\s+)?(?:separate|different|other|two|three|U\.S\.|US|American|coalition|\s)*bases?\s+in\s+(?:(?:northeastern|eastern|northern|western|southern)\s+)?"
    r"(?P<country>Iraq|Syria)\b",
    re.IGNORECASE,
)
_TALLY_LINE_RE = re.compile(
    r"\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty)\s+attacks?\s+"
    r"(?:on|against|targeting)\b",
    re.IGNORECASE,
)
# "recorded 196 missile and drone attacks": a tally with its kinds told.
_TALLY_COUNT_RE = re.compile(r"\b(?:\d{2,}|dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes)\b")
# "the attacks were attributed to ... and targeted": the attacks of a tally told before, when no attack of its own day is.
_TALLIED_ATTACKS_RE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes)\s+(?:were|have|had|targeted|hit)\b",
                                 re.IGNORECASE)
_EXAMPLES_RE = re.compile(r"\bsuch\s+as\b", re.IGNORECASE)
# A clause that opens with these is kept apart from the attack clause before it: "the same day rockets
# targeting a Turkish base ..." tells another incident, ", in what has been a recent uptick in strikes"
# sets the attack among others without making it background.
_COMMENTARY_RE = re.compile(r"[\s,]*in\s+what\s+(?:has\s+been|is|was|appears|looks)\b", re.IGNORECASE)
_OTHER_INCIDENT_RE = re.compile(r"[\s,]*the\s+same\s+day\b|" + _COMMENTARY_RE.pattern, re.IGNORECASE)
# A store of munitions that blew up: an accident or someone else's strike, not an attack on U.S. forces.
_DEPOT_BLAST_RE = re.compile(
    r"\b(?:depot|warehouse|storage\s+(?:site|facility)|arms\s+cache|ammunition\s+(?:dump|store))\b[^.;]{0,80}?"
    r"\b(?:exploded|blew\s+up|caught\s+fire|went\s+up\s+in\s+flames)\b"
    # "explosions tore through an ammunition depot of the PMF next to Balad air base"
    r"|\b(?:explosions?|blasts?|fires?)\s+(?:\w+\s+){0,2}?(?:tore|tears|ripped|rip|rips|swept|sweep|rocked|rock|rocks|hit|hits)\s+"
    r"(?:through\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:depot|warehouse|arms\s+store|weapons\s+store)\b"
    # "an explosion has happened in an arms depot belonging to a militia", "explosion at a weapons depot"
    r"|\b(?:explosions?|blasts?)\s+(?:(?:has|have|had)\s+)?(?:\w+\s+){0,2}?(?:at|in|inside)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:depot|warehouse|arms\s+cache|storage\s+site)\b",
    re.IGNORECASE,
)
# Words that tell someone attacked, beyond a blast or a landing: what a depot blast story needs to tell an attack.
_ARMED_ATTACK_RE = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|targeted|targeting|fired|launched|shelled|struck|bombed"
    r"|drone\s+strikes?|air\s*strikes?)\b",
    re.IGNORECASE,
)
# An attack named by its written date: "the January 20 missile attack", "an August 15 strike".
# "rocket and drone attacks had targeted the embassy": the place in focus struck again, on a day of its own.
_STRUCK_THE_SAME_RE = re.compile(
    r"\b(?:attacks?|rockets?|drones?|missiles?|strikes?)\s+(?:had\s+|have\s+)?(?:also\s+)?(?:targeted|hit|struck|attacked)"
    r"\s+the\s+(?P<noun>embassy|consulate|base|compound|facility)\b",
    re.IGNORECASE,
)
# "Security sources had said on Tuesday": a report older than the story's, dated by its own day.
_TOLD_BEFORE_RE = re.compile(r"\bhad\s+(?:said|reported|announced|stated)\b", re.IGNORECASE)
_DATED_ATTACK_RE = re.compile(
    r"\b(?:the|an?)\s+(?:" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
    + r"|Christmas\s+(?:Day|Eve)|New\s+Year['’]?s\s+(?:Day|Eve))"
    r"(?:,?\s+\d{4})?,?\s+(?:[\w-]+\s+){0,5}?(?:attacks?|strikes?|assaults?|bombings?|barrages?)\b"
)


# "in response to an Iranian-aligned attack against US forces in Syria yesterday", "in response to a drone attack
# on Thursday that left one American contractor dead": the attack a strike answers, with its own day.
# ("in response to a drone attack by Iran-backed militants on a US military outpost in Jordan on January 28",
# "retaliation for the drone strike that killed three US troops in Jordan last weekend", "... at Tower 22 last Sunday")
_ANSWERS_DATED_ATTACK_RE = re.compile(
    # ("in response to the Iranian-backed groups' ballistic missile and rocket attack on U.S. forces stationed at
    # the al-Assad Airbase in Iraq, which occurred on January 20")
    r"\b(?:in\s+)?(?:response|retaliation|reply)\s+(?:to|for)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,6}?(?:attacks?|strikes?)\s+"
    r"(?:by\s+[^.;]{0,40}?\s+)?(?:(?:on|against|targeting|that|which)\s+"
    r"(?:(?!(?:reported|said|according|announced|told)\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,90}?\b)?"
    r"(?:yesterday|last\s+night|last\s+weekend|(?:on|over)\s+the\s+weekend|(?:on|last)\s+" + _WEEKDAY
    + r"|on\s+(?-i:" + _MONTH + r")\s+\d{1,2}\b|on\s+\d{1,2}\s+(?-i:" + _MONTH + r"))\b",
    re.IGNORECASE,
)


# The attack a strike answers, told with its toll: "against groups that it blamed for a drone attack that killed an
# American contractor, wounded another and also hurt five U.S. troops".
_STRIKE_ANSWERS_TOLL_RE = re.compile(
    r"\b(?:blamed\s+for|responsible\s+for|in\s+(?:response|retaliation)\s+(?:to|for)|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|strike)\s+(?:on\s+[^.;]{0,60}?\s+)?(?:that|which)\s+(?:killed|wounded|injured|hurt|left)\b(?:[^.;]|(?<=\b[A-Z])\.)*",
    re.IGNORECASE,
)
# The cumulative-toll words of _BACKGROUND_RE ("hurt in those attacks"), and a count of rounds or attacks told before them.
_DURING_THE_ATTACKS_RE = re.compile(_DURING_THE_ATTACKS + r"\b", re.IGNORECASE)
_COUNTED_ROUNDS_RE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drones|rockets|missiles|mortars|projectiles|UAVs|attacks|strikes)\b",
    re.IGNORECASE,
)
# A stretch of time (the background of one attack told in it with a written day, see _ON_WRITTEN_DAY_RE).
_RECENT_FRAME_RE = re.compile(r"in\s+recent\s+(?:weeks|months)", re.IGNORECASE)
# A day written with its month: "November 18", "9 November".
_WRITTEN_DAY = r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")"
_ON_WRITTEN_DAY_RE = re.compile(r"\b(?i:on)\s+" + _WRITTEN_DAY + r"\b")
_A_DAYS_SALVO_RE = re.compile(r"(?:multiple|several|a\s+number|a\s+wave|a\s+barrage|a\s+salvo|a\s+string|series)\b", re.IGNORECASE)
_ONE_DAY_RE = re.compile(
    r"\b(?i:on|late|early)\s+(?:" + _WEEKDAY + "|" + _WRITTEN_DAY + r")\b"
    # "on the same day, ... faced multiple rocket attacks at the Rumalyn Landing Zone"
    r"|\b(?i:on\s+the\s+same\s+day|that\s+same\s+day|later\s+that\s+day|earlier\s+that\s+day)\b"
)


# "amid a surge in drone and missile attacks in Iraq": the stretch an attack falls in.
_AMID_SERIES = (r"amid(?:st)?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                r"(?:uptick|spate|wave|surge|rise|increase|escalation|string|stream|series|flurry)\s+(?:in|of)\s+")
_AMID_SERIES_RE = re.compile(r"\b" + _AMID_SERIES + r"[^,;.]*", re.IGNORECASE)
_PLACE_IN_SERIES_RE = re.compile(
    r",\s+(?:the|marking\s+the|in\s+the)\s+(?:first|second|third|1st|2nd|3rd)\s+(?:[\w.'’-]+\s+){0,6}?since\s+[^,;]*"
    # "..., marking the latest incident in a spate of recent strikes": this attack's place in a series
    r"|,\s+(?:marking\s+|becoming\s+)?the\s+(?:latest|most\s+recent)\s+(?:[\w-]+\s+){0,2}?in\s+(?:a|an|the)\s+[^,;]*"
    # "..., amid an uptick in such attacks targeting US interests": the stretch this attack falls in
    r"|,?\s+" + _AMID_SERIES + r"[^,;]*"
    # "The most significant of these most recent attacks occurred Oct. 18 at the Tanf Garrison": one of them, told
    r"|^(?:The\s+)?(?:most\s+\w+|\w+est|worst|first|last)\s+of\s+(?:these|those|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|strikes|incidents)(?=\s+(?:occurred|happened|took\s+place|came|was)\b)",
    re.IGNORECASE,
)


_STOPPED_RE = re.compile(
    r"\b(?:stop|stopped|stopping|halt|halted|halting|cease|ceased|end|ended|suspend\w*|pause\w*|resum\w*)\s+(?:\w+\s+)?"
    r"(?:attack\w*|target\w*|strikes|operations|firing|fire)",
    re.IGNORECASE,
)


def _names_other_month(text: str, day: date | None) -> bool:
    """Whether the sentence speaks of an attack of another month: "claimed responsibility for the February
    attack" says nothing of April's."""
    m = _MONTH_ATTACK_RE.search(text)
    return m is not None and day is not None and month_number(m.group("month")) != day.month


_MONTH_ATTACK_RE = re.compile(
    r"\bthe\s+(?P<month>" + _MONTH + r")\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|bombing|barrage)\b"
)


def _within_a_day(day: date | None, days: set[date | None]) -> bool:
    """Whether ``day`` is one of ``days`` or next to one: the days a closing "the attacks" speaks of."""
    return day is not None and any(d is not None and abs((day - d).days) <= 1 for d in days)


def _second_day(dates: list[DateMention], text: str) -> date | None:
    """The second of two days told as one attack's ("on both Friday and Saturday", "on Oct. 17 and Oct. 18")."""
    firm = [d for d in dates if d.kind == "day" and not d.reporting and d.day is not None]
    for first, second in zip(firm, firm[1:]):
        if _DAYS_AND_RE.fullmatch(text, first.end, second.start) and "between" not in text[max(0, first.start - 9):first.start]:
            return second.day  # (but "the night between Friday and Saturday" is one night)
    return None


_DAYS_AND_RE = re.compile(r"\s+and\s+(?:on\s+)?", re.IGNORECASE)


def _pick_day(dates: list[DateMention]) -> date | None:
    """The day a clause dates its attack by: a written date ("on September 11") over a relative one
    ("today, Sunday, ... at 11:43 pm on September 11"), else the first."""
    days = [d for d in dates if d.day is not None]
    # "revealed today, Thursday": the source's weekday, whenever the copy was published
    days = [d for d, after in zip(days, days[1:] + [None])
            if not (after is not None and d.text.lower() in ("today", "tonight")
                    and after.start - d.start - len(d.text) <= 3 and _WEEKDAY_ONLY_RE.fullmatch(after.text))]
    if not days:
        return None
    first = days[0].day
    # Only a nearby written date: "since February 4" in the same clause is a pause cue, not the day.
    explicit = [d for d in days if _EXPLICIT_DAY_RE.search(d.text) and abs((d.day - first).days) <= 3]
    return (explicit or days)[0].day


_WEEKDAY_ONLY_RE = re.compile(_WEEKDAY, re.IGNORECASE)
_YESTERDAY_RE = re.compile(r"yesterday|last\s+night", re.IGNORECASE)
_TODAY_RE = re.compile(r"today|tonight|overnight|this\s+(?:morning|afternoon|evening)", re.IGNORECASE)
# Not followed by the places counted: "two separate attacks on military bases" counts bases, not attacks on one base.
_NOT_OVER_PLACES = r"(?![^.;]{0,40}\b(?:bases|sites|positions|facilities)\b)"
_REPEATED_RE = re.compile(
    r"\b(?:attacked|targeted|hit|struck|shelled)\s+(?:\w+\s+)?twice\b|\btwice\s+(?:\w+\s+)?(?:attacked|targeted|hit|struck)"
    r"|\b(?P<num>two|three|four|2|3|4)\s+(?:separate|different|distinct)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|assaults|incidents)"
    + _NOT_OVER_PLACES +
    # "another two drone attacks struck ... the al-Asad base", but not "four more attacks on coalition forces: ..."
    r"|\b(?:another\s+(?P<num3>two|three|four|2|3|4)|(?P<num4>two|three|four|2|3|4)\s+more)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|assaults|incidents)" + _NOT_OVER_PLACES +
    r"(?!\s+(?:on|against|targeting)\s+(?:[\w.-]+\s+){0,3}?(?:forces|troops|personnel)\b)"
    r"|\bin\s+(?P<num2>two|three|2|3)\s+(?:[\w-]+\s+){0,2}?attacks\s+(?:on|against|targeting)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:bases|sites)\b)",
    re.IGNORECASE,
)


def _repeats(clause: str) -> int:
    """How many attacks a clause about one base tells: "the base was attacked twice" is two."""
    m = _REPEATED_RE.search(clause)
    if m is None:
        return 1
    number = m.group("num") or m.group("num2") or m.group("num3") or m.group("num4")
    return parse_number(number) or 1 if number else 2


def _site_of(canonical: str | None) -> Base | None:
    """The gazetteer's record of a base named by its canonical name."""
    return default_gazetteer().by_canonical(canonical) if canonical is not None else None


def _province_of(canonical: str | None) -> str | None:
    base = _site_of(canonical)
    return base.province if base is not None else None


def _expand_repeats(events: list[_Event]) -> list[_Event]:
    """One event per attack of a base attacked several times the same day. Which attack had which
    figures the text rarely says, so the copies keep only what holds for all: weapons and zeros."""
    expanded: list[_Event] = []
    for event in events:
        expanded.append(event)
        if event.repeats < 2:
            continue
        # ("two separate attacks on an outpost near Erbil airport", then the claim of one on Harir, in the same
        # province: Harir's is one of the two; "two more drone attacks struck Harir", after Erbil's, are two more)
        neighbours = {e.base for e in events if e.base not in (None, event.base) and e.day == event.day
                      and e.order > event.order and _province_of(e.base) == _province_of(event.base) is not None}
        zeros = _zeros_of(event.casualties)
        event.casualties, event.counts = zeros, {}
        for _ in range(event.repeats - 1 - len(neighbours)):
            copy = _Event(event.base, event.country, event.day, event.strong, event.order, set(event.weapons), {},
                          zeros, event.claimant, other=True)
            expanded.append(copy)
    return expanded


def _merge(events: list[_Event]) -> list[_Event]:
    """Fold the mentions of one attack together; distinct days and counted "other" bases stay apart."""
    merged: list[_Event] = []
    # The days each base's attacks are firmly told on, a "today" aside: a "today" is the day before's only
    # when the story tells no attack on that base today in other words.
    firm_days = {(e.base, e.day) for e in events if e.strong and not e.told_today and e.base is not None}
    # The sentences that list several bases attacked on one day ("Al-Asad and Erbil ..., as well as ... Green
    # Village, were all targeted"): each base listed is that day's attack, not one told firmly on another day.
    bases_by_sentence: dict[int, set[str]] = {}
    for e in events:
        if e.base is not None and e.day is not None:
            bases_by_sentence.setdefault(e.order, set()).add(e.base)
    lists = {order for order, bases in bases_by_sentence.items() if len(bases) >= LISTED_BASES}
    # Firm mentions first, so weak ones (headline, "said Monday") can find the attack they belong to;
    # an undated headline last, so it joins the body's attack of the day before an older one.
    for event in sorted(events, key=lambda e: (not e.strong, e.undated_headline, e.base is None, e.order)):
        target = _merge_target(merged, event, firm_days, event.order in lists)
        if target is None:
            merged.append(event)
        else:
            target.absorb(event)
    return merged


def _merge_target(merged: list[_Event], event: _Event, firm_days: set[tuple[str | None, date | None]],
                  listed: bool = False) -> _Event | None:
    if event.other:
        return None
    candidates = []
    unnamed_same_day = []
    for other in merged:
        if other.other or (event.counted_with is not None and (other.counted_with == event.counted_with
                                                                or event.counted_with in other.folded_counts)):
            continue  # ("Two coalition convoys hit": the two are two of the attacks told below)
        if event.base is not None:
            if other.base is None and other.country in (None, event.country) and _names_lead(event, other) \
                    and not _bomb_and_base(event, other) and not _placed_elsewhere(other, event) \
                    and not _off_compass(other, event):
                # "Drones targeted the U.S. base in Kurdistan on Friday. The attack on Harir air base ...":
                # the base named later is the one the lead left unnamed.
                unnamed_same_day.append(other)
            if other.base != event.base:
                continue
        elif event.country is not None and other.country not in (None, event.country):
            continue
        elif other.base is None and event.area and other.area and event.area != other.area:
            continue  # (a convoy hit in Babil, another on the Nasiriyah highway)
        elif _placed_elsewhere(event, other):
            continue
        if not (_days_compatible(other, event) or _told_today_of(other, event, firm_days) or _same_salvo(other, event)):
            continue
        if listed and not event.strong and other.strong and other.day != event.day and other.base is not None:
            continue  # (a base listed among the day's targets is that day's, not the firm attack of the day before)
        if _off_compass(event, other) or _off_compass(other, event):
            continue  # ("two drones in western Iraq" were not the drone at Harir, in the north)
        if _other_weapons(event, other) \
                and other.day is not None and event.day is not None and abs((other.day - event.day).days) > 2:
            continue  # (a convoy's IED told "on Sunday" is not the embassy's rockets of the week before)
        if _bomb_and_base(event, other):
            continue
        candidates.append(other)
    if len(unnamed_same_day) == 1:
        candidates.append(unnamed_same_day[0])
    if not candidates:
        return None
    # (the nearest day first: a headline's "Two convoys hit" is Thursday's convoys, not an embassy attack weeks before)
    candidates.sort(key=lambda o: (o.day != event.day, _days_apart(o, event), o.base is None, o.order))
    return candidates[0]


def _same_salvo(a: _Event, b: _Event) -> bool:
    """One side names no base and both tell the same salvo of several rounds a day apart ("15 rockets fired at
    Rumalyn" late on Sunday, "a U.S. base in Syria was attacked with 15 rockets" on Monday night): one attack,
    whose hour the outlets put either side of midnight."""
    if (a.base is None) == (b.base is None) or a.day is None or b.day is None or abs((a.day - b.day).days) > 1:
        return False
    told = total_munitions(a.counts)
    return told is not None and told >= 3 and told == total_munitions(b.counts) and bool(a.weapons & b.weapons)


# "in western Iraq", "northeast Syria", "the eastern parts of Syria": the side of the country an attack was on.
_COMPASS_RE = re.compile(
    r"\b(?P<side>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:parts?\s+of\s+)?(?P<country>Iraq|Syria)\b",
    re.IGNORECASE,
)
# Roughly the middle of each country (degrees north, east): a base this far past it lies on that side.
_COUNTRY_MIDDLE = {"Iraq": (33.2, 43.7), "Syria": (35.0, 38.9)}
_OFF_MIDDLE_DEGREES = 0.5


def _compass_of(clause: str, country: str | None) -> str | None:
    sides = {m.group("side").lower().replace("-", "") for m in _COMPASS_RE.finditer(clause)
             if m.group("country") == country}
    return next(iter(sides)) if len(sides) == 1 else None


def _off_compass(unnamed: _Event, named: _Event) -> bool:
    """Whether a named base lies clearly on the other side of the country from where an unnamed attack was told
    (a base near the middle fits any side: outlets call al-Tanf both southern and eastern Syria)."""
    if unnamed.compass is None or unnamed.base is not None or named.base is None:
        return False
    base = _site_of(named.base)
    middle = _COUNTRY_MIDDLE.get(base.country) if base is not None else None
    if middle is None or base.lat is None or base.lon is None:
        return False
    lat, lon = base.lat - middle[0], base.lon - middle[1]
    side = unnamed.compass
    return ("north" in side and lat < -_OFF_MIDDLE_DEGREES) or ("south" in side and lat > _OFF_MIDDLE_DEGREES) \
        or ("east" in side and lon < -_OFF_MIDDLE_DEGREES) or ("west" in side and lon > _OFF_MIDDLE_DEGREES)


def _days_apart(a: _Event, b: _Event) -> int:
    return abs((a.day - b.day).days) if a.day is not None and b.day is not None else 0


def _other_weapons(a: _Event, b: _Event) -> bool:
    """Both mentions tell their weapons and share none: a sign of two attacks, not one told twice."""
    return bool(a.weapons and b.weapons and not a.weapons & b.weapons)


def _bomb_and_base(a: _Event, b: _Event) -> bool:
    """A roadside bomb told unnamed and a base's attack by other weapons: two attacks, whatever the day (a convoy
    hit by an IED near Mosul Dam is not the drone shot down at Ain al-Asad)."""
    return _other_weapons(a, b) and "ied" in a.weapons | b.weapons and (a.base is None) != (b.base is None)


def _told_today_of(a: _Event, b: _Event, firm_days: set[tuple[str | None, date | None]]) -> bool:
    """ "We can confirm that a rocket attack took place today", read the day after Monday's attack on that base:
    the source spoke on Monday."""
    if a.base is None or a.base != b.base:
        return False
    for today, before in ((a, b), (b, a)):
        # ("at 11:30 PM last night and at 12:40 AM today": two attacks, the story says so)
        if today.told_today and before.strong and not before.told_today and not before.told_yesterday \
                and today.day is not None and before.day is not None and (today.day - before.day).days == 1 \
                and (today.base, today.day) not in firm_days:
            return True
    return False


def _placed_elsewhere(unnamed: _Event, named: _Event) -> bool:
    """Whether an unnamed attack's clause placed it in another province than the named base's: "a drone attack
    on a U.S. base in Erbil" is not the attack at the airport of Baghdad told the same day."""
    if unnamed.seat is None or named.base is None:
        return False
    there, here = _provinces_by_place().get(name_words(unnamed.seat)), _province_of(named.base)
    return there is not None and here is not None and there != here


@lru_cache(maxsize=1)
def _provinces_by_place() -> dict[tuple[str, ...], str]:
    """The province of each province and town the gazetteer names, by their folded words: what an unnamed
    attack's area is compared by (a town no base lists has no known province and is compared with none)."""
    provinces: dict[tuple[str, ...], str] = {}
    for base in default_gazetteer().bases:
        if base.province:
            provinces.setdefault(name_words(base.province), base.province)
    for base in default_gazetteer().bases:
        if base.province:
            for town in base.towns:
                provinces.setdefault(name_words(town), base.province)
    return provinces


def _names_lead(named: _Event, unnamed: _Event) -> bool:
    """Whether a named mention may be the attack an unnamed lead told: the same day, or, for a
    mention dated only by its statement ("said Monday that personnel at Rumalyn were hurt"),
    a firm day up to three days before the statement."""
    if named.day == unnamed.day:
        return True
    if named.strong or named.dated_by_context or not unnamed.strong or named.day is None or unnamed.day is None:
        return False  # (one dated by the story's day is of that day)
    return 0 < (named.day - unnamed.day).days <= 3


def _days_compatible(a: _Event, b: _Event) -> bool:
    if a.day == b.day:
        return True
    if a.day is None or b.day is None:
        return not (a.strong and b.strong) or a.unanchored or b.unanchored
    if a.strong and b.strong:
        return False
    if a.base is not None and any(weak.dated_by_context and not weak.strong and firm.strong for weak, firm in ((a, b), (b, a))):
        # "The rockets landed at the military base near Baghdad airport", told with no day after another base's
        # attack of another day: the named base's own attack, whatever day the story had moved to
        return True
    if a.undated_headline or b.undated_headline:
        # Dated only by publication: a follow-up's headline names the attack the body dates.
        return abs((a.day - b.day).days) <= MAX_UPDATE_AGE_DAYS
    if (a.strong and a.dated_by_context) or (b.strong and b.dated_by_context):
        # "The day before, a drone was intercepted" tells an attack on another day than the story's own
        return False
    if (a.by_publication and (a.base is None or not b.strong)) or (b.by_publication and (b.base is None or not a.strong)):
        # ("Troops are being treated after a drone attack on a base in Syria" told again "on Friday")
        return abs((a.day - b.day).days) <= MAX_AGE_DAYS
    return abs((a.day - b.day).days) <= 2


def _to_attack(event: _Event) -> ExtractedAttack:
    weapons = tuple(sorted(event.weapons)) or ("unknown",)
    return ExtractedAttack(
        base=event.base,
        country=event.country,
        event_date=event.day.isoformat() if event.day else None,
        weapons=weapons,
        munitions=total_munitions(event.counts),
        killed=event.casualties.killed,
        injured=event.casualties.injured,
        claimed_by=event.claimant,
    )


# Speed: the costly sentence patterns sit behind a literal pre-check (same answers, see numbers.py).
guard_patterns(
    globals(), "_NEGATIVE_RE", "_FOREIGN_BASE_RE", "_HYPOTHETICAL_RE", "_BACKGROUND_RE", "_REFERENCE_RE", "_GENERIC_RE",
    "_STRIKE_ANSWERS_TOLL_RE", "_STRUCK_THE_SAME_RE", "_MISSION_SERVED_BEFORE_RE",
    "_US_TERM_RE", "_PRE_FORCES_RE", "_PLURAL_CLAIM_RE", "_OTHER_COUNT_RE", "_SUMMARY_RE", "_DAY_TIMES_RE", "_DAY_WINDOW_RE", "_COREF_RE",
    "_FOLLOW_ON_RE", "_EARLIER_RE", "_STATEMENT_RE", "_LOCATED_RE", "_PAUSE_CUE_RE", "_FORCES_OBJECT_BEFORE_RE",
    "_STOPPED_RE", "_STRONG_BREAK_RE", "_ATTACK_NOUN_RE", "_SAME_BASE_RE", "_NAMED_FRONT", "_CLAIM_HINT_RE",
    "_TRIGGER_RE", "_FORCES_OBJECT_AFTER_RE", "_CLAUSE_BREAK_RE",
    "_SAME_BASE_AGAIN_RE", "_DATELINE_RE", "_DATE_HINT_RE", "_REPEATED_RE", "_HOSTS_RE", "_ATTACK_VERB_RE", "_BALLISTIC_RE",
    "_ANOTHER_ATTACK_RE", "_PLACE_IN_SERIES_RE", "_DEPOT_BLAST_RE", "_DATED_ATTACK_RE", "_ATTACK_WORD_RE", "_SINCE_WHEN_RE",
    "_DEFINITE_SUBJECT_RE", "_BROKEN_COMPOUND_RE", "_FOLLOWS_EARLIER_RE", "_OTHER_INCIDENT_RE", "_NOT_HOSTING_RE", "_NEAR_OTHER_TARGET_RE",
    "_OTHER_HOST_RE", "_BARE_BASE_RE",
)
