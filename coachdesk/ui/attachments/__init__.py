"""Pictures and files in the window: thumbnails, the viewer, adding, opening, removing."""
