"""Reminders at times the user chose: the files each system's scheduler reads (no Qt)."""
