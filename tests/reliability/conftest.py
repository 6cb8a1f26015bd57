"""The reliability suites drive real windows too: the GUI tests' server fixtures, and after each test no
thread left and the loop unmarked."""

from tests.gui.conftest import (  # noqa: F401 - fixtures, shared
    _nothing_left_running,
    clocked_server,
    reference_server,
    server_clock,
)
