"""coachdesk: a private reflection-coaching journal for salespeople."""

APP_NAME = "coachdesk"


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~70 ms at import; only --version and About need it.
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coachdesk")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"
