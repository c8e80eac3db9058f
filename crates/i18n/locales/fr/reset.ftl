## La réinitialisation de mot de passe en libre-service (/reset).

## Shared by the reset pages.

reset-title = Récupérer votre compte
reset-next = Suivant
reset-cancel = Annuler
reset-back-to-sign-in = Retour à la connexion
reset-start-again = Recommencer
reset-sign-in = Se connecter
reset-try-again = Réessayer
reset-contact-admin = Contacter votre administrateur

## Start page.

reset-start-heading = Qui êtes-vous ?
reset-start-intro = Pour récupérer votre compte, entrez votre nom d’utilisateur.
reset-start-intro-captcha = Pour récupérer votre compte, entrez votre nom d’utilisateur et les caractères de l’image.
reset-start-username = Nom d’utilisateur
reset-start-username-hint = Par exemple mias ou mia.steele@example.org.
reset-start-username-missing = Entrez votre nom d’utilisateur.
reset-start-noscript = La vérification indiquant que vous êtes une personne nécessite JavaScript ; sans JavaScript, vous pouvez tout de même continuer, quelques fois par heure.
reset-start-captcha-alt = CAPTCHA : six caractères déformés
reset-start-captcha-question = Vous ne parvenez pas à lire l’image ? Répondez plutôt à cette question :
reset-start-captcha-label = Entrez les caractères de l’image ou la réponse à la question
reset-human-picture-used = Cette image a déjà été utilisée. Entrez les caractères de la nouvelle image.
reset-human-picture-expired = L’image a expiré. Entrez les caractères de la nouvelle image.
reset-human-picture-wrong = Les caractères ne correspondent pas à l’image. Essayez avec la nouvelle image ou répondez plutôt à la question.
reset-human-check-again = La vérification de votre navigateur n’a pas abouti. Patientez un instant, puis réessayez.
reset-human-check-busy = De nombreuses demandes viennent d’être envoyées depuis votre réseau ; la vérification de votre navigateur prend donc un peu plus de temps. Réessayez.
reset-human-check-expired = Cette page est restée ouverte longtemps ; sa vérification a donc expiré. Réessayez.
reset-human-provider-failed = La vérification indiquant que vous êtes une personne a échoué. Réessayez.

## Reset or unlock.

reset-options-heading = Pourquoi avez-vous des difficultés à vous connecter ?
reset-options-legend = Choisissez une option
reset-options-forgot = J’ai oublié mon mot de passe
reset-options-forgot-hint = Pas d’inquiétude, nous allons vous aider à le réinitialiser à l’aide des informations de sécurité que vous avez inscrites.
reset-options-unlock = Je connais mon mot de passe, mais je ne parviens toujours pas à me connecter
reset-options-unlock-hint = Cela peut arriver si vous avez essayé de vous connecter trop de fois avec un mot de passe incorrect. Nous allons déverrouiller votre compte et conserver votre mot de passe.
reset-options-invalid = Choisissez l’une des deux options.

## Methods.

reset-method-email = Envoyer un e-mail à mon adresse e-mail de secours
reset-method-mobile-sms = Envoyer un SMS à mon téléphone mobile
reset-method-mobile-voice = Appeler mon téléphone mobile
reset-method-office-voice = Appeler mon téléphone de bureau
reset-method-app = Entrer un code de mon application d’authentification
reset-method-questions = Répondre à mes questions de sécurité
reset-method-app-notification = Approuver une notification sur mon téléphone
reset-method-passkey = Utiliser une clé d’accès

## Verification page.

reset-verify-steps = Étape de vérification { $step } > choisir un nouveau mot de passe
reset-verify-methods-heading = Choisissez la méthode de contact que nous devons utiliser pour la vérification :
reset-verify-choose = Choisissez une méthode pour continuer.
reset-verify-aside = Aucune de ces méthodes ne vous convient ?
reset-verify-aside-helpdesk = ou votre support technique :
reset-verify-second-method = Terminé. Choisissez maintenant une deuxième méthode, différente.
reset-verify-choose-shown = Choisissez l’une des méthodes affichées.
reset-verify-email-label = Adresse e-mail
reset-verify-phone-label = Numéro de téléphone
reset-verify-send-email = Envoyer un e-mail
reset-verify-send-text = Envoyer un SMS
reset-verify-send-call = Appeler
reset-verify-destination-number = Pour protéger votre compte, entrez ci-dessous le numéro complet ({ $masked }), tel que vous l’avez inscrit. Vous pouvez omettre l’indicatif du pays s’il s’agit du même pays. Nous vous enverrons ensuite un code.
reset-verify-destination-address = Pour protéger votre compte, entrez ci-dessous l’adresse complète ({ $masked }). Nous vous enverrons ensuite un code.
reset-verify-mismatch-address = Cette adresse ne correspond pas à celle que nous avons pour vous. Vérifiez-la et réessayez, ou choisissez une autre méthode.
reset-verify-mismatch-number = Ce numéro ne correspond pas à celui que nous avons pour vous. Vérifiez-le et réessayez, ou choisissez une autre méthode.
reset-verify-send-failed = Nous n’avons pas pu envoyer de code pour le moment. Réessayez dans un instant ou choisissez une autre méthode.
reset-verify-code-email = Nous avons envoyé un code par e-mail à { $masked }. Il est valide pendant 5 minutes.
reset-verify-code-sms = Nous avons envoyé un code par SMS au { $masked }. Il est valide pendant 5 minutes.
reset-verify-code-call = Nous appelons le { $masked } pour vous lire un code. Il est valide pendant 5 minutes.
reset-verify-code-label = Entrez votre code de vérification
reset-verify-new-code = Envoyer un nouveau code
reset-verify-app-prompt = Ouvrez votre application d’authentification et entrez le code à 6 chiffres qu’elle affiche pour ce compte.
reset-verify-app-label = Entrez le code de votre application d’authentification
reset-verify-questions-prompt = Répondez aux questions ci-dessous comme vous y avez répondu lors de votre inscription.
reset-verify-answer-shown = Répondez aux questions affichées.
reset-verify-passkey-prompt = Utilisez la clé d’accès de cet appareil ou une clé de sécurité : sélectionnez « Utiliser ma clé d’accès », puis suivez les étapes de votre navigateur (empreinte digitale, visage, code PIN ou verrouillage de l’écran).
reset-verify-passkey-noscript-strong = L’utilisation d’une clé d’accès nécessite JavaScript
reset-verify-passkey-noscript-rest = , qui est désactivé dans ce navigateur. Activez-le et rechargez cette page, ou choisissez une autre méthode.
reset-verify-passkey-button = Utiliser ma clé d’accès
reset-verify-push-send-prompt = Nous allons envoyer une notification à l’application Latchkey de votre téléphone. Ouvrez-la, entrez le nombre affiché sur cette page, puis approuvez.
reset-verify-push-send = Envoyer une notification
reset-verify-push-wait-prompt = Ouvrez l’application Latchkey sur votre téléphone et entrez ce nombre
reset-verify-push-waiting = En attente de votre approbation…
reset-verify-push-approved = J’ai approuvé
reset-verify-push-again = Envoyer une nouvelle notification

## Refusals.

reset-check-passkey-noscript = L’utilisation d’une clé d’accès nécessite JavaScript, qui ne s’est pas exécuté dans ce navigateur. Activez-le et réessayez, ou choisissez une autre méthode.
reset-check-no-code = Aucun code n’est en attente pour cette méthode, ou il a expiré. Envoyez un nouveau code.
reset-check-busy = Plusieurs codes sont vérifiés en même temps. Patientez un instant, puis réessayez.
reset-check-app-wrong = Ce code est incorrect. Attendez le code suivant dans votre application, puis réessayez.
reset-check-answers-wrong = Une ou plusieurs réponses ne correspondent pas. Vérifiez-les et réessayez.
reset-check-code-not-right = Ce code est incorrect.
reset-check-code-wrong = Ce code est incorrect. Vérifiez-le et réessayez.
reset-check-code-too-many = Ce code a été saisi incorrectement trop de fois. Envoyez un nouveau code.
reset-check-code-expired = Ce code a expiré. Envoyez un nouveau code.
reset-passkey-no-ceremony = Votre demande de clé d’accès a expiré ou a déjà été utilisée. Sélectionnez « Utiliser ma clé d’accès » pour réessayer.
reset-passkey-wrong = Votre clé d’accès n’a pas pu être vérifiée. Réessayez ou choisissez une autre méthode.
reset-passkey-busy = Plusieurs vérifications sont en cours en même temps. Patientez un instant, puis réessayez.
reset-passkey-expired = Votre session a expiré. Recommencez ; cela ne prend qu’une minute.
reset-passkey-blocked = Pour votre sécurité, la réinitialisation de mot de passe en libre-service est bloquée pour ce compte pendant 24 heures. Si vous devez y accéder plus tôt, contactez votre administrateur.
reset-passkey-not-offered = Une clé d’accès ne peut pas être utilisée à cette étape. Choisissez l’une des méthodes affichées.
reset-push-failed = Nous n’avons pas pu joindre votre téléphone. Vérifiez qu’il est en ligne et que l’application Latchkey est installée, puis réessayez, ou choisissez une autre méthode.
reset-push-gone = Les notifications de votre téléphone ne fonctionnent plus. Configurez à nouveau l’application Latchkey depuis vos informations de sécurité, ou choisissez une autre méthode.
reset-push-too-many = Nous avons déjà envoyé 3 demandes à votre téléphone au cours des 10 dernières minutes. Patientez quelques minutes ou choisissez une autre méthode.
reset-push-no-request = Aucune demande n’est en attente pour votre téléphone. Envoyez-en une nouvelle.
reset-push-expired = La demande a expiré. Envoyez-en une nouvelle.
reset-push-not-yet = Pas encore approuvée. Ouvrez l’application Latchkey sur votre téléphone, entrez le nombre affiché ici, puis approuvez.
reset-push-wrong-number = Le nombre saisi dans l’application ne correspond pas à celui affiché ici. Envoyez une nouvelle demande et entrez le nombre affiché sur cette page.
reset-push-denied-title = Demande refusée
reset-push-denied = Vous avez refusé la demande dans l’application Latchkey ; cette réinitialisation de mot de passe est donc terminée. Recommencez s’il s’agit d’une erreur.
reset-push-reported = La demande a été signalée dans l’application Latchkey comme ne provenant pas de vous ; cette réinitialisation de mot de passe est donc terminée et vos administrateurs ont été prévenus.

## New password.

reset-password-heading = Choisir un nouveau mot de passe
reset-password-new = Entrez le nouveau mot de passe
reset-password-new-hint = { $min ->
    [one] Au moins { $min } caractère. Quelques mots sans rapport entre eux forment un mot de passe fort et facile à retenir.
   *[other] Au moins { $min } caractères. Quelques mots sans rapport entre eux forment un mot de passe fort et facile à retenir.
}
reset-password-confirm = Confirmez le nouveau mot de passe
reset-password-finish = Terminer
reset-password-enter-new = Entrez un nouveau mot de passe.
reset-already-done-title = Cette réinitialisation est déjà terminée
reset-already-done-body = Votre nouveau mot de passe a déjà été défini depuis une autre fenêtre ou par un second clic ; celui de ce formulaire n’a donc pas été utilisé.
reset-already-done-next = Connectez-vous avec le mot de passe que vous avez choisi en premier. Si vous ne savez plus lequel, recommencez : cela ne prend qu’une minute.
reset-in-progress-title = Votre nouveau mot de passe est en cours d’enregistrement
reset-in-progress-body = Une autre fenêtre ou un second clic est en train d’enregistrer un nouveau mot de passe pour cette réinitialisation ; celui de ce formulaire n’a donc pas été utilisé.
reset-in-progress-next = Patientez un instant, puis réessayez : si l’autre a abouti, vous en serez informé ; sinon, vous pourrez choisir à nouveau votre mot de passe.

## Last page.

reset-unlocked-title = Votre compte a été déverrouillé
reset-unlocked-body = Vous pouvez maintenant vous connecter avec votre mot de passe.
reset-done-title = Votre mot de passe a été réinitialisé
reset-done-body = Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.
reset-done-sign-in = Se connecter avec votre nouveau mot de passe

## Ended.

reset-message-helpdesk = Votre support technique :
reset-expired-title = Votre session a expiré
reset-expired-body = Pour votre sécurité, une réinitialisation de mot de passe doit être terminée en moins de 15 minutes, et elle prend fin si quelque chose change sur le compte entre-temps : un code plus récent a été envoyé (depuis une autre fenêtre, par exemple), ou le compte ou ses informations de sécurité ont été modifiés.
reset-expired-next = Recommencez ; cela ne prend qu’une minute.
reset-blocked-title = Vous avez effectué trop de tentatives
reset-blocked-body = Pour votre sécurité, la réinitialisation de mot de passe en libre-service est bloquée pour ce compte pendant 24 heures.
reset-blocked-next = Si vous devez y accéder plus tôt, contactez votre administrateur.

## Help.

reset-help-intro = Si vous ne pouvez utiliser aucune des méthodes affichées, ou si vous ne les avez jamais configurées, un administrateur peut réinitialiser votre mot de passe pour vous.
reset-help-helpdesk = Contactez votre support technique :
reset-help-submit = Demander de l’aide à un administrateur
reset-help-none-title = Nous n’avons pu joindre aucun administrateur
reset-help-none-body = Personne n’a encore été configuré pour recevoir les demandes d’aide ; rien n’a donc été envoyé.
reset-help-none-next = Contactez votre équipe informatique par un autre moyen, en personne ou par téléphone ; elle peut réinitialiser votre mot de passe pour vous.
reset-help-sent-title = Nous avons prévenu vos administrateurs
reset-help-sent-body = Si le nom d’utilisateur que vous avez entré correspond à un compte, ses administrateurs ont été invités à vous aider à réinitialiser votre mot de passe.
reset-help-sent-next = Ils pourront vous contacter pour confirmer votre identité.

## The CAPTCHA's accessible question; the passkey panel of /reset/verify (static/passkey.js).
reset-captcha-plus = Combien font { $a } plus { $b } ?
reset-captcha-minus = Combien font { $a } moins { $b } ?
reset-captcha-word = Saisissez le { $ordinal } mot de cette liste : { $words }
reset-captcha-numbers = zéro, un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, onze, douze, treize, quatorze, quinze, seize, dix-sept, dix-huit, dix-neuf, vingt
reset-captcha-ordinals = premier, deuxième, troisième, quatrième
reset-captcha-words = pierre nuage pomme bougie jardin crayon tigre bouton orange argent lapin panier tapis citron violon port veste miroir poivre selle tunnel noix jaune ancre pont dragon plume marbre cheval maison table soleil livre porte chemin sable lune ville fleur bateau
reset-passkey-msg-cancelled = Aucune clé d’accès n’a été utilisée : la demande a été annulée ou a expiré, ou cet appareil n’a pas de clé d’accès pour votre compte. Sélectionnez « Utiliser ma clé d’accès » pour réessayer, ou choisissez une autre méthode.
reset-passkey-msg-no-support = Ce navigateur ne prend pas en charge les clés d’accès. Essayez un autre navigateur, ou choisissez une autre méthode.
reset-passkey-msg-follow = Suivez les étapes de votre navigateur pour utiliser votre clé d’accès.
