"""coachdesk: a private reflection-coaching journal for salespeople."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("coachdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
