"""Score one HTTP response by the Mozilla HTTP Observatory's published rules.

Each test adds its modifier to a baseline of 100; bonuses only count when the score without
them is 90 or more (the Observatory's rule). Redirection (http to https) is about a host, not
a response, and HSTS preloading is about a public list, so neither is scored here: the
production settings redirect to https (0) and the site is not claimed to be preloaded (0).
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

PRIVATE_REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
UNSAFE_REFERRER_POLICIES = {"origin", "origin-when-cross-origin", "unsafe-url"}
SIX_MONTHS = 15_768_000


@dataclass
class Score:
    modifiers: list[tuple[str, int]] = field(default_factory=list)

    def add(self, name: str, modifier: int) -> None:
        self.modifiers.append((name, modifier))

    @property
    def value(self) -> int:
        penalties = 100 + sum(m for _n, m in self.modifiers if m < 0)
        bonuses = sum(m for _n, m in self.modifiers if m > 0)
        return max(0, penalties + (bonuses if penalties >= 90 else 0))

    @property
    def grade(self) -> str:
        for floor, grade in [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B")]:
            if self.value >= floor:
                return grade
        return "below B"


def parse_csp(header: str) -> dict[str, list[str]]:
    policy: dict[str, list[str]] = {}
    for part in header.split(";"):
        words = part.split()
        if words and words[0].lower() not in policy:
            policy[words[0].lower()] = [w.lower() for w in words[1:]]
    return policy


def score_csp(score: Score, header: str | None) -> None:
    if not header:
        score.add("csp-not-implemented", -25)
        return
    policy = parse_csp(header)
    default = policy.get("default-src", ["*"])
    script = policy.get("script-src", default)
    style = policy.get("style-src", default)
    strong_scripts = any(s.startswith(("'nonce-", "'sha")) for s in script)
    if "'unsafe-inline'" in script and not strong_scripts:
        score.add("csp-implemented-with-unsafe-inline", -20)
    elif "'unsafe-eval'" in script:
        score.add("csp-implemented-with-unsafe-eval", -10)
    elif any(s in {"http:", "*"} or s.startswith("http://") for s in script + default):
        score.add("csp-implemented-with-insecure-scheme", -20)
    elif "'unsafe-inline'" in style:
        score.add("csp-implemented-with-unsafe-inline-in-style-src-only", 0)
    elif default == ["'none'"]:
        score.add("csp-implemented-with-no-unsafe-default-src-none", 10)
    else:
        score.add("csp-implemented-with-no-unsafe", 5)


def score_cookies(score: Score, cookies: list[str], hsts: bool) -> None:
    if not cookies:
        score.add("cookies-not-found", 0)
        return
    worst = 5
    for cookie in cookies:
        name = cookie.split("=", 1)[0].strip().lower()
        flags = {f.strip().split("=")[0].lower() for f in cookie.split(";")[1:]}
        session = "session" in name or "sess" in name
        if "secure" not in flags:
            worst = min(worst, (-10 if session else -5) if hsts else (-40 if session else -20))
        elif session and "httponly" not in flags:
            worst = min(worst, -30)
        elif "samesite" not in flags:
            worst = min(worst, 0)
    names = {5: "cookies-secure-with-httponly-sessions-and-samesite"}
    score.add(names.get(worst, "cookies-insecure"), worst)


def score_hsts(score: Score, header: str | None) -> bool:
    match = re.search(r"max-age\s*=\s*\"?(\d+)", header or "", re.IGNORECASE)
    if not match:
        score.add("hsts-not-implemented", -20)
        return False
    if int(match.group(1)) >= SIX_MONTHS:
        score.add("hsts-implemented-max-age-at-least-six-months", 0)
    else:
        score.add("hsts-implemented-max-age-less-than-six-months", -10)
    return True


def score_referrer(score: Score, header: str | None) -> None:
    values = [v.strip().lower() for v in (header or "").split(",") if v.strip()]
    if not values:
        score.add("referrer-policy-not-implemented", 0)
    elif values[-1] in PRIVATE_REFERRER_POLICIES:
        score.add("referrer-policy-private", 5)
    elif values[-1] in UNSAFE_REFERRER_POLICIES or values[-1] == "no-referrer-when-downgrade":
        score.add("referrer-policy-unsafe", -5)
    else:
        score.add("referrer-policy-header-invalid", -5)


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))


def score_sri(score: Score, content_type: str, body: str, origin: str) -> None:
    if "html" not in content_type:
        score.add("sri-not-implemented-response-not-html", 0)
        return
    parser = _Scripts()
    parser.feed(body)
    external = [s for s in parser.scripts if s.get("src")]
    if not external:
        score.add("sri-not-implemented-but-no-scripts-loaded", 0)
        return
    foreign = [s for s in external if urlsplit(s["src"]).netloc not in ("", origin)]
    if not foreign:
        if all(s.get("integrity") for s in external):
            score.add("sri-implemented-and-all-scripts-loaded-securely", 5)
        else:
            score.add("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0)
    elif all(s.get("integrity") for s in foreign):
        score.add("sri-implemented-and-external-scripts-loaded-securely", 5)
    else:
        score.add("sri-not-implemented-but-external-scripts-loaded-securely", -5)


def score_response(headers: dict[str, str], cookies: list[str], body: str, origin: str) -> Score:
    """headers: name (any case) to value; cookies: the Set-Cookie values."""
    get = {name.lower(): value for name, value in headers.items()}.get
    score = Score()
    csp = get("content-security-policy")
    score_csp(score, csp)
    hsts = score_hsts(score, get("strict-transport-security"))
    score_cookies(score, cookies, hsts)
    acao = (get("access-control-allow-origin") or "").strip()
    score.add(
        "cross-origin-resource-sharing",
        -50 if acao == "*" and get("access-control-allow-credentials") == "true" else 0,
    )
    score_referrer(score, get("referrer-policy"))
    score_sri(score, get("content-type") or "", body, origin)
    nosniff = (get("x-content-type-options") or "").strip().lower() == "nosniff"
    score.add(
        "x-content-type-options-" + ("nosniff" if nosniff else "not-implemented"),
        0 if nosniff else -5,
    )
    if csp and "frame-ancestors" in parse_csp(csp):
        score.add("x-frame-options-implemented-via-csp", 5)
    elif (get("x-frame-options") or "").strip().upper() in {"DENY", "SAMEORIGIN"}:
        score.add("x-frame-options-sameorigin-or-deny", 0)
    else:
        score.add("x-frame-options-not-implemented", -20)
    corp = (get("cross-origin-resource-policy") or "").strip().lower()
    valid_corp = corp in {"same-origin", "same-site", "cross-origin", ""}
    score.add(
        "cross-origin-resource-policy-" + (corp or "not-implemented"), 0 if valid_corp else -5
    )
    return score
