"""Bulgarian reports read through the Bulgarian phrase table (data/gloss/bg.tsv): the article joined to the end of
the noun and the side adjectives ("американската база", "американските войници"), weekdays with their preposition
("във вторник", "миналия понеделник", "в понеделник вечерта"), dates written "на 24 януари" and in digits, base
names as Bulgarian spells them (Айн ал Асад, Ал Танф, Кула 22, Коноко, Ал Омар), numerals with the count form
("четири минохвъргачни снаряда"), casualty and claim phrases ("нямаше жертви", "отговорност за атаката пое"), and
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
        "a drone attack on a named air base on a weekday ('във вторник')",
        "",
        "Във вторник дрон атакува авиобазата Айн ал Асад в Западен Ирак, където са разположени американски "
        "войници. Според Пентагона дронът е бил свален от противовъздушната отбрана и няма щети.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('на 24 януари'), 'без да причинят жертви'",
        "",
        "Най-малко пет ракети паднаха на 24 януари в авиобазата Харир, северно от Ербил, без да причинят "
        "жертви, съобщи източник от службите за сигурност.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('бяха леко ранени')",
        "",
        "Трима американски войници бяха леко ранени в сряда, когато дрон порази базата Ал Танф в Южна Сирия, "
        "съобщи Пентагонът. Състоянието им е стабилно.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "Katyusha rockets near the embassy in the Green Zone, 'нямаше жертви'",
        "",
        "Две ракети Катюша паднаха в неделя близо до американското посолство в Багдад, във Зелената зона. "
        "Нямаше жертви, съобщи иракски източник от сигурността.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        "a claim ('пое отговорност') of a drone attack on the Conoco field, no injuries",
        "",
        "Ислямската съпротива в Ирак пое отговорност за атаката с два дрона в четвъртък срещу американската "
        "база в газовото находище Коноко в Източна Сирия. Няма пострадали.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, 0,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        'two bases in one article, on Saturday',
        "",
        "В събота дрон атакува авиобазата Айн ал Асад в Ирак. Няколко часа по-късно три ракети паднаха в "
        "базата Ал Танф в Сирия, съобщиха американски служители.",
        "2024-01-22",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['drone'], 1, None, None, None),
            ('Al-Tanf Garrison', 'Syria', '2024-01-20', ['rocket'], 3, None, None, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 ('Кула 22')",
        "",
        "Трима американски войници бяха убити и 34 бяха ранени при атака с дрон срещу Кула 22 в Североизточна "
        "Йордания в неделя, съобщи Централното командване на САЩ.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "last Monday ('миналия понеделник'), drones downed near Erbil airport, 'никой не е пострадал'",
        "",
        "Миналия понеделник два дрона, натоварени с експлозиви, бяха свалени близо до международното летище "
        "на Ербил, където са разположени сили на международната коалиция. Никой не е пострадал.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-22', ['drone'], 2, None, 0, None),
        ],
    ),
    (
        "Monday night ('в понеделник вечерта'), mortar shells on the Victory base",
        "",
        "В понеделник вечерта четири минохвъргачни снаряда паднаха в базата Виктори близо до летището на "
        "Багдад, съобщиха два източника от сигурността.",
        "2024-01-26",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-22', ['mortar'], 4, None, None, None),
        ],
    ),
    (
        "yesterday ('вчера'), rockets at Shaddadi, minor injuries",
        "",
        "Вчера ракети поразиха базата на коалицията в Шадади, в провинция Хасака в Сирия. Двама войници "
        "получиха леки наранявания, съобщи американски служител.",
        "2024-01-26",
        [
            ('Shaddadi', 'Syria', '2024-01-25', ['rocket'], None, None, 2, None),
        ],
    ),
    (
        "a date in digits ('10.03.2024'), rockets at Rumalyn, no casualties or damage",
        "",
        "На 10.03.2024 г. седем ракети бяха изстреляни срещу базата Рмейлан в Североизточна Сирия, без жертви "
        "и материални щети, съобщиха източници.",
        "2024-03-11",
        [
            ('Rumalyn Landing Zone', 'Syria', '2024-03-10', ['rocket'], 7, 0, 0, None),
        ],
    ),
    (
        'an unnamed base, at dawn on Thursday, Iran-backed militias',
        "",
        "Атака с дрон на подкрепяни от Иран милиции порази рано сутринта в четвъртък американска база в "
        "Сирия, без жертви, заяви американски служител.",
        "2024-01-26",
        [
            (None, 'Syria', '2024-01-25', ['drone'], None, 0, 0, None),
        ],
    ),
    (
        'U.S. airstrikes on Kataib Hezbollah in retaliation: no attack on U.S. forces',
        "",
        "Съединените щати нанесоха в петък въздушни удари срещу позиции на Катаиб Хизбула в Ирак и Сирия в "
        "отговор на атаките срещу американските сили.",
        "2024-02-03",
        [],
    ),
    (
        'Houthi missiles at a merchant ship: no attack on U.S. forces',
        "",
        "Хуситите в Йемен изстреляха във вторник две балистични ракети срещу търговски кораб в Червено море, "
        "без да има пострадали от екипажа.",
        "2024-02-07",
        [],
    ),
    (
        'Israeli strikes near Damascus: no attack on U.S. forces',
        "",
        "Израелски удари поразиха в неделя позиции на проирански милиции край Дамаск и убиха четирима бойци, "
        "съобщи Сирийската обсерватория за правата на човека.",
        "2024-02-05",
        [],
    ),
    (
        'withdrawal talks: no attack',
        "",
        "Багдад и Вашингтон започнаха преговори за изтеглянето на силите на коалицията от Ирак. "
        "Правителството заяви, че диалогът ще продължи през следващите седмици.",
        "2024-01-27",
        [],
    ),
    (
        "the attack on al-Omar oil field claimed with 'отговорност за атаката пое'",
        "",
        "Отговорност за атаката пое Ислямската съпротива в Ирак, която заяви, че в петък е атакувала с "
        "дронове американската база в нефтеното находище Ал Омар в провинция Дейр ез Зор.",
        "2024-02-04",
        [
            ('Green Village', 'Syria', '2024-02-02', ['drone'], None, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "French soldiers wounded at a joint base ('френски войници')",
        "",
        "Най-малко шестима френски войници бяха ранени в четвъртък при атака с дрон срещу обща база в Северен "
        "Ирак.",
        "2026-03-13",
        [
            (None, 'Iraq', '2026-03-12', ['drone'], None, None, 6, None),
        ],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Според американското министерство на отбраната атака с дрон порази база на коалицията в Северен Ирак и "
    "няколко войници бяха леко ранени. Отговорност пое въоръжена групировка, близка до Иран, която и преди е "
    "изстрелвала ракети срещу американските сили.",
])
def test_language_of_picks_bulgarian(text: str) -> None:
    assert language_of(text) == "bg"
