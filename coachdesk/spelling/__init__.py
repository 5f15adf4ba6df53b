"""Spell check of answers, Dutch and English: which words in a line are misspelt, what to
write instead, and the user's own words. Hunspell through chunspell; no Qt, no SQL."""
