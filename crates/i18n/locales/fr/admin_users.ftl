## Portail d'administration : utilisateurs et groupes, affichage unique d'un mot de passe
## généré ou d'un passe d'accès temporaire, noms des rôles.

## Noms des rôles (aussi dans Mon compte).
admin-role-user = Utilisateur
admin-role-helpdesk-verifier = Vérificateur du support
admin-role-password-admin = Administrateur de mots de passe
admin-role-global-admin = Administrateur général

## Liste des utilisateurs (/admin/users).
admin-users-title = Utilisateurs
admin-users-new = Nouvel utilisateur
admin-users-search-label = Rechercher des utilisateurs
admin-users-search-placeholder = Nom ou nom d'utilisateur
admin-users-search-submit = Rechercher
admin-users-count = { $n ->
    [one] { $n } utilisateur.
   *[other] { $n } utilisateurs.
}
admin-users-count-matching = { $n ->
    [one] { $n } utilisateur correspondant à « { $q } ».
   *[other] { $n } utilisateurs correspondant à « { $q } ».
}
admin-users-caption = Utilisateurs, page { $page } sur { $pages }
admin-users-col-display-name = Nom d'affichage
admin-users-col-username = Nom d'utilisateur
admin-users-col-role = Rôle
admin-users-col-status = État
admin-users-enabled = Activé
admin-users-disabled = Désactivé
admin-users-pages = Pages
admin-users-previous = Page précédente
admin-users-next = Page suivante
admin-users-page-of = Page { $page } sur { $pages }

## Nouvel utilisateur (/admin/users/new).
admin-users-new-title = Nouvel utilisateur
admin-users-new-basics = Informations de base
admin-users-new-display-name-hint = Laissez vide pour utiliser le prénom et le nom.
admin-users-new-username-hint = Lettres, chiffres et ' . - _ ! # ^ ~, éventuellement suivis de @ et d'un domaine, par exemple mias ou mia.steele@example.org.
admin-users-new-password-heading = Mot de passe
admin-users-new-password-hint = Utilisé uniquement si « Créer automatiquement un mot de passe » est désactivé.
admin-users-new-mobile-hint = Avec l'indicatif du pays, par exemple +1 425 555 0100.
admin-users-new-office-hint = Avec l'indicatif du pays.
admin-users-new-role-heading = Rôle
admin-users-new-create = Créer
admin-users-new-cancel = Annuler
admin-users-created-title = Utilisateur créé
admin-users-created-intro = { $name } peut maintenant se connecter avec le nom d'utilisateur et le mot de passe ci-dessous.

## Un utilisateur (/admin/users/{id}).
admin-user-managed-strong = Ce compte provient de votre annuaire local
admin-user-managed-dn = DN
admin-user-managed-text = Ses noms et ses coordonnées y sont gérés, ainsi que son activation ; les modifications qui y sont apportées arrivent avec la prochaine synchronisation. Une connexion bloquée ici reste bloquée.
admin-user-managed-password = Un mot de passe que vous réinitialisez ici est également écrit dans l'annuaire.
admin-user-properties = Propriétés
admin-user-username = Nom d'utilisateur
admin-user-role = Rôle
admin-user-account = Compte
admin-user-must-change = Doit changer de mot de passe
admin-user-yes = Oui
admin-user-no = Non
admin-user-groups = Groupes
admin-user-none = Aucun
admin-user-reset-password = Réinitialiser le mot de passe
admin-user-reset-self-before-link = Pour changer votre propre mot de passe, utilisez
admin-user-reset-self-after-link = , où votre mot de passe actuel vous est demandé.
admin-user-auto-password = Créer automatiquement un mot de passe
admin-user-password = Mot de passe
admin-user-password-hint = Utilisé uniquement si « Créer automatiquement un mot de passe » est désactivé. Au moins { $min } caractères.
admin-user-must-change-label = Obliger cet utilisateur à changer de mot de passe lors de sa première connexion
admin-user-enter-password = Entrez un mot de passe ou cochez « Créer automatiquement un mot de passe ».
admin-user-created-typed = Utilisateur créé avec le mot de passe que vous avez saisi.
admin-user-saved = Enregistré.
admin-user-pass-revoked = Le passe d'accès temporaire a été révoqué et les sessions qu'il avait ouvertes ont été déconnectées.
admin-user-reset-typed = Le mot de passe a été réinitialisé avec celui que vous avez saisi et les sessions de l'utilisateur ont été déconnectées.
admin-user-reset-title = Mot de passe réinitialisé
admin-user-reset-intro = Le mot de passe de { $name } a été réinitialisé et ses sessions ont été déconnectées.
admin-user-confirm-delete-error = Cochez la case pour confirmer que vous voulez supprimer cet utilisateur.

## Un utilisateur : passe d'accès temporaire.
admin-user-pass-heading = Passe d'accès temporaire
admin-user-pass-hint = Un passe à durée limitée qui permet à { $name } de se connecter pour inscrire des informations de sécurité après avoir perdu toutes ses méthodes ou à son arrivée. Il n'ouvre que la page des informations de sécurité, mais ce qui y est inscrit permet de réinitialiser le mot de passe : vérifiez l'identité de la personne avec autant de soin que pour une réinitialisation de mot de passe.
admin-user-pass-valid-until = Un passe émis par { $issued_by } est valide jusqu'au
admin-user-pass-one-time = , pour une connexion
admin-user-pass-used = (utilisé)
admin-user-pass-session = Une session ouverte avec un passe reste ouverte jusqu'au { $until }.
admin-user-pass-revoke = Révoquer le passe
admin-user-pass-lifetime = Valide pendant
admin-user-pass-one-time-label = Usage unique (le passe est valable pour une connexion)
admin-user-pass-issue-new = Émettre un nouveau passe (l'actuel cesse de fonctionner)
admin-user-pass-issue = Émettre un passe d'accès temporaire
admin-user-pass-already-shown = Ce passe a déjà été émis et affiché une fois. Pour en remettre un autre, émettez un nouveau passe ci-dessous (le précédent cesse alors de fonctionner).
admin-user-pass-none-to-revoke = Il n'y avait aucun passe d'accès temporaire valide à révoquer.

## Un utilisateur : coordonnées.
admin-user-contact = Coordonnées
admin-user-contact-external-hint = Provenant de l'annuaire local ; modifiez-les dans celui-ci.
admin-user-first-name = Prénom
admin-user-last-name = Nom
admin-user-display-name = Nom d'affichage
admin-user-email = E-mail
admin-user-alternate-email = Autre adresse e-mail
admin-user-mobile-phone = Téléphone mobile
admin-user-office-phone = Téléphone de bureau
admin-user-mobile-hint = Avec l'indicatif du pays, par exemple +1 425 555 0100. Laissez vide pour effacer.
admin-user-office-hint = Avec l'indicatif du pays. Laissez vide pour effacer.
admin-user-save-contact = Enregistrer les coordonnées

## Un utilisateur : accès (rôle, connexion, suppression).
admin-user-access = Accès
admin-user-save-role = Enregistrer le rôle
admin-user-block = Bloquer la connexion
admin-user-allow = Autoriser la connexion
admin-user-external-block-hint = Le blocage de la connexion ici persiste après les synchronisations. Le compte se supprime dans l'annuaire local.
admin-user-confirm-delete = Oui, supprimer { $username } et ses appartenances aux groupes
admin-user-delete = Supprimer l'utilisateur

## Liste des groupes (/admin/groups).
admin-groups-title = Groupes
admin-groups-new = Nouveau groupe
admin-groups-none = Aucun groupe pour l'instant.
admin-groups-none-create = Créez un groupe de sécurité pour choisir qui peut utiliser la réinitialisation de mot de passe en libre-service.
admin-groups-caption = Groupes de sécurité
admin-groups-col-name = Nom
admin-groups-col-description = Description
admin-groups-col-type = Type
admin-groups-type-security = Sécurité
admin-groups-type-external = Sécurité, provenant de l'annuaire local

## Nouveau groupe (/admin/groups/new).
admin-groups-new-title = Nouveau groupe
admin-groups-new-type = Type de groupe
admin-groups-new-name = Nom du groupe
admin-groups-new-description = Description du groupe
admin-groups-new-members = Membres
admin-groups-new-members-hint = Facultatif. Noms d'utilisateur, noms d'affichage de personnes (Mia Steele) ou noms de groupes, séparés par des virgules.
admin-groups-new-create = Créer
admin-groups-new-cancel = Annuler

## Un groupe (/admin/groups/{id}).
admin-group-managed-strong = Ce groupe provient de votre annuaire local
admin-group-managed-text = Son nom et ses membres y sont gérés ; les modifications qui y sont apportées arrivent avec la prochaine synchronisation. Il peut tout de même être le groupe pour lequel la réinitialisation de mot de passe en libre-service est activée.
admin-group-members = Membres
admin-group-no-members = Ce groupe n'a encore aucun membre.
admin-group-caption = Membres directs de { $group }
admin-group-col-name = Nom
admin-group-col-kind = Nature
admin-group-col-actions = Actions
admin-group-kind-user = Utilisateur
admin-group-kind-group = Groupe (imbriqué)
admin-group-remove = Supprimer { $name }
admin-group-add-label = Ajouter un membre
admin-group-add-hint = Un nom d'utilisateur ou le nom d'affichage d'une personne, ou le nom d'un groupe à imbriquer dans celui-ci.
admin-group-add-submit = Ajouter un membre
admin-group-delete-heading = Supprimer le groupe
admin-group-confirm-delete = Oui, supprimer { $group } (ses membres ne sont pas supprimés)
admin-group-delete = Supprimer le groupe
admin-group-enter-member = Entrez un nom d'utilisateur, le nom d'affichage d'une personne ou un nom de groupe.
admin-group-added = { $name } a été ajouté.
admin-group-already-member = { $member } est déjà membre de { $group } ; rien n'a changé.
admin-group-no-such-member = Aucun utilisateur ni groupe ne s'appelle « { $name } ».
admin-group-unknown-member = Ce membre est inconnu.
admin-group-member-removed = Membre supprimé.
admin-group-already-removed = Ce membre avait déjà été supprimé.
admin-group-confirm-delete-error = Cochez la case pour confirmer que vous voulez supprimer ce groupe.

## Un passe d'accès temporaire qui vient d'être émis, affiché une seule fois.
admin-pass-shown-title = Passe d'accès temporaire émis
admin-pass-shown-intro-before = { $name } peut maintenant se connecter avec ce passe pour inscrire ses informations de sécurité. Il ouvre la page
admin-pass-shown-intro-em = informations de sécurité
admin-pass-shown-intro-after = uniquement, jamais le reste du compte, et il n'est jamais accepté comme étape d'une réinitialisation de mot de passe.
admin-pass-shown-display-name = Nom d'affichage
admin-pass-shown-username = Nom d'utilisateur
admin-pass-shown-pass = Passe d'accès temporaire
admin-pass-shown-copy = Copier le passe
admin-pass-shown-valid-for = Valide pendant
admin-pass-shown-valid-until = { $lifetime }, jusqu'au
admin-pass-shown-use = Utilisation
admin-pass-shown-one-time = Une connexion
admin-pass-shown-many = Un nombre illimité de connexions jusqu'à son expiration
admin-pass-shown-give = Ce passe n'est affiché qu'une seule fois. Remettez-le à { $name } en personne ou lisez-le lors d'un appel que vous avez passé à un numéro dont vous savez qu'il est le sien ; ne l'envoyez jamais par e-mail. La connexion se fait via
admin-pass-shown-notices = { $n ->
    [0] Aucune adresse e-mail ni aucun téléphone mobile n'est enregistré : personne n'a été informé de l'émission du passe.
    [one] Une notification de l'émission du passe a été envoyée (sans le passe).
   *[other] { $n } notifications de l'émission du passe ont été envoyées (sans le passe).
}
admin-pass-shown-stops = Il cesse de fonctionner à son expiration, lorsque la personne inscrit une application d'authentification, l'application Latchkey ou une clé d'accès, ou lorsque vous le révoquez.
admin-pass-shown-stops-one-time = Il cesse de fonctionner à son expiration, après une connexion, lorsque la personne inscrit une application d'authentification, l'application Latchkey ou une clé d'accès, ou lorsque vous le révoquez.
admin-pass-shown-go-to = Accéder à { $name }
admin-pass-shown-back = Retour aux utilisateurs

## Un mot de passe généré, affiché une seule fois (nouvel utilisateur, réinitialisation).
admin-password-shown-display-name = Nom d'affichage
admin-password-shown-username = Nom d'utilisateur
admin-password-shown-password = Mot de passe
admin-password-shown-copy = Copier le mot de passe
admin-password-shown-notice = Ce mot de passe n'est affiché qu'une seule fois. Copiez-le maintenant et remettez-le à l'utilisateur de manière sûre.
admin-password-shown-must-change = Il lui sera demandé d'en choisir un nouveau lors de sa première connexion.
admin-password-shown-go-to = Accéder à { $name }
admin-password-shown-back = Retour aux utilisateurs
