"""Reports written in Portuguese (Brazilian and European), read through the phrase table
``data/gloss/pt.tsv``: the article is told Portuguese, glossed word for word into English, and the
English rules find the same events they find in an English report.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, events)
CASES = [
    (
        "the wounded counted after the dead ('e outros 12 ficaram feridos')",
        "Um soldado da coalizão morreu e outros 12 ficaram feridos no ataque com foguetes desta segunda-feira contra "
        "a base de Ain al-Asad, informou o Pentágono.",
        "2024-01-30",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-29", ["rocket"], None, 1, 12, None)],
    ),
    (
        "a drone attack on a named base, dated 'nesta quarta-feira (24)'",
        "Um ataque com drones teve como alvo a base aérea de Ain al-Asad, no oeste do Iraque, nesta quarta-feira "
        "(24), informou uma autoridade militar dos EUA. Segundo o mesmo responsável, os drones foram abatidos "
        "pelas defesas aéreas e não há registro de danos.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None)],
    ),
    (
        "'três foguetes Katyusha ... em 22 de janeiro': a count and a written date",
        "Três foguetes Katyusha caíram perto da base Victory, junto ao aeroporto de Bagdá, em 22 de janeiro, "
        "segundo uma fonte de segurança iraquiana. Os foguetes foram disparados a partir de um bairro do sul da "
        "capital, segundo a mesma fonte.",
        "2024-01-26",
        [("Victory Base Complex", "Iraq", "2024-01-22", ["rocket"], 3, None, None, None)],
    ),
    (
        "'quatro soldados norte-americanos ficaram levemente feridos': four wounded",
        "Quatro soldados norte-americanos ficaram levemente feridos num ataque com foguetes contra a base aérea de "
        "Ain al-Assad na segunda-feira, disse o Pentágono. Os militares foram tratados no local e também não "
        "houve danos graves, segundo os porta-vozes do Pentágono.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, 4, None)],
    ),
    (
        "'ferindo levemente dois soldados americanos ... no dia 19 de outubro'",
        "Um drone atingiu a base de Al-Tanf, na Síria, no dia 19 de outubro, ferindo levemente dois soldados "
        "americanos. Os militares voltaram ao serviço, segundo o Pentágono, que também não confirmou quem foi o "
        "autor do ataque.",
        "2023-10-25",
        [("Al-Tanf Garrison", "Syria", "2023-10-19", ["drone"], 1, None, 2, None)],
    ),
    (
        "'não houve vítimas nem danos': no one killed or hurt",
        "Dois drones atacaram a base de Al-Tanf, na Síria, no domingo. Não houve vítimas nem danos, segundo o "
        "Comando Central dos EUA, que também informou que os drones foram lançados por milícias apoiadas pelo Irã.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-21", ["drone"], 2, 0, 0, None)],
    ),
    (
        "European Portuguese: 'esta sexta-feira ... vários rockets', 'não houve vítimas mortais'",
        "Esta sexta-feira, a base militar de Ain al-Asad, no oeste do Iraque, foi atingida por vários rockets. "
        "Não houve vítimas mortais, mas registaram-se danos materiais, segundo o porta-voz da coligação "
        "internacional.",
        "2020-07-25",
        [("Ain al-Asad Air Base", "Iraq", "2020-07-24", ["rocket"], None, 0, None, None)],
    ),
    (
        "a claim: 'a Resistência Islâmica no Iraque reivindicou o ataque', 'na noite de terça-feira'",
        "A Resistência Islâmica no Iraque reivindicou o ataque com drones contra a base de Harir, no Curdistão "
        "iraquiano, na noite de terça-feira. O grupo, que reúne as milícias pró-iranianas do país, publicou o "
        "comunicado no Telegram e prometeu novos ataques contra as forças dos EUA na região, segundo a agência.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-23", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'as Brigadas do Hezbollah assumiram a responsabilidade pelo ataque': Kataib Hezbollah",
        "As Brigadas do Hezbollah assumiram a responsabilidade pelo ataque de foguetes contra a base aérea de Ain "
        "al-Asad, na quinta-feira. Segundo o comunicado do grupo, o ataque foi uma resposta aos bombardeios dos "
        "EUA no Iraque.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "the embassy: 'foguetes foram disparados contra a embaixada dos EUA em Bagdá', 'sem causar vítimas'",
        "Vários foguetes foram disparados contra a embaixada dos EUA em Bagdá na madrugada de sexta-feira, sem "
        "causar vítimas, segundo uma fonte de segurança. Os sistemas de defesa da embaixada interceptaram dois "
        "dos foguetes, e os outros caíram no rio Tigre.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-26", ["rocket"], None, 0, 0, None)],
    ),
    (
        "two bases in one sentence, 'nesta quinta-feira (25)', and 'não foram registradas vítimas'",
        "Drones atacaram nesta quinta-feira (25) a base de Ain al-Asad, no Iraque, e a base de Al-Tanf, na "
        "Síria, segundo o Pentágono. Não foram registradas vítimas entre os militares americanos nas duas bases, "
        "disse a porta-voz do Pentágono aos jornalistas.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, 0, 0, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, 0, 0, None),
        ],
    ),
    (
        "'três soldados americanos foram mortos ... na Torre 22, na Jordânia, no domingo (28)'",
        "Três soldados americanos foram mortos e dezenas ficaram feridos num ataque de drone contra a Torre 22, "
        "na Jordânia, no domingo (28). O presidente dos EUA culpou as milícias apoiadas pelo Irã e prometeu uma "
        "resposta ao ataque.",
        "2024-01-29",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, None, None)],
    ),
    (
        "a roadside device on a logistics convoy, 'sem deixar feridos'",
        "Um artefato explosivo atingiu um comboio logístico da coalizão na província de Babil, no sul do Iraque, "
        "nesta segunda-feira, sem deixar feridos. Os caminhões eram conduzidos por motoristas iraquianos, segundo "
        "uma fonte da polícia.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-22", ["ied"], None, None, 0, None)],
    ),
    (
        "Iran's ballistic missiles at Erbil 'na madrugada de terça-feira', 'não há registro de feridos'",
        "O Irã lançou mísseis balísticos contra a base aérea de Erbil na madrugada de terça-feira. Não há registro "
        "de feridos entre as tropas americanas, segundo um porta-voz do Pentágono, que também disse que os "
        "mísseis foram interceptados.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-23", ["ballistic_missile"], None, None, 0, None)],
    ),
    (
        "'pelo menos cinco foguetes ... onde estão estacionadas tropas americanas, na noite de sábado para domingo'",
        "Pelo menos cinco foguetes atingiram o campo de gás de Conoco, no leste da Síria, onde estão estacionadas "
        "tropas americanas, na noite de sábado para domingo. Não houve feridos, segundo as Forças Democráticas "
        "Sírias.",
        "2024-01-26",
        [("Mission Support Site Euphrates", "Syria", "2024-01-20", ["rocket"], 5, None, 0, None)],
    ),
    (
        "near miss: U.S. airstrikes on a militia are no attack on U.S. forces",
        "Os Estados Unidos realizaram ataques aéreos contra posições das Brigadas do Hezbollah no Iraque nesta "
        "quarta-feira, matando dois combatentes. O governo iraquiano condenou os bombardeios, que segundo Bagdá "
        "foram uma violação da soberania do país.",
        "2024-01-26",
        [],
    ),
    (
        "near miss: the Houthis' missiles at a ship in the Red Sea",
        "Os rebeldes houthis do Iêmen atacaram um navio comercial no mar Vermelho com mísseis balísticos na "
        "terça-feira. O navio sofreu danos leves e não houve feridos entre os tripulantes, segundo a agência de "
        "segurança marítima.",
        "2024-01-26",
        [],
    ),
    (
        "near miss: Israeli airstrikes near Damascus",
        "Ataques aéreos israelenses atingiram os arredores de Damasco, na Síria, nesta sexta-feira, matando dois "
        "membros da Guarda Revolucionária. O governo do Irã prometeu uma resposta ao ataque, segundo a agência "
        "oficial de notícias do país.",
        "2024-01-26",
        [],
    ),
    (
        "near miss: talks on the coalition's withdrawal",
        "Washington e Bagdá iniciaram nesta quinta-feira as conversas sobre a retirada das tropas da coalizão "
        "internacional do Iraque, segundo o governo iraquiano. As negociações são uma exigência das facções que "
        "atacaram as bases dos EUA nos últimos meses.",
        "2024-01-26",
        [],
    ),
]


def test_language_of_tells_portuguese() -> None:
    paragraph = ("Um ataque com drones atingiu nesta terça-feira uma base que abriga tropas dos Estados Unidos no "
                 "leste da Síria, segundo uma fonte de segurança. Não houve vítimas entre os militares, disse o "
                 "porta-voz da coalizão, que também não confirmou a autoria do ataque.")
    assert language_of(paragraph) == "pt"


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]
