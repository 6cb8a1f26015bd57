"""The reliability suites drive real windows too: the GUI tests' server fixture, and after each test no
thread left and the loop unmarked."""

from tests.gui.conftest import _nothing_left_running, reference_server  # noqa: F401 - fixtures, shared
