"""How many articles per second the extractor reads on one core.

Builds a few thousand realistic ~3 KB articles from the seed texts and from
synthetic reports assembled out of interchangeable sentences (attack leads,
casualty lines, claims, background paragraphs, near-misses), then times
:func:`agents.classify.core.extract` over them and prints articles/s and ms per
article. Run it with ``.venv/bin/python bench/extract_speed.py [N]``.

The synthetic set reuses its background sentences, which the extractor's per-text
caches flatter. So a second figure reads the labelled development corpus
(``tests/corpus/dev.jsonl``) with every per-text cache emptied before each pass:
no sentence is seen twice within a pass except where the corpus itself repeats
one, as a feed of distinct stories would. Word-level vocabulary caches (folded
words, gazetteer keys) stay warm, as they would in a running worker.

The third figure is the strictest: each dev-corpus attack report padded to about 3 KB
with near-miss articles as context paragraphs, every per-text cache emptied before
each article.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.classify.core import extract  # noqa: E402
from streams.records import Article  # noqa: E402

LEADS = [
    "{n} rockets were fired at {base} on {day}, a U.S. defense official said.",
    "A one-way attack drone targeted U.S. and coalition forces at {base} early {day}, officials said.",
    "U.S. troops at {base} came under rocket fire late {day}, according to two security sources.",
    "Two drones were shot down near {base} on {day}; a third landed outside the perimeter.",
    "A base in eastern Syria that hosts American troops was struck by {n} rockets on {day}.",
]
FACTS = [
    "No casualties or damage were reported.",
    "{n} U.S. service members suffered minor injuries and were returned to duty.",
    "There were no injuries, the official added.",
    "The Islamic Resistance in Iraq claimed responsibility for the attack in a Telegram statement.",
    "No group immediately claimed the attack, which Washington blamed on Iran-backed militias.",
    "Iraqi security forces later found the launcher in a truck parked a few kilometres away.",
]
FILLER = [
    "U.S. forces have been attacked more than 150 times in Iraq and Syria since mid-October.",
    "The United States keeps about 2,500 troops in Iraq and 900 in Syria to advise local forces fighting the Islamic State.",
    "Iraq's government has repeatedly called for a timetable for the departure of the U.S.-led coalition.",
    "Talks on the future of the coalition mission resumed in Baghdad last month after a pause of several weeks.",
    "Last week the U.S. carried out airstrikes on facilities used by Kataib Hezbollah near the Syrian border.",
    "Houthi forces in Yemen have separately attacked commercial shipping in the Red Sea with drones and missiles.",
    "Analysts said the militias were signalling their displeasure with the slow pace of negotiations.",
    "The prime minister met party leaders to discuss the budget and the security situation in the western desert.",
    "An explosion at a Popular Mobilization Forces depot south of Baghdad killed one fighter; the cause is unknown.",
    "Officials in Erbil said the airport briefly suspended flights while the area was searched.",
]
BASES = ["Ain al-Asad air base", "Erbil airport", "al-Tanf", "the Conoco gas field", "Harir airbase",
         "Rumalyn Landing Zone", "Tower 22", "the Green Village base", "Shaddadi", "Baghdad airport"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday"]
NUMS = ["two", "three", "four", "five", "six", "14"]


def synthetic(rng: random.Random, index: int) -> Article:
    """One ~3 KB report: a lead or two, some facts, and background paragraphs."""
    parts = []
    for _ in range(rng.randint(1, 3)):
        parts.append(rng.choice(LEADS).format(n=rng.choice(NUMS), base=rng.choice(BASES), day=rng.choice(DAYS)))
        parts.append(rng.choice(FACTS).format(n=rng.choice(NUMS)))
    while sum(len(p) + 1 for p in parts) < 3000:
        parts.append(rng.choice(FILLER))
    body = "\n\n".join(parts)
    day = f"2024-0{rng.randint(1, 8)}-{rng.randint(10, 28)}"
    return Article.create(title=f"Attack report {index}", text=body, published=day, url=f"https://example.invalid/{index}")


def seed_articles() -> list[Article]:
    manifest = tomllib.loads((ROOT / "seeds" / "manifest.toml").read_text(encoding="utf-8"))
    return [
        Article.create(title=e.get("title") or "", text=(ROOT / "seeds" / e["file"]).read_text(encoding="utf-8"),
                       published=e["published"], url=e.get("url") or None)
        for e in manifest["article"]
    ]


# Caches keyed by a word or a gazetteer name, not by a sentence or article text: kept warm.
VOCABULARY_CACHES = frozenset({"_key", "_fold", "_fold_word", "_index_for", "default_gazetteer"})


def text_caches() -> list:
    """Every per-text ``lru_cache`` in the extractor's modules."""
    import agents.classify as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"agents.classify.{info.name}")
        for name, value in vars(module).items():
            if hasattr(value, "cache_clear") and getattr(value, "__module__", None) == module.__name__ \
                    and name not in VOCABULARY_CACHES:
                found.append(value)
    return found


def unique_articles() -> list[Article]:
    rows = [json.loads(line) for line in (ROOT / "tests" / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [Article.create(title=r.get("title") or "", text=r["text"], published=r.get("published"), url=r.get("url"))
            for r in rows]


def time_synthetic(count: int) -> None:
    rng = random.Random(7)
    seeds = seed_articles()
    articles = [seeds[i % len(seeds)] if i % 4 == 0 else synthetic(rng, i) for i in range(count)]
    size = sum(len(a.text) for a in articles) / len(articles)
    for article in articles[:50]:  # warm caches and lazy loads
        extract(article)
    started = time.perf_counter()
    events = 0
    for article in articles:
        events += len(extract(article).events)
    elapsed = time.perf_counter() - started
    print(f"synthetic (repeated sentences): {count} articles  mean size: {size:.0f} chars  events: {events}")
    print(f"  {count / elapsed:,.0f} articles/s  {1000 * elapsed / count:.3f} ms/article  "
          f"{size * count / elapsed / 1000:,.0f} KB/s")


def time_unique(passes: int) -> None:
    articles = unique_articles()
    size = sum(len(a.text) for a in articles) / len(articles)
    caches = text_caches()
    for article in articles:  # lazy loads and regex compilation, not sentence caches
        extract(article)
    elapsed = 0.0
    events = 0
    for _ in range(passes):
        for cache in caches:
            cache.cache_clear()
        started = time.perf_counter()
        for article in articles:
            events += len(extract(article).events)
        elapsed += time.perf_counter() - started
    count = passes * len(articles)
    print(f"dev corpus (no sentence seen before in a pass): {len(articles)} articles x {passes} passes  "
          f"mean size: {size:.0f} chars  events/pass: {events // passes}  ({len(caches)} caches emptied per pass)")
    print(f"  {count / elapsed:,.0f} articles/s  {1000 * elapsed / count:.3f} ms/article  "
          f"{size * count / elapsed / 1000:,.0f} KB/s")


def padded_articles(size: int = 3000) -> list[Article]:
    """Each attack report of the dev corpus followed by near-miss articles (U.S. strikes, shipping,
    politics) until it is about ``size`` characters: the shape of a long wire story, whose lead
    tells the attack and whose remaining paragraphs are context."""
    rows = [json.loads(line) for line in (ROOT / "tests" / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    context = [r["text"] for r in rows if not r["is_attack_report"]]
    rng = random.Random(3)
    articles = []
    for row in rows:
        if not row["is_attack_report"]:
            continue
        parts = [row["text"]]
        while sum(map(len, parts)) < size:
            parts.append(rng.choice(context))
        articles.append(Article.create(title=row.get("title") or "", text="\n\n".join(parts),
                                       published=row.get("published"), url=row.get("url")))
    return articles


def time_padded(passes: int) -> None:
    """3 KB articles with every per-text cache emptied before each article: nothing read before helps."""
    articles = padded_articles()
    size = sum(len(a.text) for a in articles) / len(articles)
    caches = text_caches()
    for article in articles:
        extract(article)
    elapsed = 0.0
    for _ in range(passes):
        for article in articles:
            for cache in caches:
                cache.cache_clear()
            started = time.perf_counter()
            extract(article)
            elapsed += time.perf_counter() - started
    count = passes * len(articles)
    print(f"3 KB articles, every cache emptied before each: {len(articles)} articles x {passes} passes  "
          f"mean size: {size:.0f} chars")
    print(f"  {count / elapsed:,.0f} articles/s  {1000 * elapsed / count:.3f} ms/article  "
          f"{size * count / elapsed / 1000:,.0f} KB/s")


def main(count: int = 3000) -> None:
    time_synthetic(count)
    time_unique(max(1, count // 300))
    time_padded(max(1, count // 600))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
