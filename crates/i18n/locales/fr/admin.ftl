## Admin portal menu (templates/admin/_nav.html).

admin-nav-label = Portail d'administration
admin-nav-home = Accueil
admin-nav-users = Utilisateurs
admin-nav-groups = Groupes
admin-nav-password-reset = Réinitialisation du mot de passe
admin-nav-protection = Protection par mot de passe
admin-nav-reports = Utilisation et insights
admin-nav-deliveries = Remises
admin-nav-tokens = Jetons d’API
admin-nav-audit = Journaux d’audit

## /admin: the admin portal's home.

admin-home-title = Portail d'administration
admin-home-failed = { $n ->
    [one] { $n } message n’a pas pu être remis au cours des dernières 24 heures.
   *[other] { $n } messages n’ont pas pu être remis au cours des dernières 24 heures.
}
admin-home-failed-text = Il est possible que des personnes ne reçoivent pas leurs codes de vérification ou leurs notifications.
admin-home-failed-link = Voir ce qui a échoué et pourquoi
admin-home-help-title = Les demandes d’aide n’atteignent personne.
admin-home-help-before = Lorsque des personnes sélectionnent
admin-home-help-after = , Latchkey envoie un e-mail aux administrateurs de mots de passe, sinon aux administrateurs généraux, mais aucun d’eux n’a d’adresse e-mail. Ajoutez-en une aux coordonnées d’un administrateur sous
admin-home-help-or = , ou inscrivez une adresse e-mail de récupération sur
admin-home-users = Utilisateurs
admin-home-manage-users = Gérer les utilisateurs
admin-home-new-user = Nouvel utilisateur
admin-home-groups = Groupes
admin-home-manage-groups = Gérer les groupes
admin-home-new-group = Nouveau groupe

## /admin/audit: the audit log.

admin-audit-title = Journaux d’audit
admin-audit-journey = Un parcours, étape par étape
admin-audit-correlation-id = ID de corrélation
admin-audit-back = Retour à tous les événements
admin-audit-from = Du (date)
admin-audit-to = Au (date)
admin-audit-activity = Activité
admin-audit-all-activities = Toutes les activités
admin-audit-actor = Initié par
admin-audit-target = Cible
admin-audit-result = Résultat
admin-audit-any = Tous
admin-audit-success = Réussite
admin-audit-failure = Échec
admin-audit-apply = Appliquer les filtres
admin-audit-clear = Effacer
admin-audit-count = { $n ->
    [one] { $n } événement
   *[other] { $n } événements
}
admin-audit-download = Télécharger au format JSON Lines
admin-audit-caption = Événements d’audit
admin-audit-caption-ordered = , dans l’ordre
admin-audit-caption-newest = , les plus récents en premier
admin-audit-col-time = Heure (UTC)
admin-audit-col-client = Client
admin-audit-col-details = Détails
admin-audit-open-journey = Ouvrir le parcours
admin-audit-pages = Pages
admin-audit-previous = Page précédente
admin-audit-next = Page suivante
admin-audit-page-of = Page { $page } sur { $pages }
admin-audit-error-from = Entrez la date de début au format AAAA-MM-JJ.
admin-audit-error-to = Entrez la date de fin au format AAAA-MM-JJ.

## /admin/deliveries: messages that couldn't be delivered.

admin-deliveries-title = Remises
admin-deliveries-intro = Les codes de vérification et les notifications sont envoyés par une file d’attente. Un message que le fournisseur d’e-mail ou de SMS a refusé, ou n’a pas accepté après plusieurs tentatives, est listé ici pendant 30 jours. Un code de vérification n’est jamais renvoyé (la personne a été informée qu’il n’a pas pu être envoyé et peut en demander un autre) ; une notification peut être renvoyée dès que le fournisseur fonctionne.
admin-deliveries-waiting = { $waiting ->
    [one] { $waiting } message est en attente d’envoi.
   *[other] { $waiting } messages sont en attente d’envoi.
}
admin-deliveries-failed = Non remis : { $today } au cours des dernières 24 heures ; { $total } au cours des 30 derniers jours.
admin-deliveries-none = Aucun échec de remise.
admin-deliveries-caption = Messages qui n’ont pas pu être remis, les plus récents en premier
admin-deliveries-col-given-up = Abandonné le
admin-deliveries-col-message = Message
admin-deliveries-col-user = Utilisateur
admin-deliveries-col-channel = Canal
admin-deliveries-col-tries = Tentatives
admin-deliveries-col-last-answer = Dernière réponse
admin-deliveries-col-actions = Actions
admin-deliveries-resend = Renvoyer
admin-deliveries-dismiss = Retirer de la liste
admin-deliveries-code = Code de vérification
admin-deliveries-queued = Le message est de nouveau en file d’attente ; il quittera cette liste une fois envoyé, ou y reviendra s’il échoue à nouveau.
admin-deliveries-gone = Ce message ne figure plus dans la liste.
admin-deliveries-removed = Retiré de la liste.

## /admin/reports: "Usage & insights".

admin-reports-title = Utilisation et insights
admin-reports-reminded = { $n ->
    [one] Un rappel a été envoyé à 1 utilisateur non inscrit.
   *[other] Rappels envoyés à { $n } utilisateurs non inscrits.
}
admin-reports-coverage = Couverture des inscriptions
admin-reports-percent = { $percent } %
admin-reports-coverage-text = { $registered } utilisateurs sur { $total } pouvant utiliser la réinitialisation de mot de passe en libre-service ont inscrit suffisamment de méthodes pour réinitialiser.
admin-reports-figure-note = Les mêmes chiffres figurent dans le tableau ci-dessous.
admin-reports-by-method = Utilisateurs inscrits par méthode
admin-reports-col-method = Méthode
admin-reports-col-users = Utilisateurs
admin-reports-col-of = Sur
admin-reports-by-group = Par groupe
admin-reports-group-chart = Inscription par groupe
admin-reports-group-caption = Inscription par groupe (les membres des groupes imbriqués comptent)
admin-reports-col-group = Groupe
admin-reports-col-registered = Inscrits
admin-reports-col-members = Membres concernés
admin-reports-activity = Réinitialisations et déverrouillages
admin-reports-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
admin-reports-succeeded = Réussi
admin-reports-failed = Échoué
admin-reports-blocked = Bloqué
admin-reports-day-table = Tableau : réinitialisations et déverrouillages par jour
admin-reports-day-caption = Par jour, { $days ->
    [one] dernier jour
   *[other] { $days } derniers jours
}
admin-reports-day-chart = Réinitialisations et déverrouillages par jour, { $days ->
    [one] dernier jour
   *[other] { $days } derniers jours
}
admin-reports-col-day = Jour
admin-reports-reasons = Motifs d’échec les plus fréquents
admin-reports-no-failures = Aucun échec au cours de cette période.
admin-reports-reasons-caption = Motifs d’échec
admin-reports-col-reason = Motif
admin-reports-col-count = Nombre
admin-reports-unregistered = Pas encore inscrits
admin-reports-all-registered = Tous les utilisateurs concernés se sont inscrits.
admin-reports-unregistered-count = { $n ->
    [one] { $n } utilisateur
   *[other] { $n } utilisateurs
}
admin-reports-download-csv = Télécharger au format CSV
admin-reports-remind-label = Envoyer un rappel d’inscription à
admin-reports-remind-everyone = Tous les utilisateurs non inscrits
admin-reports-remind-members = Membres de { $group }
admin-reports-remind-submit = Envoyer le rappel
admin-reports-bar = { $value } sur { $total } ({ $percent } %)
admin-reports-error-choose-group = Choisissez un groupe dans la liste.
admin-reports-error-no-group = Ce groupe n’existe pas. Choisissez un groupe dans la liste.
admin-reports-method-app-code = Code de l’application mobile
admin-reports-method-email = E-mail
admin-reports-method-mobile-phone = Téléphone mobile (SMS ou appel)
admin-reports-method-office-phone = Téléphone de bureau (appel)
admin-reports-method-questions = Questions de sécurité
admin-reports-method-app-notification = Notification de l’application mobile
admin-reports-method-passkey = Clé d’accès

## /admin/tokens: API tokens.

admin-tokens-title = Jetons d’API
admin-tokens-hint-api = Un jeton permet à un programme d’appeler l’API JSON
admin-tokens-hint-role = pour le compte d’un administrateur, avec le rôle de cet administrateur : les jetons
admin-tokens-hint-read = ne font que lire, les jetons
admin-tokens-hint-write = modifient aussi des éléments. Le jeton n’est affiché qu’une fois, lors de sa création ; Latchkey n’en conserve que le hachage.
admin-tokens-created = Jeton « { $name } » créé
admin-tokens-token = Jeton
admin-tokens-copy = Copier le jeton
admin-tokens-acts-for = Agit pour
admin-tokens-scope = Étendue
admin-tokens-shown-once = Ce jeton n’est affiché qu’une seule fois. Stockez-le là où le programme qui l’utilise lit ses secrets ; s’il est perdu, révoquez-le et créez-en un autre.
admin-tokens-confirm-title = Révoquer le jeton « { $name } » ?
admin-tokens-confirm-text = Les programmes qui utilisent ce jeton (agissant pour { $owner }, étendue { $scope }) cessent immédiatement de fonctionner. Cette action est irréversible.
admin-tokens-revoke-submit = Révoquer le jeton
admin-tokens-cancel = Annuler
admin-tokens-list = Jetons
admin-tokens-none = Aucun jeton d’API pour l’instant.
admin-tokens-caption = Jetons d’API, les plus récents en premier
admin-tokens-name = Nom
admin-tokens-created-col = Créé le
admin-tokens-last-used = Dernière utilisation
admin-tokens-status = État
admin-tokens-never = Jamais
admin-tokens-revoked-at = Révoqué le { $when }
admin-tokens-active = Actif
admin-tokens-revoke = Révoquer
admin-tokens-revoke-which = le jeton { $name }
admin-tokens-create = Créer un jeton
admin-tokens-name-hint = 1 à 64 caractères : ce qui l’utilisera, par exemple Synchronisation RH.
admin-tokens-scope-read = Lecture : lecture seule
admin-tokens-scope-write = Écriture : lecture et modification
admin-tokens-owner-hint = Le nom d’utilisateur d’un administrateur général ou d’un administrateur de mots de passe ; le jeton reçoit son rôle.
admin-tokens-submit = Créer le jeton
admin-tokens-revoked = Le jeton a été révoqué ; il ne fonctionne plus.
admin-tokens-already-created = Ce jeton a déjà été créé et affiché une fois. Pour en créer un autre, remplissez le formulaire ci-dessous.
admin-tokens-error-scope = Choisissez lecture (read) ou écriture (write).
admin-tokens-error-owner = Aucun utilisateur ne porte ce nom d’utilisateur.
admin-tokens-error-name = Donnez au jeton un nom de 1 à 64 caractères, par exemple ce qui l’utilisera.
admin-tokens-error-owner-role = Un jeton agit pour son propriétaire ; celui-ci doit donc être un administrateur général ou un administrateur de mots de passe.

## Audit activity names as the audit log shows them (the stored name stays English).

admin-activity-sign-in = Connexion
admin-activity-sign-in-blocked-by-smart-lockout = Connexion bloquée par le verrouillage intelligent
admin-activity-sign-out = Déconnexion
admin-activity-password-writeback = Réécriture du mot de passe
admin-activity-directory-sync = Synchronisation de l’annuaire
admin-activity-change-password-self-service = Modifier le mot de passe (libre-service)
admin-activity-add-user = Ajouter un utilisateur
admin-activity-update-user = Mettre à jour l’utilisateur
admin-activity-delete-user = Supprimer l’utilisateur
admin-activity-import-users = Importer des utilisateurs
admin-activity-reset-password-by-admin = Réinitialiser le mot de passe (par l’administrateur)
admin-activity-add-group = Ajouter un groupe
admin-activity-delete-group = Supprimer le groupe
admin-activity-add-member-to-group = Ajouter un membre au groupe
admin-activity-remove-member-from-group = Supprimer un membre du groupe
admin-activity-create-bootstrap-administrator = Créer l’administrateur initial
admin-activity-update-self-service-password-reset-policy = Mettre à jour la stratégie de réinitialisation de mot de passe en libre-service
admin-activity-update-password-protection-policy = Mettre à jour la stratégie de protection par mot de passe
admin-activity-user-submitted-their-user-id = L’utilisateur a envoyé son ID d’utilisateur
admin-activity-user-started-a-verification-option = L’utilisateur a démarré une option de vérification
admin-activity-user-completed-a-verification-option = L’utilisateur a terminé une option de vérification
admin-activity-user-failed-a-verification-option = L’utilisateur a échoué à une option de vérification
admin-activity-user-completed-all-verification-steps-required = L’utilisateur a terminé toutes les étapes de vérification requises
admin-activity-user-submitted-a-new-password = L’utilisateur a envoyé un nouveau mot de passe
admin-activity-reset-password-self-service = Réinitialiser le mot de passe (libre-service)
admin-activity-unlock-user-account-self-service = Déverrouiller le compte d’utilisateur (libre-service)
admin-activity-blocked-from-self-service-password-reset = Bloqué pour la réinitialisation de mot de passe en libre-service
admin-activity-rate-limit-reached = Limite de débit atteinte
admin-activity-telephony-spike-reported-to-administrators = Pic de téléphonie signalé aux administrateurs
admin-activity-user-asked-an-administrator-for-help = L’utilisateur a demandé de l’aide à un administrateur
admin-activity-verification-code-could-not-be-sent = Le code de vérification n’a pas pu être envoyé
admin-activity-authenticator-code-reused = Code d’authentificateur réutilisé
admin-activity-user-registered-for-self-service-password-reset = L’utilisateur s’est inscrit à la réinitialisation de mot de passe en libre-service
admin-activity-user-registered-an-authentication-method = L’utilisateur a inscrit une méthode d’authentification
admin-activity-user-removed-an-authentication-method = L’utilisateur a supprimé une méthode d’authentification
admin-activity-user-confirmed-their-authentication-information = L’utilisateur a confirmé ses informations d’authentification
admin-activity-notification-could-not-be-delivered = La notification n’a pas pu être remise
admin-activity-user-reported-a-change-they-didn-t-make = L’utilisateur a signalé une modification qu’il n’a pas effectuée
admin-activity-registration-reminder-sent = Rappel d’inscription envoyé
admin-activity-update-organization-name-and-logo = Mettre à jour le nom et le logo de l’organisation
admin-activity-audit-retention-applied = Rétention d’audit appliquée
admin-activity-create-api-token = Créer un jeton d’API
admin-activity-revoke-api-token = Révoquer un jeton d’API
admin-activity-admin-deleted-security-info = L’administrateur a supprimé des informations de sécurité
admin-activity-admin-required-re-registration-of-security-info = L’administrateur a exigé une nouvelle inscription des informations de sécurité
admin-activity-apply-policy-document = Appliquer un document de stratégie
admin-activity-delivery-failures-reported-to-administrators = Échecs de remise signalés aux administrateurs
admin-activity-resend-undelivered-notification = Renvoyer une notification non remise
admin-activity-dismiss-undelivered-notification = Ignorer une notification non remise
admin-activity-app-notification-approved = Notification de l’application approuvée
admin-activity-app-notification-answered-with-a-wrong-number = Notification de l’application répondue avec un mauvais nombre
admin-activity-app-notification-denied = Notification de l’application refusée
admin-activity-app-notification-reported-as-not-me = Notification de l’application signalée comme « Ce n’était pas moi »
admin-activity-app-notification-answer-refused = Réponse à la notification de l’application rejetée
admin-activity-issue-temporary-access-pass = Émettre un passe d'accès temporaire
admin-activity-revoke-temporary-access-pass = Révoquer un passe d'accès temporaire
admin-activity-sign-in-with-temporary-access-pass = Connexion avec un passe d'accès temporaire
