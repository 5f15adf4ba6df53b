"""The PDF export from the window: the dialog, where the file goes, and the export child it runs."""
