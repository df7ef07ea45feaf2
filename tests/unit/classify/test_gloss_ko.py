"""Korean reports read through the Korean gloss (agents/classify/data/gloss/ko.tsv).

Every sentence here is written for these tests: weekdays and written dates, counts in digits and words,
casualties and their absence, claims, the embassy, two bases in one story, and near-misses that report no
attack on U.S. forces (U.S. strikes on militias, Houthi attacks on ships, Israeli strikes, withdrawal talks).
"""

from __future__ import annotations

from agents.classify.glossing import language_of

FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, events)
CASES = [
    (
        "a drone on a named base on a weekday, '인명 피해는 없었다': no one hurt",
        "친이란 민병대가 월요일 이라크 서부 아인 알아사드 공군기지를 드론으로 공격했다. "
        "인명 피해는 없었다고 미군 관계자가 밝혔다.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], None, 0, 0, None)],
    ),
    (
        "rockets counted in digits, on a written date",
        "1월 20일 시리아 남부 알탄프 기지에 로켓 3발이 떨어졌다.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-20", ["rocket"], 3, None, None, None)],
    ),
    (
        "a day of the month alone with '(현지시간)', three troops lightly hurt",
        "에르빌 공군기지가 20일(현지시간) 드론 공격을 받았다. 이 공격으로 미군 3명이 경상을 입었다.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-20", ["drone"], None, None, 3, None)],
    ),
    (
        "a claim by the Islamic Resistance in Iraq, suicide drones",
        "이라크 이슬람저항군은 성명을 통해 수요일 하리르 기지를 자폭 드론으로 공격했다고 주장했다.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "the embassy, two rockets counted in words, 'Thursday early morning'",
        "바그다드 주재 미국 대사관에 목요일 새벽 로켓 두 발이 떨어졌다고 보안 소식통이 전했다.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-25", ["rocket"], 2, None, None, None)],
    ),
    (
        "Tower 22: three killed, more than forty hurt ('40여명')",
        "미 국방부는 요르단 북동부 타워 22 기지에 대한 드론 공격으로 미군 3명이 숨지고 40여명이 다쳤다고 밝혔다.",
        "2024-01-26",
        [("Tower 22", "Jordan", "2024-01-26", ["drone"], None, 3, 40, None)],
    ),
    (
        "two bases in one story, on the same day",
        "화요일 시리아 동부의 코노코 가스전 기지와 알오마르 유전 기지가 각각 로켓 공격을 받았다고 시리아인권관측소가 전했다.",
        "2024-01-26",
        [
            ("Green Village", "Syria", "2024-01-23", ["rocket"], None, None, None, None),
            ("Mission Support Site Euphrates", "Syria", "2024-01-23", ["rocket"], None, None, None, None),
        ],
    ),
    (
        "'last Sunday', ballistic missiles, the Kataib Hezbollah claim",
        "카타이브 헤즈볼라는 지난 일요일 아인 알아사드 기지에 탄도미사일을 발사했다며 배후를 자처했다.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-21", ["ballistic_missile"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "'yesterday', mortar shells on Camp Victory, no injuries",
        "어제 바그다드 공항 인근 빅토리 기지에 박격포탄이 떨어졌다. 부상자는 없었다.",
        "2024-01-26",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["mortar"], None, None, 0, None)],
    ),
    (
        "a logistics convoy hit by a roadside bomb in Iraq",
        "목요일 이라크 남부에서 연합군 보급 호송대가 도로변 폭탄 공격을 받았다.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-25", ["ied"], None, None, None, None)],
    ),
    (
        "an unnamed base in Syria, two drones shot down",
        "시리아 북동부의 미군 기지를 겨냥한 드론 두 대가 토요일 격추됐다.",
        "2024-01-26",
        [(None, "Syria", "2024-01-20", ["drone"], 2, None, None, None)],
    ),
    (
        "a soldier killed in Syria: '숨졌다'",
        "시리아 동부 샤다디 기지에 대한 로켓 공격으로 미군 병사 1명이 숨졌다고 미군 중부사령부가 금요일 발표했다.",
        "2024-01-26",
        [("Shaddadi", "Syria", "2024-01-26", ["rocket"], None, 1, None, None)],
    ),
    (
        "a base name joined to '공군기지', 'Sunday night', '사상자는 아직 없다'",
        "아인 알-아사드공군기지에 일요일 밤 로켓 4발이 떨어졌다. 사상자는 아직 없다고 이라크군 소식통이 전했다.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-21", ["rocket"], 4, 0, 0, None)],
    ),
    (
        "a country with its particle joined ('요르단에서'): the base is in that country",
        "친이란 민병대가 요르단에서 미군 기지를 공격해 미군 3명이 숨졌다.",
        "2024-01-29",
        [(None, "Jordan", "2024-01-29", ["unknown"], None, 3, None, None)],
    ),
    (
        "'시리아 국경 인근 요르단 북부': near the Syrian border, in Jordan",
        "바이든 대통령은 지난 27일 밤 시리아 국경 인근 요르단 북부에 주둔한 미군이 드론 공격을 받아 군인 3명이 숨졌다고 밝혔다.",
        "2024-01-29",
        [(None, "Jordan", "2024-01-27", ["drone"], None, 3, None, None)],
    ),
    (
        "one-way attack drones counted ('단방향 공격드론 2대'), a name written with a hyphen ('알-탄프')",
        "미군 중부사령부는 23일 단방향 공격드론 2대가 알-탄프 기지를 겨냥했으나 모두 격추됐다고 밝혔다.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 2, None, None, None)],
    ),
    (
        "bases counted after their noun ('시리아 내 미군기지 2곳'): two attacks",
        "목요일 시리아 내 미군기지 2곳이 공격을 받았다고 현지 매체가 전했다.",
        "2024-01-26",
        [
            (None, "Syria", "2024-01-25", ["unknown"], None, None, None, None),
            (None, "Syria", "2024-01-25", ["unknown"], None, None, None, None),
        ],
    ),
    (
        "an airport written joined ('에르빌공항'), 'no casualties or damage to facilities'",
        "수요일 에르빌공항 인근 미군 기지에 드론 공격이 가해졌다. 사상자나 시설 피해는 없는 것으로 알려졌다.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], None, 0, 0, None)],
    ),
    (
        "'22일엔' (contracted '22일에는')",
        "22일엔 하리르 공군기지가 드론 공격을 받았다.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, None)],
    ),
    (
        "a count with no noun before a polite past verb ('4명이 다쳤다고 ... 밝혔습니다')",
        "이라크 서부 아인 알아사드 공군기지가 화요일 로켓 공격을 받아 4명이 다쳤다고 미 국방부가 밝혔습니다.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], None, None, 4, None)],
    ),
    (
        "the toll as a number ('부상자가 25명이며'), the worst hurt among them not added",
        "요르단 북동부 타워 22 기지가 토요일 드론 공격을 받았다. 미 국방부는 부상자가 25명이며 이 가운데 2명이 중상을 입었다고 밝혔다.",
        "2024-01-26",
        [("Tower 22", "Jordan", "2024-01-20", ["drone"], None, None, 25, None)],
    ),
    (
        "'지난 주말' (last weekend), a count before '경상을 입었습니다'",
        "지난 주말 시리아 동부의 미군 기지가 드론 공격을 받아 3명이 경상을 입었습니다.",
        "2024-01-29",
        [(None, "Syria", "2024-01-28", ["drone"], None, None, 3, None)],
    ),
    (
        "a base told as '부대' joined to its name ('알-아사드부대에'), '공격이 가해졌다'",
        "수요일 안바르주의 아인 알-아사드부대에 드론 공격이 가해졌다. 사상자는 없었다.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, 0, 0, None)],
    ),
    (
        "drones carrying explosives ('폭발물을 실은 드론'): drones, no roadside bomb",
        "폭발물을 실은 드론 2대가 목요일 에르빌 공군기지를 공격했다.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], 2, None, None, None)],
    ),
    (
        "a claim in the polite form ('자신들의 소행이라고 주장했습니다')",
        "이라크 이슬람저항군은 월요일 하리르 공군기지에 대한 드론 공격이 자신들의 소행이라고 주장했습니다.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "Conoco spelled '코니코'",
        "시리아 동부 코니코 미군기지에 목요일 로켓 5발이 떨어졌다.",
        "2024-01-26",
        [("Mission Support Site Euphrates", "Syria", "2024-01-25", ["rocket"], 5, None, None, None)],
    ),
    (
        "near-miss: U.S. troops hurt in a joint raid on Islamic State hideouts",
        "미군과 이라크군이 서부 사막에서 이슬람국가 은신처를 급습하는 합동 작전을 벌여 무장대원 10명을 사살했다. 이 과정에서 미군 4명이 다쳤다.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: U.S. retaliatory airstrikes on militias",
        "미군은 화요일 이라크와 시리아의 친이란 민병대 시설에 보복 공습을 단행했다.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Houthis fire missiles at a ship in the Red Sea",
        "예멘 후티 반군이 홍해에서 상선을 미사일로 공격했다.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli airstrikes in Lebanon",
        "이스라엘군은 레바논 남부의 헤즈볼라 거점을 공습했다.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of the U.S.-led coalition",
        "이라크 정부와 미국은 미국 주도 연합군의 철수 일정을 논의하는 회담을 가졌다.",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


def test_language_of_korean() -> None:
    paragraph = ("시리아 동부의 미군 기지가 화요일 드론 공격을 받았다고 미 국방부가 밝혔다. "
                 "소식통에 따르면 사상자는 없었다.")
    assert language_of(paragraph) == "ko"
