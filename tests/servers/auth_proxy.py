"""A tiny HTTP Basic authentication proxy for the sync tests: Xandikos has
no authentication of its own over plain HTTP (its --htpasswd needs its
self-signed HTTPS), so the tests put this in front of it, as a reverse
proxy would be in a real setup. Every method is forwarded as it came;
a request without the right user and password gets 401.

Usage: auth_proxy.py --user U --password P --to PORT
Prints "READY <port>" once it listens on 127.0.0.1."""

import argparse
import base64
import http.client
import http.server


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--to", type=int, required=True)
    a = p.parse_args()
    expected = "Basic " + base64.b64encode(f"{a.user}:{a.password}".encode()).decode()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if self.headers.get("Authorization") != expected:
                msg = b"authentication required"
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="test"')
                self.send_header("Content-Length", str(len(msg)))
                self.end_headers()
                self.wfile.write(msg)
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("authorization", "host", "connection")}
            headers["X-Remote-User"] = a.user
            conn = http.client.HTTPConnection("127.0.0.1", a.to, timeout=60)
            conn.request(self.command, self.path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
            self.send_response(r.status, r.reason)
            for k, v in r.getheaders():
                if k.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            conn.close()

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_OPTIONS = do_HEAD = do_MKCOL = do_PROPPATCH = forward
        do_POST = forward

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"READY {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
