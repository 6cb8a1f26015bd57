#!/usr/bin/env bash
# Station.app → Station-<version>.dmg; signed and notarised when the variables are set, skipped otherwise.
#   STATION_SIGN_IDENTITY   "Developer ID Application: …" (codesign)
#   STATION_NOTARY_PROFILE  a notarytool keychain profile (xcrun notarytool store-credentials)
set -euo pipefail
app="$1"; out="$2"; version="$3"
dmg="$out/Station-$version.dmg"

if [[ -n "${STATION_SIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp --sign "$STATION_SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
else
    echo "STATION_SIGN_IDENTITY is not set: the app is not signed (Gatekeeper will ask before opening it)."
fi

staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Station $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [[ -n "${STATION_SIGN_IDENTITY:-}" ]]; then
    codesign --sign "$STATION_SIGN_IDENTITY" --timestamp "$dmg"
fi
if [[ -n "${STATION_NOTARY_PROFILE:-}" && -n "${STATION_SIGN_IDENTITY:-}" ]]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$STATION_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
else
    echo "STATION_NOTARY_PROFILE is not set: the disk image is not notarised."
fi
echo "$dmg"
