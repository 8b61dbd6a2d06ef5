import pytest

from lagebild.ingest.outlets import choose_outlet, host_of, normalise_outlet


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.spiegel.de/politik/a-1.html", "spiegel.de"),
        ("https://WWW.Spiegel.DE:443/x", "spiegel.de"),
        ("https://m.faz.net/aktuell/", "faz.net"),
        ("http://www2.example.org", "example.org"),
        ("https://taz.de/!123/", "taz.de"),
        ("https://www.de/", "www.de"),  # a prefix is only removed when a domain remains
        ("spiegel.de/politik", "spiegel.de"),
        ("not a url", None),
        ("", None),
    ],
)
def test_host_of(url: str, host: str | None) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize(
    ("given", "outlet"),
    [
        ("www.Example.de", "example.de"),
        ("https://www.zeit.de/", "zeit.de"),
        ("SPIEGEL ONLINE", "SPIEGEL ONLINE"),
        ("  Süddeutsche Zeitung ", "Süddeutsche Zeitung"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_outlet(given: str | None, outlet: str | None) -> None:
    assert normalise_outlet(given) == outlet


def test_choose_outlet_prefers_given_then_host_then_site_name() -> None:
    url = "https://www.spiegel.de/a"
    assert choose_outlet("Der Spiegel", url, "SPIEGEL ONLINE") == "Der Spiegel"
    assert choose_outlet(None, url, "SPIEGEL ONLINE") == "spiegel.de"
    assert choose_outlet(None, None, "SPIEGEL ONLINE") == "SPIEGEL ONLINE"
    assert choose_outlet(None, None, None) is None
