## Admin portal: the self-service password reset policy (/admin/password-reset/*).

admin-sspr-nav = Password reset
admin-sspr-section-properties = Properties
admin-sspr-section-authentication-methods = Authentication methods
admin-sspr-section-registration = Registration
admin-sspr-section-notifications = Notifications
admin-sspr-section-customization = Customization
admin-sspr-section-on-premises = On-premises integration
admin-sspr-section-administrator-policy = Administrator policy
admin-sspr-global-only = Only global administrators can change these settings.
admin-sspr-saved = Your changes were saved.
admin-sspr-yes = Yes
admin-sspr-no = No
admin-sspr-save = Save
admin-sspr-discard = Discard
admin-sspr-fixed = The administrator policy is fixed and can't be changed.

## Properties.

admin-sspr-enabled = Self-service password reset enabled
admin-sspr-scope-none = None
admin-sspr-scope-selected = Selected
admin-sspr-scope-all = All
admin-sspr-group = Selected group
admin-sspr-group-hint = With "Selected", members of this group (and of groups nested in it) can reset their password.
admin-sspr-no-group = No group selected
admin-sspr-admins-hint = Administrators can always reset their own password; they follow the administrator policy.
admin-sspr-error-scope = Choose None, Selected or All.
admin-sspr-error-group = Choose a group from the list.

## Authentication methods.

admin-sspr-methods-required = Number of methods required to reset
admin-sspr-methods = Methods available to users
admin-sspr-method-app-notification = Mobile app notification
admin-sspr-method-app-code = Mobile app code
admin-sspr-method-passkey = Passkey
admin-sspr-method-mobile-phone = Mobile phone (text message or call)
admin-sspr-questions-to-register = Number of questions required to register
admin-sspr-questions-to-reset = Number of questions required to reset
admin-sspr-custom-questions = Custom security questions
admin-sspr-custom-questions-hint = Up to 20, one per line, 3 to 200 characters each. They're offered next to the built-in questions.
admin-sspr-phone-countries = Countries codes may be texted or called to
admin-sspr-phone-countries-hint = Two-letter country codes, separated by spaces, such as US GB DE. Numbers in other countries can't be registered, and premium-rate, shared-cost and satellite numbers never get codes.
admin-sspr-error-methods-required = Choose 1 or 2.
admin-sspr-error-questions = Choose a number between 3 and 5.

## Registration.

admin-sspr-require-registration = Require users to register when signing in?
admin-sspr-reconfirm-days = Number of days before users are asked to re-confirm their authentication information
admin-sspr-reconfirm-days-hint = 0 to 730; 0 means never.
admin-sspr-error-reconfirm-days = Enter a number of days between 0 and 730.

## Notifications.

admin-sspr-notify-users = Notify users on password resets?
admin-sspr-notify-admins = Notify all admins when other admins reset their password?

## Customization.

admin-sspr-customize-helpdesk = Customize helpdesk link?
admin-sspr-helpdesk = Custom helpdesk email or URL
admin-sspr-helpdesk-hint = Shown wherever someone can't go on, e.g. https://help.contoso.example/password or helpdesk@contoso.example.
admin-sspr-error-helpdesk = Enter the helpdesk's email address or web address, or choose No.

## On-premises integration: the switches.

admin-sspr-writeback = Write back passwords to your on-premises directory?
admin-sspr-writeback-hint = Yes: when someone whose account comes from the on-premises directory resets or changes their password, it is written to the directory first, and changed in Latchkey only if the directory accepted it. No: those people can't reset or change their password here, and are told to contact their IT team.
admin-sspr-unlock = Allow users to unlock accounts without resetting their password?
admin-sspr-unlock-hint = Yes: the reset page also offers "I know my password, but still can't sign in". After the usual verification the account is unlocked, in the on-premises directory too, and the password stays as it is.
admin-sspr-directory-contacts = Use contact information from the directory?
admin-sspr-directory-contacts-hint = Yes: the alternate email, mobile phone and office phone that the on-premises directory (or an administrator, in the portal, the API or the command line) holds for someone can be used to reset, without them registering those themselves. No: people register and prove their own.

## Administrator policy.

admin-sspr-admin-policy-intro = Administrators (global and password administrators) are always enabled for self-service password reset, whatever the Properties say, and always follow this policy:
admin-sspr-admin-policy-required = Number of methods required to reset:
admin-sspr-admin-policy-methods = Methods: mobile app notification, mobile app code, passkey, email, mobile phone, office phone
admin-sspr-admin-policy-questions = Security questions:
admin-sspr-admin-policy-never = never
admin-sspr-admin-policy-fixed = This policy can't be changed.

## On-premises integration: the directory, its syncs and checks.

admin-onprem-sync-finished = The sync finished: { $summary }.
admin-onprem-left-out = Left out, and why:
admin-onprem-sync-not-finished = The sync didn't finish
admin-onprem-heading-one = Your on-premises directory
admin-onprem-heading-many = Your on-premises directories
admin-onprem-servers = Servers
admin-onprem-then = , then
admin-onprem-kind = Kind
admin-onprem-auto-sync = Automatic sync
admin-onprem-auto-sync-off-before = Off: run
admin-onprem-auto-sync-off-after = or use Sync now
admin-onprem-every = { $n ->
    [one] Every { $n } minute
   *[other] Every { $n } minutes
}
admin-onprem-last-sync = Last sync
admin-onprem-last-worked = worked.
admin-onprem-last-failed = failed.
admin-onprem-no-sync = No sync has run yet.
admin-onprem-sync-hint = Brings in what changed in the directory since the last sync (everything, the first time): new, changed, disabled and deleted accounts and groups. The first import of a large directory can take a minute.
admin-onprem-sync-now = Sync now
admin-onprem-none = No on-premises directory is connected. Latchkey serves only its own users and groups, and passwords are kept in Latchkey alone.
admin-onprem-connect-before = To connect Active Directory or OpenLDAP, set these in the
admin-onprem-connect-middle = section of the configuration file (or as
admin-onprem-connect-after = variables), then restart Latchkey:
admin-onprem-setting-urls = : the directory servers, tried in order, e.g.
admin-onprem-and = and
admin-onprem-setting-bind = : the service account Latchkey signs in with; keep the password in a file named by
admin-onprem-setting-bases = : where the accounts and groups are, e.g.
admin-onprem-setting-ca = : the certificate authority that signs the servers' certificates, unless the system already trusts it
admin-onprem-readme-before = The README's section
admin-onprem-readme-after = has an example for each, and the exact rights the service account needs.
admin-onprem-print-config = lists every setting, and
admin-onprem-check-config = checks them. Once connected, this page checks the connection and syncs.
admin-onprem-flavour-ad = Active Directory (set in the configuration)
admin-onprem-flavour-openldap = OpenLDAP (set in the configuration)
admin-onprem-flavour-other = another LDAP directory (set in the configuration)
admin-onprem-flavour-detected = detected from the directory (Run checks names it)
admin-onprem-no-ldap = There is no on-premises directory to sync from: Latchkey has no [ldap] settings yet. Set them as described below, restart Latchkey, then sync.
admin-onprem-sync-refused = The sync didn't run: { $why }.
admin-onprem-sync-failed = The sync failed and nothing was changed: { $why }
admin-onprem-checks = Checks
admin-onprem-checks-intro-before = Checks each server's connection and TLS certificate, the service account's sign-in, its read access to the bases and its rights on an account, protected accounts, and the last sync and write-back, as
admin-onprem-checks-intro-after = does. Each server gets a few seconds to answer.
admin-onprem-test-user = Account to check the rights on (optional)
admin-onprem-test-user-hint = A username from the directory, such as a test account. Nothing is changed on it.
admin-onprem-run-checks = Run checks
admin-onprem-results = Results
admin-onprem-summary = { $failed ->
    [0] No check failed
    [one] 1 check failed
   *[other] { $failed } checks failed
}{ $warnings ->
    [0] {""}
    [one] , 1 needs attention
   *[other] , { $warnings } need attention
}.
admin-onprem-directory-is = The directory is { $flavour }.
admin-onprem-results-caption = Results of the checks
admin-onprem-col-check = Check
admin-onprem-col-result = Result
admin-onprem-col-found = Found
admin-onprem-col-fix = What to change
admin-onprem-nothing = Nothing
admin-onprem-status-ok = OK
admin-onprem-status-warning = Warning
admin-onprem-status-failed = Failed
admin-onprem-status-info = Info

## Customization: the organisation's name and logo (/admin/branding).

admin-branding-heading = Organization name and logo
admin-branding-intro = Shown on every page and in every message Latchkey sends.
admin-branding-name = Organization name
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG or SVG, up to 200 KB. Leave empty to keep the current one.
admin-branding-current-logo = Current logo
admin-branding-remove-logo = Remove the logo
admin-branding-save = Save name and logo

## Password protection (/admin/password-protection) and the strength meter.

admin-protection-title = Password protection
admin-protection-global-only = Only global administrators can change these settings.
admin-protection-saved = Your changes were saved.
admin-protection-policy = Password policy
admin-protection-min-length = Minimum length
admin-protection-min-length-hint = 8 to 256 characters. NIST SP 800-63B asks for at least 15 where a password is the only factor; long passphrases are easier to remember than short complex passwords.
admin-protection-require-classes = Require three of: lower-case letters, capital letters, digits, symbols (for Entra parity; NIST advises against such rules)
admin-protection-history = Number of previous passwords that can't be reused
admin-protection-history-hint = 0 to 24; 0 turns it off. Each remembered password costs one hash check whenever a password is set.
admin-protection-min-score = Minimum strength
admin-protection-no-minimum = No minimum
admin-protection-strength-0 = Very weak
admin-protection-strength-1 = Weak
admin-protection-strength-2 = Fair
admin-protection-strength-3 = Strong
admin-protection-strength-4 = Very strong
admin-protection-banned = Banned passwords
admin-protection-banned-intro = Common passwords, their look-alikes (P@ssw0rd) and the user's own names are always refused. Add words your organization should never see in a password: its products, places, teams.
admin-protection-enforce-custom = Enforce custom list
admin-protection-yes = Yes
admin-protection-no = No
admin-protection-custom-terms = Custom banned password list
admin-protection-custom-terms-hint = One term per line, 4 to 16 characters, up to 1000. Case doesn't matter.
admin-protection-breached = Breached passwords
admin-protection-check-breached = Refuse passwords found in data breaches
admin-protection-breached-count = The breached-password list holds { $n } passwords.
admin-protection-breached-none-before = No breached-password list is imported yet: run
admin-protection-breached-none-after = on the server.
admin-protection-save = Save
admin-protection-try = Try a password
admin-protection-try-intro = See how a password would fare under the saved policy. It isn't stored or logged.
admin-protection-sample = Sample password
admin-protection-test = Test
admin-protection-accepted = Accepted
admin-protection-refused = Refused: { $reason }
admin-protection-detail = Banned-list score { $score } of the 5 needed. Strength { $strength } of 4.
admin-protection-detail-terms = Banned-list score { $score } of the 5 needed (banned terms found: { $terms }). Strength { $strength } of 4.
admin-protection-error-min-length = Enter a number of characters between 8 and 256.
admin-protection-error-history = Enter a number between 0 and 24.
admin-protection-error-min-score = Choose a strength from the list.

# The on-premises page's checks (the doctor) and the sync summary.
admin-onprem-doc-encryption = Encryption for { $url }
admin-onprem-doc-plaintext = plain LDAP without StartTLS: passwords cross the network in clear
admin-onprem-doc-plaintext-fix = use ldaps:// or remove ldap.allow_plaintext (lab only)
admin-onprem-doc-server-role = Server role of { $url }
admin-onprem-doc-global-catalog = this is a Global Catalog port: it is read-only and holds only some attributes
admin-onprem-doc-global-catalog-fix = use the domain controller's LDAP port (636 for ldaps, 389 with StartTLS)
admin-onprem-doc-connect = Connect to { $url }
admin-onprem-doc-connect-tls-fix = set ldap.ca_file to the CA that signed the server's certificate, and use a name or address the certificate lists
admin-onprem-doc-connect-fix = check the address and port, that the server runs, and that a firewall lets this host reach it
admin-onprem-doc-connected = connected
admin-onprem-doc-bind = Service account bind
admin-onprem-doc-bound = bound as { $dn }
admin-onprem-doc-bind-encrypt-fix = the server wants an encrypted connection: use ldaps:// or ldap:// with StartTLS
admin-onprem-doc-bind-fix = check ldap.bind_dn and ldap.bind_password (or LATCHKEY_LDAP__BIND_PASSWORD_FILE); the account must be enabled
admin-onprem-doc-bind-connection-fix = check the connection above
admin-onprem-doc-root-dse = Root DSE
admin-onprem-doc-root-dse-fix = the service account must be able to read the root DSE
admin-onprem-doc-type = Directory type
admin-onprem-doc-type-detected = { $flavour } (detected: { $detected })
admin-onprem-doc-type-fix = ldap.flavour overrides what the server announces; set it to "auto" unless you know better
admin-onprem-doc-writable = Writable domain controller
admin-onprem-doc-rodc = this is a read-only domain controller (RODC): it can't take password changes
admin-onprem-doc-rodc-fix = list a writable domain controller first in ldap.urls
admin-onprem-doc-writable-ok = writable
admin-onprem-doc-ppolicy = Password policy overlay (ppolicy)
admin-onprem-doc-ppolicy-present = present: the directory's password rules and lockout apply
admin-onprem-doc-ppolicy-missing = not announced: the directory checks no password rules and has no lockout of its own
admin-onprem-doc-ppolicy-fix = load the ppolicy overlay (olcOverlay=ppolicy) with a default policy
admin-onprem-doc-lockout = Lockout before the directory's
admin-onprem-doc-lockout-unreadable = the directory's lockout threshold couldn't be read: { $error }
admin-onprem-doc-lockout-unreadable-fix = make sure ldap.lockout_threshold is below the directory's own threshold
admin-onprem-doc-lockout-none = the directory doesn't lock accounts after wrong passwords
admin-onprem-doc-lockout-ok = Latchkey locks after { $ours } wrong passwords, the directory after { $theirs }
admin-onprem-doc-lockout-failed = Latchkey locks after { $ours } wrong passwords, the directory after { $theirs }: guessing at Latchkey would lock accounts in the directory
admin-onprem-doc-lockout-fix = set ldap.lockout_threshold below the directory's threshold
admin-onprem-doc-certificate = Certificate of { $url }
admin-onprem-doc-certificate-unreadable = the certificate could not be read
admin-onprem-doc-certificate-expired-fix = renew the server's certificate
admin-onprem-doc-certificate-expiring-fix = renew the server's certificate before it expires
admin-onprem-doc-certificate-valid = { $subject }, trusted, valid until { $until } ({ $days } days)
admin-onprem-doc-read-accounts = Read accounts under { $base }
admin-onprem-doc-read-groups = Read groups under { $base }
admin-onprem-doc-match-accounts = { $n } accounts match { $filter }
admin-onprem-doc-match-groups = { $n } groups match { $filter }
admin-onprem-doc-read-empty-fix = check the base DN and the filter, and that the service account may read them
admin-onprem-doc-read-limit-fix = the directory caps how many entries the service account may read: lift the cap for it (OpenLDAP: olcLimits: dn.exact="<service DN>" size=unlimited)
admin-onprem-doc-read-fix = check the base DN (ldap.user_base / ldap.group_base) and the service account's read rights
admin-onprem-doc-protected = Protected accounts
admin-onprem-doc-protected-detail = { $n } accounts in scope have adminCount=1 (privileged groups); Latchkey refuses to reset or unlock them
admin-onprem-doc-test-account = Test account { $name }
admin-onprem-doc-test-match = { $n } accounts match
admin-onprem-doc-test-match-fix = name one account that is in scope (its username)
admin-onprem-doc-rights = Rights on { $name }
admin-onprem-doc-rights-openldap = { $dn }: OpenLDAP can't report effective rights without a change; the service account needs write on userPassword and manage on pwdAccountLockedTime and pwdReset
admin-onprem-doc-test-protected = a protected account (adminCount=1): Latchkey never writes it; pick an ordinary account
admin-onprem-doc-write = Write { $attr } on { $name }
admin-onprem-doc-write-allowed = allowed
admin-onprem-doc-write-denied = the service account can't write { $attr } on { $dn }
admin-onprem-doc-write-fix = delegate "Write lockoutTime" and "Write pwdLastSet" on the users' OU to the service account
admin-onprem-doc-reset-right = Reset Password right on { $name }
admin-onprem-doc-reset-right-detail = can't be read without changing a password: delegate the extended right "Reset Password" (00299570-246d-11d0-a768-00aa006e0529) on the users' OU; a reset without it is refused and audited as directory_insufficient_rights
admin-onprem-doc-flavour-ldap = LDAP directory
admin-onprem-doc-no-sync = no sync has run yet
admin-onprem-doc-no-sync-fix = run `latchkey directory sync` or press Sync now
admin-onprem-doc-sync-failed-fix = fix the failed checks above, then sync again
admin-onprem-doc-orphans = Accounts from a directory no longer configured
admin-onprem-doc-orphans-detail = { $n } accounts came from a directory whose name is no longer in the configuration: they can't sign in or reset
admin-onprem-doc-orphans-fix = restore that directory's section with the same name, or delete those accounts
admin-onprem-doc-last-writeback = Last write-back
admin-onprem-doc-written = written
admin-onprem-doc-writeback-fix = see the audit log's "Password writeback" events for the cause
admin-onprem-sync-summary = users: { $users-created } created, { $users-updated } updated ({ $users-disabled } disabled), { $users-deleted } deleted; groups: { $groups-created } created, { $groups-updated } updated, { $groups-deleted } deleted; { $skipped } skipped
