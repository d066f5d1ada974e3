"""The Deadlines page."""
