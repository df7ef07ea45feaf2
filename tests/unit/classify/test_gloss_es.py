"""Spanish reports read through the gloss (agents/classify/data/gloss/es.tsv): dates told the Spanish way
("el martes", "la madrugada del jueves", "el 24 de enero"), adjectives after their nouns ("soldados
estadounidenses"), casualty phrases ("sin causar víctimas"), claims ("se atribuyó"), and near-misses that
must give no attack (U.S. or Israeli strikes, Houthi attacks on ships, talks on a withdrawal).

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
        "the wounded counted after the dead ('y otros 12 resultaron heridos')",
        "",
        "Un soldado de la coalición murió y otros 12 resultaron heridos en el ataque con cohetes del lunes contra "
        "la base de Ain al-Asad, informó el Pentágono.",
        "2024-01-30",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-29", ["rocket"], None, 1, 12, None)],
    ),
    (
        "'Un dron atacó el martes la base aérea de Ain al Asad ... sin causar víctimas ni daños': one drone, Tuesday, no one hurt",
        "",
        "Un dron atacó el martes la base aérea de Ain al Asad, en el oeste de Irak, sin causar víctimas ni daños, "
        "según una fuente de seguridad iraquí.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["drone"], 1, 0, 0, None)],
    ),
    (
        "'Cinco cohetes Katiusha impactaron el 24 de enero ... la base Victoria': a count and a numeric date",
        "",
        "Cinco cohetes Katiusha impactaron el 24 de enero en las inmediaciones de la base Victoria, junto al "
        "aeropuerto de Bagdad, informaron fuentes policiales.",
        "2024-01-26",
        [("Victory Base Complex", "Iraq", "2024-01-24", ["rocket"], 5, None, None, None)],
    ),
    (
        "'Tres soldados estadounidenses resultaron heridos leves ... en la madrugada del jueves': three wounded, early Thursday",
        "",
        "Tres soldados estadounidenses resultaron heridos leves en un ataque con drones contra la base de Al Tanf, "
        "en el sureste de Siria, en la madrugada del jueves, informó el Pentágono.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, None, 3, None)],
    ),
    (
        "'Dos cohetes cayeron este lunes cerca de la base aérea de Harir ... No hubo víctimas': two rockets, nobody hurt",
        "",
        "Dos cohetes cayeron este lunes cerca de la base aérea de Harir, en la provincia de Erbil, según las "
        "autoridades del Kurdistán iraquí. No hubo víctimas, dijo un portavoz de la coalición, que precisó que los "
        "proyectiles fueron lanzados desde una zona rural.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-22", ["rocket"], 2, 0, 0, None)],
    ),
    (
        "'La Resistencia Islámica en Irak reivindicó el miércoles un ataque con drones contra la base estadounidense "
        "de Al Shaddadi': a claim",
        "",
        "La Resistencia Islámica en Irak reivindicó el miércoles un ataque con drones contra la base estadounidense "
        "de Al Shaddadi, en el noreste de Siria.",
        "2024-01-26",
        [("Shaddadi", "Syria", "2024-01-24", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'Kataib Hezbolá se atribuyó el ataque con cohetes lanzado la noche del domingo': a claim, Sunday night",
        "",
        "Kataib Hezbolá se atribuyó el ataque con cohetes lanzado la noche del domingo contra la base de Ain al "
        "Asad, que alberga a tropas estadounidenses.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-21", ["rocket"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "'proyectiles de mortero cayeron el domingo por la noche en el recinto de la embajada de Estados Unidos': "
        "the embassy, no one hurt",
        "",
        "Varios proyectiles de mortero cayeron el domingo por la noche en el recinto de la embajada de Estados "
        "Unidos en Bagdad, sin causar heridos, según un funcionario de seguridad iraquí.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["mortar"], None, None, 0, None)],
    ),
    (
        "'Drones armados atacaron el jueves la base de Ain al Asad y el aeropuerto de Erbil': two bases",
        "",
        "Drones armados atacaron el jueves la base de Ain al Asad y el aeropuerto de Erbil, donde se encuentran "
        "tropas de la coalición liderada por Estados Unidos.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None),
        ],
    ),
    (
        "'Tres militares estadounidenses murieron y 34 resultaron heridos ... contra la Torre 22': killed and wounded",
        "",
        "Tres militares estadounidenses murieron y 34 resultaron heridos en un ataque con dron contra la Torre 22, "
        "una base en el noreste de Jordania, cerca de la frontera con Siria, el domingo.",
        "2024-01-29",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, 34, None)],
    ),
    (
        "'derribaron el 15 de enero un dron que se dirigía hacia la base de Al Tanf': an attack foiled is still one",
        "",
        "Las fuerzas de la coalición derribaron el 15 de enero un dron que se dirigía hacia la base de Al Tanf, en "
        "Siria.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-15", ["drone"], None, None, None, None)],
    ),
    (
        "'más de una docena de misiles balísticos contra la base de Ain al Asad y la base aérea de Erbil': two bases, "
        "how many on each not told",
        "",
        "Irán lanzó más de una docena de misiles balísticos contra la base de Ain al Asad y la base aérea de Erbil "
        "en la madrugada del miércoles.",
        "2020-01-08",
        [
            ("Ain al-Asad Air Base", "Iraq", "2020-01-08", ["ballistic_missile"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2020-01-08", ["ballistic_missile"], None, None, None, None),
        ],
    ),
    (
        "'Un artefacto explosivo estalló el sábado al paso de un convoy logístico de la coalición': a bomb, no base",
        "",
        "Un artefacto explosivo estalló el sábado al paso de un convoy logístico de la coalición internacional en "
        "la provincia de Diwaniya, en el sur de Irak, sin causar víctimas.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-20", ["ied"], None, 0, 0, None)],
    ),
    (
        "'Atacan con dron una base de EU en Siria' (Mexican 'EU'), 'se estrelló este viernes ... sin que se "
        "registraran víctimas'",
        "Atacan con dron una base de EU en Siria",
        "Un dron cargado de explosivos se estrelló este viernes contra la base de Al Shaddadi, en la provincia de "
        "Hasaka, sin que se registraran víctimas.",
        "2024-01-26",
        [("Shaddadi", "Syria", "2024-01-26", ["drone"], 1, 0, 0, None)],
    ),
    (
        "'el pasado lunes', written on a Monday: the Monday before",
        "",
        "Dos drones cargados de explosivos atacaron el pasado lunes la base de Al Tanf, en el sureste de Siria, y "
        "fueron derribados por las defensas aéreas de la base, según el Comando Central de Estados Unidos.",
        "2024-01-22",
        [("Al-Tanf Garrison", "Syria", "2024-01-15", ["drone"], 2, None, None, None)],
    ),
    (
        "'dos sistemas aéreos no tripulados de ataque unidireccional': unmanned aerial systems are two drones",
        "",
        "Dos sistemas aéreos no tripulados de ataque unidireccional atacaron el martes a las fuerzas de la coalición "
        "en la base aérea de Harir, en el Kurdistán iraquí, según el Pentágono.",
        "2024-07-17",
        [("Harir Air Base", "Iraq", "2024-07-16", ["drone"], 2, None, None, None)],
    ),
    (
        "'y otros veinticinco resultaron heridos': the others counted in words",
        "",
        "Dos soldados estadounidenses murieron y otros veinticinco resultaron heridos el domingo en un ataque con "
        "drones contra una base en el noreste de Jordania, informó el Mando Central.",
        "2024-01-29",
        [(None, "Jordan", "2024-01-28", ["drone"], None, 2, 25, None)],
    ),
    (
        "'afirmó que atacó': a claim told without its subject",
        "",
        "La Resistencia Islámica en Irak afirmó que atacó el domingo la base de Al Tanf, en Siria, con un dron.",
        "2024-01-22",
        [("Al-Tanf Garrison", "Syria", "2024-01-21", ["drone"], 1, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'el Centro de Apoyo Diplomático de Bagdad': the diplomatic support center at Baghdad airport",
        "",
        "Un dron cayó el miércoles dentro del Centro de Apoyo Diplomático de Bagdad, junto al aeropuerto, sin causar "
        "heridos, según la embajada.",
        "2026-03-05",
        [("Victory Base Complex", "Iraq", "2026-03-04", ["drone"], 1, None, 0, None)],
    ),
    (
        "'después de que un ataque ... llevara a cabo': the subjunctive of 'llevar a cabo', a day later",
        "",
        "Las milicias proiraníes atacaron el jueves con cohetes la base de Harir, en el norte de Irak, un día después "
        "de que el ejército estadounidense llevara a cabo un bombardeo en Bagdad, sin causar víctimas.",
        "2024-01-12",
        [("Harir Air Base", "Iraq", "2024-01-11", ["rocket"], None, 0, 0, None)],
    ),
    (
        "'durante el martes', 'el Mando Central de Estados Unidos': a weekday told with 'during', Spain's name of CENTCOM",
        "",
        "Tres soldados estadounidenses resultaron heridos durante el martes en un ataque con drones contra la base de "
        "Al Tanf, informó el Mando Central de Estados Unidos.",
        "2024-01-18",
        [("Al-Tanf Garrison", "Syria", "2024-01-16", ["drone"], None, None, 3, None)],
    ),
    (
        "'la base de ocupación estadounidense ... de manera directa y precisa': the side after 'occupation', and "
        "'precisa' as 'precise'",
        "",
        "La Resistencia Islámica en Irak reivindicó el sábado un ataque con tres drones contra la base de ocupación "
        "estadounidense de Ain al Asad, que alcanzaron sus objetivos de manera directa y precisa.",
        "2024-01-15",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-13", ["drone"], 3, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'le costó la vida a un contratista': a death told as the cost of a life",
        "",
        "Un cohete que cayó el viernes en una base cercana al aeropuerto de Erbil le costó la vida a un contratista "
        "de la coalición, según las autoridades kurdas.",
        "2024-01-15",
        [("Erbil Air Base", "Iraq", "2024-01-12", ["rocket"], 1, 1, None, None)],
    ),
    (
        "U.S. strikes on pro-Iranian militias in retaliation: no attack on U.S. forces",
        "",
        "Estados Unidos lanzó el viernes bombardeos contra posiciones de milicias proiraníes en el este de Siria, en "
        "represalia por los ataques contra sus tropas, informó el Pentágono.",
        "2024-01-26",
        [],
    ),
    (
        "Houthi missiles on a merchant ship in the Red Sea: no attack on a base",
        "",
        "Los rebeldes hutíes de Yemen atacaron el martes con misiles un buque mercante en el mar Rojo, sin causar "
        "heridos.",
        "2024-01-26",
        [],
    ),
    (
        "Israeli planes bombing militias near Damascus: no attack on U.S. forces",
        "",
        "Aviones israelíes bombardearon el lunes posiciones de milicias proiraníes cerca de Damasco, según el "
        "Observatorio Sirio de Derechos Humanos.",
        "2024-01-26",
        [],
    ),
    (
        "talks on the withdrawal of the coalition's troops: no attack",
        "",
        "Los gobiernos de Irak y Estados Unidos iniciaron el sábado en Bagdad conversaciones sobre la retirada de "
        "las tropas de la coalición internacional del país, según un comunicado del Gobierno iraquí.",
        "2024-01-26",
        [],
    ),
]


@pytest.mark.parametrize(("name", "title", "text", "published", "want"), CASES, ids=[case[0][:60] for case in CASES])
def test_spanish_case(name: str, title: str, text: str, published: str, want: list[tuple], events_of) -> None:
    assert [tuple(event[field] for field in FIELDS) for event in events_of(text, published, title)] == want


def test_language_of_picks_spanish() -> None:
    paragraph = (
        "Las milicias proiraníes lanzaron el domingo varios drones contra una base con presencia de tropas de "
        "Estados Unidos en el este de Siria, según fuentes de seguridad, que señalaron que el ataque no causó "
        "heridos. Los grupos armados han reivindicado decenas de ataques desde octubre."
    )
    assert language_of(paragraph) == "es"
