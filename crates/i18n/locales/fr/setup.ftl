## Inscription des méthodes de vérification : /setup et ses sous-pages.

## /setup : « Sécurisez votre compte »
setup-title = Sécurisez votre compte
setup-register-title = Informations supplémentaires requises.
setup-register-body = Votre organisation a besoin d’informations supplémentaires pour sécuriser votre compte. Configurez au moins { $required ->
        [one] { $required } méthode
       *[other] { $required } méthodes
    } ci-dessous afin de pouvoir réinitialiser vous-même votre mot de passe si vous l’oubliez.
setup-reconfirm-title = Ces informations sont-elles toujours exactes ?
setup-reconfirm-body = Vérifiez que les informations de sécurité ci-dessous sont toujours à jour.
setup-reconfirm-submit = Tout est correct
setup-tap-title = Vous vous êtes connecté avec un passe d’accès temporaire.
setup-tap-before = Il vous permet uniquement de configurer vos informations de sécurité ici. Configurez une méthode ci-dessous ; ensuite, si vous ne connaissez pas votre mot de passe, déconnectez-vous et utilisez
setup-tap-forgot = Mot de passe oublié
setup-tap-after = sur la page de connexion avec la méthode que vous avez configurée.
setup-progress = { $count } sur { $required ->
        [one] { $required } méthode requise configurée.
       *[other] { $required } méthodes requises configurées.
    }
setup-complete-tap-before = Tout est prêt : déconnectez-vous, puis réinitialisez votre mot de passe avec
setup-complete-tap-after = si nécessaire.
setup-complete = Tout est prêt.
setup-continue-account = Continuer vers mon compte
setup-questions-only = Les questions de sécurité ne peuvent pas être votre seule méthode : les réponses peuvent être trouvées ou devinées. Configurez aussi l’une des autres méthodes ci-dessous.
setup-not-set-up = Non configuré.
setup-remove = Supprimer { $label }
setup-row-added = ajouté le { $date }
setup-app-heading = Application d’authentification
setup-app-add = Ajouter une application d’authentification
setup-app-default-name = Application d’authentification
setup-push-heading = Application Latchkey (approuver une notification)
setup-push-add = Configurer l’application Latchkey
setup-push-row = Application Latchkey sur { $name }
setup-passkeys-heading = Clés d’accès
setup-passkey-add = Ajouter une clé d’accès
setup-email-heading = E-mail
setup-email-remove = Supprimer l’adresse e-mail
setup-email-sent = Nous avons envoyé un code par e-mail à { $to }.
setup-code-label = Entrez le code
setup-verify = Vérifier
setup-email-label = Adresse e-mail
setup-email-hint = Utilisez une adresse autre que celle de votre compte professionnel, afin de pouvoir la consulter même si votre compte est bloqué.
setup-send-code = Envoyer le code
setup-mobile-heading = Téléphone mobile
setup-mobile-remove = Supprimer le téléphone mobile
setup-mobile-sent = Nous avons envoyé un code au { $to }.
setup-country-label = Pays ou région
setup-mobile-label = Numéro de téléphone mobile
setup-text-me = M’envoyer un code par SMS
setup-call-me = M’appeler
setup-office-heading = Téléphone de bureau
setup-office-remove = Supprimer le téléphone de bureau
setup-office-calling = Nous appelons le { $to } pour vous dicter un code.
setup-office-label = Numéro de téléphone de bureau
setup-questions-heading = Questions de sécurité
setup-questions-answered = { $n ->
        [one] { $n } question répondue.
       *[other] { $n } questions répondues.
    }
setup-questions-remove = Supprimer les questions de sécurité
setup-questions-change = Modifier les réponses
setup-questions-set-up = Configurer les questions de sécurité

## Avis après une modification
setup-notice-added = Ajouté. Vous pourrez l’utiliser la prochaine fois que vous réinitialiserez votre mot de passe.
setup-notice-removed = Supprimé.
setup-notice-confirmed = Merci pour votre confirmation.
setup-notice-saved = Vos questions de sécurité sont enregistrées.
setup-notice-policy-saved = Vos modifications ont été enregistrées. Avant de continuer, configurez les méthodes dont les administrateurs ont besoin pour réinitialiser leur propre mot de passe.

## Problèmes
setup-unknown-method = Cette méthode est inconnue.
setup-refusal-too-few = Vous avez besoin d’au moins { $required ->
        [one] { $required } méthode
       *[other] { $required } méthodes
    } pour réinitialiser votre mot de passe. Ajoutez une autre méthode avant de supprimer celle-ci.
setup-refusal-same-phone = Ce numéro est déjà inscrit comme votre autre téléphone. Utilisez un autre numéro, afin qu’un seul téléphone perdu ne permette pas d’ouvrir votre compte.
setup-refusal-too-many-apps = Vous pouvez inscrire au maximum { $max } applications d’authentification. Supprimez-en d’abord une.
setup-refusal-too-many-devices = Vous pouvez inscrire l’application Latchkey sur { $max } appareils au maximum. Supprimez-en d’abord un.
setup-refusal-too-many-passkeys = Vous pouvez inscrire au maximum { $max } clés d’accès. Supprimez-en d’abord une.
setup-refusal-passkey-name = Donnez à la clé d’accès un nom de 1 à { $max } caractères, par exemple « Ordinateur portable professionnel ».
setup-refusal-passkey-name-invisible = Le nom contient un caractère invisible (comme une marque de sens du texte ou une espace de largeur nulle), qui pourrait le faire ressembler à un autre nom. Retapez le nom sans ce caractère.
setup-refusal-duplicate-passkey-name = Vous avez déjà une clé d’accès portant ce nom. Choisissez un autre nom.
setup-refusal-not-allowed = Votre organisation n’utilise pas cette méthode.
setup-no-code = Aucun code n’est en attente pour cette méthode, ou il a expiré. Demandez un nouveau code.
setup-blocked = Trop de codes erronés ont été entrés pour votre compte. Pour votre sécurité, réessayez dans 24 heures.
setup-busy = Plusieurs codes sont en cours de vérification pour votre compte. Patientez un instant, puis réessayez.
setup-choose-kind = Choisissez e-mail, téléphone mobile ou téléphone de bureau.
setup-too-many-codes = Vous avez demandé trop de codes. Pour votre sécurité, réessayez dans 24 heures.
setup-send-failed = Nous n’avons pas pu envoyer de code pour le moment. Vérifiez ce que vous avez saisi et réessayez dans un instant.
setup-code-wrong = Ce code est incorrect. Vérifiez-le et réessayez.
setup-code-used-up = Ce code a été mal saisi trop de fois. Demandez-en un nouveau.

## /setup/app
setup-app-title = Configurer votre application d’authentification
setup-app-step-add = Dans votre application d’authentification (Microsoft Authenticator, Google Authenticator, 1Password, FreeOTP ou toute autre), ajoutez un compte et choisissez de scanner un code QR.
setup-app-step-scan = Scannez ce code :
setup-app-cant-scan = Impossible de le scanner ? Entrez plutôt cette clé :
setup-app-step-code = Entrez le code à 6 chiffres affiché par l’application.
setup-app-name-label = Nom de cette application
setup-app-name-hint = Pour distinguer vos applications, par exemple « Téléphone professionnel ».
setup-app-code-label = Code de l’application
setup-next = Suivant
setup-cancel = Annuler
setup-app-code-wrong = Ce code est incorrect. Vérifiez que l’heure de votre téléphone est réglée automatiquement, puis entrez le code actuel.
setup-app-too-long = La configuration de cette application a pris trop de temps. Ajoutez de nouveau le compte dans votre application avec le nouveau code QR ou la nouvelle clé, puis entrez le code affiché.

## /setup/passkey
setup-passkey-intro = Une clé d’accès vous permet de prouver votre identité avec le verrouillage d’écran de cet appareil (empreinte digitale, visage ou code PIN) ou avec une clé de sécurité, sans saisir de code. Vous pourrez ensuite l’utiliser pour réinitialiser votre mot de passe.
setup-passkey-noscript-title = L’ajout d’une clé d’accès nécessite JavaScript
setup-passkey-noscript-before = , qui est désactivé dans ce navigateur. Activez-le et rechargez cette page, ou
setup-passkey-noscript-link = configurez une autre méthode
setup-passkey-noscript-after = .
setup-passkey-name-label = Nom de cette clé d’accès
setup-passkey-name-hint = Pour distinguer vos clés d’accès, par exemple « Ordinateur portable professionnel ». De 1 à 64 caractères.
setup-passkey-needs = Lorsque vous sélectionnez « Créer une clé d’accès », votre navigateur vous demande de confirmer avec votre verrouillage d’écran ou votre clé de sécurité. Cela nécessite JavaScript et un navigateur qui prend en charge les clés d’accès.
setup-passkey-create = Créer une clé d’accès
setup-passkey-default-name = Clé d’accès { $n }
setup-passkey-needs-js = La création d’une clé d’accès nécessite JavaScript, qui ne s’est pas exécuté dans ce navigateur. Activez-le et réessayez, ou revenez en arrière et configurez une autre méthode.
setup-passkey-change-password = Changez d’abord votre mot de passe.
setup-passkey-signed-out = Vous avez été déconnecté. Reconnectez-vous, puis ajoutez la clé d’accès.
setup-passkey-step-up = Confirmez d’abord votre mot de passe, puis ajoutez la clé d’accès.
setup-passkey-no-ceremony = La création de la clé d’accès a pris trop de temps, ou la demande a déjà été utilisée. Sélectionnez « Créer une clé d’accès » pour réessayer.
setup-passkey-failed = Votre clé d’accès n’a pas pu être vérifiée ; elle n’a donc pas été ajoutée. Sélectionnez « Créer une clé d’accès » pour réessayer.
setup-passkey-js-cancelled = La clé d’accès n’a pas été créée : la demande a été annulée ou a expiré. Sélectionnez « Créer une clé d’accès » pour réessayer.
setup-passkey-js-exists = Cet appareil ou cette clé de sécurité possède déjà une clé d’accès pour votre compte. Utilisez-en un autre, ou supprimez d’abord l’ancienne clé d’accès.
setup-passkey-js-security = Les clés d’accès ne peuvent pas être utilisées à cette adresse. Prévenez votre administrateur.
setup-passkey-js-unsupported-device = Ce navigateur ou cet appareil ne prend pas en charge les clés d’accès. Essayez un autre navigateur, ou choisissez une autre méthode.
setup-passkey-js-generic = Un problème est survenu avec la clé d’accès. Réessayez, ou choisissez une autre méthode.
setup-passkey-js-reload = Un problème est survenu. Rechargez la page et réessayez.
setup-passkey-js-offline = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
setup-passkey-js-try-again = Un problème est survenu. Réessayez.
setup-passkey-js-no-support = Ce navigateur ne prend pas en charge les clés d’accès. Essayez un autre navigateur, ou configurez une autre méthode.
setup-passkey-js-follow = Suivez les étapes de votre navigateur pour créer la clé d’accès.
setup-passkey-js-checking = Vérification de votre clé d’accès…

## Les points de terminaison JSON des clés d’accès
setup-passkey-api-csrf = Pour votre sécurité, cette page a expiré. Rechargez-la et réessayez.
setup-passkey-api-post-only = Ce point de terminaison n’accepte que POST.
setup-passkey-api-json = Envoyez le corps au format JSON, avec Content-Type: application/json.
setup-passkey-api-too-large = Le corps dépasse 64 Kio.
setup-passkey-api-unreadable = La demande n’a pas pu être lue. Rechargez la page et réessayez.
setup-passkey-api-unexpected = La demande ne correspond pas à ce que cette page envoie : { $detail }
setup-passkey-api-unavailable = Les clés d’accès ne peuvent pas être utilisées à cette adresse. Choisissez une autre méthode, ou prévenez votre administrateur.

## /setup/push : l’application Latchkey
setup-push-title = Configurer l’application Latchkey
setup-push-gone = Les notifications de votre téléphone ne fonctionnent plus sur « { $name } ». Configurez de nouveau l’application Latchkey, puis supprimez « { $name } » sur la page des informations de sécurité.
setup-push-not-offered = Votre organisation ne propose pas l’application Latchkey pour votre compte ; vous ne pouvez donc pas la configurer. Contactez votre support informatique si vous en avez besoin.
setup-push-at-most = L’application Latchkey est déjà configurée sur { $max } appareils, le maximum autorisé pour un compte. Supprimez-en un sur la page des informations de sécurité avant d’en ajouter un autre.
setup-push-intro = Avec l’application Latchkey sur votre téléphone, vous pouvez prouver votre identité en approuvant une notification : lorsque vous réinitialisez votre mot de passe, la page affiche un nombre à deux chiffres que vous saisissez dans l’application.
setup-push-will-show = Nous allons afficher un code QR à scanner avec votre téléphone. Il est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, ne fonctionne qu’une fois et remplace tout code affiché auparavant. Vous pouvez configurer l’application sur { $max ->
        [one] { $max } appareil
       *[other] { $max } appareils
    } au maximum ({ $devices } configuré(s) actuellement).
setup-push-step-scan = Sur votre téléphone, ouvrez l’appareil photo et scannez ce code. Il ouvre l’application Latchkey dans votre navigateur ; ajoutez-la à votre écran d’accueil si cela vous est demandé.
setup-push-step-allow = Autorisez les notifications lorsque l’application le demande, donnez un nom à ce téléphone et terminez.
setup-push-open-link = Vous êtes sur ce téléphone ? Ouvrir l’application
setup-push-valid = Le code est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et ne fonctionne qu’une fois ; un nouveau code le remplace. Vous pouvez configurer l’application sur { $max ->
        [one] { $max } appareil
       *[other] { $max } appareils
    } au maximum ({ $devices } configuré(s) actuellement).
setup-done = Terminé
setup-push-show-code = Afficher un code QR
setup-push-new-code = Obtenir un nouveau code
setup-push-qr-label = Code QR pour configurer l’application Latchkey sur votre téléphone
setup-push-default-device = Mon téléphone

## /setup/questions
setup-questions-intro = Choisissez { $count } questions différentes et répondez-y. Choisissez des réponses que vous seul connaissez et que vous n’oublierez pas ; elles sont stockées de sorte que personne, pas même un administrateur, ne puisse les lire. Les réponses comportent de 3 à 40 caractères ; les majuscules et les espaces superflus ne comptent pas.
setup-question-n = Question { $n }
setup-choose-question = Choisissez une question
setup-answer-n = Réponse { $n }
setup-save-answers = Enregistrer les réponses
setup-questions-not-allowed = Votre organisation n’utilise pas les questions de sécurité pour votre compte.
setup-question-missing = Choisissez la question { $n }.
setup-question-duplicate = La question { $n } est déjà choisie plus haut. Choisissez une autre question.
setup-answer-problem = Réponse { $n } : { $problem }

## Built-in security questions, by id (core/src/questions.rs).
setup-question-q01 = Quel était le prénom de votre meilleur ami ou meilleure amie d'enfance ?
setup-question-q02 = Dans quelle ville vos parents se sont-ils rencontrés ?
setup-question-q03 = Comment s'appelait la rue où vous habitiez à l'âge de dix ans ?
setup-question-q04 = Quel était le nom de famille de votre enseignant préféré à l'école primaire ?
setup-question-q05 = Comment s'appelait votre première peluche ?
setup-question-q06 = Quel a été le premier concert ou spectacle auquel vous avez assisté ?
setup-question-q07 = Quel surnom seule votre famille vous donnait-elle quand vous étiez enfant ?
setup-question-q08 = Quel est le premier plat que vous avez appris à cuisiner seul ?
setup-question-q09 = Quel est le deuxième prénom de votre cousin ou cousine le plus âgé ?
setup-question-q10 = Quel était le titre du premier livre que vous avez lu seul ?
setup-question-q11 = Quel était le prénom de votre premier patron ?
setup-question-q12 = Comment s'appelait le premier club ou la première équipe que vous avez rejoint enfant ?
setup-question-q13 = Quel était le nom de famille de votre médecin ou dentiste quand vous étiez enfant ?
setup-question-q14 = Comment s'appelait un animal de compagnie de vos grands-parents ?
setup-question-q15 = Quel était le nom de famille de vos voisins quand vous étiez enfant ?
setup-question-q16 = Quel était le prénom de votre premier professeur de musique ou entraîneur sportif ?
setup-question-q17 = Quel est le premier film que vous avez vu au cinéma ?
setup-question-q18 = Quel est le premier jeu vidéo ou jeu sur ordinateur auquel vous avez joué ?
setup-question-q19 = Comment vos petits-enfants, nièces ou neveux vous ont-ils appelé en premier ?
setup-question-q20 = À sept ans, quel métier vouliez-vous faire plus tard ?
setup-question-q21 = Quel était le numéro de la maison où vous avez grandi ?
setup-question-q22 = Comment s'appelait le premier restaurant où vous vous souvenez avoir mangé ?
setup-question-q23 = Dans quel village ou quelle ville vos grands-parents habitaient-ils ?
setup-question-q24 = Quel est le premier instrument de musique dont vous avez essayé de jouer ?
setup-question-q25 = Quel nom avez-vous donné au premier vélo ou à la première voiture que vous avez baptisé ?
setup-question-q26 = Où êtes-vous allé lors de votre premier voyage en train ou en avion ?
setup-question-q27 = Quel était le prénom de l'enfant assis à côté de vous le jour de votre rentrée à l'école ?
setup-question-q28 = Quel jeu de cour de récréation préfériez-vous enfant ?
setup-question-q29 = Comment s'appelait le premier camping ou hôtel de vacances dont vous vous souvenez ?
setup-question-q30 = Quel était le prénom de votre premier colocataire ?
setup-question-q31 = Quel était le modèle de la première voiture de votre famille ?
setup-question-q32 = Quel aliment refusiez-vous de manger quand vous étiez enfant ?
setup-question-q33 = Comment s'appelait le magasin où vous achetiez des bonbons quand vous étiez enfant ?
setup-question-q34 = Quel était le prénom de la personne qui vous a appris à nager ou à faire du vélo ?
setup-question-q35 = Comment s'appelait votre premier ami imaginaire ou votre personnage de dessin animé préféré ?

## Country or region names in the phone number picker (by calling code).
setup-country-1 = États-Unis / Canada
setup-country-44 = Royaume-Uni
setup-country-353 = Irlande
setup-country-61 = Australie
setup-country-64 = Nouvelle-Zélande
setup-country-49 = Allemagne
setup-country-33 = France
setup-country-34 = Espagne
setup-country-39 = Italie
setup-country-31 = Pays-Bas
setup-country-32 = Belgique
setup-country-41 = Suisse
setup-country-43 = Autriche
setup-country-45 = Danemark
setup-country-46 = Suède
setup-country-47 = Norvège
setup-country-358 = Finlande
setup-country-48 = Pologne
setup-country-351 = Portugal
setup-country-30 = Grèce
setup-country-420 = Tchéquie
setup-country-36 = Hongrie
setup-country-40 = Roumanie
setup-country-380 = Ukraine
setup-country-90 = Turquie
setup-country-972 = Israël
setup-country-971 = Émirats arabes unis
setup-country-27 = Afrique du Sud
setup-country-234 = Nigeria
setup-country-254 = Kenya
setup-country-20 = Égypte
setup-country-91 = Inde
setup-country-92 = Pakistan
setup-country-880 = Bangladesh
setup-country-86 = Chine
setup-country-852 = Hong Kong
setup-country-81 = Japon
setup-country-82 = Corée du Sud
setup-country-65 = Singapour
setup-country-60 = Malaisie
setup-country-62 = Indonésie
setup-country-63 = Philippines
setup-country-66 = Thaïlande
setup-country-84 = Viêt Nam
setup-country-55 = Brésil
setup-country-52 = Mexique
setup-country-54 = Argentine
setup-country-56 = Chili
setup-country-57 = Colombie
setup-country-51 = Pérou
setup-app-qr-label = Code QR pour ajouter { $issuer } ({ $account }) à une application d'authentification
