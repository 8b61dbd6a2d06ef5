import pytest

from lagebild.ingest.text import NotText, decode_text, first_line, normalise_newlines


def test_utf8_wins_over_a_wrong_declared_charset() -> None:
    data = '<meta charset="iso-8859-1"><p>Größe</p>'.encode()
    assert "Größe" in decode_text(data, html=True)


def test_declared_charset_is_used_when_not_utf8() -> None:
    data = '<meta charset="iso-8859-15"><p>Preis: 5 €</p>'.encode("iso-8859-15")
    assert "5 €" in decode_text(data, html=True)


def test_cp1252_fallback() -> None:
    assert decode_text("„Zitat“ – Öl".encode("cp1252")) == "„Zitat“ – Öl"


@pytest.mark.parametrize("data", [b"\x00abc", b"abc\x01\x02\x03\x04\x05\x06\x07", b"\x81\x8d"])
def test_not_text(data: bytes) -> None:
    with pytest.raises(NotText):
        decode_text(data)


def test_utf8_bom_removed() -> None:
    assert decode_text("\ufeffText".encode()) == "Text"


def test_normalise_newlines_keeps_everything_else() -> None:
    assert normalise_newlines("\ufeffa\r\nb\rc\n\u00a0 d\t") == "a\nb\nc\n\u00a0 d\t"


def test_first_line() -> None:
    assert first_line("\n  \n  Titel  \nText") == "Titel"
    assert first_line(" \n ") is None
