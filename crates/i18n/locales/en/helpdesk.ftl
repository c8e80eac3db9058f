# helpdesk area: the helpdesk console (/admin/helpdesk), its API words and notices
helpdesk-nav = Helpdesk
helpdesk-title = Helpdesk console
helpdesk-intro = Verify a caller with one of their registered methods before you reset their password, unlock them or issue a Temporary Access Pass. Latchkey sends the challenge; the caller reads the code back to you.
helpdesk-find-heading = Find the caller
helpdesk-find-label = Username or name
helpdesk-find-hint = Ask the caller for their username; don't go by the number they call from.
helpdesk-find-submit = Find
helpdesk-find-none = Nobody you may verify matches.
helpdesk-approvals-heading = Waiting for your approval
helpdesk-approvals-hint = Another agent verified an administrator and asks a second agent to approve before acting on the account. Approve only if you know why.
helpdesk-approvals-line = { $agent } asks to act on { $caller }.
helpdesk-approve = Approve
helpdesk-approved = Approved. The other agent may now act on the account for the length of the window.
helpdesk-recent-heading = Your verifications in the last 24 hours
helpdesk-recent-none = You haven't verified anyone in the last 24 hours.
helpdesk-col-caller = Caller
helpdesk-col-started = Started
helpdesk-col-status = Status
helpdesk-settings-heading = Settings
helpdesk-settings-require = Agents must verify the caller before acting
helpdesk-settings-require-hint = Password administrators reset, unlock and issue passes only after verifying the caller here; anyone acting on an administrator's account also needs a second agent's approval. Turn off only if callers are verified some other way.
helpdesk-settings-window = Minutes the agent may act after verifying
helpdesk-settings-window-hint = From 1 to 60. The default is 10.
helpdesk-settings-burst = Alert after this many verifications of one account in an hour
helpdesk-settings-burst-hint = From 0 (never) to 100. The default is 3. Global administrators and the security contacts are told.
helpdesk-settings-contacts = Security contacts
helpdesk-settings-contacts-hint = Email addresses told of verification bursts, pauses and administrator demotions besides the global administrators, one per line (at most 20).
helpdesk-settings-save = Save settings
helpdesk-settings-saved = The helpdesk settings were saved.
helpdesk-settings-error-range = Enter a whole number from { $min } to { $max }.
helpdesk-back = Back to the helpdesk console
helpdesk-caller-title = Verify { $name }
helpdesk-caller-account = Account
helpdesk-caller-username = Username
helpdesk-caller-role = Role
helpdesk-caller-status = Verification
helpdesk-caller-until = — you may act until { $until }.
helpdesk-caller-methods = Methods
helpdesk-caller-progress = { $passed } of { $required } different methods passed
helpdesk-status-none = Not verified
helpdesk-status-pending = Waiting for the caller
helpdesk-status-verified = Verified
helpdesk-status-lapsed = Not verified (the last verification ended)
helpdesk-status-closed = Not verified (the last verification was closed)
helpdesk-challenge-heading = Challenge the caller
helpdesk-challenge-hint = Choose one of the caller's registered methods. Latchkey sends a code there; ask the caller to read it back to you. An administrator must pass two different methods.
helpdesk-challenge-none = This caller has registered no method the helpdesk can use. Don't reset their password on the phone: send them a registration link, or ask them to come in person.
helpdesk-send-mobile-sms = Text a code to
helpdesk-send-mobile-voice = Call the mobile phone with a code
helpdesk-send-office-voice = Call the office phone with a code
helpdesk-send-email = Email a code to
helpdesk-send-app = Ask for a code from their authenticator app
helpdesk-channel-mobile-sms = text message
helpdesk-channel-mobile-voice = call to the mobile phone
helpdesk-channel-office-voice = call to the office phone
helpdesk-channel-email = email
helpdesk-channel-app = authenticator app
helpdesk-challenge-sent = The code was sent by { $channel }. Ask the caller to read it back to you.
helpdesk-challenge-app = Ask the caller to open their authenticator app and read you the current code.
helpdesk-challenge-not-sent = The code couldn't be sent just now. Try again in a moment, or use another method.
helpdesk-challenge-limit = Too many codes were sent to this account in the last hour. Use the authenticator app, or try again later.
helpdesk-changed-meanwhile = Someone else changed this verification at the same moment. Look at the page again.
helpdesk-answer-label = Code the caller read out ({ $channel })
helpdesk-answer-hint = Type it as the caller reads it; spaces don't matter. Codes are valid for 5 minutes.
helpdesk-answer-submit = Check code
helpdesk-answer-verified = The caller is verified. The actions below are open for you for the next { $minutes } minutes.
helpdesk-answer-next = That's right. This caller is an administrator: challenge a second, different method.
helpdesk-answer-wrong = That code isn't right. Ask the caller to read it again.
helpdesk-answer-too-many = That code was wrong too many times, so this verification was closed. If the caller is genuine, start again; if not, tell your security team.
helpdesk-answer-no-code = No code is waiting: it expired or wasn't sent. Send a new one.
helpdesk-actions-heading = Actions
helpdesk-actions-verifier = Your role verifies callers and sends registration links. A password administrator resets passwords.
helpdesk-action-reset = Reset password
helpdesk-action-unlock = Unlock
helpdesk-action-pass = Issue Temporary Access Pass
helpdesk-approval-needed = This caller is an administrator. Before you act, a second agent (another global administrator) must approve.
helpdesk-approval-ask = Ask for approval
helpdesk-approval-asked = The other global administrators were asked to approve. This page shows the actions once one of them does.
helpdesk-approval-waiting = Waiting for a second agent's approval.
helpdesk-unlocked = The account was unlocked and the user was told.
helpdesk-more-heading = More
helpdesk-registration-link = Email a registration link
helpdesk-registration-link-sent = A link to register their security info was emailed to the user.
helpdesk-close = End verification
helpdesk-closed = The verification was ended.
helpdesk-error-no-address = This user has no email address to send the link to.
helpdesk-verify-first = Verify the caller in the helpdesk console first.
helpdesk-verify-first-link = Verify the caller
helpdesk-refused-not-verified = Verify the caller in the helpdesk console first: nothing may be done to this account until you have, and only for a few minutes after.
helpdesk-refused-channel = That method can't be used: the caller hasn't registered it, or the helpdesk can't use it (security questions, passkeys).
helpdesk-refused-already-passed = The caller already passed that method. Choose a different one.
helpdesk-refused-not-pending = The caller is already verified, or this verification has ended.
helpdesk-refused-approval-needed = This is an administrator's account: a second agent must approve first.
helpdesk-refused-approval-asked = Approval was already asked for.
helpdesk-refused-another-agent = Only a second agent may approve: not the one who verified the caller, and not the caller.
helpdesk-refused-nothing-to-approve = Nothing is waiting for approval, or the verification has ended.
helpdesk-notice-verified-subject = { $org }: the helpdesk verified your identity
helpdesk-notice-verified-body =
    Hello { $name },

    { $agent } at the helpdesk verified your identity at { $when } (UTC), with one of your registered methods. They may now reset your password, unlock your account or give you a Temporary Access Pass.

    If you didn't call the helpdesk, tell us at once: { $link }
helpdesk-notice-unlocked-subject = { $org }: the helpdesk unlocked your account
helpdesk-notice-unlocked-body =
    Hello { $name },

    { $agent } at the helpdesk unlocked your account at { $when } (UTC). Your password didn't change.

    If you didn't ask for this, tell us at once: { $link }
helpdesk-notice-approval-subject = { $org }: approval needed for an administrator's account
helpdesk-notice-approval-body =
    Hello { $name },

    { $agent } verified { $account } at the helpdesk and asks a second agent to approve before acting on that administrator's account.

    Approve or ignore it in the helpdesk console: { $link }
helpdesk-notice-burst-subject = { $org }: many helpdesk verifications of one account
helpdesk-notice-burst-body =
    Hello { $name },

    The helpdesk started { $count } verifications of { $account } within an hour, the last by { $agent }. Callers pretending to be an employee often try several agents.

    Check the audit log (activities starting with "Helpdesk") and warn the agents.
admin-activity-helpdesk-started-caller-verification = Helpdesk started caller verification
admin-activity-helpdesk-sent-a-verification-challenge = Helpdesk sent a verification challenge
admin-activity-helpdesk-checked-a-caller-s-method = Helpdesk checked a caller's method
admin-activity-helpdesk-caller-verified = Helpdesk caller verified
admin-activity-helpdesk-closed-caller-verification = Helpdesk closed caller verification
admin-activity-helpdesk-asked-for-a-second-agent-s-approval = Helpdesk asked for a second agent's approval
admin-activity-helpdesk-second-agent-approved = Helpdesk second agent approved
admin-activity-helpdesk-verification-burst-reported = Helpdesk verification burst reported
admin-activity-unlock-user-account-helpdesk = Unlock user account (helpdesk)
admin-activity-helpdesk-sent-a-registration-link = Helpdesk sent a registration link
admin-activity-update-helpdesk-settings = Update helpdesk settings
helpdesk-send-app-notification = Send a notification to their Latchkey app
helpdesk-channel-app-notification = Latchkey app
helpdesk-challenge-pushed = A notification went to the caller's Latchkey app. Read out the number { $number }; the caller chooses it in the app.
helpdesk-pushed-read-out = For the Latchkey app: read this number out to the caller; they choose it in the app:
helpdesk-answer-check-app = Check the app's answer
helpdesk-answer-not-yet = The app hasn't answered yet. Wait for the caller, then check again.
helpdesk-answer-denied = The caller denied the notification or said it wasn't them, so this verification was closed. Don't act on this account; tell your security team if you have doubts about the call.
helpdesk-verify-first-approval = The caller is verified, but this is an administrator's account: a second agent must approve first, in the helpdesk console.
helpdesk-refused-no-approver = Nobody else can approve: there is no other enabled global administrator. Reset an administrator's password with the command line on the server (latchkey user reset-password), or let them use self-service.
helpdesk-refused-blocked = Too many wrong answers for this account in the last 24 hours, so the helpdesk can't verify it for 24 hours after the last one. The user, the global administrators and the security contacts were told. If the caller is genuine, they can still reset with self-service.
helpdesk-answer-blocked = That was the fifth wrong answer for this account today, so helpdesk verification of it is paused for 24 hours, and the user, the global administrators and the security contacts were told. Don't act on this account.
helpdesk-settings-error-contacts = Enter at most { $max } addresses.
helpdesk-notice-paused-subject = { $org }: the helpdesk could not verify you
helpdesk-notice-paused-body =
    Hello { $name },

    Someone at the helpdesk ({ $agent }) tried to verify your identity several times with wrong codes, most recently at { $when } (UTC). To protect your account, the helpdesk can't verify you for the next 24 hours. Self-service password reset still works for you.

    If you didn't call the helpdesk, tell us at once: { $link }
helpdesk-notice-blocked-subject = { $org }: helpdesk verification of an account paused
helpdesk-notice-blocked-body =
    Hello { $name },

    The helpdesk answered { $count } wrong codes for { $account } within a day, the last by { $agent }. Helpdesk verification of that account is paused for 24 hours, and the user was told.

    Someone may be pretending to be that person, or an agent may be guessing. Check the audit log (activities starting with "Helpdesk").
helpdesk-notice-demoted-subject = { $org }: an administrator's role was taken away
helpdesk-notice-demoted-body =
    Hello { $name },

    { $agent } changed the role of { $account } from { $before } to { $after }. As a user, that account's password can be reset and a pass issued without the helpdesk's second approval.

    If you didn't expect this, check the audit log (Update user).
admin-activity-helpdesk-verification-paused = Helpdesk verification paused

## The caller's manager approving by email
helpdesk-refused-no-manager = The caller has no manager who can approve: none is set on their account, or the manager's account is disabled, has no email address or must change its password first, or you are their manager. Choose one of the caller's own methods.
helpdesk-refused-manager-asked = Their manager was already asked about this caller, in this verification or by another agent. Wait for the answer, or use one of the caller's own methods meanwhile.
helpdesk-refused-manager-admin = This is an administrator's account: they prove it's them with two of their own methods, not with their manager's approval.
helpdesk-refused-manager-paused = A manager denied a helpdesk call for this account in the last 24 hours, so no manager is asked about it until then. Use one of the caller's own methods.
helpdesk-refused-wrong-number = That isn't the number the caller was given.
helpdesk-send-manager = Ask their manager, { $manager }, to approve (by email)
helpdesk-challenge-manager = We emailed the caller's manager. Read this number to the caller now: { $number }. Their manager will reach them on a number they know and ask for it. Choose Check again to see the answer; meanwhile you may send the caller a code.
helpdesk-manager-read-out = For their manager: read this number to the caller; their manager will ask them for it:
helpdesk-manager-waiting = Waiting for { $manager } to approve.
helpdesk-manager-until = They must answer by { $until }.
helpdesk-manager-check = Check again
helpdesk-manager-approved = { $manager } approved.
helpdesk-manager-denied = { $manager } denied, so the verification was closed. Their manager isn't asked again for 24 hours; use one of the caller's own methods.
helpdesk-manager-still-asked = { $manager } hasn't answered yet. If they deny, this verification ends at once.
helpdesk-manager-gone = (a deleted account)
helpdesk-notice-manager-subject = { $org }: confirm a helpdesk caller, { $account }
helpdesk-notice-manager-body =
    Hello { $name },

    { $agent } at the helpdesk is on the phone with someone who says they are { $account }, and asks you, as their manager, to confirm it before helping them with their account.

    1. Reach { $account } yourself, on a phone number or chat you already know. A call or message from them asking you to approve doesn't count.
    2. Ask them for the number the helpdesk just gave them.
    3. Sign in to Latchkey and type that number to approve: { $link }

    If they don't know about the call, deny: the helpdesk verification ends, and the security team will be told. If you can't reach them now, say so on the same page: nobody is alerted. The request ends at { $until } (UTC).
helpdesk-notice-manager-none = nobody
helpdesk-notice-manager-changed-subject = { $org }: your manager for helpdesk calls changed
helpdesk-notice-manager-changed-body =
    Hello { $name },

    At { $when } (UTC), { $agent } set your manager in Latchkey to { $manager }. When you call the helpdesk, they may ask your manager to confirm it's you.

    If you didn't expect this, tell us at once: { $link }
helpdesk-notice-manager-denied-user-subject = { $org }: your manager did not confirm a helpdesk call
helpdesk-notice-manager-denied-user-body =
    Hello { $name },

    At { $when } (UTC) someone called the helpdesk ({ $agent }) as you, and your manager did not confirm it was you. No reset, unlock or change of your security info was recorded since the call began.

    If it was you, call again and verify with one of your own methods. If it wasn't, tell us at once: { $link }
helpdesk-notice-manager-denied-subject = { $org }: a manager denied a helpdesk caller
helpdesk-notice-manager-denied-body =
    Hello { $name },

    { $manager } denied that the caller { $agent } was helping is { $account }. The verification was closed; no reset, unlock, pass or change of security info was recorded on the account since the call began. Callers pretending to be an employee often try again with another agent.

    Check the audit log (activities starting with "Helpdesk" and "Manager") and warn the agents.
helpdesk-settings-manager = Agents may ask the caller's manager to approve
helpdesk-settings-manager-hint = By email; the manager signs in and types the number the caller was given. Not for administrators' accounts. Turn it on once managers are set, or synced from the directory, with care: a manager's answer vouches for their reports.
admin-activity-helpdesk-asked-the-caller-s-manager-to-approve = Helpdesk asked the caller's manager to approve
admin-activity-manager-approved-a-helpdesk-caller = Manager approved a helpdesk caller
admin-activity-manager-denied-a-helpdesk-caller = Manager denied a helpdesk caller
admin-activity-update-manager = Update manager
manager-requests-title = Helpdesk requests
manager-requests-none = Nothing is waiting for your answer.
manager-requests-intro = The helpdesk asks you, as the manager, to confirm who is on the phone with them. If the person doesn't know about the call, choose No, deny: the helpdesk verification ends, and the security team is told. If you can't reach them now, choose I can't reach them now: nobody is alerted.
manager-requests-caller = Is { $account } calling the helpdesk?
manager-requests-detail = Asked by { $agent } at { $when }.
manager-requests-until = Answer by { $until }.
manager-requests-how = Reach { $name } yourself, on a phone number or chat you already know (a call or message from them asking you to approve doesn't count), and ask for the number the helpdesk gave them.
manager-requests-number = The number the helpdesk gave them
manager-requests-number-hint = Two digits.
manager-requests-approve = Approve
manager-requests-deny = No, deny
manager-requests-back = Back to My account
manager-requests-approved = Thank you: you confirmed the caller, and the helpdesk may now help them.
manager-requests-wrong = That isn't the number the helpdesk gave them. Check it with them; { $left ->
        [one] 1 try left
       *[other] { $left } tries left
    }, then the request is denied.
manager-requests-denied = You denied it. The helpdesk verification was ended, and the security team was told.
manager-requests-no-number = Type the two-digit number the helpdesk gave them, then choose Approve. Nothing was counted.
manager-requests-gone = That request is no longer waiting: it was answered, it ended, or it wasn't yours.
account-helpdesk-requests = The helpdesk is waiting for your answer ({ $count }): confirm a caller
admin-manager-heading = Manager
admin-manager-hint = When the helpdesk settings allow it, the helpdesk may ask the manager, by email, to confirm a caller who says they are this user. The user is told when it changes.
admin-manager-external = The manager comes from the on-premises directory's manager attribute.
admin-manager-label = Manager's username
admin-manager-field-hint = Leave empty to remove the manager.
admin-manager-save = Save manager
admin-manager-unknown = No other account has that username. Type the manager's username, or leave the field empty.
admin-manager-self = A user can't be their own manager.
admin-manager-yourself = You can't make yourself someone's manager: ask another administrator.
helpdesk-refused-own-method = The caller was verified by their manager's approval alone. That lets you reset their password or unlock their account, not issue a Temporary Access Pass or change their security info. For those, close this verification and verify the caller with one of their own methods.
helpdesk-manager-unconfirmed = { $manager } couldn't reach the caller to confirm it. Use one of the caller's own methods.
helpdesk-manager-void = { $manager } can no longer answer: they are no longer the caller's manager, can't sign in now, or manager approval was turned off. Use one of the caller's own methods.
helpdesk-notice-manager-denied-acted-user-subject = { $org }: your manager did not confirm a helpdesk call
helpdesk-notice-manager-denied-acted-user-body =
    Hello { $name },

    At { $when } (UTC) someone called the helpdesk ({ $agent }) as you, and your manager did not confirm it was you. Your account changed since the call began (the earlier messages say how), and the security team was told: they may reset your password again to be safe.

    If it wasn't you, tell us at once: { $link }
helpdesk-notice-manager-denied-acted-subject = { $org }: urgent, a manager denied a caller the helpdesk had already helped
helpdesk-notice-manager-denied-acted-body =
    Hello { $name },

    { $manager } denied that the caller { $agent } was helping is { $account }. The verification was closed, but these changes to the account were recorded since the call began:

    { $actions }

    Act now: reset the account's password again, revoke any Temporary Access Pass, review its security info, and reach the user on a number you already know. Then warn the agents.
admin-activity-manager-typed-a-wrong-number-for-a-helpdesk-caller = Manager typed a wrong number for a helpdesk caller
admin-activity-manager-could-not-confirm-a-helpdesk-caller = Manager could not confirm a helpdesk caller
manager-requests-cannot-confirm = I can't reach them now
manager-requests-unconfirmed = You said you can't reach them now. The helpdesk will verify the caller another way; nobody was alerted.
manager-requests-office-phone = Their office number on file: { $phone }
manager-requests-ended = That request can no longer be approved: the call or its time ended, or the helpdesk can't act on the account now. If it wasn't them, you can still deny it.
manager-requests-ended-card = You can no longer approve this request: the call or its time ended, or the helpdesk can't act on this account now. If the person doesn't know about the call, deny: the security team is told.
