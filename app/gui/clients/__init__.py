"""The Clients page: the client list, a client's case, holdings and bulk opt-outs."""
