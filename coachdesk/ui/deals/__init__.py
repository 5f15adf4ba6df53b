"""Deals and customers: the Deals list and one deal's (or customer's) whole story."""
