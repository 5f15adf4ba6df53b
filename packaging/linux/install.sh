#!/bin/sh
# Put coachdesk in your applications menu, for you alone (no root, nothing outside ~/.local).
#
#   ./install.sh               from an unpacked bundle: installs that folder and its menu entry
#   ./install.sh --menu-only   coachdesk is already on your PATH (pipx): only the menu entry
#   ./install.sh --uninstall   removes what either of the above installed (never your journal)
#
# The menu entry runs coachdesk-app, the window; `coachdesk` is the command line (and, without
# a subcommand, the window too). PREFIX (default ~/.local) says where; see docs/install.md.
set -eu

APP_ID=io.github.coachdesk.coachdesk
PREFIX=${PREFIX:-$HOME/.local}
HERE=$(cd "$(dirname "$0")" && pwd)
SHARE=$PREFIX/share
TARGET=$PREFIX/lib/coachdesk
SIZES="16 24 32 48 64 128 256 512"

# The icons: inside an unpacked bundle, or at the top of a source tree.
for ICONS in "$HERE/_internal/coachdesk/resources/icons" "$HERE/../../resources/icons"; do
  [ -f "$ICONS/coachdesk.svg" ] && break
done

mode=bundle
case "${1:-}" in
  --menu-only) mode=menu ;;
  --uninstall) mode=uninstall ;;
  "") ;;
  *) echo "usage: $0 [--menu-only | --uninstall]" >&2; exit 2 ;;
esac

if [ "$mode" = uninstall ]; then
  rm -rf "$TARGET"
  [ -L "$PREFIX/bin/coachdesk" ] && rm -f "$PREFIX/bin/coachdesk"
  rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
  echo "coachdesk is uninstalled. Your journal stays where it was (~/.local/share/coachdesk)."
  exit 0
fi

if [ ! -f "$ICONS/coachdesk.svg" ]; then
  echo "The coachdesk icons are not next to this script; run it from the bundle or the source tree." >&2
  exit 1
fi

if [ "$mode" = bundle ]; then
  if [ ! -x "$HERE/coachdesk" ] || [ ! -x "$HERE/coachdesk-app" ] || [ ! -d "$HERE/_internal" ]; then
    echo "This is not an unpacked coachdesk bundle. With pipx, use: $0 --menu-only" >&2
    exit 1
  fi
  if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET.new"
    mkdir -p "$PREFIX/lib"
    cp -a "$HERE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
  fi
  mkdir -p "$PREFIX/bin"
  ln -sfn "$TARGET/coachdesk" "$PREFIX/bin/coachdesk"
  command="$TARGET/coachdesk-app"
else
  command=$(command -v coachdesk-app || true)
  if [ -z "$command" ]; then
    echo "No coachdesk-app command on your PATH: install coachdesk first (pipx install coachdesk)." >&2
    exit 1
  fi
fi

# A menu may not share your shell's PATH: the entry names the command by its full path.
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
sed "s|^Exec=coachdesk-app\$|Exec=\"$command\"|" "$HERE/$APP_ID.desktop" >"$SHARE/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$ICONS/coachdesk.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$ICONS/coachdesk-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
# No icon or menu cache is written: desktops watch these folders, and a cache in your home
# folder would go stale and hide other applications' icons.
echo "coachdesk is in your applications menu (it runs $command)."
