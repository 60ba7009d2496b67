"""Inbound wire formats, translated at the edge into the canonical request."""
