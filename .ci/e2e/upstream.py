#!/usr/bin/env python3
"""Stand-in for a Kestrel instance behind the generated nginx (used by .ci/e2e-nginx.sh).

Every request gets a JSON echo of what arrived: the instance name, method, path and the request
headers. Special paths:
  /big-cookie   200 with a Set-Cookie header of --cookie-bytes bytes (chunked OIDC cookies)
  /status/NNN   answers with status NNN (e.g. 404), body still the echo
  /.well-known/openid-configuration (+ /jwks)   a discovery document whose issuer is built from
                X-Forwarded-Proto and X-Forwarded-Host (or Host), as ASP.NET Core does once
                UseForwardedHeaders trusts the proxy, and an RS256 JWKS (for `idsgen verify`)
  OPTIONS /connect/token   a CORS preflight that allows only --cors-origin
HTTP/1.1 with Content-Length, so nginx can keep connections alive.
"""

import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--name", required=True, help="instance name echoed as `instance`")
    ap.add_argument("--cookie-bytes", type=int, default=12 * 1024)
    ap.add_argument("--cors-origin", default="https://app.example.com")
    args = ap.parse_args()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _issuer(self) -> str:
            proto = self.headers.get("X-Forwarded-Proto") or "http"
            host = self.headers.get("X-Forwarded-Host") or self.headers.get("Host") or "localhost"
            return f"{proto}://{host}"

        def _json(self, status: int, doc: dict) -> None:
            body = json.dumps(doc).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_OPTIONS(self) -> None:  # noqa: N802 (http.server naming)
            self.send_response(204)
            if self.path.startswith("/connect/token") and self.headers.get("Origin") == args.cors_origin:
                self.send_header("Access-Control-Allow-Origin", args.cors_origin)
                self.send_header("Access-Control-Allow-Methods", "POST")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            path = self.path.split("?")[0]
            if self.command == "GET" and path == "/.well-known/openid-configuration":
                iss = self._issuer()
                self._json(200, {
                    "issuer": iss,
                    "jwks_uri": f"{iss}/.well-known/openid-configuration/jwks",
                    "authorization_endpoint": f"{iss}/connect/authorize",
                    "token_endpoint": f"{iss}/connect/token",
                    "end_session_endpoint": f"{iss}/connect/endsession",
                })
                return
            if self.command == "GET" and path == "/.well-known/openid-configuration/jwks":
                self._json(200, {"keys": [{"kty": "RSA", "use": "sig", "kid": "e2e", "alg": "RS256", "e": "AQAB", "n": "e2e"}]})
                return
            status = 200
            if self.path.startswith("/status/"):
                try:
                    status = int(self.path.split("/")[2])
                except ValueError:
                    status = 400
            body = json.dumps(
                {
                    "instance": args.name,
                    "method": self.command,
                    "path": self.path,
                    "peer": self.client_address[0],
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                },
                indent=1,
            ).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if self.path == "/big-cookie":
                self.send_header("Set-Cookie", "idsrv.big=" + "c" * args.cookie_bytes + "; Path=/; Secure; HttpOnly")
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_HEAD = _answer

        def log_message(self, *_args) -> None:  # keep the test output readable
            pass

    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
