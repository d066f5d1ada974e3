"""The Requests page: the request list and timeline, new requests, sending and routes."""
