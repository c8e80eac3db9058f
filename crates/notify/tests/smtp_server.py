"""SMTP handler for the latchkey-notify tests, run by aiosmtpd:

    PYTHONPATH=crates/notify/tests python3 -m aiosmtpd -n -l 127.0.0.1:PORT \
        -c smtp_server.TestMailbox MAILDIR

It is aiosmtpd's Maildir handler (every accepted message becomes a file in MAILDIR/new/),
except that two recipients are refused, so the tests can see real SMTP errors:
``nobody@…`` gets a permanent 550 and ``busy@…`` a transient 451.
"""

from aiosmtpd.handlers import Mailbox


class TestMailbox(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local == "nobody":
            return "550 5.1.1 No such mailbox here"
        if local == "busy":
            return "451 4.3.2 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"
