"""The desktop interface: QtWidgets windows, dialogs and thin models over the store."""
