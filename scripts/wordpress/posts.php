<?php
// Creates (or replaces) the test posts: every widget page URL on a line of its own (what a
// journalist pastes in the classic editor) and the same URLs as embed blocks (the block editor).
// Prints one JSON object: { "classic": <post URL>, "block": <post URL> }.
// Usage: php posts.php <wp-port> <widget page URL>...
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . $argv[1];
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
$urls = array_slice($argv, 2);

function petabit_post($slug, $content) {
  $existing = get_page_by_path($slug, OBJECT, 'post');
  if ($existing) wp_delete_post($existing->ID, true);
  $id = wp_insert_post(array('post_title' => $slug, 'post_name' => $slug, 'post_content' => $content, 'post_status' => 'publish', 'post_author' => 1), true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  return get_permalink($id);
}

$classic = "Widgets pasted as URLs on their own lines.\n\n" . implode("\n\n", $urls) . "\n";
$blocks = '';
foreach ($urls as $url) {
  $blocks .= "<!-- wp:embed {\"url\":\"$url\",\"type\":\"rich\",\"providerNameSlug\":\"petabit-explained\"} -->\n"
    . "<figure class=\"wp-block-embed is-type-rich is-provider-petabit-explained wp-block-embed-petabit-explained\"><div class=\"wp-block-embed__wrapper\">\n$url\n</div></figure>\n<!-- /wp:embed -->\n\n";
}
echo json_encode(array('classic' => petabit_post('petabit-classic', $classic), 'block' => petabit_post('petabit-blocks', $blocks))), "\n";
