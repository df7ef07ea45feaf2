"""Hebrew reports read through the Hebrew phrase table (data/gloss/he.tsv): prefixes joined to the word
(בבסיס, לעבר, והפנטגון), acronyms written with a double quote (כטב"ם, ארה"ב), the verb before its subject
("נפצעו חמישה חיילים"), weekdays and written dates ("ביום שני", "ב-24 בינואר"), casualty and claim phrases,
and near-misses that must give no attack.

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
        "a drone attack on a named base on a weekday ('ביום שני')",
        "",
        'ביום שני תקף כטב"ם את בסיס עין אל-אסד במערב עיראק, שבו מוצבים חיילים אמריקנים. לדברי הפנטגון, הכטב"ם יורט '
        'ולא נגרם נזק.',
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('ב-24 בינואר'), no casualties ('לא היו נפגעים')",
        "",
        'חמש רקטות נורו ב-24 בינואר לעבר בסיס חריר שבצפון עיראק, כך מסר גורם ביטחוני עיראקי, שהוסיף כי לא היו '
        'נפגעים.',
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('שלושה חיילים אמריקנים נפצעו באורח קל')",
        "",
        'שלושה חיילים אמריקנים נפצעו באורח קל ביום רביעי, כאשר רחפן פגע בבסיס א-תנף בסוריה, כך הודיע הפנטגון.',
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], None, None, 3, None),
        ],
    ),
    (
        'no casualties and no damage after a Tuesday-evening rocket attack on the Erbil airport base',
        "",
        'לפי הצבא האמריקני, במתקפת הרקטות של יום שלישי בערב על הבסיס הסמוך לשדה התעופה בארביל לא היו נפגעים ולא '
        'נגרם נזק.',
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, 0, 0, None),
        ],
    ),
    (
        "a claim by a group ('קיבלה אחריות') of a drone attack on the Conoco gas field",
        "",
        'ההתנגדות האסלאמית בעיראק קיבלה אחריות על מתקפת הרחפנים ביום חמישי על הבסיס האמריקני בשדה הגז קונוקו '
        'בסוריה. לפי הודעת הארגון, שני רחפנים שוגרו לעבר הבסיס.',
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('סמוך לשגרירות האמריקנית בבגדד'), no one hurt",
        "",
        'שתי רקטות קטיושה נפלו ביום ראשון סמוך לשגרירות האמריקנית בבגדד, באזור הירוק. לפי גורם ביטחוני עיראקי, איש '
        'לא נפגע.',
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        'two bases in one article',
        "",
        'ביום שלישי תקפו רחפנים את בסיס עין אל-אסד ואת בסיס שדאדי בסוריה, כך אמר גורם אמריקני, שציין כי לא היו '
        'נפגעים.',
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, 0, 0, None),
            ('Shaddadi', 'Syria', '2024-01-23', ['drone'], None, 0, 0, None),
        ],
    ),
    (
        'near-miss: U.S. strikes on a militia in Iraq',
        "",
        'צבא ארה"ב תקף ביום חמישי עמדות של המיליציה כתאאב חזבאללה בעיראק, כנקמה על ההתקפות הקודמות. לפי הפנטגון, '
        'התקיפות השמידו כמה מחסני נשק.',
        "2024-01-26",
        [],
    ),
    (
        'near-miss: Houthi attack on a ship in the Red Sea',
        "",
        "המורדים החות'ים בתימן תקפו ביום שלישי ספינת סוחר בים האדום באמצעות טילים, והספינה עלתה באש. לפי הצי "
        'האמריקני אין נפגעים.',
        "2024-01-26",
        [],
    ),
    (
        'near-miss: Israeli strikes near Damascus',
        "",
        'תקיפות ישראליות פגעו ביום רביעי במטרות בסביבת דמשק, וארבעה חיילים סורים נהרגו, כך דיווחה התקשורת הממלכתית '
        'הסורית.',
        "2024-01-26",
        [],
    ),
    (
        'near-miss: talks on the withdrawal of U.S. troops',
        "",
        'בגדד ווושינגטון פתחו במשא ומתן על נסיגת הכוחות האמריקניים מעיראק, כך אמר דובר הממשלה, שלדבריו נוכחות '
        'הקואליציה עשויה להסתיים בתוך שנה.',
        "2024-01-26",
        [],
    ),
    (
        "a dead contractor and wounded soldiers ('קבלן אמריקני נהרג')",
        "",
        'קבלן אמריקני נהרג וחמישה חיילים אמריקנים נפצעו ביום שישי, כאשר רחפן פגע בבסיס עין אל-אסד, כך מסר הפנטגון.',
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-26', ['drone'], None, 1, 5, None),
        ],
    ),
    (
        "a written date ('ב-18 באוקטובר'), an untold number hurt",
        "",
        'ב-18 באוקטובר תקפו שני כטב"מים את בסיס א-תנף בסוריה, וכמה מהכוחות האמריקניים נפצעו קל, כך הודיע הפנטגון '
        'יום לאחר מכן.',
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2023-10-18', ['drone'], 2, None, None, None),
        ],
    ),
    (
        "last Thursday ('ביום חמישי שעבר'), a claim ('ואת האחריות למתקפה נטלה')",
        "",
        'ביום חמישי שעבר נורו רקטות לעבר בסיס חריר בעיראק, ואת האחריות למתקפה נטלה כתאאב חזבאללה.',
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-25', ['rocket'], None, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "a drone and two rockets, yesterday, 'ללא נפגעים או נזק'",
        "",
        'לפי הפנטגון, כטב"ם אחד ושתי רקטות פגעו אתמול בבסיס בשדה התעופה הבינלאומי בארביל, ללא נפגעים או נזק.',
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-25', ['drone', 'rocket'], 3, 0, 0, None),
        ],
    ),
    (
        "Saturday evening ('ביום שבת בערב'), rockets intercepted, no one hurt",
        "",
        'ביום שבת בערב שוגרו לפחות שלוש רקטות לעבר בסיס עין אל-אסד, אך ההגנה האווירית יירטה את כולן ואיש לא נפגע, '
        'כך אמר גורם אמריקני.',
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "the verb first ('נפצעו חמישה חיילים אמריקנים')",
        "",
        'נפצעו חמישה חיילים אמריקנים ביום ראשון בתקיפת רחפן על בסיס חריר, כך אמר גורם אמריקני.',
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-21', ['drone'], None, None, 5, None),
        ],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "לפי משרד ההגנה האמריקני, מתקפת רחפנים פגעה בבסיס של הקואליציה בצפון עיראק, וכמה חיילים נפצעו באורח קל. "
    "את האחריות למתקפה נטלה קבוצה חמושה המזוהה עם איראן, שבעבר כבר שיגרה רקטות לעבר הכוחות האמריקניים.",
])
def test_language_of_picks_hebrew(text: str) -> None:
    assert language_of(text) == "he"
