#!/bin/sh
# A disk image of dist/coachdesk.app for handing out: the app and a link to /Applications,
# to drag one onto the other. Run on a Mac after the bundle is built (docs/install.md):
#
#   pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller \
#       packaging/pyinstaller/coachdesk.spec
#   packaging/macos/make_dmg.sh
#
# With COACHDESK_CODESIGN_IDENTITY ("Developer ID Application: …") the image is signed too,
# and with COACHDESK_NOTARY_PROFILE (a `xcrun notarytool store-credentials` profile) it is
# notarised and stapled, so Gatekeeper opens it on other Macs without a warning. Without
# them the image is for the Mac that built it (others: right-click → Open, once).
#
# The image is named after the version and the machine's architecture: one per Mac
# (arm64 on Apple silicon, x86_64 on Intel; there is no universal2 build).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
app="$root/dist/coachdesk.app"
[ -d "$app" ] || { echo "no $app: build the bundle first" >&2; exit 1; }

version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
minimum=$(/usr/libexec/PlistBuddy -c "Print :LSMinimumSystemVersion" "$app/Contents/Info.plist")
[ "$minimum" = "13.0" ] || { echo "LSMinimumSystemVersion is $minimum, not 13.0" >&2; exit 1; }
dmg="$root/dist/coachdesk-$version-macos-$(uname -m).dmg"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "coachdesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${COACHDESK_CODESIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict "$app"
    codesign --sign "$COACHDESK_CODESIGN_IDENTITY" --timestamp "$dmg"
    if [ -n "${COACHDESK_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$COACHDESK_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    fi
fi
echo "$dmg"
