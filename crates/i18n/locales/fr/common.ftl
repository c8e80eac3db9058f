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
