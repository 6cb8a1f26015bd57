"""The installers' files, read here: the workflow, the Inno script, the spec, the DMG script and the build's signing."""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
ISS = PACKAGING / "windows" / "station.iss"
SPEC = PACKAGING / "station.spec"
MAKE_DMG = PACKAGING / "macos" / "make_dmg.sh"
CURRENT_ACTIONS = {"actions/checkout": 6, "actions/setup-python": 6, "actions/upload-artifact": 5}


def without_comments(path: Path, mark: str) -> str:
    return "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith(mark)
    )


def workflow() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    loaded: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def build_job() -> dict[str, Any]:
    job: dict[str, Any] = workflow()["jobs"]["build"]
    return job


def steps_named(fragment: str) -> list[dict[str, Any]]:
    return [step for step in build_job()["steps"] if fragment in step.get("name", "")]


def iss_sections() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8")
    parts = re.split(r"^\[(\w+)\]\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def spec_keyword(call_name: str, keyword: str) -> ast.expr:
    for node in ast.walk(spec_tree()):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == call_name:
            for kw in node.keywords:
                if kw.arg == keyword:
                    return kw.value
    raise AssertionError(f"{call_name}(... {keyword}=...) is not in the spec")


def spec_unused_filter() -> Any:
    """The spec's UNUSED names and its unused() test, run on their own."""
    tree = spec_tree()
    wanted: list[ast.stmt] = [
        node
        for node in tree.body
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "UNUSED" for t in node.targets))
        or (isinstance(node, ast.FunctionDef) and node.name == "unused")
    ]
    assert len(wanted) == 2, "the spec defines UNUSED and unused()"
    namespace: dict[str, Any] = {}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace["unused"]


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("station_packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the workflow -------------------------------------------------------------------------------------------


def test_the_workflow_builds_on_supported_runners_one_dmg_per_architecture() -> None:
    rows = build_job()["strategy"]["matrix"]["include"]
    runners = {row["os"]: row["installer"] for row in rows}
    assert set(runners) == {"ubuntu-24.04", "windows-2022", "macos-15", "macos-15-intel"}
    assert runners["macos-15"].endswith("-arm64.dmg") and runners["macos-15-intel"].endswith("-x86_64.dmg")
    assert runners["windows-2022"].endswith("-setup.exe") and runners["ubuntu-24.04"].endswith(".deb")
    assert 'dmg="$out/Station-$version-$arch.dmg"' in MAKE_DMG.read_text(encoding="utf-8")
    assert 'arch="$(uname -m)"' in MAKE_DMG.read_text(encoding="utf-8")  # arm64 or x86_64, as named above


def test_every_job_and_step_has_a_timeout_and_the_actions_are_current() -> None:
    for name, job in workflow()["jobs"].items():
        assert isinstance(job.get("timeout-minutes"), int), f"job {name} has no timeout"
        for step in job["steps"]:
            label = step.get("name") or step.get("uses")
            assert isinstance(step.get("timeout-minutes"), int), f"step {label!r} has no timeout"
            if "uses" in step:
                action, _, ref = step["uses"].partition("@")
                major = int(ref.lstrip("v").split(".")[0])
                assert major >= CURRENT_ACTIONS[action], f"{action}@{ref} is an old major version"


def test_a_missing_installer_fails_the_job() -> None:
    check = steps_named("The installer is there")
    assert len(check) == 1 and "exit 1" in check[0]["run"] and "matrix.installer" in check[0]["run"]
    upload = [step for step in build_job()["steps"] if step.get("uses", "").startswith("actions/upload-artifact")]
    assert upload[0]["with"]["if-no-files-found"] == "error"


def test_signing_is_guarded_by_secrets_and_required_on_tags() -> None:
    env = build_job()["env"]
    assert "refs/tags/v" in env["STATION_REQUIRE_SIGNING"]
    assert "secrets.WINDOWS_CERTIFICATE_PFX_BASE64" in env["HAS_WINDOWS_CERT"]
    assert "secrets.MACOS_CERTIFICATE_P12_BASE64" in env["HAS_MACOS_CERT"]
    assert "secrets.MACOS_NOTARY_KEY_ID" in env["HAS_MACOS_NOTARY"]
    gate = steps_named("Signing secrets")[0]["run"]
    assert 'STATION_REQUIRE_SIGNING" == "1"' in gate and "exit 1" in gate and "UNSIGNED" in gate
    assert "GITHUB_STEP_SUMMARY" in gate
    keychain = steps_named("keychain")[0]
    assert keychain["if"] == "runner.os == 'macOS' && env.HAS_MACOS_CERT == 'true'"
    assert "security import" in keychain["run"] and "set-key-partition-list" in keychain["run"]
    assert "env.HAS_MACOS_NOTARY == 'true'" in steps_named("Notary API key")[0]["if"]
    assert steps_named("Code-signing certificate (Windows)")[0]["if"].endswith("env.HAS_WINDOWS_CERT == 'true'")
    cleanup = steps_named("Remove the signing material")[0]
    assert cleanup["if"] == "always()" and "delete-keychain" in cleanup["run"]


def test_the_installers_are_smoke_tested_after_installing() -> None:
    windows = steps_named("Install silently")[0]["run"]
    assert "/VERYSILENT" in windows and "/SUPPRESSMSGBOXES" in windows and "self-test exit code: 0" in windows
    assert 'station-cli.exe" --self-test' in windows and "Get-AuthenticodeSignature" in windows
    mac = steps_named("Mount the disk image")[0]["run"]
    assert "hdiutil attach" in mac and "--self-test" in mac and "stapler validate" in mac


# --- macOS ----------------------------------------------------------------------------------------------------


def test_the_dmg_script_notarises_with_an_api_key_and_staples_the_app_and_the_dmg() -> None:
    script = without_comments(MAKE_DMG, "#")
    assert "--deep" not in script and "--keychain-profile" not in script
    assert '--key "${STATION_NOTARY_KEY:-}" --key-id' in script and "--issuer" in script
    assert 'xcrun stapler staple "$app"' in script and 'xcrun stapler staple "$dmg"' in script
    assert re.search(r"for attempt in .*\n\s+if hdiutil create", script), "hdiutil create is retried"
    assert "STATION_REQUIRE_SIGNING" in script and "exit 1" in script


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_the_dmg_script_is_valid_bash() -> None:
    assert subprocess.run(["bash", "-n", str(MAKE_DMG)], check=False).returncode == 0


def test_the_info_plist_has_the_local_network_reason_the_versions_and_no_app_nap() -> None:
    plist = spec_keyword("BUNDLE", "info_plist")
    assert isinstance(plist, ast.Dict)
    keys = {
        key.value: value for key, value in zip(plist.keys, plist.values, strict=True) if isinstance(key, ast.Constant)
    }
    for key in ("NSLocalNetworkUsageDescription", "LSMinimumSystemVersion", "CFBundleVersion",
                "CFBundleShortVersionString", "NSAppSleepDisabled"):  # fmt: skip
        assert key in keys, key
    assert ast.literal_eval(keys["NSAppSleepDisabled"]) is True
    assert "server" in ast.literal_eval(keys["NSLocalNetworkUsageDescription"])


def test_pyinstaller_signs_each_binary_with_the_entitlements() -> None:
    for call in ("EXE", "BUNDLE"):
        assert ast.unparse(spec_keyword(call, "codesign_identity")) == "sign_identity"
        assert ast.unparse(spec_keyword(call, "entitlements_file")) == "entitlements"
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


# --- the spec -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6\\Qt6Pdf.dll",
        "PySide6\\Qt6Quick.dll",
        "PySide6\\Qt6Qml.dll",
        "PySide6\\plugins\\imageformats\\qpdf.dll",
        "PySide6\\translations\\qt_de.qm",
        "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/imageformats/libqpdf.dylib",
        "PySide6/Qt/translations/qt_de.qm",
    ],
)
def test_the_spec_leaves_out_unused_qt_parts_on_every_system(name: str) -> None:
    assert spec_unused_filter()(name)


@pytest.mark.parametrize(
    "name",
    [
        "PySide6\\Qt6Widgets.dll",
        "PySide6\\Qt6Svg.dll",
        "PySide6\\plugins\\imageformats\\qsvg.dll",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/Qt/lib/QtMultimedia.framework/Versions/A/QtMultimedia",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/lib/libQt6SerialPort.so.6",
        "PySide6/Qt/translations/qtbase_es.qm",
        "PySide6\\translations\\qtbase_hi.qm",
    ],
)
def test_the_spec_keeps_what_the_app_uses(name: str) -> None:
    assert not spec_unused_filter()(name)


def test_windows_gets_a_console_twin_and_no_traceback_dialog() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert 'name="station-cli", console=True' in source
    assert ast.literal_eval(spec_keyword("EXE", "disable_windowed_traceback")) is True


# --- Windows: the Inno script ---------------------------------------------------------------------------------


def test_the_installer_runs_the_console_self_test_and_checks_its_exit_code() -> None:
    sections = iss_sections()
    code = sections["Code"]
    assert "station-cli.exe" in code and "--self-test" in code
    assert "ewWaitUntilTerminated, ResultCode" in code and "if ResultCode <> 0 then" in code
    assert "Log(Format('station-cli --self-test exit code: %d'" in code
    assert "SuppressibleMsgBox" in code and "MsgBox(" not in code.replace("SuppressibleMsgBox(", "")
    assert 'station.exe"; Parameters: "--self-test' not in sections.get("Run", "")


def test_the_machine_wide_settings_are_writable_by_administrators_only() -> None:
    text = without_comments(ISS, ";")
    assert "users-modify" not in text and "users-full" not in text
    assert "Permissions: admins-full system-full users-readexec" in iss_sections()["Dirs"]
    assert "/inheritance:r" in text and "*S-1-5-32-545:(OI)(CI)RX" in text


def test_an_upgrade_removes_the_old_bundle_and_the_setup_is_signed() -> None:
    sections = iss_sections()
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in sections["InstallDelete"]
    setup = sections["Setup"]
    assert re.search(r"#ifdef Sign\s+SignTool=stationsign\s+SignedUninstaller=yes\s+#endif", setup)


def test_the_demo_shortcut_shows_the_demo_pins() -> None:
    from station.server.demo_data import USERS

    pins = {user: pin for user, _name, _role, _password, pin in USERS}
    icons = iss_sections()["Icons"]
    demo = next(line for line in icons.splitlines() if "--demo" in line)
    assert f"counter1, PIN {pins['counter1']}" in demo and str(pins["supervisor"]) in demo
    notes = (PACKAGING / "windows" / "after-install.txt").read_text(encoding="utf-8")
    assert f"counter1 with PIN {pins['counter1']}" in notes and "%LOCALAPPDATA%\\Station\\Station" in notes


# --- the build's signing decisions ----------------------------------------------------------------------------


def test_windows_signing_is_required_on_release_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    build = load_build()
    monkeypatch.delenv("STATION_WIN_CERT", raising=False)
    monkeypatch.delenv("STATION_WIN_SIGN_COMMAND", raising=False)
    monkeypatch.setenv("STATION_REQUIRE_SIGNING", "1")
    with pytest.raises(SystemExit, match="STATION_WIN_CERT is not set"):
        build.windows_sign_command()
    monkeypatch.setenv("STATION_REQUIRE_SIGNING", "0")
    assert build.windows_sign_command() is None  # unsigned, said in a warning


def test_windows_signing_uses_the_certificate_or_the_given_command(monkeypatch: pytest.MonkeyPatch) -> None:
    build = load_build()
    monkeypatch.delenv("STATION_WIN_SIGN_COMMAND", raising=False)
    monkeypatch.setattr(build, "signtool", lambda: "signtool.exe")
    monkeypatch.setenv("STATION_WIN_CERT", "C:\\certs\\station.pfx")
    monkeypatch.setenv("STATION_WIN_CERT_PASSWORD", "secret")
    command = build.windows_sign_command()
    assert command[:5] == ["signtool.exe", "sign", "/f", "C:\\certs\\station.pfx", "/p"]
    assert "/tr" in command and command[command.index("/fd") + 1] == "sha256"
    monkeypatch.setenv("STATION_WIN_SIGN_COMMAND", '["signtool", "sign", "/dlib", "C:\\\\hsm.dll"]')
    assert build.windows_sign_command() == ["signtool", "sign", "/dlib", "C:\\hsm.dll"]


@pytest.mark.parametrize(
    ("system", "suffix", "magic"), [("win32", ".ico", b"\x00\x00\x01\x00"), ("darwin", ".icns", b"icns")]
)
def test_the_build_renders_the_svg_icon_for_windows_and_macos(
    system: str, suffix: str, magic: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    build = load_build()
    monkeypatch.setattr(sys, "platform", system)
    made = build.icon(tmp_path)
    assert made is not None and made.suffix == suffix
    assert made.read_bytes().startswith(magic)


def test_inno_signs_the_setup_with_the_same_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = load_build()
    calls: list[list[str]] = []
    monkeypatch.setattr(build.shutil, "which", lambda name: "iscc.exe")
    monkeypatch.setattr(build.subprocess, "run", lambda args, **_: calls.append(args))
    monkeypatch.setattr(build, "version", lambda: "0.1.0")
    build.windows_installer(tmp_path, ["C:\\Program Files\\signtool.exe", "sign", "/p", "pa$word"])
    assert "/DSign" in calls[0]
    assert "/Sstationsign=$qC:\\Program Files\\signtool.exe$q $qsign$q $q/p$q $qpa$$word$q $f" in calls[0]
    build.windows_installer(tmp_path, None)
    assert not any(arg.startswith(("/DSign", "/S")) for arg in calls[1])
