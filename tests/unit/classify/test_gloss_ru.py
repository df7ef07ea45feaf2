"""Russian reports read through the Russian gloss (agents/classify/data/gloss/ru.tsv).

Every sentence here is written for these tests: weekdays and written dates, counts in words and digits,
casualties and their absence, claims, the embassy, two bases in one story, and near-misses that report no
attack on U.S. forces (U.S. strikes on militias, Houthi attacks on ships, Israeli strikes, withdrawal talks).
"""

from __future__ import annotations

from agents.classify.glossing import language_of

FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, events)
CASES = [
    (
        "a drone on a named base on a weekday, 'Жертв нет': no one hurt",
        "Беспилотник атаковал американскую военную базу Айн аль-Асад на западе Ирака в понедельник. "
        "Жертв нет, сообщил источник в силовых структурах.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, 0, 0, None)],
    ),
    (
        "rockets counted in words, on a written date",
        "Не менее пяти ракет было выпущено 25 октября по базе США в Эт-Танфе на юге Сирии, сообщил телеканал.",
        "2023-10-27",
        [("Al-Tanf Garrison", "Syria", "2023-10-25", ["rocket"], 5, None, None, None)],
    ),
    (
        "'the morning of 9 November', a base by its oil field",
        "Ранним утром 9 ноября база в районе нефтяного месторождения Эль-Омар подверглась ракетному обстрелу, "
        "сообщили местные источники.",
        "2023-11-09",
        [("Green Village", "Syria", "2023-11-09", ["rocket"], None, None, None, None)],
    ),
    (
        "'Wednesday night', the air base by its city, three service members wounded",
        "В среду вечером авиабаза Эрбиль подверглась ракетному обстрелу. В результате атаки ранены трое "
        "американских военнослужащих, заявили в Пентагоне.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, 3, None)],
    ),
    (
        "two suicide drones, 'none of the American troops was hurt'",
        "Два дрона-камикадзе атаковали базу Харир в Иракском Курдистане во вторник. Никто из американских "
        "военных не пострадал.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-23", ["drone"], 2, None, 0, None)],
    ),
    (
        "a claim told 'responsibility ... was taken by the group'",
        "Ответственность за атаку на базу в Эш-Шаддади в четверг взяла на себя группировка "
        "«Исламское сопротивление в Ираке».",
        "2024-01-26",
        [("Shaddadi", "Syria", "2024-01-25", ["unknown"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a claim told 'the group said that it attacked'",
        "Группировка «Катаиб Хезболла» заявила, что атаковала беспилотниками американскую базу Тель-Бейдар "
        "в провинции Хасеке в среду.",
        "2024-01-26",
        [("Tal Baidar", "Syria", "2024-01-24", ["drone"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "Katyushas on the embassy, no injuries reported",
        "Несколько ракет типа «Катюша» упали на территорию посольства США в Багдаде в воскресенье. "
        "О пострадавших не сообщается.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], None, None, 0, None)],
    ),
    (
        "two bases in one sentence, 'last Friday'",
        "В минувшую пятницу американские базы Айн аль-Асад и Харир были атакованы беспилотниками.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-19", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-19", ["drone"], None, None, None, None),
        ],
    ),
    (
        "a drone attack with its dead and wounded",
        "В результате атаки беспилотника на базу Тауэр 22 в Иордании в воскресенье погибли трое американских "
        "военнослужащих, более 30 получили ранения.",
        "2024-01-26",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], None, 3, 30, None)],
    ),
    (
        "a roadside bomb by a coalition convoy, nobody hurt",
        "Придорожная бомба взорвалась рядом с логистическим конвоем коалиции на юге Ирака в четверг, никто не "
        "пострадал.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-25", ["ied"], None, None, 0, None)],
    ),
    (
        "two ballistic missiles near the base at Erbil airport",
        "Во вторник две баллистические ракеты упали рядом с американской базой в аэропорту Эрбиля.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-23", ["ballistic_missile"], 2, None, None, None)],
    ),
    (
        "'came under drone attack' at the Conoco field, 'there were no casualties'",
        "Военная база США на газовом месторождении Конико подверглась атаке беспилотников в субботу. "
        "Обошлось без жертв.",
        "2024-01-26",
        [("Mission Support Site Euphrates", "Syria", "2024-01-20", ["drone"], None, 0, 0, None)],
    ),
    (
        "a convoy attacked, two contractors wounded",
        "В понедельник проиранские боевики обстреляли американский конвой в провинции Анбар, ранены двое "
        "подрядчиков.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-22", ["unknown"], None, None, 2, None)],
    ),
    (
        "U.S. airstrikes on militias: no attack on U.S. forces",
        "Американская авиация нанесла авиаудары по позициям проиранских группировок в провинции Дейр-эз-Зор "
        "в понедельник.",
        "2024-01-26",
        [],
    ),
    (
        "Houthis firing on a ship: no attack on U.S. forces",
        "Хуситы атаковали торговое судно в Красном море ракетами в среду.",
        "2024-01-26",
        [],
    ),
    (
        "Israeli strikes near Damascus: no attack on U.S. forces",
        "Израильские самолеты нанесли удары по объектам в окрестностях Дамаска во вторник.",
        "2024-01-26",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "Багдад и Вашингтон продолжили переговоры о выводе войск международной коалиции из Ирака.",
        "2024-01-26",
        [],
    ),
    (
        "'Ранее сообщалось, что': an earlier report of no day is no new event",
        "В четверг два беспилотника атаковали базу Харир в Иракском Курдистане. Ранее сообщалось, что три ракеты "
        "упали рядом с авиабазой Айн аль-Асад.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 2, None, None, None)],
    ),
    (
        "'убитых и раненых среди американских военных нет': no one killed or wounded",
        "Во вторник беспилотник атаковал американскую базу Эт-Танф на юге Сирии. Убитых и раненых среди "
        "американских военных нет, сообщил представитель Пентагона.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 1, 0, 0, None)],
    ),
    (
        "'ни один военнослужащий США не пострадал', 'без причинения ущерба'",
        "В субботу три ракеты были выпущены по базе Харир. Ни один военнослужащий США не пострадал, "
        "ракеты упали без причинения ущерба.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-20", ["rocket"], 3, None, 0, None)],
    ),
    (
        "Deir ez-Zor spelled 'Дейр-аз-Зор', no group claimed it",
        "В пятницу ракеты упали на базу у газового месторождения Конико в провинции Дейр-аз-Зор. Ни одна "
        "группировка не взяла на себя ответственность за нападение.",
        "2024-01-26",
        [("Mission Support Site Euphrates", "Syria", "2024-01-26", ["rocket"], None, None, None, None)],
    ),
    (
        "Rumalyn by its landing zone; a foiled drone launch elsewhere is no attack",
        "Беспилотник атаковал американских военных в зоне высадки Румалин в среду. Тем временем курдские силы "
        "заявили, что предотвратили запуск беспилотника в провинции Ракка.",
        "2024-01-26",
        [("Rumalyn Landing Zone", "Syria", "2024-01-24", ["drone"], 1, None, None, None)],
    ),
    (
        "militias threatening to strike U.S. forces: no attack",
        "Проиранские группировки угрожают нанести удары по силам США, если Вашингтон не выведет войска из Ирака "
        "до конца года.",
        "2024-01-26",
        [],
    ),
    (
        "bases 'regularly' and 'periodically' attacked: background, no event",
        "Американские базы в Сирии в последнее время периодически подвергаются атакам беспилотников и ракет. "
        "Военные США в Ираке регулярно подвергаются обстрелам.",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


def test_language_of_russian() -> None:
    paragraph = ("Американская военная база на востоке Сирии подверглась атаке беспилотников во вторник, "
                 "сообщили в Пентагоне. По данным источника, пострадавших нет.")
    assert language_of(paragraph) == "ru"
