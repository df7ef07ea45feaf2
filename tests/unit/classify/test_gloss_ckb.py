"""Sorani Kurdish reports read through the Sorani phrase table (data/gloss/ckb.tsv): endings joined to the noun
(هێرشەکە, بنکەکە, سەربازێکی), the ezafe order noun first ("بنکەی ئەمریکی"), verbs closing the clause ("کرایە
ئامانج", "بریندار بوون"), dates written "ڕۆژی دووشەممە" or "24ی کانوونی دووەم", casualty and claim phrases, and
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
        "a drone attack on a named air base on a weekday ('ڕۆژی دووشەممە')",
        "",
        "ڕۆژی دووشەممە درۆنێک بنکەی ئاسمانی عەین ئەسەدی لە پارێزگای ئەنبار کردە ئامانج. پێنتاگۆن ڕایگەیاند، "
        "درۆنەکە لەلایەن سیستەمی بەرگری ئاسمانییەوە خرایە خوارەوە.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('24ی کانوونی دووەم'), no casualties",
        "",
        "پێنج مووشەک لە 24ی کانوونی دووەم کەوتنە ناو بنکەی حەریر لە باکووری هەولێر. سەرچاوەیەکی ئەمنی "
        "ڕایگەیاند، هیچ زیانێکی گیانی نەبووە.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('سێ سەربازی ئەمریکی بە سووکی بریندار بوون')",
        "",
        "پێنتاگۆن ڕایگەیاند، ڕۆژی چوارشەممە درۆنێک بنکەی تەنف لە سووریا کردە ئامانج و سێ سەربازی ئەمریکی بە "
        "سووکی بریندار بوون.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "no one hurt ('کەس بریندار نەبووە') after a rocket attack on Erbil airport on Tuesday evening",
        "",
        "سوپای ئەمریکا ڕایگەیاند، لە هێرشە مووشەکییەکەی ئێوارەی سێشەممە بۆ سەر بنکەی هاوپەیمانی لە "
        "فڕۆکەخانەی هەولێر کەس بریندار نەبووە.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, None, 0, None),
        ],
    ),
    (
        "a claim by a group ('بەرپرسیارێتی هێرشەکەی گرتە ئەستۆ') of a drone attack on the Conoco field",
        "",
        "ڕۆژی پێنجشەممە دوو درۆن هێرشیان کردە سەر بنکەی ئەمریکی لە کێڵگەی گازی کۆنیکۆ لە سووریا. مقاوەمەی "
        "ئیسلامی لە عێراق بەرپرسیارێتی هێرشەکەی گرتە ئەستۆ.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('باڵیۆزخانەی ئەمریکا'), Katyusha rockets, yesterday",
        "",
        "دوێنێ دوو مووشەکی کاتیۆشا کەوتنە نزیک باڵیۆزخانەی ئەمریکا لە ناوچەی سەوزی بەغدا. سەرچاوەیەکی ئەمنیی "
        "عێراقی گوتی هیچ کەسێک بریندار نەبووە.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-25', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "two bases in one article, one drone each (the rules split no count between two bases)",
        "",
        "ڕۆژی یەکشەممە درۆنێک کەوتە سەر بنکەی ئەمریکی لە ڕمێلان. هەمان ڕۆژ درۆنێکی دیکە کەوتە سەر بنکەی "
        "شەدادی لە باشووری حەسەکە. هیچ لایەنێک بەرپرسیارێتی هێرشەکانی نەگرتووەتە ئەستۆ.",
        "2024-01-26",
        [
            ('Rumalyn Landing Zone', 'Syria', '2024-01-21', ['drone'], None, None, None, None),
            ('Shaddadi', 'Syria', '2024-01-21', ['drone'], None, None, None, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 in Jordan ('کوژران', 'بریندار بوون')",
        "",
        "سێ سەربازی ئەمریکی کوژران و 34 سەربازی دیکە بریندار بوون، کاتێک درۆنێک ڕۆژی یەکشەممە بنکەی تاوەری 22 "
        "لە ئوردن کردە ئامانج.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], 1, 3, 34, None),
        ],
    ),
    (
        "last Friday ('هەینیی ڕابردوو'), mortar shells on Victory base",
        "",
        "هەینیی ڕابردوو سێ گوللەی هاوەن کەوتنە سەر بنکەی ڤیکتۆریا لە نزیک فڕۆکەخانەی بەغدا، بەڵام هیچ زیانێکی "
        "گیانی و ماددی نەبووە.",
        "2024-01-24",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-19', ['mortar'], 3, 0, 0, None),
        ],
    ),
    (
        "'کرایە ئامانج' (was targeted) with ballistic missiles, a claim by Kataib Hezbollah",
        "",
        "بنکەی ئاسمانی عەین ئەسەد شەوی ڕابردوو بە چوار مووشەکی بالیستی کرایە ئامانج. کەتائیب حیزبوڵڵا "
        "بەرپرسیارێتی هێرشەکەی گرتە ئەستۆ.",
        "2024-01-21",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['ballistic_missile'], 4, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "a U.S. airstrike on a militia in Iraq: no attack on U.S. forces",
        "",
        "ڕۆژی سێشەممە فڕۆکە جەنگییەکانی ئەمریکا هێرشی ئاسمانییان کردە سەر بارەگاکانی کەتائیب حیزبوڵڵا لە "
        "پارێزگای بابل و چوار چەکدار کوژران.",
        "2024-01-24",
        [],
    ),
    (
        "Houthi attacks on ships in the Red Sea: no attack on U.S. forces in Iraq, Syria or Jordan",
        "",
        "حووسییەکانی یەمەن ڕۆژی پێنجشەممە بە مووشەکی دژە کەشتی هێرشیان کردە سەر کەشتییەکی بازرگانی لە دەریای "
        "سوور و کەشتییەکە زیانی پێگەیشت.",
        "2024-01-26",
        [],
    ),
    (
        "an Israeli airstrike in Syria: no attack on U.S. forces",
        "",
        "فڕۆکە جەنگییەکانی ئیسرائیل بەرەبەیانی ئەمڕۆ هێرشی ئاسمانییان کردە سەر چەند پێگەیەکی گرووپە "
        "چەکدارەکانی سەر بە ئێران لە نزیک دیمەشق.",
        "2024-01-26",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "",
        "حکوومەتی عێراق و ئەمریکا دانووستانیان لەسەر کشانەوەی هێزەکانی هاوپەیمانی نێودەوڵەتی لە عێراق دەستپێکرد. "
        "سەرۆک وەزیرانی عێراق گوتی ئەرکی هاوپەیمانی کۆتایی دێت.",
        "2024-01-26",
        [],
    ),
    (
        "an explosion at a Popular Mobilization Forces depot: no attack on U.S. forces",
        "",
        "ئەمڕۆ تەقینەوەیەک لە کۆگایەکی چەکی حەشدی شەعبی لە پارێزگای سەلاحەدین ڕوویدا و دوو چەکدار بریندار بوون.",
        "2024-01-26",
        [],
    ),
    (
        "mortars with the joined preposition ('بەهاوەن') and the embassy written with ێ",
        "",
        "شەوی ڕابردوو باڵێوزخانەی ئەمریکا لە بەغدا بەهاوەن کرایە ئامانج و هیچ کەسێک بریندار نەبوو.",
        "2024-02-03",
        [
            ("U.S. Embassy Baghdad", "Iraq", "2024-02-02", ["mortar"], None, None, 0, None),
        ],
    ),
    (
        "'several' with a singular noun, a toll not disclosed ('ئاماژەی پێنەکراوە'), a claim with its object",
        "",
        "ڕۆژی پێنجشەممە هێرشی درۆنی کرایە سەر بنکەی حەریر و چەند سەربازێکی ئەمریکی بریندار بوون، بەڵام ژمارەی "
        "بریندارەکان ئاماژەی پێنەکراوە. کەتائیبی حزبوڵڵا هێرشەکەی گرتە ئەستۆ.",
        "2024-02-03",
        [
            ("Harir Air Base", "Iraq", "2024-02-01", ["drone"], None, None, None, "Kataib Hezbollah"),
        ],
    ),

]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "وەزارەتی بەرگریی ئەمریکا ڕایگەیاند، درۆنێک بنکەیەکی هاوپەیمانی لە باکووری عێراق کردە ئامانج و چەند "
    "سەربازێک بە سووکی بریندار بوون. گرووپێکی چەکداری نزیک لە ئێران بەرپرسیارێتی هێرشەکەی گرتە ئەستۆ.",
])
def test_language_of_picks_sorani(text: str) -> None:
    assert language_of(text) == "ckb"
