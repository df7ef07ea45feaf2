"""Turkish reports read through the Turkish gloss (agents/classify/data/gloss/tr.tsv).

Every sentence here is written for these tests: weekdays and written dates, counts in words and digits,
casualties and their absence, claims, the embassy, two bases in one story, and near-misses that report no
attack on U.S. forces (U.S. strikes on militias, Houthi attacks on ships, Israeli strikes, withdrawal talks).
Each text carries a few of the words `language_of` counts for Turkish ("ve", "bir", "ile", "olarak"...).
"""

from __future__ import annotations

from agents.classify.glossing import language_of

FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, events)
CASES = [
    (
        "a drone on a named base on a weekday, 'can kaybı yaşanmadı': no casualties",
        "İran yanlısı gruplar pazartesi günü Irak'ın batısındaki Ayn el-Esed Hava Üssü'ne bir İHA ile saldırı "
        "düzenledi. Saldırıda can kaybı yaşanmadı.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, 0, 0, None)],
    ),
    (
        "rockets counted in digits on a written date, the base by its oil field",
        "Suriye'nin doğusundaki Ömer petrol sahasında bulunan ABD üssüne 24 Ekim'de 3 roket atıldı ve bir "
        "güvenlik kaynağı olayı doğruladı.",
        "2023-10-27",
        [("Green Village", "Syria", "2023-10-24", ["rocket"], 3, None, None, None)],
    ),
    (
        "rockets counted in words, 'salı gecesi', soldiers lightly wounded",
        "Erbil Havalimanı'ndaki koalisyon üssüne salı gecesi beş roket düştü ve saldırıda iki ABD askeri hafif "
        "yaralandı. Askerler tedavi için hastaneye kaldırıldı.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-23", ["rocket"], 5, None, 2, None)],
    ),
    (
        "a claim told 'announced that it targeted', soldiers wounded",
        "Irak İslami Direnişi, Harir'deki ABD üssünü perşembe günü iki kamikaze İHA ile hedef aldığını açıkladı. "
        "Saldırıda 2 ABD askeri hafif yaralandı ve tedavi altına alındı.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 2, None, 2, "Islamic Resistance in Iraq")],
    ),
    (
        "a claim told 'the group took responsibility for the attack'",
        "Şeddadi'deki ABD üssüne çarşamba günü İHA'larla saldırı düzenlendi. Kataib Hizbullah, saldırının "
        "sorumluluğunu üstlendi ve bir açıklama yayımladı.",
        "2024-01-26",
        [("Shaddadi", "Syria", "2024-01-24", ["drone"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "Katyushas on the embassy, 'no injuries were reported'",
        "Bağdat'taki ABD Büyükelçiliği'ne pazar günü Katyuşa roketleri ile saldırı düzenlendi. Güvenlik "
        "kaynaklarına göre herhangi bir yaralanma bildirilmedi.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], None, None, 0, None)],
    ),
    (
        "two bases in one sentence, 'geçen cuma'",
        "Geçen cuma Ayn el-Esed ve Harir üsleri İHA'larla hedef alındı ve hasar tespit çalışmaları sürüyor.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-19", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-19", ["drone"], None, None, None, None),
        ],
    ),
    (
        "a drone attack with its dead and wounded, the killed told before the wounded without a comma",
        "Ürdün'deki Kule 22 üssüne pazar günü düzenlenen İHA saldırısında 3 ABD askeri hayatını kaybetti 34 asker "
        "yaralandı. Saldırı bir kez daha bölgedeki gerginliği artırdı.",
        "2024-01-29",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, 34, None)],
    ),
    (
        "a roadside bomb on a coalition logistics convoy, nobody hurt (the English rules leave a convoy's country "
        "unset, as they do for 'In southern Iraq ... a coalition logistics convoy was targeted')",
        "Irak'ın güneyinde perşembe günü koalisyona ait bir lojistik konvoy yol kenarına yerleştirilen bomba ile "
        "hedef alındı ve kimse yaralanmadı.",
        "2024-01-26",
        [(None, None, "2024-01-25", ["ied"], None, None, 0, None)],
    ),
    (
        "two ballistic missiles on the Tanf base, 'dün'",
        "Suriye'deki Tenef üssüne dün iki balistik füze atıldı ve bir güvenlik kaynağına göre üs içinde maddi "
        "hasar meydana geldi.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["ballistic_missile"], 2, None, None, None)],
    ),
    (
        "the Conoco field base under drone attack 'on Saturday', 'no casualties or damage'",
        "Deyrizor'daki Konoko doğalgaz sahasında bulunan ABD üssü cumartesi günü İHA saldırısına uğradı. Yapılan "
        "açıklamaya göre saldırıda can kaybı veya hasar olmadı.",
        "2024-01-26",
        [("Mission Support Site Euphrates", "Syria", "2024-01-20", ["drone"], None, 0, 0, None)],
    ),
    (
        "'the 3rd of November' written as a date with its year, three mortar shells",
        "3 Kasım 2023 tarihinde Harab el-Cir üssüne üç havan mermisi düştü, ancak yapılan açıklamaya göre "
        "yaralanan olmadı.",
        "2023-11-05",
        [("Kharab al-Jir", "Syria", "2023-11-03", ["mortar"], 3, None, 0, None)],
    ),
    (
        "U.S. airstrikes on militias: no attack on U.S. forces",
        "ABD savaş uçakları pazartesi günü Deyrizor'da İran destekli milislerin mevzilerine hava saldırıları "
        "düzenledi ve çok sayıda militan öldü.",
        "2024-01-26",
        [],
    ),
    (
        "Houthis firing on a ship: no attack on U.S. forces",
        "Husiler çarşamba günü Kızıldeniz'de bir ticari gemiyi füze ile hedef aldı ve gemide yangın çıktı.",
        "2024-01-26",
        [],
    ),
    (
        "Israeli strikes near Damascus: no attack on U.S. forces",
        "İsrail savaş uçakları salı günü Şam'ın güneyindeki noktalara hava saldırısı düzenledi ve Suriye hava "
        "savunması bazı füzeleri düşürdü.",
        "2024-01-26",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "Bağdat ve Washington, uluslararası koalisyon güçlerinin Irak'tan çekilmesi için yeni bir müzakere turu "
        "başlattı ve görüşmeler olumlu geçti.",
        "2024-01-26",
        [],
    ),
    (
        "a drone downed without any casualties ('herhangi bir zayiat oluşmadan'), the attack only alleged of a group",
        "Uluslararası Bağdat Havalimanı'nda bulunan ve ABD askerlerinin kaldığı Victoria Üssü'ne yönelik bir İHA "
        "saldırısı pazar günü herhangi bir zayiat oluşmadan engellendi. Saldırının Irak İslami Direnişi tarafından gerçekleştirilmiş olabileceği iddia ediliyor.",
        "2026-03-02",
        [("Victory Base Complex", "Iraq", "2026-03-01", ["drone"], None, 0, 0, None)],
    ),
    (
        "Turkish typed without ı, ş, ğ ('saldiri', 'bulundugu', 'sorumlulugunu'), the claim told of the group",
        "Irak'ta ABD askerlerinin bulundugu Ayn el-Esed Hava Üssü'ne pazartesi günü roketli saldiri düzenlendi. "
        "Saldirinin sorumlulugunu Irak Islami Direnisi üstlendi ve bir açiklama yapti.",
        "2024-02-07",
        [("Ain al-Asad Air Base", "Iraq", "2024-02-05", ["rocket"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "casualties and damage denied with 'bildirilmedi', the base 'hedefi oldu' of a drone attack",
        "Erbil Havalimanı yakınında bulunan ve ABD askerlerinin kaldığı üs cuma günü insansız hava aracı saldırısı "
        "hedefi oldu. Olayda can kaybı ya da hasar bildirilmedi ve hava savunması ile önlemler artırıldı.",
        "2024-02-07",
        [("Erbil Air Base", "Iraq", "2024-02-02", ["drone"], None, 0, 0, None)],
    ),
    (
        "the base as 'Aynü'l Esed', 'can kaybının yaşanmadığını' in reported speech",
        "Güvenlik kaynakları, Enbar'daki Aynü'l Esed Hava Üssü'ne perşembe günü 4 roket düştüğünü ve olayda can "
        "kaybının yaşanmadığını bildirdi.",
        "2024-02-07",
        [("Ain al-Asad Air Base", "Iraq", "2024-02-01", ["rocket"], 4, 0, 0, None)],
    ),
    (
        "earlier attacks told in the past perfect ('düzenlenmişti') are background, not news",
        "İslami Direniş, salı sabahı Tanf üssünü iki İHA ile hedef aldığını açıkladı. Irak'taki Harir Hava "
        "Üssü'ne de roketlerle saldırılar düzenlenmişti.",
        "2024-02-07",
        [("Al-Tanf Garrison", "Syria", "2024-02-06", ["drone"], 2, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "protesters stopped on their way to the embassy ('yönelmesini engelledi'): no attack",
        "Irak güvenlik güçleri pazar günü Yeşil Bölge'ye giren bazı göstericilerin ABD Büyükelçiliği'ne "
        "yönelmesini engelledi ve bölgede önlemler artırıldı.",
        "2024-02-07",
        [],
    ),
    (
        "two Syrian bases by their fields in one phrase ('El-Ömer ve Conoco')",
        "Suriye'de El-Ömer ve Conoco petrol sahalarında bulunan iki ABD üssü çarşamba günü füzelerle hedef "
        "alındı ve bölgede patlama sesleri duyuldu.",
        "2024-02-07",
        [("Green Village", "Syria", "2024-02-07", ["missile"], None, None, None, None),
         ("Mission Support Site Euphrates", "Syria", "2024-02-07", ["missile"], None, None, None, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


def test_language_of_turkish() -> None:
    paragraph = ("Suriye'nin doğusundaki bir ABD üssüne salı günü insansız hava aracı ile saldırı düzenlendi. "
                 "Pentagon tarafından yapılan açıklamaya göre saldırıda yaralanan olmadı.")
    assert language_of(paragraph) == "tr"
