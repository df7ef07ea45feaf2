"""Records: versioned JSON round trips and clear rejections."""

from __future__ import annotations

import pytest

from streams.records import Alert, Article, AttackEvent, AttackReport, RecordError, SourceRef, canonical_url


def test_round_trips() -> None:
    article = Article.create(title="t", text="body", url="https://Example.com/a?utm_source=x", published="2024-04-22")
    report = AttackReport(report_id="r", article_id=article.id, base="Tower 22", country="Jordan",
                          event_date="2024-01-28", weapons=("drone",), killed=3, injured=34)
    event = AttackEvent(event_id="e", version=2, base="Tower 22", country="Jordan", event_date="2024-01-28",
                        weapons=("drone",), sources=(SourceRef("a1", "AP", None, "2024-01-28"),))
    alert = Alert(alert_id="x", version=1, rule="casualties", severity="critical", scope="base:Tower 22",
                  summary="s", reason="r", event_date="2024-01-28", counts={"killed": 3})
    decoded = [type(r).from_json(r.to_json()) for r in (article, report, event, alert)]
    assert decoded == [article, report, event, alert]


@pytest.mark.parametrize(
    "kind,payload,message",
    [
        (Article, b"not json", "article: not JSON"),
        (Article, b'{"id": "x"}', "article: article has neither title nor text"),
        (Article, b'{"schema": "basewatch.article/9", "title": "t", "text": "x"}', "newer than this reader"),
        (Article, b'{"schema": "basewatch.alert/1", "title": "t"}', "article: payload has schema"),
        (Alert, b'{"alert_id": "a", "version": 1, "rule": "r", "severity": "loud", "scope": "region",'
                b' "summary": "s", "reason": "r", "event_date": "2024-01-01"}', "severity must be one of"),
        (AttackReport, b'{"report_id": "r", "article_id": "a", "base": null, "country": null, "event_date": null,'
                       b' "killed": true}', "expected an integer"),
        (Article, b"[1, 2]", "expected a JSON object"),
    ],
)
def test_rejections_name_the_problem(kind, payload: bytes, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        kind.from_json(payload)


def test_article_id_ignores_tracking_and_case() -> None:
    ids = {Article.make_id(u, "t", "x") for u in (
        "https://example.com/news/1?utm_source=rss", "HTTPS://EXAMPLE.com/news/1/", "https://example.com/news/1#top")}
    assert (len(ids), canonical_url("https://example.com/a?b=2&a=1")) == (1, "https://example.com/a?a=1&b=2")


def test_article_id_without_url_comes_from_content() -> None:
    a, b = Article.create(title="t", text="same"), Article.create(title="t", text="different")
    assert (a.id == Article.create(title="t", text="same").id, a.id == b.id) == (True, False)


def test_event_json_carries_corroboration() -> None:
    event = AttackEvent(event_id="e", version=1, base=None, country="Syria", event_date="2024-04-21",
                        sources=(SourceRef("a"), SourceRef("b"), SourceRef("a")))
    assert (event.to_dict()["corroboration"], event.scope_key) == (2, "country:Syria")
