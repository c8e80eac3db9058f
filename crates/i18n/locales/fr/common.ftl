layout-skip = Aller au contenu principal
layout-nav-main = Menu principal
layout-my-account = Mon compte
layout-admin-portal = Portail d'administration
layout-sign-out = Se déconnecter
layout-footer = { $org } · réinitialisation de mot de passe en libre-service par Latchkey
lang-picker-label = Langue
lang-picker-submit = Changer de langue

## Shared form pieces (templates/macros.html) and texts of static/latchkey.js.

common-error-prefix = Erreur :
common-error-summary = Un problème est survenu
common-strength = Force : { $label }.
common-not-accepted = Non accepté.
common-copied = Copié
common-copy-selected = Sélectionné : appuyez sur Ctrl+C
common-pow-checking = Vérification de votre navigateur. Cela prend un instant.

## Durations.

common-duration-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
common-duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
common-duration-hours-minutes = { $hours } { $minutes }
common-duration-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}

## Error pages.

page-error-home = Accéder à la page de connexion
page-error-render-failed = Un problème est survenu.
page-error-not-found-title = Nous ne trouvons pas cette page
page-error-not-found-text = La page demandée n’existe pas ou a été supprimée. Vérifiez l’adresse, ou revenez en arrière et réessayez.
page-error-bad-request-title = Un élément de la demande n’était pas correct
page-error-forbidden-title = Vous n’avez pas accès à cet élément
page-error-method-title = Cette adresse ne fonctionne pas de cette façon
page-error-method-text = Cette page ne peut pas être utilisée ainsi. Revenez en arrière et utilisez les liens et les boutons de la page.
page-error-csrf-title = Votre formulaire a expiré
page-error-csrf-text = Pour votre sécurité, les formulaires ne peuvent être envoyés que depuis la page à laquelle ils appartiennent, et ils expirent. Revenez en arrière, rechargez la page et réessayez.
page-error-too-large-title = Le texte était trop long
page-error-too-large-text = Le formulaire envoyé dépasse la taille acceptée. Raccourcissez votre saisie et réessayez.
page-error-busy-title = Nous sommes occupés pour le moment
page-error-busy-text = Trop de personnes se connectent ou modifient leur mot de passe en ce moment. Patientez quelques secondes et réessayez.
page-error-signin-unavailable-title = Impossible de vérifier les mots de passe pour le moment
page-error-signin-unavailable-text = L’annuaire de votre organisation ne répond pas : votre mot de passe ne peut donc pas être vérifié. Réessayez dans quelques minutes ; si le problème persiste, prévenez votre service informatique.
page-error-directory-title = Le mot de passe n’a pas été modifié
page-error-storage-title = Impossible d’enregistrer quoi que ce soit pour le moment
page-error-storage-text = Notre base de données ne répond pas pour le moment : rien de ce que vous avez envoyé n’a été enregistré. Patientez une minute et réessayez ; si le problème persiste, prévenez votre service informatique.
page-error-rate-limited-title = Trop de demandes
page-error-rate-limited-text = Nous venons de recevoir trop de demandes comme celle-ci depuis votre réseau, ou de la part de tous les utilisateurs. Patientez { $wait }, puis réessayez depuis la page où vous étiez (bouton Précédent de votre navigateur). Rien de ce que vous avez saisi n’a été utilisé.
page-error-wait-minutes = { $n ->
    [one] une minute
   *[other] { $n } minutes
}
page-error-wait-about-hour = environ une heure
page-error-wait-about-hours = environ { $n } heures
page-error-step-up-title = Confirmez votre identité
page-error-step-up-text = Pour votre sécurité, entrez à nouveau votre mot de passe avant de modifier vos informations de sécurité.
page-error-internal-title = Un problème est survenu
page-error-internal-text = Nous n’avons pas pu traiter votre demande. Réessayez dans un instant ; si le problème persiste, communiquez à votre administrateur la référence ci-dessous.
page-error-admin-only = Le portail d’administration est réservé aux administrateurs. Si vous avez besoin d’un accès, demandez-le à votre administrateur.
page-error-form-wrong-method = Cette adresse n’accepte que les formulaires envoyés depuis sa page.
page-error-form-timeout = Le formulaire a mis plus de { $time } à arriver ; il n’a donc pas été utilisé. Vérifiez votre connexion, revenez en arrière et renvoyez-le.
page-error-form-unreadable = Nous n’avons pas pu lire le formulaire envoyé. Rechargez la page et réessayez.
page-error-form-fields = Certains champs du formulaire étaient manquants ou incompréhensibles ({ $detail }). Rechargez la page et réessayez.
page-error-field-character = La valeur saisie dans le champ « { $field } » contient un caractère non autorisé (comme un caractère de contrôle invisible). Revenez en arrière et saisissez-la de nouveau.
page-error-field-too-long = La valeur saisie dans le champ « { $field } » est trop longue : { $max } caractères au maximum sont acceptés. Revenez en arrière et raccourcissez-la.
page-error-field-search = recherche
page-error-wrong-host = Ce serveur ne répond qu’à sa propre adresse. Vérifiez l’adresse que vous avez tapée.
page-error-bad-address = Cette adresse n’est pas valide. Vérifiez le lien, ou revenez en arrière et utilisez les liens de la page.

## The JSON API's error messages.

api-error-field-invalid = Un champ n’est pas valide.
api-error-step-up = La modification des informations de sécurité exige que le mot de passe ait été confirmé au cours des 10 dernières minutes ; rien n’a été modifié.
api-error-rate-limited = Trop de demandes depuis cette adresse ou au total ; réessayez dans { $secs ->
    [one] { $secs } seconde
   *[other] { $secs } secondes
}.
api-error-storage = La base de données est inaccessible ou ne peut pas enregistrer pour le moment ; rien n’a été modifié. Réessayez après le nombre de secondes indiqué par Retry-After.
api-error-internal = Un problème est survenu. Communiquez à votre administrateur le x-request-id de cette réponse.
api-error-not-found = Cette ressource n’existe pas.
api-error-conflict = « { $what } » existe déjà.
api-error-refused = Refusé : { $why }.
api-error-busy = Trop de mots de passe sont en cours de vérification. Réessayez dans quelques secondes.
api-error-csrf = Refusé.
api-error-too-large = Le corps de la demande dépasse 64 Kio.
api-error-method = Ce point de terminaison n’accepte pas cette méthode.
api-error-directory = Rien n’a été modifié : { $why }.
api-error-bad-character = Ce texte contient un caractère non autorisé (NUL, substitut non apparié ou octets qui ne sont pas de l’UTF-8).
api-error-too-long = Ce texte est trop long : { $max } caractères au maximum.
api-error-bad-path = Cette adresse n’est pas valide : une partie n’est pas du texte UTF-8, ou elle contient un NUL.

journey-ends = Cette page reste ouverte jusqu'à { $time }. Ensuite, vous devrez recommencer depuis le début.
journey-ends-extend = Cette page reste ouverte jusqu'à { $time }. Besoin de plus de temps ? Vous pouvez la prolonger une fois.
journey-extend = Me donner plus de temps

## Autres messages de l’API JSON (le `message` à côté du `code` stable ; les noms de
## champs, les codes et les mots JSON comme generate: true restent tels quels).

api-json-empty = Envoyez un objet JSON dans le corps de la requête.
api-json-not-object = Le corps doit être un objet JSON.
api-json-invalid-for-request = Le corps n’est pas un JSON valide pour cette requête : { $detail }
api-json-invalid = Le corps n’est pas un JSON valide : { $detail }
api-json-trailing = Le corps contient d’autres données après la valeur JSON : { $detail }
api-json-timeout = La réception du corps a pris plus de { $duration } ; envoyez-le de nouveau.
api-json-unreadable = Impossible de lire le corps.
api-query-unreadable = Impossible de lire la chaîne de requête.
api-query-unknown = Paramètre de requête inconnu. Ce point de terminaison accepte : { $names }.
api-query-once = Indiquez ce paramètre une seule fois.
api-query-max-chars = { $max ->
    [one] { $max } caractère au maximum.
   *[other] { $max } caractères au maximum.
}
api-query-whole-number = Indiquez un nombre entier compris entre { $min } et { $max }.
api-query-time = Indiquez une heure au format RFC 3339, par exemple 2026-11-22T09:30:00Z.
api-audit-result = Indiquez success ou failure.
api-auth-missing = Envoyez un jeton d’API : Authorization: Bearer lk_…
api-auth-malformed = L’en-tête Authorization doit être de la forme : Bearer lk_… (un jeton d’API).
api-auth-invalid = Ce jeton d’API n’est pas valide ou a été révoqué.
api-auth-owner-disabled = Le propriétaire de ce jeton d’API ne peut pas se connecter ; le jeton ne peut donc pas être utilisé.
api-auth-owner-not-admin = Le propriétaire de ce jeton d’API n’est plus administrateur.
api-auth-read-only = Ce jeton d’API permet uniquement la lecture. Utilisez un jeton avec l’étendue write.
api-branding-too-large = Le corps dépasse 400 Kio ; le logo ne peut pas dépasser 200 Kio.
api-branding-logo = Le logo doit être une image PNG, JPEG ou SVG en base64, ou null.
api-groups-not-found = Il n’existe aucun groupe avec cet ID.
api-groups-member-path = Utilisez { $users } ou { $groups }.
api-groups-not-member = { $kind ->
    [user] Cet utilisateur n’est pas membre direct de ce groupe.
   *[group] Ce groupe n’est pas membre direct de ce groupe.
}
api-methods-no-answers = Cet utilisateur n’a inscrit aucune réponse de sécurité.
api-methods-no-method = Cet utilisateur n’a aucune méthode avec cet ID.
api-ready-storage = La base de données ne répond pas ou ne peut pas écrire.
api-metrics-token = Les métriques nécessitent le jeton défini dans server.metrics_token.
api-no-endpoint = Ce point de terminaison d’API n’existe pas.
api-method-not-allowed = Ce point de terminaison n’accepte pas cette méthode ; consultez /api/v1/openapi.json.
api-reports-no-group = Ce groupe n’existe pas.
api-tokens-scope = L’étendue doit être read ou write.
api-tokens-no-owner = Il n’existe aucun utilisateur avec ce nom d’utilisateur.
api-tokens-self-revoke = Un jeton ne peut pas se révoquer lui-même. Révoquez-le avec un autre jeton, dans le portail (Portail d’administration → Jetons d’API) ou avec `latchkey token revoke`.
api-users-not-found = Il n’existe aucun utilisateur avec cet ID.
api-users-empty-password = Indiquez un mot de passe, ou omettez le champ pour qu’un mot de passe soit généré.
api-users-password-and-generate = Indiquez soit un mot de passe, soit generate: true, mais pas les deux.
api-users-password-or-generate = Indiquez un mot de passe, ou generate: true pour qu’un mot de passe soit généré.

## Requêtes de l’application Latchkey (/app/api/…).

api-app-no-request = Cette requête n’existe pas pour cet appareil.
api-app-failed = Une erreur s’est produite. Réessayez dans un instant.
api-app-only-app = Cette adresse accepte uniquement les requêtes de l’application Latchkey.
api-app-body-unreadable = Impossible de lire le corps de la requête.
api-app-not-json = La requête n’est pas le JSON attendu par cette adresse.
api-app-invalid = La valeur « { $what } » n’est pas valide.
api-app-invalid-token = Ce code de configuration est inconnu, a déjà été utilisé ou a expiré. Ouvrez de nouveau « Configurer l’application Latchkey » pour en obtenir un nouveau.
api-app-limit-reached = L’application Latchkey est déjà configurée sur 5 appareils pour ce compte. Supprimez-en d’abord un.
api-app-duplicate-name = Un autre de vos appareils porte déjà ce nom. Choisissez-en un autre.
api-app-not-allowed = Votre organisation ne propose pas l’application Latchkey pour votre compte.
api-app-endpoint-not-allowed = Le service push de ce navigateur n’est pas autorisé par votre organisation.
api-app-answer-word = La réponse doit être approve, deny ou report.
api-app-number-needed = Pour approuver, indiquez le nombre à deux chiffres affiché sur la page de réinitialisation ; pour refuser ou signaler, aucun nombre n’est nécessaire.
api-app-bad-signature = La signature de la réponse ne correspond pas à la clé de cet appareil.
api-app-already-answered = Il a déjà été répondu à cette requête.
api-app-expired = Cette requête a expiré. Recommencez depuis la page de réinitialisation si nécessaire.

## Le navigateur à l’origine de la demande, tel que l’affiche la demande d’approbation de
## l’application Latchkey.

push-device-unknown = Navigateur inconnu
push-device-browser-on = Un navigateur sous { $system }
push-device-on = { $browser } sous { $system }
push-action-reset = Réinitialiser votre mot de passe
