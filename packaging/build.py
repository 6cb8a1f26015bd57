"""Build Station's installer for this operating system, then run the frozen self-test; one command.

    python packaging/build.py [--out DIR] [--skip-self-test]

Linux: the PyInstaller bundle, a .deb (dpkg-deb, zstd) unpacked into a temporary root, and the frozen
``station --self-test`` run from there. Windows: the bundle (station.exe and its console twin
station-cli.exe) and, where Inno Setup's ``iscc`` is on the PATH, the installer; every binary, the setup
and the uninstaller signed with signtool when ``STATION_WIN_CERT`` (a .pfx) is set. macOS: Station.app
(each binary signed by PyInstaller when ``STATION_SIGN_IDENTITY`` is set) and a .dmg per architecture,
notarised and stapled when the ``STATION_NOTARY_*`` variables are set. ``STATION_REQUIRE_SIGNING=1``
(tag builds) turns a missing certificate or secret into a failure instead of an unsigned build.
It prints the build time, the sizes and the frozen app's start and self-test times,
and writes them to ``DIR/build-report.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DEB_DEPENDS = [
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0",
    "libxcb-xkb1", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libglib2.0-0",
    "fonts-noto-core | fonts-lohit-deva",  # a Devanagari font: the station speaks Hindi
]  # fmt: skip
DEB_RECOMMENDS = ["libpulse0"]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from importlib.metadata import version as installed

    return installed("station")


def stamp(out: Path) -> Path:
    """The build stamp the bundle carries: version, commit and time, shown by --version and About."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip() or "unknown"  # fmt: skip
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True, check=False).stdout.strip()  # fmt: skip
    info = {"version": version(), "commit": commit + ("+changes" if dirty else ""),
            "built_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "platform": f"{sys.platform}-{platform.machine()}"}  # fmt: skip
    path = out / "build.json"
    path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return path


def require_signing() -> bool:
    return os.environ.get("STATION_REQUIRE_SIGNING") == "1"


def icon(out: Path) -> Path | None:
    """resources/icons/station.svg rendered to this system's icon file (.ico, .icns); None on Linux (the .svg)."""
    if sys.platform not in ("win32", "darwin"):
        return None
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "station.svg"))

    def render(size: int, path: Path) -> None:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(path))

    target = out / ("station.ico" if sys.platform == "win32" else "station.icns")
    render(256 if sys.platform == "win32" else 1024, target)  # Qt's imageformats plugins write both
    return target if target.exists() and target.stat().st_size > 0 else None


def bundle(out: Path, build_stamp: Path) -> Path:
    """PyInstaller, one folder; the folder made."""
    env = {**os.environ, "STATION_BUILD_STAMP": str(build_stamp), "STATION_VERSION": version()}
    made = icon(out)
    if made is not None:
        env["STATION_ICON"] = str(made)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(PACKAGING / "station.spec")],
        check=True, env=env,
    )  # fmt: skip
    return out / "dist" / "station"


def deb(out: Path, folder: Path) -> Path:
    """A .deb holding the bundle in /opt/station, /usr/bin/station, a desktop entry and the icon."""
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    root = out / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(folder, root / "opt" / "station", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "station").symlink_to("/opt/station/station")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(PACKAGING / "linux" / "station.desktop", apps / "station.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "station.svg", icons / "station.svg")
    control = (PACKAGING / "linux" / "control").read_text(encoding="utf-8").format(
        version=version(), arch=arch, depends=", ".join(DEB_DEPENDS), recommends=", ".join(DEB_RECOMMENDS),
        size_kb=sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024,
    )  # fmt: skip
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    target = out / f"station_{version()}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(root), str(target)],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return target


def signtool() -> str | None:
    found = shutil.which("signtool")
    if found:
        return found
    kits = sorted(Path("C:/Program Files (x86)/Windows Kits/10/bin").glob("10.*/x64/signtool.exe"))
    return str(kits[-1]) if kits else None


def windows_sign_command() -> list[str] | None:
    """signtool's command (without the files) from STATION_WIN_CERT/_PASSWORD, or None: unsigned.

    STATION_WIN_SIGN_COMMAND, when set, is the whole command instead, as a JSON list (a key in a cloud HSM:
    ``["signtool", "sign", "/dlib", "...", "/dmdf", "...", "/fd", "sha256", ...]``); the files follow it.
    """
    custom = os.environ.get("STATION_WIN_SIGN_COMMAND")
    if custom:
        return [str(part) for part in json.loads(custom)]
    cert = os.environ.get("STATION_WIN_CERT")
    tool = signtool()
    if not cert or tool is None:
        why = "STATION_WIN_CERT is not set" if not cert else "signtool is not found"
        if require_signing():
            raise SystemExit(f"error: {why}: a release build must be signed")
        print(f"warning: {why}: the Windows binaries and installer are not signed (SmartScreen will warn).")
        return None
    timestamp = os.environ.get("STATION_WIN_TIMESTAMP_URL", "http://timestamp.digicert.com")
    return [tool, "sign", "/f", cert, "/p", os.environ.get("STATION_WIN_CERT_PASSWORD", ""), "/fd", "sha256",
            "/tr", timestamp, "/td", "sha256"]  # fmt: skip


def windows_sign_bundle(folder: Path, command: list[str]) -> None:
    """station.exe, station-cli.exe and every .exe/.dll/.pyd under _internal, signed in batches."""
    files = [str(f) for f in sorted(folder.rglob("*")) if f.suffix.lower() in (".exe", ".dll", ".pyd")]
    for start in range(0, len(files), 50):
        subprocess.run([*command, *files[start : start + 50]], check=True, stdout=subprocess.DEVNULL)
    print(f"signed {len(files)} binaries")


def windows_installer(out: Path, sign: list[str] | None) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        if os.environ.get("CI"):
            raise SystemExit("error: Inno Setup (iscc) is not on the PATH: no installer")
        print("Inno Setup (iscc) is not on the PATH: the Windows installer is skipped, the bundle is built.")
        return None
    options: list[str] = []
    if sign is not None:  # Inno signs the setup and the uninstaller with it ($f: the file)
        quoted = " ".join("$q" + part.replace("$", "$$") + "$q" for part in sign)  # Inno: $q a quote, $$ a $
        options = ["/DSign", f"/Sstationsign={quoted} $f"]
    if (out / "station.ico").exists():  # the setup's own icon (build.py rendered it for the exes)
        options.append(f"/DIconFile={out / 'station.ico'}")
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DBundleDir={out / 'dist' / 'station'}", f"/O{out}",
                    *options, str(PACKAGING / "windows" / "station.iss")], check=True)  # fmt: skip
    return next(out.glob("Station-*-setup.exe"), None)


def mac_dmg(out: Path) -> Path | None:
    app = out / "dist" / "Station.app"
    subprocess.run(["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(app), str(out), version()], check=True)
    return next(out.glob("Station-*.dmg"), None)


def frozen_self_test(executable: Path) -> dict[str, float]:
    """Run the frozen app: ``--version`` (start time) and ``--self-test``; seconds for each."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    began = time.perf_counter()
    shown = subprocess.run([str(executable), "--version"], capture_output=True, text=True, env=env, check=True)
    start_s = time.perf_counter() - began
    print(f"frozen --version: {shown.stdout.strip()} ({start_s:.2f} s)")
    began = time.perf_counter()
    done = subprocess.run([str(executable), "--self-test"], text=True, env=env, timeout=300, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the frozen self-test failed (exit {done.returncode})")
    return {"start_version_s": round(start_s, 2), "self_test_s": round(time.perf_counter() - began, 2)}


def size_mb(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 1_000_000, 1)
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return round(total / 1_000_000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "installers", help="where to build")
    parser.add_argument("--skip-self-test", action="store_true", help="build only")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"version": version(), "platform": sys.platform}
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "station.translations", "release"], cwd=ROOT, check=True)  # the .qm
    folder = bundle(out, stamp(out))
    report["bundle_s"] = round(time.perf_counter() - began, 1)
    report["bundle_mb"] = size_mb(folder if folder.exists() else out / "dist")
    installer: Path | None = None
    if sys.platform.startswith("linux"):
        installer = deb(out, folder)
        with tempfile.TemporaryDirectory(prefix="station-deb-") as unpacked:
            subprocess.run(["dpkg-deb", "-x", str(installer), unpacked], check=True)
            link = Path(unpacked) / "usr" / "bin" / "station"
            assert os.readlink(link) == "/opt/station/station", "the /usr/bin/station link is wrong"
            if not args.skip_self_test:
                report.update(frozen_self_test(Path(unpacked) / "opt" / "station" / "station"))
    elif sys.platform == "win32":
        sign = windows_sign_command()
        if sign is not None:
            windows_sign_bundle(folder, sign)
        report["signed"] = sign is not None
        installer = windows_installer(out, sign)
        if not args.skip_self_test:  # the console twin: the windowed exe has no stdout
            report.update(frozen_self_test(folder / "station-cli.exe"))
    elif sys.platform == "darwin":
        installer = mac_dmg(out)
        report["signed"] = bool(os.environ.get("STATION_SIGN_IDENTITY"))
        if not args.skip_self_test:
            report.update(frozen_self_test(out / "dist" / "Station.app" / "Contents" / "MacOS" / "station"))
    report["total_s"] = round(time.perf_counter() - began, 1)
    if installer is not None:
        report["installer"] = installer.name
        report["installer_mb"] = size_mb(installer)
    (out / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for key, value in report.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
