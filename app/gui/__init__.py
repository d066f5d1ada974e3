"""The desktop window (PySide6). Widgets call app.services; long work runs in gui.tasks."""
