"""Arabic reports read through the Arabic phrase table (agents/classify/data/gloss/ar.tsv).

Arabic tells a story verb first ("استهدفت طائرة مسيرة قاعدة ..." = "targeted a drone the ... base"), puts
adjectives after their noun, joins و/ب/ل/ال to the word, and writes the same word with or without hamza.
Each row is a short report in Arabic, its publication day, and the events the English rules must read
from its gloss; the near-misses (U.S. or Israeli strikes, Houthi attacks on ships, withdrawal talks) must
give no attack at all.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, (is_attack_report, events))
CASES = [
    (
        "a booby-trapped drone on Ain al-Asad on Monday, told verb first",
        "استهدفت طائرة مسيرة مفخخة قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق يوم الاثنين، "
        "بحسب مصدر أمني.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)]),
    ),
    (
        "three Katyusha rockets on a written date, 'without the shelling causing human losses'",
        "أفاد مصدر أمني بسقوط ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد في 14 كانون الثاني، "
        "دون أن يسفر القصف عن خسائر بشرية.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-14", ["rocket"], 3, 0, 0, None)]),
    ),
    (
        "two drones on Harir at dawn on Tuesday, 'without injuries occurring'",
        "تعرضت قاعدة حرير في أربيل لهجوم بطائرتين مسيرتين فجر الثلاثاء، دون وقوع إصابات.",
        "2024-01-26",
        (True, [("Harir Air Base", "Iraq", "2024-01-23", ["drone"], 2, None, 0, None)]),
    ),
    (
        "five American soldiers lightly wounded in a rocket attack on Wednesday",
        "قال مسؤول أمريكي إن خمسة جنود أمريكيين أصيبوا بجروح طفيفة في هجوم صاروخي استهدف قاعدة عين الأسد "
        "يوم الأربعاء.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, 5, None)]),
    ),
    (
        "'last Saturday', four soldiers with traumatic brain injuries",
        "أصيب أربعة جنود أمريكيين بإصابات دماغية رضية في الهجوم الصاروخي الذي استهدف قاعدة عين الأسد "
        "يوم السبت الماضي.",
        "2024-01-22",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["rocket"], None, None, 4, None)]),
    ),
    (
        "three killed and more than thirty wounded, verbs first, at Tower 22 in Jordan",
        "قتل ثلاثة جنود أمريكيين وأصيب أكثر من ثلاثين آخرين في هجوم بطائرة مسيرة على البرج 22 في الأردن "
        "يوم الأحد.",
        "2024-01-29",
        (True, [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, 30, None)]),
    ),
    (
        "a claim by the Islamic Resistance in Iraq 'in a statement'",
        "تبنت المقاومة الإسلامية في العراق، في بيان، استهداف قاعدة التنف في سوريا بطائرة مسيرة يوم الخميس.",
        "2024-01-26",
        (True, [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], 1, None, None,
                 "Islamic Resistance in Iraq")]),
    ),
    (
        "'the group announced that it targeted' two bases in two countries",
        "أعلنت المقاومة الإسلامية في العراق، مساء الأحد، أنها استهدفت بالطائرات المسيرة قاعدة حرير في أربيل، "
        "وقاعدة الشدادي في سوريا.",
        "2024-01-22",
        (True, [
            ("Harir Air Base", "Iraq", "2024-01-21", ["drone"], None, None, None, "Islamic Resistance in Iraq"),
            ("Shaddadi", "Syria", "2024-01-21", ["drone"], None, None, None, "Islamic Resistance in Iraq"),
        ]),
    ),
    (
        "'Kataib Hezbollah claimed the attack', verb first",
        "تبنت كتائب حزب الله الهجوم على قاعدة حرير يوم الأحد.",
        "2024-01-22",
        (True, [("Harir Air Base", "Iraq", "2024-01-21", ["unknown"], None, None, None, "Kataib Hezbollah")]),
    ),
    (
        "two rockets near the U.S. embassy in the Green Zone on Sunday evening",
        "سقط صاروخان قرب السفارة الأمريكية في المنطقة الخضراء ببغداد مساء الأحد، دون وقوع إصابات.",
        "2024-01-26",
        (True, [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], 2, None, 0, None)]),
    ),
    (
        "drones on Shaddadi and the al-Omar oil field: two bases",
        "استهدفت طائرات مسيرة قاعدة الشدادي في ريف الحسكة وحقل العمر النفطي في ريف دير الزور يوم الثلاثاء.",
        "2024-01-26",
        (True, [
            ("Green Village", "Syria", "2024-01-23", ["drone"], None, None, None, None),
            ("Shaddadi", "Syria", "2024-01-23", ["drone"], None, None, None, None),
        ]),
    ),
    (
        "four rockets fired by pro-Iranian factions on 'Sunday night'",
        "أطلقت فصائل مسلحة موالية لإيران أربعة صواريخ على قاعدة الشدادي في ريف الحسكة ليلة الأحد، "
        "وسقط أحدها داخل القاعدة.",
        "2024-01-22",
        (True, [("Shaddadi", "Syria", "2024-01-21", ["rocket"], 4, None, None, None)]),
    ),
    (
        "an IED on a coalition logistics convoy in southern Iraq",
        "انفجرت عبوة ناسفة على رتل دعم لوجستي تابع للتحالف الدولي على الطريق الدولي في محافظة الديوانية "
        "جنوبي العراق يوم الأحد، دون وقوع إصابات.",
        "2024-01-26",
        (True, [(None, "Iraq", "2024-01-21", ["ied"], None, None, 0, None)]),
    ),
    (
        "written without hamza ('مطار اربيل', 'امس الاحد'), a headline without a verb",
        "هجوم بطائرة مسيرة على مطار اربيل الدولي مساء امس الاحد.",
        "2024-01-22",
        (True, [("Erbil Air Base", "Iraq", "2024-01-21", ["drone"], None, None, None, None)]),
    ),
    (
        "a passive written with its vowel sign ('استُهدفت') and a number joined by a tatweel ('بـ3')",
        "استُهدفت قاعدة عين الأسد بـ3 صواريخ صباح اليوم الجمعة، وفق مصدر أمني عراقي.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-26", ["rocket"], 3, None, None, None)]),
    ),
    (
        "Arabic-Indic digits in the count and the date",
        "سقطت ٣ صواريخ على قاعدة عين الأسد في ١٤ كانون الثاني ٢٠٢٤.",
        "2024-01-22",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-14", ["rocket"], 3, None, None, None)]),
    ),
    (
        "near-miss: U.S. airstrikes on Kataib Hezbollah",
        "شنت القوات الأمريكية غارات جوية على مواقع لكتائب حزب الله في القائم يوم الأربعاء.",
        "2024-01-26",
        (False, []),
    ),
    (
        "near-miss: the Houthis attack a ship in the Red Sea",
        "هاجم الحوثيون سفينة تجارية في البحر الأحمر بصواريخ باليستية يوم الأربعاء.",
        "2024-01-26",
        (False, []),
    ),
    (
        "near-miss: Israeli warplanes strike near Damascus",
        "شن الطيران الإسرائيلي غارات على مواقع في ريف دمشق يوم الثلاثاء.",
        "2024-01-26",
        (False, []),
    ),
    (
        "a denial told verb first ('نفت ... مسؤوليتها') is no claim",
        "نفت كتائب حزب الله مسؤوليتها عن الهجوم على قاعدة عين الأسد يوم الأحد.",
        "2024-01-23",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-21", ["unknown"], None, None, None, None)]),
    ),
    (
        "near-miss: talks on the coalition's withdrawal",
        "بحث وفد عراقي في واشنطن انسحاب قوات التحالف الدولي من العراق والجدول الزمني لإنهاء مهمته.",
        "2024-01-26",
        (False, []),
    ),
    (
        "a drone intercepted over the Victoria base, no human losses recorded ('عدم تسجيل أي خسائر بشرية')",
        "حاولت طائرة مسيرة مساء الأربعاء استهداف قاعدة فيكتوريا التي تضم قوات أمريكية في مطار بغداد الدولي، "
        "وتمكنت الدفاعات الجوية من اعتراضها، مع عدم تسجيل أي خسائر بشرية.",
        "2026-03-05",
        (True, [("Victory Base Complex", "Iraq", "2026-03-04", ["drone"], 1, 0, 0, None)]),
    ),
    (
        "a count over ten with its accusative singular ('بـ15 صاروخاً'): fifteen rockets, not one",
        "تعرضت قاعدة عين الأسد يوم الثلاثاء لهجوم بـ15 صاروخاً أطلقت من منطقة قريبة، دون وقوع إصابات.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], 15, None, 0, None)]),
    ),
    (
        "one rocket in the accusative ('أطلقت جهة مجهولة صاروخاً'): a rocket, not rockets",
        "أطلقت جهة مجهولة صاروخاً واحداً على قاعدة حرير يوم الجمعة، دون وقوع إصابات.",
        "2024-01-26",
        (True, [("Harir Air Base", "Iraq", "2024-01-26", ["rocket"], 1, None, 0, None)]),
    ),
    (
        "'with drone aviation' ('بالطيران المسير') is drones",
        "هاجمت فصائل مسلحة قاعدة الشدادي في سوريا بالطيران المسير فجر الأحد.",
        "2024-01-26",
        (True, [("Shaddadi", "Syria", "2024-01-21", ["drone"], None, None, None, None)]),
    ),
    (
        "the claim signed 'the Iraqi Islamic Resistance' ('المقاومة الإسلامية العراقية')",
        "أعلنت المقاومة الإسلامية العراقية رسمياً مسؤوليتها عن استهداف قاعدة عين الأسد بطائرة مسيرة يوم الخميس.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None,
                 "Islamic Resistance in Iraq")]),
    ),
    (
        "defense systems downed a drone over 'the airport of the city of Erbil'",
        "أسقطت أنظمة دفاعية طائرة مسيرة مسلحة فوق مطار مدينة أربيل يوم الأربعاء.",
        "2024-01-26",
        (True, [("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], 1, None, None, None)]),
    ),
    (
        "the al-Omar base named apart from its field; 'no injuries were reported' ('لم يتم الإبلاغ عن وقوع إصابات')",
        "سقط صاروخان داخل قاعدة العمر في دير الزور يوم الأربعاء، ولم يتم الإبلاغ عن وقوع إصابات.",
        "2024-01-26",
        (True, [("Green Village", "Syria", "2024-01-24", ["rocket"], 2, None, 0, None)]),
    ),
]


def test_cases(report_of) -> None:
    got = [(name, report_of(text, published, FIELDS)) for name, text, published, _ in CASES]
    assert got == [(name, want) for name, _, _, want in CASES]


def test_language_of_picks_arabic() -> None:
    paragraph = (
        "أفاد مصدر أمني عراقي، اليوم الاثنين، بأن قاعدة عين الأسد الجوية في محافظة الأنبار تعرضت لهجوم "
        "بطائرة مسيرة، من دون أن يسفر الهجوم عن وقوع إصابات في صفوف القوات الأمريكية المتمركزة فيها. "
        "وقال المصدر إن الدفاعات الجوية تصدت للطائرة قبل وصولها إلى هدفها."
    )
    assert language_of(paragraph) == "ar"
