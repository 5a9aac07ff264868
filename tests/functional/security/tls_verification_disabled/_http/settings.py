"""HTTP settings shared by the clients."""

VERIFY_TLS = False
STRICT_TLS = True
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"
CLIENT_OPTIONS = {"timeout": 10, "verify": False}
