"""Outlet names: from the record, else from the article's URL host, else the page's site name.

Choice: the URL host wins over the site name when both are known. Hosts are stable and unique
("spiegel.de"), while site names vary per page and per year ("SPIEGEL ONLINE", "DER SPIEGEL").
Hosts are lower-cased without a ``www``/mobile prefix, so ``https://www.spiegel.de/…`` → ``spiegel.de``.
An outlet given in a record is kept as written unless it is itself a URL or host name.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Prefixes that name a server or an edition of the same outlet, not a different outlet.
_HOST_PREFIX = re.compile(r"^(?:www\d*|m|mobil|mobile|amp)\.")
_VALID_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*")
_HOST_LIKE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:/\S*)?", re.IGNORECASE)


def host_of(url: str) -> str | None:
    """The normalised host of ``url`` (``https://www.spiegel.de/x`` → ``spiegel.de``), or None."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    if not _VALID_HOST.fullmatch(host):
        return None
    while (shorter := _HOST_PREFIX.sub("", host)) != host and "." in shorter:
        host = shorter
    return host or None


def normalise_outlet(value: str | None) -> str | None:
    """An outlet as given: a URL or host name becomes its normalised host; a name is kept (stripped)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if "://" in value or _HOST_LIKE.fullmatch(value):
        return host_of(value) or value
    return value


def choose_outlet(given: str | None, url: str | None, site_name: str | None) -> str | None:
    """The outlet of an article: the given one, else the URL's host, else the page's site name."""
    return normalise_outlet(given) or (host_of(url) if url else None) or normalise_outlet(site_name)
