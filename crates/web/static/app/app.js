// The Latchkey app: adds this phone to an account (a device key that never leaves the
// phone and a Web Push subscription), then answers password-reset requests with the
// number shown on the computer's screen, signed with that key.
//
// Served from /app under the pages' CSP: no inline script, no other origin. Nothing
// secret is kept in localStorage: the device record (with its non-extractable CryptoKey
// objects) lives in IndexedDB, and the one-time setup token only in memory.

const SIGNED_PREFIX = 'latchkey-app-notification-v1';
const SCOPE = '/app';
const ID = /^[A-Za-z0-9_-]{1,128}$/;
const $ = (id) => document.getElementById(id);

// ------------------------------------------------------------------ language

// The app's texts in the phone's language (navigator.languages): English, German,
// French, Spanish or Arabic (right to left), else English. A text is looked up by its
// English words; `{name}` placeholders are filled by tx(). The page's static texts are
// translated text node by text node when the app starts.
const TEXTS = {
  de: {
    'Loading…': 'Wird geladen…',
    'This app needs JavaScript. Turn it on for this site, or use another way to verify on the computer.': 'Diese App benötigt JavaScript. Aktivieren Sie es für diese Website, oder verwenden Sie auf dem Computer eine andere Methode zur Überprüfung.',
    'Approve password resets on this phone': 'Kennwortzurücksetzungen auf diesem Telefon genehmigen',
    "This phone isn't set up yet.": 'Dieses Telefon ist noch nicht eingerichtet.',
    'On a computer, sign in and open': 'Melden Sie sich auf einem Computer an, und öffnen Sie',
    'Keep your account secure': 'Ihr Konto schützen',
    '(your security info).': '(Ihre Sicherheitsinformationen).',
    'Choose': 'Wählen Sie',
    'Set up the Latchkey app': 'Latchkey-App einrichten',
    "Scan the QR code with this phone's camera.": 'Scannen Sie den QR-Code mit der Kamera dieses Telefons.',
    'Or paste the setup link': 'Oder fügen Sie den Einrichtungslink ein',
    'The link under the QR code, starting with the address of this site.': 'Der Link unter dem QR-Code, der mit der Adresse dieser Website beginnt.',
    'Continue': 'Weiter',
    'Add this phone to your account': 'Dieses Telefon Ihrem Konto hinzufügen',
    "When you reset your password, you'll get a notification here and type the number shown on the screen to approve it.": 'Wenn Sie Ihr Kennwort zurücksetzen, erhalten Sie hier eine Benachrichtigung und geben zur Genehmigung die auf dem Bildschirm angezeigte Zahl ein.',
    'Name for this phone': 'Name für dieses Telefon',
    'So you can tell your phones apart, e.g. "Work phone".': 'Damit Sie Ihre Telefone unterscheiden können, z. B. „Diensthandy“.',
    'Add this phone': 'Dieses Telefon hinzufügen',
    "You'll be asked to allow notifications. Latchkey only sends them when someone tries to reset your password.": 'Sie werden gefragt, ob Sie Benachrichtigungen zulassen. Latchkey sendet sie nur, wenn jemand versucht, Ihr Kennwort zurückzusetzen.',
    "Replace this phone's account?": 'Konto auf diesem Telefon ersetzen?',
    'If you replace it, this phone stops getting requests for that account, and gets them for the account of the new setup link instead. To keep both, set up the new account on another phone.': 'Wenn Sie es ersetzen, erhält dieses Telefon keine Anfragen mehr für dieses Konto, sondern für das Konto des neuen Einrichtungslinks. Um beide zu behalten, richten Sie das neue Konto auf einem anderen Telefon ein.',
    'Replace it': 'Ersetzen',
    'Keep the current account': 'Aktuelles Konto behalten',
    "This browser can't receive notifications": 'Dieser Browser kann keine Benachrichtigungen empfangen',
    "This browser doesn't support web notifications. Open this page in Chrome, Edge, Firefox or Safari.": 'Dieser Browser unterstützt keine Webbenachrichtigungen. Öffnen Sie diese Seite in Chrome, Edge, Firefox oder Safari.',
    'On an iPhone or iPad, Latchkey must be on your home screen first (iOS 16.4 or later):': 'Auf einem iPhone oder iPad muss Latchkey zuerst auf Ihrem Home-Bildschirm sein (iOS 16.4 oder höher):',
    'Tap': 'Tippen Sie auf',
    'Copy the setup link': 'Einrichtungslink kopieren',
    'below.': 'unten.',
    'Tap the': 'Tippen Sie in Safari auf',
    'Share': 'Teilen',
    'button in Safari, then': ', dann auf',
    'Add to Home Screen': 'Zum Home-Bildschirm',
    ', then': 'und dann auf',
    'Add': 'Hinzufügen',
    'Open': 'Öffnen Sie',
    'from your home screen and paste the link.': 'auf Ihrem Home-Bildschirm, und fügen Sie den Link ein.',
    'This phone is set up': 'Dieses Telefon ist eingerichtet',
    'Phone': 'Telefon',
    'Account': 'Konto',
    'Organization': 'Organisation',
    'When you reset your password, a notification comes to this phone. Tap it and type the number shown on the screen.': 'Wenn Sie Ihr Kennwort zurücksetzen, erhält dieses Telefon eine Benachrichtigung. Tippen Sie darauf, und geben Sie die auf dem Bildschirm angezeigte Zahl ein.',
    'Are you trying to reset your password?': 'Versuchen Sie, Ihr Kennwort zurückzusetzen?',
    'Asking to': 'Anfrage',
    'From': 'Von',
    'When': 'Zeitpunkt',
    'Time left': 'Verbleibende Zeit',
    'Enter the number shown on the screen': 'Geben Sie die auf dem Bildschirm angezeigte Zahl ein',
    'Only approve if you started this yourself and see the same number.': 'Genehmigen Sie nur, wenn Sie dies selbst gestartet haben und dieselbe Zahl sehen.',
    'Approve': 'Genehmigen',
    'Deny': 'Ablehnen',
    "This wasn't me": 'Das war ich nicht',
    'Report this request?': 'Diese Anfrage melden?',
    "The request is refused, sign-in to your account is blocked, and your administrators are told someone else tried to reset your password. Ask them to unblock your account when it's safe again.": 'Die Anfrage wird abgelehnt, die Anmeldung bei Ihrem Konto wird gesperrt, und Ihre Administratoren erfahren, dass jemand anderes versucht hat, Ihr Kennwort zurückzusetzen. Bitten Sie sie, Ihr Konto wieder freizugeben, wenn es wieder sicher ist.',
    "Yes, it wasn't me": 'Ja, das war ich nicht',
    'Go back': 'Zurück',
    'This setup link has expired or was already used. On the computer, start again to get a new QR code.': 'Dieser Einrichtungslink ist abgelaufen oder wurde bereits verwendet. Beginnen Sie auf dem Computer erneut, um einen neuen QR-Code zu erhalten.',
    "Your organization doesn't accept notifications through this browser's push service. Try another browser on this phone, or contact your administrator.": 'Ihre Organisation akzeptiert keine Benachrichtigungen über den Pushdienst dieses Browsers. Verwenden Sie einen anderen Browser auf diesem Telefon, oder wenden Sie sich an Ihren Administrator.',
    'You already have the most phones allowed. On the computer, remove one on Keep your account secure, then try again.': 'Sie haben bereits die maximal zulässige Anzahl von Telefonen. Entfernen Sie auf dem Computer unter „Ihr Konto schützen“ eines, und versuchen Sie es dann erneut.',
    "The details of this phone weren't accepted. On the computer, start again to get a new QR code.": 'Die Angaben zu diesem Telefon wurden nicht akzeptiert. Beginnen Sie auf dem Computer erneut, um einen neuen QR-Code zu erhalten.',
    'Notifications are blocked for this site. Allow them in your browser\'s site settings (on iPhone: Settings › Notifications › Latchkey), then tap "Add this phone" again.': 'Benachrichtigungen sind für diese Website blockiert. Lassen Sie sie in den Websiteeinstellungen Ihres Browsers zu (auf dem iPhone: Einstellungen › Mitteilungen › Latchkey), und tippen Sie dann erneut auf „Dieses Telefon hinzufügen“.',
    'Latchkey needs to send you notifications. Tap "Add this phone" again and choose Allow.': 'Latchkey muss Ihnen Benachrichtigungen senden. Tippen Sie erneut auf „Dieses Telefon hinzufügen“, und wählen Sie „Erlauben“.',
    "Can't reach the server. Check your connection and try again.": 'Der Server ist nicht erreichbar. Überprüfen Sie Ihre Verbindung, und versuchen Sie es erneut.',
    'Something went wrong on the server. Try again in a moment.': 'Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
    "This browser couldn't subscribe to notifications. Try again, or use another browser.": 'Dieser Browser konnte Benachrichtigungen nicht abonnieren. Versuchen Sie es erneut, oder verwenden Sie einen anderen Browser.',
    'Something went wrong. Try again.': 'Es ist ein Fehler aufgetreten. Versuchen Sie es erneut.',
    'This phone is set up for {user} at {org}. Replace it with the new account?': 'Dieses Telefon ist für {user} bei {org} eingerichtet. Durch das neue Konto ersetzen?',
    'This page must be opened over a secure (https) connection. Scan the QR code again, or ask your administrator.': 'Diese Seite muss über eine sichere Verbindung (https) geöffnet werden. Scannen Sie den QR-Code erneut, oder wenden Sie sich an Ihren Administrator.',
    "This browser can't keep the phone's key (private browsing?). Open the link in a normal browser window.": 'Dieser Browser kann den Schlüssel des Telefons nicht speichern (privates Surfen?). Öffnen Sie den Link in einem normalen Browserfenster.',
    "This browser doesn't support web notifications. Open the link in Chrome, Edge, Firefox or Safari.": 'Dieser Browser unterstützt keine Webbenachrichtigungen. Öffnen Sie den Link in Chrome, Edge, Firefox oder Safari.',
    'On an iPhone or iPad, notifications only work once Latchkey is on your home screen.': 'Auf einem iPhone oder iPad funktionieren Benachrichtigungen erst, wenn Latchkey auf Ihrem Home-Bildschirm ist.',
    'Notifications need iOS 16.4 or later. Update your phone in Settings › General › Software Update, then try again.': 'Benachrichtigungen erfordern iOS 16.4 oder höher. Aktualisieren Sie Ihr Telefon unter Einstellungen › Allgemein › Softwareupdate, und versuchen Sie es dann erneut.',
    'Enter a name for this phone.': 'Geben Sie einen Namen für dieses Telefon ein.',
    'Setting up this phone…': 'Dieses Telefon wird eingerichtet…',
    'This phone is set up for {user} at {org}.': 'Dieses Telefon ist für {user} bei {org} eingerichtet.',
    "Notifications are blocked for this site, so reset requests can't reach this phone. Allow them in the browser's site settings.": 'Benachrichtigungen sind für diese Website blockiert, daher erreichen Anfragen zur Zurücksetzung dieses Telefon nicht. Lassen Sie sie in den Websiteeinstellungen des Browsers zu.',
    'This phone no longer receives notifications. On the computer, remove it on Keep your account secure and add it again.': 'Dieses Telefon empfängt keine Benachrichtigungen mehr. Entfernen Sie es auf dem Computer unter „Ihr Konto schützen“, und fügen Sie es erneut hinzu.',
    "That isn't a setup link for this site. Copy the whole link shown under the QR code.": 'Das ist kein Einrichtungslink für diese Website. Kopieren Sie den vollständigen Link unter dem QR-Code.',
    'Copied. Now add Latchkey to your home screen.': 'Kopiert. Fügen Sie Latchkey jetzt Ihrem Home-Bildschirm hinzu.',
    "Couldn't copy. Use the link under the QR code on the computer instead.": 'Kopieren nicht möglich. Verwenden Sie stattdessen den Link unter dem QR-Code auf dem Computer.',
    'Approved': 'Genehmigt',
    'Go back to the computer to choose your new password.': 'Kehren Sie zum Computer zurück, um Ihr neues Kennwort festzulegen.',
    'Denied': 'Abgelehnt',
    'The request was refused. Nothing has changed.': 'Die Anfrage wurde abgelehnt. Es wurde nichts geändert.',
    'Reported': 'Gemeldet',
    "The request was refused and reported to your administrator. Your password hasn't changed.": 'Die Anfrage wurde abgelehnt und Ihrem Administrator gemeldet. Ihr Kennwort wurde nicht geändert.',
    "That number doesn't match": 'Diese Zahl stimmt nicht überein',
    'The request was refused; start again on the computer.': 'Die Anfrage wurde abgelehnt. Beginnen Sie auf dem Computer erneut.',
    'Already answered': 'Bereits beantwortet',
    'This request was answered before. Nothing more to do here.': 'Diese Anfrage wurde bereits beantwortet. Hier ist nichts weiter zu tun.',
    'This request has expired': 'Diese Anfrage ist abgelaufen',
    'If you still need to reset your password, start again on the computer.': 'Wenn Sie Ihr Kennwort noch zurücksetzen müssen, beginnen Sie auf dem Computer erneut.',
    "We can't find this request": 'Diese Anfrage wurde nicht gefunden',
    'It may have expired, or it was sent to another phone. Start again on the computer.': 'Sie ist möglicherweise abgelaufen oder wurde an ein anderes Telefon gesendet. Beginnen Sie auf dem Computer erneut.',
    "This phone's key wasn't accepted": 'Der Schlüssel dieses Telefons wurde nicht akzeptiert',
    'On the computer, remove this phone on Keep your account secure and add it again.': 'Entfernen Sie dieses Telefon auf dem Computer unter „Ihr Konto schützen“, und fügen Sie es erneut hinzu.',
    "This phone isn't set up": 'Dieses Telefon ist nicht eingerichtet',
    'Add it on the computer, on Keep your account secure, before approving requests.': 'Fügen Sie es auf dem Computer unter „Ihr Konto schützen“ hinzu, bevor Sie Anfragen genehmigen.',
    "Can't reach the server": 'Der Server ist nicht erreichbar',
    'Check your connection, then open the notification again.': 'Überprüfen Sie Ihre Verbindung, und öffnen Sie die Benachrichtigung erneut.',
    'Something went wrong': 'Es ist ein Fehler aufgetreten',
    'Try again in a moment, or start again on the computer.': 'Versuchen Sie es gleich noch einmal, oder beginnen Sie auf dem Computer erneut.',
    '{at} (just now)': '{at} (gerade eben)',
    '{s} seconds': '{s} Sekunden',
    '{m} min {s} s': '{m} Min. {s} Sek.',
    'Loading the request…': 'Anfrage wird geladen…',
    'Unknown': 'Unbekannt',
    'Enter the two-digit number shown on the screen.': 'Geben Sie die zweistellige Zahl ein, die auf dem Bildschirm angezeigt wird.',
    'My phone': 'Mein Telefon',
    'Android phone': 'Android-Telefon',
    'Android tablet': 'Android-Tablet',
  },
  fr: {
    'Loading…': 'Chargement…',
    'This app needs JavaScript. Turn it on for this site, or use another way to verify on the computer.': 'Cette application nécessite JavaScript. Activez-le pour ce site, ou utilisez une autre méthode de vérification sur l’ordinateur.',
    'Approve password resets on this phone': 'Approuver les réinitialisations de mot de passe sur ce téléphone',
    "This phone isn't set up yet.": 'Ce téléphone n’est pas encore configuré.',
    'On a computer, sign in and open': 'Sur un ordinateur, connectez-vous et ouvrez',
    'Keep your account secure': 'Protéger votre compte',
    '(your security info).': '(vos informations de sécurité).',
    'Choose': 'Choisissez',
    'Set up the Latchkey app': 'Configurer l’application Latchkey',
    "Scan the QR code with this phone's camera.": 'Scannez le code QR avec l’appareil photo de ce téléphone.',
    'Or paste the setup link': 'Ou collez le lien de configuration',
    'The link under the QR code, starting with the address of this site.': 'Le lien sous le code QR, qui commence par l’adresse de ce site.',
    'Continue': 'Continuer',
    'Add this phone to your account': 'Ajouter ce téléphone à votre compte',
    "When you reset your password, you'll get a notification here and type the number shown on the screen to approve it.": 'Lorsque vous réinitialiserez votre mot de passe, vous recevrez ici une notification et saisirez le nombre affiché à l’écran pour l’approuver.',
    'Name for this phone': 'Nom de ce téléphone',
    'So you can tell your phones apart, e.g. "Work phone".': 'Pour distinguer vos téléphones, par exemple « Téléphone professionnel ».',
    'Add this phone': 'Ajouter ce téléphone',
    "You'll be asked to allow notifications. Latchkey only sends them when someone tries to reset your password.": 'Il vous sera demandé d’autoriser les notifications. Latchkey n’en envoie que lorsque quelqu’un tente de réinitialiser votre mot de passe.',
    "Replace this phone's account?": 'Remplacer le compte de ce téléphone ?',
    'If you replace it, this phone stops getting requests for that account, and gets them for the account of the new setup link instead. To keep both, set up the new account on another phone.': 'Si vous le remplacez, ce téléphone ne recevra plus les demandes pour ce compte, mais celles du compte du nouveau lien de configuration. Pour conserver les deux, configurez le nouveau compte sur un autre téléphone.',
    'Replace it': 'Remplacer',
    'Keep the current account': 'Conserver le compte actuel',
    "This browser can't receive notifications": 'Ce navigateur ne peut pas recevoir de notifications',
    "This browser doesn't support web notifications. Open this page in Chrome, Edge, Firefox or Safari.": 'Ce navigateur ne prend pas en charge les notifications web. Ouvrez cette page dans Chrome, Edge, Firefox ou Safari.',
    'On an iPhone or iPad, Latchkey must be on your home screen first (iOS 16.4 or later):': 'Sur un iPhone ou un iPad, Latchkey doit d’abord figurer sur votre écran d’accueil (iOS 16.4 ou version ultérieure) :',
    'Tap': 'Appuyez sur',
    'Copy the setup link': 'Copier le lien de configuration',
    'below.': 'ci-dessous.',
    'Tap the': 'Dans Safari, appuyez sur le bouton',
    'Share': 'Partager',
    'button in Safari, then': ', puis sur',
    'Add to Home Screen': 'Sur l’écran d’accueil',
    ', then': ', puis sur',
    'Add': 'Ajouter',
    'Open': 'Ouvrez',
    'from your home screen and paste the link.': 'depuis votre écran d’accueil et collez le lien.',
    'This phone is set up': 'Ce téléphone est configuré',
    'Phone': 'Téléphone',
    'Account': 'Compte',
    'Organization': 'Organisation',
    'When you reset your password, a notification comes to this phone. Tap it and type the number shown on the screen.': 'Lorsque vous réinitialisez votre mot de passe, une notification arrive sur ce téléphone. Appuyez dessus et saisissez le nombre affiché à l’écran.',
    'Are you trying to reset your password?': 'Essayez-vous de réinitialiser votre mot de passe ?',
    'Asking to': 'Demande',
    'From': 'Depuis',
    'When': 'Quand',
    'Time left': 'Temps restant',
    'Enter the number shown on the screen': 'Saisissez le nombre affiché à l’écran',
    'Only approve if you started this yourself and see the same number.': 'N’approuvez que si vous êtes à l’origine de la demande et voyez le même nombre.',
    'Approve': 'Approuver',
    'Deny': 'Refuser',
    "This wasn't me": 'Ce n’était pas moi',
    'Report this request?': 'Signaler cette demande ?',
    "The request is refused, sign-in to your account is blocked, and your administrators are told someone else tried to reset your password. Ask them to unblock your account when it's safe again.": 'La demande est refusée, la connexion à votre compte est bloquée et vos administrateurs sont informés que quelqu’un d’autre a tenté de réinitialiser votre mot de passe. Demandez-leur de débloquer votre compte lorsque tout danger sera écarté.',
    "Yes, it wasn't me": 'Oui, ce n’était pas moi',
    'Go back': 'Retour',
    'This setup link has expired or was already used. On the computer, start again to get a new QR code.': 'Ce lien de configuration a expiré ou a déjà été utilisé. Sur l’ordinateur, recommencez pour obtenir un nouveau code QR.',
    "Your organization doesn't accept notifications through this browser's push service. Try another browser on this phone, or contact your administrator.": 'Votre organisation n’accepte pas les notifications par le service push de ce navigateur. Essayez un autre navigateur sur ce téléphone, ou contactez votre administrateur.',
    'You already have the most phones allowed. On the computer, remove one on Keep your account secure, then try again.': 'Vous avez déjà le nombre maximal de téléphones autorisés. Sur l’ordinateur, supprimez-en un dans « Protéger votre compte », puis réessayez.',
    "The details of this phone weren't accepted. On the computer, start again to get a new QR code.": 'Les informations de ce téléphone n’ont pas été acceptées. Sur l’ordinateur, recommencez pour obtenir un nouveau code QR.',
    'Notifications are blocked for this site. Allow them in your browser\'s site settings (on iPhone: Settings › Notifications › Latchkey), then tap "Add this phone" again.': 'Les notifications sont bloquées pour ce site. Autorisez-les dans les paramètres du site de votre navigateur (sur iPhone : Réglages › Notifications › Latchkey), puis appuyez de nouveau sur « Ajouter ce téléphone ».',
    'Latchkey needs to send you notifications. Tap "Add this phone" again and choose Allow.': 'Latchkey doit vous envoyer des notifications. Appuyez de nouveau sur « Ajouter ce téléphone » et choisissez Autoriser.',
    "Can't reach the server. Check your connection and try again.": 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    'Something went wrong on the server. Try again in a moment.': 'Une erreur s’est produite sur le serveur. Réessayez dans un instant.',
    "This browser couldn't subscribe to notifications. Try again, or use another browser.": 'Ce navigateur n’a pas pu s’abonner aux notifications. Réessayez, ou utilisez un autre navigateur.',
    'Something went wrong. Try again.': 'Une erreur s’est produite. Réessayez.',
    'This phone is set up for {user} at {org}. Replace it with the new account?': 'Ce téléphone est configuré pour {user} chez {org}. Le remplacer par le nouveau compte ?',
    'This page must be opened over a secure (https) connection. Scan the QR code again, or ask your administrator.': 'Cette page doit être ouverte via une connexion sécurisée (https). Scannez de nouveau le code QR, ou contactez votre administrateur.',
    "This browser can't keep the phone's key (private browsing?). Open the link in a normal browser window.": 'Ce navigateur ne peut pas conserver la clé du téléphone (navigation privée ?). Ouvrez le lien dans une fenêtre de navigation normale.',
    "This browser doesn't support web notifications. Open the link in Chrome, Edge, Firefox or Safari.": 'Ce navigateur ne prend pas en charge les notifications web. Ouvrez le lien dans Chrome, Edge, Firefox ou Safari.',
    'On an iPhone or iPad, notifications only work once Latchkey is on your home screen.': 'Sur un iPhone ou un iPad, les notifications ne fonctionnent qu’une fois Latchkey ajouté à votre écran d’accueil.',
    'Notifications need iOS 16.4 or later. Update your phone in Settings › General › Software Update, then try again.': 'Les notifications nécessitent iOS 16.4 ou version ultérieure. Mettez à jour votre téléphone dans Réglages › Général › Mise à jour logicielle, puis réessayez.',
    'Enter a name for this phone.': 'Saisissez un nom pour ce téléphone.',
    'Setting up this phone…': 'Configuration de ce téléphone…',
    'This phone is set up for {user} at {org}.': 'Ce téléphone est configuré pour {user} chez {org}.',
    "Notifications are blocked for this site, so reset requests can't reach this phone. Allow them in the browser's site settings.": 'Les notifications sont bloquées pour ce site : les demandes de réinitialisation ne peuvent pas atteindre ce téléphone. Autorisez-les dans les paramètres du site du navigateur.',
    'This phone no longer receives notifications. On the computer, remove it on Keep your account secure and add it again.': 'Ce téléphone ne reçoit plus de notifications. Sur l’ordinateur, supprimez-le dans « Protéger votre compte » et ajoutez-le de nouveau.',
    "That isn't a setup link for this site. Copy the whole link shown under the QR code.": 'Ce n’est pas un lien de configuration pour ce site. Copiez le lien complet affiché sous le code QR.',
    'Copied. Now add Latchkey to your home screen.': 'Copié. Ajoutez maintenant Latchkey à votre écran d’accueil.',
    "Couldn't copy. Use the link under the QR code on the computer instead.": 'Impossible de copier. Utilisez plutôt le lien sous le code QR sur l’ordinateur.',
    'Approved': 'Approuvée',
    'Go back to the computer to choose your new password.': 'Retournez sur l’ordinateur pour choisir votre nouveau mot de passe.',
    'Denied': 'Refusée',
    'The request was refused. Nothing has changed.': 'La demande a été refusée. Rien n’a changé.',
    'Reported': 'Signalée',
    "The request was refused and reported to your administrator. Your password hasn't changed.": 'La demande a été refusée et signalée à votre administrateur. Votre mot de passe n’a pas changé.',
    "That number doesn't match": 'Ce nombre ne correspond pas',
    'The request was refused; start again on the computer.': 'La demande a été refusée ; recommencez sur l’ordinateur.',
    'Already answered': 'Déjà traitée',
    'This request was answered before. Nothing more to do here.': 'Cette demande a déjà reçu une réponse. Il n’y a plus rien à faire ici.',
    'This request has expired': 'Cette demande a expiré',
    'If you still need to reset your password, start again on the computer.': 'Si vous devez encore réinitialiser votre mot de passe, recommencez sur l’ordinateur.',
    "We can't find this request": 'Demande introuvable',
    'It may have expired, or it was sent to another phone. Start again on the computer.': 'Elle a peut-être expiré ou a été envoyée à un autre téléphone. Recommencez sur l’ordinateur.',
    "This phone's key wasn't accepted": 'La clé de ce téléphone n’a pas été acceptée',
    'On the computer, remove this phone on Keep your account secure and add it again.': 'Sur l’ordinateur, supprimez ce téléphone dans « Protéger votre compte » et ajoutez-le de nouveau.',
    "This phone isn't set up": 'Ce téléphone n’est pas configuré',
    'Add it on the computer, on Keep your account secure, before approving requests.': 'Ajoutez-le sur l’ordinateur, dans « Protéger votre compte », avant d’approuver des demandes.',
    "Can't reach the server": 'Impossible de joindre le serveur',
    'Check your connection, then open the notification again.': 'Vérifiez votre connexion, puis rouvrez la notification.',
    'Something went wrong': 'Une erreur s’est produite',
    'Try again in a moment, or start again on the computer.': 'Réessayez dans un instant, ou recommencez sur l’ordinateur.',
    '{at} (just now)': '{at} (à l’instant)',
    '{s} seconds': '{s} secondes',
    '{m} min {s} s': '{m} min {s} s',
    'Loading the request…': 'Chargement de la demande…',
    'Unknown': 'Inconnu',
    'Enter the two-digit number shown on the screen.': 'Saisissez le nombre à deux chiffres affiché à l’écran.',
    'My phone': 'Mon téléphone',
    'Android phone': 'Téléphone Android',
    'Android tablet': 'Tablette Android',
  },
  es: {
    'Loading…': 'Cargando…',
    'This app needs JavaScript. Turn it on for this site, or use another way to verify on the computer.': 'Esta aplicación necesita JavaScript. Actívelo para este sitio o use otra forma de verificación en el equipo.',
    'Approve password resets on this phone': 'Aprobar restablecimientos de contraseña en este teléfono',
    "This phone isn't set up yet.": 'Este teléfono aún no está configurado.',
    'On a computer, sign in and open': 'En un equipo, inicie sesión y abra',
    'Keep your account secure': 'Proteger su cuenta',
    '(your security info).': '(su información de seguridad).',
    'Choose': 'Elija',
    'Set up the Latchkey app': 'Configurar la aplicación Latchkey',
    "Scan the QR code with this phone's camera.": 'Escanee el código QR con la cámara de este teléfono.',
    'Or paste the setup link': 'O pegue el vínculo de configuración',
    'The link under the QR code, starting with the address of this site.': 'El vínculo que aparece bajo el código QR, que empieza por la dirección de este sitio.',
    'Continue': 'Continuar',
    'Add this phone to your account': 'Agregar este teléfono a su cuenta',
    "When you reset your password, you'll get a notification here and type the number shown on the screen to approve it.": 'Cuando restablezca su contraseña, recibirá aquí una notificación y escribirá el número que aparece en la pantalla para aprobarlo.',
    'Name for this phone': 'Nombre de este teléfono',
    'So you can tell your phones apart, e.g. "Work phone".': 'Para distinguir sus teléfonos, por ejemplo, "Teléfono del trabajo".',
    'Add this phone': 'Agregar este teléfono',
    "You'll be asked to allow notifications. Latchkey only sends them when someone tries to reset your password.": 'Se le pedirá que permita las notificaciones. Latchkey solo las envía cuando alguien intenta restablecer su contraseña.',
    "Replace this phone's account?": '¿Reemplazar la cuenta de este teléfono?',
    'If you replace it, this phone stops getting requests for that account, and gets them for the account of the new setup link instead. To keep both, set up the new account on another phone.': 'Si la reemplaza, este teléfono dejará de recibir solicitudes para esa cuenta y las recibirá para la cuenta del nuevo vínculo de configuración. Para conservar ambas, configure la nueva cuenta en otro teléfono.',
    'Replace it': 'Reemplazar',
    'Keep the current account': 'Conservar la cuenta actual',
    "This browser can't receive notifications": 'Este explorador no puede recibir notificaciones',
    "This browser doesn't support web notifications. Open this page in Chrome, Edge, Firefox or Safari.": 'Este explorador no admite notificaciones web. Abra esta página en Chrome, Edge, Firefox o Safari.',
    'On an iPhone or iPad, Latchkey must be on your home screen first (iOS 16.4 or later):': 'En un iPhone o iPad, Latchkey debe estar primero en la pantalla de inicio (iOS 16.4 o posterior):',
    'Tap': 'Pulse',
    'Copy the setup link': 'Copiar el vínculo de configuración',
    'below.': 'abajo.',
    'Tap the': 'En Safari, pulse el botón',
    'Share': 'Compartir',
    'button in Safari, then': 'y, después,',
    'Add to Home Screen': 'Añadir a pantalla de inicio',
    ', then': 'y',
    'Add': 'Añadir',
    'Open': 'Abra',
    'from your home screen and paste the link.': 'desde la pantalla de inicio y pegue el vínculo.',
    'This phone is set up': 'Este teléfono está configurado',
    'Phone': 'Teléfono',
    'Account': 'Cuenta',
    'Organization': 'Organización',
    'When you reset your password, a notification comes to this phone. Tap it and type the number shown on the screen.': 'Cuando restablezca su contraseña, llegará una notificación a este teléfono. Púlsela y escriba el número que aparece en la pantalla.',
    'Are you trying to reset your password?': '¿Está intentando restablecer su contraseña?',
    'Asking to': 'Solicitud',
    'From': 'Desde',
    'When': 'Cuándo',
    'Time left': 'Tiempo restante',
    'Enter the number shown on the screen': 'Escriba el número que aparece en la pantalla',
    'Only approve if you started this yourself and see the same number.': 'Apruebe solo si usted mismo inició esto y ve el mismo número.',
    'Approve': 'Aprobar',
    'Deny': 'Denegar',
    "This wasn't me": 'No fui yo',
    'Report this request?': '¿Notificar esta solicitud?',
    "The request is refused, sign-in to your account is blocked, and your administrators are told someone else tried to reset your password. Ask them to unblock your account when it's safe again.": 'Se rechaza la solicitud, se bloquea el inicio de sesión en su cuenta y se informa a los administradores de que otra persona intentó restablecer su contraseña. Pídales que desbloqueen su cuenta cuando vuelva a ser seguro.',
    "Yes, it wasn't me": 'Sí, no fui yo',
    'Go back': 'Volver',
    'This setup link has expired or was already used. On the computer, start again to get a new QR code.': 'Este vínculo de configuración expiró o ya se usó. En el equipo, vuelva a empezar para obtener un nuevo código QR.',
    "Your organization doesn't accept notifications through this browser's push service. Try another browser on this phone, or contact your administrator.": 'Su organización no acepta notificaciones a través del servicio push de este explorador. Pruebe con otro explorador en este teléfono o póngase en contacto con el administrador.',
    'You already have the most phones allowed. On the computer, remove one on Keep your account secure, then try again.': 'Ya tiene el número máximo de teléfonos permitidos. En el equipo, quite uno en "Proteger su cuenta" y vuelva a intentarlo.',
    "The details of this phone weren't accepted. On the computer, start again to get a new QR code.": 'No se aceptaron los datos de este teléfono. En el equipo, vuelva a empezar para obtener un nuevo código QR.',
    'Notifications are blocked for this site. Allow them in your browser\'s site settings (on iPhone: Settings › Notifications › Latchkey), then tap "Add this phone" again.': 'Las notificaciones están bloqueadas para este sitio. Permítalas en la configuración del sitio del explorador (en iPhone: Ajustes › Notificaciones › Latchkey) y vuelva a pulsar "Agregar este teléfono".',
    'Latchkey needs to send you notifications. Tap "Add this phone" again and choose Allow.': 'Latchkey necesita enviarle notificaciones. Vuelva a pulsar "Agregar este teléfono" y elija Permitir.',
    "Can't reach the server. Check your connection and try again.": 'No se puede conectar con el servidor. Compruebe la conexión y vuelva a intentarlo.',
    'Something went wrong on the server. Try again in a moment.': 'Se produjo un error en el servidor. Vuelva a intentarlo en un momento.',
    "This browser couldn't subscribe to notifications. Try again, or use another browser.": 'Este explorador no pudo suscribirse a las notificaciones. Vuelva a intentarlo o use otro explorador.',
    'Something went wrong. Try again.': 'Se produjo un error. Vuelva a intentarlo.',
    'This phone is set up for {user} at {org}. Replace it with the new account?': 'Este teléfono está configurado para {user} en {org}. ¿Reemplazarla por la nueva cuenta?',
    'This page must be opened over a secure (https) connection. Scan the QR code again, or ask your administrator.': 'Esta página debe abrirse a través de una conexión segura (https). Vuelva a escanear el código QR o consulte al administrador.',
    "This browser can't keep the phone's key (private browsing?). Open the link in a normal browser window.": 'Este explorador no puede guardar la clave del teléfono (¿navegación privada?). Abra el vínculo en una ventana normal del explorador.',
    "This browser doesn't support web notifications. Open the link in Chrome, Edge, Firefox or Safari.": 'Este explorador no admite notificaciones web. Abra el vínculo en Chrome, Edge, Firefox o Safari.',
    'On an iPhone or iPad, notifications only work once Latchkey is on your home screen.': 'En un iPhone o iPad, las notificaciones solo funcionan cuando Latchkey está en la pantalla de inicio.',
    'Notifications need iOS 16.4 or later. Update your phone in Settings › General › Software Update, then try again.': 'Las notificaciones requieren iOS 16.4 o posterior. Actualice el teléfono en Ajustes › General › Actualización de software y vuelva a intentarlo.',
    'Enter a name for this phone.': 'Escriba un nombre para este teléfono.',
    'Setting up this phone…': 'Configurando este teléfono…',
    'This phone is set up for {user} at {org}.': 'Este teléfono está configurado para {user} en {org}.',
    "Notifications are blocked for this site, so reset requests can't reach this phone. Allow them in the browser's site settings.": 'Las notificaciones están bloqueadas para este sitio, por lo que las solicitudes de restablecimiento no pueden llegar a este teléfono. Permítalas en la configuración del sitio del explorador.',
    'This phone no longer receives notifications. On the computer, remove it on Keep your account secure and add it again.': 'Este teléfono ya no recibe notificaciones. En el equipo, quítelo en "Proteger su cuenta" y vuelva a agregarlo.',
    "That isn't a setup link for this site. Copy the whole link shown under the QR code.": 'Ese no es un vínculo de configuración de este sitio. Copie el vínculo completo que aparece bajo el código QR.',
    'Copied. Now add Latchkey to your home screen.': 'Copiado. Ahora agregue Latchkey a la pantalla de inicio.',
    "Couldn't copy. Use the link under the QR code on the computer instead.": 'No se pudo copiar. Use en su lugar el vínculo que aparece bajo el código QR en el equipo.',
    'Approved': 'Aprobada',
    'Go back to the computer to choose your new password.': 'Vuelva al equipo para elegir su nueva contraseña.',
    'Denied': 'Denegada',
    'The request was refused. Nothing has changed.': 'Se rechazó la solicitud. No ha cambiado nada.',
    'Reported': 'Notificada',
    "The request was refused and reported to your administrator. Your password hasn't changed.": 'Se rechazó la solicitud y se notificó al administrador. Su contraseña no ha cambiado.',
    "That number doesn't match": 'Ese número no coincide',
    'The request was refused; start again on the computer.': 'Se rechazó la solicitud; vuelva a empezar en el equipo.',
    'Already answered': 'Ya respondida',
    'This request was answered before. Nothing more to do here.': 'Esta solicitud ya se respondió. No hay nada más que hacer aquí.',
    'This request has expired': 'Esta solicitud ha expirado',
    'If you still need to reset your password, start again on the computer.': 'Si todavía necesita restablecer su contraseña, vuelva a empezar en el equipo.',
    "We can't find this request": 'No se encuentra esta solicitud',
    'It may have expired, or it was sent to another phone. Start again on the computer.': 'Puede que haya expirado o que se haya enviado a otro teléfono. Vuelva a empezar en el equipo.',
    "This phone's key wasn't accepted": 'No se aceptó la clave de este teléfono',
    'On the computer, remove this phone on Keep your account secure and add it again.': 'En el equipo, quite este teléfono en "Proteger su cuenta" y vuelva a agregarlo.',
    "This phone isn't set up": 'Este teléfono no está configurado',
    'Add it on the computer, on Keep your account secure, before approving requests.': 'Agréguelo en el equipo, en "Proteger su cuenta", antes de aprobar solicitudes.',
    "Can't reach the server": 'No se puede conectar con el servidor',
    'Check your connection, then open the notification again.': 'Compruebe la conexión y vuelva a abrir la notificación.',
    'Something went wrong': 'Se produjo un error',
    'Try again in a moment, or start again on the computer.': 'Vuelva a intentarlo en un momento o empiece de nuevo en el equipo.',
    '{at} (just now)': '{at} (ahora mismo)',
    '{s} seconds': '{s} segundos',
    '{m} min {s} s': '{m} min {s} s',
    'Loading the request…': 'Cargando la solicitud…',
    'Unknown': 'Desconocido',
    'Enter the two-digit number shown on the screen.': 'Escriba el número de dos dígitos que aparece en la pantalla.',
    'My phone': 'Mi teléfono',
    'Android phone': 'Teléfono Android',
    'Android tablet': 'Tableta Android',
  },
  ar: {
    'Loading…': 'جارٍ التحميل…',
    'This app needs JavaScript. Turn it on for this site, or use another way to verify on the computer.': 'يحتاج هذا التطبيق إلى JavaScript. قم بتشغيله لهذا الموقع، أو استخدم طريقة أخرى للتحقق على الكمبيوتر.',
    'Approve password resets on this phone': 'الموافقة على عمليات إعادة تعيين كلمة المرور على هذا الهاتف',
    "This phone isn't set up yet.": 'لم يتم إعداد هذا الهاتف بعد.',
    'On a computer, sign in and open': 'على كمبيوتر، سجّل الدخول وافتح',
    'Keep your account secure': 'الحفاظ على أمان حسابك',
    '(your security info).': '(معلومات الأمان الخاصة بك).',
    'Choose': 'اختر',
    'Set up the Latchkey app': 'إعداد تطبيق Latchkey',
    "Scan the QR code with this phone's camera.": 'امسح رمز QR ضوئيًا بكاميرا هذا الهاتف.',
    'Or paste the setup link': 'أو الصق ارتباط الإعداد',
    'The link under the QR code, starting with the address of this site.': 'الارتباط الموجود أسفل رمز QR، والذي يبدأ بعنوان هذا الموقع.',
    'Continue': 'متابعة',
    'Add this phone to your account': 'إضافة هذا الهاتف إلى حسابك',
    "When you reset your password, you'll get a notification here and type the number shown on the screen to approve it.": 'عند إعادة تعيين كلمة المرور، ستتلقى إشعارًا هنا وتكتب الرقم المعروض على الشاشة للموافقة.',
    'Name for this phone': 'اسم هذا الهاتف',
    'So you can tell your phones apart, e.g. "Work phone".': 'لتتمكن من التمييز بين هواتفك، مثل "هاتف العمل".',
    'Add this phone': 'إضافة هذا الهاتف',
    "You'll be asked to allow notifications. Latchkey only sends them when someone tries to reset your password.": 'سيُطلب منك السماح بالإشعارات. لا يرسلها Latchkey إلا عندما يحاول شخص ما إعادة تعيين كلمة المرور الخاصة بك.',
    "Replace this phone's account?": 'هل تريد استبدال حساب هذا الهاتف؟',
    'If you replace it, this phone stops getting requests for that account, and gets them for the account of the new setup link instead. To keep both, set up the new account on another phone.': 'إذا استبدلته، فسيتوقف هذا الهاتف عن تلقي الطلبات لذلك الحساب، وسيتلقاها بدلاً من ذلك لحساب ارتباط الإعداد الجديد. للاحتفاظ بكليهما، قم بإعداد الحساب الجديد على هاتف آخر.',
    'Replace it': 'استبدال',
    'Keep the current account': 'الاحتفاظ بالحساب الحالي',
    "This browser can't receive notifications": 'لا يمكن لهذا المستعرض تلقي الإشعارات',
    "This browser doesn't support web notifications. Open this page in Chrome, Edge, Firefox or Safari.": 'لا يدعم هذا المستعرض إشعارات الويب. افتح هذه الصفحة في Chrome أو Edge أو Firefox أو Safari.',
    'On an iPhone or iPad, Latchkey must be on your home screen first (iOS 16.4 or later):': 'على iPhone أو iPad، يجب أن يكون Latchkey على الشاشة الرئيسية أولاً (iOS 16.4 أو إصدار أحدث):',
    'Tap': 'اضغط على',
    'Copy the setup link': 'نسخ ارتباط الإعداد',
    'below.': 'أدناه.',
    'Tap the': 'اضغط على زر',
    'Share': 'مشاركة',
    'button in Safari, then': 'في Safari، ثم',
    'Add to Home Screen': 'إضافة إلى الشاشة الرئيسية',
    ', then': '، ثم',
    'Add': 'إضافة',
    'Open': 'افتح',
    'from your home screen and paste the link.': 'من الشاشة الرئيسية والصق الارتباط.',
    'This phone is set up': 'تم إعداد هذا الهاتف',
    'Phone': 'الهاتف',
    'Account': 'الحساب',
    'Organization': 'المؤسسة',
    'When you reset your password, a notification comes to this phone. Tap it and type the number shown on the screen.': 'عند إعادة تعيين كلمة المرور، يصل إشعار إلى هذا الهاتف. اضغط عليه واكتب الرقم المعروض على الشاشة.',
    'Are you trying to reset your password?': 'هل تحاول إعادة تعيين كلمة المرور الخاصة بك؟',
    'Asking to': 'الطلب',
    'From': 'من',
    'When': 'الوقت',
    'Time left': 'الوقت المتبقي',
    'Enter the number shown on the screen': 'أدخل الرقم المعروض على الشاشة',
    'Only approve if you started this yourself and see the same number.': 'لا توافق إلا إذا كنت أنت من بدأ ذلك وترى الرقم نفسه.',
    'Approve': 'موافقة',
    'Deny': 'رفض',
    "This wasn't me": 'لم أكن أنا',
    'Report this request?': 'هل تريد الإبلاغ عن هذا الطلب؟',
    "The request is refused, sign-in to your account is blocked, and your administrators are told someone else tried to reset your password. Ask them to unblock your account when it's safe again.": 'سيتم رفض الطلب وحظر تسجيل الدخول إلى حسابك وإبلاغ المسؤولين بأن شخصًا آخر حاول إعادة تعيين كلمة المرور الخاصة بك. اطلب منهم إلغاء حظر حسابك عندما يصبح الوضع آمنًا مرة أخرى.',
    "Yes, it wasn't me": 'نعم، لم أكن أنا',
    'Go back': 'رجوع',
    'This setup link has expired or was already used. On the computer, start again to get a new QR code.': 'انتهت صلاحية ارتباط الإعداد هذا أو تم استخدامه بالفعل. ابدأ من جديد على الكمبيوتر للحصول على رمز QR جديد.',
    "Your organization doesn't accept notifications through this browser's push service. Try another browser on this phone, or contact your administrator.": 'لا تقبل مؤسستك الإشعارات عبر خدمة الدفع لهذا المستعرض. جرّب مستعرضًا آخر على هذا الهاتف، أو اتصل بالمسؤول.',
    'You already have the most phones allowed. On the computer, remove one on Keep your account secure, then try again.': 'لديك بالفعل الحد الأقصى المسموح به من الهواتف. على الكمبيوتر، قم بإزالة أحدها في "الحفاظ على أمان حسابك"، ثم حاول مرة أخرى.',
    "The details of this phone weren't accepted. On the computer, start again to get a new QR code.": 'لم يتم قبول تفاصيل هذا الهاتف. ابدأ من جديد على الكمبيوتر للحصول على رمز QR جديد.',
    'Notifications are blocked for this site. Allow them in your browser\'s site settings (on iPhone: Settings › Notifications › Latchkey), then tap "Add this phone" again.': 'الإشعارات محظورة لهذا الموقع. اسمح بها في إعدادات الموقع في المستعرض (على iPhone: الإعدادات › الإشعارات › Latchkey)، ثم اضغط على "إضافة هذا الهاتف" مرة أخرى.',
    'Latchkey needs to send you notifications. Tap "Add this phone" again and choose Allow.': 'يحتاج Latchkey إلى إرسال إشعارات إليك. اضغط على "إضافة هذا الهاتف" مرة أخرى واختر السماح.',
    "Can't reach the server. Check your connection and try again.": 'تعذر الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى.',
    'Something went wrong on the server. Try again in a moment.': 'حدث خطأ ما على الخادم. حاول مرة أخرى بعد قليل.',
    "This browser couldn't subscribe to notifications. Try again, or use another browser.": 'تعذر على هذا المستعرض الاشتراك في الإشعارات. حاول مرة أخرى، أو استخدم مستعرضًا آخر.',
    'Something went wrong. Try again.': 'حدث خطأ ما. حاول مرة أخرى.',
    'This phone is set up for {user} at {org}. Replace it with the new account?': 'تم إعداد هذا الهاتف للمستخدم {user} لدى {org}. هل تريد استبداله بالحساب الجديد؟',
    'This page must be opened over a secure (https) connection. Scan the QR code again, or ask your administrator.': 'يجب فتح هذه الصفحة عبر اتصال آمن (https). امسح رمز QR ضوئيًا مرة أخرى، أو اسأل المسؤول.',
    "This browser can't keep the phone's key (private browsing?). Open the link in a normal browser window.": 'لا يمكن لهذا المستعرض الاحتفاظ بمفتاح الهاتف (تصفح خاص؟). افتح الارتباط في نافذة مستعرض عادية.',
    "This browser doesn't support web notifications. Open the link in Chrome, Edge, Firefox or Safari.": 'لا يدعم هذا المستعرض إشعارات الويب. افتح الارتباط في Chrome أو Edge أو Firefox أو Safari.',
    'On an iPhone or iPad, notifications only work once Latchkey is on your home screen.': 'على iPhone أو iPad، لا تعمل الإشعارات إلا بعد إضافة Latchkey إلى الشاشة الرئيسية.',
    'Notifications need iOS 16.4 or later. Update your phone in Settings › General › Software Update, then try again.': 'تتطلب الإشعارات iOS 16.4 أو إصدارًا أحدث. حدّث هاتفك من الإعدادات › عام › تحديث البرنامج، ثم حاول مرة أخرى.',
    'Enter a name for this phone.': 'أدخل اسمًا لهذا الهاتف.',
    'Setting up this phone…': 'جارٍ إعداد هذا الهاتف…',
    'This phone is set up for {user} at {org}.': 'تم إعداد هذا الهاتف للمستخدم {user} لدى {org}.',
    "Notifications are blocked for this site, so reset requests can't reach this phone. Allow them in the browser's site settings.": 'الإشعارات محظورة لهذا الموقع، لذا لا يمكن أن تصل طلبات إعادة التعيين إلى هذا الهاتف. اسمح بها في إعدادات الموقع في المستعرض.',
    'This phone no longer receives notifications. On the computer, remove it on Keep your account secure and add it again.': 'لم يعد هذا الهاتف يتلقى الإشعارات. على الكمبيوتر، قم بإزالته في "الحفاظ على أمان حسابك" وأضفه مرة أخرى.',
    "That isn't a setup link for this site. Copy the whole link shown under the QR code.": 'هذا ليس ارتباط إعداد لهذا الموقع. انسخ الارتباط الكامل المعروض أسفل رمز QR.',
    'Copied. Now add Latchkey to your home screen.': 'تم النسخ. أضف الآن Latchkey إلى الشاشة الرئيسية.',
    "Couldn't copy. Use the link under the QR code on the computer instead.": 'تعذر النسخ. استخدم بدلاً من ذلك الارتباط الموجود أسفل رمز QR على الكمبيوتر.',
    'Approved': 'تمت الموافقة',
    'Go back to the computer to choose your new password.': 'ارجع إلى الكمبيوتر لاختيار كلمة المرور الجديدة.',
    'Denied': 'تم الرفض',
    'The request was refused. Nothing has changed.': 'تم رفض الطلب. لم يتغير شيء.',
    'Reported': 'تم الإبلاغ',
    "The request was refused and reported to your administrator. Your password hasn't changed.": 'تم رفض الطلب وإبلاغ المسؤول عنه. لم تتغير كلمة المرور الخاصة بك.',
    "That number doesn't match": 'هذا الرقم غير مطابق',
    'The request was refused; start again on the computer.': 'تم رفض الطلب؛ ابدأ من جديد على الكمبيوتر.',
    'Already answered': 'تم الرد بالفعل',
    'This request was answered before. Nothing more to do here.': 'تم الرد على هذا الطلب من قبل. لا حاجة إلى فعل شيء آخر هنا.',
    'This request has expired': 'انتهت صلاحية هذا الطلب',
    'If you still need to reset your password, start again on the computer.': 'إذا كنت لا تزال بحاجة إلى إعادة تعيين كلمة المرور، فابدأ من جديد على الكمبيوتر.',
    "We can't find this request": 'تعذر العثور على هذا الطلب',
    'It may have expired, or it was sent to another phone. Start again on the computer.': 'ربما انتهت صلاحيته، أو تم إرساله إلى هاتف آخر. ابدأ من جديد على الكمبيوتر.',
    "This phone's key wasn't accepted": 'لم يتم قبول مفتاح هذا الهاتف',
    'On the computer, remove this phone on Keep your account secure and add it again.': 'على الكمبيوتر، قم بإزالة هذا الهاتف في "الحفاظ على أمان حسابك" وأضفه مرة أخرى.',
    "This phone isn't set up": 'لم يتم إعداد هذا الهاتف',
    'Add it on the computer, on Keep your account secure, before approving requests.': 'أضفه على الكمبيوتر في "الحفاظ على أمان حسابك" قبل الموافقة على الطلبات.',
    "Can't reach the server": 'تعذر الوصول إلى الخادم',
    'Check your connection, then open the notification again.': 'تحقق من الاتصال، ثم افتح الإشعار مرة أخرى.',
    'Something went wrong': 'حدث خطأ ما',
    'Try again in a moment, or start again on the computer.': 'حاول مرة أخرى بعد قليل، أو ابدأ من جديد على الكمبيوتر.',
    '{at} (just now)': '{at} (الآن)',
    '{s} seconds': '{s} ثانية',
    '{m} min {s} s': '{m} د {s} ث',
    'Loading the request…': 'جارٍ تحميل الطلب…',
    'Unknown': 'غير معروف',
    'Enter the two-digit number shown on the screen.': 'أدخل الرقم المكون من خانتين المعروض على الشاشة.',
    'My phone': 'هاتفي',
    'Android phone': 'هاتف Android',
    'Android tablet': 'جهاز لوحي Android',
  },
};

/** The phone's language among ours (en, de, fr, es, ar), by navigator.languages. */
const LANG = (() => {
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
  for (const tag of wanted) {
    const code = String(tag || '').toLowerCase().split(/[-_]/)[0];
    if (code === 'en' || Object.hasOwn(TEXTS, code)) return code;
  }
  return 'en';
})();

/** `english` in the phone's language, with `{name}` filled from `args`; English when untranslated. */
function tx(english, args = {}) {
  const text = (TEXTS[LANG] && TEXTS[LANG][english]) || english;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}

/** Translates the page's own texts (text node by text node) and sets its language and direction. */
function translatePage() {
  document.documentElement.lang = LANG;
  document.documentElement.dir = LANG === 'ar' ? 'rtl' : 'ltr';
  if (LANG === 'en') return;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.nodeValue;
    const trimmed = text.trim();
    if (!trimmed) continue;
    const translated = tx(trimmed);
    if (translated === trimmed) continue;
    const lead = text.slice(0, text.indexOf(trimmed));
    const trail = text.slice(text.indexOf(trimmed) + trimmed.length);
    node.nodeValue = lead + translated + trail;
  }
}

// ------------------------------------------------------------------ storage

const DB_NAME = 'latchkey';
const STORE = 'device';
const DEVICE_KEY = 'current';

function openDb() {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function inStore(mode, act) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = act(t.objectStore(STORE));
      t.oncomplete = () => resolve(req.result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

/** The device record: {device_id, name, user, organization, keyPair, created}, or undefined. */
const loadDevice = () => inStore('readonly', (s) => s.get(DEVICE_KEY));
const saveDevice = (device) => inStore('readwrite', (s) => s.put(device, DEVICE_KEY));

// ------------------------------------------------------------------ helpers

function b64url(buffer) {
  let s = '';
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(text) {
  const s = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(s + '==='.slice((s.length + 3) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Whether `a` (an ArrayBuffer or a view, or nothing) holds the bytes of `b`. */
function sameBytes(a, b) {
  if (!a) return false;
  const x = ArrayBuffer.isView(a) ? new Uint8Array(a.buffer, a.byteOffset, a.byteLength) : new Uint8Array(a);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}

/** A refusal from the server (its `code`) or of this phone (`offline`, `blocked`, …). */
class Problem extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

/** Calls the server's app API; resolves {data, serverNow} or throws a Problem with its code. */
async function api(path, body) {
  let res;
  try {
    res = await fetch(path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store',
    });
  } catch {
    throw new Problem('offline');
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    /* an empty or non-JSON answer */
  }
  if (!res.ok) throw new Problem(data?.code || (res.status >= 500 ? 'server' : 'invalid_request'));
  const date = Date.parse(res.headers.get('date') || '');
  return { data, serverNow: Number.isNaN(date) ? Date.now() : date };
}

const VIEWS = ['loading', 'welcome', 'enrol', 'replace', 'unsupported', 'ready', 'request', 'result'];
let current = 'loading';

/** Shows one view; moves focus to its heading unless `focus` is false (first paint). */
function show(name, { focus = true } = {}) {
  if (name !== 'request' && name !== 'loading') clearInterval(ticker);
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== name;
  current = name;
  const title = $(`${name}-title`);
  if (focus && title) title.focus();
  window.scrollTo(0, 0);
}

function setText(id, text) {
  $(id).textContent = text;
}

function isIos() {
  return /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
}

function isStandalone() {
  return navigator.standalone === true || window.matchMedia('(display-mode: standalone)').matches;
}

/** What this phone lacks for notifications, or '' when it has everything. */
function missingSupport() {
  if (!window.isSecureContext || !window.crypto?.subtle) return 'insecure';
  if (!('indexedDB' in window)) return 'storage';
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    return isIos() ? (isStandalone() ? 'ios_old' : 'ios_browser') : 'push';
  }
  return '';
}

/** A name for this phone to start from ("Android phone", "iPhone"). */
function defaultName() {
  const ua = navigator.userAgent;
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)) return 'iPad';
  const platform = navigator.userAgentData?.platform || '';
  if (/Android/i.test(platform) || /Android/.test(ua)) {
    return navigator.userAgentData?.mobile === false ? tx('Android tablet') : tx('Android phone');
  }
  if (platform && platform !== 'Unknown') return `${platform} device`;
  return tx('My phone');
}

// ------------------------------------------------------------------ service worker

/** Registers /app/sw.js and waits until it is active. */
async function activeRegistration() {
  const reg = await navigator.serviceWorker.register('/app/sw.js', { scope: SCOPE, updateViaCache: 'none' });
  if (reg.active) return reg;
  const worker = reg.installing || reg.waiting;
  await new Promise((resolve) => {
    if (!worker) { resolve(); return; }
    const done = () => { if (worker.state === 'activated' || worker.state === 'redundant') resolve(); };
    worker.addEventListener('statechange', done);
    done();
  });
  return reg;
}

// ------------------------------------------------------------------ enrolment

const ENROL_PROBLEMS = {
  invalid_token: 'This setup link has expired or was already used. On the computer, start again to get a new QR code.',
  endpoint_not_allowed: "Your organization doesn't accept notifications through this browser's push service. Try another browser on this phone, or contact your administrator.",
  limit_reached: 'You already have the most phones allowed. On the computer, remove one on Keep your account secure, then try again.',
  invalid_request: "The details of this phone weren't accepted. On the computer, start again to get a new QR code.",
  blocked: 'Notifications are blocked for this site. Allow them in your browser\'s site settings (on iPhone: Settings › Notifications › Latchkey), then tap "Add this phone" again.',
  dismissed: 'Latchkey needs to send you notifications. Tap "Add this phone" again and choose Allow.',
  offline: "Can't reach the server. Check your connection and try again.",
  server: 'Something went wrong on the server. Try again in a moment.',
  push: "This browser couldn't subscribe to notifications. Try again, or use another browser.",
  unknown: 'Something went wrong. Try again.',
};

let enrolToken = '';

/**
 * Opens a setup link. A phone already set up for an account asks first: enrolling
 * replaces the device it keeps, so it would stop answering for that account.
 */
async function startEnrol(token) {
  enrolToken = token;
  const known = await loadDevice().catch(() => undefined);
  if (known) {
    setText('replace-text', tx('This phone is set up for {user} at {org}. Replace it with the new account?', { user: known.user, org: known.organization }));
    show('replace', { focus: current !== 'loading' });
    return;
  }
  enrolForm();
}

/** The enrolment form (or why this browser can't enrol). */
function enrolForm() {
  const missing = missingSupport();
  if (missing) {
    showUnsupported(missing);
    return;
  }
  const name = $('device-name');
  if (!name.value) name.value = defaultName();
  setText('enrol-error', '');
  setText('enrol-status', '');
  show('enrol');
}

function showUnsupported(missing) {
  const texts = {
    insecure: 'This page must be opened over a secure (https) connection. Scan the QR code again, or ask your administrator.',
    storage: "This browser can't keep the phone's key (private browsing?). Open the link in a normal browser window.",
    push: "This browser doesn't support web notifications. Open the link in Chrome, Edge, Firefox or Safari.",
    ios_browser: 'On an iPhone or iPad, notifications only work once Latchkey is on your home screen.',
    ios_old: 'Notifications need iOS 16.4 or later. Update your phone in Settings › General › Software Update, then try again.',
  };
  setText('unsupported-text', tx(texts[missing] || texts.push));
  $('unsupported-ios').hidden = missing !== 'ios_browser' || !enrolToken;
  show('unsupported', { focus: current !== 'loading' });
}

async function enrol(event) {
  event.preventDefault();
  const nameInput = $('device-name');
  const name = nameInput.value.trim();
  setText('enrol-error', '');
  if (!name) {
    nameInput.setAttribute('aria-invalid', 'true');
    nameInput.setAttribute('aria-describedby', 'enrol-error device-name-hint');
    setText('enrol-error', tx('Enter a name for this phone.'));
    nameInput.focus();
    return;
  }
  nameInput.removeAttribute('aria-invalid');
  nameInput.setAttribute('aria-describedby', 'device-name-hint');
  const button = $('enrol-button');
  button.disabled = true;
  let subscription = null; // made by this attempt (undone when it fails)
  try {
    // Asked first, while the tap still counts as the user's gesture (Safari needs that).
    const permission = await Notification.requestPermission();
    if (permission === 'denied') throw new Problem('blocked');
    if (permission !== 'granted') throw new Problem('dismissed');
    setText('enrol-status', tx('Setting up this phone…'));
    const { data: vapid } = await api('/app/api/vapid');
    const reg = await activeRegistration();
    const serverKey = fromB64url(vapid.public_key);
    // The private key can sign but can never be read, not even by this script.
    const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
    // A subscription this phone already has for this server is kept (a failed attempt
    // must not cut off the phone's earlier enrolment); one for another key is replaced.
    let current = await reg.pushManager.getSubscription();
    if (current && !sameBytes(current.options?.applicationServerKey, serverKey)) {
      await current.unsubscribe().catch(() => {});
      current = null;
    }
    if (!current) {
      try {
        subscription = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey });
      } catch (e) {
        throw new Problem(e?.name === 'NotAllowedError' ? 'blocked' : 'push');
      }
    }
    const sub = (current || subscription).toJSON();
    const { data: device } = await api('/app/api/enrol', {
      token: enrolToken,
      name,
      public_key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
      subscription: { endpoint: sub.endpoint, keys: { p256dh: sub.keys.p256dh, auth: sub.keys.auth } },
    });
    enrolToken = '';
    await saveDevice({
      device_id: device.device_id,
      name: device.name,
      user: device.user,
      organization: device.organization,
      keyPair,
      created: Date.now(),
    });
    await showReady(device, { focus: true });
  } catch (e) {
    if (subscription) await subscription.unsubscribe().catch(() => {});
    const code = e instanceof Problem ? e.code : 'unknown';
    setText('enrol-status', '');
    setText('enrol-error', tx(ENROL_PROBLEMS[code] || ENROL_PROBLEMS.unknown));
  } finally {
    button.disabled = false;
  }
}

async function showReady(device, { focus = false } = {}) {
  setText('ready-text', tx('This phone is set up for {user} at {org}.', { user: device.user, org: device.organization }));
  setText('ready-name', device.name);
  setText('ready-user', device.user);
  setText('ready-org', device.organization);
  const warning = $('ready-warning');
  warning.hidden = true;
  show('ready', { focus });
  // Keeps the worker current, and says so when notifications were turned off since.
  try {
    if (missingSupport()) return;
    const reg = await activeRegistration();
    const sub = await reg.pushManager.getSubscription();
    let text = '';
    if (Notification.permission === 'denied') {
      text = "Notifications are blocked for this site, so reset requests can't reach this phone. Allow them in the browser's site settings.";
    } else if (!sub) {
      text = "This phone no longer receives notifications. On the computer, remove it on Keep your account secure and add it again.";
    }
    warning.textContent = text ? tx(text) : '';
    warning.hidden = !text;
  } catch {
    /* the page still works for requests opened from a notification */
  }
}

function useSetupLink(event) {
  event.preventDefault();
  const input = $('setup-link');
  let token = '';
  try {
    const url = new URL(input.value.trim(), location.origin);
    if (url.origin === location.origin) token = new URLSearchParams(url.hash.slice(1)).get('enrol') || '';
  } catch {
    /* not a link */
  }
  if (!token) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'link-error setup-link-hint');
    setText('link-error', tx("That isn't a setup link for this site. Copy the whole link shown under the QR code."));
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  input.value = '';
  setText('link-error', '');
  return startEnrol(token);
}

async function copySetupLink() {
  const link = `${location.origin}${SCOPE}#enrol=${encodeURIComponent(enrolToken)}`;
  try {
    await navigator.clipboard.writeText(link);
    setText('copy-status', tx('Copied. Now add Latchkey to your home screen.'));
  } catch {
    setText('copy-status', tx("Couldn't copy. Use the link under the QR code on the computer instead."));
  }
}

// ------------------------------------------------------------------ requests

const RESULTS = {
  approved: ['good', 'Approved', 'Go back to the computer to choose your new password.'],
  denied: ['bad', 'Denied', 'The request was refused. Nothing has changed.'],
  reported: ['bad', 'Reported', "The request was refused and reported to your administrator. Your password hasn't changed."],
  wrong_number: ['bad', "That number doesn't match", 'The request was refused; start again on the computer.'],
  already_answered: ['neutral', 'Already answered', 'This request was answered before. Nothing more to do here.'],
  expired: ['neutral', 'This request has expired', 'If you still need to reset your password, start again on the computer.'],
  not_found: ['neutral', "We can't find this request", 'It may have expired, or it was sent to another phone. Start again on the computer.'],
  bad_signature: ['bad', "This phone's key wasn't accepted", 'On the computer, remove this phone on Keep your account secure and add it again.'],
  not_set_up: ['neutral', "This phone isn't set up", 'Add it on the computer, on Keep your account secure, before approving requests.'],
  offline: ['neutral', "Can't reach the server", 'Check your connection, then open the notification again.'],
  server: ['neutral', 'Something went wrong', 'Try again in a moment, or start again on the computer.'],
};

let request = null; // {id, expiresAt (local ms)}
let device = null;
let ticker = 0;

function showResult(status) {
  clearInterval(ticker);
  request = null;
  const [tone, title, text] = RESULTS[status] || RESULTS.server;
  $('result-box').dataset.tone = tone;
  setText('result-title', tx(title));
  setText('result-text', tx(text));
  show('result');
}

const minutes = (ms) => Math.round(ms / 60_000);

function when(createdMs, nowMs) {
  const at = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(createdMs));
  const ago = nowMs - createdMs;
  if (ago < 45_000) return tx('{at} (just now)', { at });
  const rtf = new Intl.RelativeTimeFormat(LANG, { numeric: 'auto' });
  return `${at} (${rtf.format(-Math.max(1, minutes(ago)), 'minute')})`;
}

function timeLeft(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(s / 60);
  if (m === 0) return tx('{s} seconds', { s });
  return tx('{m} min {s} s', { m, s: String(s % 60).padStart(2, '0') });
}

async function openRequest(id) {
  clearInterval(ticker);
  device = await loadDevice().catch(() => undefined);
  if (!device) { showResult('not_set_up'); return; }
  if (!ID.test(id)) { showResult('not_found'); return; }
  setText('loading-text', tx('Loading the request…'));
  show('loading', { focus: false });
  let got;
  try {
    got = await api(`/app/api/requests/${encodeURIComponent(id)}?device=${encodeURIComponent(device.device_id)}`);
  } catch (e) {
    showResult(e instanceof Problem && RESULTS[e.code] ? e.code : 'server');
    return;
  }
  const r = got.data;
  if (r.status !== 'pending') { showResult(r.status); return; }
  // The server's clock counts, not the phone's: times are shifted by the difference.
  const skew = got.serverNow - Date.now();
  const createdMs = r.created_at * 1000 - skew;
  request = { id: r.id || id, expiresAt: r.expires_at * 1000 - skew };
  setText('req-org', r.organization);
  setText('req-user', r.user);
  setText('req-action', r.action);
  setText('req-from', [r.ip, r.browser].filter(Boolean).join(' · ') || tx('Unknown'));
  const number = $('number');
  number.value = '';
  number.removeAttribute('aria-invalid');
  number.setAttribute('aria-describedby', 'number-hint');
  setText('number-error', '');
  setText('answer-error', '');
  setButtons(false);
  $('report-confirm').hidden = true;
  $('report').setAttribute('aria-expanded', 'false');
  const tick = () => {
    const now = Date.now();
    setText('req-when', when(createdMs, now));
    const left = request.expiresAt - now;
    setText('req-left', timeLeft(left));
    if (left <= 0) showResult('expired');
  };
  tick();
  ticker = setInterval(tick, 1000);
  show('request');
}

/** Shows (or hides) "Report this request?": reporting blocks sign-in, so it is asked. */
function confirmReport(open) {
  $('report-confirm').hidden = !open;
  $('report').setAttribute('aria-expanded', String(open));
  if (open) $('report-confirm-title').focus();
  else $('report').focus();
}

function setButtons(disabled) {
  for (const b of $('answer-form').querySelectorAll('button')) b.disabled = disabled;
}

async function answer(kind) {
  if (!request || !device) return;
  const input = $('number');
  const number = kind === 'approve' ? input.value.trim() : '';
  setText('answer-error', '');
  if (kind === 'approve' && !/^[0-9]{2}$/.test(number)) {
    setText('number-error', tx('Enter the two-digit number shown on the screen.'));
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'number-error number-hint');
    input.focus();
    return;
  }
  setText('number-error', '');
  input.removeAttribute('aria-invalid');
  input.setAttribute('aria-describedby', 'number-hint');
  setButtons(true);
  const { id } = request;
  try {
    const message = new TextEncoder().encode(`${SIGNED_PREFIX}\n${id}\n${kind}\n${number}`);
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, device.keyPair.privateKey, message);
    const { data } = await api(`/app/api/requests/${encodeURIComponent(id)}/answer`, {
      device_id: device.device_id,
      answer: kind,
      number,
      signature: b64url(signature),
    });
    showResult(data?.status || 'server');
  } catch (e) {
    const code = e instanceof Problem ? e.code : 'server';
    if (code === 'offline' || code === 'server' || code === 'invalid_request') {
      setText('answer-error', tx(code === 'offline'
        ? "Can't reach the server. Check your connection and try again."
        : 'Something went wrong. Try again.'));
      setButtons(false);
      return;
    }
    showResult(RESULTS[code] ? code : 'server');
  }
}

// ------------------------------------------------------------------ start

/** Reads the fragment (#enrol=… or #request=…), then drops it from the address. */
async function route({ focus = false } = {}) {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('enrol');
  const id = params.get('request');
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  if (token) { await startEnrol(token); return; }
  if (id) { await openRequest(id); return; }
  const known = await loadDevice().catch(() => undefined);
  if (known) { await showReady(known, { focus }); return; }
  show('welcome', { focus });
}

function init() {
  translatePage();
  const number = $('number');
  number.addEventListener('input', () => {
    const digits = number.value.replace(/[^0-9]/g, '').slice(0, 2);
    if (digits !== number.value) number.value = digits;
  });
  $('enrol-form').addEventListener('submit', enrol);
  $('link-form').addEventListener('submit', useSetupLink);
  $('copy-link').addEventListener('click', copySetupLink);
  $('answer-form').addEventListener('submit', (e) => { e.preventDefault(); answer('approve'); });
  $('deny').addEventListener('click', () => answer('deny'));
  $('report').addEventListener('click', () => confirmReport(true));
  $('report-no').addEventListener('click', () => confirmReport(false));
  $('report-yes').addEventListener('click', () => answer('report'));
  $('replace-confirm').addEventListener('click', enrolForm);
  $('replace-cancel').addEventListener('click', async () => {
    enrolToken = '';
    const known = await loadDevice().catch(() => undefined);
    if (known) await showReady(known, { focus: true });
    else show('welcome');
  });
  window.addEventListener('hashchange', () => route({ focus: true }));
  // A push that arrives while the app is open, or a tap on its notification.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', (e) => {
      const id = e.data?.type === 'latchkey-request' ? String(e.data.request || '') : '';
      if (!ID.test(id) || (current === 'request' && request?.id === id)) return;
      openRequest(id);
    });
    navigator.serviceWorker.startMessages?.();
  }
  route();
}

init();
