"""A real SMTP server for carnet's tests (aiosmtpd), on 127.0.0.1 only.

Every accepted message is written whole to DIR/NNNNN.eml. Options make it
answer 4xx to the first N messages, 5xx 5.1.1 to some recipients, speak
TLS from the start or by STARTTLS, and ask for a login.

Prints `READY <port>` on stdout once it listens.
"""
import argparse
import os
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = 0
        self.fail_left = args.fail_first

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.args.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.fail_left > 0:
            self.fail_left -= 1
            return "451 4.7.1 Please try again later"
        self.count += 1
        path = os.path.join(self.args.dir, "%05d.eml" % self.count)
        with open(path + ".tmp", "wb") as f:
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.content)
        os.rename(path + ".tmp", path)
        return "250 2.0.0 Ok: queued as %d" % self.count


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"shop" and auth_data.password == b"s3cret"
    return AuthResult(success=ok)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--fail-first", type=int, default=0)
    p.add_argument("--reject", action="append", default=[])
    p.add_argument("--tls", choices=["none", "implicit", "starttls"], default="none")
    p.add_argument("--cert")
    p.add_argument("--key")
    args = p.parse_args()
    args.reject = [r.lower() for r in args.reject]
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    kwargs = {}
    if args.tls != "none":
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(args.cert, args.key)
        # A login is required: a message from a client that did not log in is refused.
        kwargs.update(authenticator=authenticator, auth_required=True)
        if args.tls == "implicit":
            # The whole connection is TLS: aiosmtpd does not see it as
            # such, so it is told that AUTH needs no STARTTLS here.
            kwargs.update(ssl_context=ctx, auth_require_tls=False)
        else:
            kwargs.update(tls_context=ctx, require_starttls=True, auth_require_tls=True)
    c = Controller(Handler(args), hostname="127.0.0.1", port=port, server_hostname="localhost", **kwargs)
    c.start()
    print("READY %d" % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        c.stop()


if __name__ == "__main__":
    sys.exit(main())
