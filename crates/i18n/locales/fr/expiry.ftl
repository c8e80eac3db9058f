# expiry area: password expiry settings, reminders and reports.

## Reminder messages (email and text)
expiry-reminder-subject = { $days ->
    [one] Votre mot de passe { $org } expire demain
   *[other] Votre mot de passe { $org } expire dans { $days } jours
}
expiry-reminder-body = Votre mot de passe { $org } expire le { $expires_utc }. Choisissez-en un nouveau d'ici là ; après son expiration, vous devrez le changer à votre prochaine connexion.
expiry-reminder-here = Changez-le ici :
expiry-reminder-button = Changer votre mot de passe
expiry-reminder-ignore = Nous ne vous demandons jamais votre mot de passe par e-mail ni par SMS. Si vous l'avez déjà changé, vous pouvez ignorer ce message.
expiry-reminder-sms = { $org } : votre mot de passe expire { $days ->
    [one] demain
   *[other] dans { $days } jours
} ({ $expires_utc }). Changez-le sur { $change_url }

## Settings errors
expiry-error-max-age = Saisissez un nombre de jours de 0 (n'expire jamais) à 3650.
expiry-error-reminder-days = Saisissez jusqu'à 10 nombres de jours différents, chacun de 1 à 90, séparés par des virgules.
expiry-error-group-age = Saisissez un nombre de jours de 1 à 3650.
expiry-error-group = Choisissez un groupe.
expiry-error-report-days = Saisissez un nombre de jours de 1 à 365.

## Admin page
admin-nav-expiry = Expiration des mots de passe
expiry-title = Expiration des mots de passe
expiry-intro = Les mots de passe des comptes propres à Latchkey peuvent expirer un certain nombre de jours après leur définition. Les comptes de l'annuaire local suivent l'expiration de l'annuaire. Un utilisateur dont le mot de passe a expiré doit le changer à sa prochaine connexion.
expiry-settings-heading = Paramètres
expiry-max-age-label = Âge maximal du mot de passe (jours)
expiry-max-age-hint = 0 signifie que les mots de passe n'expirent jamais.
expiry-reminder-days-label = Envoyer des rappels ce nombre de jours avant
expiry-reminder-days-hint = Séparés par des virgules, par exemple 14, 7, 3, 1.
expiry-by-email = Rappeler par e-mail
expiry-by-sms = Rappeler par SMS
expiry-save = Enregistrer
expiry-saved = Les paramètres d'expiration des mots de passe ont été enregistrés.
expiry-read-only = Seuls les administrateurs généraux peuvent modifier ces paramètres.
expiry-groups-heading = Âge maximal par groupe
expiry-groups-intro = L'âge maximal propre à un groupe s'applique à ses membres, y compris ceux des groupes imbriqués. Si un utilisateur appartient à plusieurs de ces groupes, le plus petit s'applique.
expiry-groups-none = Aucun groupe n'a d'âge maximal propre.
expiry-col-group = Groupe
expiry-col-max-age = Âge maximal (jours)
expiry-group-label = Groupe
expiry-group-days-label = Âge maximal (jours)
expiry-group-set = Définir
expiry-group-remove = Supprimer
expiry-group-saved = L'âge maximal du groupe a été enregistré.

## Reports
expiry-report-heading = Comptes expirant bientôt
expiry-report-days-label = Dans ce nombre de jours
expiry-report-show = Afficher
expiry-report-csv = Télécharger le CSV
expiry-report-count = { $n ->
    [one] { $days ->
        [one] Le mot de passe d'un compte expire dans un délai d'un jour.
       *[other] Le mot de passe d'un compte expire dans les { $days } jours.
    }
   *[other] { $days ->
        [one] Les mots de passe de { $n } comptes expirent dans un délai d'un jour.
       *[other] Les mots de passe de { $n } comptes expirent dans les { $days } jours.
    }
}
expiry-report-none = { $days ->
    [one] Aucun mot de passe n'expire dans un délai d'un jour.
   *[other] Aucun mot de passe n'expire dans les { $days } jours.
}
expiry-col-user = Nom d'utilisateur
expiry-col-name = Nom
expiry-col-expires = Expire le
expiry-col-days-left = Jours restants
expiry-col-source = Règle
expiry-source-local = Latchkey
expiry-source-directory = Annuaire local
expiry-sent-heading = Rappels envoyés ces 30 derniers jours
expiry-sent-none = Aucun rappel n'a été envoyé ces 30 derniers jours.
expiry-col-sent = Envoyé
expiry-col-days-before = Jours avant
expiry-col-channel = Canal
expiry-col-state = Remise
expiry-state-queued = En attente
expiry-state-failed = Non remis
expiry-state-sent = Remis

## Audit log
admin-activity-update-password-expiry-settings = Mettre à jour les paramètres d'expiration des mots de passe

## Annuaire local : expiration des mots de passe lue par la synchronisation
expiry-directory-expires = Expiration du mot de passe (annuaire)
expiry-directory-never = Jamais
expiry-directory-now = Maintenant : l'annuaire exige un nouveau mot de passe
expiry-directory-doc = Expiration des mots de passe
expiry-directory-doc-ad = lue dans msDS-UserPasswordExpiryTimeComputed (stratégies de mot de passe du domaine et affinées)
expiry-directory-doc-ppolicy = lue dans pwdChangedTime et le pwdMaxAge de la stratégie de chaque compte (stratégie par défaut { $policy })
expiry-directory-doc-no-default = seulement pour les comptes ayant leur propre pwdPolicySubentry : la stratégie par défaut de l'overlay est introuvable
expiry-directory-doc-no-default-fix = autorisez le compte de service à lire olcPPolicyDefault dans cn=config (olcAccess: to attrs=entry,objectClass,olcPPolicyDefault by dn.exact="<compte de service>" read)
expiry-directory-doc-none = non lue : sans l'overlay ppolicy, les mots de passe n'expirent pas dans l'annuaire
expiry-directory-doc-unreadable = les stratégies de mot de passe n'ont pas pu être lues : { $error }
