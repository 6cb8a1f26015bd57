"""The reliability suites drive real windows too: after each, no thread left and the loop unmarked."""

from tests.gui.conftest import _nothing_left_running  # noqa: F401 - an autouse fixture, shared
