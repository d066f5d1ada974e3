"""The Replies page."""
