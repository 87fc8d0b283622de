# Varnish in front of the portal's app nodes (Varnish 7.1, Debian's package).
#
# - Caches anonymous GET/HEAD for as long as the app's Cache-Control (s-maxage) says, and
#   only responses the app marks public and that set no cookie.
# - Passes the admin, anything with a session cookie, and every other method (form posts).
# - PURGE <url> drops that path with every query string; BAN / drops everything. Both are
#   accepted only from the addresses in the "purgers" ACL (the app nodes).
# - When the app nodes (or their database) are down, serves the last good copy for up to a
#   week; with nothing cached, a static 503 page with quick exit and the emergency numbers.
# - Compresses HTML, CSS, JavaScript, feeds and calendars (gzip).
#
# Site-specific parts (backends, the health probe, the purge ACL and the path of the 503
# page) live in portal-local.vcl: see portal-local.vcl.example. `make serve` writes one.
vcl 4.1;

import std;
import directors;

include "portal-local.vcl";

sub vcl_init {
    call portal_init;
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    unset req.http.X-Cache;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous readers: no cookie reaches the app, so every reader shares one copy.
    unset req.http.Cookie;
    # While the app nodes are healthy, a stale copy is served for at most 10 seconds while
    # a fresh one is fetched; when they are down, for as long as beresp.grace allows.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    set beresp.grace = 7d;
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        return (error(503, "Service Unavailable"));
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(javascript|json|rss\+xml|xml))"
        && !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "public"
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    set beresp.status = 503;
    call portal_offline_page;
    return (deliver);
}

sub vcl_synth {
    if (resp.status == 503) {
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Cache-Control = "no-store";
        set resp.http.Retry-After = "30";
        call portal_offline_page_synth;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
