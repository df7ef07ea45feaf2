"""Claims, denials and attributions, with group spellings folded to canonical names."""

from __future__ import annotations

import pytest

from agents.classify.claimants import canonical_group, read_claims

CASES = [
    ("'We announce the suspension of our operations against the occupation forces,' Kataib Hezbollah said in a statement.", (None, False, ())),
    ("Kataib Hezbollah, which claimed responsibility for the attack, also announced a suspension of operations.", ("Kataib Hezbollah", False, ())),
    ("The Islamic Resistance in Iraq claimed the drone attack, the first since a truce took effect.", ("Islamic Resistance in Iraq", False, ())),
    ("The Islamic Resistance in Iraq claimed responsibility for the drone strike.", ("Islamic Resistance in Iraq", False, ())),
    ("The attack was claimed by the Iraqi Islamic Resistance Movement.", ("Islamic Resistance in Iraq", False, ())),
    ("Hamas, the Islamic Resistance Movement, claimed the attack.", (None, False, ())),
    ("Kata'ib Hizballah said it had targeted the occupation base with rockets.", ("Kataib Hezbollah", False, ())),
    ("The strike was claimed by Harakat Hezbollah al-Nujaba.", ("Harakat al-Nujaba", False, ())),
    ("A faction calling itself Ashab al-Kahf took responsibility.", ("Ashab al-Kahf", False, ())),
    ("The IRI endorsed the operation in a Telegram post.", ("Islamic Resistance in Iraq", False, ())),
    ("A second volley, also claimed by the same group, fell short.", (None, True, ())),
    ("Kataib Hezbollah denied any role and called the claim fabricated.", (None, False, ("Kataib Hezbollah",))),
    ("Washington blamed Kataib Sayyid al-Shuhada for the attack.", (None, False, ())),
    ("Officials attributed the barrage to Asaib Ahl al-Haq.", (None, False, ())),
    ("Such assaults are typically claimed by the Islamic Resistance in Iraq.", (None, False, ())),
    ("The shells were believed to have been launched by the Islamic Resistance in Iraq.", (None, False, ())),
    ("The attack was thought to be carried out by Kataib Hezbollah.", (None, False, ())),
    ("The shells were launched by the Islamic Resistance in Iraq, the group said.", ("Islamic Resistance in Iraq", False, ())),
    ("The Islamic Resistance in Iraq claimed responsibility for the majority of the attacks.", (None, False, ())),
    ("The Islamic Resistance in Iraq has claimed responsibility for most of the dozens of recent attacks on U.S. "
     "forces.", (None, False, ())),
    ("A channel linked to Kataib Hezbollah announced that attacks would resume.", (None, False, ())),
    ("The leader of Harakat al-Nujaba gave a speech in Basra.", (None, False, ())),
    ("The Islamic Resistance in Lebanon claimed a strike on a northern Israeli town.", (None, False, ())),
    ("The Islamic Resistance in Iraq, a network of militias affiliated with the Islamic Revolutionary Guard Corps "
     "(IRGC), claimed responsibility for the attack.", ("Islamic Resistance in Iraq", False, ())),
    ("The Islamic Resistance in Iraq said it has targeted at least three U.S. occupation bases.",
     ("Islamic Resistance in Iraq", False, ())),
    ("The Islamic Resistance in Iraq's fighters carried out a drone strike on the base.",
     ("Islamic Resistance in Iraq", False, ())),
    ("Kataib Hezbollah, which is backed by the Revolutionary Guards, denied any role.",
     (None, False, ("Kataib Hezbollah",))),
    # someone else's statement, and a statement not yet made
    ("The jets hit depots of Kataib Hezbollah, according to a statement by the U.S. Central Command.", (None, False, ())),
    ("The raids answer an attack by Kataib Hezbollah on Harir air base today, the Defense Secretary said in a statement.",
     (None, False, ())),
    ("The drone strikes were allegedly carried out by Kataib Hezbollah.", (None, False, ())),
    ("The strike was claimed by a group calling itself the Islamic Resistance in Iraq.",
     ("Islamic Resistance in Iraq", False, ())),
    ("Hours earlier Ashab al-Kahf falsely claimed bombing a convoy at the border.", (None, False, ())),
    ("ISIS claimed that its cells had shelled a coalition base near Shaddadi.", ("Islamic State", False, ())),
    ("The Islamic Revolutionary Guard has confirmed that it launched missiles at the base.",
     ("Islamic Revolutionary Guard Corps", False, ())),
    # the group the coalition fights is no speaker, however its name is spelled again
    ("Rockets struck the base, the coalition against Islamic State (IS, formerly ISIS) said in a statement.",
     (None, False, ())),
    ("A contractor was killed, the coalition fighting Islamic State said in a statement.", (None, False, ())),
    ("Kataib Hezbollah has yet to issue a statement; observers doubted the targets, claiming they were empty.",
     (None, False, ())),
    # a patron named after "backed by", however the country is put before it
    ("Militias backed by the Iran Revolutionary Guard Corps were behind the attack that targeted the base.", (None, False, ())),
    # a claim not made
    ("The Islamic Resistance in Iraq didn't explicitly claim responsibility for the drone attack.", (None, False, ())),
    ("Kataib Hezbollah did not claim the rocket attack, and no other group did either.", (None, False, ())),
    ("Harakat al-Nujaba never claimed the attack on the base.", (None, False, ())),
    ("Kataib Hezbollah claimed the attack, which did not cause casualties.", ("Kataib Hezbollah", False, ())),
    # an appositive naming the patron; groups outside the list, introduced by name in their claim
    ("The Islamic Resistance in Iraq, a network of militias tied to Iran's Revolutionary Guards, claimed the strike.",
     ("Islamic Resistance in Iraq", False, ())),
    ("A little-known group named Tashkeel al-Waritheen claimed responsibility.", ("Tashkil al-Waritheen", False, ())),
    ("A militia that calls itself \u2018The Northern Vanguard\u2019 posted a video of the launch.", (None, False, ())),
    ("Saraya Awlia al-Dam took credit for the rocket attack.", ("Saraya Awliya al-Dam", False, ())),
    ("A group calling itself the Sons of the Northern Plains claimed the strike.", ("Sons of the Northern Plains", False, ())),
    ("A militia group that calls itself \u2018The Northern Vanguard\u2019 has claimed responsibility for the attack.",
     ("Northern Vanguard", False, ())),
    # an appositive that names a member group, or says what the group stands for
    ("Officials said the Islamic Resistance in Iraq, a coalition that includes Kataib Hezbollah, claimed the attack.",
     ("Islamic Resistance in Iraq", False, ())),
    ("Several factions, including Kataib Hezbollah, claimed the attack.", ("Kataib Hezbollah", False, ())),
    ("A group calling itself the Islamic Resistance in Iraq, believed to represent several armed factions, claimed "
     "the drone strikes.", ("Islamic Resistance in Iraq", False, ())),
    ("Kataib Hezbollah, believed to be behind the strike, said nothing.", (None, False, ())),
]

GROUP_CLAIMS = [
    ("The group claimed credit for an explosive drone attack on Erbil air base.", (True, None)),
    ("The faction later said it had carried out both operations.", (True, None)),
    ("The group said in an online statement that its fighters fired rockets at a base near Erbil airport.", (True, None)),
    ("Kataib Hezbollah is a radical Shiite group active in Iraq.", (False, "Kataib Hezbollah")),
    ("The group's leader gave a speech.", (False, None)),
    ("In addition, the Resistance claimed responsibility for a drone attack on the Harir base.", (True, None)),
]


@pytest.mark.parametrize(("sentence", "expected"), GROUP_CLAIMS, ids=[c[0][:40] for c in GROUP_CLAIMS])
def test_unnamed_group_claims_and_the_last_group_named(sentence: str, expected: tuple) -> None:
    reading = read_claims(sentence)
    assert (reading.group_claimed, reading.last_group) == expected


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_read_claims(sentence: str, expected: tuple) -> None:
    reading = read_claims(sentence)
    assert (reading.claimant, reading.same_group, reading.denied) == expected


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [("Kataeb Hezbollah", "Kataib Hezbollah"), ("KSS", "Kataib Sayyid al-Shuhada"), ("al-Thawriyun", "al-Thawriyoun"),
     ("Saraya Qassem al-Jabbarin", "Saraya Qasem al-Jabarin"), ("Ansar Allah", "Houthis"), ("unknown band", None)],
)
def test_canonical_group(spelling: str, canonical: str | None) -> None:
    assert canonical_group(spelling) == canonical
