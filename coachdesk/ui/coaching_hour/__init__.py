"""The coaching hour on a shared screen: the prep, the coach view, the cover page."""
