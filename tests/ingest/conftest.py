"""Fixtures for the ingest tests: a realistic article page and a reader helper."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.ingest.readers import read_inputs
from lagebild.types import Article

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Grimm warnt vor Rezession | Tagesblatt</title>
  <meta property="og:site_name" content="Tagesblatt">
  <meta property="og:title" content="Grimm warnt vor Rezession">
  <meta property="og:url" content="https://www.tagesblatt.de/wirtschaft/grimm-rezession-100.html">
  <meta property="article:published_time" content="2026-03-03T08:30:00+01:00">
</head>
<body>
  <header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li>
    <li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav></header>
  <div class="cookie-banner">Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
    <button>Alle akzeptieren</button></div>
  <main><article>
    <h1>Grimm warnt vor Rezession</h1>
    <p>Die Wirtschaftsweise Veronika Grimm hat vor einer längeren Rezession in Deutschland gewarnt.
    „Die Lage ist ernster, als viele glauben“, sagte die Ökonomin am Dienstag in Berlin.</p>
    <p>Laut Statistischem Bundesamt schrumpfte die Wirtschaftsleistung im vierten Quartal um 0,3 Prozent.
    Die Bundesregierung müsse jetzt handeln, forderte Grimm.</p>
    <p>Lesen Sie auch: Was die Schuldenbremse für den Haushalt bedeutet</p>
    <p>Finanzminister Lars Klingbeil wies die Kritik zurück. Die Regierung habe bereits ein
    Investitionsprogramm über 500 Milliarden Euro beschlossen, sagte er am 1. März 2019.</p>
  </article></main>
  <aside><h2>Mehr zum Thema</h2><ul><li><a href="/a">Inflation steigt wieder</a></li>
    <li><a href="/b">DAX auf Rekordhoch</a></li></ul></aside>
  <footer><p>© 2026 Tagesblatt GmbH. Alle Rechte vorbehalten.</p>
    <a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
"""


ReadAll = Callable[..., list[Article | InputError]]


def _read_all(*inputs: str | Path, max_bytes: int = 1_000_000, stdin: str | None = None) -> list[Article | InputError]:
    stream = io.StringIO(stdin) if stdin is not None else None
    return list(read_inputs([str(i) for i in inputs], max_bytes=max_bytes, stdin=stream))


@pytest.fixture
def read_all() -> ReadAll:
    """``read_all(*inputs, max_bytes=…, stdin=…)``: everything ``read_inputs`` yields, as a list."""
    return _read_all


@pytest.fixture
def article_page() -> str:
    return ARTICLE_PAGE
