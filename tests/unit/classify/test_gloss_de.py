"""German reports read through the German phrase table (data/gloss/de.tsv): compounds (Drohnenangriff,
Militärstützpunkt, US-Soldaten), dates written "am 24. Januar" or "am Dienstagabend", casualty and claim phrases, and
near-misses that must give no attack.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from agents.classify.glossing import language_of

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, title, text, published, events)
CASES = [
    (
        "a drone attack on a named air base on a weekday ('am Montag')",
        "Drohnenangriff auf US-Stützpunkt im Irak",
        "Eine Drohne hat am Montag den Luftwaffenstützpunkt Ain al-Assad im Westirak angegriffen. Die Drohne wurde "
        "nach Angaben des Pentagons von der Luftabwehr abgeschossen.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "a count of rockets and a written date ('am 24. Januar'), the participle last",
        "",
        "Mindestens fünf Raketen sind am 24. Januar auf dem Militärstützpunkt Harir nördlich von Erbil "
        "eingeschlagen, wie Sicherheitskreise mitteilten.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-24", ["rocket"], 5, None, None, None)],
    ),
    (
        "wounded soldiers ('wurden leicht verletzt, als eine Drohne ... angriff')",
        "",
        "Drei US-Soldaten wurden leicht verletzt, als eine Drohne am Mittwoch den Stützpunkt Al-Tanf in Syrien "
        "angriff. Das teilte das Pentagon mit.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], 1, None, 3, None)],
    ),
    (
        "Katyusha rockets on Baghdad airport on 'Dienstagabend', and 'Es gab keine Verletzten'",
        "",
        "Zwei Katjuscha-Raketen schlugen am Dienstagabend in der Nähe des Stützpunkts Victory am Flughafen Bagdad "
        "ein. Es gab keine Verletzten.",
        "2024-01-26",
        [("Victory Base Complex", "Iraq", "2024-01-23", ["rocket"], 2, None, 0, None)],
    ),
    (
        "a claim: 'bekannte sich zu dem Drohnenangriff'",
        "",
        "Der Islamische Widerstand im Irak bekannte sich zu dem Drohnenangriff auf den Stützpunkt Harir am "
        "Donnerstag. Über Schäden wurde nichts bekannt.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a claim written 'reklamierte ... für sich', the attack dated 'vom Dienstag'",
        "",
        "Die Kataib Hisbollah reklamierte den Raketenangriff auf den Stützpunkt Ain al-Assad vom Dienstag für sich.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "rockets by the U.S. embassy in the Green Zone, 'Verletzt wurde niemand'",
        "",
        "Am frühen Sonntag schlugen drei Raketen in der Nähe der US-Botschaft in der Grünen Zone von Bagdad ein. "
        "Verletzt wurde niemand.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], 3, None, 0, None)],
    ),
    (
        "two bases in one sentence, passive with the participle last",
        "",
        "Am Mittwoch wurden der Stützpunkt Ain al-Assad und der Flughafen Erbil mit Drohnen angegriffen.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
        ],
    ),
    (
        "two bases with a separable verb ('griffen ... an')",
        "",
        "Drohnen griffen am Mittwoch die Stützpunkte Ain al-Assad und Harir an.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
        ],
    ),
    (
        "soldiers killed 'bei einem Drohnenangriff' at Tower 22 in Jordan",
        "",
        "Bei einem Drohnenangriff auf den Außenposten Tower 22 im Nordosten Jordaniens wurden am Sonntag drei "
        "amerikanische Soldaten getötet.",
        "2024-01-29",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, None, None)],
    ),
    (
        "'in der Nacht zum Montag' on the Conoco gas field, mortar shells",
        "",
        "In der Nacht zum Montag wurde das Conoco-Gasfeld in der Provinz Deir ez-Zor mit Mörsergranaten beschossen. "
        "Über Opfer ist nichts bekannt.",
        "2024-01-29",
        [("Mission Support Site Euphrates", "Syria", "2024-01-29", ["mortar"], None, None, None, None)],
    ),
    (
        "a suicide drone crashing ('stürzte ... ab') on a base on 'Samstagabend'",
        "",
        "Eine Kamikazedrohne stürzte am Samstagabend auf den Stützpunkt Schaddadi im Nordosten Syriens ab, wie "
        "Sicherheitskreise berichteten.",
        "2024-01-29",
        [("Shaddadi", "Syria", "2024-01-27", ["drone"], 1, None, None, None)],
    ),
    (
        "a subordinate clause closing with participle and auxiliary ('dass ... verletzt wurden')",
        "",
        "Das Pentagon teilte mit, dass am Samstag vier US-Soldaten leicht verletzt wurden, als zwei Raketen auf dem "
        "Stützpunkt Ain al-Assad einschlugen.",
        "2024-01-29",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-27", ["rocket"], 2, None, 4, None)],
    ),
    (
        "a contractor and 'ein weiterer' among the wounded ('seien verletzt worden')",
        "",
        "Bei einem Drohnenangriff auf den Stützpunkt Al-Tanf sind am Montag vier US-Soldaten und ein weiterer "
        "US-Unternehmensmitarbeiter verletzt worden, teilte das Pentagon mit.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], None, None, 5, None)],
    ),
    (
        "the umbrella group written as a 'front' ('Islamische Front für den irakischen Widerstand')",
        "",
        "Die Islamische Front für den irakischen Widerstand bekannte sich am Freitag zu einem Drohnenangriff auf "
        "den Stützpunkt Harir, wie die Gruppe auf ihrem Telegram-Kanal mitteilte.",
        "2024-01-27",
        [("Harir Air Base", "Iraq", "2024-01-26", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "near-miss: the embassy warns of possible attacks ('warnte vor möglichen Angriffen')",
        "Botschaft warnt vor Angriffen",
        "Die US-Botschaft in Bagdad warnte am Sonntag US-Bürger vor möglichen Angriffen und riet ihnen, große "
        "Versammlungen zu meiden. Eine Miliz hatte zuvor gedroht, US-Interessen ins Visier zu nehmen.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: U.S. airstrikes on pro-Iranian militias",
        "US-Luftangriffe in Syrien",
        "US-Kampfflugzeuge haben in der Nacht zum Freitag Stellungen pro-iranischer Milizen im Osten Syriens "
        "bombardiert. Das Pentagon sprach von einer Reaktion auf die Angriffe der vergangenen Wochen.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Houthi attacks on ships in the Red Sea",
        "Huthi-Rebellen greifen erneut Schiffe an",
        "Die Huthi-Rebellen im Jemen haben am Sonntag erneut Handelsschiffe im Roten Meer mit Drohnen und Raketen "
        "angegriffen. Ein Zerstörer der US-Marine fing mehrere Drohnen ab.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli strikes near Damascus",
        "Israelische Angriffe in Syrien",
        "Israelische Kampfjets griffen am Dienstag Ziele in der Nähe von Damaskus an. Nach Angaben der syrischen "
        "Armee wurden dabei mehrere Raketen abgefangen, die von den Golanhöhen abgefeuert worden seien.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of U.S. troops",
        "Gespräche über Truppenabzug",
        "Die Regierung in Bagdad und Washington haben Gespräche über den Abzug der US-Truppen aus dem Irak "
        "aufgenommen. Die Koalition soll ihre Präsenz in den kommenden Monaten verringern, sagte ein Sprecher.",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, _, _, _, want in CASES]


@pytest.mark.parametrize("text", [
    "Bei einem Drohnenangriff auf einen Stützpunkt der internationalen Koalition im Norden des Irak sind nach "
    "Angaben des Pentagons mehrere Soldaten verletzt worden. Die Drohne sei am späten Abend eingeschlagen, hieß es "
    "in einer Mitteilung. Zu dem Angriff bekannte sich eine Gruppe, die mit dem Iran verbündet ist.",
])
def test_language_of_picks_german(text: str) -> None:
    assert language_of(text) == "de"
