"""The station's window: screens, item models, dialogs and theme; it talks to the session layer only."""
