"""Reports written in Indonesian, read through the Indonesian phrase table (``data/gloss/id.tsv``).

Every sentence here is written for these tests. The table test articles are read against Friday 2024-01-26.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "a drone attack on a named base, on a weekday",
        "Sebuah serangan drone menargetkan pangkalan udara Ain al-Asad di Irak barat pada hari Selasa, kata "
        "seorang pejabat AS yang dikutip oleh kantor berita.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["drone"], None, None, None, None)],
    ),
    (
        "rockets counted, on a written date, without casualties",
        "Tiga roket ditembakkan ke pangkalan udara Erbil pada 22 Januari dan tidak menimbulkan korban jiwa "
        "maupun luka, menurut juru bicara koalisi.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], 3, 0, 0, None)],
    ),
    (
        "soldiers wounded, and the claim of the Islamic Resistance in Iraq",
        "Empat tentara AS terluka ringan dalam serangan drone yang menargetkan pangkalan al-Tanf di Suriah "
        "pada hari Kamis. Perlawanan Islam di Irak mengaku bertanggung jawab atas serangan itu dalam sebuah "
        "pernyataan.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, None, 4, "Islamic Resistance in Iraq")],
    ),
    (
        "the embassy, yesterday, with Katyusha rockets",
        "Roket Katyusha yang ditembakkan kemarin ke arah Kedutaan Besar AS di Baghdad jatuh di Zona Hijau, "
        "tetapi tidak ada yang terluka, kata sumber keamanan Irak.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-25", ["rocket"], None, None, 0, None)],
    ),
    (
        "two bases in one report, each its own attack",
        "Drone bersenjata menyerang pasukan AS di dua pangkalan pada hari Rabu, yaitu pangkalan udara Harir "
        "di Kurdistan Irak dan pangkalan al-Shaddadi di Suriah timur laut, dan tidak ada korban.",
        [
            ("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, 0, 0, None),
            ("Shaddadi", "Syria", "2024-01-24", ["drone"], None, 0, 0, None),
        ],
    ),
    (
        "a base in Syria the report does not name",
        "Sebuah pangkalan yang menampung pasukan koalisi di Suriah timur diserang drone pada hari Minggu, "
        "kata Pentagon dalam sebuah pernyataan.",
        [(None, "Syria", "2024-01-21", ["drone"], None, None, None, None)],
    ),
    (
        "deaths among U.S. soldiers in Jordan",
        "Tiga tentara AS tewas dan puluhan lainnya terluka pada hari Minggu ketika sebuah drone menghantam "
        "sebuah pangkalan di Yordania dekat perbatasan Suriah.",
        [(None, "Jordan", "2024-01-21", ["drone"], 1, 3, None, None)],
    ),
    (
        "Tower 22 by its Indonesian name, on a weekday night",
        "Sebuah drone menghantam Menara 22, pos militer AS di Yordania timur laut, pada Rabu malam, menurut "
        "seorang pejabat pertahanan AS yang tidak disebutkan namanya.",
        [("Tower 22", "Jordan", "2024-01-24", ["drone"], 1, None, None, None)],
    ),
    (
        "the international airport of Erbil, named after the noun",
        "Dua drone bermuatan bahan peledak menargetkan bandara internasional Erbil yang menampung pasukan "
        "koalisi pada hari Senin.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 2, None, None, None)],
    ),
    (
        "drones shot down early on a weekday, no casualties",
        "Pasukan koalisi menembak jatuh dua drone yang mendekati pangkalan Ain al-Asad pada Sabtu dini hari. "
        "Tidak ada korban dalam insiden itu.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["drone"], 2, 0, 0, None)],
    ),
    (
        "a weekday with its date in digits, Victory base",
        "Lima roket jatuh di dalam pangkalan Victory dekat bandara Baghdad pada Selasa (23/1/2024), menurut "
        "sumber keamanan yang tidak disebutkan namanya.",
        [("Victory Base Complex", "Iraq", "2024-01-23", ["rocket"], 5, None, None, None)],
    ),
    (
        "a claim by Harakat al-Nujaba, last Monday",
        "Harakat al-Nujaba mengklaim serangan roket terhadap pangkalan Ain al-Asad pada Senin lalu, yang "
        "tidak menimbulkan korban.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, 0, 0, "Harakat al-Nujaba")],
    ),
    (
        "traumatic brain injuries after ballistic missiles",
        "Tiga personel AS mengalami cedera otak traumatis dalam serangan rudal balistik dari Iran terhadap "
        "pangkalan udara Ain al-Asad pada hari Sabtu, kata Komando Pusat AS.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["ballistic_missile"], None, None, 3, None)],
    ),
    (
        "a roadside bomb against a logistics convoy of the coalition",
        "Sebuah konvoi logistik koalisi diserang dengan bom pinggir jalan di provinsi Anbar pada hari Kamis "
        "dan tidak ada yang terluka, kata seorang pejabat keamanan Irak.",
        [(None, "Iraq", "2024-01-25", ["ied"], None, None, 0, None)],
    ),
    (
        "a U.S. strike on a militia is no attack on U.S. forces",
        "Militer AS melancarkan serangan udara terhadap posisi Kataib Hizbullah di provinsi Babil pada hari "
        "Rabu sebagai balasan atas serangan terhadap pasukannya.",
        [],
    ),
    (
        "a Houthi attack on a ship in the Red Sea is no attack on a base",
        "Pemberontak Houthi menembakkan rudal ke sebuah kapal dagang di Laut Merah pada hari Selasa, tetapi "
        "tidak ada korban, kata Komando Pusat AS.",
        [],
    ),
    (
        "an Israeli strike in Syria is no attack on U.S. forces",
        "Serangan udara Israel menghantam sebuah gudang senjata di dekat Damaskus pada hari Kamis, menurut "
        "Observatorium Suriah untuk Hak Asasi Manusia yang berbasis di Inggris.",
        [],
    ),
    (
        "talks on the withdrawal of the coalition tell no attack",
        "Baghdad dan Washington memulai perundingan mengenai penarikan pasukan koalisi internasional dari "
        "Irak, kata pemerintah Irak dalam sebuah pernyataan.",
        [],
    ),
    (
        "a passive verb with its weapon after it, and nobody hurt or killed",
        "Sebuah pos terdepan AS di Suriah selatan diserang pesawat tak berawak pada hari Rabu, kata para pejabat. "
        "Tidak ada warga Amerika yang cedera atau tewas dalam serangan tersebut.",
        [(None, "Syria", "2024-01-24", ["drone"], None, 0, 0, None)],
    ),
    (
        "two dozen other service members, the others after their noun",
        "Dua tentara AS tewas dan setidaknya dua lusin anggota militer lainnya terluka pada hari Minggu ketika "
        "sebuah drone menghantam Menara 22 di Yordania.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], 1, 2, 24, None)],
    ),
    (
        "a civilian interpreter among the dead, other service members among the wounded",
        "Dua personel militer AS dan seorang penerjemah sipil AS tewas dalam penyergapan di Suriah tengah pada "
        "hari Sabtu. Tiga anggota dinas lainnya terluka dalam serangan itu.",
        [(None, "Syria", "2024-01-20", ["unknown"], None, 3, 3, None)],
    ),
    (
        "no one claimed, and the base told by its area",
        "Tak ada yang mengaku bertanggung jawab atas serangan drone ke pangkalan militer AS di wilayah al-Tanf "
        "pada hari Kamis, yang tidak menimbulkan korban.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, 0, 0, None)],
    ),
    (
        "the first and the second attack of one night, ordinals after the noun",
        "Pangkalan udara Harir diserang dua kali pada hari Rabu. Serangan pertama terjadi pada pukul 22.00, dan "
        "serangan kedua terjadi pada pukul 23.30. Tidak ada korban.",
        [
            ("Harir Air Base", "Iraq", "2024-01-24", ["unknown"], None, 0, 0, None),
            ("Harir Air Base", "Iraq", "2024-01-24", ["unknown"], None, 0, 0, None),
        ],
    ),
    (
        "days ago, with suicide drones as the agent of the passive",
        "Menurut sumber-sumber berita lokal, pangkalan al-Shaddadi di Suriah ditargetkan drone bunuh diri empat "
        "hari yang lalu dan tidak ada korban dalam serangan itu.",
        [("Shaddadi", "Syria", "2024-01-22", ["drone"], None, 0, 0, None)],
    ),
    (
        "soldiers counted with the word for people before them",
        "Sebuah roket menghantam pangkalan Victory pada hari Selasa dan melukai tiga orang tentara Amerika, kata "
        "seorang pejabat pertahanan AS.",
        [("Victory Base Complex", "Iraq", "2024-01-23", ["rocket"], 1, None, 3, None)],
    ),
    (
        "U.S. forces striking in retaliation for attacks are no attack on them",
        "Pasukan AS menyerang gudang senjata milisi di Suriah timur pada hari Jumat sebagai balasan atas serangan "
        "terhadap personel Amerika.",
        [],
    ),
    (
        "failed attacks counted over two weeks tell no attack of their own",
        "Setidaknya terjadi lima serangan yang gagal terhadap pasukan AS di Irak dan Suriah dalam dua minggu "
        "terakhir, kata Pentagon, tanpa menyebut pangkalannya.",
        [],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


def test_indonesian_is_told_by_its_words() -> None:
    assert [language_of(text) for _, text, _ in CASES] == ["id"] * len(CASES)


def test_a_typical_paragraph_is_indonesian() -> None:
    paragraph = ("Serangan roket yang menargetkan pangkalan militer AS di Irak barat pada hari Senin tidak menimbulkan "
                 "korban jiwa, kata seorang pejabat keamanan. Belum ada kelompok yang mengaku bertanggung jawab atas "
                 "serangan itu, yang terjadi dua hari setelah sebuah drone ditembak jatuh di dekat bandara Baghdad.")
    assert language_of(paragraph) == "id"
