# Textes de validation et de règles issus du domaine (crates/core) et de la couche de
# services (crates/web/src/service) : erreurs de champ, règles de mot de passe et messages de l'API.

## Noms d'utilisateur, adresses e-mail et numéros de téléphone

errors-username-empty = Entrez un nom d'utilisateur.
errors-username-too-long = Un nom d'utilisateur peut comporter au maximum 113 caractères.
errors-username-local-empty = Entrez la partie du nom d'utilisateur située avant le @.
errors-username-local-too-long = La partie située avant le @ peut comporter au maximum 64 caractères.
errors-username-bad-char = Un nom d'utilisateur ne peut pas contenir « { $char } ». Utilisez des lettres, des chiffres et ' . - _ ! # ^ ~.
errors-username-dots = Un nom d'utilisateur ne peut pas commencer ou se terminer par un point, ni contenir deux points consécutifs.
errors-username-domain-length = Le domaine situé après le @ doit comporter entre 1 et 48 caractères.
errors-username-domain-chars = Le domaine situé après le @ ne peut contenir que des lettres, des chiffres, des traits d'union et des points, comme example.org.
errors-email-invalid = Entrez une adresse e-mail comme nom@example.org.
errors-email-masked = Il s'agit d'une adresse masquée. Tapez l'adresse complète ou laissez le champ tel quel.
errors-phone-empty = Entrez un numéro de téléphone.
errors-phone-too-long = Ce numéro de téléphone est trop long.
errors-phone-country-code = Commencez le numéro par + et l'indicatif du pays, par exemple +1 425 555 0100 ou +44 20 7946 0958.
errors-phone-unreadable = Cela ne ressemble pas à un numéro de téléphone. Vérifiez l'indicatif du pays et les chiffres.
errors-phone-invalid-for-country = Ce numéro n'est pas valide pour son pays. Vérifiez l'indicatif du pays et les chiffres.
errors-phone-unreadable-local = Cela ne ressemble pas à un numéro de téléphone. Tapez les chiffres comme vous les composeriez, ou + et l'indicatif du pays.
errors-phone-kind = Ce type de numéro (surtaxé, à coût partagé ou satellite) ne peut pas recevoir de codes. Utilisez un numéro de mobile ou de bureau personnel.
errors-phone-country-blocked = Les codes ne peuvent pas être envoyés aux numéros de ce pays. Contactez votre administrateur.
errors-role-invalid = Choisissez user, helpdesk_verifier, password_admin ou global_admin.

## Champs de profil et de groupe

errors-first-name-too-long = Le prénom peut comporter au maximum { $max } caractères.
errors-first-name-control = Le prénom ne peut pas contenir de caractères de contrôle.
errors-last-name-too-long = Le nom peut comporter au maximum { $max } caractères.
errors-last-name-control = Le nom ne peut pas contenir de caractères de contrôle.
errors-display-name-too-long = Le nom d'affichage peut comporter au maximum { $max } caractères.
errors-display-name-control = Le nom d'affichage ne peut pas contenir de caractères de contrôle.
errors-description-too-long = La description peut comporter au maximum { $max } caractères.
errors-description-control = La description ne peut pas contenir de caractères de contrôle.
errors-display-name-empty = Entrez un nom d'affichage, ou un prénom ou un nom à partir duquel le créer.
errors-group-name-empty = Entrez un nom de groupe.
errors-group-name-invalid = Un nom de groupe comporte entre 1 et 64 caractères, sans caractères de contrôle.

## Stratégie de réinitialisation de mot de passe en libre-service

errors-policy-group-required = Choisissez le groupe dont les membres peuvent réinitialiser leur mot de passe.
errors-policy-methods-required-range = Le nombre de méthodes requises pour la réinitialisation doit être 1 ou 2.
errors-policy-methods-too-many = Au maximum { $max } méthodes peuvent être indiquées, chacune une seule fois : { $methods }.
errors-policy-method-twice = { $method } est indiqué plusieurs fois. Indiquez chaque méthode une seule fois.
errors-policy-methods-empty = Choisissez au moins une méthode de réinitialisation pour les utilisateurs.
errors-policy-methods-fewer = { $n ->
    [one] Choisissez au moins { $n } méthode, car { $n } est requise pour la réinitialisation.
   *[other] Choisissez au moins { $n } méthodes, car { $n } sont requises pour la réinitialisation.
}
errors-policy-questions-only = Les questions de sécurité ne peuvent pas être la seule méthode : les réponses peuvent être trouvées ou devinées, une réinitialisation nécessite donc toujours une autre méthode.
errors-policy-questions-register-range = Le nombre de questions requises pour l'inscription doit être compris entre 3 et 5.
errors-policy-questions-reset-range = Le nombre de questions requises pour la réinitialisation doit être compris entre 3 et 5.
errors-policy-questions-reset-exceeds = Les utilisateurs ne peuvent pas recevoir plus de questions lors de la réinitialisation qu'ils n'en ont enregistré : le nombre requis pour la réinitialisation ne doit pas dépasser le nombre requis pour l'inscription.
errors-policy-custom-questions-too-many = Au maximum 20 questions personnalisées.
errors-policy-custom-question-length = Chaque question personnalisée doit comporter entre 3 et 200 caractères, sur une seule ligne.
errors-policy-reconfirm-days = Le nombre de jours doit être compris entre 0 (jamais) et 730.
errors-policy-helpdesk = Entrez une adresse web commençant par https:// ou une adresse e-mail.
errors-policy-countries-empty = Indiquez au moins un pays vers lequel les codes peuvent être envoyés par SMS ou par appel, comme US ou GB.
errors-policy-country-invalid = « { $code } » n'est pas un code de pays. Utilisez des codes ISO 3166 à deux lettres en majuscules, comme US, GB ou DE.
errors-policy-country-twice = { $country } est indiqué plusieurs fois. Indiquez chaque pays une seule fois.
errors-policy-group-missing = Il n'existe aucun groupe avec l'ID { $id }. Choisissez un groupe existant.

## Stratégie de protection des mots de passe

errors-protect-min-length = La longueur minimale doit être comprise entre 8 et 256 caractères.
errors-protect-history = Mémorisez au maximum 24 mots de passe précédents.
errors-protect-min-score = La robustesse minimale est un score de 0 à 4.
errors-protect-terms-too-many = Au maximum { $max } termes interdits ; cette liste en contient { $count }.
errors-protect-term-length = « { $term } » : chaque terme interdit doit comporter entre 4 et 16 caractères.

## Passe d'accès temporaire

errors-access-pass-lifetime = Un passe d'accès temporaire est valide de { $min } minutes à 8 heures : choisissez une durée comprise entre { $min } et { $max } minutes.
errors-access-pass-blocked = La connexion de ce compte est bloquée : autorisez d'abord la connexion, puis délivrez le passe.
errors-access-pass-changed = Le rôle ou la connexion de ce compte a changé pendant la délivrance du passe. Consultez de nouveau le compte, puis délivrez le passe.

## Pourquoi un nouveau mot de passe a été refusé

errors-password-too-short = { $min ->
    [one] Votre mot de passe doit comporter au moins { $min } caractère.
   *[other] Votre mot de passe doit comporter au moins { $min } caractères.
}
errors-password-too-long = { $max ->
    [one] Votre mot de passe peut comporter au maximum { $max } caractère.
   *[other] Votre mot de passe peut comporter au maximum { $max } caractères.
}
errors-password-too-common = Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.
errors-password-same-as-current = Votre nouveau mot de passe doit être différent de votre mot de passe actuel.
errors-password-contains-username = Votre mot de passe ne peut pas contenir votre nom d'utilisateur.
errors-password-mismatch = Les mots de passe que vous avez tapés ne correspondent pas.
errors-password-contains-name = Votre mot de passe ne peut pas contenir votre nom ni celui de l'organisation. Choisissez quelque chose qui ne vous concerne pas.
errors-password-custom-banned = Votre mot de passe contient un mot que votre organisation n'autorise pas. Choisissez un autre mot de passe.
errors-password-breached = Ce mot de passe est apparu dans une fuite de données, les attaquants l'essaient donc en premier. Choisissez-en un autre.
errors-password-reused = Vous avez utilisé ce mot de passe récemment. Choisissez-en un que vous n'avez pas encore utilisé.
errors-password-too-weak = Ce mot de passe est trop facile à deviner. Ajoutez un ou deux mots.
errors-password-needs-classes = Utilisez au moins trois de ces éléments : lettres minuscules, lettres majuscules, chiffres et symboles.
errors-password-name-or-username = Votre nouveau mot de passe ne peut pas contenir votre nom ni votre nom d'utilisateur. Choisissez quelque chose qui ne vous concerne pas.
errors-password-organization-with-year = Votre nouveau mot de passe ne peut pas être le nom de l'organisation suivi d'une année ou d'autres chiffres.
errors-password-keyboard-walk = Votre nouveau mot de passe ne peut pas être une suite de touches comme azerty. Choisissez plutôt quelques mots.

## Indicateur de robustesse du mot de passe

errors-strength-suggest-words = Utilisez quelques mots et évitez les expressions courantes.
errors-strength-warn-names = Les noms sont faciles à deviner.
errors-strength-warn-common = Ce mot de passe ressemble à un mot de passe couramment utilisé.
errors-strength-warn-keyboard = Les suites de touches sont faciles à deviner.
errors-strength-warn-repeats = Les répétitions comme « aaa » sont faciles à deviner.
errors-strength-warn-sequences = Les séquences comme « abc » ou « 654 » sont faciles à deviner.
errors-strength-suggest-another-word = Ajoutez un ou deux mots. Les mots peu courants sont préférables.
errors-strength-suggest-longer = Plus long, c'est plus sûr : quelques mots sans rapport entre eux forment un mot de passe robuste.

## Questions de sécurité

errors-answer-too-short = La réponse est trop courte. Utilisez au moins 3 caractères.
errors-answer-too-long = La réponse est trop longue. Utilisez au maximum 40 caractères.
errors-answer-duplicate = Chaque réponse doit être différente de vos autres réponses.
errors-answer-contains-question = La réponse ne doit pas répéter la question.
errors-answer-contains-username = La réponse ne doit pas contenir votre nom d'utilisateur.
errors-answer-contains-password = La réponse ne doit pas contenir votre mot de passe.
errors-question-control = La question ne doit pas contenir de sauts de ligne ni de caractères de contrôle.
errors-question-too-short = La question est trop courte. Utilisez au moins { $min } caractères.
errors-question-too-long = La question est trop longue. Utilisez au maximum { $max } caractères.

## Membres de groupe

errors-member-not-found = Il n'existe aucun utilisateur ni groupe nommé « { $name } ».
errors-member-deleted = Un membre vient d'être supprimé. Vérifiez les membres et réessayez.
errors-member-ambiguous = Plusieurs personnes s'appellent « { $name } » : { $candidates }. Tapez le nom d'utilisateur de la personne voulue.

## Importation d'utilisateurs

errors-import-password-hash = Indiquez un hachage Argon2id au format PHC ($argon2id$v=19$m=…,t=…,p=…$salt$hash) avec des paramètres de la liste de l'OWASP (au moins m=19456,t=2 ou équivalent) jusqu'à m=65536,t=10,p=16, ou laissez le champ vide pour ne définir aucun mot de passe.
errors-import-group-managed = Le groupe « { $name } » est géré par l'annuaire local : ajoutez les membres dans celui-ci, pas dans Latchkey.
errors-import-group-missing = Il n'existe aucun groupe nommé « { $name } ».
errors-import-username-twice = Le nom d'utilisateur « { $name } » figure aussi à la ligne { $line }.
errors-import-user-exists = Il existe déjà un utilisateur « { $name } ».
errors-import-unknown-column = Colonne inconnue « { $column } » dans la ligne d'en-tête. Les colonnes sont : { $columns }.
errors-import-column-twice = La colonne « { $column } » figure deux fois dans la ligne d'en-tête.
errors-import-no-username-column = La ligne d'en-tête doit contenir une colonne username (la première ligne nomme les colonnes : username,first_name,…).
errors-import-header-not-utf8 = La ligne d'en-tête n'est pas du texte UTF-8. Enregistrez le fichier au format UTF-8.
errors-import-row-not-utf8 = Cette ligne n'est pas du texte UTF-8. Enregistrez le fichier au format UTF-8.
errors-import-row-values = { $count ->
    [one] Cette ligne contient { $count } valeur ; la ligne d'en-tête nomme { $columns } colonnes.
   *[other] Cette ligne contient { $count } valeurs ; la ligne d'en-tête nomme { $columns } colonnes.
}
errors-import-empty = Le fichier est vide : la première ligne doit nommer les colonnes (username,first_name,…).
errors-import-line-not-utf8 = Cette ligne n'est pas du texte UTF-8. Enregistrez le fichier au format UTF-8.
errors-import-line-not-json = Cette ligne n'est pas un objet JSON contenant les clés de l'importation : { $error }.
errors-import-line = Ligne { $line } : { $problems }

## Messages des pages du portail lorsqu'une modification est refusée

errors-page-username-taken = Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.
errors-page-group-name-taken = Un groupe portant ce nom existe déjà. Choisissez un autre nom.
errors-page-global-only = Seuls les administrateurs généraux peuvent effectuer cette opération. Demandez de l'aide à un administrateur général.
errors-page-manage-admins = Les administrateurs de mots de passe peuvent gérer les utilisateurs qui ne sont pas administrateurs. Contactez un administrateur général.
errors-page-self-change = Vous ne pouvez pas modifier votre propre rôle, ni vous bloquer ou vous supprimer vous-même.
errors-page-self-security-info = Modifiez vos propres adresses e-mail, numéros de téléphone et informations de sécurité dans Mon compte (Sécuriser votre compte), où votre mot de passe est confirmé. Rien n'a été modifié.
errors-page-self-reset = Modifiez votre propre mot de passe dans Mon compte, où votre mot de passe actuel vous est demandé.
errors-page-nesting = Impossible d'ajouter « { $member } » : { $why }.
errors-page-method-limit = Vous en avez déjà autant qu'un compte peut en avoir. Supprimez-en un dans Sécuriser votre compte, puis ajoutez le nouveau.
errors-page-changed-meanwhile = Quelqu'un d'autre a modifié ces paramètres en même temps, votre modification n'a donc pas été enregistrée. Vérifiez les paramètres ci-dessous et enregistrez de nouveau.
errors-last-global-admin = Il s'agit du seul administrateur général activé. Nommez d'abord une autre personne administrateur général.
errors-no-such-member = Cet utilisateur ou ce groupe n'existe pas.
errors-refused = Refusé : { $why }.
errors-sspr-group = La réinitialisation de mot de passe en libre-service est activée pour ce groupe. Choisissez d'abord un autre groupe ou désactivez-la dans la page Propriétés.

## Messages de l'API JSON lorsqu'une modification est refusée

errors-api-not-found = Cette ressource n'existe pas.
errors-api-not-member = Ce membre n'est pas un membre direct de ce groupe.
errors-api-username-taken = Ce nom d'utilisateur est déjà pris.
errors-api-group-name-taken = Un groupe portant ce nom existe déjà.
errors-api-global-only = Seuls les administrateurs généraux peuvent effectuer cette opération ; le propriétaire de ce jeton est un administrateur de mots de passe.
errors-api-manage-admins = Les administrateurs de mots de passe peuvent gérer les utilisateurs qui ne sont pas administrateurs.
errors-api-self-change = Un jeton ne peut pas modifier le rôle de son propriétaire, ni bloquer ou supprimer son propriétaire.
errors-api-self-security-info = Un jeton ne peut pas modifier les coordonnées ou les informations de sécurité de son propriétaire ; le propriétaire les modifie dans Mon compte, où le mot de passe est confirmé. Rien n'a été modifié.
errors-api-self-reset = Un jeton ne peut pas réinitialiser le mot de passe de son propriétaire ; le propriétaire le modifie dans Mon compte.
errors-api-nesting = Impossible d'ajouter { $member } : { $why }.
errors-api-changed-meanwhile = Quelqu'un d'autre a modifié ces paramètres en même temps, cette modification n'a donc pas été enregistrée. Relisez-les et réessayez.
errors-token-owner-self = Vous ne pouvez créer des jetons que pour vous-même. Pour en créer un pour un autre administrateur, utilisez la ligne de commande (latchkey token create) ou demandez-le-lui.

# Leftovers: on-premises write-back, branding, managed accounts, nesting, refusals.
errors-writeback-too-short = L'annuaire de votre organisation exige un mot de passe plus long. Choisissez-en un plus long.
errors-writeback-in-history = Vous avez utilisé ce mot de passe récemment. Choisissez-en un que vous n'avez jamais utilisé.
errors-writeback-not-complex = L'annuaire de votre organisation exige un mot de passe plus complexe : utilisez au moins trois types de caractères parmi les majuscules, les minuscules, les chiffres et les symboles, et n'incluez ni votre nom ni votre nom d'utilisateur.
errors-writeback-too-recent = Votre mot de passe a été modifié trop récemment pour pouvoir être modifié à nouveau. Réessayez demain ou contactez votre équipe informatique.
errors-writeback-other = L'annuaire de votre organisation n'a pas accepté ce mot de passe. Choisissez-en un autre.
errors-writeback-wrong-current = Votre mot de passe actuel est incorrect. Vérifiez-le et réessayez.
errors-writeback-locked = Votre compte est verrouillé dans l'annuaire de votre organisation. Déverrouillez-le d'abord ou contactez votre équipe informatique.
errors-writeback-protected = Ce compte est protégé dans l'annuaire de votre organisation : son mot de passe ne peut donc pas être modifié ici. Contactez votre équipe informatique.
errors-writeback-unavailable = L'annuaire de votre organisation n'a pas pu prendre en compte la modification pour le moment : votre mot de passe n'a donc été modifié nulle part. Réessayez dans quelques minutes ; si le problème persiste, contactez votre équipe informatique.
errors-writeback-off = La réinitialisation du mot de passe n'est pas activée pour les comptes de l'annuaire local de votre organisation. Contactez votre équipe informatique.
errors-branding-name-length = Le nom de l'organisation doit comporter entre 1 et 64 caractères.
errors-branding-logo-too-large = Le logo ne peut pas dépasser 200 Ko. Utilisez une image plus petite.
errors-branding-logo-type = Le logo doit être une image PNG, JPEG ou SVG.
errors-branding-logo-base64 = Le logo doit être une image PNG, JPEG ou SVG encodée en base64.
errors-managed-user = Ce compte provient de votre annuaire local : ses noms et coordonnées y sont gérés, et les modifications qui y sont apportées arrivent lors de la prochaine synchronisation. Son rôle et son mot de passe peuvent être modifiés ici, et sa connexion peut être bloquée ici.
errors-managed-group = Ce groupe provient de votre annuaire local : son nom et ses membres y sont gérés, et les modifications qui y sont apportées arrivent lors de la prochaine synchronisation. Imbriquez-le dans un groupe créé dans Latchkey pour ajouter d'autres membres.
errors-nesting-self = un groupe ne peut pas être membre de lui-même
errors-nesting-cycle = le groupe se retrouverait à l'intérieur de lui-même : il contient déjà ce groupe
errors-refused-not-configured = aucun annuaire local n'est configuré : définissez [ldap] urls, bind_dn, bind_password et user_base
errors-refused-sync-running = une autre instance de Latchkey synchronise l'annuaire en ce moment ; réessayez dans quelques minutes
errors-refused-sync-started = une autre instance de Latchkey a commencé à synchroniser l'annuaire au même moment
errors-refused-sync-overtaken = une autre synchronisation a écrit ses modifications en premier ; celle-ci n'a rien écrit
errors-refused-role-changed = le rôle de l'utilisateur a changé pendant la réinitialisation de son mot de passe ; actualisez la page et réessayez
