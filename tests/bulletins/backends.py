"""A test double for the mail server: it refuses one address, as a real SMTP server would."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend

REFUSED = "refused@example.org"


class RefusingEmailBackend(EmailBackend):
    def send_messages(self, messages):
        for message in messages:
            if REFUSED in message.recipients():
                raise smtplib.SMTPRecipientsRefused({REFUSED: (550, b"5.1.1 No such mailbox")})
        return super().send_messages(messages)


class CountingEmailBackend(EmailBackend):
    """Counts messages without keeping them, for timing large sendings."""

    count = 0

    def send_messages(self, messages):
        for message in messages:
            message.message()  # build the MIME message, as a real backend must
        CountingEmailBackend.count += len(messages)
        return len(messages)
