"""Keeping the journal safe: unlocking, locking, encryption dialogs, backups."""
