// Inlined into the <head> of the prerendered index.html (vite.config.ts, with its hash in the CSP), so it runs
// before the welcome snapshot can be tapped. Until the app has hydrated the snapshot (#app[data-ssr]), a tap on
// one of its controls does nothing natively (no GET submit of the form, no checkbox ticked behind Vue's back)
// and is queued; src/app/earlyTaps.ts replays the queue once the app runs, so no tap is lost. Typed text is
// left to the browser and carried over by earlyTaps.ts. A returning user (a profile saved on this device) never
// sees the snapshot: the page is marked before the first paint and the app draws the real first screen.
// Old syntax and APIs only (no build step touches it): it runs before any polyfill, on the oldest phones.
;(function () {
  var d = document
  var q = (window.__knsEarly = { taps: [], done: false })
  try {
    if (localStorage.getItem('kns-onboarded')) d.documentElement.setAttribute('data-returning', '')
  } catch {
    /* no localStorage: the app decides */
  }
  // A public page other than the welcome (a certificate, a code's link, Giới thiệu) opens as itself, even for a
  // newcomer: the welcome snapshot must not flash first. The paths of the router's public routes
  // (tests/unit/app/routes.test.ts keeps this list equal to them).
  var ownPages = ['/about', '/c', '/r', '/s', '/u', '/o']
  if (ownPages.indexOf(location.pathname.replace(/\/+$/, '')) >= 0) d.documentElement.setAttribute('data-returning', '')
  // An invite link: the modules that read it start loading now, beside the app's (the list is written in by
  // build/vite-plugin-prerender.ts). Browsers without modulepreload ignore the links.
  var invite = []
  if (location.pathname === '/join' && location.hash.length > 1)
    for (var i = 0; i < invite.length; i++) {
      var l = d.createElement('link')
      l.rel = 'modulepreload'
      l.crossOrigin = ''
      l.href = invite[i]
      d.head.appendChild(l)
    }
  function early(e) {
    var app = d.getElementById('app')
    var t = e.target
    if (q.done || !app || !app.hasAttribute('data-ssr') || !t || !app.contains(t)) return
    if (e.type === 'submit') {
      e.preventDefault()
      q.taps.push(t)
      return
    }
    var c = t.closest && t.closest('button, a, label, input[type=checkbox], input[type=radio], summary')
    if (!c) return
    e.preventDefault()
    q.taps.push(c)
  }
  d.addEventListener('click', early, true)
  d.addEventListener('submit', early, true)
})()
