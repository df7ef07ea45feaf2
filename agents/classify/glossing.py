"""Reading reports written in other languages: a word-for-word gloss into English.

Much of the reporting on attacks on U.S. bases is written in French, Italian,
Spanish, Portuguese, German, Russian or Arabic. The extraction rules read
English, and they are keyed to a few hundred words: attack verbs, weapons,
numbers, days, months, casualty words, "base", "American". A gloss that turns
those words into English, and leaves names as they are, lets the same rules
read the other languages, and every fix to the rules serves them all.

A gloss is no translation. Each language ships a phrase table as data
(``data/gloss/<code>.tsv``), read longest phrase first, so "base militaire
américaine" becomes "American military base" in one step where the words alone
would come out in French order. What is not in the table stays as written:
names of bases, groups and people are spelled much the same in every language
that uses the Latin script, and the gazetteer folds their accents.

Table lines, tab-separated (``#`` starts a comment):

- ``phrase<TAB>english``: the words of ``phrase``, in any case, become ``english``
  ("roquettes" -> "rockets"). An empty ``english`` drops the words.
- ``#`` in a phrase stands for a number written in digits and is carried over to
  the ``#`` of the English: ``le # octobre`` -> ``on # October``.
- ``stem*<TAB>english``: any word opening with ``stem`` (inflected forms:
  "американск*" -> "American"). A whole word in the table wins over a stem.
- ``@prefix<TAB>prefix<TAB>english``: a prefix written joined to the word it
  belongs to (Arabic "وال", "and the"); tried only on words the table lacks.
- ``@suffix<TAB>suffix<TAB>english``: a particle written joined to the end of a
  word (Korean "에서", "at"), so "미국 대사관에서" is read as "at" + the phrase
  "미국 대사관"; tried only where the whole words are no phrase of the table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from agents.classify.dates import _WEEKDAY

# Languages with a phrase table, by ISO 639-1 code.
GLOSSED_LANGUAGES: tuple[str, ...] = ("fr", "it", "es", "pt", "de", "nl", "pl", "ru", "uk", "cs", "tr", "ar", "fa",
                                      "id", "vi", "hu", "ro", "da", "sr", "zh", "ja", "ko", "el", "he", "ku", "ckb",
                                      "ur", "bg", "sq", "sl", "fi", "et", "is")

# Words common in running text of each Latin-script language and rare in the others (and in
# English), so a count over an article's opening tells its language.
_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of was were that with from said have has which their after".split()),
    "fr": frozenset("le les des du et une est dans sur pour qui aux été avec selon ont leur sont sans cette ces mais "
                    "lors après contre par".split()),
    "it": frozenset("il della delle degli dei che è per una nel nella sono alla gli dal anche hanno stati sul dopo "
                    "secondo ha ai tra nei contro".split()),
    "es": frozenset("el los las del que y una por con para fue según han sus pero hubo dijo tras desde este esta "
                    "también había están como sobre entre fueron sin".split()),
    "pt": frozenset("os da do dos das uma pela pelo pelos pelas não foram foi são segundo também ao em nas às após "
                    "ainda em com sem".split()),
    "de": frozenset("der die das und ist den dem von mit auf ein eine wurde wurden nicht sich im".split()),
    "nl": frozenset("het een van zijn werd worden door bij naar ook niet dat wordt heeft hebben volgens meer "
                    "werden".split()),
    "tr": frozenset("ve bir bu ile için olarak tarafından göre olan ancak sonra edildi yapılan daha gibi ise "
                    "değil üzere ilişkin yönelik olduğu bulunduğu bulunan düzenlendi açıkladı bildirdi belirtti "
                    "kaynakları henüz ayrıca".split()),
    "pl": frozenset("się że jest przez oraz według który która które został została zostało zostały zostali był "
                    "była było nie jak w z ze od dla przy".split()),
    "id": frozenset("yang dan dengan untuk pada dalam tidak oleh akan telah sebagai juga ini itu dari".split()),
    "hu": frozenset("az és hogy egy nem meg volt szerint után között amely aki vagy pedig mint már "
                    "közölte".split()),
    "cs": frozenset("že je byl byla bylo byly jsou podle který která které také při mezi jako však již jsme jejich "
                    "jeho když proti během uvedl uvedla nebo".split()),
    "sk": frozenset("že je bol bola bolo boli sú podľa ktorý ktorá ktoré tiež pri medzi ako však už ich jeho keď "
                    "proti počas uviedol uviedla alebo".split()),
    "vi": frozenset("của và các là được có trong những cho với này đã người không một bị tại vụ".split()),
    "ro": frozenset("și şi în care pentru să fost după din sunt că unei unui acest această fiind au mai între "
                    "despre potrivit împotriva".split()),
    "da": frozenset("og er til af ikke det som har blev med på fra efter ifølge mod skete havde siger "
                    "flere blevet ingen oplyser ramte angreb også mindst hvor".split()),
    "no": frozenset("og er til av ikke det som har ble med på fra etter ifølge mot skjedde hadde sier "
                    "flere blitt ingen opplyser rammet angrep også minst hvor".split()),
    "sr": frozenset("je su u koji koja koje kojem nakon prema nije bio bila bilo bili iz kao ali ili sa što "
                    "posle poslije tokom".split()),
    # Kurmanji (Kurdish in Latin letters)
    "ku": frozenset("û ji li di bi ku ya yê ên hat hatin kir kirin piştî ev vê wê ragihand got hêzên êrîşa "
                    "êrîşê êrîş".split()),
    "sq": frozenset("të në dhe një për që nga është janë ka kanë më sipas kundër ishte ishin edhe ky kjo "
                    "ushtarët sulm sulmi".split()),
    # Slovenian (its neighbours' "je", "na" and "da" mark nothing, nor does "in", which English writes)
    "sl": frozenset("so ki ter tudi še ob bil sta zaradi kot ni niso včeraj napadli napad oporišče oporišču "
                    "oporišča ameriške ameriških ameriški ameriško ameriška vojaki brez bo bodo lahko ker kjer vendar "
                    "sporočili sporočil sporočila poročali dejal dejala povedal".split()),
    # Finnish and Estonian share "ja" and "ei"; their other common words differ ("on", "see" and "oli" are English
    # or Albanian words as well, and mark neither)
    "fi": frozenset("ja ei että joka jotka jonka mukaan myös kun sekä hän ovat olivat ollut kertoi kertoo kertoivat "
                    "mutta vielä tai jälkeen sotilaat sotilasta iskussa isku iskun iski iskivät osui hyökkäys "
                    "hyökkäyksen haavoittui kuoli tukikohtaan tukikohta tukikohtaa tukikohdassa yhdysvaltain "
                    "yhdysvaltojen irakissa syyriassa bagdadissa lentotukikohtaan rakettia droonia".split()),
    "et": frozenset("ja ei et mis kes ka kui pärast ning teatas teatasid ütles vastu kuid seda rünnak rünnaku "
                    "rünnakus rünnakut ründas tabasid tulistati baasi baasile õhuväebaasi vägede vägesid sõdurid "
                    "teatel sõnul haavata iraagis süürias".split()),
}
# How many marker words the winning language must show before the article is glossed at all.
_MIN_MARKERS = 2
# This many " the " in the sample make it English at once; no other language writes the word that often.
_PLAIN_ENGLISH_THE = 4
# Characters read to tell a language: the headline and the opening paragraphs are enough.
_SAMPLE_CHARS = 1500

_WORD_RE = re.compile(r"[^\W\d_]+")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
_UKRAINIAN_RE = re.compile(r"[іїєґІЇЄҐ]")
# Bulgarian writes the hard sign as a vowel inside words ("във", "са", "държава") and has no
# "ы" or "э", which Russian writes often.
_BULGARIAN_RE = re.compile(r"[ъЪ]")
_RUSSIAN_ONLY_RE = re.compile(r"[ыэЫЭ]")
# Common Bulgarian words Russian does not write.
_BULGARIAN_WORDS = frozenset("са във че бяха беше които няма съобщи ще каза според".split())
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# Persian writes yeh and kaf in their own forms (and has four letters Arabic lacks); Sorani adds its
# own vowels and consonants on top of those.
_PERSIAN_RE = re.compile(r"[\u06CC\u06A9\u067E\u0686\u0698\u06AF]")
_ARABIC_ONLY_RE = re.compile(r"[\u064A\u0643\u0629]")
_SORANI_RE = re.compile(r"[\u06CE\u06C6\u0695\u06B5\u06D5]")
# Urdu's own letters: the retroflex consonants, the nasal noon, the final "barree" yeh and the
# knotted heh, none of which Persian or Arabic writes.
_URDU_RE = re.compile(r"[\u0679\u0688\u0691\u06BA\u06D2\u06C1]")
_NAME_ARTICLE_RE = re.compile(r"\b(?:al|el)-")
_HANGUL_RE = re.compile(r"[\uAC00-\uD7A3]")
_KANA = "\u3040-\u30FF"
_HAN = "\u3400-\u4DBF\u4E00-\u9FFF"
# (the middle dot "・" and the long-vowel mark "ー" stand in other scripts' pages too: "13:08 ・ Päivitetty")
_KANA_RE = re.compile("[\u3040-\u30FA\u30FD-\u30FF]")
_HAN_RE = re.compile(f"[{_HAN}]")
# Letters of Serbian Cyrillic that Russian and Ukrainian lack.
_SERBIAN_RE = re.compile(r"[ђјљњћџЂЈЉЊЋЏ]")
_GREEK_RE = re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]")
_HEBREW_RE = re.compile(r"[\u0590-\u05FF]")
# Icelandic writes thorn and eth, which no other language read here does.
_ICELANDIC_RE = re.compile(r"[þðÞÐ]")


def language_of(text: str) -> str:
    """The language ``text`` is written in, as an ISO 639 code; "en" when in doubt.

    Decided on the opening of the text by its script, then by counting words that mark each
    language. Only a clear lead over English makes an article foreign, so an English report
    quoting a French minister is still read as English."""
    sample = text[:_SAMPLE_CHARS]
    if sample.count(" the ") >= _PLAIN_ENGLISH_THE:  # (most articles: no need to count anything else)
        return "en"
    sample = unicodedata.normalize("NFC", sample)
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    cyrillic = len(_CYRILLIC_RE.findall(sample))
    if cyrillic * 3 > letters:
        if len(_SERBIAN_RE.findall(sample)) * 50 > cyrillic:
            return "sr"
        hard_signs = len(_BULGARIAN_RE.findall(sample))
        russian_only = len(_RUSSIAN_ONLY_RE.findall(sample))
        if hard_signs * 200 > cyrillic and hard_signs > 2 * russian_only:
            return "bg"
        if not russian_only and sum(word in _BULGARIAN_WORDS for word in _WORD_RE.findall(sample.lower())) >= 2:
            return "bg"  # (a short text may have no hard sign; its words tell it)
        return "uk" if len(_UKRAINIAN_RE.findall(sample)) * 50 > cyrillic else "ru"
    if len(_HANGUL_RE.findall(sample)) * 3 > letters:
        return "ko"
    if len(_GREEK_RE.findall(sample)) * 3 > letters:
        return "el"
    if len(_HEBREW_RE.findall(sample)) * 3 > letters:
        return "he"
    han = len(_HAN_RE.findall(sample))
    kana = len(_KANA_RE.findall(sample))
    # (Japanese writes kana between its characters everywhere; a stray one in garbled Chinese is no Japanese)
    if kana and (kana * 10 > han or kana * 3 > letters):
        return "ja"
    if han * 3 > letters:
        return "zh"
    arabic_script = len(_ARABIC_RE.findall(sample))
    if arabic_script * 3 > letters:
        if len(_SORANI_RE.findall(sample)) * 20 > arabic_script:
            return "ckb"
        if len(_URDU_RE.findall(sample)) * 20 > arabic_script:
            return "ur"
        return "fa" if len(_PERSIAN_RE.findall(sample)) > len(_ARABIC_ONLY_RE.findall(sample)) else "ar"
    if len(_ICELANDIC_RE.findall(sample)) * 40 > letters:
        return "is"
    counts = dict.fromkeys(_MARKERS, 0)
    # (the article of an Arabic name, "Ayn el-Esed", marks no language that writes it)
    for word in _WORD_RE.findall(_NAME_ARTICLE_RE.sub(" ", sample.lower())):
        for language, markers in _MARKERS.items():
            if word in markers:
                counts[language] += 1
    best = max(counts, key=counts.__getitem__)
    if best == "en" or counts[best] < _MIN_MARKERS or counts[best] <= 2 * counts["en"]:
        return "en"
    return best


# A token: a word with an elided article or pronoun on it ("l'", "d'", "qu'"), a run of
# digits with its separators ("2.500", "24.10.2023"), any other word, or one other character.
_TOKEN_RE = re.compile(r"[^\W\d_]{1,6}['’](?=[^\W\d_])|\d+(?:[.,:]\d+)*|\w+|[^\w\s]")
# Chinese and Japanese put no space between words, so each of their characters is a token of its own and the
# table's longest-phrase-first lookup does the word splitting ("美军基地" -> "美军" + "基地" when both are phrases).
_CJK = _KANA + _HAN
_CJK_RE = re.compile(f"[{_CJK}]")
_CJK_TOKEN_RE = re.compile(f"[{_CJK}]|" + _TOKEN_RE.pattern.replace(r"|\w+|", f"|(?:(?![{_CJK}])\\w)+|"))
# The same, for the phrases of a table, where an elided word may close the phrase ("d'", "l'").
_KEY_TOKEN_RE = re.compile(r"[^\W\d_]{1,6}['’](?![\w])|" + _CJK_TOKEN_RE.pattern)
# Chinese, Japanese and Korean dates: "2024年1月28日", "1月28日", "1월 28일".
_CJK_DATE_RE = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]")
# Full-width stops and commas, which the English rules know only in their Latin form (with the space after them).
_CJK_PUNCTUATION = str.maketrans({"。": ". ", "，": ", ", "、": ", ", "；": "; ", "：": ": ", "！": "! ", "？": "? ",
                                  "（": " (", "）": ") "})
# A thousands separator written as a point or a space ("2.500", "2 500"), which English writes as a comma.
_THOUSANDS_RE = re.compile(r"(?<![\d.,])(\d{1,3})[.\u202f\u00a0](\d{3})(?![\d.,])")
# A date in digits, day first as every glossed language writes it: "24.10.2023", "24/10/2023".
_NUMERIC_DATE_RE = re.compile(r"(?<![\d.,/])([0-3]?\d)([./])([01]?\d)\2((?:19|20)\d\d)(?![\d.,/])")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# Digits as a phrase's number: "24", not "24.10.2023".
_NUMBER_RE = re.compile(r"\d{1,4}")
# Words written before a hyphen are part of a name or a compound ("al-Assad", "pro-iranien").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ar", "an", "ash", "az", "at"})


@dataclass
class PhraseTable:
    """One language's glossary, ready for longest-first lookup."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    stems: dict[str, str] = field(default_factory=dict)
    prefixes: list[tuple[str, str]] = field(default_factory=list)
    suffixes: list[tuple[str, str]] = field(default_factory=list)
    # For each word that opens a phrase, the length of its longest phrase: most words open none.
    reach: dict[str, int] = field(default_factory=dict, repr=False)
    _marked: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)

    def add(self, source: str, english: str) -> None:
        """Enter one line of the table; the first entry for a phrase wins, as in a dictionary read top down.

        A phrase written with vowel signs ("استُهدفت", passive) is read without them, as news writes it; so it
        only counts where the table has no plain entry or stem for the same letters (see ``settle``)."""
        plain = _ARABIC_MARKS_RE.sub("", source)
        if source.endswith("*") and " " not in source:
            self.stems.setdefault(_fold(plain[:-1]), english)
            return
        key = tuple("#" if token == "#" else _fold(token) for token in _KEY_TOKEN_RE.findall(plain))
        if not key:
            return
        (self.phrases if plain == source else self._marked).setdefault(key, english)
        self.reach[key[0]] = max(self.reach.get(key[0], 0), len(key))

    def settle(self) -> None:
        """Let the phrases written with vowel signs fill in what the plain entries and stems leave."""
        for key, english in self._marked.items():
            if key not in self.phrases and not (len(key) == 1 and _stem_of(self, key[0]) is not None):
                self.phrases[key] = english
        self._marked.clear()


# Arabic vowel signs and the tatweel, which writers add or leave out at will ("استُهدفت", "هجوماً", "بـ3").
_ARABIC_MARKS_RE = re.compile("[\u064B-\u065F\u0670\u0640]")
# Letters written in two forms, folded to one: Arabic alef with or without its hamza or madda, which writers also
# add or leave out, Romanian "ș" and "ț" with a comma below or (as older fonts had them) a cedilla, and Greek
# vowels with or without their accent (headlines in capitals drop it) and the final sigma.
_LETTER_FORMS = str.maketrans("أإآșțάέήίόύώϊΐϋΰς", "اااşţαεηιουωιιυυσ")


def _fold(word: str) -> str:
    """A word as the table keys it: lower case (Turkish dotted "İ" as plain "i"), one apostrophe, (in Arabic)
    one form of alef and (in Romanian) one form of "ș" and "ț"."""
    word = word.replace("İ", "i").lower().replace("’", "'")
    # (Greek "ή", "or", is a word of its own, not "η", "the", with an accent)
    return word if word == "ή" else word.translate(_LETTER_FORMS)


def parse_table(lines: list[str], name: str = "<table>") -> PhraseTable:
    """A phrase table from its lines; a malformed line names the table and the line."""
    table = PhraseTable()
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or (line.lstrip().startswith("#") and "\t" not in line):
            continue
        parts = line.split("\t")
        if parts[0] in ("@prefix", "@suffix"):
            if len(parts) != 3 or not parts[1]:
                raise ValueError(f"{name}:{number}: {parts[0]} needs a {parts[0][1:]} and its English: {line!r}")
            (table.prefixes if parts[0] == "@prefix" else table.suffixes).append((_fold(parts[1]), parts[2]))
            continue
        if len(parts) != 2 or not parts[0].strip():
            raise ValueError(f"{name}:{number}: expected 'phrase<TAB>english', got {line!r}")
        if "*" in parts[0] and not re.fullmatch(r"[^\s*]+\*", parts[0].strip()):
            # (a stem stands for one word; inside a phrase the "*" would be a word of its own and never match)
            raise ValueError(f"{name}:{number}: a stem ('stem*') is one word with '*' at its end, got {parts[0]!r}")
        table.add(parts[0].strip(), parts[1].strip())
    table.prefixes.sort(key=lambda pair: -len(pair[0]))
    table.suffixes.sort(key=lambda pair: -len(pair[0]))
    table.settle()
    return table


@lru_cache(maxsize=None)
def table_for(language: str) -> PhraseTable | None:
    """The shipped phrase table of ``language``, or None when it has none."""
    if not (language.isascii() and language.isalpha()):
        return None
    resource = resources.files("agents.classify").joinpath(f"data/gloss/{language}.tsv")
    if not resource.is_file():
        return None
    return parse_table(resource.read_text(encoding="utf-8").splitlines(), f"gloss/{language}.tsv")


def gloss(text: str, table: PhraseTable, open_caseless: bool = False) -> str:
    """``text`` with every phrase of ``table`` in English; the rest as written.

    Spacing between tokens is kept; a matched phrase takes the spacing before its first word. With
    ``open_caseless``, a sentence opening with a word of a script without capitals still opens with a capital in
    English, where the rules look for one to tell sentences apart."""
    text = _NUMERIC_DATE_RE.sub(_written_date, _THOUSANDS_RE.sub(r"\1,\2", text))
    if _ARABIC_RE.search(text):
        text = _ARABIC_MARKS_RE.sub("", text)
    spaceless = _CJK_RE.search(text) is not None
    if spaceless or _HANGUL_RE.search(text):
        text = _CJK_DATE_RE.sub(_cjk_date, text).translate(_CJK_PUNCTUATION)
    tokens = [(m.start(), m.end(), m.group()) for m in (_CJK_TOKEN_RE if spaceless else _TOKEN_RE).finditer(text)]
    folded = [_fold(token) for _, _, token in tokens]
    out: list[str] = []
    written = 0  # (how far into ``text`` the output has reached)
    i = 0
    while i < len(tokens):
        start, end, token = tokens[i]
        english, taken, numbers = _longest_match(table, tokens, folded, i)
        if taken <= 1 and table.prefixes:
            english, taken, numbers = _prefixed_phrase(table, tokens, folded, i, english, taken, numbers)
        if taken <= 1 and _is_name_part(text, tokens, folded, i, table):
            english = None  # (a phrase of several words may still open with one: "al" alone may not)
        elif english is None and token[0].isalpha():
            english, taken = _stem_or_prefix(table, folded[i]), 1
        if english is None:
            i += 1
            continue
        last_end = tokens[i + taken - 1][1]
        for number in numbers:
            english = english.replace("#", number, 1)
        if english and (token[:1].isupper() or open_caseless and token[:1].lower() == token[:1].upper()) \
                and _opens_sentence(text, start):
            english = english[0].upper() + english[1:]
        out.append(text[written:start])
        if spaceless and english:
            # (English words between Chinese characters need the spaces the script does without)
            before = next((part[-1] for part in reversed(out) if part), " ")
            if not before.isspace():
                english = " " + english
            if _CJK_RE.match(text, last_end) or text[last_end:last_end + 1].isalnum():
                english += " "
        out.append(english)
        written = last_end
        if english and text[last_end - 1] in "'’" and not english.endswith(" "):
            out.append(" ")  # ("d'Aïn" -> "of Aïn")
        if not english and text[start - 1:start] in (" ", ""):
            # (a dropped word takes the space after it along; one joined by a hyphen, "Registaram-se", does not)
            while written < len(text) and text[written] == " ":
                written += 1
        i += taken
    out.append(text[written:])
    return "".join(out)


def _date_words(day: int, month: int, year: str | None) -> str | None:
    """A date as the date rules read it, "24 October 2023"; None when no calendar has it."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{day} {_MONTHS[month - 1]}{' ' + year if year else ''}"


def _written_date(m: re.Match) -> str:
    """"24.10.2023" as "24 October 2023"; impossible dates stay as written."""
    words = _date_words(int(m.group(1)), int(m.group(3)), m.group(4))
    return m.group() if words is None else words


def _cjk_date(m: re.Match) -> str:
    """"2024年1月28日" as " 28 January 2024 ", spaced off the characters around it; impossible dates stay as written."""
    words = _date_words(int(m.group(3)), int(m.group(2)), m.group(1))
    return m.group() if words is None else f" {words} "


def _longest_match(table: PhraseTable, tokens: list[tuple[int, int, str]], folded: list[str], i: int
                   ) -> tuple[str | None, int, list[str]]:
    """The table's longest phrase starting at token ``i``: its English, its length in tokens, its numbers."""
    first = folded[i]
    reach = max(table.reach.get(first, 0), table.reach.get("#", 0) if _NUMBER_RE.fullmatch(first) else 0)
    for size in range(min(reach, len(tokens) - i), 0, -1):
        key = []
        numbers = []
        for j in range(i, i + size):
            word = folded[j]
            if _NUMBER_RE.fullmatch(word):
                numbers.append(word)
                word = "#"
            key.append(word)
        english = table.phrases.get(tuple(key))
        if english is None and table.suffixes and size > 1:
            english = _with_suffix(table, key)
        if english is None and numbers:  # (a phrase may name the number itself: "1er")
            english = table.phrases.get(tuple(folded[i:i + size]))
            numbers = []
        if english is not None:
            return english, size, numbers
    return None, 0, []


def _prefixed_phrase(table: PhraseTable, tokens: list[tuple[int, int, str]], folded: list[str], i: int,
                     english: str | None, taken: int, numbers: list[str]) -> tuple[str | None, int, list[str]]:
    """A phrase of several words whose first word carries a joined prefix ("وقبل أيام": "and" + "days ago"), as
    the phrase would read alone; else the match already found. Without it the prefix split the phrase into
    single words ("and before days")."""
    word = folded[i]
    try:
        for prefix, prefix_english in table.prefixes:
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                folded[i] = word[len(prefix):]  # (the word unjoined in place: no copy of the whole text's words)
                found, size, found_numbers = _longest_match(table, tokens, folded, i)
                if size > 1:
                    return f"{prefix_english} {found}".strip(), size, found_numbers
    finally:
        folded[i] = word
    return english, taken, numbers


def _with_suffix(table: PhraseTable, key: list[str]) -> str | None:
    """The English of a phrase whose last word carries a particle of the table's ``@suffix`` lines ("미국
    대사관에서" -> "at U.S. embassy"), the particle's English first, as English puts its preposition."""
    last = key[-1]
    for suffix, suffix_english in table.suffixes:
        if last.endswith(suffix) and len(last) > len(suffix):
            english = table.phrases.get((*key[:-1], last[:-len(suffix)]))
            if english is not None:
                return f"{suffix_english} {english}".strip()
    return None


def _stem_or_prefix(table: PhraseTable, word: str) -> str | None:
    """The English of a word the table knows with a particle joined to its end ("기지에서": "at" + "base"), of
    an inflected form (by its stem), or of a word the table knows with a prefix joined to it ("والتنف": "and" +
    "al-Tanf"); a word that only opens like a prefix ("وقت") stays as written."""
    if table.suffixes:
        english = _with_suffix(table, [word])
        if english is not None:
            return english
    english = _stem_of(table, word)
    if english is not None:
        return english
    for prefix, prefix_english in table.prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            rest = word[len(prefix):]
            found = table.phrases.get((rest,))
            if found is None:
                found = _stem_of(table, rest)
            if found is not None:
                return f"{prefix_english} {found}".strip()
    return None


def _stem_of(table: PhraseTable, word: str) -> str | None:
    """The English of the longest stem of the table ``word`` opens with (three letters at least, two syllables of
    Hangul)."""
    shortest = 2 if _HANGUL_RE.match(word) else 3  # (two Hangul syllables make a word stem: "기지" base)
    for size in range(len(word), shortest - 1, -1):
        english = table.stems.get(word[:size])
        if english is not None:
            return english
    return None


def _is_name_part(text: str, tokens: list[tuple[int, int, str]], folded: list[str], i: int,
                  table: PhraseTable | None = None) -> bool:
    """Whether token ``i`` belongs to a name and must stay as written: a particle joined by a hyphen
    ("al-Assad"), written with a capital before a capitalized word ("de Al Omar"), or standing between two
    capitalized words that are no words of the table ("Ain al Asad", but not "Según el Observatorio")."""
    if folded[i] not in _NAME_PARTICLES:
        return False
    end = tokens[i][1]
    if text[end:end + 1] in ("-", "‑"):
        return True
    after = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    if not after[:1].isupper():
        return False
    if tokens[i][2][:1].isupper():
        # (but not a word in capitals: Indonesian "AS", the United States, before "Serang")
        return not tokens[i][2].isupper()
    before = tokens[i - 1][2] if i > 0 else ""
    return before[:1].isupper() and (table is None or (folded[i - 1],) not in table.phrases)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a line or a sentence (where English capitalizes too)."""
    before = text[max(0, start - 3):start].rstrip(" \t\"«“'")
    return not before or before[-1] in ".!?\n:۔؟"


# Nouns a Romance gloss leaves before their adjective: "les soldats américains" -> "the soldiers American".
_NOUN_THEN_ADJECTIVE_RE = re.compile(
    r"\b((?i:bases?|soldiers?|troops?|forces|personnel|servicemen|service members|military|militaries|army|embassy"
    r"|convoys?|positions?|installations?|facilit(?:y|ies)|interests|targets?|drones?|aircraft|planes?|jets?"
    r"|sources?|officials?|militias?|groups?|factions?|fighters|contractors?|coalition|airstrikes?|strikes?"
    r"|attacks?|citizens|nationals|outposts?|camps?|warplanes|militiamen|airports?))"
    r"((?: military| air| militar)?)"
    r" (American|U\.S\.|US|Iraqi|Syrian|Iranian|Kurdish|Israeli|Turkish|Russian|Jordanian|British|French"
    r"|international|pro-Iranian|Iran-backed|Shiite|Shia|armed|allied|foreign)(?![\w-])"
    # (not when the adjective already stands before a noun of its own: "attacks American base")
    r"(?!\s+(?:military\s+|air\s+)?(?:bases?|soldiers?|troops|forces|personnel|embassy|convoys?|positions?|interests"
    r"|targets?|officials?|facilit(?:y|ies)|drones?)\b)"
)


# A base named after the noun, as the Romance languages name it ("la base d'Erbil" -> "the base of Erbil"), and
# Russian, German and Arabic too ("базу Румейлан" -> "base Rumeilan", "قاعدة “حرير”" -> "base “Harir”"); not an
# abbreviation's first letter ("base U.S. forces").
_NAME_WORD = (r"(?:(?:al|el|an|ar|as|ash|ad|az)[- ])?(?!" + _WEEKDAY + r"\b|" + "|".join(_MONTHS)
              + r"\b)(?-i:[A-Z])[\w'’]*(?:-(?-i:[A-Z])[\w'’]*)?")
_BASE_OF_NAME_RE = re.compile(
    rf"\b((?:air |military |oil |gas |international )?)(base|field|airport)(?: of)? [“\"«]?({_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})[”\"»]?(?![\w-]|\s\d|\.\w)"
)


# People of a side told with "of" ("un soldado de la coalición" -> "a soldier of the coalition"): English, and
# its casualty rules, put the side first ("a coalition soldier").
_PEOPLE_OF_SIDE_RE = re.compile(
    r"\b(soldiers?|troops|personnel|servicemen|service members|contractors?|advisers|advisors)"
    r" of the ((?:international |U\.S\.-led |US-led |anti-ISIS |anti-IS )?coalition)\b"
)


def _adjective_first(m: re.Match) -> str:
    noun, middle, adjective = m.groups()
    if noun[0].isupper() and noun[1:].islower():  # ("Airstrikes Israeli" opening a sentence)
        adjective, noun = adjective[0].upper() + adjective[1:], noun.lower()
    return f"{adjective}{middle} {noun}"


def _name_first(m: re.Match) -> str:
    kind, noun, name = m.groups()
    # ("the military base of al-Omar" -> "the al-Omar base": "military" is no part of any base's name)
    return f"{name} {'' if kind == 'military ' else kind}{noun}"


def reorder(english: str, names_after_base: bool = True) -> str:
    """Put adjectives of side and nationality before their noun, and a base's name before "base", where
    English readers (and rules) expect them: "the base of Erbil" is "the Erbil base"."""
    english = _NOUN_THEN_ADJECTIVE_RE.sub(_adjective_first, english)
    english = _PEOPLE_OF_SIDE_RE.sub(r"\2 \1", english)
    return _BASE_OF_NAME_RE.sub(_name_first, english) if names_after_base else english


# Languages that close a clause with its participle: "wurden am Montag leicht verletzt".
_VERB_LAST_LANGUAGES = frozenset({"de", "nl"})
# The participles a verb-last language closes its clause with.
_PARTICIPLE = (r"(?:wounded|injured|killed|attacked|targeted|hit|struck|fired|launched|shot down|intercepted|destroyed"
               r"|damaged|shelled|carried out|claimed)")
# A participle closing a clause, far from its auxiliary: "were on 18 October lightly wounded." The words between
# hold no participle of their own ("were killed and 25 wounded" is in order already), may hold an abbreviation's
# dot ("U.S."), and the clause ends at a stop or at a word that opens what follows ("... wounded in the attack").
_LATE_PARTICIPLE_RE = re.compile(
    r"\b(was|were|has|have|had|are|is|has been|have been|had been)\b"
    r"((?:(?!\b" + _PARTICIPLE + r"\b)(?:[^.;:,!?\n]|(?<=\b[A-Z])\.)){1,120}?)\s+"
    r"((?:lightly|slightly|seriously|critically|severely)\s+)?"
    r"(" + _PARTICIPLE + r")(?=\s*[.;:,!?“”\"]|\s*$|\s+(?:in|at|by|near|during|when|after|and|or|on)\b)"
)


# People named between the auxiliary and the participle are its subject, inverted after a fronted phrase ("In a
# drone attack were on Sunday three American soldiers killed"): they go before the auxiliary, as English has them.
_PEOPLE_RE = re.compile(r"\b(?:soldiers?|troops|personnel|members?|contractors?|people|Americans?|civilians?|servicem[ae]n"
                        r"|servicemembers?|marines|persons?|citizens?|nationals?)\b")
_SUBJECT_AT_END_RE = re.compile(
    r"(?:\b(?:at\s+least|more\s+than|about|around|nearly|up\s+to)\s+)?\b(?:a|an|the|no|\d+|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|many|some)\s+(?:[\w.-]+\s+){0,3}?"
    + _PEOPLE_RE.pattern + r"\s*$",
    re.IGNORECASE,
)


def _participle_to_auxiliary(english: str) -> str:
    """Bring a clause-final participle to its auxiliary, where English (and the casualty rules) read it."""
    def move(m: re.Match) -> str:
        auxiliary, between, adverb, participle = m.group(1), m.group(2), m.group(3) or "", m.group(4)
        if not _PEOPLE_RE.search(between):
            return f"{auxiliary} {adverb}{participle}{between}"
        subject = _SUBJECT_AT_END_RE.search(between)
        if subject is None:
            return m.group()
        return " ".join(part for part in (between[:subject.start()].strip(), subject.group().strip(), auxiliary,
                                          adverb + participle) if part)
    return _LATE_PARTICIPLE_RE.sub(move, english)


# A language without a table of its own is glossed with a neighbour's, where the two share the words that
# matter: Slovak writes its news much as Czech does, and Norwegian much as Danish does.
_STAND_IN_TABLES: dict[str, str] = {"sk": "cs", "no": "da"}
# Serbian is written in two alphabets, letter for letter the same language: its table holds the Latin one.
_SERBIAN_LATIN = str.maketrans({
    **dict(zip("абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
               "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ")),
    "љ": "lj", "њ": "nj", "џ": "dž", "Љ": "Lj", "Њ": "Nj", "Џ": "Dž"})
# Languages whose glossed sentences need the capital their script lacks to be told apart: Urdu writes its own full
# stop ("۔") and few of its sentences hold a Latin name at the start, and Japanese ends each with "。". (In Arabic,
# Persian and Hebrew, capitals at each stop split more lists of attacks than they separate sentences, and Chinese
# and Korean reports lose events by them, measured on their tables' reports.)
_CASELESS_SENTENCE_LANGUAGES = frozenset({"ur", "ja"})
# Languages that name a base before the word "base" ("阿萨德基地", "아인 알아사드 기지"), where a capitalized word
# after "base" is never its name.
_NAME_FIRST_LANGUAGES = frozenset({"zh", "ja", "ko", "fi", "et"})


def _table_of(language: str) -> PhraseTable | None:
    """The table ``language`` is glossed with: its own, or else its neighbour's."""
    stand_in = _STAND_IN_TABLES.get(language)
    return table_for(language) or (table_for(stand_in) if stand_in else None)


def has_gloss(language: str) -> bool:
    """Whether ``language`` is glossed, with a table of its own or a neighbour's."""
    return _table_of(language) is not None


def to_english(text: str, language: str) -> str:
    """``text``, written in ``language``, glossed into English; unchanged when the language has no table."""
    table = _table_of(language)
    if table is None:
        return text
    # (a letter and its accent written as two code points, as some sites send them, are one letter to the table,
    # and a non-breaking hyphen is the hyphen its tables write: "At‑Tanf")
    text = unicodedata.normalize("NFC", text).replace("\u2011", "-")
    if language == "sr":
        text = text.translate(_SERBIAN_LATIN)
    english = reorder(gloss(text, table, open_caseless=language in _CASELESS_SENTENCE_LANGUAGES),
                      names_after_base=language not in _NAME_FIRST_LANGUAGES)
    if language in _VERB_LAST_LANGUAGES:
        english = _participle_to_auxiliary(english)
    return english
