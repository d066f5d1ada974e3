"""Domain logic: pure Python, no Qt, no store, no network, no keyring."""
