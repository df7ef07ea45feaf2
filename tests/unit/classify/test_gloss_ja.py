"""Japanese reports read through the Japanese phrase table (data/gloss/ja.tsv): no spaces between words, so the
table's phrases split them; counts told after their noun ("米兵3人"); dates written "1月28日", "28日" or "日曜日";
casualty and claim phrases; and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('月曜日に')",
        "",
        "イラク西部のアサド空軍基地が月曜日に無人機攻撃を受けた。米当局者によると、防空システムが無人機を撃墜し、"
        "被害はなかった。",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], None, None, None, None),
        ],
    ),
    (
        "a count of rockets ('ロケット弾5発') and a written date ('1月24日'), no injuries",
        "",
        "1月24日、ハリル空軍基地にロケット弾5発が撃ち込まれた。治安筋によると、けが人はいなかった。",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, None, 0, None),
        ],
    ),
    (
        "wounded soldiers told after their noun ('米兵3人が負傷した')",
        "",
        "シリアのタンフ基地が水曜日にドローン攻撃を受け、米兵3人が負傷した。国防総省が発表した。",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], None, None, 3, None),
        ],
    ),
    (
        "no casualties ('死傷者はなかった') after a rocket attack on the Erbil airport",
        "",
        "エルビル国際空港の米軍基地が火曜日の夜にロケット攻撃を受けた。米軍によると、死傷者はなく、被害も出ていない。",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, 0, 0, None),
        ],
    ),
    (
        "a claim by a group ('犯行声明を出した') for drones on the Conoco gas field",
        "",
        "イラクのイスラム抵抗運動は25日、シリアのコノコガス田の米軍基地を無人機2機で攻撃したと犯行声明を出した。",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('バグダッドの米大使館'), no injuries",
        "",
        "日曜日、バグダッドの米大使館付近にカチューシャ・ロケット2発が着弾した。イラク治安筋によると、けが人はいない。",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "two bases in one article",
        "",
        "火曜日、アサド空軍基地とシリアのシャダディ基地がドローン攻撃を受けた。米当局者によると、けが人はいなかった。",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, None, 0, None),
            ('Shaddadi', 'Syria', '2024-01-23', ['drone'], None, None, 0, None),
        ],
    ),
    (
        "near-miss: U.S. airstrikes on a militia in Iraq",
        "",
        "米軍は木曜日、イラクでカタイブ・ヒズボラの拠点3カ所を空爆した。国防総省によると、武器庫や司令部が標的だった。",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: a Houthi missile hits a ship in the Red Sea",
        "",
        "イエメンのフーシ派が火曜日、紅海を航行していた商船に対艦弾道ミサイルを発射し、船に命中した。乗組員にけがはなかった。",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli strikes near Damascus",
        "",
        "イスラエル軍が水曜日、ダマスカス近郊を空爆し、シリア軍兵士4人が死亡した。シリア国防省が発表した。",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of U.S. troops",
        "",
        "イラク政府は米軍主導の有志連合軍の撤退に向けた協議を始めると発表した。イラクには米兵約2500人が駐留している。",
        "2024-01-26",
        [],
    ),
    (
        "the dead and the wounded told after their noun, on a named base in Jordan",
        "",
        "ヨルダン北東部のタワー22が日曜日に無人機攻撃を受け、米兵3人が死亡し、少なくとも34人が負傷した。",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "a day of the month alone ('20日'), rockets and a drone, no injuries",
        "",
        "シリア北東部のグリーンビレッジ基地に20日、無人機1機とロケット弾3発による攻撃があった。米軍によると負傷者はいない。",
        "2024-01-26",
        [
            ('Green Village', 'Syria', '2024-01-20', ['drone', 'rocket'], 4, None, 0, None),
        ],
    ),
    (
        "yesterday ('昨日'), a claim by Kataib Hezbollah",
        "",
        "カタイブ・ヒズボラは昨日、アルビル空軍基地をドローンで攻撃したと主張した。",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-25', ['drone'], None, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "last Saturday ('先週の土曜日'), rockets intercepted",
        "",
        "先週の土曜日、アサド空軍基地に向けてロケット弾4発が発射されたが、防空システムがすべて迎撃した。",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['rocket'], 4, None, None, None),
        ],
    ),
    (
        "a written date with its year ('2023年10月18日'), drones, minor injuries",
        "",
        "2023年10月18日、シリアのタンフ基地に無人機2機が突っ込み、米兵数人が軽傷を負った。",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2023-10-18', ['drone'], 2, None, None, None),
        ],
    ),
    (
        "two named bases told with '両' ('アサド、エルビル両航空基地'), the verb '襲われた', nothing hurt told with 'も'",
        "",
        "火曜日、イラクのアサド、エルビル両航空基地が自爆型ドローンに襲われた。施設の損壊はなく、死傷者の報告もないという。",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, 0, 0, None),
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['drone'], None, 0, 0, None),
        ],
    ),
    (
        "a base after its province ('アンバル州の米軍駐留基地'), 'イラク中西部', 'その周辺', a count that flew in ('8発が飛来し')",
        "",
        "イラク中西部アンバル州の米軍駐留基地とその周辺に5日、ロケット弾による攻撃があった。8発が飛来し、けが人もいなかった。",
        "2024-01-26",
        [
            (None, 'Iraq', '2024-01-05', ['rocket'], 8, None, 0, None),
        ],
    ),
    (
        "a target before 'を狙った' and an attack noun with 'があった' ('米軍拠点を狙ったドローン攻撃があった')",
        "",
        "水曜日、シリア東部デリゾール県の米軍拠点を狙ったドローン攻撃があった。被害もなかった。",
        "2024-01-26",
        [
            (None, 'Syria', '2024-01-24', ['drone'], None, None, None, None),
        ],
    ),
    (
        "another spelling of a base ('グリーンヴィレッジ'), no injuries told with 'も'",
        "",
        "シリア北東部のグリーンヴィレッジ基地に日曜日、ロケット弾2発が撃ち込まれた。米中央軍によると、けが人もいない。",
        "2024-01-26",
        [
            ('Green Village', 'Syria', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "near-miss: a U.S. strike on a militia told with 'を狙った'",
        "",
        "米軍は金曜日、イラク中部バビル県で親イラン民兵の拠点を狙った攻撃を行い、戦闘員2人を殺害した。",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "米国防総省によると、イラク北部にある有志連合の基地が無人機攻撃を受け、兵士数人が軽傷を負った。イランの支援を受ける"
    "武装組織が犯行声明を出し、これまでにも米軍に対してロケット弾を発射してきたと主張している。",
])
def test_language_of_picks_japanese(text: str) -> None:
    assert language_of(text) == "ja"
