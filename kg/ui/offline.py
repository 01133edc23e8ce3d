"""The app sends nothing out: Streamlit's external-IP lookup (an HTTP request to checkip.amazonaws.com,
made for its start-up banner and when a page from an unknown host connects) is switched off. The banner
case is also avoided by `server.address` in `.streamlit/config.toml`; this covers the other."""
from __future__ import annotations


def no_calls_home() -> None:
    """Make Streamlit's external-IP lookup answer "unknown" without a request (idempotent)."""
    from streamlit import net_util

    net_util.get_external_ip = lambda: None
