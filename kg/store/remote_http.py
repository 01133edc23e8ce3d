"""HTTP for remote stores (the SPARQL 1.1 Protocol): one opener per endpoint that answers HTTP Basic and
Digest challenges with credentials from KG_SPARQL_USER / KG_SPARQL_PASSWORD or ~/.netrc, and errors that
never show a password: credentials written into a URL are refused, and every URL echoed is scrubbed."""
from __future__ import annotations

import netrc
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

from kg.errors import Errors, KGError, QueryError

ENV_USER, ENV_PASSWORD = "KG_SPARQL_USER", "KG_SPARQL_PASSWORD"
USERINFO = re.compile(r"(?<=://)[^/?#@\s]*@")
# what endpoints say when one request is more than they take: HTTP 413, Virtuoso's SP031 ("the length of
# generated SQL text has exceeded 10000 lines") and SP030 ("memory exhausted"), servlet containers' limits
TOO_LARGE = re.compile(r"SP03[01]|exceeded \d+ lines|memory exhausted|too large|too long|request entity", re.I)
NO_UPDATES = re.compile(r"SR186|permission|not allowed|read.?only|forbidden", re.I)


class TooLarge(KGError):
    """The endpoint refused one request for its size; a smaller one may pass."""


def scrub(text: str) -> str:
    """`text` with any `user:password@` taken out of the URLs in it."""
    return USERINFO.sub("", text)


def check_url(url: str) -> None:
    """A URL with credentials in it is refused (E621): they would end up in shell histories, process lists
    and messages."""
    if "@" in urllib.parse.urlsplit(url).netloc:
        raise KGError(Errors.E621, url=scrub(url))


def credentials(url: str) -> tuple[str, str, str] | None:
    """(user, password, where they came from) for `url`: the environment first, then ~/.netrc's entry for
    the host (or its default entry); None when there are none."""
    user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
    if user or password:
        if not (user and password):
            raise KGError(Errors.E629, given=ENV_USER if user else ENV_PASSWORD,
                          missing=ENV_PASSWORD if user else ENV_USER)
        return user, password, f"{ENV_USER}/{ENV_PASSWORD}"
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc().authenticators(host)
    except FileNotFoundError:
        return None
    except (netrc.NetrcParseError, OSError) as exc:
        detail = getattr(exc, "msg", None) or type(exc).__name__  # never the file's lines
        raise KGError(Errors.E630, detail=detail) from None
    if not entry or not entry[2]:
        return None
    return entry[0], entry[2], "~/.netrc"


class Http:
    """POSTs to an endpoint's URLs; answers 401 challenges (Basic or Digest) when credentials are set."""

    def __init__(self, *urls: str) -> None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        self.source = None
        for url in urls:  # the query URL and the update URL, perhaps on another host
            check_url(url)
            found = credentials(url)
            if found:
                parts = urllib.parse.urlsplit(url)
                manager.add_password(None, f"{parts.scheme}://{parts.netloc}/", found[0], found[1])
                self.source = self.source or found[2]
        handlers = [urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)]
        self.opener = urllib.request.build_opener(*(handlers if self.source else []))

    def post(self, url: str, field: str, text: str, accept: str, timeout: float | None) -> tuple[bytes, Message]:
        """The body and headers of the answer to a form POST of `field=text`."""
        check_url(url)
        data = urllib.parse.urlencode({field: text}).encode("utf-8")
        req = urllib.request.Request(url, data=data, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with self.opener.open(req, timeout=timeout or None) as resp:
                return resp.read(), resp.headers
        except urllib.error.HTTPError as exc:
            raise self._refused(url, field, exc) from None
        except TimeoutError:
            raise QueryError(Errors.E505, seconds=timeout or 0) from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise QueryError(Errors.E505, seconds=timeout or 0) from None
            raise KGError(Errors.E605, url=scrub(url), reason=scrub(str(reason))) from None

    def _refused(self, url: str, field: str, exc: urllib.error.HTTPError) -> KGError:
        try:
            body = exc.read().decode("utf-8", errors="replace")
        except OSError:
            body = ""
        lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
        detail = scrub(lines[0][:300]) if lines else str(exc.reason)
        url = scrub(url)
        if exc.code == 401:
            if self.source is None:
                return KGError(Errors.E622, url=url, user=ENV_USER, password=ENV_PASSWORD,
                               host=urllib.parse.urlsplit(url).hostname)
            return KGError(Errors.E623, url=url, status=exc.code, source=self.source)
        if exc.code == 413 or TOO_LARGE.search(body[:2000]):
            return TooLarge(Errors.E625, url=url, detail=detail)
        if field == "update" and (exc.code == 403 or NO_UPDATES.search(detail)):
            return KGError(Errors.E627, url=url, status=exc.code, detail=detail)
        if exc.code == 403:
            return KGError(Errors.E623, url=url, status=exc.code, source=self.source or "no credentials")
        return KGError(Errors.E606, url=url, status=exc.code, detail=detail)
