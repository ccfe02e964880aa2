"""A real SMTP server for tests (aiosmtpd on 127.0.0.1), not a stand-in.

    smtp_server.py OUTDIR MODE CERT KEY [USER PASSWORD]

MODE is "starttls" (STARTTLS required), "tls" (implicit TLS) or "plain" (no encryption offered).
With USER and PASSWORD, AUTH is required. Each message is parsed with Python's email package (an
independent MIME parser) and written to OUTDIR as JSON. Prints "PORT <n>" once it listens.
"""
import json
import os
import socket
import ssl
import sys
import time
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "contentType": part.get_content_type(),
                "params": dict(part.get_params() or []),
                "filename": part.get_filename(),
                "text": part.get_content() if part.get_content_maintype() == "text" else None,
            })
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "headers": {key: str(value) for key, value in message.items()},
            "parts": parts,
            "raw": envelope.content.decode("utf-8", "replace"),
        }
        self.count += 1
        # Written aside and renamed, so that a reader never sees half a message.
        final = os.path.join(self.outdir, "%03d.json" % self.count)
        with open(final + ".part", "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False)
        os.replace(final + ".part", final)
        return "250 OK"


def main():
    outdir, mode, cert, key = sys.argv[1:5]
    credentials = tuple(sys.argv[5:7]) if len(sys.argv) >= 7 else None

    def authenticate(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and credentials and \
                (auth_data.login.decode(), auth_data.password.decode()) == credentials:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    kwargs = {"authenticator": authenticate, "auth_required": bool(credentials)}
    if mode == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    elif mode == "tls":
        # The whole connection is TLS, but aiosmtpd only counts STARTTLS as such for AUTH.
        kwargs.update(ssl_context=context, auth_require_tls=False)
    else:
        kwargs["auth_require_tls"] = False
    server_kwargs = {k: v for k, v in kwargs.items() if k != "ssl_context"}
    controller = Controller(Recorder(outdir), hostname="127.0.0.1", port=port,
                            ssl_context=kwargs.get("ssl_context"), server_kwargs=server_kwargs)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
