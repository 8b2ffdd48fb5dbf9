"""ESP webhooks in: Amazon SES (through SNS), Mailgun, SendGrid and Postmark.

Each configured ``[intake.NAME]`` table adds ``POST /v1/intake/NAME`` to the API listener
(:func:`routes`). An ESP's bounce or complaint becomes the standard report a mail server would
have sent (:mod:`.report`), stored durably and then parsed and classified like any bounce.
"""

from __future__ import annotations

from .endpoint import Route, routes
from .fetch import HttpsGet, HttpsGetter

__all__ = ["HttpsGet", "HttpsGetter", "Route", "routes"]
