"""U.S./coalition casualty figures: "injured at least five US personnel", "no casualties".

Only U.S. and coalition personnel count. Reports of attacks routinely add the
deaths of militants, PMF members, Iraqi soldiers or civilians (often in the
same sentence); a figure whose victims carry such a qualifier is ignored.
A victim noun with no nationality ("two service members were wounded") counts:
in an article about an attack on U.S. forces that is how reporters refer to them.

Zero is a figure too: "no casualties" sets both killed and injured to 0,
"no injuries" only injured, "nobody was killed" only killed. A figure without a
count ("several troops were hurt") stays unknown (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agents.classify.numbers import NUMBER_RE, QUALIFIER_RE, guard_patterns, parse_number

_US = r"(?:U\.\s?S\.|US|American|America['’]s|coalition|U\.S\.-led\s+coalition|US-led\s+coalition|international\s+coalition|allied|Coalition)"
_FOREIGN = (
    r"(?:Iraqis?|Syrians?|Kurds?|Kurdish|PMF|Hashd|militia|militant|civilians?|locals?|Peshmerga|SDF|Syrian\s+Democratic|Popular\s+Mobilization"
    r"|Iranians?|Hezbollah|Kataib|fighters?|insurgents?|attackers?|gunmen|partner|Jordanians?|Israeli|Palestinian"
    r"|Yemeni|Houthi|Lebanese|Turkish|Free\s+Syrian|Maghawir|Revolutionary\s+Commando|Iran[\s-]backed|Iran[\s-]aligned|security\s+force)"
)
_PERSON = (
    r"(?:service\s*(?:members?|men|women|people|personnel)|servicemembers?|servicem[ae]n|servicewom[ae]n|troops?|soldiers?|personnel|sailors?|medics?"
    r"|airmen|airman|marines?|Marines?|contractors?|Americans?(?!\s+(?:[\w-]+\s+){0,2}?(?:service|servicem|soldier|troop|personnel|contractor|civilian|interpreter|sailor|marine|Marine|airm|diplomat|staff))|staff(?:\s+members?)?|employees?|diplomats?|members?\s+of\s+the\s+(?:U\.S\.|US)\s+(?:military|forces|army)"
    # ("one American civilian", but "a civilian interpreter" goes on to its noun)
    r"|interpreters?|translators?|linguists?|civilians?(?!\s+(?:interpreters?|translators?|linguists?|contractors?|employees?"
    r"|staff|workers?|personnel))"
    r"|members?\s+of\s+the\s+(?:U\.S\.-led\s+|US-led\s+|international\s+)?[Cc]oalit\w*"
    r"|military\s+personnel|people|persons?|individuals|guards|coalition\s+members|citizens?|nationals?|Army\s+Reserve\s+soldiers|reservists"
    r"|Guards(?:m[ae]n|wom[ae]n)|(?:National\s+)?Guard\s+(?:members?|soldiers?)|"
    r"Army\s+soldiers|forces|others"
    # "The Pentagon says 25 more were injured": more of the attack's people
    r"|more(?=\s+(?:were|have\s+been|had\s+been)\s))"
)
_KILL = (r"(?:killed|dead|died|killing|kills|kill|slain|fatalit(?:y|ies)|deaths?|lost\s+their\s+lives|passed\s+away"
         r"|(?:claimed|claiming|took|taking)\s+the\s+lives\s+of)")
_HURT = (
    r"(?:injured|injuring|injures|injuries|injury|wounded|wounding|wounds|hurt|hospitali[sz]ed|casualties"
    r"|evaluated\s+for\s+(?:possible\s+)?(?:traumatic\s+)?brain\s+injur(?:y|ies)|(?:traumatic\s+)?brain\s+injur(?:y|ies)|TBIs?"
    r"|concussions?(?:\s+(?:or|and)\s+(?:(?:mild\s+)?traumatic\s+)?brain\s+injur(?:y|ies))?)"
)

_COUNT = r"(?P<qual>" + QUALIFIER_RE + r")(?P<num>" + NUMBER_RE + r")"
# ("three Fort Moore, Georgia-based Army Reserve soldiers": a place in the modifiers may bring its comma)
# (not "an attack 8 American soldiers": a count and an attack are no words of the victim's)
_VICTIM = r"(?:(?!of\b|and\b|or\b|found\b|said\b|says\b|saw\b|was\b|were\b|had\b|has\b|have\b|\d|attacks?\b)[\w'’.-]+(?:,(?=\s+(?-i:[A-Z])))?\s+){0,4}?" + _PERSON
_LINK = (
    r"(?:\s+(?:were|was|are|is|have|has|had|been|being|also|later|reportedly|all|initially|slightly|seriously|severely|an?"
    r"|critically|lightly|mildly|badly|fatally|treated|diagnosed|evaluated|suffered|sustained|received|with|for|minor"
    r"|receiving|undergoing|getting|being|suffering|sustaining|suffer|suffers|sustain|sustains"
    r"|now|known|confirmed|believed|thought|feared|reported|said|to|who|that|treatment"
    r"|serious|possible|traumatic|non-life-threatening|life-threatening|in\s+the\s+attack|at\s+the\s+(?:base|scene)"
    # 'Twenty troops suffered "minor injuries"': the official's words quoted
    r"|[\"“‘'](?:minor|mild|slight|light|serious|non-life-threatening)"
    # "20 troops suffered what U.S. military officials characterized as \"minor injuries\""
    r"|what\s+(?:[\w.-]+\s+){0,5}?(?:characterized|characterised|described|called|termed)\s+as"
    r"(?:\s+[\"“]?(?:minor|mild|slight|serious|non-life-threatening))?"
    # "suffered a heart attack and died", "suffered a cardiac episode while sheltering and sadly passed away"
    r"|suffered\s+(?:an?\s+)?[\"“]?(?:cardiac|heart)[^,.;]{0,60}?\s+and"
    r"|\w+ly))*\s+"
)

# "One U.S. servicemember was among the five people injured", "two Americans were among the wounded": the U.S.
# share of a toll told of people at large.
_AMONG_THE_RE = re.compile(
    r"(?<![\w-])" + _COUNT + r"\s+(?P<victim>" + _VICTIM + r")\s+(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?"
    r"(?:(?:at\s+least\s+)?[\w-]+\s+)?(?:(?:people|persons|individuals|personnel)\s+(?:who\s+were\s+)?)?"
    r"(?P<verb>" + _KILL + r"|" + _HURT + r")",
    re.IGNORECASE,
)
# "five US troops were injured", "two service members suffered minor injuries"
_NOUN_FIRST_RE = re.compile(
    r"(?<![\w-])" + _COUNT + r"\s+(?P<victim>" + _VICTIM + r")\b(?P<appos>\s*,[^,;]{3,70},|\s+(?:working|employed|contracted|hired)\s+(?:for|by)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:coalition|military|Pentagon|forces|army|Army)"
    # "one U.S. service member at Mission Support Site Conoco received ...": where they were
    r"|\s+(?:at|in|near)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+(?=\s+(?:were|was|received|suffered|sustained)\b))?"
    r"(?P<between>" + _LINK + r")(?P<verb>" + _KILL + r"|" + _HURT + r")",
    re.IGNORECASE,
)
# "injured at least five US military personnel", "killing three U.S. soldiers"
_VERB_FIRST_RE = re.compile(
    r"\b(?P<verb>killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|leaving|left"
    r"|(?:claimed|claiming|took|taking)\s+the\s+lives\s+of)\s+"
    + _COUNT + r"\s+(?P<victim>" + _VICTIM + r")\b(?=(?P<tail>[^.;]{0,30}))",
    re.IGNORECASE,
)
# One U.S. victim, by the noun that names them (the patterns below that count a single victim).
_ONE_VICTIM = r"(?:service\s*member|servicemember|soldier|contractor|sailor|airman|marine|troop)"
# "a drone attack in Tal Baydar injured the service member": the one the story told of
_VERB_THE_ONE_RE = re.compile(
    r"\b(?P<verb>killed|injured|wounded|hurt)\s+the\s+(?:(?:U\.S\.|US|American|coalition)\s+)?"
    + _ONE_VICTIM + r"\b(?!['’]s)",
    re.IGNORECASE,
)
# One killed, "another" wounded: the second victim is one more of the same kind.
_KILLED_ONE_HURT_ANOTHER_RE = re.compile(
    r"\b(?:killed|killing)\s+(?:an?|one)\s+(?:(?:U\.S\.|US|American|coalition)\s+)?(?:[\w-]+\s+)?"
    + _ONE_VICTIM + r"\s*,?\s+(?:and\s+)?"
    r"(?:wounded|wounding|injured|injuring|hurt)\s+another\b",
    re.IGNORECASE,
)
# A headline's one victim, told without an article: "US contractor dies in rocket attack at Iraq base".
_HEADLINE_ONE_RE = re.compile(
    r"(?:^|:\s+)(?:U\.S\.|US|American|Coalition)\s+(?:civilian\s+)?" + _ONE_VICTIM
    + r"\s+(?P<verb>dies|died|killed|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
# A headline's one victim after its verb, without an article: "Rocket attack in Erbil kills US military contractor".
_HEADLINE_VERB_ONE_RE = re.compile(
    r"\b(?P<verb>kills|wounds|injures)\s+(?:U\.S\.|US|American|coalition)\s+(?:military\s+|civilian\s+|Army\s+)?"
    + _ONE_VICTIM + r"\b(?!s)",
    re.IGNORECASE,
)
# One victim told by rank and name: "U.S. soldier Garrett Illerbrunn was critically injured", "American contractor
# John Smith was killed".
_NAMED_ONE_RE = re.compile(
    r"\b(?i:U\.S\.|US|American|coalition)\s+(?:(?i:Army|Air\s+Force|Navy|Marine)\s+)?(?i:service\s*member|servicemember"
    r"|soldier|contractor|sailor|airman|pilot|sergeant|officer|reservist)\s+"
    # ("U.S. soldier and Chief Warrant Officer 4, Garrett Illerbrunn, from the 82nd Airborne, was ...")
    r"(?:and\s+[^,.;]{3,40},\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*(?:,\s+from\s+[^,.;]{3,40})?,?\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>killed|wounded|injured|hurt)\b"
)
# "caused four Americans to receive traumatic brain injuries"
_CAUSED_TO_RE = re.compile(
    r"\b(?:caused|causing|left|leaving)\s+" + _COUNT + r"\s+(?P<victim>" + _VICTIM + r")\s+(?:to\s+)?"
    r"(?:receive|receiving|suffer|suffering|sustain|sustaining|with)\s+(?:[\w-]+\s+){0,3}?(?:injuries|injury|wounds|TBIs?|concussions?)",
    re.IGNORECASE,
)
# A harm told as a noun, before "of" or "to" and its victims.
_HARM_NOUN = r"deaths?|injur(?:y|ies)|wounding|killing"
# "the deaths of three US soldiers", "injuries to two service members"
_NOUN_OF_RE = re.compile(
    r"\b(?P<verb>" + _HARM_NOUN + r")\s+(?:of|to)\s+" + _COUNT
    + r"\s+(?:of\s+(?:its|their|our|the)\s+)?(?P<victim>" + _VICTIM + r")\b",
    re.IGNORECASE,
)
# A harm told as a noun just before a list of its victims: "the death of".
_HARM_OF_BEFORE_RE = re.compile(r"\b(?:" + _HARM_NOUN + r")\s+(?:of|to)\s+$", re.IGNORECASE)
# "resulting in eight injured troops", "led to three injuries to U.S. personnel": the count before the harm
_COUNT_HARM_RE = re.compile(
    r"(?<![\w-])" + _COUNT + r"\s+(?:(?:minor|serious|slight|non-life-threatening)\s+)?"
    r"(?:(?P<adj>injured|wounded|dead)\s+(?P<victim>" + _VICTIM + r")"
    r"|(?P<noun>injuries|deaths|fatalities)\s+(?:to|among)\s+(?:the\s+)?(?P<victim2>" + _VICTIM + r"))\b",
    re.IGNORECASE,
)
# "struck by a drone, causing over 40 injuries": a count of harm the attack caused, no victim named (with one named,
# "injuries to/among ...", _COUNT_HARM_RE reads whose).
_CAUSED_HARM_RE = re.compile(
    r"\b(?:caus(?:ed|ing)|result(?:ed|ing)\s+in|le(?:d|ading)\s+to)\s+" + _COUNT
    + r"\s+(?:(?:minor|slight|serious|mild|non-life-threatening)\s+)?(?P<noun>injuries|deaths|fatalities)\b"
    r"(?!\s+(?:to|among|of)\b)",
    re.IGNORECASE,
)
# A count someone tallied over time ("the Pentagon had counted 69 injured service members"), not one attack's.
_TALLIED_BEFORE_RE = re.compile(r"\b(?:counted|tallied|recorded|total\s+of|tally\s+of|toll\s+of)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "five U.S. service members and one contractor were wounded": the figures add up.
# Nationals named by a plural noun alone ("two Iraqis"): items of a list, never U.S. victims.
_NATIONALS = r"(?:Iraqis|Syrians|Kurds|Jordanians|Iranians|Lebanese|civilians|locals)"
# Where the item's people come from: "three service personnel from the US-led coalition in Iraq".
_ITEM_ORIGIN = r"(?:\s+(?:from|of|with)\s+the\s+(?:[\w.-]+\s+){0,2}?(?:coalition|military|army|Army)(?:\s+in\s+[A-Z]\w+)?)?"
# One more person, uncounted: "five U.S. service members and another contractor".
_ONE_MORE = r"(?:another|a\s+(?:second|third|fourth|further))(?!\s+" + NUMBER_RE + r")"
_ITEM = r"(?:" + QUALIFIER_RE + NUMBER_RE + r"|" + _ONE_MORE + r")\s+(?:" + _VICTIM + r"|" + _NATIONALS + r")\b" + _ITEM_ORIGIN
_LIST_RE = re.compile(
    r"(?<![\w-])(?P<items>" + _ITEM + r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)" + _ITEM + r")+)\b"
    r"(?P<between>" + _LINK + r")(?P<verb>" + _KILL + r"|" + _HURT + r")",
    re.IGNORECASE,
)
_ITEM_RE = re.compile(r"(?<![\w-])(?P<num>" + NUMBER_RE + r"|" + _ONE_MORE + r")\s+(?P<victim>" + _VICTIM + r"|" + _NATIONALS + r")\b", re.IGNORECASE)
# The words between "no" and the people it counts out, none of them foreign: "no Iraqi soldiers were hurt" says
# nothing of U.S. casualties.
_NO_ONES_MODS = r"(?:(?!" + _FOREIGN + r"\b)[\w-]+\s+){0,2}?"
_NONE_BOTH_RE = re.compile(
    r"\b(?:no|without|zero|didn['’]t\s+(?:result\s+in|cause)\s+any|did\s+not\s+(?:result\s+in|cause)\s+any"
    # "we are not aware of any casualties"
    r"|not\s+aware\s+of|unaware\s+of"
    r"|did\s+not\s+(?:result\s+in|cause)|caused\s+no|were\s+no|was\s+no|not\s+cause\s+any|free\s+of"
    r"|without\s+(?:causing|inflicting|resulting\s+in|leaving)(?:\s+any)?"
    # "the drones were downed, preventing any casualties"
    r"|(?:prevent|avert|avoid)(?:ed|ing)(?:\s+any)?)\s+"
    r"(?:(?:immediate|immediately|reported|known|confirmed|American|U\.S\.|US|coalition|personnel|human|initial|any)\s+(?:(?:or|and)\s+)?)*"
    # "no injuries, casualties or damage"
    r"(?:reports?\s+(?:of|on|about)\s+)?(?:(?:(?:material\s+|significant\s+|serious\s+|major\s+)?damages?|injur(?:y|ies))\s*(?:,\s*|\s+(?:or|and|nor)\s+))*(?:casualt(?:y|ies)|losses)\b"
    # "countered before causing any harm"
    r"|\b(?:without|before)\s+(?:causing|inflicting|doing)\s+(?:any\s+)?harm\b"
    # "no human or material losses"
    r"|\b(?:no|(?:result\s+in|cause|causing|inflict|without)\s+any)\s+(?:human\s+(?:or|and|nor)\s+material|material\s+(?:or|and|nor)\s+human)\s+"
    r"(?:losses|casualties)\b"
    # "the attack caused only material damage", "caused material damage only"
    r"|\b(?:causing|caused|resulted\s+in|resulting\s+in|leaving|left|inflicted|inflicting)\s+only\s+(?:\w+\s+)?damage\b"
    r"|\b(?:causing|caused|resulted\s+in|resulting\s+in|leaving|left|inflicted|inflicting)\s+(?:\w+\s+)?damage\s+only\b"
    # "Only material damage was reported": nobody hurt
    r"|\bonly\s+(?:(?:minor|light|slight|limited|some)\s+)?material\s+(?:damage|losses)\b"
    # "dismissing reports of casualties or damage as false", "denied any reports of casualties"
    r"|\b(?:dismiss(?:ed|es|ing)?|den(?:y|ied|ies|ying)|refut(?:ed|es|ing))\s+(?:any\s+|the\s+)?reports?\s+(?:of|on)\s+"
    r"(?:(?:material\s+)?damage\s+(?:or|and)\s+)?casualt(?:y|ies)"
    # "casualties have not yet been reported"
    r"|\bcasualt(?:y|ies)\s+(?:(?:have|has|had|were|was)\s+not|haven['’]t|hasn['’]t|hadn['’]t)\s+(?:yet\s+)?been\s+"
    r"(?:reported|recorded|confirmed)"
    # "the attack failed to hit the US or coalition forces", "no damage was inflicted upon the facility or its personnel"
    r"|\bfailed\s+to\s+(?:hit|strike|harm|injure|reach)\s+(?:any\s+)?(?:the\s+)?(?:U\.S\.|US|American|coalition)"
    r"(?:\s+(?:or|and)\s+coalition)?\s+(?:forces|troops|personnel|service\s*members)\b"
    r"|\bno\s+(?:damage|harm)\s+(?:was|were)\s+(?:inflicted|caused|done)\s+(?:up)?(?:on|to)\s+[^.;]{0,40}?\bpersonnel\b",
    re.IGNORECASE,
)
_NONE_HURT_RE = re.compile(
    r"\b(?:no|without|zero|didn['’]t\s+(?:result\s+in|cause|lead\s+to)(?:\s+any)?|did\s+not\s+(?:result\s+in|cause|lead\s+to)(?:\s+any)?|caused\s+no"
    r"|were\s+no|was\s+no|without\s+(?:causing|inflicting|resulting\s+in)(?:\s+any)?)\s+(?:(?:immediate|immediately|reported|known|confirmed|American|U\.S\.|US|coalition|personnel"
    r"|initial|any|current)\s+)*(?:reports?\s+of\s+(?:any\s+)?"
    # "no current reports of US servicemember injuries"
    r"(?:(?:U\.S\.|US|American|coalition)\s+(?:service\s*member|servicemember|troop|military|personnel)\s+)?)?"
    # "no reports of any significant damage or any injuries"
    r"(?:(?:(?:material|significant|serious|major)\s+)?damage\s+(?:or|and|nor)\s+(?:any\s+)?)?(?:injur(?:y|ies)|injured(?!\s+(?:Iraqi|Syrian|Kurdish|PMF|civilians?)\b)|wounded|wounds)\b"
    # "no injuries are life-threatening": there are injuries
    r"(?!\s+(?:are|were|was|is|appeared|seemed)\s+(?:\w+\s+)?(?:life[\s-]threatening|serious|severe|critical))"
    r"|\b(?:no|none\s+of\s+the)\s+(?:(?:U\.S\.|US|American|coalition)\s+)?" + _NO_ONES_MODS + _PERSON
    # ("no US or coalition forces or any equipment were injured")
    + r"(?:\s+or\s+(?:any\s+)?[\w-]+)?"
    # ("No US servicemembers were seriously hurt": some may have been, lightly)
    + r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?!seriously|severely|critically|badly|gravely)\w+\s+)?(?:injured|wounded|hurt|harmed)"
    r"|\b(?:no\s*one|nobody)\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?!seriously|severely|critically|badly|gravely)\w+\s+)?"
    r"(?:injured|wounded|hurt|harmed)"
    # "there were no service members injured, and all were accounted for"
    r"|\b(?:were|was)\s+no\s+(?:(?:U\.S\.|US|American|coalition)\s+)?" + _NO_ONES_MODS + _PERSON + r"\s+(?:injured|wounded|hurt|harmed)\b"
    r"|\b(?:left|leaving|hurting|injuring|wounding)\s+(?:no\s*one|nobody)(?:\s+(?:injured|wounded|hurt|harmed))?"
    # "US forces came under rocket fire but escaped injury"
    r"|\b(?:U\.S\.|US|American|coalition)\s+(?:forces|troops|personnel|soldiers|service\s*members|servicemembers)\b[^.;]{0,90}?"
    r"\bescaped\s+(?:without\s+)?(?:any\s+)?(?:injury|injuries|harm|unharmed|unhurt|unscathed)\b"
    # "the attack did not injure anyone"
    r"|\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?:injure|wound|hurt|harm)\s+(?:anyone|anybody)\b"
    # "there was no damage to the base, nor injuries resulting from the attack"
    r"|\bno\s+[^.;]{0,40}?,?\s+nor\s+(?:any\s+)?(?:injur(?:y|ies)|wounded)\b",
    re.IGNORECASE,
)
_NONE_KILLED_RE = re.compile(
    r"\b(?:no|without|zero|were\s+no|was\s+no)\s+(?:(?:immediate|reported|known|confirmed|American|U\.S\.|US|coalition)\s+)*"
    # ("No injuries, deaths or damage were reported")
    r"(?:(?:injur(?:y|ies)|damage)\s*(?:,\s*|\s+(?:or|and|nor)\s+))*(?:fatalit(?:y|ies)|deaths?|dead)\b"
    r"|\b(?:no|none\s+of\s+the)\s+(?:(?:U\.S\.|US|American|coalition)\s+)?" + _NO_ONES_MODS + _PERSON
    + r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?killed"
    r"|\b(?:no\s*one|nobody)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?killed"
    # "No lives were lost", "there was no loss of life"
    r"|\bno\s+(?:(?:American|U\.S\.|US|coalition)\s+)?lives\s+(?:were|have\s+been|had\s+been)\s+lost\b|\bno\s+loss\s+of\s+(?:\w+\s+)?life\b",
    re.IGNORECASE,
)
# "no one was killed or injured", "no U.S. personnel were killed or wounded"
_NONE_KILLED_OR_HURT_RE = re.compile(
    r"\b(?:no\s*one|nobody|no\s+(?:(?:U\.S\.|US|American|coalition)\s+)?" + _NO_ONES_MODS + _PERSON + r")\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt)\s+(?:or|nor|and)\s+"
    r"(?:killed|injured|wounded|hurt)"
    # "Neither U.S. nor coalition personnel were injured or killed"
    r"|\bneither\s+(?:the\s+)?" + _US + r"[^.;]{0,40}?\bnor\b[^.;]{0,40}?\b(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|injured|wounded|hurt)\s+(?:or|nor|and)\s+(?:killed|injured|wounded|hurt)",
    re.IGNORECASE,
)
# "three service members were killed and 25 injured", "killed three American troops and left 25 more injured",
# "three coalition service members have been killed and another 12 wounded"
_ELLIPSIS_RE = re.compile(
    r"\b(?:and|while|,)\s+(?:left\s+|leaving\s+)?(?:another\s+|a\s+further\s+)?" + _COUNT
    + r"\s+(?:(?:more|others?)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"|(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?P<verb>killed|injured|wounded|hurt)\b",
    re.IGNORECASE,
)
# "killed three U.S. soldiers and wounded more than 40": the second figure's victims are the same side's.
_ELLIPSIS_VERB_FIRST_RE = re.compile(
    r"\b(?:and|while|,)\s+(?P<verb>wounded|injured|wounding|injuring|hurt|hurting)\s+" + _COUNT
    + r"(?:\s+(?:others|more))?(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|at|when|during|as|after|before|and|while|according)\b)",
    re.IGNORECASE,
)
# "the death toll ... stands at three", "the number of wounded has climbed to at least 34"
_TOLL_RE = re.compile(
    r"\b(?:(?P<dead>death\s+toll|number\s+of\s+(?P<dead_who>(?:[\w.]+\s+){0,3}?)(?:dead|deaths|fatalities|killed))"
    r"|(?P<hurt>number\s+of\s+(?P<hurt_who>(?:[\w.]+\s+){0,3}?)(?:wounded|injured|injuries|casualties)|(?:injury|casualty)\s+(?:toll|count)))"
    r"(?P<mid>(?:[^.;]|\.(?!\s*$|\s+(?-i:[A-Z]))){0,60}?)(?:\b(?:stands?|stood|rose|risen|climbed|has\s+climbed|grew|jumped|increased|reached|is|was|now)"
    r"\s+(?:\w+\s+)?(?:at|to)?|\s+(?:to|at))\s*" + _COUNT + r"\b(?!\s*(?:percent|%))",
    re.IGNORECASE,
)
# "None caused casualties", "neither attack caused injuries"
_NONE_CAUSED_RE = re.compile(
    # ("none of the attacks since the U.S. retaliatory strikes have resulted in casualties")
    r"\b(?:none|neither)(?:\s+of\s+(?:them|the\s+\w+))?(?:\s+\w+|\s+since\s+[^;,]{1,50}?)?\s+(?:(?:have|has|had)\s+)?"
    r"(?:caused|resulted\s+in|produced|led\s+to)\s+(?:any\s+)?"
    r"(?P<what>casualties|injuries|damage\s+or\s+casualties)",
    re.IGNORECASE,
)
# "... wounding five U.S. service members and a second contractor": one more of the same side.
# Allies whose soldiers are named one at a time beside U.S. victims, and the one victim so named.
_ALLIES = r"(?:British|French|Australian|Canadian|Italian|Spanish|Dutch|Danish|Norwegian|German|Polish)"
_ONE_PERSON = r"(?:contractor|soldier|service\s*member|servicemember|sailor|airman|marine|troop|medic)"
# One more hurt, told after the others: "... that also left a U.S. service member with a concussion".
_ALSO_LEFT_ONE_RE = re.compile(
    r"\balso\s+(?:left|leaving)\s+(?:a|an|one)\s+(?:(?:U\.S\.|US|American|coalition|" + _ALLIES + r")\s+)?" + _ONE_PERSON
    + r"\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:concussion|injur(?:y|ies)|wounds?|TBI|brain\s+injur(?:y|ies))",
    re.IGNORECASE,
)
_AND_ONE_MORE_RE = re.compile(
    r"^(?:\s+(?:troops?|soldiers?|service\s*members?|servicemembers?|personnel|contractors?))?"
    r"\s+(?:and|as\s+well\s+as)\s+(?:a|an|one|another)\s+(?:second|third|other|additional|more)?\s*"
    r"(?:(?:U\.S\.|American|coalition|" + _ALLIES + r")\s+)?" + _ONE_PERSON + r"\b",
    re.IGNORECASE,
)
# An appositive adding one victim of an allied military: ", as well as a member of the U.K. armed forces,".
_APPOS_ONE_MORE_RE = re.compile(
    r"\s*,\s*(?:as\s+well\s+as|and|along\s+with|plus)\s+(?:a|an|one)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:member\s+of\s+(?:the\s+)?(?:U\.K\.|UK|British|French|Australian|Canadian|Italian|Spanish|Dutch|German|Polish|coalition)"
    r"|(?:" + _ALLIES + r"|coalition)\s+" + _ONE_PERSON + r")",
    re.IGNORECASE,
)
# "... wounded a U.S. service member and five other contractors": each further counted item of a verb-first list.
_MORE_ITEM_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)" + _COUNT + r"\s+(?:other\s+|more\s+|additional\s+)?(?P<victim>"
    + _VICTIM + r")\b(?!\s+(?:were|was|have|had|are|is)\b)",
    re.IGNORECASE,
)
# "A British military medic has died alongside two Americans": the others who died with the one named.
_ALONGSIDE_RE = re.compile(
    r"\s+(?:alongside|along\s+with|together\s+with)\s+" + _COUNT + r"\s+(?P<victim>" + _VICTIM + r")\b",
    re.IGNORECASE,
)
# Where "people" were hurt, right after the count: on a base the attack hit ("12 people were injured in the attack
# on the Taji military camp", "when 18 small rockets hit Camp Taji"), so the base's people, not bystanders.
_ON_THE_BASE_RE = re.compile(
    # ("Two people were injured in a rocket attack Wednesday at Al Asad Air Base": its day on the way)
    r"\s+(?:(?:in|during)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|barrage)"
    r"(?:\s+(?:on\s+)?(?:early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+(?:on|against|at)"
    r"|when\s+(?:[\w-]+\s+){1,4}?(?:hit|struck|slammed\s+into|landed\s+(?:in|on|inside))|(?:inside|at)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?base))"
    r"\s+(?P<target>(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:(?:air\s*)?base|airbase|camp|garrison)\b|Camp\s+(?-i:[A-Z])[\w-]+)"
    r"(?P<rest>[^.;]{0,40})",
    re.IGNORECASE,
)
# "the deaths of three service members and at least 34 injuries": the wounded counted after the dead.
_AND_INJURIES_RE = re.compile(r"\s+and\s+" + _COUNT + r"\s+(?:injuries|injured|wounded)\b", re.IGNORECASE)
# "killed one person and injured five others, all works in companies contracted with the US-Led Coalition":
# people a trailing "all ..." places in the coalition's employ.
_ALL_CONTRACTED_RE = re.compile(
    r"[^.;]{0,40}?,\s+(?:all|both)\s+(?:of\s+(?:them|whom)\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:contracted|working|employed|hired|employees)\s+(?:[\w'’-]+\s+){0,3}?(?:with|for|by|of)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:coalition|Coalition|U\.S\.\s+military|US\s+military|American\s+military|U\.S\.\s+forces|US\s+forces)",
)
# A toll told as a condition: "if an American was killed", "whether two soldiers were hurt".
_CONDITION_BEFORE_RE = re.compile(r"\b(?:if|unless|whether|lest)\s+$", re.IGNORECASE)
_FOREIGN_RE = re.compile(r"\b" + _FOREIGN + r"\b", re.IGNORECASE)
# A first report of no casualties that the text says was overtaken.
_SUPERSEDED_RE = re.compile(r"\b(?:initially|at\s+first|first)\s+(?:\w+\s+){0,2}?(?:reported|said|claimed|announced|assessed|indicated|believed|thought)\s+(?:that\s+(?:there\s+(?:were|was)\s+)?)?no\b",
                            re.IGNORECASE)
# A death the text puts down to something other than the attack: "died of a cardiac incident, which did not occur
# during the attack", "died of a cardiac arrest during a false alarm".
_NOT_FROM_ATTACK_RE = re.compile(
    r"\b(?:natural\s+causes|illness|non-?combat|unrelated\s+to|accident(?:al|ally)?|not\s+(?:a\s+)?(?:victim|during)"
    r"|did\s+not\s+(?:occur|happen)\s+(?:during|in|as\s+a\s+result))",
    re.IGNORECASE,
)
# A death of the heart, the attack's only when the text ties it to an attack that happened: "died of a heart attack
# he suffered during a rocket attack", not "... during a false alarm", "... from a suspected drone attack that never
# actually came".
_CARDIAC_RE = re.compile(r"\b(?:cardiac|heart\b(?!\s+of\b))", re.IGNORECASE)
_NO_ATTACK_CAME_RE = re.compile(r"\b(?:false\s+alarm|never\s+(?:actually\s+)?(?:came|happened|materiali[sz]ed)|suspected|possible\s+(?:[\w-]+\s+)?(?:threat|attack))",
                                re.IGNORECASE)
_DURING_THE_ATTACK_RE = re.compile(
    r"\b(?:during|following|after|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:attack(?:ed)?|barrage|bombardment|volley|salvo)\b"
    r"|\bwhen\s+(?:at\s+least\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:rockets|missiles|drones)\s+(?:hit|struck|landed|slammed)\b"
    # "suffered a cardiac episode while sheltering from rockets fired at a base": taking cover from a real attack
    # (not "while sheltering" alone, nor "from a possible drone attack")
    r"|\bwhile\s+(?:sheltering|taking\s+(?:shelter|cover))\s+(?:from|during)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rockets|missiles|drones|mortars|attack|barrage|bombardment)\b"
    r"|\bas\s+(?:[\w-]+\s+)?(?:rockets|missiles|drones|mortars|shells)\s+(?:rained|hit|struck|landed|fell|slammed)\b"
    # "died of cardiac failure after rocket fire hit an Iraqi base"
    r"|\b(?:after|when)\s+(?:the\s+|a\s+)?(?:rocket|missile|drone|mortar|indirect)\s+fire\s+(?:hit|struck|landed|slammed|rained)\b",
    re.IGNORECASE,
)
_US_RE = re.compile(r"(?<![\w])" + _US + r"(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None

    def merged(self, other: "Casualties", added: "Casualties | None" = None) -> "Casualties":
        """Combine two readings of one attack: the larger stated figure wins (counts grow as news firms up).

        A figure of ``other`` that ``added`` marks as told on top of an earlier one ("an additional three", see
        :func:`added_casualties`) adds to the figure of that kind already held instead."""
        killed, injured = _larger(self.killed, other.killed), _larger(self.injured, other.injured)
        if added is not None:
            killed = self.killed + added.killed if added.killed and self.killed else killed
            injured = self.injured + added.injured if added.injured and self.injured else injured
        return Casualties(killed, injured)


def _larger(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


# "allied" said of a foreign force names a partner ("allied Kurdish soldiers"), not coalition troops.
_ALLIED_RE = re.compile(r"\ballied\b", re.IGNORECASE)


def _is_us_victim(victim: str) -> bool:
    """A victim phrase counts unless it names someone other than U.S./coalition personnel.

    Contractors and interpreters count (civilian or not: they work for the coalition); "people" counts only
    when the phrase itself says U.S. or coalition ("six people, including an American").
    """
    if re.search(r"\b(?:contractors?|interpreters?|translators?|linguists?)\b", victim, re.IGNORECASE) and not re.search(
        r"\b(?:Iraqi|Syrian|Kurdish|local)\b", victim, re.IGNORECASE
    ):
        return True
    if _FOREIGN_RE.search(victim) and not _US_RE.search(_ALLIED_RE.sub("", victim)):
        return False  # ("six allied Kurdish soldiers": partners, not the coalition's own)
    if re.search(r"\b(?:people|persons?|individuals)\b", victim, re.IGNORECASE) and not _US_RE.search(victim):
        return False
    return True


def _people_on_the_base(text: str, m: re.Match[str]) -> bool:
    """ "At least 12 people were injured in the attack on the Taji military camp": people counted where the
    attack hit a base are its people (not "a base used by Iranian forces", nor people hurt "near" one)."""
    if not re.fullmatch(r"(?:other\s+)?(?:people|persons)", m.group("victim"), re.IGNORECASE) or m.group("appos"):
        return False
    where = _ON_THE_BASE_RE.match(text, m.end())
    return where is not None and not _FOREIGN_RE.search(where.group("target") + where.group("rest"))


# The parts a count of "people" is broken into, right after it: ", eight of them civilian contractors and a U.S.
# service member", "(five US servicemen and one other contractor)".
_BREAKDOWN_RE = re.compile(
    r"[^.;()]{0,40}?(?:,\s*(?P<first>" + NUMBER_RE + r")\s+of\s+(?:them|whom)\s+|\s*\()(?P<parts>(?:[^.;()]|\.(?!\s+(?-i:[A-Z])|\s*$)){3,120})",
    re.IGNORECASE,
)


def _coalition_breakdown(text: str, end: int, total: int | None) -> bool:
    """Whether the ``total`` "people" counted just before ``end`` are then broken down, to the last one, into
    coalition people ("nine people, eight of them contractors and a U.S. service member")."""
    m = _BREAKDOWN_RE.match(text, end)
    if m is None or total is None:
        return False
    parts = (m.group("first") + " " if m.group("first") else "") + m.group("parts")
    items = list(_ITEM_RE.finditer(parts))
    if not items or not all(_is_us_victim(item.group("victim")) for item in items):
        return False
    return sum(_item_count(item.group("num")) or 0 for item in items) == total


# A count told on top of one already given: "An additional three ... were treated", "three more service
# members were injured", "a further two troops", "five other contractors"; not "more than three".
_ADDED_COUNT_RE = re.compile(
    r"\b(?:an?\s+additional|a\s+further|another)\s+(?P<before>" + NUMBER_RE + r")(?![\w-])"
    # ("five other contractors were hurt" after one told before; not "the three other soldiers", the same ones)
    r"|(?<![\w-])(?<!the\s)(?P<after>" + NUMBER_RE + r")\s+(?:more|additional|further|other)\b(?!\s+than)",
    re.IGNORECASE,
)


def added_casualties(text: str, figures: Casualties) -> Casualties:
    """The part of ``figures`` (the reading of ``text``) that ``text`` tells as more on top of a toll given
    before it: such a figure adds to that toll instead of replacing it. A sentence that gives both a death
    toll and an injury toll ("killed three and wounded 25 more") tells its "more" against its own dead."""
    if figures.killed and figures.injured:
        return _NONE
    told = {parse_number(m.group("before") or m.group("after")) for m in _ADDED_COUNT_RE.finditer(text)}
    return Casualties(figures.killed if figures.killed and figures.killed in told else None,
                      figures.injured if figures.injured and figures.injured in told else None)


# "three other individuals were wounded in the attack": more people hurt, told after a toll of U.S. dead.
_OTHERS_HURT_RE = re.compile(
    r"\b(?P<num>" + NUMBER_RE + r")\s+other\s+(?:people|persons|individuals)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:also\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def with_others_hurt(told: Casualties, text: str) -> Casualties:
    """``told`` with the "other people" ``text`` says were hurt as its injured, when it names none of them as anyone
    but ours: told after the U.S. dead of the same attack, they are the attack's other victims."""
    if not told.killed or told.injured is not None:
        return told
    m = _OTHERS_HURT_RE.search(text) if " other " in text else None
    if m is None or _FOREIGN_RE.search(text):
        return told
    return Casualties(told.killed, parse_number(m.group("num")))


# Injuries told without a count: "there were minor injuries", "a small number of personnel were treated".
_SOME_HURT_RE = re.compile(
    r"\bthere\s+(?:were|was|have\s+been|had\s+been)\s+(?:some\s+|several\s+)?(?:minor\s+|light\s+|slight\s+)?injur(?:y|ies)\b"
    r"|\b(?:some|several|a\s+(?:small\s+)?number\s+of|a\s+few)\s+(?:[\w.-]+\s+){0,2}?(?:personnel|troops|soldiers|service\s*members"
    r"|servicemembers|staff|employees|contractors)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt|treated)\b",
    re.IGNORECASE,
)


def tells_uncounted_injuries(text: str) -> bool:
    """Whether ``text`` says people were hurt without saying how many: after a first "no casualties", the
    injured are unknown, not none."""
    return _SOME_HURT_RE.search(text) is not None


# Lower-case word parts without which a passage states no figure and no zero: the cheap test
# that spares the patterns, and the extractor's test of which sentences to read for casualties.
CASUALTY_HINTS = ("kill", "injur", "wound", "casualt", "causalit", "hurt", "dead", "death", "fatalit", "died", " dies ", "slain", "lost", "loss",
                  "passed away", "lives of", "harm", "only", "hospital", "brain", "tbi", "concuss", "toll", "nobody", "no one", "failed to", "personnel")


@lru_cache(maxsize=16384)
def may_state_casualties(text: str) -> bool:
    """False only when ``text`` can state no casualty figure (so reading it is wasted)."""
    low = text.lower()
    return any(hint in low for hint in CASUALTY_HINTS)


@lru_cache(maxsize=16384)
def read_casualties(text: str) -> Casualties:
    """The U.S./coalition killed and injured figures one passage states."""
    if not may_state_casualties(text):
        return _NONE
    if "ausalit" in text:
        text = _TYPO_RE.sub(_fix_typo, text)  # ("without resulting in any causalities")
    if '"' in text or "“" in text:
        text = _QUOTED_NAME_RE.sub(r" \1 ", text)  # ('A US "civilian contractor" died': the quoted words read as said)
    labelled = _LABELLED_TOLL_RE.match(text)
    if labelled is not None:
        # A fact sheet's line, "Killed: 2 U.S. Army soldiers and 1 U.S. civilian interpreter.", read as the sentence it stands for.
        verb = "were killed" if _is_kill(labelled.group("label")) else "were injured"
        text = f"{labelled.group('who').rstrip(' .;')} {verb}."
    return _read_casualties(text)


# A toll told as a labelled line: the label, a colon, then the people it counts (and nothing else on the line).
_LABELLED_TOLL_RE = re.compile(
    r"\s*(?:Also\s+)?(?P<label>killed|dead|deaths|fatalities|wounded|injured)\s*:\s*(?P<who>" + NUMBER_RE + r"\s[^:\n]{3,200}?)\s*(?:\n|$)",
    re.IGNORECASE,
)


# Double quotes around a name of two or three words ("civilian contractor"), cited as said, not a quoted toll.
_QUOTED_NAME_RE = re.compile(r'["“]([^\W\d]+(?:[ -][^\W\d]+){1,2})["”]')
# A common misspelling of "casualties": the same length, so nothing else moves.
_TYPO_RE = re.compile(r"(?<![\w])([Cc])ausalit(y|ies)\b")


def _fix_typo(m: re.Match[str]) -> str:
    return f"{m.group(1)}asualt{m.group(2)}"


_NONE = Casualties()


# A toll someone denies: "CENTCOM has denied claims that a recent attack ... resulted in the deaths of at least two
# American soldiers".
_DENIED_TOLL_RE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing))\s+(?:the\s+|any\s+)?"
    r"(?:claims?|reports?|allegations?)\s+that\b",
    re.IGNORECASE,
)


# A toll told, then set against the official one: "said three U.S. soldiers had been killed in the attack — a report
# completely at odds with the official Defense Department account".
_DISPUTED_TOLL_RE = re.compile(
    r"[—–-]\s+(?:a|an|the)\s+(?:report|claim|account|figure|toll)\s+(?:\w+\s+)?(?:at\s+odds\s+with|contradicted|denied|disputed)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _read_casualties(text: str) -> Casualties:
    disputed = _DISPUTED_TOLL_RE.search(text) if "odds" in text or "contradict" in text or "denied" in text \
        or "disputed" in text else None
    if disputed is not None:
        return _read_casualties(text[disputed.end():])
    denied = _DENIED_TOLL_RE.search(text)
    if denied is not None:
        told, denied_toll = _read_casualties(text[:denied.start()]), _read_casualties(text[denied.end():])
        return Casualties(told.killed if told.killed is not None else (0 if denied_toll.killed else None),
                          told.injured if told.injured is not None else (0 if denied_toll.injured else None))
    killed: int | None = None
    injured: int | None = None

    def note(verb: str, value: int) -> None:
        nonlocal killed, injured
        if _is_kill(verb):
            killed = _larger(killed, value)
        else:
            injured = _larger(injured, value)

    listed: list[tuple[int, int]] = []
    for m in _LIST_RE.finditer(text):
        if _HARM_OF_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
            continue  # ("the death of 2 service members and one civilian, and 3 others were injured": see _NOUN_OF_RE)
        if _told_as_condition(text, m.start()):
            listed.append(m.span())  # (and none of its items either)
            continue
        values = [
            _item_count(item.group("num"))
            for item in _ITEM_RE.finditer(m.group("items"))
            if _is_us_victim(item.group("victim"))
        ]
        if values and all(v is not None for v in values):
            note(m.group("verb"), sum(v for v in values if v is not None))
            listed.append(m.span())
    told_first: dict[str, int] = {}  # the first figure of each kind told victim-first
    chained: tuple[int, str, str, int] | None = None  # (end, kind, victim noun, running sum) of the last figure
    for m in _NOUN_FIRST_RE.finditer(text):
        if any(s <= m.start() < e for s, e in listed) or _told_as_condition(text, m.start()):
            continue  # (nor "he would hold Iran responsible if an American was killed")
        victim = m.group("victim") + (m.group("appos") or "")
        if (_preceded_by_of(text, m.start()) and not _ONE_OF_TOTAL_RE.search(text, max(0, m.start() - 8), m.start())) \
                or not (_is_us_victim(victim)
                                                    or _coalition_breakdown(text, m.end(), parse_number(m.group("num")))
                                                    or _people_on_the_base(text, m)):
            continue
        if m.group("victim").lower().endswith("others") and killed is None and injured is None:
            continue
        if re.match(r"of\s", m.group("victim"), re.IGNORECASE):
            continue
        value = parse_number(m.group("num"))
        if value is not None:
            if _APPOS_ONE_MORE_RE.match(m.group("appos") or ""):
                value += 1  # "two American personnel, as well as a member of the U.K. armed forces, have died"
            more = _ALONGSIDE_RE.match(text, m.end())
            if more is not None and _is_us_victim(more.group("victim")):
                value += parse_number(more.group("num")) or 0
            kind = "killed" if _is_kill(m.group("verb")) else "injured"
            if _OTHERS_RE.match(m.group("victim")) and kind in told_first:
                value += told_first[kind]  # "a service member was injured ..., and five other contractors were hurt"
            noun = _victim_noun(m.group("victim"))
            if chained is not None and chained[1] == kind and chained[2] != noun \
                    and _CLAUSE_JOIN_RE.fullmatch(text, chained[0], m.start()):
                value += chained[3]  # "five civilian contractors injured and one US service member injured"
            chained = (m.end(), kind, noun, value)
            told_first.setdefault(kind, value)
            note(m.group("verb"), value)
    for m in _VERB_FIRST_RE.finditer(text):
        verb = m.group("verb").lower()
        if verb in ("leaving", "left"):
            tail = re.match(r"\s*(?:dead|killed)", m.group("tail"), re.IGNORECASE)
            hurt = re.match(r"\s*(?:injured|wounded|hurt)", m.group("tail"), re.IGNORECASE)
            if not (tail or hurt):
                continue
            verb = "killed" if tail else "injured"
        contracted = _ALL_CONTRACTED_RE.match(text, m.end()) is not None
        if not (_is_us_victim(m.group("victim")) or _coalition_breakdown(text, m.end(), parse_number(m.group("num")))
                or (contracted and not _FOREIGN_RE.search(m.group("victim")))):
            continue
        if m.group("victim").lower().endswith("others") and killed is None and injured is None and not contracted:
            continue
        value = parse_number(m.group("num"))
        if value is not None:
            if _AND_ONE_MORE_RE.match(text[m.end():m.end() + 60]):
                value += 1
            else:
                more, items = _more_items(text, m.end())
                # "injuring seven U.S. personnel, five service members and two contractors": a total, then its parts
                if not (items >= 2 and more == value):
                    value += more
            note(verb, value)
    for m in _VERB_THE_ONE_RE.finditer(text):
        note(m.group("verb"), 1)
    for pattern in (_HEADLINE_ONE_RE, _HEADLINE_VERB_ONE_RE, _NAMED_ONE_RE):  # (one victim each)
        for m in pattern.finditer(text):
            note("killed" if m.group("verb").lower().startswith("die") else m.group("verb"), 1)
    # ("was among the five people injured" tells its verb; "caused four Americans to receive injuries" hurt them)
    for pattern in (_AMONG_THE_RE, _CAUSED_TO_RE):
        for m in pattern.finditer(text):
            value = parse_number(m.group("num"))
            if value is not None and _is_us_victim(m.group("victim")):
                note(m.groupdict().get("verb") or "injured", value)
    for m in _COUNT_HARM_RE.finditer(text):
        if _preceded_by_of(text, m.start()) or not _is_us_victim(m.group("victim") or m.group("victim2")) \
                or _TALLIED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # (not "the Pentagon had counted 69 injured service members during that time")
        value = parse_number(m.group("num"))
        if value is not None:
            note(m.group("adj") or m.group("noun"), value)
    for m in _CAUSED_HARM_RE.finditer(text):
        value = parse_number(m.group("num"))
        if value is not None:
            note(m.group("noun"), value)
    for m in _NOUN_OF_RE.finditer(text):
        if not _is_us_victim(m.group("victim")):
            continue
        value = parse_number(m.group("num"))
        if value is not None:
            # ("the death of 2 American service members and one American civilian")
            note(m.group("verb"), value + _more_items(text, m.end())[0])
            hurt = _AND_INJURIES_RE.match(text, m.end()) if _is_kill(m.group("verb")) else None
            if hurt is not None and (more := parse_number(hurt.group("num"))) is not None:
                note("injured", more)

    for m in _TOLL_RE.finditer(text):
        where = (m.group("dead_who") or m.group("hurt_who") or "") + m.group("mid")
        if _FOREIGN_RE.search(where) and not _US_RE.search(where):
            continue
        value = parse_number(m.group("num"))
        if value is not None:
            note("killed" if m.group("dead") else "injured", value)
    if killed is not None or injured is not None:
        for pattern in (_ELLIPSIS_RE, _ELLIPSIS_VERB_FIRST_RE):
            for m in pattern.finditer(text):
                value = parse_number(m.group("num"))
                if value is not None:
                    note(m.group("verb"), value)

    another = _KILLED_ONE_HURT_ANOTHER_RE.search(text)
    if another is not None and killed:
        # "a drone attack that killed an American contractor, wounded another and also hurt five U.S. troops"
        injured = (injured or 0) + 1
    also = _ALSO_LEFT_ONE_RE.search(text) if injured else None
    if also is not None and _read_casualties(text[:also.start()]).injured == injured:
        injured += 1  # "five others were wounded in a rocket attack that also left a U.S. service member with a concussion"
    if killed and (_NOT_FROM_ATTACK_RE.search(text)
                   or _CARDIAC_RE.search(text) and (not _DURING_THE_ATTACK_RE.search(text) or _NO_ATTACK_CAME_RE.search(text))):
        killed = None
    none_caused = _NONE_CAUSED_RE.search(text)
    if _SUPERSEDED_RE.search(text):
        return Casualties(killed, injured)  # "initially reported no casualties, but further details have emerged"
    zero_both = bool(_NONE_BOTH_RE.search(text) or _NONE_KILLED_OR_HURT_RE.search(text)
                     or (none_caused and none_caused.group("what").lower() != "injuries"))
    if none_caused and none_caused.group("what").lower() == "injuries":
        injured = 0 if injured is None else injured
    if zero_both or _NONE_KILLED_RE.search(text):
        killed = 0 if killed is None else killed
    if zero_both or _NONE_HURT_RE.search(text):
        injured = 0 if injured is None else injured
    return Casualties(killed, injured)


# Between two figures of one list of clauses: "one contractor killed, five contractors injured and one soldier injured".
_CLAUSE_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)


def _victim_noun(victim: str) -> str:
    """The last word of a victim phrase, singular and lower-case: two figures of different nouns count different people."""
    words = victim.split()
    return words[-1].lower().rstrip("s") if words else ""


# Victims told as others than those already counted: "five other contractors", "two others".
_OTHERS_RE = re.compile(r"others?\b", re.IGNORECASE)


def _is_kill(verb: str) -> bool:
    """Whether a matched harm word tells deaths (else injuries)."""
    return re.match(_KILL, verb, re.IGNORECASE) is not None


def _item_count(words: str) -> int | None:
    """How many people a list item counts: its number, or one for "another" / "a second"."""
    value = parse_number(words)
    if value is None and re.match(_ONE_MORE, words, re.IGNORECASE):
        return 1
    return value


def _more_items(text: str, at: int) -> tuple[int, int]:
    """The U.S./coalition people a verb-first list goes on to count after its first item, and in how many items."""
    added = items = 0
    while (m := _MORE_ITEM_RE.match(text, at)) is not None and _is_us_victim(m.group("victim")):
        value = parse_number(m.group("num"))
        if value is None:
            break
        added += value
        items += 1
        at = m.end()
    return added, items


def _told_as_condition(text: str, start: int) -> bool:
    """ "if an American was killed", "whether two soldiers were injured": a toll someone supposes."""
    return _CONDITION_BEFORE_RE.search(text, max(0, start - 12), start) is not None


# "one of three US troops injured in the attack": the one is of a total, and the total is the toll.
_ONE_OF_TOTAL_RE = re.compile(r"\bone\s+of\s+$", re.IGNORECASE)


def _preceded_by_of(text: str, start: int) -> bool:
    """ "one of the five injured" style re-counts start right after "of"; so do "two of the"."""
    # ("the loved ones of the three U.S. soldiers who were killed" is no re-count: no quantity before "of")
    return bool(re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|all|none|most"
                          r"|each|any|both|either|neither)\s+of\s+(?:the\s+|those\s+|these\s+)?$",
                          text[max(0, start - 30):start], re.IGNORECASE))


# Speed: the casualty patterns sit behind a literal pre-check (same answers, see numbers.py).
guard_patterns(
    globals(), "_NOUN_FIRST_RE", "_CAUSED_HARM_RE", "_VERB_FIRST_RE", "_VERB_THE_ONE_RE", "_NOUN_OF_RE", "_CAUSED_TO_RE", "_COUNT_HARM_RE", "_LIST_RE", "_NONE_BOTH_RE", "_NONE_HURT_RE",
    "_NONE_KILLED_RE", "_NONE_KILLED_OR_HURT_RE", "_ELLIPSIS_RE", "_ELLIPSIS_VERB_FIRST_RE", "_TOLL_RE", "_NONE_CAUSED_RE", "_FOREIGN_RE",
    "_NOT_FROM_ATTACK_RE", "_CARDIAC_RE", "_NO_ATTACK_CAME_RE", "_DURING_THE_ATTACK_RE", "_SUPERSEDED_RE", "_AMONG_THE_RE",
    "_HEADLINE_ONE_RE", "_KILLED_ONE_HURT_ANOTHER_RE", "_NAMED_ONE_RE", "_HEADLINE_VERB_ONE_RE",
)
