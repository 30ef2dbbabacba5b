/*
 * EU project dashboard: sizes every dashboard <iframe> on this page to its content.
 * Put it once on the page, after or before the iframes:
 *   <script src="https://your.site/dashboard/embed.js" async></script>
 * Each embedded chart posts { type: 'eu-project-dashboard:height', id, view, height, complete }
 * to its parent. A message resizes an iframe only when it comes from that iframe's own window,
 * from the origin of its address, and the iframe shows a dashboard chart: an address with
 * `embed=` under the folder this script was loaded from. Heights that are not finite numbers
 * are ignored; until the chart says it is complete, a frame is never made shorter than the
 * height the page gave it. Dashboard frames are loaded at once (not lazily), so one below the
 * fold has its height before the reader scrolls to it.
 * MIT licence, like the dashboard. No dependencies.
 */
(function () {
  'use strict';
  if (window.__euProjectDashboardEmbed) return;
  window.__euProjectDashboardEmbed = true;
  var script = document.currentScript;
  var home = script && script.src ? new URL('.', script.src).href : null;

  function frameUrl(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI);
    } catch {
      return null;
    }
  }
  function isDashboard(url) {
    return url !== null && url.searchParams.has('embed') && (home === null || url.href.indexOf(home) === 0);
  }
  function givenHeight(frame) {
    if (!frame.hasAttribute('data-given-height')) {
      var given = parseFloat(frame.getAttribute('height') || '') || frame.getBoundingClientRect().height || 0;
      frame.setAttribute('data-given-height', String(given));
    }
    return parseFloat(frame.getAttribute('data-given-height')) || 0;
  }
  function wake() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (isDashboard(frameUrl(frames[i]))) {
        givenHeight(frames[i]);
        if (frames[i].getAttribute('loading') === 'lazy') frames[i].setAttribute('loading', 'eager');
      }
    }
  }
  wake();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wake);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'eu-project-dashboard:height') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var url = frameUrl(frame);
      if (!isDashboard(url) || url.origin !== event.origin) return;
      var height = Math.max(50, Math.min(20000, Math.ceil(data.height)));
      if (data.complete === true) frame.setAttribute('data-dashboard-complete', '');
      else if (!frame.hasAttribute('data-dashboard-complete') && height < givenHeight(frame)) return;
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
      return;
    }
  });
})();
