## My account (/account), the forced password change (/password/change),
## "Confirm it's you" (/account/confirm) and "This wasn't me" (/report/…).

account-title = Mon compte
account-password-changed = Votre mot de passe a été modifié.
account-profile = Profil
account-name = Nom
account-username = Nom d’utilisateur
account-email = E-mail
account-alternate-email = Autre adresse e-mail
account-mobile-phone = Téléphone mobile
account-office-phone = Téléphone de bureau
account-role = Rôle
account-groups = Groupes
account-groups-none = Aucun
account-not-set = Non défini
account-security-info = Informations de sécurité
account-no-methods = Vous n’avez configuré aucune méthode pour réinitialiser vous-même votre mot de passe.
account-manage-security-info = Gérer les informations de sécurité
account-method-push = Application Latchkey sur { $value }
account-method-app = Application d’authentification : { $value }
account-method-passkey = Clé d’accès : { $value }
account-method-email = E-mail : { $value }
account-method-mobile = Téléphone mobile : { $value }
account-method-office = Téléphone de bureau : { $value }
account-method-questions = Questions de sécurité : { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
account-change-password = Modifier le mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-new-password-hint = Au moins { $min } caractères, et différent de votre mot de passe actuel.
account-confirm-new-password = Confirmer le nouveau mot de passe
account-change-password-submit = Modifier le mot de passe
account-wrong-current = Votre mot de passe actuel est incorrect.
account-locked = Votre compte est temporairement verrouillé pour empêcher toute utilisation non autorisée. Réessayez plus tard.
account-enter-current = Entrez votre mot de passe actuel.
account-enter-new = Entrez un nouveau mot de passe.
account-enter-confirm = Retapez le nouveau mot de passe pour le confirmer.

## My account: the language preference.

account-language-title = Langue
account-language-intro = La langue des pages de Latchkey pour vous, sur tous les appareils depuis lesquels vous vous connectez.
account-language-label = Langue d’affichage
account-language-browser = Utiliser la langue de mon navigateur
account-language-submit = Enregistrer la langue
account-language-saved = Votre préférence de langue a été enregistrée.

## The forced password change.

account-forced-title = Mettre à jour votre mot de passe
account-forced-intro = Vous devez choisir un nouveau mot de passe avant de continuer, car c’est votre première connexion ou un administrateur a réinitialisé votre mot de passe.
account-forced-hint = Au moins { $min } caractères. Quelques mots sans rapport entre eux forment un mot de passe fort et facile à retenir.
account-forced-submit = Mettre à jour le mot de passe

## "Confirm it's you".

account-confirm-title = Confirmez votre identité
account-confirm-intro = Pour votre sécurité, entrez à nouveau votre mot de passe avant de modifier vos informations de sécurité.
account-confirm-submit = Confirmer
account-confirm-cancel = Annuler
account-confirm-empty = Entrez votre mot de passe.
account-confirm-wrong = Ce mot de passe n’est pas correct. Entrez le mot de passe avec lequel vous vous connectez. Si vous ne vous en souvenez pas, déconnectez-vous et réinitialisez-le.

## "This wasn't me", from the link in a reset notice.

account-report-title = Signaler une modification que vous n’avez pas effectuée
account-report-intro = Si vous n’avez pas réinitialisé votre mot de passe, déverrouillé votre compte, modifié vos informations de sécurité ou demandé un passe d’accès temporaire à votre support technique à l’instant, quelqu’un d’autre l’a peut-être fait. Nous bloquerons la connexion à votre compte et avertirons vos administrateurs, qui vous aideront à y accéder de nouveau en toute sécurité.
account-report-submit = Ce n’était pas moi : bloquer mon compte
account-report-back = C’était moi, revenir en arrière
account-report-expired-title = Ce lien a expiré
account-report-expired-text = Si vous êtes inquiet pour votre compte, contactez votre administrateur.
account-report-thanks-title = Merci de nous avoir prévenus
account-report-blocked = Nous avons bloqué la connexion à votre compte et averti vos administrateurs. Ils vous contacteront pour vous aider à y accéder de nouveau en toute sécurité.
account-report-ended = Nous avons mis fin à toutes les sessions de votre compte, et un nouveau mot de passe vous sera demandé lors de votre prochaine connexion. Nous avons averti vos administrateurs.
