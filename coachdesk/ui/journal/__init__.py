"""The journal itself: the timeline, search and filters, the reading pane, guided reflection."""
