# helpdesk area: the helpdesk console (/admin/helpdesk), its API words and notices
helpdesk-nav = Support technique
helpdesk-title = Console du support technique
helpdesk-intro = Vérifiez l’identité d’un appelant avec l’une de ses méthodes inscrites avant de réinitialiser son mot de passe, de déverrouiller son compte ou d’émettre un passe d’accès temporaire. Latchkey envoie la demande de vérification ; l’appelant vous lit le code.
helpdesk-find-heading = Trouver l’appelant
helpdesk-find-label = Nom d’utilisateur ou nom
helpdesk-find-hint = Demandez à l’appelant son nom d’utilisateur ; ne vous fiez pas au numéro depuis lequel il appelle.
helpdesk-find-submit = Rechercher
helpdesk-find-none = Aucune personne que vous pouvez vérifier ne correspond.
helpdesk-approvals-heading = En attente de votre approbation
helpdesk-approvals-hint = Un autre agent a vérifié un administrateur et demande à un second agent d’approuver avant d’agir sur le compte. N’approuvez que si vous en connaissez la raison.
helpdesk-approvals-line = { $agent } demande à agir sur le compte de { $caller }.
helpdesk-approve = Approuver
helpdesk-approved = Approuvé. L’autre agent peut maintenant agir sur le compte pendant la durée de la fenêtre.
helpdesk-recent-heading = Vos vérifications des dernières 24 heures
helpdesk-recent-none = Vous n’avez vérifié personne au cours des dernières 24 heures.
helpdesk-col-caller = Appelant
helpdesk-col-started = Démarrée
helpdesk-col-status = État
helpdesk-settings-heading = Paramètres
helpdesk-settings-require = Les agents doivent vérifier l’appelant avant d’agir
helpdesk-settings-require-hint = Les administrateurs de mots de passe ne réinitialisent, ne déverrouillent et n’émettent de passes qu’après avoir vérifié l’appelant ici ; toute personne qui agit sur le compte d’un administrateur a en outre besoin de l’approbation d’un second agent. Ne désactivez ce paramètre que si les appelants sont vérifiés d’une autre manière.
helpdesk-settings-window = Minutes pendant lesquelles l’agent peut agir après la vérification
helpdesk-settings-window-hint = De 1 à 60. La valeur par défaut est 10.
helpdesk-settings-burst = Alerter après ce nombre de vérifications d’un même compte en une heure
helpdesk-settings-burst-hint = De 0 (jamais) à 100. La valeur par défaut est 3. Les administrateurs généraux et les contacts de sécurité sont avertis.
helpdesk-settings-contacts = Contacts de sécurité
helpdesk-settings-contacts-hint = Adresses e-mail averties des séries de vérifications, des suspensions de vérification et des rétrogradations d’administrateurs en plus des administrateurs généraux, une par ligne (20 au maximum).
helpdesk-settings-save = Enregistrer les paramètres
helpdesk-settings-saved = Les paramètres du support technique ont été enregistrés.
helpdesk-settings-error-range = Entrez un nombre entier compris entre { $min } et { $max }.
helpdesk-back = Retour à la console du support technique
helpdesk-caller-title = Vérifier { $name }
helpdesk-caller-account = Compte
helpdesk-caller-username = Nom d’utilisateur
helpdesk-caller-role = Rôle
helpdesk-caller-status = Vérification
helpdesk-caller-until = — vous pouvez agir jusqu’au { $until }.
helpdesk-caller-methods = Méthodes
helpdesk-caller-progress = Méthodes différentes réussies : { $passed } sur { $required }
helpdesk-status-none = Non vérifié
helpdesk-status-pending = En attente de l’appelant
helpdesk-status-verified = Vérifié
helpdesk-status-lapsed = Non vérifié (la dernière vérification a expiré)
helpdesk-status-closed = Non vérifié (la dernière vérification a été clôturée)
helpdesk-challenge-heading = Demander un code à l’appelant
helpdesk-challenge-hint = Choisissez l’une des méthodes inscrites de l’appelant. Latchkey y envoie un code ; demandez à l’appelant de vous le lire. Un administrateur doit réussir deux méthodes différentes.
helpdesk-challenge-none = Cet appelant n’a inscrit aucune méthode utilisable par le support technique. Ne réinitialisez pas son mot de passe par téléphone : envoyez-lui un lien d’inscription ou demandez-lui de venir en personne.
helpdesk-send-mobile-sms = Envoyer un code par SMS au
helpdesk-send-mobile-voice = Envoyer un code par appel au téléphone mobile
helpdesk-send-office-voice = Envoyer un code par appel au téléphone de bureau
helpdesk-send-email = Envoyer un code par e-mail à
helpdesk-send-app = Demander un code de son application d’authentification
helpdesk-channel-mobile-sms = SMS
helpdesk-channel-mobile-voice = appel sur le téléphone mobile
helpdesk-channel-office-voice = appel sur le téléphone de bureau
helpdesk-channel-email = e-mail
helpdesk-channel-app = application d’authentification
helpdesk-challenge-sent = Le code a été envoyé par { $channel }. Demandez à l’appelant de vous le lire.
helpdesk-challenge-app = Demandez à l’appelant d’ouvrir son application d’authentification et de vous lire le code actuel.
helpdesk-challenge-not-sent = Le code n’a pas pu être envoyé pour le moment. Réessayez dans un instant ou utilisez une autre méthode.
helpdesk-challenge-limit = Trop de codes ont été envoyés à ce compte au cours de la dernière heure. Utilisez l’application d’authentification ou réessayez plus tard.
helpdesk-changed-meanwhile = Quelqu’un d’autre a modifié cette vérification au même moment. Consultez de nouveau la page.
helpdesk-answer-label = Code lu par l’appelant ({ $channel })
helpdesk-answer-hint = Saisissez-le tel que l’appelant le lit ; les espaces n’ont pas d’importance. Les codes sont valides pendant 5 minutes.
helpdesk-answer-submit = Vérifier le code
helpdesk-answer-verified = L’appelant est vérifié. Les actions ci-dessous vous sont accessibles pendant les { $minutes } prochaines minutes.
helpdesk-answer-next = C’est exact. Cet appelant est un administrateur : demandez-lui un code avec une deuxième méthode, différente de la première.
helpdesk-answer-wrong = Ce code est incorrect. Demandez à l’appelant de le relire.
helpdesk-answer-too-many = Ce code a été saisi de manière incorrecte trop de fois ; cette vérification a donc été clôturée. Si l’appelant est bien celui qu’il prétend être, recommencez ; sinon, prévenez votre équipe de sécurité.
helpdesk-answer-no-code = Aucun code n’est en attente : il a expiré ou n’a pas été envoyé. Envoyez-en un nouveau.
helpdesk-actions-heading = Actions
helpdesk-actions-verifier = Votre rôle permet de vérifier les appelants et d’envoyer des liens d’inscription. Les mots de passe sont réinitialisés par un administrateur de mots de passe.
helpdesk-action-reset = Réinitialiser le mot de passe
helpdesk-action-unlock = Déverrouiller
helpdesk-action-pass = Émettre un passe d’accès temporaire
helpdesk-approval-needed = Cet appelant est un administrateur. Avant que vous n’agissiez, un second agent (un autre administrateur général) doit approuver.
helpdesk-approval-ask = Demander l’approbation
helpdesk-approval-asked = Les autres administrateurs généraux ont été invités à approuver. Cette page affiche les actions dès que l’un d’eux a approuvé.
helpdesk-approval-waiting = En attente de l’approbation d’un second agent.
helpdesk-unlocked = Le compte a été déverrouillé et l’utilisateur a été averti.
helpdesk-more-heading = Plus
helpdesk-registration-link = Envoyer un lien d’inscription par e-mail
helpdesk-registration-link-sent = Un lien permettant d’inscrire ses informations de sécurité a été envoyé par e-mail à l’utilisateur.
helpdesk-close = Terminer la vérification
helpdesk-closed = La vérification a été terminée.
helpdesk-error-no-address = Cet utilisateur n’a aucune adresse e-mail à laquelle envoyer le lien.
helpdesk-verify-first = Vérifiez d’abord l’appelant dans la console du support technique.
helpdesk-verify-first-link = Vérifier l’appelant
helpdesk-refused-not-verified = Vérifiez d’abord l’appelant dans la console du support technique : aucune action n’est possible sur ce compte tant que ce n’est pas fait, et ensuite seulement pendant quelques minutes.
helpdesk-refused-channel = Cette méthode ne peut pas être utilisée : l’appelant ne l’a pas inscrite, ou le support technique ne peut pas l’utiliser (questions de sécurité, clés d’accès).
helpdesk-refused-already-passed = L’appelant a déjà réussi cette méthode. Choisissez-en une autre.
helpdesk-refused-not-pending = L’appelant est déjà vérifié, ou cette vérification est terminée.
helpdesk-refused-approval-needed = Il s’agit du compte d’un administrateur : un second agent doit d’abord approuver.
helpdesk-refused-approval-asked = L’approbation a déjà été demandée.
helpdesk-refused-another-agent = Seul un second agent peut approuver : ni celui qui a vérifié l’appelant, ni l’appelant lui-même.
helpdesk-refused-nothing-to-approve = Rien n’est en attente d’approbation, ou la vérification est terminée.
helpdesk-notice-verified-subject = { $org } : le support technique a vérifié votre identité
helpdesk-notice-verified-body =
    Bonjour { $name },

    { $agent }, du support technique, a vérifié votre identité le { $when } (UTC) à l’aide de l’une de vos méthodes inscrites. Le support technique peut désormais réinitialiser votre mot de passe, déverrouiller votre compte ou vous remettre un passe d’accès temporaire.

    Si vous n’avez pas appelé le support technique, signalez-le-nous immédiatement : { $link }
helpdesk-notice-unlocked-subject = { $org } : le support technique a déverrouillé votre compte
helpdesk-notice-unlocked-body =
    Bonjour { $name },

    { $agent }, du support technique, a déverrouillé votre compte le { $when } (UTC). Votre mot de passe n’a pas changé.

    Si vous ne l’avez pas demandé, signalez-le-nous immédiatement : { $link }
helpdesk-notice-approval-subject = { $org } : approbation requise pour le compte d’un administrateur
helpdesk-notice-approval-body =
    Bonjour { $name },

    { $agent } a vérifié { $account } au support technique et demande à un second agent d’approuver avant d’agir sur le compte de cet administrateur.

    Approuvez ou ignorez la demande dans la console du support technique : { $link }
helpdesk-notice-burst-subject = { $org } : nombreuses vérifications d’un même compte par le support technique
helpdesk-notice-burst-body =
    Bonjour { $name },

    Le support technique a lancé { $count ->
        [one] une vérification
       *[other] { $count } vérifications
    } de { $account } en moins d’une heure, la dernière par { $agent }. Les appelants qui se font passer pour un employé essaient souvent plusieurs agents.

    Consultez le journal d’audit (activités contenant « support technique ») et prévenez les agents.
admin-activity-helpdesk-started-caller-verification = Le support technique a démarré la vérification d’un appelant
admin-activity-helpdesk-sent-a-verification-challenge = Le support technique a envoyé une demande de vérification
admin-activity-helpdesk-checked-a-caller-s-method = Le support technique a contrôlé une méthode d’un appelant
admin-activity-helpdesk-caller-verified = Appelant vérifié par le support technique
admin-activity-helpdesk-closed-caller-verification = Le support technique a clôturé la vérification d’un appelant
admin-activity-helpdesk-asked-for-a-second-agent-s-approval = Le support technique a demandé l’approbation d’un second agent
admin-activity-helpdesk-second-agent-approved = Approbation d’un second agent du support technique
admin-activity-helpdesk-verification-burst-reported = Série de vérifications du support technique signalée
admin-activity-unlock-user-account-helpdesk = Déverrouiller le compte d’utilisateur (support technique)
admin-activity-helpdesk-sent-a-registration-link = Le support technique a envoyé un lien d’inscription
admin-activity-update-helpdesk-settings = Mettre à jour les paramètres du support technique
helpdesk-send-app-notification = Envoyer une notification à son application Latchkey
helpdesk-channel-app-notification = application Latchkey
helpdesk-challenge-pushed = Une notification a été envoyée à l’application Latchkey de l’appelant. Lisez-lui le nombre { $number } ; l’appelant le choisit dans l’application.
helpdesk-pushed-read-out = Pour l’application Latchkey : lisez ce nombre à l’appelant ; il le choisit dans l’application :
helpdesk-answer-check-app = Vérifier la réponse de l’application
helpdesk-answer-not-yet = L’application n’a pas encore répondu. Attendez l’appelant, puis vérifiez de nouveau.
helpdesk-answer-denied = L’appelant a refusé la notification ou a indiqué que ce n’était pas lui ; cette vérification a donc été fermée. N’intervenez pas sur ce compte ; prévenez votre équipe de sécurité si l’appel vous paraît douteux.
helpdesk-verify-first-approval = L’appelant est vérifié, mais il s’agit du compte d’un administrateur : un second agent doit d’abord approuver, dans la console du support technique.
helpdesk-refused-no-approver = Personne d’autre ne peut approuver : il n’y a aucun autre administrateur général activé. Réinitialisez le mot de passe d’un administrateur avec la ligne de commande sur le serveur (latchkey user reset-password), ou laissez-le utiliser la réinitialisation en libre-service.
helpdesk-refused-blocked = Trop de réponses incorrectes pour ce compte au cours des dernières 24 heures ; le support technique ne peut donc pas le vérifier pendant les 24 heures qui suivent la dernière. L’utilisateur, les administrateurs généraux et les contacts de sécurité ont été avertis. Si l’appelant est bien celui qu’il prétend être, il peut toujours réinitialiser son mot de passe en libre-service.
helpdesk-answer-blocked = C’était la cinquième réponse incorrecte pour ce compte aujourd’hui ; la vérification de ce compte par le support technique est donc suspendue pendant 24 heures, et l’utilisateur, les administrateurs généraux et les contacts de sécurité ont été avertis. N’intervenez pas sur ce compte.
helpdesk-settings-error-contacts = Entrez au maximum { $max } adresses.
helpdesk-notice-paused-subject = { $org } : le support technique n’a pas pu vérifier votre identité
helpdesk-notice-paused-body =
    Bonjour { $name },

    Une personne du support technique ({ $agent }) a tenté plusieurs fois de vérifier votre identité avec des codes incorrects, la dernière fois le { $when } (UTC). Pour protéger votre compte, le support technique ne peut pas vérifier votre identité pendant les prochaines 24 heures. La réinitialisation de mot de passe en libre-service reste disponible.

    Si vous n’avez pas appelé le support technique, signalez-le-nous immédiatement : { $link }
helpdesk-notice-blocked-subject = { $org } : vérification d’un compte par le support technique suspendue
helpdesk-notice-blocked-body =
    Bonjour { $name },

    Le support technique a saisi { $count ->
        [one] un code incorrect
       *[other] { $count } codes incorrects
    } pour { $account } en moins d’une journée, le dernier par { $agent }. La vérification de ce compte par le support technique est suspendue pendant 24 heures, et l’utilisateur a été averti.

    Quelqu’un se fait peut-être passer pour cette personne, ou un agent essaie peut-être de deviner les codes. Consultez le journal d’audit (activités contenant « support technique »).
helpdesk-notice-demoted-subject = { $org } : un administrateur s’est vu retirer son rôle
helpdesk-notice-demoted-body =
    Bonjour { $name },

    { $agent } a changé le rôle de { $account } de « { $before } » en « { $after } ». En tant que simple utilisateur, ce compte peut désormais voir son mot de passe réinitialisé et recevoir un passe sans la seconde approbation du support technique.

    Si vous ne vous y attendiez pas, consultez le journal d’audit (Mettre à jour l’utilisateur).
admin-activity-helpdesk-verification-paused = Vérification du support technique suspendue
## The caller's manager approving by email
helpdesk-refused-no-manager = L’appelant n’a aucun responsable en mesure d’approuver : aucun n’est défini sur son compte, le compte du responsable est désactivé, n’a pas d’adresse e-mail ou doit d’abord changer de mot de passe, ou vous êtes vous-même son responsable. Choisissez l’une des méthodes propres à l’appelant.
helpdesk-refused-manager-asked = Son responsable a déjà été sollicité au sujet de cet appelant, pour cette vérification ou par un autre agent. Attendez sa réponse, ou utilisez en attendant l’une des méthodes propres à l’appelant.
helpdesk-refused-manager-admin = Il s’agit du compte d’un administrateur : il prouve son identité avec deux de ses propres méthodes, et non avec l’approbation de son responsable.
helpdesk-refused-manager-paused = Un responsable a refusé un appel au support technique pour ce compte au cours des dernières 24 heures ; aucun responsable ne sera donc sollicité à son sujet avant la fin de ce délai. Utilisez l’une des méthodes propres à l’appelant.
helpdesk-refused-wrong-number = Ce n’est pas le nombre communiqué à l’appelant.
helpdesk-send-manager = Demander à son responsable, { $manager }, d’approuver (par e-mail)
helpdesk-challenge-manager = Nous avons envoyé un e-mail au responsable de l’appelant. Lisez dès maintenant ce nombre à l’appelant : { $number }. Son responsable le joindra à un numéro qu’il connaît et le lui demandera. Choisissez Vérifier de nouveau pour voir la réponse ; en attendant, vous pouvez envoyer un code à l’appelant.
helpdesk-manager-read-out = Pour son responsable : lisez ce nombre à l’appelant ; son responsable le lui demandera :
helpdesk-manager-waiting = En attente de l’approbation de { $manager }.
helpdesk-manager-until = Réponse attendue au plus tard le { $until }.
helpdesk-manager-check = Vérifier de nouveau
helpdesk-manager-approved = { $manager } a approuvé.
helpdesk-manager-denied = { $manager } a refusé ; la vérification a donc été clôturée. Le responsable de l’appelant ne sera pas sollicité de nouveau pendant 24 heures ; utilisez l’une des méthodes propres à l’appelant.
helpdesk-manager-still-asked = { $manager } n’a pas encore répondu. En cas de refus, cette vérification est aussitôt clôturée.
helpdesk-manager-gone = (un compte supprimé)
helpdesk-notice-manager-subject = { $org } : confirmez un appelant du support technique, { $account }
helpdesk-notice-manager-body =
    Bonjour { $name },

    { $agent }, du support technique, est au téléphone avec une personne qui dit être { $account }, et vous demande, en tant que responsable, de le confirmer avant de l’aider avec son compte.

    1. Joignez vous-même { $account }, à un numéro de téléphone ou sur une messagerie que vous connaissez déjà. Un appel ou un message de sa part vous demandant d’approuver ne compte pas.
    2. Demandez-lui le nombre que le support technique vient de lui communiquer.
    3. Connectez-vous à Latchkey et saisissez ce nombre pour approuver : { $link }

    Si cette personne n’est pas au courant de l’appel, refusez : la vérification par le support technique sera terminée, et l’équipe de sécurité sera prévenue. Si vous ne parvenez pas à la joindre maintenant, indiquez-le sur la même page : personne n’est alerté. La demande expire le { $until } (UTC).
helpdesk-notice-manager-none = aucun
helpdesk-notice-manager-changed-subject = { $org } : votre responsable pour les appels au support technique a changé
helpdesk-notice-manager-changed-body =
    Bonjour { $name },

    Le { $when } (UTC), { $agent } a modifié votre responsable dans Latchkey. Nouveau responsable : { $manager }. Lorsque vous appelez le support technique, celui-ci peut demander à votre responsable de confirmer qu’il s’agit bien de vous.

    Si vous ne vous y attendiez pas, signalez-le-nous immédiatement : { $link }
helpdesk-notice-manager-denied-user-subject = { $org } : votre responsable n’a pas confirmé un appel au support technique
helpdesk-notice-manager-denied-user-body =
    Bonjour { $name },

    Le { $when } (UTC), quelqu’un a appelé le support technique ({ $agent }) en votre nom, et votre responsable n’a pas confirmé qu’il s’agissait de vous. Aucune réinitialisation, aucun déverrouillage ni aucune modification de vos informations de sécurité n’a été enregistré depuis le début de l’appel.

    Si c’était vous, rappelez et faites-vous vérifier avec l’une de vos propres méthodes. Sinon, signalez-le-nous immédiatement : { $link }
helpdesk-notice-manager-denied-subject = { $org } : un responsable a refusé un appelant du support technique
helpdesk-notice-manager-denied-body =
    Bonjour { $name },

    { $manager } a refusé de confirmer que l’appelant qu’aidait { $agent } était { $account }. La vérification a été clôturée ; aucune réinitialisation, aucun déverrouillage, aucun passe ni aucune modification des informations de sécurité n’a été enregistré sur le compte depuis le début de l’appel. Les appelants qui se font passer pour un employé réessaient souvent avec un autre agent.

    Consultez le journal d’audit (activités contenant « support technique » et « responsable ») et prévenez les agents.
helpdesk-settings-manager = Les agents peuvent demander au responsable de l’appelant d’approuver
helpdesk-settings-manager-hint = Par e-mail ; le responsable se connecte et saisit le nombre communiqué à l’appelant. Pas pour les comptes d’administrateurs. Activez-le avec prudence, une fois les responsables définis ou synchronisés depuis l’annuaire : la réponse d’un responsable vaut garantie pour les membres de son équipe.
admin-activity-helpdesk-asked-the-caller-s-manager-to-approve = Le support technique a demandé au responsable d’un appelant d’approuver
admin-activity-manager-approved-a-helpdesk-caller = Un responsable a approuvé un appelant du support technique
admin-activity-manager-denied-a-helpdesk-caller = Un responsable a refusé un appelant du support technique
admin-activity-update-manager = Mettre à jour le responsable
manager-requests-title = Demandes du support technique
manager-requests-none = Rien n’attend votre réponse.
manager-requests-intro = Le support technique vous demande, en tant que responsable, de confirmer l’identité de la personne qu’il a au téléphone. Si cette personne n’est pas au courant de l’appel, choisissez Non, refuser : la vérification par le support technique prend fin, et l’équipe de sécurité est prévenue. Si vous ne parvenez pas à la joindre maintenant, choisissez Je ne peux pas la joindre maintenant : personne n’est alerté.
manager-requests-caller = Est-ce bien { $account } qui appelle le support technique ?
manager-requests-detail = Demande de { $agent } le { $when }.
manager-requests-until = Répondez au plus tard le { $until }.
manager-requests-how = Joignez vous-même { $name }, à un numéro de téléphone ou sur une messagerie que vous connaissez déjà (un appel ou un message de sa part vous demandant d’approuver ne compte pas), et demandez-lui le nombre que le support technique lui a communiqué.
manager-requests-number = Nombre communiqué par le support technique
manager-requests-number-hint = Deux chiffres.
manager-requests-approve = Approuver
manager-requests-deny = Non, refuser
manager-requests-back = Retour à Mon compte
manager-requests-approved = Merci : vous avez confirmé l’appelant, et le support technique peut maintenant l’aider.
manager-requests-wrong = Ce n’est pas le nombre communiqué par le support technique. Vérifiez-le avec la personne ; tentatives restantes : { $left }, après quoi la demande sera refusée.
manager-requests-denied = Vous avez refusé. La vérification par le support technique a été terminée, et l’équipe de sécurité a été prévenue.
manager-requests-no-number = Saisissez le nombre à deux chiffres que le support technique lui a communiqué, puis choisissez Approuver. Aucune tentative n’a été comptée.
manager-requests-gone = Cette demande n’est plus en attente : elle a reçu une réponse, elle a expiré ou elle ne vous était pas destinée.
account-helpdesk-requests = Le support technique attend votre réponse ({ $count }) : confirmez un appelant
admin-manager-heading = Responsable
admin-manager-hint = Lorsque les paramètres du support technique l’autorisent, le support technique peut demander au responsable, par e-mail, de confirmer l’identité d’un appelant qui dit être cet utilisateur. L’utilisateur est averti lorsque son responsable change.
admin-manager-external = Le responsable provient de l’attribut « manager » de l’annuaire local.
admin-manager-label = Nom d’utilisateur du responsable
admin-manager-field-hint = Laissez vide pour supprimer le responsable.
admin-manager-save = Enregistrer le responsable
admin-manager-unknown = Aucun autre compte n’a ce nom d’utilisateur. Saisissez le nom d’utilisateur du responsable, ou laissez le champ vide.
admin-manager-self = Un utilisateur ne peut pas être son propre responsable.
admin-manager-yourself = Vous ne pouvez pas vous désigner vous-même comme responsable de quelqu’un : demandez à un autre administrateur.
helpdesk-refused-own-method = L’appelant a été vérifié uniquement par l’approbation de son responsable. Cela vous permet de réinitialiser son mot de passe ou de déverrouiller son compte, mais pas d’émettre un passe d’accès temporaire ni de modifier ses informations de sécurité. Pour cela, fermez cette vérification et vérifiez l’appelant avec l’une de ses propres méthodes.
helpdesk-manager-unconfirmed = { $manager } n’a pas pu joindre l’appelant pour le confirmer. Utilisez l’une des méthodes propres à l’appelant.
helpdesk-manager-void = { $manager } ne peut plus répondre : cette personne n’est plus le responsable de l’appelant, ne peut pas se connecter pour le moment, ou l’approbation par le responsable a été désactivée. Utilisez l’une des méthodes propres à l’appelant.
helpdesk-notice-manager-denied-acted-user-subject = { $org } : votre responsable n’a pas confirmé un appel au support technique
helpdesk-notice-manager-denied-acted-user-body =
    Bonjour { $name },

    Le { $when } (UTC), quelqu’un a appelé le support technique ({ $agent }) en votre nom, et votre responsable n’a pas confirmé qu’il s’agissait de vous. Votre compte a changé depuis le début de l’appel (les messages précédents indiquent comment), et l’équipe de sécurité a été prévenue : elle pourra réinitialiser de nouveau votre mot de passe par précaution.

    Si ce n’était pas vous, signalez-le-nous immédiatement : { $link }
helpdesk-notice-manager-denied-acted-subject = { $org } : urgent, un responsable a refusé un appelant que le support technique avait déjà aidé
helpdesk-notice-manager-denied-acted-body =
    Bonjour { $name },

    { $manager } a refusé de confirmer que l’appelant qu’aidait { $agent } était { $account }. La vérification a été clôturée, mais ces modifications du compte ont été enregistrées depuis le début de l’appel :

    { $actions }

    Agissez maintenant : réinitialisez de nouveau le mot de passe du compte, révoquez tout passe d’accès temporaire, vérifiez ses informations de sécurité et joignez l’utilisateur à un numéro que vous connaissez déjà. Prévenez ensuite les agents.
admin-activity-manager-typed-a-wrong-number-for-a-helpdesk-caller = Un responsable a saisi un nombre incorrect pour un appelant du support technique
admin-activity-manager-could-not-confirm-a-helpdesk-caller = Un responsable n’a pas pu confirmer un appelant du support technique
manager-requests-cannot-confirm = Je ne peux pas la joindre maintenant
manager-requests-unconfirmed = Vous avez indiqué ne pas pouvoir joindre la personne maintenant. Le support technique vérifiera l’appelant autrement ; personne n’a été alerté.
manager-requests-office-phone = Son numéro de bureau enregistré : { $phone }
manager-requests-ended = Cette demande ne peut plus être approuvée : l’appel ou son délai est terminé, ou le support technique ne peut pas agir sur le compte pour le moment. Si ce n’était pas cette personne, vous pouvez encore refuser.
manager-requests-ended-card = Vous ne pouvez plus approuver cette demande : l’appel ou son délai est terminé, ou le support technique ne peut pas agir sur ce compte pour le moment. Si la personne n’est pas au courant de l’appel, refusez : l’équipe de sécurité est prévenue.
