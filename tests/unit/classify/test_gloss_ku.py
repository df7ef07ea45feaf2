"""Kurmanji Kurdish reports read through the Kurmanji phrase table (data/gloss/ku.tsv): ezafe phrases put in
English order ("baregeha Eyn El-Esed", "leşkerên Amerîkî"), the verb at the end of the clause ("birîndar bûn", "hatin
kuştin", "girt ser xwe"), dates written "24ê Çileya 2024ê" or "roja Duşemê", casualty and claim phrases, and
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
        "drone attack on a named base on a weekday ('roja Duşemê')",
        '',
        'Roja Duşemê droneke bombekirî êrîşî baregeha Eyn El-Esed a li rojavayê Iraqê kir, ku leşkerên '
        'Amerîkî lê ne. Pentagonê ragihand ku sîstema berevaniya asmanî dron xist xwarê û tu zirar çênebûn.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "rockets with a count and a written date ('24ê Çileya 2024ê')",
        '',
        'Çavkaniyeke ewlehiyê ragihand ku di 24ê Çileya 2024ê de herî kêm pênc roket li baregeha Herîrê ya li'
        ' bakurê Hewlêrê ketin. Li gorî wê çavkaniyê, di êrîşê de ti kes birîndar nebû.',
        '2024-01-26',
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, None, 0, None),
        ],
    ),
    (
        "wounded soldiers ('sê leşkerên Amerîkî bi sivikî birîndar bûn')",
        '',
        'Pentagonê ragihand ku roja Çarşemê dronek li baregeha Tenefê ya li Sûriyeyê ket û sê leşkerên '
        'Amerîkî bi sivikî birîndar bûn. Rewşa leşkeran baş e.',
        '2024-01-26',
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "no casualties ('tu zirarên canî çênebûn') after a Tuesday-night rocket attack on the Erbil airport base",
        '',
        'Şeva Sêşemê bi roketan êrîşî baregeha hêzên Hevpeymaniya Navdewletî li Balafirxaneya Navdewletî ya '
        'Hewlêrê hat kirin. Artêşa Amerîkayê ragihand ku tu zirarên canî çênebûn.',
        '2024-01-26',
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, 0, 0, None),
        ],
    ),
    (
        "a claim by a group ('berpirsyariya êrîşê girt ser xwe') of a drone attack on the Conoco field",
        '',
        'Berxwedana Îslamî ya Iraqê berpirsyariya êrîşa roja Pêncşemê ya li ser baregeha Amerîkayê ya li '
        'kêlgeha gazê ya Konoko li Sûriyeyê girt ser xwe. Grûpê di daxuyaniyekê de got ku du dron li baregehê'
        ' ketin.',
        '2024-01-26',
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('Balyozxaneya Amerîkayê li Bexdayê'), no one hurt",
        '',
        'Roja Yekşemê du roketên Katyuşa li nêzîkî Balyozxaneya Amerîkayê li Herêma Kesk a Bexdayê ketin. '
        'Çavkaniyeke ewlehiyê ya Iraqî got ku ti kes birîndar nebû.',
        '2024-01-26',
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        'two bases in one article',
        '',
        'Roja Sêşemê bi dronan êrîşî baregeha Eyn El-Esed û baregeha Şeddadiyê ya li Sûriyeyê hat kirin. '
        'Rayedarekî Amerîkî ragihand ku ti kes birîndar nebû.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, None, 0, None),
            ('Shaddadi', 'Syria', '2024-01-23', ['drone'], None, None, 0, None),
        ],
    ),
    (
        'near-miss: U.S. airstrikes on a militia in Iraq',
        '',
        'Artêşa Amerîkayê roja Pêncşemê êrîşên asmanî li ser bingehên Kataib Hizbullah li Iraqê pêk anîn, wek'
        ' bersivek li ser êrîşên berê. Pentagonê ragihand ku çend depoyên çekan hatin têkbirin.',
        '2024-01-26',
        [],
    ),
    (
        'near-miss: Houthi attack on a ship in the Red Sea',
        '',
        'Hûsiyan roja Sêşemê bi mûşekan êrîşî keştiyeke bazirganî li Deryaya Sor kir û agir bi keştiyê ket. '
        'Hêzên deryayî yên Amerîkayê ragihandin ku ti kes birîndar nebû.',
        '2024-01-26',
        [],
    ),
    (
        'near-miss: Israeli strikes near Damascus',
        '',
        'Roja Çarşemê balafirên şer ên Îsraîlê çend armanc li derdora Şamê bombebaran kirin û çar leşkerên '
        'Sûrî hatin kuştin, ajansa fermî ya Sûriyeyê ragihand.',
        '2024-01-26',
        [],
    ),
    (
        'near-miss: talks on the withdrawal of U.S. troops',
        '',
        'Bexda û Washingtonê danûstandin li ser vekişîna hêzên Amerîkayê ji Iraqê dest pê kirin. Berdevkê '
        'hikûmetê got ku erkê Hevpeymaniya Navdewletî dê di nava salekê de biqede.',
        '2024-01-26',
        [],
    ),
    (
        'a dead contractor and wounded soldiers on a Friday',
        '',
        'Roja Înê dronek li baregeha Eyn El-Esed ket; peymankarekî Amerîkî hat kuştin û pênc leşkerên Amerîkî'
        ' birîndar bûn, Pentagonê ragihand.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-26', ['drone'], 1, 1, 5, None),
        ],
    ),
    (
        "a written date with the apostrophe ('18'ê Cotmehê'), an untold number hurt",
        '',
        "Di 18'ê Cotmehê de du dronan êrîşî baregeha Tenefê kir û hinek leşkerên Amerîkî bi sivikî birîndar "
        'bûn, Pentagonê rojek şûnde ragihand.',
        '2024-01-26',
        [
            ('Al-Tanf Garrison', 'Syria', '2023-10-18', ['drone'], None, None, None, None),
        ],
    ),
    (
        "last Thursday ('Pêncşema borî'), a claim by Kataib Hezbollah",
        '',
        'Pêncşema borî bi roketan êrîşî baregeha Herîrê hat kirin û Kataib Hizbullah berpirsyariya êrîşê girt'
        ' ser xwe.',
        '2024-01-26',
        [
            ('Harir Air Base', 'Iraq', '2024-01-25', ['rocket'], None, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "yesterday ('duh'), a drone and two rockets, no casualties",
        '',
        'Pentagonê ragihand ku duh dronek û du roket li baregeha li Balafirxaneya Hewlêrê ketin, lê tu '
        'zirarên canî çênebûn.',
        '2024-01-26',
        [
            ('Erbil Air Base', 'Iraq', '2024-01-25', ['drone', 'rocket'], 3, 0, 0, None),
        ],
    ),
    (
        "Saturday night ('şeva Şemiyê'), rockets shot down",
        '',
        'Şeva Şemiyê herî kêm sê roket ber bi baregeha Eyn El-Esed ve hatin avêtin, lê sîstema berevaniya '
        'asmanî hemû xistin xwarê û ti kes birîndar nebû, rayedarekî Amerîkî got.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "Tower 22 in Jordan ('Birca 22'), three soldiers killed",
        '',
        'Roja Yekşemê dronekê êrîşî baregeha Birca 22 ya li bakurê rojhilatê Urdunê kir; sê leşkerên Amerîkî '
        'hatin kuştin û zêdetirî 30 leşker birîndar bûn.',
        '2024-01-29',
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], 1, 3, 30, None),
        ],
    ),
    (
        "a month written with the ezafe before the year ('Kanûna Pêşîna 2023an'), Kharab al-Jir, 'çekdaran' as militants",
        '',
        'Di 12ê Kanûna Pêşîna 2023an de çekdaran bi du mûşekan êrîşî Balafirgeha Xirab Cirê ya li parêzgeha Hesekê '
        'kir, ku leşkerên Amerîkî lê ne. Li gorî Pentagonê, ti kes birîndar nebû.',
        '2023-12-14',
        [
            ('Kharab al-Jir', 'Syria', '2023-12-12', ['missile'], 2, None, 0, None),
        ],
    ),
    (
        "Shaddadi spelled 'baregahe Şedadiyê', passive 'hat kirin', and a claim",
        '',
        'Roja Înê bi dronan êrîşî baregahe Şedadiyê ya Amerîkayê hat kirin. Berxwedana Îslamî ya Iraqê '
        'berpirsyariya êrîşê girt ser xwe.',
        '2024-02-03',
        [
            ('Shaddadi', 'Syria', '2024-02-02', ['drone'], None, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "near-miss: bases that 'rastî êrîşan tên' (come under attack) as background, no attack reported",
        '',
        'Baregehên Amerîkayê yên li Sûriyeyê û Iraqê ji destpêka şerê Xezayê ve gelek caran rastî êrîşan tên, lê îro '
        'Pentagonê tenê behsa vekişîna hêzan kir.',
        '2024-02-03',
        [],
    ),

]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Wezareta Berevaniyê ya Amerîkayê ragihand ku êrîşeke bi dronan li ser baregeheke Hevpeymaniyê li bakurê Iraqê "
    "hat kirin û çend leşker bi sivikî birîndar bûn. Grûpeke çekdar a ser bi Îranê ve berpirsyariya êrîşê girt ser "
    "xwe û got ku ew ê êrîşên xwe li dijî hêzên Amerîkî berdewam bike.",
])
def test_language_of_picks_kurmanji(text: str) -> None:
    assert language_of(text) == "ku"
