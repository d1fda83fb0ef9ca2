"""The web UI: static files (``static/``) served by the API app at ``/`` (see ``docs/web.md``).

No Python lives here; this file makes ``dateline.web`` a package so that the static files and the
vendored libraries are installed with the wheel.
"""
