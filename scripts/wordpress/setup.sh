#!/usr/bin/env bash
# Starts a throwaway WordPress for `npm run test:wordpress`: Debian's wordpress package on
# Apache (port WP_PORT) with MariaDB, installed with the default theme, plus a must-use plugin
# that lets it fetch oEmbed documents from our test build on a private address and a non-standard
# port. Installs the Debian packages first if they are missing (as .ci/run installs Chromium).
# Idempotent: a second run reuses what the first set up. Needs root (apt, services, /etc).
set -euo pipefail
WP_PORT="${WP_PORT:-8090}"
SITE_PORT="${SITE_PORT:?SITE_PORT: the port our test build is served on}"
DB=petabit_wp_test

packages=(wordpress apache2 libapache2-mod-php php-mysql mariadb-server)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "blocked: WordPress test needs root to install ${missing[*]}" >&2
    exit 2
  fi
  echo "Installing ${missing[*]} from Debian's packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# MariaDB: start it if it is not answering, then a database and user for the test site.
if ! mysqladmin ping --silent 2>/dev/null; then
  service mariadb start >/dev/null 2>&1 || (mysqld_safe --user=mysql >/dev/null 2>&1 &)
  for _ in $(seq 1 60); do mysqladmin ping --silent 2>/dev/null && break; sleep 0.5; done
fi
mysql -u root <<SQL
CREATE DATABASE IF NOT EXISTS $DB;
CREATE USER IF NOT EXISTS 'petabit'@'localhost' IDENTIFIED BY 'petabit';
GRANT ALL ON $DB.* TO 'petabit'@'localhost';
FLUSH PRIVILEGES;
SQL

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php; the test site is 127.0.0.1.
cat > /etc/wordpress/config-127.0.0.1.php <<PHP
<?php
define('DB_NAME', '$DB');
define('DB_USER', 'petabit');
define('DB_PASSWORD', 'petabit');
define('DB_HOST', 'localhost');
define('WP_HOME', 'http://127.0.0.1:$WP_PORT');
define('WP_SITEURL', 'http://127.0.0.1:$WP_PORT');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', false);
PHP

# Test-harness configuration, not a change to the site: WordPress refuses to fetch oEmbed
# documents from private addresses and from ports other than 80, 443 and 8080.
mkdir -p /var/lib/wordpress/wp-content/mu-plugins
cat > /var/lib/wordpress/wp-content/mu-plugins/petabit-test-harness.php <<PHP
<?php
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_allowed_safe_ports', function (\$ports) { return array_merge(\$ports, array($SITE_PORT)); });
PHP

# Apache: one virtual host on WP_PORT serving the packaged WordPress.
cat > /etc/apache2/sites-available/petabit-wp-test.conf <<CONF
Listen $WP_PORT
<VirtualHost 127.0.0.1:$WP_PORT>
  DocumentRoot /usr/share/wordpress
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    DirectoryIndex index.php
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
CONF
a2enmod -q php8.2 >/dev/null 2>&1 || a2enmod -q "$(ls /etc/apache2/mods-available | sed -n 's/^\(php[0-9.]*\)\.load$/\1/p' | head -1)" >/dev/null
a2ensite -q petabit-wp-test >/dev/null
if apache2ctl -k graceful >/dev/null 2>&1 || apache2ctl start >/dev/null 2>&1; then :; fi
for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$WP_PORT/wp-login.php" && break; sleep 0.5; done

# Install WordPress (default theme) if this database has no site yet.
php "$(dirname "$0")/install.php" "$WP_PORT"
