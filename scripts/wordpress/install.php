<?php
// Installs WordPress into the test database (once) from the command line.
// Usage: php install.php <wp-port>
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . $argv[1];
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
  $result = wp_install('Petabit embed test', 'admin', 'admin@example.org', true, '', 'petabit-admin-password');
  echo "WordPress installed.\n";
} else {
  echo "WordPress already installed.\n";
}
