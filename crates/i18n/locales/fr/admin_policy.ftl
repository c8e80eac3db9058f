## Admin portal: the self-service password reset policy (/admin/password-reset/*).

admin-sspr-nav = Réinitialisation du mot de passe
admin-sspr-section-properties = Propriétés
admin-sspr-section-authentication-methods = Méthodes d’authentification
admin-sspr-section-registration = Inscription
admin-sspr-section-notifications = Notifications
admin-sspr-section-customization = Personnalisation
admin-sspr-section-on-premises = Intégration locale
admin-sspr-section-administrator-policy = Stratégie d’administrateur
admin-sspr-global-only = Seuls les administrateurs généraux peuvent modifier ces paramètres.
admin-sspr-saved = Vos modifications ont été enregistrées.
admin-sspr-yes = Oui
admin-sspr-no = Non
admin-sspr-save = Enregistrer
admin-sspr-discard = Abandonner
admin-sspr-fixed = La stratégie d’administrateur est fixe et ne peut pas être modifiée.

## Properties.

admin-sspr-enabled = Réinitialisation du mot de passe en libre-service activée
admin-sspr-scope-none = Aucun
admin-sspr-scope-selected = Sélectionné
admin-sspr-scope-all = Tous
admin-sspr-group = Groupe sélectionné
admin-sspr-group-hint = Avec « Sélectionné », les membres de ce groupe (et des groupes imbriqués dans celui-ci) peuvent réinitialiser leur mot de passe.
admin-sspr-no-group = Aucun groupe sélectionné
admin-sspr-admins-hint = Les administrateurs peuvent toujours réinitialiser leur propre mot de passe ; ils suivent la stratégie d’administrateur.
admin-sspr-error-scope = Choisissez Aucun, Sélectionné ou Tous.
admin-sspr-error-group = Choisissez un groupe dans la liste.

## Authentication methods.

admin-sspr-methods-required = Nombre de méthodes requises pour la réinitialisation
admin-sspr-methods = Méthodes disponibles pour les utilisateurs
admin-sspr-method-app-notification = Notification de l’application mobile
admin-sspr-method-app-code = Code de l’application mobile
admin-sspr-method-passkey = Clé d’accès
admin-sspr-method-mobile-phone = Téléphone mobile (SMS ou appel)
admin-sspr-questions-to-register = Nombre de questions requises pour l’inscription
admin-sspr-questions-to-reset = Nombre de questions requises pour la réinitialisation
admin-sspr-custom-questions = Questions de sécurité personnalisées
admin-sspr-custom-questions-hint = Jusqu’à 20, une par ligne, de 3 à 200 caractères chacune. Elles sont proposées à côté des questions intégrées.
admin-sspr-phone-countries = Pays vers lesquels des codes peuvent être envoyés par SMS ou appel
admin-sspr-phone-countries-hint = Codes de pays à deux lettres, séparés par des espaces, par exemple US GB DE. Les numéros d’autres pays ne peuvent pas être inscrits, et les numéros surtaxés, à coûts partagés et satellites ne reçoivent jamais de codes.
admin-sspr-error-methods-required = Choisissez 1 ou 2.
admin-sspr-error-questions = Choisissez un nombre entre 3 et 5.

## Registration.

admin-sspr-require-registration = Exiger l’inscription des utilisateurs lors de la connexion ?
admin-sspr-reconfirm-days = Nombre de jours avant que les utilisateurs soient invités à reconfirmer leurs informations d’authentification
admin-sspr-reconfirm-days-hint = De 0 à 730 ; 0 signifie jamais.
admin-sspr-error-reconfirm-days = Entrez un nombre de jours entre 0 et 730.

## Notifications.

admin-sspr-notify-users = Informer les utilisateurs des réinitialisations de mot de passe ?
admin-sspr-notify-admins = Informer tous les administrateurs quand d’autres administrateurs réinitialisent leur mot de passe ?

## Customization.

admin-sspr-customize-helpdesk = Personnaliser le lien du support technique ?
admin-sspr-helpdesk = Adresse e-mail ou URL personnalisée du support technique
admin-sspr-helpdesk-hint = Affiché partout où une personne ne peut pas continuer, par exemple https://help.contoso.example/password ou helpdesk@contoso.example.
admin-sspr-error-helpdesk = Entrez l’adresse e-mail ou l’adresse web du support technique, ou choisissez Non.

## On-premises integration: the switches.

admin-sspr-writeback = Réécrire les mots de passe dans votre annuaire local ?
admin-sspr-writeback-hint = Oui : lorsqu’une personne dont le compte provient de l’annuaire local réinitialise ou modifie son mot de passe, celui-ci est d’abord écrit dans l’annuaire, et n’est modifié dans Latchkey que si l’annuaire l’a accepté. Non : ces personnes ne peuvent pas réinitialiser ni modifier leur mot de passe ici, et sont invitées à contacter leur service informatique.
admin-sspr-unlock = Autoriser les utilisateurs à déverrouiller leur compte sans réinitialiser leur mot de passe ?
admin-sspr-unlock-hint = Oui : la page de réinitialisation propose aussi « Je connais mon mot de passe, mais je ne parviens toujours pas à me connecter ». Après la vérification habituelle, le compte est déverrouillé, y compris dans l’annuaire local, et le mot de passe reste inchangé.
admin-sspr-directory-contacts = Utiliser les coordonnées de l’annuaire ?
admin-sspr-directory-contacts-hint = Oui : l’adresse e-mail secondaire, le téléphone mobile et le téléphone de bureau que l’annuaire local (ou un administrateur, dans le portail, l’API ou la ligne de commande) détient pour une personne peuvent servir à la réinitialisation, sans qu’elle les inscrive elle-même. Non : chacun inscrit et confirme ses propres coordonnées.

## Administrator policy.

admin-sspr-admin-policy-intro = La réinitialisation du mot de passe en libre-service est toujours activée pour les administrateurs (administrateurs généraux et administrateurs de mots de passe), quelles que soient les propriétés, et ils suivent toujours cette stratégie :
admin-sspr-admin-policy-required = Nombre de méthodes requises pour la réinitialisation :
admin-sspr-admin-policy-methods = Méthodes : notification de l’application mobile, code de l’application mobile, clé d’accès, e-mail, téléphone mobile, téléphone de bureau
admin-sspr-admin-policy-questions = Questions de sécurité :
admin-sspr-admin-policy-never = jamais
admin-sspr-admin-policy-fixed = Cette stratégie ne peut pas être modifiée.

## On-premises integration: the directory, its syncs and checks.

admin-onprem-sync-finished = La synchronisation est terminée : { $summary }.
admin-onprem-left-out = Éléments ignorés, et pourquoi :
admin-onprem-sync-not-finished = La synchronisation n’a pas abouti
admin-onprem-heading-one = Votre annuaire local
admin-onprem-heading-many = Vos annuaires locaux
admin-onprem-servers = Serveurs
admin-onprem-then = , puis
admin-onprem-kind = Type
admin-onprem-auto-sync = Synchronisation automatique
admin-onprem-auto-sync-off-before = Désactivée : exécutez
admin-onprem-auto-sync-off-after = ou utilisez Synchroniser maintenant
admin-onprem-every = { $n ->
    [one] Toutes les minutes
   *[other] Toutes les { $n } minutes
}
admin-onprem-last-sync = Dernière synchronisation
admin-onprem-last-worked = réussie.
admin-onprem-last-failed = échec.
admin-onprem-no-sync = Aucune synchronisation n’a encore été exécutée.
admin-onprem-sync-hint = Importe ce qui a changé dans l’annuaire depuis la dernière synchronisation (tout, la première fois) : comptes et groupes nouveaux, modifiés, désactivés et supprimés. Le premier import d’un annuaire volumineux peut prendre une minute.
admin-onprem-sync-now = Synchroniser maintenant
admin-onprem-none = Aucun annuaire local n’est connecté. Latchkey ne gère que ses propres utilisateurs et groupes, et les mots de passe ne sont conservés que dans Latchkey.
admin-onprem-connect-before = Pour connecter Active Directory ou OpenLDAP, définissez ces paramètres dans la section
admin-onprem-connect-middle = du fichier de configuration (ou sous forme de variables
admin-onprem-connect-after = équivalentes), puis redémarrez Latchkey :
admin-onprem-setting-urls =  : les serveurs d’annuaire, essayés dans l’ordre, par exemple
admin-onprem-and = et
admin-onprem-setting-bind =  : le compte de service avec lequel Latchkey se connecte ; conservez le mot de passe dans un fichier désigné par
admin-onprem-setting-bases =  : l’emplacement des comptes et des groupes, par exemple
admin-onprem-setting-ca =  : l’autorité de certification qui signe les certificats des serveurs, sauf si le système lui fait déjà confiance
admin-onprem-readme-before = La section du fichier README
admin-onprem-readme-after = contient un exemple pour chacun, ainsi que les droits exacts dont le compte de service a besoin.
admin-onprem-print-config = liste tous les paramètres, et
admin-onprem-check-config = les vérifie. Une fois la connexion établie, cette page vérifie la connexion et synchronise.
admin-onprem-flavour-ad = Active Directory (défini dans la configuration)
admin-onprem-flavour-openldap = OpenLDAP (défini dans la configuration)
admin-onprem-flavour-other = un autre annuaire LDAP (défini dans la configuration)
admin-onprem-flavour-detected = détecté à partir de l’annuaire (Exécuter les vérifications l’indique)
admin-onprem-no-ldap = Il n’y a aucun annuaire local à partir duquel synchroniser : Latchkey n’a pas encore de paramètres [ldap]. Définissez-les comme décrit ci-dessous, redémarrez Latchkey, puis synchronisez.
admin-onprem-sync-refused = La synchronisation n’a pas été exécutée : { $why }.
admin-onprem-sync-failed = La synchronisation a échoué et rien n’a été modifié : { $why }
admin-onprem-checks = Vérifications
admin-onprem-checks-intro-before = Vérifie la connexion et le certificat TLS de chaque serveur, la connexion du compte de service, son accès en lecture aux bases et ses droits sur un compte, les comptes protégés, ainsi que la dernière synchronisation et la dernière réécriture, comme la commande
admin-onprem-checks-intro-after = le fait. Chaque serveur dispose de quelques secondes pour répondre.
admin-onprem-test-user = Compte sur lequel vérifier les droits (facultatif)
admin-onprem-test-user-hint = Un nom d’utilisateur de l’annuaire, par exemple un compte de test. Rien n’y est modifié.
admin-onprem-run-checks = Exécuter les vérifications
admin-onprem-results = Résultats
admin-onprem-summary = { $failed ->
    [0] Aucune vérification n’a échoué
    [one] 1 vérification a échoué
   *[other] { $failed } vérifications ont échoué
}{ $warnings ->
    [0] {""}
    [one] , 1 demande votre attention
   *[other] , { $warnings } demandent votre attention
}.
admin-onprem-directory-is = L’annuaire est { $flavour }.
admin-onprem-results-caption = Résultats des vérifications
admin-onprem-col-check = Vérification
admin-onprem-col-result = Résultat
admin-onprem-col-found = Constat
admin-onprem-col-fix = Ce qu’il faut changer
admin-onprem-nothing = Rien
admin-onprem-status-ok = OK
admin-onprem-status-warning = Avertissement
admin-onprem-status-failed = Échec
admin-onprem-status-info = Info

## Customization: the organisation's name and logo (/admin/branding).

admin-branding-heading = Nom et logo de l’organisation
admin-branding-intro = Affichés sur chaque page et dans chaque message envoyé par Latchkey.
admin-branding-name = Nom de l’organisation
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG ou SVG, jusqu’à 200 Ko. Laissez vide pour conserver le logo actuel.
admin-branding-current-logo = Logo actuel
admin-branding-remove-logo = Supprimer le logo
admin-branding-save = Enregistrer le nom et le logo

## Password protection (/admin/password-protection) and the strength meter.

admin-protection-title = Protection par mot de passe
admin-protection-global-only = Seuls les administrateurs généraux peuvent modifier ces paramètres.
admin-protection-saved = Vos modifications ont été enregistrées.
admin-protection-policy = Stratégie de mot de passe
admin-protection-min-length = Longueur minimale
admin-protection-min-length-hint = De 8 à 256 caractères. La norme NIST SP 800-63B demande au moins 15 caractères lorsqu’un mot de passe est le seul facteur ; de longues phrases secrètes sont plus faciles à retenir que des mots de passe courts et complexes.
admin-protection-require-classes = Exiger trois des éléments suivants : lettres minuscules, lettres majuscules, chiffres, symboles (pour la parité avec Entra ; le NIST déconseille de telles règles)
admin-protection-history = Nombre de mots de passe précédents qui ne peuvent pas être réutilisés
admin-protection-history-hint = De 0 à 24 ; 0 désactive cette règle. Chaque mot de passe mémorisé coûte une vérification de hachage chaque fois qu’un mot de passe est défini.
admin-protection-min-score = Robustesse minimale
admin-protection-no-minimum = Aucun minimum
admin-protection-strength-0 = Très faible
admin-protection-strength-1 = Faible
admin-protection-strength-2 = Moyen
admin-protection-strength-3 = Fort
admin-protection-strength-4 = Très fort
admin-protection-banned = Mots de passe interdits
admin-protection-banned-intro = Les mots de passe courants, leurs variantes (P@ssw0rd) et les noms de l’utilisateur sont toujours refusés. Ajoutez les mots que votre organisation ne doit jamais voir dans un mot de passe : ses produits, ses sites, ses équipes.
admin-protection-enforce-custom = Appliquer la liste personnalisée
admin-protection-yes = Oui
admin-protection-no = Non
admin-protection-custom-terms = Liste personnalisée de mots de passe interdits
admin-protection-custom-terms-hint = Un terme par ligne, de 4 à 16 caractères, jusqu’à 1 000. La casse n’a pas d’importance.
admin-protection-breached = Mots de passe divulgués
admin-protection-check-breached = Refuser les mots de passe trouvés dans des fuites de données
admin-protection-breached-count = La liste des mots de passe divulgués contient { $n ->
    [one] { $n } mot de passe
   *[other] { $n } mots de passe
}.
admin-protection-breached-none-before = Aucune liste de mots de passe divulgués n’a encore été importée : exécutez
admin-protection-breached-none-after = sur le serveur.
admin-protection-save = Enregistrer
admin-protection-try = Tester un mot de passe
admin-protection-try-intro = Découvrez comment un mot de passe serait évalué selon la stratégie enregistrée. Il n’est ni stocké ni journalisé.
admin-protection-sample = Mot de passe d’exemple
admin-protection-test = Tester
admin-protection-accepted = Accepté
admin-protection-refused = Refusé : { $reason }
admin-protection-detail = Score de la liste d’interdiction : { $score } sur les 5 requis. Robustesse : { $strength } sur 4.
admin-protection-detail-terms = Score de la liste d’interdiction : { $score } sur les 5 requis (termes interdits trouvés : { $terms }). Robustesse : { $strength } sur 4.
admin-protection-error-min-length = Entrez un nombre de caractères entre 8 et 256.
admin-protection-error-history = Entrez un nombre entre 0 et 24.
admin-protection-error-min-score = Choisissez une robustesse dans la liste.

# The on-premises page's checks (the doctor) and the sync summary.
admin-onprem-doc-encryption = Chiffrement pour { $url }
admin-onprem-doc-plaintext = LDAP non chiffré sans StartTLS : les mots de passe transitent en clair sur le réseau
admin-onprem-doc-plaintext-fix = utilisez ldaps:// ou supprimez ldap.allow_plaintext (environnement de test uniquement)
admin-onprem-doc-server-role = Rôle du serveur { $url }
admin-onprem-doc-global-catalog = il s’agit d’un port du catalogue global : il est en lecture seule et ne contient que certains attributs
admin-onprem-doc-global-catalog-fix = utilisez le port LDAP du contrôleur de domaine (636 pour ldaps, 389 avec StartTLS)
admin-onprem-doc-connect = Connexion à { $url }
admin-onprem-doc-connect-tls-fix = définissez ldap.ca_file sur l’autorité de certification qui a signé le certificat du serveur, et utilisez un nom ou une adresse figurant dans le certificat
admin-onprem-doc-connect-fix = vérifiez l’adresse et le port, que le serveur est en cours d’exécution et qu’aucun pare-feu n’empêche cet hôte de l’atteindre
admin-onprem-doc-connected = connecté
admin-onprem-doc-bind = Connexion du compte de service
admin-onprem-doc-bound = connecté en tant que { $dn }
admin-onprem-doc-bind-encrypt-fix = le serveur exige une connexion chiffrée : utilisez ldaps:// ou ldap:// avec StartTLS
admin-onprem-doc-bind-fix = vérifiez ldap.bind_dn et ldap.bind_password (ou LATCHKEY_LDAP__BIND_PASSWORD_FILE) ; le compte doit être activé
admin-onprem-doc-bind-connection-fix = vérifiez la connexion ci-dessus
admin-onprem-doc-root-dse = Root DSE
admin-onprem-doc-root-dse-fix = le compte de service doit pouvoir lire le Root DSE
admin-onprem-doc-type = Type d’annuaire
admin-onprem-doc-type-detected = { $flavour } (détecté : { $detected })
admin-onprem-doc-type-fix = ldap.flavour remplace ce que le serveur annonce ; définissez-le sur « auto », sauf si vous savez ce que vous faites
admin-onprem-doc-writable = Contrôleur de domaine accessible en écriture
admin-onprem-doc-rodc = il s’agit d’un contrôleur de domaine en lecture seule (RODC) : il ne peut pas accepter de modifications de mot de passe
admin-onprem-doc-rodc-fix = indiquez d’abord un contrôleur de domaine accessible en écriture dans ldap.urls
admin-onprem-doc-writable-ok = accessible en écriture
admin-onprem-doc-ppolicy = Overlay de stratégie de mot de passe (ppolicy)
admin-onprem-doc-ppolicy-present = présent : les règles de mot de passe et le verrouillage de l’annuaire s’appliquent
admin-onprem-doc-ppolicy-missing = non annoncé : l’annuaire ne vérifie aucune règle de mot de passe et n’a pas de verrouillage propre
admin-onprem-doc-ppolicy-fix = chargez l’overlay ppolicy (olcOverlay=ppolicy) avec une stratégie par défaut
admin-onprem-doc-lockout = Verrouillage avant celui de l’annuaire
admin-onprem-doc-lockout-unreadable = le seuil de verrouillage de l’annuaire n’a pas pu être lu : { $error }
admin-onprem-doc-lockout-unreadable-fix = assurez-vous que ldap.lockout_threshold est inférieur au seuil propre de l’annuaire
admin-onprem-doc-lockout-none = l’annuaire ne verrouille pas les comptes après des mots de passe erronés
admin-onprem-doc-lockout-ok = Latchkey verrouille après { $ours ->
        [one] { $ours } mot de passe erroné
       *[other] { $ours } mots de passe erronés
    }, l’annuaire après { $theirs }
admin-onprem-doc-lockout-failed = Latchkey verrouille après { $ours ->
        [one] { $ours } mot de passe erroné
       *[other] { $ours } mots de passe erronés
    }, l’annuaire après { $theirs } : des tentatives sur Latchkey verrouilleraient des comptes dans l’annuaire
admin-onprem-doc-lockout-fix = définissez ldap.lockout_threshold en dessous du seuil de l’annuaire
admin-onprem-doc-certificate = Certificat de { $url }
admin-onprem-doc-certificate-unreadable = le certificat n’a pas pu être lu
admin-onprem-doc-certificate-expired-fix = renouvelez le certificat du serveur
admin-onprem-doc-certificate-expiring-fix = renouvelez le certificat du serveur avant son expiration
admin-onprem-doc-certificate-valid = { $subject }, approuvé, valide jusqu’au { $until } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
admin-onprem-doc-read-accounts = Lecture des comptes sous { $base }
admin-onprem-doc-read-groups = Lecture des groupes sous { $base }
admin-onprem-doc-match-accounts = { $n ->
        [one] { $n } compte correspond
       *[other] { $n } comptes correspondent
    } à { $filter }
admin-onprem-doc-match-groups = { $n ->
        [one] { $n } groupe correspond
       *[other] { $n } groupes correspondent
    } à { $filter }
admin-onprem-doc-read-empty-fix = vérifiez le DN de base et le filtre, ainsi que le droit du compte de service à les lire
admin-onprem-doc-read-limit-fix = l’annuaire limite le nombre d’entrées que le compte de service peut lire : levez cette limite pour ce compte (OpenLDAP : olcLimits: dn.exact="<service DN>" size=unlimited)
admin-onprem-doc-read-fix = vérifiez le DN de base (ldap.user_base / ldap.group_base) et les droits de lecture du compte de service
admin-onprem-doc-protected = Comptes protégés
admin-onprem-doc-protected-detail = { $n ->
        [one] { $n } compte dans l’étendue a
       *[other] { $n } comptes dans l’étendue ont
    } adminCount=1 (groupes privilégiés) ; Latchkey refuse de les réinitialiser ou de les déverrouiller
admin-onprem-doc-test-account = Compte de test { $name }
admin-onprem-doc-test-match = { $n ->
        [one] { $n } compte correspond
       *[other] { $n } comptes correspondent
    }
admin-onprem-doc-test-match-fix = indiquez un compte qui se trouve dans l’étendue (son nom d’utilisateur)
admin-onprem-doc-rights = Droits sur { $name }
admin-onprem-doc-rights-openldap = { $dn } : OpenLDAP ne peut pas indiquer les droits effectifs sans modification ; le compte de service a besoin du droit d’écriture sur userPassword et du droit de gestion sur pwdAccountLockedTime et pwdReset
admin-onprem-doc-test-protected = un compte protégé (adminCount=1) : Latchkey n’y écrit jamais ; choisissez un compte ordinaire
admin-onprem-doc-write = Écriture de { $attr } sur { $name }
admin-onprem-doc-write-allowed = autorisé
admin-onprem-doc-write-denied = le compte de service ne peut pas écrire { $attr } sur { $dn }
admin-onprem-doc-write-fix = déléguez « Écrire lockoutTime » et « Écrire pwdLastSet » sur l’UO des utilisateurs au compte de service
admin-onprem-doc-reset-right = Droit « Réinitialiser le mot de passe » sur { $name }
admin-onprem-doc-reset-right-detail = impossible à lire sans modifier un mot de passe : déléguez le droit étendu « Réinitialiser le mot de passe » (00299570-246d-11d0-a768-00aa006e0529) sur l’UO des utilisateurs ; une réinitialisation sans ce droit est refusée et journalisée comme directory_insufficient_rights
admin-onprem-doc-flavour-ldap = Annuaire LDAP
admin-onprem-doc-no-sync = aucune synchronisation n’a encore été exécutée
admin-onprem-doc-no-sync-fix = exécutez `latchkey directory sync` ou cliquez sur Synchroniser maintenant
admin-onprem-doc-sync-failed-fix = corrigez les vérifications en échec ci-dessus, puis synchronisez de nouveau
admin-onprem-doc-orphans = Comptes d’un annuaire qui n’est plus configuré
admin-onprem-doc-orphans-detail = { $n ->
        [one] { $n } compte provient
       *[other] { $n } comptes proviennent
    } d’un annuaire dont le nom ne figure plus dans la configuration : ces comptes ne peuvent ni se connecter ni réinitialiser leur mot de passe
admin-onprem-doc-orphans-fix = rétablissez la section de cet annuaire sous le même nom, ou supprimez ces comptes
admin-onprem-doc-last-writeback = Dernière réécriture
admin-onprem-doc-written = écrit
admin-onprem-doc-writeback-fix = consultez les événements « Réécriture du mot de passe » des journaux d’audit pour en connaître la cause
admin-onprem-sync-summary = utilisateurs : { $users-created } créés, { $users-updated } mis à jour ({ $users-disabled } désactivés), { $users-deleted } supprimés ; groupes : { $groups-created } créés, { $groups-updated } mis à jour, { $groups-deleted } supprimés ; { $skipped } ignorés
