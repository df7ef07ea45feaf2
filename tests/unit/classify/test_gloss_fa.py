"""Persian (Farsi) reports read through the Persian phrase table (agents/classify/data/gloss/fa.tsv).

Persian is verb-final ("پایگاه ... را هدف قرار دادند" = "the base ... targeted"), puts adjectives after their noun
(the ezafe: "سربازان آمریکایی" = "soldiers American"), keeps a noun singular after a number ("سه راکت"), writes a
zero-width non-joiner inside words (حمله‌ها) and dates its news by the Solar Hijri calendar ("۲ بهمن") as often as
by the Gregorian one. Each row is a short report in Persian, its publication day, and the events the English
rules must read from its gloss; the near-misses (U.S. or Israeli strikes, Houthi attacks on ships, withdrawal
talks) must give no attack at all.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, (is_attack_report, events))
CASES = [
    (
        "a suicide drone on Ain al-Asad on Monday, the object before its verb",
        "یک پهپاد انتحاری روز دوشنبه پایگاه هوایی عین الاسد در استان انبار را هدف قرار داد.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)]),
    ),
    (
        "three Katyusha rockets on a Gregorian date, the passive 'were fired' closing the sentence",
        "سه راکت کاتیوشا در ۱۴ ژانویه به سمت پایگاه حریر در اربیل شلیک شد.",
        "2024-01-26",
        (True, [("Harir Air Base", "Iraq", "2024-01-14", ["rocket"], 3, None, None, None)]),
    ),
    (
        "four American soldiers wounded in yesterday's missile attack",
        "در حمله موشکی دیروز به پایگاه عین‌الاسد، چهار سرباز آمریکایی زخمی شدند.",
        "2024-01-21",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["missile"], None, None, 4, None)]),
    ),
    (
        "a drone attack early on Tuesday that 'caused no casualties'",
        "پایگاه التنف در جنوب سوریه بامداد سه‌شنبه هدف حمله پهپادی قرار گرفت. این حمله تلفاتی در پی نداشت.",
        "2024-01-26",
        (True, [("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], None, 0, 0, None)]),
    ),
    (
        "the Islamic Resistance in Iraq claims a drone attack on Harir",
        "مقاومت اسلامی عراق با صدور بیانیه‌ای مسئولیت حمله پهپادی روز چهارشنبه به پایگاه حریر را بر عهده گرفت.",
        "2024-01-26",
        (True, [("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, "Islamic Resistance in Iraq")]),
    ),
    (
        "two rockets fired at the U.S. embassy in Baghdad on Sunday",
        "دو راکت روز یکشنبه به سمت سفارت آمریکا در بغداد شلیک شد و در نزدیکی آن فرود آمد.",
        "2024-01-26",
        (True, [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], 2, None, None, None)]),
    ),
    (
        "a Solar Hijri date: '2 Bahman' is 22 January",
        "پایگاه نظامیان آمریکایی در میدان نفتی العمر روز ۲ بهمن هدف حمله راکتی قرار گرفت.",
        "2024-01-26",
        (True, [("Green Village", "Syria", "2024-01-22", ["rocket"], None, None, None, None)]),
    ),
    (
        "three American service members killed in a drone attack on Tower 22 in Jordan",
        "در حمله پهپادی به برج ۲۲ در اردن، سه نظامی آمریکایی کشته شدند.",
        "2024-01-28",
        (True, [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, None, None)]),
    ),
    (
        "Kataib Hezbollah claims rockets on the Erbil airport base last Thursday",
        "کتائب حزب‌الله مسئولیت شلیک چهار راکت به پایگاه آمریکا در فرودگاه اربیل در پنجشنبه گذشته را پذیرفت.",
        "2024-01-26",
        (True, [("Erbil Air Base", "Iraq", "2024-01-25", ["rocket"], 4, None, None, "Kataib Hezbollah")]),
    ),
    (
        "two contractors lightly wounded at al-Tanf, told with the spaced weekday 'سه شنبه'",
        "دو پهپاد روز سه شنبه به پایگاه التنف حمله کردند و دو پیمانکار آمریکایی به طور سطحی زخمی شدند.",
        "2024-01-26",
        (True, [("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 2, None, 2, None)]),
    ),
    (
        "two bases in one report, one verb for both",
        "روز پنجشنبه پایگاه حریر و پایگاه عین الاسد هدف حملات پهپادی قرار گرفتند.",
        "2024-01-26",
        (True, [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None),
        ]),
    ),
    (
        "near-miss: U.S. airstrikes on Kataib Hezbollah positions",
        "ارتش آمریکا روز سه‌شنبه با حملات هوایی مواضع کتائب حزب‌الله در جرف الصخر را هدف قرار داد.",
        "2024-01-26",
        (False, []),
    ),
    (
        "near-miss: the Houthis fire missiles at a commercial ship in the Red Sea",
        "حوثی‌ها روز دوشنبه یک کشتی تجاری را در دریای سرخ با موشک هدف قرار دادند.",
        "2024-01-26",
        (False, []),
    ),
    (
        "near-miss: Israeli warplanes strike positions near Damascus",
        "جنگنده‌های اسرائیلی بامداد جمعه مواضعی در حومه دمشق را بمباران کردند.",
        "2024-01-26",
        (False, []),
    ),
    (
        "near-miss: talks on the withdrawal of the coalition from Iraq",
        "دور جدید گفت‌وگوهای بغداد و واشنگتن درباره خروج نیروهای ائتلاف بین‌المللی از عراق روز شنبه آغاز شد.",
        "2024-01-26",
        (False, []),
    ),
    (
        "near-miss: a reconnaissance drone shot down over a base is no attack",
        "نیروهای آمریکایی روز سه‌شنبه یک پهپاد شناسایی را بر فراز پایگاه التنف ساقط کردند.",
        "2024-01-26",
        (False, []),
    ),
    (
        "a drone 'collided with' the military part of Erbil airport, the verb closing the sentence",
        "بامداد امروز یک پهپاد حامل مواد منفجره با بخش نظامی فرودگاه اربیل عراق برخورد کرد.",
        "2024-01-26",
        (True, [("Erbil Air Base", "Iraq", "2024-01-26", ["drone"], 1, None, None, None)]),
    ),
    (
        "the wounded put at a number at the end of the sentence: 'the number ... 12 people was announced'",
        "در حمله موشکی روز دوشنبه به پایگاه عین الاسد، تعداد نظامیان آمریکایی زخمی شده در این حمله ۱۲ نفر اعلام شد.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["missile"], None, None, 12, None)]),
    ),
    (
        "'هدف ... قرار گرفت' with the attacker named between target and verb",
        "پایگاه حریر روز سه‌شنبه هدف یک حمله پهپادی گروه‌های مقاومت عراق قرار گرفت.",
        "2024-01-26",
        (True, [("Harir Air Base", "Iraq", "2024-01-23", ["drone"], 1, None, None, None)]),
    ),
    (
        "a number of 'military' drones, the adjective after the noun",
        "دو پهپاد نظامی روز چهارشنبه پایگاه عین الاسد را هدف قرار دادند.",
        "2024-01-26",
        (True, [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], 2, None, None, None)]),
    ),
    (
        "the base of the 'American occupiers' at Shaddadi hit with a drone",
        "گروه‌های مقاومت روز پنجشنبه با یک پهپاد پایگاه اشغالگران آمریکایی در الشدادی را هدف قرار داد.",
        "2024-01-26",
        (True, [("Shaddadi", "Syria", "2024-01-25", ["drone"], 1, None, None, None)]),
    ),
    (
        "explosions heard, then an attack 'leading to the wounding of' two service members",
        "صدای چند انفجار روز دوشنبه در پایگاه التنف شنیده شد. این حمله پهپادی منجر به زخمی شدن دو نظامی آمریکایی شد.",
        "2024-01-26",
        (True, [("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], None, None, 2, None)]),
    ),
    (
        "near-miss: a U.S. airstrike in the Taji district (not the base) on militia commanders",
        "آمریکا بامداد شنبه با یک حمله هوایی در منطقه التاجی در شمال بغداد دو خودروی حامل فرماندهان حشد الشعبی را هدف قرار داد.",
        "2024-01-26",
        (False, []),
    ),
]


def test_cases(report_of) -> None:
    got = [(name, report_of(text, published, FIELDS)) for name, text, published, _ in CASES]
    assert got == [(name, want) for name, _, _, want in CASES]


def test_language_of_picks_persian() -> None:
    paragraph = (
        "به گزارش منابع محلی، پایگاه هوایی عین الاسد در استان انبار عراق که میزبان نیروهای آمریکایی است، "
        "بامداد امروز دوشنبه هدف حمله پهپادی قرار گرفت. یک مقام آمریکایی گفت که این حمله تلفاتی در پی نداشته "
        "و پدافند هوایی پایگاه یکی از پهپادها را پیش از رسیدن به هدف رهگیری کرده است."
    )
    assert language_of(paragraph) == "fa"
