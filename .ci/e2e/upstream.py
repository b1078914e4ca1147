#!/usr/bin/env python3
"""Stand-in for a Kestrel instance behind the generated nginx (used by .ci/e2e-nginx.sh).

Every request gets a JSON echo of what arrived: the instance name, method, path and the request
headers. Special paths:
  /big-cookie   200 with a Set-Cookie header of --cookie-bytes bytes (chunked OIDC cookies)
  /status/NNN   answers with status NNN (e.g. 404), body still the echo
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
    args = ap.parse_args()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
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
