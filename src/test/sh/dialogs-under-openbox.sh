#!/bin/bash
# Opens the real workstation under Xvfb at 1280x720 with openbox, opens its dialogs by their keys, and checks
# their sizes as the X server sees them (JavaFX's own idea of a window's size can differ from what the window
# manager applied, so a TestFX test on Monocle cannot see this). Needs Debian's xvfb, openbox, xdotool, imagemagick.
#   src/test/sh/dialogs-under-openbox.sh target/factdesk.jar [screenshot-folder]
# Exit 0 when every check holds, 1 when one fails (each failure is printed), 2 when it could not run.
set -u
jar=${1:?usage: dialogs-under-openbox.sh <factdesk.jar> [screenshot-folder]}
shots=${2:-$(mktemp -d)}
mkdir -p "$shots"
for tool in Xvfb openbox xdotool import; do
    command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install xvfb openbox xdotool imagemagick)"; exit 2; }
done
display=:$((70 + RANDOM % 20))
home=$(mktemp -d)
Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp > /dev/null 2>&1 & xvfb=$!
export DISPLAY=$display
trap 'kill $app $wm $xvfb 2> /dev/null; rm -rf "$home"' EXIT
sleep 1
openbox > /dev/null 2>&1 & wm=$!
java -Duser.home="$home" -jar "$jar" > "$shots/app.log" 2>&1 & app=$!
failures=0

window() { # window <title-regex> <seconds>: prints the id of the first visible window whose title matches
    local deadline=$((SECONDS + $2))
    while ((SECONDS < deadline)); do
        local id
        id=$(xdotool search --onlyvisible --name "$1" 2> /dev/null | head -1)
        [ -n "$id" ] && { sleep 1; echo "$id"; return 0; }
        sleep 0.5
    done
    return 1
}
geometry() { # geometry <id>: prints "x y width height"
    eval "$(xdotool getwindowgeometry --shell "$1")"
    echo "$X $Y $WIDTH $HEIGHT"
}
check() { # check <what> <condition>
    if eval "$2"; then echo "ok   $1"; else echo "FAIL $1 ($2)"; failures=$((failures + 1)); fi
}

main=$(window 'Demo.mv.db' 90) || { echo "the workstation did not open its demo project in 90 s"; exit 2; }
read -r _ _ main_width main_height <<< "$(geometry "$main")"
check "the first window fills the 1280x720 screen" "((main_width >= 1270 && main_height >= 680))"
import -window root "$shots/main.png"

xdotool key F1
if shortcuts=$(window '^Keyboard shortcuts$' 20); then
    read -r x y width height <<< "$(geometry "$shortcuts")"
    import -window root "$shots/shortcuts.png"
    check "the shortcuts dialog opens at its preferred size (${width}x$height)" "((width >= 500 && height >= 400))"
    check "the shortcuts dialog opens over the window, not in the corner ($x,$y)" "((x > 100 && y > 30))"
    read -r _ _ width_after height_after <<< "$(geometry "$main")"
    check "F1 leaves the main window as it was" "((width_after == main_width && height_after == main_height))"
    xdotool key Escape
    sleep 1
else
    check "F1 opens the shortcuts dialog" false
fi

xdotool key ctrl+shift+v
if paste=$(window '^Paste a source$' 20); then
    read -r x y width height <<< "$(geometry "$paste")"
    import -window root "$shots/paste.png"
    check "the paste dialog shows its text box and buttons (${width}x$height)" "((width >= 500 && height >= 450))"
    xdotool key Return   # the empty form: a message appears under each required field
    sleep 2
    read -r _ _ _ grown <<< "$(geometry "$paste")"
    import -window root "$shots/paste-problems.png"
    check "the paste dialog grows for its messages ($height -> $grown)" "((grown > height))"
    xdotool key Escape
else
    check "Ctrl+Shift+V opens the paste dialog" false
fi

echo "screenshots in $shots"
((failures == 0))
