"""The Qt user interface: the audience window, the facilitator console and their widgets."""
