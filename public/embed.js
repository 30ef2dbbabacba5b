/*
 * EU project dashboard: sizes every dashboard <iframe> on this page to its content.
 * Put it once on the page, after or before the iframes: <script src=".../embed.js" async></script>
 * Each embedded chart posts { type: 'eu-project-dashboard:height', id, view, height } to its
 * parent; only a message whose source is that iframe's own window resizes it.
 * MIT licence, like the dashboard. No dependencies.
 */
(function () {
  if (window.__euProjectDashboardEmbed) return;
  window.__euProjectDashboardEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'eu-project-dashboard:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.max(50, Math.min(20000, Math.ceil(data.height)));
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
        return;
      }
    }
  });
})();
