"""Chinese reports read through the Chinese phrase table (data/gloss/zh.tsv): words written without spaces and
split by the table's phrases, Simplified and Traditional characters, counts with measure words ("4枚火箭弹"), dates
written "25日" or "周二", casualty and claim phrases, and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('周一'), shot down, no casualties",
        "",
        "周一,一架无人机袭击了伊拉克西部的阿萨德空军基地,该基地驻有美军。美国官员表示,无人机被防空系统击落,"
        "没有造成人员伤亡。",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, 0, 0, None),
        ],
    ),
    (
        "a count of rockets and a day of the month ('24日'), Harir",
        "",
        "据伊拉克安全消息人士称,哈里尔空军基地24日遭到5枚火箭弹袭击,目前尚无人员伤亡信息。",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, None, None, None),
        ],
    ),
    (
        "a full date ('2024年1月23日'), rockets on the Erbil airport base, no injuries",
        "",
        "2024年1月23日晚,埃尔比勒机场的美军基地遭到三枚火箭弹袭击。库尔德安全部门表示,没有人受伤。",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "wounded soldiers ('造成4名美军士兵受伤'), yesterday",
        "",
        "五角大楼证实,昨天一架自杀式无人机袭击了叙利亚的坦夫基地,造成4名美军士兵受伤。",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-25', ['drone'], 1, None, 4, None),
        ],
    ),
    (
        "killed and wounded at Tower 22, claimed by the Islamic Resistance in Iraq",
        "",
        "上周六夜间,约旦东北部的22号塔遭到无人机袭击,造成3名美军士兵死亡,至少40人受伤。伊拉克伊斯兰抵抗运动"
        "声称对此次袭击负责。",
        "2024-01-30",
        [
            ('Tower 22', 'Jordan', '2024-01-27', ['drone'], None, 3, 40, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "a claim by a group ('真主党旅宣称') of a drone attack on the Conoco gas field",
        "",
        "真主党旅宣称,该组织周四使用两架无人机袭击了叙利亚康菲气田的美军基地。",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "an attack on the embassy in Traditional characters, no casualties",
        "",
        "週日凌晨,兩枚喀秋莎火箭彈落在巴格達綠區的美國大使館附近。伊拉克安全部門表示,沒有造成人員傷亡。",
        "2024-01-30",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-28', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        "two bases in one article, each with its own weapon",
        "",
        "周三,美军驻叙利亚的沙达迪基地遭到火箭弹袭击。周二,鲁迈兰基地遭到一架无人机攻击,无人受伤。",
        "2024-01-26",
        [
            ('Rumalyn Landing Zone', 'Syria', '2024-01-23', ['drone'], 1, None, 0, None),
            ('Shaddadi', 'Syria', '2024-01-24', ['rocket'], None, None, None, None),
        ],
    ),
    (
        "a Traditional report of missiles on a base, lightly wounded",
        "",
        "美軍駐伊拉克的阿薩德空軍基地週六遭到多枚彈道導彈襲擊,數名美軍人員受輕傷。",
        "2024-01-22",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['ballistic_missile'], None, None, None, None),
        ],
    ),
    (
        "a mortar attack on Green Village",
        "",
        "叙利亚人权观察组织称,绿村基地周二遭到迫击炮弹袭击,基地内传出巨大爆炸声。",
        "2024-01-26",
        [
            ('Green Village', 'Syria', '2024-01-23', ['mortar'], None, None, None, None),
        ],
    ),
    (
        "a claim told apart from its verb ('发表声明称,对...负责'), a group ('组织'), a base 'hosting U.S. troops'",
        "",
        "一个名为“伊斯兰抵抗组织”的伊拉克民兵组织发表声明称,对周二清晨针对叙利亚哈拉卜阿勒吉尔有美军驻扎的基地的"
        "无人机袭击负责。",
        "2024-01-26",
        [
            ('Kharab al-Jir', 'Syria', '2024-01-23', ['drone'], None, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "a date after '于' and a death toll of 'troops' ('美军官兵丧生'), a single drone counted ('一架无人机')",
        "",
        "驻约旦的22号塔基地于1月27日遭到一架无人机袭击,导致2名美军官兵丧生,另有9人受伤。",
        "2024-01-30",
        [
            ('Tower 22', 'Jordan', '2024-01-27', ['drone'], 1, 2, 9, None),
        ],
    ),
    (
        "Traditional forms: a soldier killed ('喪命'), Erbil as '艾比爾', a rocket count with '大約', no claim ('目前未有組織承認責任')",
        "",
        "週三,伊拉克北部艾比爾機場的美軍基地遭到大約4枚火箭炮襲擊,導致一名美軍士兵喪命。目前未有組織承認責任。",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-24', ['rocket'], 4, 1, None, None),
        ],
    ),
    (
        "U.S. airstrikes on a militia: no attack on U.S. forces",
        "",
        "美军周二晚对伊拉克境内真主党旅的三处设施发动空袭,造成多名武装分子死亡。五角大楼称,这是精确打击。",
        "2024-01-26",
        [],
    ),
    (
        "Houthi attacks on ships: no attack on U.S. forces",
        "",
        "也门胡塞武装周四宣称,他们使用弹道导弹在红海袭击了一艘商船,船上起火。",
        "2024-01-26",
        [],
    ),
    (
        "Israeli strikes in Syria: no attack on U.S. forces",
        "",
        "以色列战机周三空袭了大马士革国际机场附近的目标,叙利亚防空系统拦截了数枚导弹。",
        "2024-01-26",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "",
        "美国与伊拉克周四举行会谈,商讨美国领导的联军撤离伊拉克的时间表。双方表示将达成协议。",
        "2024-01-26",
        [],
    ),
    (
        "an explosion at a militia base: no attack on U.S. forces",
        "",
        "伊拉克人民动员组织位于巴比伦省的一处基地周五发生爆炸,造成一名成员死亡。",
        "2024-01-26",
        [],
    ),
    (
        "a base told country first ('约旦东北部一处美军基地'), no count of the drones",
        "",
        "美国官员表示,约旦东北部一处美军基地周二遭到无人机袭击,没有人员伤亡。",
        "2024-02-01",
        [
            (None, 'Jordan', '2024-01-30', ['drone'], None, 0, 0, None),
        ],
    ),
    (
        "U.S. forces told country first ('美国在伊拉克的军事部队') and two separate attacks",
        "",
        "美国官员周四表示,周三美国在伊拉克的军事部队遭到两起单独的无人机袭击。",
        "2024-02-01",
        [
            (None, 'Iraq', '2024-01-31', ['drone'], None, None, None, None),
            (None, 'Iraq', '2024-01-31', ['drone'], None, None, None, None),
        ],
    ),
    (
        "pinyin left after characters by a scraped page ('發(fā)射', '說(shuō)'), Traditional",
        "",
        "美國(guó)中央司令部說(shuō),12月2日晚間有人向沙達(dá)迪美軍基地發(fā)射了三枚火箭彈,未造成人員或裝備損失。",
        "2024-12-03",
        [
            ('Shaddadi', 'Syria', '2024-12-02', ['rocket'], 3, 0, 0, None),
        ],
    ),
    (
        "another spelling of Kharab al-Jir ('哈拉布阿勒吉尔'), no news of casualties yet",
        "",
        "周六,叙利亚东北部哈拉布阿勒吉尔的美军基地遭到两枚火箭弹袭击,目前还没有人员伤亡情况的信息。",
        "2024-02-05",
        [
            ('Kharab al-Jir', 'Syria', '2024-02-03', ['rocket'], 2, None, None, None),
        ],
    ),
    (
        "another spelling of Tal Baidar ('泰尔贝达尔')",
        "",
        "周日,泰尔贝达尔的美军基地遭到一架无人机袭击。",
        "2024-02-05",
        [
            ('Tal Baidar', 'Syria', '2024-02-04', ['drone'], 1, None, None, None),
        ],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "美国国防部表示,驻伊拉克和叙利亚的美军基地近几个月来多次遭到无人机和火箭弹袭击,数十名美军士兵受伤。"
    "美方将这些袭击归咎于伊朗支持的民兵组织。",
    "美國國防部表示,駐伊拉克和敘利亞的美軍基地近幾個月來多次遭到無人機和火箭彈襲擊。",
])
def test_language_of_picks_chinese(text: str) -> None:
    assert language_of(text) == "zh"
