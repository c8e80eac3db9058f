# campaigns area: registration campaigns (/admin/campaigns), coverage over time on
# "Usage & insights", importing contact details (/admin/users/import-contacts), and the
# campaign's reminder email.

## /admin/campaigns

campaigns-title = Campagne d’inscription
campaigns-intro = Rappelle par e-mail aux utilisateurs qui peuvent réinitialiser eux-mêmes leur mot de passe mais n’ont pas encore inscrit assez d’informations de sécurité de le faire, jusqu’à ce qu’ils l’aient fait. Elle reste désactivée tant que vous ne l’activez pas, car elle envoie des e-mails.
campaigns-settings = Paramètres
campaigns-status-on = { $days ->
    [one] Activée : les rappels partent chaque jour.
   *[other] Activée : les rappels partent tous les { $days } jours.
}
campaigns-status-off = Désactivée : aucun rappel n’est envoyé.
campaigns-reminded = { $n ->
    [one] { $n } utilisateur a reçu un rappel pendant l’intervalle en cours.
   *[other] { $n } utilisateurs ont reçu un rappel pendant l’intervalle en cours.
}
campaigns-enabled = Envoyer des rappels d’inscription
campaigns-enabled-hint = Les utilisateurs concernés par la réinitialisation en libre-service qui n’ont pas inscrit assez de méthodes reçoivent un e-mail avec un lien vers la page d’inscription. Rien n’est envoyé tant que la réinitialisation en libre-service est réglée sur Aucun.
campaigns-interval = Jours entre deux rappels
campaigns-interval-hint = Un utilisateur reçoit au plus un rappel pendant ce nombre de jours, et plus aucun une fois inscrit. De 1 à 90.
campaigns-include-reconfirm = Rappeler aussi les utilisateurs qui doivent reconfirmer
campaigns-include-reconfirm-hint = Les utilisateurs inscrits qui n’ont pas confirmé leurs informations de sécurité dans le délai fixé par la stratégie de réinitialisation.
campaigns-save = Enregistrer
campaigns-saved = Les paramètres de la campagne d’inscription ont été enregistrés.
campaigns-yes = Oui
campaigns-no = Non
campaigns-read-only = Seul un administrateur général peut modifier ces paramètres.
campaigns-more = Voir aussi
campaigns-link-reports = Couverture des inscriptions dans Utilisation et insights
campaigns-link-import = Importer des coordonnées depuis un fichier
campaigns-link-settings = Paramètres de la campagne d’inscription
campaigns-error-interval = Saisissez un nombre entier de jours entre { $min } et { $max }.

## Coverage over time, on /admin/reports

campaigns-history = Couverture dans le temps
campaigns-history-chart = Part des utilisateurs concernés qui sont inscrits, par jour
campaigns-history-none = Aucune couverture n’a encore été enregistrée. Elle est enregistrée une fois par jour.
campaigns-history-table = Couverture par jour sous forme de tableau
campaigns-history-caption = Couverture des inscriptions par jour (UTC)
campaigns-history-col-registered = Inscrits
campaigns-history-col-in-scope = Concernés
campaigns-history-col-percent = Pourcentage

## /admin/users/import-contacts

campaigns-import-title = Importer des coordonnées
campaigns-import-intro = Définissez les adresses e-mail et numéros de téléphone d’utilisateurs existants à partir d’un fichier CSV. La première ligne nomme les colonnes : username et, au choix, email, alternate_email, mobile_phone, office_phone. Une cellule vide conserve la valeur enregistrée. Les numéros commencent par + ou 00 et l’indicatif du pays.
campaigns-import-policy = Les coordonnées importées ne servent à réinitialiser un mot de passe que si la stratégie de réinitialisation a « Utiliser les coordonnées de l’annuaire » activé ; sinon, les utilisateurs les inscrivent et les confirment toujours eux-mêmes.
campaigns-import-upload = Choisir un fichier
campaigns-import-file = Fichier CSV
campaigns-import-file-hint = Jusqu’à 2 Mo et 10 000 lignes, en UTF-8. Vous verrez ce qui change avant que rien ne soit enregistré.
campaigns-import-check = Vérifier le fichier
campaigns-import-choose-file = Choisissez un fichier CSV à importer.
campaigns-import-preview = { $n ->
    [one] Les coordonnées de { $n } utilisateur vont changer
   *[other] Les coordonnées de { $n } utilisateurs vont changer
}
campaigns-import-preview-caption = Coordonnées qui vont changer
campaigns-import-apply = { $n ->
    [one] Importer les coordonnées de { $n } utilisateur
   *[other] Importer les coordonnées de { $n } utilisateurs
}
campaigns-import-applied = { $n ->
    [one] Les coordonnées de { $n } utilisateur ont été modifiées.
   *[other] Les coordonnées de { $n } utilisateurs ont été modifiées.
}
campaigns-import-unchanged = { $n ->
    [one] { $n } ligne ne change rien.
   *[other] { $n } lignes ne changent rien.
}
campaigns-import-bad-rows = { $n ->
    [one] { $n } ligne ne peut pas être importée
   *[other] { $n } lignes ne peuvent pas être importées
}
campaigns-import-nothing-written = Rien n’a été modifié. Corrigez ces lignes et réessayez.
campaigns-import-bad-caption = Lignes qui ne peuvent pas être importées
campaigns-import-col-line = Ligne
campaigns-import-col-user = Utilisateur
campaigns-import-col-problem = Problème
campaigns-import-col-field = Champ
campaigns-import-col-before = Actuellement
campaigns-import-col-after = Après l’import
campaigns-import-no-username = La ligne d’en-tête doit avoir une colonne username (la première ligne nomme les colonnes : username,email,…).
campaigns-import-empty = Le fichier est vide : la première ligne doit nommer les colonnes (username,email,…).
campaigns-import-too-large = Le fichier dépasse { $max } Mo. Découpez-le en fichiers plus petits.
campaigns-import-too-many-rows = Le fichier a plus de { $max } lignes. Découpez-le en fichiers plus petits.
campaigns-import-cell-too-long = Cette valeur dépasse { $max } caractères.
campaigns-import-no-user = Il n’y a pas d’utilisateur « { $name } ».
campaigns-import-synced = Ce compte vient de votre annuaire local : ses coordonnées y sont gérées.
campaigns-import-self = Vos propres coordonnées se modifient dans Mon compte, pas par un import.
campaigns-import-admin = Les coordonnées d’un administrateur se modifient sur sa propre page, après vérification par le support technique et l’approbation d’un autre administrateur général, pas par un import.
campaigns-api-csv-only = Envoyez le fichier comme corps, avec Content-Type: text/csv.
campaigns-api-dry-run = Indiquez dry_run à true ou false.

## The reminder email. Placeholders: $org, $greeting, $setup_url, $reconfirm, $days.

campaigns-email-subject = Configurez la réinitialisation du mot de passe de votre compte { $org }
campaigns-email-subject-reconfirm = Vérifiez les informations de sécurité de votre compte { $org }
campaigns-email-body = Vous n’avez pas encore indiqué comment vérifier votre identité si vous oubliez votre mot de passe { $org }, par exemple un numéro de téléphone ou une application d’authentification. Cela prend quelques minutes, et vous pourrez ensuite retrouver l’accès à votre compte par vous-même, à toute heure.
campaigns-email-body-reconfirm = Il est temps de vérifier que les informations de sécurité de votre compte { $org } sont toujours exactes, pour pouvoir continuer à réinitialiser votre mot de passe vous-même. Cela prend une minute.
campaigns-email-button = Configurer maintenant
campaigns-email-button-reconfirm = Vérifier mes informations de sécurité
campaigns-email-here = Ouvrez cette page et connectez-vous :
campaigns-email-copy = Ou copiez cette adresse dans votre navigateur : { $setup_url }
campaigns-email-why = { $days ->
    [one] Vous recevez ce rappel chaque jour jusqu’à ce que ce soit fait. Nous ne demandons jamais votre mot de passe ni un code par e-mail.
   *[other] Vous recevez ce rappel tous les { $days } jours jusqu’à ce que ce soit fait. Nous ne demandons jamais votre mot de passe ni un code par e-mail.
}

## Audit log activities

admin-activity-update-registration-campaign-settings = Mise à jour des paramètres de la campagne d’inscription
admin-activity-registration-campaign-run = Exécution de la campagne d’inscription
admin-activity-import-contact-details = Import de coordonnées
