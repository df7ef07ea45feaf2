"""The gloss engine: how a phrase table turns another language's words into the English the rules read,
and how an article's language is told. The tables here are made up for the tests; the shipped tables have
their own tests (``test_gloss_<code>.py``)."""

from __future__ import annotations

import unicodedata

import pytest

from agents.classify.glossing import gloss, language_of, parse_table, reorder, table_for, to_english

TABLE = parse_table([
    "# a comment, then a blank line",
    "",
    "trois\tthree",
    "roquettes\trockets",
    "base\tbase",
    "base militaire\tmilitary base",
    "le #\ton #",
    "octobre\tOctober",
    "lundi\tMonday",
    "d'\tof",
    "l'\tthe",
    "al\tto the",
    "des\t",
    "américain*\tAmerican",
    "@prefix\tوال\tand the",
    "قاعدة\tbase",
    "قبل أيام\tdays ago",
    "# de outubro\ton # October",
    "se\t",
    "forţe\tforces",
])

GLOSSES = [
    ("words of the table become English, others stay", "trois roquettes sur Harir", "three rockets sur Harir"),
    ("the longest phrase wins", "la base militaire", "la military base"),
    ("'#' carries the number over", "le 24 octobre", "on 24 October"),
    ("an elided word keeps a space before the next", "la base d'Aïn al-Assad", "la base of Aïn al-Assad"),
    ("case does not matter; a sentence's first word is capitalized", "Trois roquettes. lundi", "Three rockets. Monday"),
    ("an empty English drops the word and its space", "des roquettes", "rockets"),
    ("a stem takes any ending", "les soldats américaines", "les soldats American"),
    ("a particle inside a name stays", "Ain al Asad et al-Tanf", "Ain al Asad et al-Tanf"),
    ("the same particle as a word is glossed", "voy al norte", "voy to the norte"),
    ("a capitalized particle before a name stays", "voy de Al Omar", "voy de Al Omar"),
    ("between a word of the table and a name a particle is a word", "Trois al Omar", "Three to the Omar"),
    ("a particle's letters in capitals are a word of their own", "voy AL Omar", "voy to the Omar"),
    ("a joined prefix is split off a word the table lacks", "والقاعدة", "and the base"),
    ("a word that only opens like a prefix stays as written", "والقت", "والقت"),
    ("a phrase whose first word carries a joined prefix is read whole", "والقبل أيام", "and the days ago"),
    ("vowel signs and the tatweel are read past", "قاعدةٌ بـ3", "base ب3"),
    ("a thousands point becomes a comma", "2.500 soldats", "2,500 soldats"),
    ("a date in digits is written out, day first", "le 24.10.2023 et 3/1/2024", "on 24 October 2023 et 3 January 2024"),
    ("no date has a thirteenth month", "le 24.13.2023", "le 24.13.2023"),
    ("a phrase may open with a number (a line with a tab is no comment)", "24 de outubro", "on 24 October"),
    ("Romanian letters with a comma below are those with a cedilla", "forțe şi Forţe", "forces şi forces"),
    ("a dropped word joined by a hyphen leaves the space after it", "Registaram-se danos", "Registaram- danos"),
]


@pytest.mark.parametrize("name, text, want", GLOSSES, ids=[row[0] for row in GLOSSES])
def test_gloss(name: str, text: str, want: str) -> None:
    assert gloss(text, TABLE) == want


def test_a_phrase_with_vowel_signs_yields_to_the_plain_letters() -> None:
    table = parse_table(["هاجم*\tattacked", "هوجِم\twas attacked", "هاجَم\twas attacked"])
    assert [gloss(word, table) for word in ("هاجم", "هوجم")] == ["attacked", "was attacked"]


def test_first_entry_wins() -> None:
    assert gloss("base", parse_table(["base\tbase", "base\tcamp"])) == "base"


@pytest.mark.parametrize("line, message", [
    ("roquettes rockets", "gloss/xx.tsv:1: expected 'phrase<TAB>english'"),
    ("@prefix\tو", "gloss/xx.tsv:1: @prefix needs a prefix"),
    ("logisztikai konvoj*\tlogistics convoy", "gloss/xx.tsv:1: a stem"),
])
def test_malformed_line_names_table_and_line(line: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace(".", r"\.")):
        parse_table([line], "gloss/xx.tsv")


REORDERED = [
    ("the soldiers American were hurt", "the American soldiers were hurt"),
    ("a base military American", "a American military base"),
    ("the forces Iraqi and the troops pro-Iranian", "the Iraqi forces and the pro-Iranian troops"),
    ("American soldiers", "American soldiers"),
    ("the bases U.S. in Syria", "the U.S. bases in Syria"),
    ("Airstrikes Israeli hit the depot", "Israeli airstrikes hit the depot"),
    ("the air base of Ain al-Asad Monday night", "the Ain al-Asad air base Monday night"),
    ("the oil field of al-Omar", "the al-Omar oil field"),
    ("the military base of al-Omar", "the al-Omar base"),
    ("the airport international of Erbil", "the Erbil international airport"),
    ("the American military base Rmeilan in Syria", "the American Rmeilan base in Syria"),
    ("a drone attack on base “Harir” American", "a drone attack on Harir base American"),
    ("the base Tower 22 in Jordan", "the base Tower 22 in Jordan"),
    ("drones attacks American base", "drones attacks American base"),
    ("the base of the coalition", "the base of the coalition"),
    # (an abbreviation's first letter is no base's name)
    ("a base U.S. forces in Erbil", "a base U.S. forces in Erbil"),
]


@pytest.mark.parametrize("english, want", REORDERED)
def test_reorder_puts_adjectives_first(english: str, want: str) -> None:
    assert reorder(english) == want


LANGUAGES = [
    ("Rockets struck the base on Monday and the militia said that it was behind the attack.", "en"),
    ("Des roquettes ont visé la base lundi et les milices ont revendiqué l'attaque dans un communiqué.", "fr"),
    ("Trois roquettes se sont abattues lundi sur la base d'Aïn al-Assad, sans faire de victimes.", "fr"),
    # one-sentence reports carry few marker words, so each language needs enough of its own
    ("Rivendica l'attacco la Resistenza islamica in Iraq, che ha colpito domenica la base di Ain al-Asad con droni.", "it"),
    ("La base d'Aïn al-Assad a été visée avant-hier par trois roquettes.", "fr"),
    # ("el" of an Arabic name is no Spanish word)
    ("Ayn el-Esed ve el-Tenef üslerine saldırı düzenlendi.", "tr"),
    ("Dron uderzył w bazę Ain al-Asad w zachodnim Iraku.", "pl"),
    ("Az amerikai bázist drónokkal támadták meg, és a Pentagon szerint nem volt sebesült.", "hu"),
    ("Americká základna v Sýrii byla napadena drony, podle Pentagonu nebyl nikdo zraněn.", "cs"),
    ("Americká základňa v Sýrii bola napadnutá dronmi, podľa Pentagonu nebol nikto zranený.", "sk"),
    ("Căn cứ quân sự của Mỹ ở Syria đã bị tấn công bằng máy bay không người lái.", "vi"),
    # (accents sent as separate code points, as some sites send them)
    (unicodedata.normalize("NFD", "Căn cứ quân sự của Mỹ ở Syria đã bị tấn công bằng máy bay không người lái."), "vi"),
    ("시리아 주둔 미군 기지가 드론 공격을 받았다.", "ko"),
    ("米軍基地がドローン攻撃を受けた。", "ja"),
    ("Tres cohetes cayeron sobre la base de Ain al-Asad, sin causar víctimas.", "es"),
    ("Un attacco con droni ha colpito la base nella notte e gli Stati Uniti hanno confermato che sono stati feriti.", "it"),
    ("Dos drones atacaron la base de los Estados Unidos en el oeste de Irak, según fuentes del Pentágono.", "es"),
    ("Os drones atingiram a base dos Estados Unidos no Iraque, segundo uma fonte da coalizão, que não deu detalhes.", "pt"),
    ("Der US-Stützpunkt wurde von Drohnen angegriffen, die Miliz hat sich zu dem Angriff bekannt und es gab keine Verletzten.", "de"),
    ("Американская военная база в Сирии была атакована беспилотниками.", "ru"),
    ("Американську військову базу в Сирії атакували дрони, повідомили в Пентагоні.", "uk"),
    ("استهدفت طائرة مسيرة قاعدة عين الأسد في غرب العراق.", "ar"),
    ("یک پهپاد به پایگاه عین الاسد در غرب عراق حمله کرد.", "fa"),
    ("فڕۆکەیەکی بێفڕۆکەوان هێرشی کردە سەر بنکەی حەریر.", "ckb"),
    ("Een drone heeft een Amerikaanse basis in Syrië aangevallen, volgens het Pentagon werd niemand gewond.", "nl"),
    ("Irak'taki ABD üssüne bir İHA ile saldırı düzenlendi ve saldırı sonrası can kaybı olmadığı bildirildi.", "tr"),
    ("Amerykańska baza w Syrii została zaatakowana przez drony, według Pentagonu nikt nie został ranny.", "pl"),
    ("Pangkalan militer Amerika Serikat di Suriah diserang dengan drone, yang menurut Pentagon tidak menimbulkan korban.",
     "id"),
    # an English report that quotes a French sentence is still English
    ("The ministry said in a statement: \"la base a été visée\". Rockets struck the base on Monday, officials said, "
     "and the group that claimed it was named in the report.", "en"),
    ("Rockets.", "en"),
    ("美军驻叙利亚基地周一遭到无人机袭击，没有人员伤亡。", "zh"),
    ("美軍駐敘利亞基地週一遭到無人機襲擊ヂ，沒有人員傷亡。", "zh"),
    ("Напад дроном на америчку базу у Сирији извршен је у понедељак, саопштио је Пентагон.", "sr"),
    ("Napad dronom na američku bazu u Siriji izvršen je u ponedjeljak, a nije bilo povrijeđenih prema izvorima.", "sr"),
    ("Baza americană din Siria a fost atacată cu drone, potrivit Pentagonului, care a spus că nu sunt victime.", "ro"),
    ("Den amerikanske base i Syrien blev angrebet af droner, og ifølge Pentagon er ingen blevet såret.", "da"),
    ("Den amerikanske basen i Syria ble angrepet av droner, og ifølge Pentagon er ingen blitt skadet.", "no"),
    ("Ένα drone έπληξε την αμερικανική βάση στο Ιράκ τη Δευτέρα, χωρίς να αναφερθούν τραυματισμοί.", "el"),
    ("רחפן פגע בבסיס האמריקני בעיראק ביום שני, ולא היו נפגעים.", "he"),
    ("Dronekê êrîşî baregeha Amerîkayê ya li Hewlêrê kir û tu kes birîndar nebû.", "ku"),
    # (Turkish shares letters with Kurmanji, not its words)
    ("Erbil'deki ABD üssüne bir İHA ile saldırı düzenlendi ve can kaybı olmadığı bildirildi.", "tr"),
    # (Bulgarian writes the hard sign inside words and no "ы"; Russian the other way round)
    ("Два дрона са свалени над американската база в Сирия, съобщиха от Пентагона.", "bg"),
    ("Два беспилотника были сбиты над американской базой в Сирии, сообщили в Пентагоне.", "ru"),
    ("Дронове атакуваха американската база в Сирия, според Пентагона няма пострадали.", "bg"),
    ("ایک ڈرون نے عراق میں امریکی اڈے کو نشانہ بنایا، کوئی جانی نقصان نہیں ہوا۔", "ur"),
    ("Një dron sulmoi bazën amerikane në Siri dhe sipas Pentagonit nuk ka të plagosur.", "sq"),
    ("Brezpilotni letalnik je napadel ameriško oporišče v Siriji, ranjenih ni bilo, so sporočili iz Pentagona.",
     "sl"),
    ("Drooni iski tukikohtaan Syyriassa, ja Pentagonin mukaan kukaan ei haavoittunut.", "fi"),
    ("Droon ründas USA baasi Süürias, kuid Pentagoni teatel keegi viga ei saanud.", "et"),
    ("Dróni réðst á bandaríska herstöð í Sýrlandi og enginn særðist, að sögn Pentagon.", "is"),
    # (English "on" is no Finnish or Estonian marker)
    ("A gunman opened fire on U.S. troops near Palmyra on Saturday.", "en"),
]


@pytest.mark.parametrize("text, want", LANGUAGES, ids=[want + "-" + text[:20] for text, want in LANGUAGES])
def test_language_of(text: str, want: str) -> None:
    assert language_of(text) == want


def test_every_glossed_language_ships_a_table() -> None:
    from agents.classify.glossing import GLOSSED_LANGUAGES
    assert [code for code in GLOSSED_LANGUAGES if table_for(code) is None] == []


def test_german_participle_joins_its_auxiliary_and_an_inverted_subject_goes_before_both() -> None:
    assert [to_english(text, "de") for text in (
        "Vier Soldaten wurden am Montag leicht verletzt.",
        "Bei dem Angriff wurden am Sonntag drei Soldaten getötet.",
        "Bei dem Angriff wurden am Sonntag drei US-Soldaten getötet und 25 verletzt.",
        "Drei US-Soldaten wurden getötet und 25 verletzt.",
    )] == [
        "Four soldiers were lightly wounded on Monday.",
        "In the attack on Sunday three soldiers were killed.",
        "In the attack on Sunday three U.S. soldiers were killed and 25 injured.",
        "Three U.S. soldiers were killed and 25 injured.",
    ]


def test_greek_accents_and_final_sigma_fold_so_headlines_in_capitals_match() -> None:
    table = parse_table(["επιθεσ*\tattack", "στρατιώτες\tsoldiers"])
    assert gloss("ΕΠΊΘΕΣΗ Επιθέσεις ΣΤΡΑΤΙΩΤΕΣ στρατιώτες", table) == "Attack attack soldiers soldiers"


def test_english_and_unknown_languages_are_left_as_written() -> None:
    assert (to_english("Rockets hit the base.", "en"), to_english("Raketos nukrito ant bazės.", "lt")) == (
        "Rockets hit the base.", "Raketos nukrito ant bazės.")


CJK_TABLE = parse_table(["美军\tU.S. troops", "美军基地\tU.S. base", "遭到\t", "无人机\tdrones", "袭击\tattack", "架\t",
                         "没有\tno", "伤亡\tcasualties", "기지*\tbase", "미국 대사관\tU.S. embassy", "드론\tdrone",
                         "@suffix\t에서\tat", "@suffix\t이\t", "로켓 # 발\t# rockets"])
CJK_GLOSSES = [
    ("the longest phrase splits the words", "美军基地遭到无人机袭击", "U.S. base drones attack"),
    ("characters the table lacks stay, and English words keep their spaces",
     "伊拉克美军基地", "伊拉克 U.S. base"),
    ("a date in characters is written out, and full stops and commas are the Latin ones",
     "2024年1月28日，3架无人机。没有伤亡", " 28 January 2024 , 3 drones. no casualties"),
    ("a Korean date is written out too", "1월 28일 기지를", " 28 January  base"),
    ("a particle joined to a phrase's last word is read off it", "미국 대사관에서 드론이", "at U.S. embassy drone"),
    ("and off a phrase with a number", "로켓 3 발이", "3 rockets"),
]


@pytest.mark.parametrize("name, text, want", CJK_GLOSSES, ids=[row[0] for row in CJK_GLOSSES])
def test_gloss_of_a_script_without_spaces(name: str, text: str, want: str) -> None:
    assert gloss(text, CJK_TABLE) == want


def test_serbian_cyrillic_is_read_with_the_latin_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from agents.classify import glossing
    table = parse_table(["napad*\tattack", "američk*\tAmerican", "baz*\tbase", "u ponedeljak\ton Monday"])
    monkeypatch.setattr(glossing, "table_for", lambda language: table if language == "sr" else None)
    assert to_english("Напад на америчку базу у понедељак.", "sr") == "Attack na American base on Monday."


def test_a_caseless_sentence_opens_with_a_capital_only_where_asked() -> None:
    table = parse_table(["حملہ\tattack", "زخمی نہیں\tno one was hurt"], "test")
    text = "حملہ ہوا۔ زخمی نہیں"
    assert gloss(text, table, open_caseless=True) == "Attack ہوا۔ No one was hurt"
    assert gloss(text, table) == "attack ہوا۔ no one was hurt"


def test_a_japanese_sentence_after_its_full_stop_opens_with_a_capital() -> None:
    # (the full stop "。" ends a Japanese sentence; the English rules need the capital to see where)
    text = "基地が攻撃された。昨年は攻撃がなかった。"
    glossed = to_english(text, "ja")
    assert glossed.split(". ")[1][:1].isupper(), glossed


def test_a_middle_dot_alone_makes_no_japanese() -> None:
    # (a page's "・" between a time and "updated" is punctuation, not kana)
    text = ("13:08 ・ Päivitetty 13:20. Iskussa kuoli kolme yhdysvaltalaissotilasta Jordaniassa, kertoo "
            "Yhdysvaltain puolustusministeriö.")
    assert language_of(text) == "fi"


def test_a_non_breaking_hyphen_is_read_as_a_hyphen() -> None:
    written = to_english("Atak dronów na bazę At\u2011Tanf w Syrii.", "pl")
    assert written == to_english("Atak dronów na bazę At-Tanf w Syrii.", "pl")
