"""Facilitator: lead workshops that engage young men in gender equality."""

__version__ = "0.1.0"
