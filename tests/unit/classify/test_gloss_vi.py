"""Vietnamese reports read through the gloss (agents/classify/data/gloss/vi.tsv): weekdays and dates written
"hôm thứ Hai", "ngày 20/1", "ngày 20 tháng 1"; nouns followed by their side ("binh sĩ Mỹ"); counts with their
classifiers ("ba quả rocket"); casualties, claims, and stories that report no attack on U.S. forces.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from agents.classify.core import extract
from agents.classify.glossing import language_of
from streams.records import Article

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# Published on Wednesday 24 January 2024 unless a row says otherwise.
PUBLISHED = "2024-01-24"

CASES = [
    (
        "a drone attack on a named base, 'vào tối thứ Hai' (Monday night), wounded soldiers",
        "Căn cứ Mỹ ở Iraq bị tấn công\nHai máy bay không người lái đã tấn công căn cứ không quân Ain al-Asad ở miền "
        "tây Iraq vào tối thứ Hai, khiến ba binh sĩ Mỹ bị thương nhẹ, một quan chức của Lầu Năm Góc cho biết.",
        PUBLISHED,
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 2, None, 3, None)],
    ),
    (
        "a rocket attack with a count and a date in digits ('ngày 20/1'), 'không gây thương vong'",
        "Ngày 20/1, ba quả rocket đã rơi vào căn cứ quân sự của Mỹ trong sân bay Erbil. Vụ tấn công này không gây "
        "thương vong, các nguồn tin an ninh cho biết.",
        PUBLISHED,
        [("Erbil Air Base", "Iraq", "2024-01-20", ["rocket"], 3, 0, 0, None)],
    ),
    (
        "a date written 'ngày 18 tháng 1'",
        "Một quan chức quân sự Mỹ cho biết bốn quả rocket đã được bắn vào căn cứ Ain al-Asad vào ngày 18 tháng 1 "
        "và không có thương vong.",
        PUBLISHED,
        [("Ain al-Asad Air Base", "Iraq", "2024-01-18", ["rocket"], 4, 0, 0, None)],
    ),
    (
        "a claim by a group, 'đã nhận trách nhiệm'",
        "Một máy bay không người lái đã tấn công căn cứ Tháp 22 ở Jordan hôm thứ Hai. Nhóm Kataib Hezbollah đã "
        "nhận trách nhiệm về vụ tấn công này trên kênh Telegram của mình.",
        PUBLISHED,
        [("Tower 22", "Jordan", "2024-01-22", ["drone"], 1, None, None, "Kataib Hezbollah")],
    ),
    (
        "the Islamic Resistance in Iraq claims an attack 'hôm qua' on a base in Syria",
        "Kháng chiến Hồi giáo ở Iraq tuyên bố nhận trách nhiệm vụ tấn công bằng máy bay không người lái vào căn "
        "cứ al-Tanf của liên quân ở Syria hôm qua. Lầu Năm Góc cho biết không có binh sĩ nào bị thương.",
        PUBLISHED,
        [("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], None, None, 0, "Islamic Resistance in Iraq")],
    ),
    (
        "an attack on the embassy with Katyusha rockets, 'không có ai bị thương'",
        "Ba quả rocket Katyusha đã nhắm vào Đại sứ quán Mỹ tại Baghdad hôm thứ Hai, nhưng không có ai bị thương, "
        "theo các nguồn tin an ninh của Iraq.",
        PUBLISHED,
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-22", ["rocket"], 3, None, 0, None)],
    ),
    (
        "two bases in one article",
        "Các tay súng thân Iran đã tấn công căn cứ al-Tanf ở Syria và căn cứ Harir ở Erbil bằng máy bay không "
        "người lái trong ngày hôm qua, các quan chức Mỹ cho biết.",
        PUBLISHED,
        [
            ("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-23", ["drone"], None, None, None, None),
        ],
    ),
    (
        "killed and wounded: 'thiệt mạng', 'người khác bị thương', a suicide drone",
        "Hai binh sĩ Mỹ đã thiệt mạng và năm người khác bị thương khi một chiếc UAV tự sát lao vào căn cứ Tháp 22 "
        "ở đông bắc Jordan vào Chủ nhật, Bộ Tư lệnh Trung tâm Mỹ cho biết.",
        PUBLISHED,
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], 1, 2, 5, None)],
    ),
    (
        "ballistic missiles, contractors and a soldier wounded, a date in digits",
        "Ba nhà thầu dân sự và một binh sĩ Mỹ đã bị thương trong cuộc tấn công bằng tên lửa đạn đạo vào căn cứ "
        "không quân Ain al-Asad ngày 13/1, một quan chức của Mỹ cho biết.",
        PUBLISHED,
        [("Ain al-Asad Air Base", "Iraq", "2024-01-13", ["ballistic_missile"], None, None, 4, None)],
    ),
    (
        "'chấn thương sọ não': traumatic brain injuries counted",
        "Sáu binh sĩ Mỹ đã bị chấn thương sọ não sau khi căn cứ không quân Ain al-Asad bị tấn công bằng tên lửa "
        "vào thứ Bảy, Lầu Năm Góc cho biết.",
        PUBLISHED,
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["missile"], None, None, 6, None)],
    ),
    (
        "mortar shells on a coalition base in Syria, 'thứ Hai tuần trước' (Monday of last week)",
        "Các nhóm dân quân đã bắn bốn quả đạn cối vào căn cứ của liên quân tại mỏ dầu al-Omar ở miền đông Syria "
        "vào thứ Hai tuần trước, theo Đài quan sát Nhân quyền Syria.",
        PUBLISHED,
        [("Green Village", "Syria", "2024-01-15", ["mortar"], 4, None, None, None)],
    ),
    (
        "near miss: U.S. airstrikes on militias",
        "Mỹ đã tiến hành các cuộc không kích nhằm vào các nhóm dân quân được Iran hậu thuẫn ở Iraq và Syria vào "
        "thứ Sáu, Lầu Năm Góc cho biết.",
        PUBLISHED,
        [],
    ),
    (
        "near miss: Houthi attacks on ships",
        "Lực lượng Houthi ở Yemen đã tấn công một tàu hàng của Mỹ ở Biển Đỏ bằng tên lửa vào ngày 20/1, không có "
        "ai bị thương.",
        PUBLISHED,
        [],
    ),
    (
        "near miss: Israeli strikes",
        "Quân đội Israel đã không kích các mục tiêu của Hezbollah ở miền nam Liban và gần thủ đô Damascus của "
        "Syria trong đêm thứ Ba.",
        PUBLISHED,
        [],
    ),
    (
        "near miss: withdrawal talks",
        "Iraq và Mỹ đã bắt đầu các cuộc đàm phán về việc rút quân đội của liên quân khỏi Iraq, các quan chức của "
        "hai nước cho biết hôm thứ Tư. Hiện có khoảng 2.500 binh sĩ Mỹ ở Iraq.",
        PUBLISHED,
        [],
    ),
    (
        "a weekday named a week back by its date: 'tối Chủ nhật (14/1)' told on 22 January",
        "Một máy bay không người lái đã rơi xuống căn cứ Harir ở Erbil vào tối Chủ nhật (14/1) mà không gây thiệt "
        "hại, các quan chức của người Kurd cho biết.",
        "2024-01-22",
        [("Harir Air Base", "Iraq", "2024-01-14", ["drone"], 1, None, None, None)],
    ),
    (
        "drones shot down near a base ('bắn hạ'), with a full date",
        "Hệ thống phòng không của liên quân đã bắn hạ hai máy bay không người lái nhằm vào căn cứ Victory gần sân "
        "bay quốc tế Baghdad vào ngày 15/01/2024, không có thiệt hại.",
        PUBLISHED,
        [("Victory Base Complex", "Iraq", "2024-01-15", ["drone"], 2, None, None, None)],
    ),
]


def _row(event) -> tuple:
    return tuple(list(value) if name == "weapons" else value
                 for name, value in ((n, getattr(event, n)) for n in FIELDS))


@pytest.mark.parametrize(("label", "text", "published", "expected"), CASES, ids=[case[0] for case in CASES])
def test_vietnamese_reports(label: str, text: str, published: str, expected: list[tuple]) -> None:
    title, _, body = text.rpartition("\n")
    article = Article.create(title=title or body.split(",")[0], text=body, published=published)
    found = sorted(_row(event) for event in extract(article).events)
    assert found == sorted(expected), label


def test_language_of_vietnamese() -> None:
    paragraph = ("Lực lượng Mỹ tại Iraq và Syria đã bị tấn công hơn 150 lần kể từ tháng 10, theo Lầu Năm Góc. "
                 "Các nhóm dân quân được Iran hậu thuẫn đã nhận trách nhiệm về nhiều vụ tấn công trong số này, "
                 "những vụ việc không gây thương vong lớn cho binh sĩ Mỹ.")
    assert language_of(paragraph) == "vi"
