"""Server-side contexts: not asking clients for a certificate (CERT_NONE)
and not checking a host name are what a server context does; only
client-side contexts are reported."""

import ssl
from ssl import PROTOCOL_TLS_SERVER, Purpose, SSLContext, create_default_context


class TLSServer:
    def __init__(self, cert_file, key_file):
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert_file, key_file)
        self.ctx.verify_mode = ssl.CERT_NONE


def listener_context(cert_file):
    ctx = create_default_context(Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert_file)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def legacy_listener_context():
    ctx = SSLContext(protocol=PROTOCOL_TLS_SERVER)
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def upstream_context():
    ctx = create_default_context(purpose=Purpose.SERVER_AUTH)
    ctx.check_hostname = False  # [tls-verification-disabled]
    ctx.verify_mode = ssl.CERT_NONE  # [tls-verification-disabled]
    return ctx


def client_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False  # [tls-verification-disabled]
    return ctx


def either_context(server):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if not server:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.verify_mode = ssl.CERT_NONE  # [tls-verification-disabled]
    return ctx
