/*!
 * Ladder: the respondent chat, embedded in a partner's page.
 *   <script src="https://<ladder console>/embed.js"></script>
 *   const chat = Ladder.mount(element, { token, theme: { accent: '#0b6e4f' }, height: 'auto', onEvent: (e) => {} });
 *   chat.destroy();
 * Guide: docs/api/embed.md. No dependencies, no data: the chat itself runs in the iframe, from the origin this script came from.
 */
(function () {
  'use strict';
  if (window.Ladder && window.Ladder.mount) return;

  var current = document.currentScript;
  // The chat is served by the origin that served this script.
  var frameOrigin = current && current.src ? new URL(current.src, location.href).origin : location.origin;
  var TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
  var THEME_KEYS = ['accent', 'background', 'text', 'fontFamily'];
  var EVENTS = { ready: ['status'], turn: ['turn'], completed: [], error: ['code', 'status'] };
  var MIN_AUTO_HEIGHT = 320;

  function fail(message) {
    throw new TypeError('Ladder.mount: ' + message);
  }

  /** Mounts the chat of a link token in `element`; returns { frame, destroy() }. */
  function mount(element, options) {
    if (!element || element.nodeType !== 1) fail('the first argument must be an element');
    options = options || {};
    if (typeof options.token !== 'string' || !TOKEN.test(options.token))
      fail('options.token must be the token of a chat link (/i/<token>)');
    var auto = options.height === 'auto';
    var maxHeight = typeof options.maxHeight === 'number' ? options.maxHeight : 900;
    var params = new URLSearchParams();
    params.set('origin', location.origin);
    var theme = options.theme || {};
    THEME_KEYS.forEach(function (key) {
      if (typeof theme[key] === 'string') params.set(key, theme[key]);
    });
    if (auto) params.set('height', 'auto');

    var frame = document.createElement('iframe');
    // The fragment never leaves the browser: the page's origin and the theme reach the chat only.
    frame.src = frameOrigin + '/i/' + encodeURIComponent(options.token) + '?embed=1#' + params.toString();
    frame.title = typeof options.title === 'string' && options.title ? options.title : 'Interview chat';
    frame.referrerPolicy = 'no-referrer';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.height = auto ? MIN_AUTO_HEIGHT + 'px' : '100%';

    function onMessage(event) {
      // Only the chat's own frame, from the chat's origin, is heard.
      if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
      var data = event.data;
      if (!data || data.ladder !== 1 || typeof data.type !== 'string') return;
      if (data.type === 'resize') {
        if (auto && typeof data.height === 'number' && isFinite(data.height)) {
          frame.style.height = Math.max(MIN_AUTO_HEIGHT, Math.min(maxHeight, Math.ceil(data.height))) + 'px';
        }
        return;
      }
      var fields = EVENTS[data.type];
      if (!fields || typeof options.onEvent !== 'function') return;
      var copy = { type: data.type };
      fields.forEach(function (name) {
        if (typeof data[name] === 'string' || typeof data[name] === 'number') copy[name] = data[name];
      });
      try {
        options.onEvent(copy);
      } catch (error) {
        setTimeout(function () {
          throw error;
        });
      }
    }

    window.addEventListener('message', onMessage);
    element.appendChild(frame);
    return {
      frame: frame,
      destroy: function () {
        window.removeEventListener('message', onMessage);
        if (frame.parentNode) frame.parentNode.removeChild(frame);
      },
    };
  }

  window.Ladder = Object.freeze({ mount: mount, version: 1 });
})();
