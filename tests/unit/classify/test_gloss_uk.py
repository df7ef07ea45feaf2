"""Ukrainian reports read through the Ukrainian gloss (agents/classify/data/gloss/uk.tsv).

Every sentence here is written for these tests: a drone on a named base on a weekday, rockets on a written
date, casualties and their absence, a claim, the embassy, and near-misses that report no attack on U.S. forces.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, events)
CASES = [
    (
        "a drone on a named base on a weekday, 'no one was hurt'",
        "Безпілотник атакував американську військову базу Айн аль-Асад на заході Іраку у понеділок. Ніхто не "
        "постраждав.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 0, None)],
    ),
    (
        "rockets counted in words, on a written date",
        "Щонайменше п'ять ракет випустили вранці 25 жовтня по базі США в Ет-Танфі на півдні Сирії.",
        "2023-10-27",
        [("Al-Tanf Garrison", "Syria", "2023-10-25", ["rocket"], 5, None, None, None)],
    ),
    (
        "rockets on the Erbil air base, three service members wounded",
        "У середу авіабаза Ербіль зазнала ракетного обстрілу. Поранено трьох американських військовослужбовців, "
        "заявили в Пентагоні.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, 3, None)],
    ),
    (
        "a claim told 'responsibility ... was taken by the group'",
        "Відповідальність за атаку на базу Харір у вівторок взяло на себе угруповання «Ісламський опір в Іраку».",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-23", ["unknown"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "rockets on the embassy in Baghdad, no casualties",
        "Дві ракети впали на територію посольства США в Багдаді в неділю. Жертв немає.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], 2, 0, 0, None)],
    ),
    (
        "U.S. strikes on militia depots: no attack on U.S. forces",
        "Армія США завдала ударів по збройних складах проіранських бойовиків у Сирії в четвер.",
        "2024-01-26",
        [],
    ),
    (
        "Houthis firing on a ship: no attack on U.S. forces",
        "Хусити атакували торгове судно в Червоному морі у середу.",
        "2024-01-26",
        [],
    ),
    (
        "casualties 'among' a side: 'постраждалих серед американських військових немає'",
        "У четвер безпілотник атакував авіабазу Румейлан на північному сході Сирії. Постраждалих серед "
        "американських військових немає, повідомив посадовець США.",
        "2024-01-26",
        [("Rumalyn Landing Zone", "Syria", "2024-01-25", ["drone"], 1, None, 0, None)],
    ),
    (
        "a collective numeral with 'дістали поранення', an Iran-backed group's claim",
        "У суботу дрони атакували американських військових на авіабазі Ербіль. Внаслідок цього семеро "
        "військовослужбовців дістали поранення. Відповідальність взяло на себе підтримуване Іраном угруповання "
        "«Катаїб Хезболла».",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-20", ["drone"], None, None, 7, "Kataib Hezbollah")],
    ),
    (
        "the inverted 'атаки зазнала авіабаза' and 'X з них було збито'",
        "Напередодні ввечері атаки зазнала авіабаза Айн аль-Асад. Чотири ракети були запущені по базі, дві з них "
        "було збито.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 4, None, None, None)],
    ),
    (
        "the Rumalyn landing zone and 'ніхто з військовослужбовців не постраждав'",
        "У вівторок напад стався в зоні висадки Румалин у Сирії. Ніхто з військовослужбовців США не постраждав.",
        "2024-01-26",
        [("Rumalyn Landing Zone", "Syria", "2024-01-23", ["unknown"], None, None, 0, None)],
    ),
    (
        "'Нагадаємо, ...': an earlier report of no day is no new event",
        "У п'ятницю два дрони атакували базу Харір. Нагадаємо, раніше повідомлялося, що три ракети впали поблизу "
        "бази Ет-Танф.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-26", ["drone"], 2, None, None, None)],
    ),
    (
        "bases 'regularly' and 'repeatedly' attacked: background, no event",
        "Американські бази в Сирії останнім часом регулярно зазнають атак безпілотників. Військові США в Іраку "
        "неодноразово потрапляли під обстріл.",
        "2024-01-26",
        [],
    ),
    (
        "a threat to strike is no attack",
        "Проіранські угруповання погрожують завдати удару по американських базах в Іраку.",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


def test_language_of_ukrainian() -> None:
    paragraph = ("Американську військову базу в Сирії напередодні атакували безпілотниками, повідомили в "
                 "Пентагоні. Ніхто з військовослужбовців не постраждав.")
    assert language_of(paragraph) == "uk"
