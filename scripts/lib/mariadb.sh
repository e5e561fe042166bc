#!/usr/bin/env bash
# MariaDB as the MySQL-compatible server on machines without Docker: Debian's package, started on
# the project's own data directory and port so it never touches a server already on the machine.

# The data directory: in the project's state directory, unless the server's own user (mysql, when
# we run as root) cannot reach it there, e.g. a checkout under /root; then a directory of its own.
mariadb_dir() {
  local dir="$DONDOC_STATE_DIR/mariadb"
  if [ "$(id -u)" -eq 0 ]; then
    mkdir -p "$dir" && chown mysql:mysql "$dir" 2>/dev/null
    if ! runuser -u mysql -- test -w "$dir" 2>/dev/null; then
      dir="/var/lib/dondoc-mariadb/$(printf '%s' "$DONDOC_STATE_DIR" | md5sum | cut -c1-12)"
    fi
  fi
  echo "$dir"
}

mariadb_socket() { echo "$(mariadb_dir)/mysqld.sock"; }

# Runs SQL as the server's administrator (unix socket authentication).
mariadb_sql() { mariadb --protocol=socket --socket="$(mariadb_socket)" -uroot "$@"; }

mariadb_start() {
  ensure_packages mariadb-server mariadb-client
  local dir user
  dir=$(mariadb_dir)
  user=$(id -un)
  [ "$(id -u)" -eq 0 ] && user=mysql
  mkdir -p "$dir"
  if ! mariadb_sql -e 'SELECT 1' >/dev/null 2>&1; then
    if [ ! -d "$dir/data/mysql" ]; then
      log "initialising MariaDB data directory $dir/data"
      mkdir -p "$dir/data"
      [ "$(id -u)" -eq 0 ] && chown -R mysql:mysql "$dir"
      mariadb-install-db --user="$user" --datadir="$dir/data" --auth-root-authentication-method=socket \
        --skip-test-db >"$DONDOC_LOG_DIR/mariadb-install.log" 2>&1 || die "mariadb-install-db failed (see $DONDOC_LOG_DIR/mariadb-install.log)"
    fi
    [ "$(id -u)" -eq 0 ] && chown -R mysql:mysql "$dir"
    log "starting MariaDB on 127.0.0.1:$DONDOC_DB_PORT"
    # --version: the MySQL driver keeps fractional seconds only for a server it believes is 5.7 or later
    # (MariaDB's own string starts with 5.5.5; see platform-notes), and Flyway reads the MariaDB
    # version from the "<x.y.z>-MariaDB" part.
    local real
    real=$(/usr/sbin/mariadbd --version | sed -n 's/.*Ver \([0-9][0-9.]*\).*/\1/p')
    nohup /usr/sbin/mariadbd --no-defaults --user="$user" --datadir="$dir/data" --socket="$(mariadb_socket)" \
      --pid-file="$dir/mariadbd.pid" --port="$DONDOC_DB_PORT" --bind-address=127.0.0.1 \
      --version="5.7.19-$real-MariaDB" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 \
      --max-connections=200 --log-error="$dir/mariadb.log" >/dev/null 2>&1 &
    echo $! >"$DONDOC_PID_DIR/mariadb.pid"
    local i
    for ((i = 0; i < 60; i++)); do
      mariadb_sql -e 'SELECT 1' >/dev/null 2>&1 && break
      sleep 1
    done
    mariadb_sql -e 'SELECT 1' >/dev/null 2>&1 || die "MariaDB did not start (see $dir/mariadb.log)"
  fi
  mariadb_create_database "$DONDOC_DB_NAME"
}

# Creates a database (utf8mb4) and gives the application user all rights on it.
mariadb_create_database() {
  local db="$1"
  mariadb_sql <<SQL
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DONDOC_DB_USER'@'127.0.0.1' IDENTIFIED BY '$DONDOC_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DONDOC_DB_USER'@'localhost' IDENTIFIED BY '$DONDOC_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$DONDOC_DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$DONDOC_DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
}

mariadb_stop() {
  if mariadb_sql -e 'SELECT 1' >/dev/null 2>&1; then
    mariadb-admin --socket="$(mariadb_socket)" -uroot shutdown >/dev/null 2>&1 || true
  fi
  stop_pidfile mariadb
}
