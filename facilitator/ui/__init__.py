"""The Qt user interface: the audience window, the facilitator console and their widgets."""

from facilitator.ui.pyside_features import skip_source_scan

skip_source_scan()  # before the UI's modules are imported: PySide6 would read each one's source
