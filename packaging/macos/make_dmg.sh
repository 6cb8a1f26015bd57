#!/usr/bin/env bash
# Station.app → Station-<version>-<arch>.dmg (arch: arm64 or x86_64, the machine that built it).
# The app arrives already signed binary by binary by PyInstaller (station.spec: codesign_identity and
# entitlements.plist, hardened runtime); it is never re-signed here with `codesign --deep`.
#   STATION_SIGN_IDENTITY   "Developer ID Application: …", in a keychain the build can use
#   STATION_NOTARY_KEY      path of the App Store Connect API key (.p8) for notarytool
#   STATION_NOTARY_KEY_ID   that key's ID
#   STATION_NOTARY_ISSUER   the key's issuer ID
#   STATION_REQUIRE_SIGNING=1  fail instead of building unsigned when any of them is missing (tag builds)
set -euo pipefail
app="$1"; out="$2"; version="$3"
arch="$(uname -m)"
dmg="$out/Station-$version-$arch.dmg"

fail_or_say() {
    if [[ "${STATION_REQUIRE_SIGNING:-}" == "1" ]]; then
        echo "error: $1" >&2
        exit 1
    fi
    echo "warning: $1"
}

signed=0
if [[ -n "${STATION_SIGN_IDENTITY:-}" ]]; then
    codesign --verify --strict --verbose=2 "$app"
    signed=1
else
    fail_or_say "STATION_SIGN_IDENTITY is not set: the app is not signed (Gatekeeper will refuse or ask before opening it)."
fi
notarize=0
if [[ $signed == 1 && -n "${STATION_NOTARY_KEY:-}" && -n "${STATION_NOTARY_KEY_ID:-}" && -n "${STATION_NOTARY_ISSUER:-}" ]]; then
    notarize=1
elif [[ $signed == 1 ]]; then
    fail_or_say "STATION_NOTARY_KEY, STATION_NOTARY_KEY_ID or STATION_NOTARY_ISSUER is not set: nothing is notarised."
fi
notary=(--key "${STATION_NOTARY_KEY:-}" --key-id "${STATION_NOTARY_KEY_ID:-}" --issuer "${STATION_NOTARY_ISSUER:-}")

if [[ $notarize == 1 ]]; then  # the app itself, so that it is stapled and opens offline once copied out
    zip="$(mktemp -d)/Station.zip"
    ditto -c -k --keepParent "$app" "$zip"
    xcrun notarytool submit "$zip" "${notary[@]}" --wait --timeout 30m
    xcrun stapler staple "$app"
    xcrun stapler validate "$app"
fi

staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
# hdiutil fails now and then on CI runners ("Resource busy"): try again a few times before giving up.
for attempt in 1 2 3 4 5; do
    if hdiutil create -volname "Station $version" -srcfolder "$staging" -ov -format UDZO "$dmg"; then
        break
    fi
    if [[ $attempt == 5 ]]; then
        echo "error: hdiutil create failed 5 times" >&2
        exit 1
    fi
    echo "hdiutil create failed (attempt $attempt); trying again"
    sleep $((attempt * 5))
done
rm -rf "$staging"

if [[ $signed == 1 ]]; then
    codesign --sign "$STATION_SIGN_IDENTITY" --timestamp "$dmg"
fi
if [[ $notarize == 1 ]]; then
    xcrun notarytool submit "$dmg" "${notary[@]}" --wait --timeout 30m
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
test -s "$dmg"
echo "$dmg"
