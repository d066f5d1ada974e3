"""The Ad IDs page: advertising-ID guides and opt-outs."""
