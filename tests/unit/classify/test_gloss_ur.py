"""Urdu reports read through the Urdu phrase table (data/gloss/ur.tsv): postpositions after the noun given
the English preposition first ("امریکی اڈے پر" on the American base, "عراق میں" in Iraq), the compound verbs
whole ("نشانہ بنایا گیا", "زخمی ہو گئے", "ذمہ داری قبول کی"), weekdays with "کو" ("منگل کو", "گزشتہ پیر",
"اتوار کی رات"), dates written "24 جنوری کو", base names as Urdu spells them (عین الاسد, التنف, حریر, ٹاور 22),
casualty and claim phrases, and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('منگل کو')",
        "",
        "منگل کو ایک ڈرون نے مغربی عراق میں عین الاسد ایئر بیس پر حملہ کیا جہاں امریکی فوجی تعینات ہیں۔ پینٹاگون "
        "کے مطابق ڈرون کو فضائی دفاعی نظام نے مار گرایا اور کوئی نقصان نہیں ہوا۔",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["drone"], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('24 جنوری کو'), no casualties",
        "",
        "ایک سکیورٹی ذریعے نے بتایا کہ کم از کم پانچ راکٹ 24 جنوری کو اربیل کے شمال میں حریر ایئر بیس پر گرے، تاہم "
        "کوئی جانی نقصان نہیں ہوا۔",
        "2024-01-26",
        [
            ("Harir Air Base", "Iraq", "2024-01-24", ["rocket"], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('معمولی زخمی ہو گئے')",
        "",
        "پینٹاگون نے بتایا کہ بدھ کو جنوبی شام میں التنف اڈے پر ڈرون حملے میں تین امریکی فوجی معمولی زخمی ہو گئے۔ "
        "ان کی حالت مستحکم ہے۔",
        "2024-01-26",
        [
            ("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], None, None, 3, None),
        ],
    ),
    (
        "Katyusha rockets near the embassy in the Green Zone, no casualties",
        "",
        "اتوار کو بغداد کے گرین زون میں امریکی سفارت خانے کے قریب دو کاتیوشا راکٹ گرے۔ ایک عراقی سکیورٹی ذریعے کے "
        "مطابق کوئی جانی نقصان نہیں ہوا۔",
        "2024-01-26",
        [
            ("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], 2, 0, 0, None),
        ],
    ),
    (
        "a claim ('ذمہ داری قبول کی') of a drone attack on the Conoco field, no injuries reported",
        "",
        "عراق میں اسلامی مزاحمت نے جمعرات کو مشرقی شام میں کونیکو گیس فیلڈ پر امریکی اڈے پر دو ڈرونز سے حملے کی "
        "ذمہ داری قبول کی۔ کسی کے زخمی ہونے کی اطلاع نہیں ہے۔",
        "2024-01-26",
        [
            ("Mission Support Site Euphrates", "Syria", "2024-01-25", ["drone"], 2, None, 0,
             "Islamic Resistance in Iraq"),
        ],
    ),
    (
        "two bases in one article, on Saturday ('ہفتے کو')",
        "",
        "ہفتے کو عراق میں عین الاسد ایئر بیس کو ایک ڈرون سے نشانہ بنایا گیا۔\nچند گھنٹے بعد شام میں التنف اڈے پر "
        "تین راکٹ داغے گئے، امریکی حکام نے بتایا۔",
        "2024-01-22",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["drone"], 1, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-20", ["rocket"], 3, None, None, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 ('ٹاور 22 پر')",
        "",
        "امریکی سینٹرل کمانڈ نے اعلان کیا کہ اتوار کو شمال مشرقی اردن میں ٹاور 22 پر ڈرون حملے میں تین امریکی فوجی "
        "ہلاک اور 34 زخمی ہو گئے۔",
        "2024-01-29",
        [
            ("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, 34, None),
        ],
    ),
    (
        "last Monday ('گزشتہ پیر'), drones downed near Erbil airport, no one injured",
        "",
        "گزشتہ پیر اربیل کے بین الاقوامی ہوائی اڈے کے قریب دو دھماکہ خیز ڈرون مار گرائے گئے، جہاں بین الاقوامی اتحاد "
        "کی افواج موجود ہیں۔ کوئی زخمی نہیں ہوا۔",
        "2024-01-26",
        [
            ("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 2, None, 0, None),
        ],
    ),
    (
        "Monday night ('پیر کی رات'), mortar shells on the Victory base",
        "",
        "دو سکیورٹی ذرائع نے بتایا کہ پیر کی رات بغداد ہوائی اڈے کے قریب وکٹری اڈے پر چار مارٹر گولے گرے۔",
        "2024-01-26",
        [
            ("Victory Base Complex", "Iraq", "2024-01-22", ["mortar"], 4, None, None, None),
        ],
    ),
    (
        "yesterday ('گزشتہ روز'), rockets at Shaddadi, minor injuries",
        "",
        "گزشتہ روز شام کے صوبہ حسکہ میں الشدادی میں اتحادی اڈے پر راکٹ گرے۔ ایک امریکی اہلکار کے مطابق دو فوجیوں کو "
        "معمولی چوٹیں آئیں۔",
        "2024-01-26",
        [
            ("Shaddadi", "Syria", "2024-01-25", ["rocket"], None, None, 2, None),
        ],
    ),
    (
        "a date in digits ('10.03.2024'), rockets at Rumalyn, no casualties or damage",
        "",
        "10.03.2024 کو شمال مشرقی شام میں رمیلان اڈے پر سات راکٹ داغے گئے، تاہم کوئی جانی یا مالی نقصان نہیں ہوا۔",
        "2024-03-11",
        [
            ("Rumalyn Landing Zone", "Syria", "2024-03-10", ["rocket"], 7, 0, 0, None),
        ],
    ),
    (
        "an unnamed base, early Thursday ('جمعرات کی صبح سویرے'), Iran-backed militias",
        "",
        "ایک امریکی عہدیدار نے کہا کہ جمعرات کی صبح سویرے ایران کی حمایت یافتہ ملیشیاؤں نے شام میں ایک امریکی اڈے پر "
        "ڈرون سے حملہ کیا، جس میں کوئی جانی نقصان نہیں ہوا۔",
        "2024-01-26",
        [
            (None, "Syria", "2024-01-25", ["drone"], None, 0, 0, None),
        ],
    ),
    (
        "U.S. airstrikes on Kataib Hezbollah in retaliation: no attack on U.S. forces",
        "",
        "امریکہ نے جمعہ کو امریکی افواج پر حملوں کے جواب میں عراق اور شام میں کتائب حزب اللہ کے ٹھکانوں پر فضائی "
        "حملے کیے۔",
        "2024-02-03",
        [],
    ),
    (
        "Houthi missiles at a merchant ship: no attack on U.S. forces",
        "",
        "یمن کے حوثیوں نے منگل کو بحیرہ احمر میں ایک تجارتی جہاز پر دو بیلسٹک میزائل داغے، تاہم عملے میں سے کوئی زخمی "
        "نہیں ہوا۔",
        "2024-02-07",
        [],
    ),
    (
        "Israeli strikes near Damascus: no attack on U.S. forces",
        "",
        "شامی آبزرویٹری برائے انسانی حقوق کے مطابق اتوار کو دمشق کے قریب ایران نواز ملیشیاؤں کے ٹھکانوں پر اسرائیلی "
        "فضائی حملوں میں چار جنگجو ہلاک ہو گئے۔",
        "2024-02-05",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "",
        "بغداد اور واشنگٹن نے عراق سے اتحادی افواج کے انخلا پر مذاکرات شروع کر دیے ہیں۔ حکومت نے کہا کہ بات چیت "
        "آئندہ ہفتوں میں جاری رہے گی۔",
        "2024-01-27",
        [],
    ),
    (
        "a front group, the only claimant named ('نامی گروپ نے ... ذمہ داری قبول کی'), at Erbil airport",
        "",
        "سرایا اولیاء الدم نامی گروپ نے اتوار کو اربیل ہوائی اڈے پر امریکی اڈے پر ڈرون حملے کی ذمہ داری قبول کی۔ "
        "گروپ نے کہا کہ حملے جاری رہیں گے۔",
        "2026-03-02",
        [("Erbil Air Base", "Iraq", "2026-03-01", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "French soldiers wounded at a joint base ('فرانسیسی فوجی')",
        "",
        "جمعرات کو شمالی عراق میں ایک مشترکہ اڈے پر ڈرون حملے میں کم از کم چھ فرانسیسی فوجی زخمی ہو گئے۔",
        "2026-03-13",
        [(None, "Iraq", "2026-03-12", ["drone"], None, None, 6, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "امریکی محکمہ دفاع کے مطابق شمالی عراق میں اتحادی افواج کے ایک اڈے پر ڈرون حملہ کیا گیا جس میں کئی فوجی "
    "معمولی زخمی ہو گئے۔ اس حملے کی ذمہ داری ایران سے منسلک ایک مسلح گروپ نے قبول کی ہے، جو اس سے پہلے بھی امریکی "
    "افواج پر راکٹ داغ چکا ہے۔",
])
def test_language_of_picks_urdu(text: str) -> None:
    assert language_of(text) == "ur"
