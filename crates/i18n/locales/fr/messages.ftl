# Messages envoyés par Latchkey : e-mails, SMS, appels vocaux.

## Éléments communs

messages-greeting = Bonjour,
messages-greeting-name = Bonjour { $name },
messages-minutes =
    { $n ->
        [one] 1 minute
       *[other] { $n } minutes
    }
messages-report-link = Signalez-le-nous immédiatement
messages-issued-by-cli = la ligne de commande

## Code de vérification (e-mail, SMS, appel vocal)

messages-code-email-subject = Code de vérification de votre compte { $org }
messages-code-email-intro = Votre code de vérification { $org } est :
messages-code-email-enter = Saisissez-le sur la page où vous l'avez demandé. Il expire dans { $expires_in }.
messages-code-email-never = Nous ne vous demanderons jamais ce code par téléphone, par SMS ou par e-mail. Ne le communiquez à personne, même à quelqu'un qui affirme travailler pour { $org }.
messages-code-email-ignore = Si vous n'avez pas demandé de code, vous pouvez ignorer ce message. Rien n'a été modifié sur votre compte.
messages-code-sms = { $code } est votre code de vérification { $org }. Il expire dans { $expires_in }.
messages-code-voice = Ici { $org }. Votre code de vérification est { $spoken_code }.

## Avis de réinitialisation du mot de passe

messages-reset-notice-subject = Le mot de passe de votre compte { $org } a été réinitialisé
messages-reset-notice-subject-unlock = Votre compte { $org } a été déverrouillé
messages-reset-notice-reset = Le mot de passe de votre compte { $org } a été réinitialisé le { $when_utc }.
messages-reset-notice-unlock = Votre compte { $org } a été déverrouillé le { $when_utc }. Votre mot de passe n'a pas changé.
messages-reset-notice-was-you = Si c'était vous, vous n'avez rien d'autre à faire.
messages-reset-notice-not-you = Si ce n'était pas vous, quelqu'un d'autre pourrait se connecter à votre place.

## Alerte aux administrateurs généraux

messages-admin-alert-subject = { $org } : le mot de passe d'un administrateur a été réinitialisé
messages-admin-alert-reset-before = Le mot de passe de l'administrateur
messages-admin-alert-reset-after = ({ $admin_username }) a été réinitialisé par un autre administrateur le { $when_utc }.
messages-admin-alert-why = Vous recevez ce message, car vous êtes administrateur général de { $org }. Si vous ne vous attendiez pas à cette réinitialisation, vérifiez auprès de { $admin_display_name } et
messages-admin-alert-report = signalez-la

## Demande d'aide aux administrateurs

messages-help-subject = { $org } : un utilisateur a demandé de l'aide pour son mot de passe
messages-help-asked-before = Quelqu'un a demandé de l'aide pour le mot de passe du compte
messages-help-asked-after = le { $when_utc }, depuis l'adresse { $client_ip }.
messages-help-used-before = Cette personne a utilisé
messages-help-link-name = Contactez votre administrateur
messages-help-used-after = sur la page de réinitialisation du mot de passe.
messages-help-verify = Avant de réinitialiser le mot de passe ou de déverrouiller le compte, assurez-vous de parler au propriétaire du compte : joignez-le via un numéro de téléphone ou une adresse que vous connaissez déjà, et non via ceux indiqués dans un message.
messages-help-why = Vous recevez ce message, car vous êtes administrateur de { $org }.

## Rappel d'inscription

messages-reminder-subject = Configurez la réinitialisation du mot de passe de votre compte { $org }
messages-reminder-body = Vous ne nous avez pas encore indiqué comment vérifier votre identité si vous oubliez votre mot de passe { $org }, par exemple un numéro de téléphone ou une application d'authentification. Cela ne prend que quelques minutes et vous permet de récupérer l'accès à votre compte par vous-même, à toute heure.
messages-reminder-here = Configurez-la ici :
messages-reminder-button = Configurer maintenant
messages-reminder-copy = Ou copiez cette adresse dans votre navigateur : { $setup_url }

## Passe d'accès temporaire émis

messages-pass-subject = Un passe d'accès temporaire a été émis pour votre compte { $org }
messages-pass-subject-admin = Un passe d'accès temporaire a été émis pour l'administrateur { $account }
messages-pass-issued = Un administrateur ({ $issued_by }) a émis un passe d'accès temporaire pour votre compte { $org } le { $when_utc }. Il est valide jusqu'au { $expires_utc }.
messages-pass-issued-once = Un administrateur ({ $issued_by }) a émis un passe d'accès temporaire pour votre compte { $org } le { $when_utc }. Il est valide jusqu'au { $expires_utc }, pour une seule connexion.
messages-pass-use = Il vous permet de vous connecter pour inscrire vos informations de sécurité (une application d'authentification, une clé d'accès, votre téléphone) si vous n'en avez aucune ou les avez perdues. Votre administrateur vous remet le passe en personne ou par téléphone ; il n'est jamais envoyé par e-mail.
messages-pass-not-you = Si vous ne l'avez pas demandé à votre support technique, quelqu'un essaie peut-être d'accéder à votre compte.
messages-pass-admin-issued = { $issued_by } a émis un passe d'accès temporaire pour l'administrateur { $account } de { $org } le { $when_utc }. Il est valide jusqu'au { $expires_utc }. Quiconque le détient peut inscrire des informations de sécurité pour ce compte.
messages-pass-admin-issued-once = { $issued_by } a émis un passe d'accès temporaire pour l'administrateur { $account } de { $org } le { $when_utc }. Il est valide jusqu'au { $expires_utc }, pour une seule connexion. Quiconque le détient peut inscrire des informations de sécurité pour ce compte.
messages-pass-admin-check = Si ce n'était pas prévu, vérifiez auprès de { $account } et révoquez le passe sur
messages-pass-admin-page = sa page du portail d'administration
messages-pass-sms = { $org } : un passe d'accès temporaire a été émis pour votre compte par { $issued_by }. Si vous ne l'avez pas demandé, appelez votre support technique.

## Messages de test

messages-test-subject = Message de test { $org }
messages-test-body = Ceci est un message de test du service de réinitialisation de mot de passe de { $org }. Si vous pouvez le lire, l'envoi d'e-mails fonctionne. Vous n'avez rien à faire.
messages-test-sms = Ceci est un message de test de { $org }. L'envoi de SMS fonctionne.

## Avis de sécurité (texte brut)

messages-report-here = Si ce n'était pas vous, signalez-le ici :
messages-blocked-subject = { $org } : la réinitialisation du mot de passe est bloquée sur votre compte
messages-blocked-body = Quelqu'un a tenté cinq fois sans succès de vérifier votre identité pour réinitialiser votre mot de passe ({ $when }). Pour votre sécurité, la réinitialisation de mot de passe en libre-service est bloquée sur votre compte pendant 24 heures. Votre mot de passe n'a pas changé.
messages-blocked-advice = Si c'était vous, attendez 24 heures ou contactez votre administrateur. Sinon, prévenez votre administrateur : quelqu'un essaie peut-être d'accéder à votre compte.
messages-code-reused-subject = { $org } : un code d'authentification a été réutilisé
messages-code-reused-body = Quelqu'un a utilisé un code d'authentification qui avait déjà servi ; il a peut-être été vu par une autre personne ({ $when }). Le code a été refusé et votre mot de passe n'a pas changé.
messages-code-reused-contact = et contactez votre administrateur : quelqu'un essaie peut-être d'accéder à votre compte.
messages-passkey-cloned-subject = { $org } : votre clé d'accès a peut-être été copiée
messages-passkey-cloned-body = Votre clé d'accès « { $name } » a été utilisée pour une réinitialisation de mot de passe ({ $when }), mais elle a indiqué un nombre d'utilisations inférieur à celui d'avant : une copie est peut-être utilisée ailleurs. Elle a été refusée et votre mot de passe n'a pas changé.
messages-passkey-cloned-remove = Supprimez la clé d'accès sur la page de vos informations de sécurité et contactez votre administrateur.
messages-mobile-changed-sms = { $org } : le numéro de mobile de votre compte a été modifié ou supprimé. Si ce n'était pas vous, contactez immédiatement votre administrateur.

## "Your security info changed"; the "this wasn't me" alert to administrators.
messages-security-changed-subject = { $org } : vos informations de sécurité ont été modifiées
messages-security-changed-added = Une méthode de sécurité a été ajoutée à votre compte ({ $when }).
messages-security-changed-removed = Une méthode de sécurité a été supprimée de votre compte ({ $when }).
messages-security-changed-report = Si ce n'était pas vous, ouvrez ce lien : { $link }
messages-security-changed-advice = Cela bloque la réinitialisation du mot de passe de votre compte et prévient vos administrateurs ; contactez-les ensuite : quelqu'un d'autre utilise peut-être votre compte.
messages-not-me-change-subject = { $username } a signalé une modification de son compte qu'il n'a pas effectuée
messages-not-me-change-body = { $name } ({ $username }) indique ne pas être à l'origine d'une modification récente de son compte : une réinitialisation ou un déverrouillage du mot de passe, de nouvelles informations de sécurité ou un passe d'accès temporaire (la notification à laquelle l'utilisateur a répondu précise laquelle ; le journal d'audit contient les détails).
messages-not-me-app-subject = { $username } a signalé une demande de réinitialisation de mot de passe qu'il n'a pas faite
messages-not-me-app-body = { $name } ({ $username }) a répondu « Ce n'était pas moi » dans l'application Latchkey à une demande d'approbation de réinitialisation du mot de passe de son compte : demandée depuis { $ip } ({ $browser }) le { $when }. Quelqu'un d'autre connaît peut-être son nom d'utilisateur et tente de prendre le contrôle du compte.
messages-not-me-action = Latchkey a bloqué la connexion à ce compte (ou, pour le dernier administrateur général, a mis fin à ses sessions et exigé un nouveau mot de passe). Consultez le journal d'audit, parlez à l'utilisateur, puis réinitialisez son mot de passe et autorisez de nouveau la connexion depuis le portail d'administration.
