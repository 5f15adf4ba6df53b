"""The coaching loop: This week, check-ins, commitments, the story bank, insights."""
