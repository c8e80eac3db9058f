// The Latchkey app's service worker: turns each Web Push message (it carries only a
// request id) into a notification, tells an open app about it, and opens the request
// when the notification is tapped. It also keeps the app's shell for when the phone is
// offline (network first: a new version is used as soon as the server has it).

const SHELL = 'latchkey-shell-v1';
const SHELL_FILES = ['/app', '/app/app.js', '/app/app.css', '/app/icon.svg', '/app/manifest.webmanifest'];
const ID = /^[A-Za-z0-9_-]{1,128}$/;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try {
      const cache = await caches.open(SHELL);
      await cache.addAll(SHELL_FILES);
    } catch {
      /* offline use is a bonus; notifications work without it */
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  // Only the shell; the API always goes to the server.
  if (req.method !== 'GET' || url.origin !== self.location.origin || !SHELL_FILES.includes(url.pathname)) return;
  event.respondWith((async () => {
    try {
      const fresh = await fetch(req);
      if (fresh.ok) {
        const cache = await caches.open(SHELL);
        await cache.put(url.pathname, fresh.clone());
      }
      return fresh;
    } catch (e) {
      const cached = await caches.match(url.pathname);
      if (cached) return cached;
      throw e;
    }
  })());
});

/** The request id a push message carries ({"request": "<id>"}), or ''. */
function requestIdOf(data) {
  try {
    const id = String(data?.json()?.request ?? '');
    return ID.test(id) ? id : '';
  } catch {
    return '';
  }
}

// The notification's words in the phone's language (as the app's, app.js), else English.
const NOTIFICATION_TEXTS = {
  de: ['Versuchen Sie, Ihr Kennwort zurückzusetzen?', 'Tippen Sie hier, um mit der Zahl auf Ihrem Bildschirm zu genehmigen.', 'Öffnen Sie Latchkey, um die Anfrage zu sehen.'],
  fr: ['Essayez-vous de réinitialiser votre mot de passe ?', 'Appuyez pour approuver avec le nombre affiché sur votre écran.', 'Ouvrez Latchkey pour voir la demande.'],
  es: ['¿Está intentando restablecer su contraseña?', 'Pulse para aprobar con el número que aparece en la pantalla.', 'Abra Latchkey para ver lo que se solicitó.'],
  ar: ['هل تحاول إعادة تعيين كلمة المرور الخاصة بك؟', 'اضغط للموافقة باستخدام الرقم المعروض على شاشتك.', 'افتح Latchkey لمعرفة ما تم طلبه.'],
};

/** [title, body with a request, body without] in the phone's language. */
function notificationTexts() {
  const english = [
    'Are you trying to reset your password?',
    'Tap to approve with the number on your screen.',
    'Open Latchkey to see what was asked.',
  ];
  const wanted = self.navigator?.languages?.length ? self.navigator.languages : [self.navigator?.language || 'en'];
  for (const tag of wanted) {
    const code = String(tag || '').toLowerCase().split(/[-_]/)[0];
    if (code === 'en') return english;
    if (Object.hasOwn(NOTIFICATION_TEXTS, code)) return NOTIFICATION_TEXTS[code];
  }
  return english;
}

self.addEventListener('push', (event) => {
  const request = requestIdOf(event.data);
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const w of windows) w.postMessage({ type: 'latchkey-request', request });
    // A push must always show a notification (userVisibleOnly), even one we can't read.
    const [title, withRequest, withoutRequest] = notificationTexts();
    await self.registration.showNotification(title, {
      body: request ? withRequest : withoutRequest,
      tag: request || 'latchkey',
      data: { request },
      icon: '/app/icon-192.png',
      requireInteraction: true,
    });
  })());
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const request = String(event.notification.data?.request || '');
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const open = windows.find((w) => new URL(w.url).pathname === '/app');
    if (open) {
      await open.focus().catch(() => {});
      if (request) open.postMessage({ type: 'latchkey-request', request });
      return;
    }
    await self.clients.openWindow(request ? `/app#request=${encodeURIComponent(request)}` : '/app');
  })());
});
