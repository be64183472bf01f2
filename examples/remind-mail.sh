#!/bin/sh
# Mail today's carnet digest and write the calendar file.
#
#   CARNET_DB=~/carnet.db MAIL_TO=atelier@example.fr ICS_OUT=~/public/carnet.ics ./remind-mail.sh
#
# Uses `mail` or `sendmail` when present; without either it prints the
# digest (so cron mails it). Exits non-zero when carnet fails.
set -eu
MAIL_TO=${MAIL_TO:-$(id -un)}
ICS_OUT=${ICS_OUT:-$HOME/carnet.ics}
CARNET=${CARNET:-carnet}

digest=$("$CARNET" remind --within "${WITHIN:-1d}")
# Write the calendar atomically, so a phone never reads half a file.
"$CARNET" remind --within 60d --format ics > "$ICS_OUT.tmp" && mv "$ICS_OUT.tmp" "$ICS_OUT"

[ -n "$digest" ] || exit 0
subject="carnet: $(printf '%s\n' "$digest" | grep -c '^  ') things to do today"
if command -v mail >/dev/null 2>&1; then
    printf '%s\n' "$digest" | mail -s "$subject" "$MAIL_TO"
elif command -v sendmail >/dev/null 2>&1; then
    printf 'To: %s\nSubject: %s\nContent-Type: text/plain; charset=utf-8\n\n%s\n' "$MAIL_TO" "$subject" "$digest" | sendmail -t
else
    printf '%s\n' "$digest"
fi
