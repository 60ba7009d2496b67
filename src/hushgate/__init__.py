"""Hushgate: a zero-retention privacy gateway for LLM APIs."""

__version__ = "0.1.0"
