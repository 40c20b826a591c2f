/*! Petabit Explained embed loader · MIT · sizes our iframes to their content.
 * Protocol: README "Embed a widget". Mirrors src/lib/embed.ts (isHeightMessage), tested against it. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  // Our embeds live next to this file, in each edition: https://site/base/embed.js →
  // https://site/base/embed/… and https://site/base/ja/embed/…
  var prefix = script.src.replace(/embed\.js(?:[?#].*)?$/, '');
  var embedPath = /^(?:[a-z]{2}\/)?embed\//;
  var origin = new URL(prefix).origin;
  // Several snippets on one page each bring this script: one listener is enough.
  var key = '__petabitEmbed ' + prefix;
  if (window[key]) return;
  window[key] = 1;

  function ourFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
      return frame.src.indexOf(prefix) === 0 && embedPath.test(frame.src.slice(prefix.length));
    });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || typeof data !== 'object') return;
    var height = data.height;
    if (data.type !== 'petabit:height' || typeof height !== 'number' || !(height >= 50 && height <= 5000)) return;
    // Only the window of one of our iframes may resize that iframe.
    ourFrames().forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + 'px';
    });
  });

  // Embeds that loaded before this script posted their height to nobody: ask them again.
  ourFrames().forEach(function (frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'petabit:ping' }, '*');
  });
})();
