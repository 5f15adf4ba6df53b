"""Shared by every part of the window: the theme, small dialogs, actions, messages, formatting."""
