"""Weapons, munition counts and U.S./coalition casualty figures read from one passage."""

from __future__ import annotations

import pytest

from agents.classify.casualties import read_casualties
from agents.classify.weapons import find_weapons, munition_counts, total_munitions

WEAPON_CASES = [
    ("Two Katyusha rockets hit the perimeter.", ({"rocket"}, 2)),
    ("Of 14 rockets fired, three 107 mm rounds hit the airport.", ({"rocket"}, 14)),  # the three are some of the 14
    ("Three 107-mm (4.2-inch) rockets struck the base.", ({"rocket"}, 3)),
    ("Three explosives-laden drones targeted the base.", ({"drone"}, 3)),
    ("An unidentified drone struck the base.", ({"drone"}, 1)),
    ("While one drone was shot down, another impacted the landing zone.", ({"drone"}, 2)),
    ("Missile defense systems were deployed after two drones hit the base.", ({"drone"}, 2)),  # the defences
    ("Patriot missile batteries intercepted the drone.", ({"drone"}, None)),
    ("Both drones were shot down before reaching the base.", ({"drone"}, 2)),
    ("One rocket hit the base; another attack followed on Monday.", ({"rocket"}, 1)),
    ("A one-way attack drone was shot down.", ({"drone"}, 1)),
    ("Three suicide drones and a rocket were launched.", ({"drone", "rocket"}, 4)),
    ("The UAV crashed outside the fence.", ({"drone"}, 1)),  # one round, told in the singular
    ("A drone attack targeted the garrison.", ({"drone"}, None)),
    ("Iran fired a dozen ballistic missiles at the base.", ({"ballistic_missile"}, 12)),
    ("A roadside bomb struck a logistics convoy.", ({"ied"}, None)),
    ("The patrol came under small arms fire.", ({"gunfire"}, None)),
    ("Mortar rounds landed near the gate.", ({"mortar"}, None)),
    ("Fifteen rockets were fired, two of which hit the base.", ({"rocket"}, 15)),
    ("Officials gave no details of the attack.", (set(), None)),
    ("The rockets, identified as Katyusha missiles, hit two locations.", ({"rocket"}, None)),
    ("Two drones attacked the base overnight.", ({"drone"}, 2)),
    ("More than 30 rockets were fired at the base.", ({"rocket"}, 30)),
    ("Drones are harder to detect than rockets.", ({"drone"}, None)),
    ("Two drone attacks hit the base overnight.", ({"drone"}, None)),
    ("Sirens sounded and the drone was shot down over the base.", ({"drone"}, 1)),
    ("Another Katyusha rocket landed near the embassy compound.", ({"rocket"}, 1)),
    ("Two Iranian drones were shot down near the base.", ({"drone"}, 2)),
    ("The drones were shot down.", ({"drone"}, None)),
    ("The drone attack was repelled.", ({"drone"}, None)),
    ("Two \u201cexplosive-laden\u201d drones targeted the airport.", ({"drone"}, 2)),
    ("At least a dozen Iranian-produced ballistic missiles hit the city.", ({"ballistic_missile"}, 12)),
    ("Officials estimate between 11 and 14 rockets struck the base.", ({"rocket"}, None)),
    ("The raids answered the January 20 ballistic missile attack.", ({"ballistic_missile"}, None)),
    ("The crew fired roughly 20 unguided rockets from a truck.", ({"rocket"}, 20)),
    ("They launched two close-range ballistic missiles.", ({"ballistic_missile"}, 2)),
    ("Three medium-range missiles were fired.", ({"missile"}, 3)),
    ("Minutes later another combat drone struck the base.", ({"drone"}, 1)),
    ("Another Grad rocket on Monday evening fell inside the perimeter.", ({"rocket"}, 1)),
    ("Soldiers shot down another one-way attack drone near the garrison.", ({"drone"}, 1)),
    ("Soldiers shot down another two drones near the garrison.", ({"drone"}, 2)),
    ("One drone was intercepted while the other hit a hangar.", ({"drone"}, 2)),
    ("One rocket hit the base, the other side said.", ({"rocket"}, 1)),
    ("A bomb exploded beside a coalition supply convoy.", ({"ied"}, None)),
    ("The attackers used machine guns and rocket-propelled grenades.", ({"gunfire", "rocket"}, None)),
    ("The bomb squad cleared the road.", (set(), None)),
    ("Defences downed two drones over the base while another one failed to explode.", ({"drone"}, 3)),
    ("The group sent three weaponised drones from Syria and two from Iraq.", ({"drone"}, 5)),
    ("Two rockets hit the base and another attack followed.", ({"rocket"}, 2)),
    ("Two drones hit the base while another base was spared.", ({"drone"}, 2)),
]


@pytest.mark.parametrize(("text", "expected"), WEAPON_CASES, ids=[c[0][:40] for c in WEAPON_CASES])
def test_weapons_and_counts(text: str, expected: tuple) -> None:
    assert (find_weapons(text), total_munitions(munition_counts(text))) == expected


CASUALTY_CASES = [
    ("The strike wounded at least five American service members.", (None, 5)),
    ("Two U.S. soldiers were killed and 12 were wounded.", (2, 12)),
    ("No casualties were reported.", (0, 0)),
    ("There were no injuries, the spokesman said.", (None, 0)),
    ("Nobody was killed in the barrage.", (0, None)),
    ("No U.S. personnel were hurt.", (None, 0)),
    ("Four service members suffered minor injuries.", (None, 4)),
    ("Eight US Forces Suffer Traumatic Brain Injury in Syria Attack", (None, 8)),  # a headline's present tense
    ("A dozen troops were evaluated for traumatic brain injuries.", (None, 12)),
    ("A contractor working for the coalition was killed.", (1, None)),
    ("Three PMF fighters were killed in the blast.", (None, None)),
    ("The airstrike killed four militants.", (None, None)),
    ("Two Iraqi soldiers were wounded.", (None, None)),
    ("Several U.S. troops were injured.", (None, None)),
    ("One of the wounded Americans is in serious condition.", (None, None)),
    ("Six people, two of them U.S. contractors, were wounded.", (None, 6)),
    ("One embassy staff member was slightly injured, a security source said.", (None, 1)),
    ("One service member suffered a minor injury.", (None, 1)),
    ("Forty service members are now known to have been injured.", (None, 40)),
    ("Two soldiers were sent to Germany for treatment.", (None, None)),
    ("While casualties have not yet been reported, the group vowed more attacks.", (0, 0)),
    ("While casualties haven't been reported yet, the group vowed more attacks.", (0, 0)),
    ("The governor confirmed a drone hit the airport, dismissing reports of casualties or damage as false.", (0, 0)),
    ("Officials denied reports of damage and casualties at the base.", (0, 0)),
    ("He denied reports that the base was hit by rockets.", (None, None)),
    ("The missile struck the base, resulting in eight injured troops and minor damage.", (None, 8)),
    ("The attack led to three injuries to U.S. personnel.", (None, 3)),
    ("A contractor was killed and five others were wounded in a rocket attack that also left a U.S. service member "
     "with a concussion.", (1, 6)),
    ("The attack also left a U.S. service member with a concussion.", (None, 1)),
    ("Two injured Iraqi soldiers were treated at the base.", (None, None)),
    ("The Pentagon had counted 69 injured service members since October.", (None, None)),
    ("The drone was downed near the village without any human or material casualties.", (0, 0)),
    ("There was no damage to the base, nor injuries resulting from the attack.", (None, 0)),
    ("The attacks did not result in any causalities or material damages.", (0, 0)),  # a common misspelling
    ("The rockets struck without causing material damages or causalities, the statement read.", (0, 0)),
    ("A drone exploded inside the perimeter, but no significant damage or casualties were reported.", (0, 0)),
    ("The attack caused no significant losses, the Iraqi military said.", (None, None)),
    ("He said that no US or coalition forces or any equipment were injured.", (None, 0)),
    ("The embassy said there were no reports on casualties inside the compound.", (0, 0)),
    ("The drone was countered before causing any harm.", (0, 0)),
    ("Air defences brought the drone down without any losses.", (0, 0)),
    ("One service member at Mission Support Site Conoco received minor injury treatment.", (None, 1)),
    ("We had three U.S. service members who were injured.", (None, 3)),
    ("The attack did not result in injuries or material damage.", (None, 0)),
    ("Several were treated for minor injuries, but no serious injuries were reported.", (None, None)),
    ("A contractor died of a cardiac incident, which did not occur during the attack.", (None, None)),
    ("Four U.S. troops and a defense contractor were injured.", (None, 5)),
    ("Per Central Command, no injuries are life threatening.", (None, None)),
    ("No damage or casualties were reported from the attack.", (0, 0)),
    ("Rockets killed two American troops and one British soldier there.", (3, None)),
    ("Our condolences go to the loved ones of the three U.S. soldiers who were killed.", (3, None)),
    ("One of the five soldiers wounded was flown to Germany.", (None, None)),
    ("The attack caused only material damage.", (0, 0)),
    ("One soldier at Mission Support Site Conoco received treatment for a minor injury.", (None, 1)),
    ("The attack initially reported no casualties, but further details have now emerged.", (None, None)),
    # a second figure whose victims are left out: the same side's
    ("The drone killed three U.S. soldiers and wounded more than 40.", (3, 40)),
    ("The barrage killed one American and wounded six.", (1, 6)),
    ("The blast wounded more than 40 Iraqi soldiers.", (None, None)),
    ("Three service personnel were killed, including two Americans, and a dozen more injured.", (3, 12)),
    # a list with people of another side, and items that say where they come from
    ("Three personnel from the US-led coalition in Iraq and two Iraqis have been injured.", (None, 3)),
    ("Two Iraqis and one Syrian were wounded.", (None, None)),
    ("It killed an American contractor and wounded a U.S. service member and five other contractors.", (1, 6)),
    ("It killed two U.S. soldiers and two Iraqi soldiers.", (2, None)),
    ("There were no U.S. or coalition casualties.", (0, 0)),
    ("A contractor was killed and five U.S. service members and another contractor were wounded.", (1, 6)),
    ("The attack caused no human or material losses.", (0, 0)),
    ("The attack caused no material losses.", (None, None)),
    ("The attack resulted in no damage or injuries.", (None, 0)),
    # running tolls
    ("The number of U.S. troops injured has risen to 56.", (None, 56)),
    ("The Pentagon raised the number of injured to 40.", (None, 40)),
    ("The number of Iraqi soldiers killed rose to 17.", (None, None)),
    ("Three coalition service members have been killed and another 12 wounded.", (3, 12)),
    ("Central Command said three service members were killed and 34 injured in the drone attack.", (3, 34)),
    ("The drone killed two American troops and left 19 more injured.", (2, 19)),
    ("Two Iraqi soldiers were killed and three wounded.", (None, None)),
    ("One American serviceman was lightly injured, the channel said.", (None, 1)),
    ("Two U.S. soldiers, as well as a member of the British armed forces, died in the attack.", (3, None)),
    ("Two U.S. soldiers, including a medic, were killed.", (2, None)),
    ("The rockets caused no injuries, casualties or damage, the coalition said.", (0, 0)),
    ("The strike caused material damage only.", (0, 0)),
    ("No U.S. service members were seriously hurt.", (None, None)),
    ("No one was badly wounded, officials said.", (None, None)),
    ("Some rockets hit the base and caused four Americans to receive traumatic brain injuries.", (None, 4)),
    ("The spokesman said three members of the Coalition were wounded.", (None, 3)),
    # a total followed by its parts, and a list that only adds up
    ("The rockets landed late on Monday, injuring seven U.S. personnel, five service members and two contractors.",
     (None, 7)),
    ("The rockets wounded two U.S. soldiers and two contractors.", (None, 4)),
    ("The military initially assessed no casualties, but a later review found some personnel had minor injuries.",
     (None, None)),
    ("At least 30 Guardsmen were injured in the strike.", (None, 30)),
    ("Officials said 20-plus National Guard members were hurt.", (None, 20)),
    ("The blast killed two Fort Bliss, Texas-based Army Reserve soldiers.", (2, None)),
    # (a comma before a lower-case word closes the count's phrase)
    ("The station reported, citing a source, that several U.S. soldiers were killed.", (None, None)),
    ("The statement said the attack did not result in any human or material losses.", (0, 0)),
    ("A U.S. contractor died of heart failure while sheltering.", (None, None)),
    ("A rocket landed in the heart of the Green Zone, killing two U.S. contractors.", (2, None)),
    # "people" broken down, to the last one, into coalition people
    ("The rockets injured seven people, six of them contractors and a U.S. soldier.", (None, 7)),
    ("Four other people were also hurt (three U.S. troops and one contractor).", (None, 4)),
    ("The rockets injured seven people, two of them U.S. contractors.", (None, None)),
    ("Three people were hurt (two U.S. soldiers and an Iraqi interpreter).", (None, None)),
    ("An official said there were no reports of injured U.S. personnel.", (None, 0)),
    ("There were no reports of injured Iraqi soldiers.", (None, None)),
    # the others who died with the one named, and the wounded counted after the dead
    ("A British military medic has died alongside two Americans after the rocket attack.", (3, None)),
    ("A British soldier died along with two American troops.", (3, None)),
    ("One American contractor was killed together with two Iraqi workers.", (1, None)),
    ("CENTCOM confirmed the deaths of three service members and at least 34 injuries from the drone attack.", (3, 34)),
    # people a trailing "all ..." places in the coalition's employ
    ("The blast killed one person and injured five others, all employed by firms contracted with the coalition.", (1, 5)),
    ("The blast killed one person and injured five others, all of them Iraqi passers-by.", (None, None)),
    ("One person was killed when a rocket hit a house near the airport.", (None, None)),
    ("We are not aware of any casualties among United States forces at this time.", (0, 0)),
    ("We are not aware of any damage.", (None, None)),
    ("An official said a drone attack in Syria injured the service member, who soon returned to duty.", (None, 1)),
    ("The blast killed the soldier's brother.", (None, None)),
    ('Twenty troops suffered what officials characterized as "minor injuries" when drones hit the base.', (None, 20)),
    ("Four soldiers suffered what officials described as injuries.", (None, 4)),
    # a toll told as a condition
    ("He warned that he would hold Iran responsible if an American was killed.", (None, None)),
    ("Officials would not say whether two soldiers were injured.", (None, None)),
    ("If two soldiers and a contractor were hurt, the toll would rise.", (None, None)),
    ("Two soldiers were injured, if only slightly.", (None, 2)),
    ("No lives were lost in the attack, the coalition said.", (0, None)),
    ("There was no loss of American life.", (0, None)),
    # people hurt where the attack hit a base are the base's people; elsewhere they are anyone
    ("At least nine people were injured in the attack on the Balad military camp north of Baghdad.", (None, 9)),
    ("Eleven other people were hurt when 20 small rockets struck Camp Taji on Tuesday.", (None, 11)),
    ("Four people were wounded in the rocket attack on the base, officials said.", (None, 4)),
    ("At least 15 people were killed in an air attack on a base used by Iranian forces near the border.", (None, None)),
    ("Four people were killed in a drone strike on a PMF base in Babil.", (None, None)),
    ("Two people were hurt when rockets hit a residential area near the airport.", (None, None)),
    ("Two people were hurt near the base when the rockets fell short.", (None, None)),
    # nobody hurt, said in other words
    ("Only material damage was reported at the site.", (0, 0)),
    ("Air defences destroyed the drone, preventing any casualties.", (0, 0)),
    ("Neither U.S. nor coalition troops were hurt or killed.", (0, 0)),
    ("Neither Syrian soldiers nor civilians were hurt or killed.", (None, None)),
    ("No injuries, fatalities or damage were recorded.", (0, 0)),
    # an official's words quoted inside the count
    ("Eleven U.S. troops sustained \"minor injuries\" in the strike.", (None, 11)),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_CASES, ids=[c[0][:40] for c in CASUALTY_CASES])
def test_casualties(text: str, expected: tuple) -> None:
    reading = read_casualties(text)
    assert (reading.killed, reading.injured) == expected
