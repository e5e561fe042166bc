#!/usr/bin/env bash
# Installs what is missing and starts the whole Dondoc stack without Docker:
# MariaDB (own data directory and port), Keycloak with the dondoc realm, a GreenMail SMTP/IMAP
# server that keeps the mails the app sends, the backend with the demo program, the frontend.
# Stop it with scripts/stop.sh.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
source "$DONDOC_ROOT/scripts/lib/maven.sh"
source "$DONDOC_ROOT/scripts/lib/mariadb.sh"
source "$DONDOC_ROOT/scripts/lib/keycloak.sh"
source "$DONDOC_ROOT/scripts/lib/mail.sh"
source "$DONDOC_ROOT/scripts/lib/app.sh"

ensure_packages curl ca-certificates
mariadb_start
mail_start
keycloak_ensure_installed
keycloak_start
[ "${DONDOC_SKIP_BACKEND_BUILD:-}" = 1 ] || backend_build
backend_start
[ "${DONDOC_SKIP_FRONTEND_BUILD:-}" = 1 ] || frontend_build
frontend_start

cat <<TXT

Dondoc is running ($DONDOC_ENV environment; logs in $DONDOC_LOG_DIR):
  Web app        http://localhost:$DONDOC_FRONTEND_PORT
  API            http://localhost:$DONDOC_BACKEND_PORT/api/v1
  Swagger UI     http://localhost:$DONDOC_BACKEND_PORT/q/swagger-ui
  Health         http://localhost:$DONDOC_BACKEND_PORT/q/health
  Keycloak       $DONDOC_KC_URL  (admin console: admin / ${DONDOC_KC_ADMIN_PASSWORD:-admin})
  MariaDB        127.0.0.1:$DONDOC_DB_PORT  database $DONDOC_DB_NAME, user $DONDOC_DB_USER
  Mail (GreenMail, every mail the app sends; nothing leaves this machine)
    read them    http://localhost:$DONDOC_MAIL_API_PORT/api/user/giamdoc.sct@dondoc.local/messages/INBOX
                 (any demo address; page and API: http://localhost:$DONDOC_MAIL_API_PORT/)
    IMAP         127.0.0.1:$DONDOC_MAIL_IMAP_PORT  login = the address, any password
    SMTP         127.0.0.1:$DONDOC_MAIL_SMTP_PORT

Demo logins (password: dondoc):
  chuyenvien.skhcn  Chuyên viên, Sở Khoa học và Công nghệ      (unit_officer)
  giamdoc.skhcn     Thủ trưởng, Sở Khoa học và Công nghệ       (unit_head)
  chuyenvien.thanhsen  Chuyên viên, UBND phường Thành Sen     (unit_officer)
  chuyenvien.sct    Chuyên viên, Sở Công Thương                 (unit_officer)
  giamdoc.sct       Thủ trưởng, Sở Công Thương                  (unit_head)
  theodoi.sct       Cơ quan theo dõi, Sở Công Thương            (coordinator)
  lanhdao           Lãnh đạo UBND tỉnh                          (leader)
  giamsat.mttq      Ủy ban MTTQ tỉnh                            (supervisor)
  quantri           Quản trị hệ thống                           (admin)
  chuyenvien.stttt, giamdoc.stttt: Sở Thông tin và Truyền thông, merged into Sở KH&CN on
  1/3/2025 in the demo's history: what it did before stays its own, its open work is Sở KH&CN's.
Stop everything with: scripts/stop.sh
TXT
