"""The coaching domain: flows, reflections and what they mean. Pure Python: no Qt, no SQL."""
