"""The main window's frame: start-up, the sidebar, the welcome, crash and restart handling."""
