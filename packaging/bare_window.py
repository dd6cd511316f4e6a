"""A bare PySide6 window, shown once and closed: the baseline the bundle's start is timed against
(packaging/time_start.py builds it with packaging/bare.spec, the same way as the app)."""

from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
window = QWidget()
window.resize(1280, 800)
window.show()
app.processEvents()
