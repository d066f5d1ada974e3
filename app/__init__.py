"""OffMap: take your location off the map."""

__version__ = "0.1.0"
APP_NAME = "OffMap"
