#!/usr/bin/env bash
# The development mail server: GreenMail standalone (com.icegreen:greenmail-standalone from Maven
# Central), a real SMTP and IMAP server that keeps every mail it receives in memory, with a small
# web page and REST API to read them. Sourced after env.sh.
#
#   mail_ensure_installed  fetch the jar (system Maven, Maven Central) into $DONDOC_TOOLS_DIR once
#   mail_start             start it in the background on its own ports (nothing if it already answers)
#   mail_stop              stop it (its mails are gone: they only live in memory)
#
# Ports (DONDOC_MAIL_*_PORT, set per environment in env.sh): SMTP for the backend, IMAP for mail
# clients and the end-to-end tests, HTTP for the API (GET /api/user/{address}/messages/INBOX) and
# the page at /. Authentication is off: any password opens any mailbox, which is created on the
# first mail (or login) for its address. For development and tests only.

DONDOC_MAIL_VERSION="${DONDOC_MAIL_VERSION:-2.1.3}"
DONDOC_MAIL_API_URL="http://127.0.0.1:$DONDOC_MAIL_API_PORT"

_mail_jar() { printf '%s\n' "$DONDOC_TOOLS_DIR/greenmail-standalone-$DONDOC_MAIL_VERSION.jar"; }
_mail_answering() { curl -fsS -o /dev/null --max-time 3 "$DONDOC_MAIL_API_URL/api/service/readiness" 2>/dev/null; }

mail_ensure_installed() {
  ensure_packages curl
  local jar tmp
  jar=$(_mail_jar)
  [ -s "$jar" ] && return 0
  ensure_packages maven default-jdk-headless
  log "fetching GreenMail $DONDOC_MAIL_VERSION (com.icegreen:greenmail-standalone, about 10 MB)"
  tmp=$(mktemp -d)
  # Run from an empty directory: the copy goal needs no project.
  (cd "$tmp" && mvn -q -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$DONDOC_MAIL_VERSION" \
    -DoutputDirectory="$tmp") || { rm -rf "$tmp"; die "could not fetch GreenMail $DONDOC_MAIL_VERSION with Maven"; }
  mv "$tmp/greenmail-standalone-$DONDOC_MAIL_VERSION.jar" "$jar.part" && mv "$jar.part" "$jar"
  rm -rf "$tmp"
}

mail_start() {
  if _mail_answering; then
    log "mail server already answers on port $DONDOC_MAIL_API_PORT"
    return 0
  fi
  mail_ensure_installed
  stop_pidfile mail # a stale pid file of a server that died
  log "starting GreenMail $DONDOC_MAIL_VERSION: SMTP $DONDOC_MAIL_SMTP_PORT, IMAP $DONDOC_MAIL_IMAP_PORT, web $DONDOC_MAIL_API_PORT (log $DONDOC_LOG_DIR/mail.log)"
  (
    nohup java -Xmx128m \
      -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$DONDOC_MAIL_SMTP_PORT" \
      -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$DONDOC_MAIL_IMAP_PORT" \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$DONDOC_MAIL_API_PORT" \
      -Dgreenmail.auth.disabled -Dgreenmail.verbose=false \
      -jar "$(_mail_jar)" </dev/null >"$DONDOC_LOG_DIR/mail.log" 2>&1 &
    echo $! >"$DONDOC_PID_DIR/mail.pid"
  )
  wait_for_http "$DONDOC_MAIL_API_URL/api/service/readiness" 60 "mail server"
}

mail_stop() {
  stop_pidfile mail
}
