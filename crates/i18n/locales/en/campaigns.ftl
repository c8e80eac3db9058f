# campaigns area: registration campaigns (/admin/campaigns), coverage over time on
# "Usage & insights", importing contact details (/admin/users/import-contacts), and the
# campaign's reminder email.

## /admin/campaigns

campaigns-title = Registration campaign
campaigns-intro = Reminds the users who can reset their password themselves but haven't registered enough security info, by email, until they have. It is off until you turn it on, because it emails people.
campaigns-settings = Settings
campaigns-status-on = { $days ->
    [one] On: reminders go out every day.
   *[other] On: reminders go out every { $days } days.
}
campaigns-status-off = Off: no reminders are sent.
campaigns-reminded = { $n ->
    [one] { $n } user was reminded in the current interval.
   *[other] { $n } users were reminded in the current interval.
}
campaigns-enabled = Send registration reminders
campaigns-enabled-hint = Users in the self-service scope who haven't registered enough methods get an email with a link to the registration page. Nothing is sent while self-service password reset is set to None.
campaigns-interval = Days between reminders
campaigns-interval-hint = A user gets at most one reminder in this many days, and none once they have registered. From 1 to 90.
campaigns-include-reconfirm = Also remind users whose re-confirmation is due
campaigns-include-reconfirm-hint = Users who registered but haven't confirmed their security info within the days the password reset policy asks.
campaigns-save = Save
campaigns-saved = The registration campaign's settings were saved.
campaigns-yes = Yes
campaigns-no = No
campaigns-read-only = Only a global administrator can change these settings.
campaigns-more = Related
campaigns-link-reports = Registration coverage on Usage & insights
campaigns-link-import = Import contact details from a file
campaigns-link-settings = Registration campaign settings
campaigns-error-interval = Enter a whole number of days from { $min } to { $max }.

## Coverage over time, on /admin/reports

campaigns-history = Coverage over time
campaigns-history-chart = Share of users in scope registered, per day
campaigns-history-none = No coverage has been recorded yet. It is recorded once a day.
campaigns-history-table = Coverage per day as a table
campaigns-history-caption = Registration coverage per day (UTC)
campaigns-history-col-registered = Registered
campaigns-history-col-in-scope = In scope
campaigns-history-col-percent = Percent

## /admin/users/import-contacts

campaigns-import-title = Import contact details
campaigns-import-intro = Set the email addresses and phone numbers of users who already exist from a CSV file. The first line names the columns: username, and any of email, alternate_email, mobile_phone, office_phone. An empty cell keeps what is stored. Phone numbers start with + or 00 and the country code.
campaigns-import-policy = Imported contact details can be used to reset a password only when the password reset policy has "Use contact information from the directory" on; otherwise users still register and confirm them.
campaigns-import-upload = Choose a file
campaigns-import-file = CSV file
campaigns-import-file-hint = Up to 2 MB and 10,000 rows, UTF-8. You will see what changes before anything is saved.
campaigns-import-check = Check the file
campaigns-import-choose-file = Choose a CSV file to import.
campaigns-import-preview = { $n ->
    [one] { $n } user's contact details will change
   *[other] { $n } users' contact details will change
}
campaigns-import-preview-caption = Contact details that will change
campaigns-import-apply = { $n ->
    [one] Import the contact details of { $n } user
   *[other] Import the contact details of { $n } users
}
campaigns-import-applied = { $n ->
    [one] The contact details of { $n } user were changed.
   *[other] The contact details of { $n } users were changed.
}
campaigns-import-unchanged = { $n ->
    [one] { $n } row changes nothing.
   *[other] { $n } rows change nothing.
}
campaigns-import-bad-rows = { $n ->
    [one] { $n } row can't be imported
   *[other] { $n } rows can't be imported
}
campaigns-import-nothing-written = Nothing was changed. Correct these rows and try again.
campaigns-import-bad-caption = Rows that can't be imported
campaigns-import-col-line = Line
campaigns-import-col-user = User
campaigns-import-col-problem = Problem
campaigns-import-col-field = Field
campaigns-import-col-before = Now
campaigns-import-col-after = After the import
campaigns-import-no-username = The header row needs a username column (the first line names the columns: username,email,…).
campaigns-import-empty = The file is empty: the first line must name the columns (username,email,…).
campaigns-import-too-large = The file is larger than { $max } MB. Split it into smaller files.
campaigns-import-too-many-rows = The file has more than { $max } rows. Split it into smaller files.
campaigns-import-cell-too-long = This value is longer than { $max } characters.
campaigns-import-no-user = There is no user called “{ $name }”.
campaigns-import-synced = This account comes from your on-premises directory: its contact details are managed there.
campaigns-import-self = Your own contact details are changed on My account, not by an import.
campaigns-import-admin = An administrator's contact details are changed on their own page, after the helpdesk verified them and another global administrator approved, not by an import.
campaigns-api-csv-only = Send the file as the body, with Content-Type: text/csv.
campaigns-api-dry-run = Give dry_run as true or false.

## The reminder email. Placeholders: $org, $greeting, $setup_url, $reconfirm, $days.

campaigns-email-subject = Set up password reset for your { $org } account
campaigns-email-subject-reconfirm = Please check your security info for your { $org } account
campaigns-email-body = You haven't yet set up how we can check it's you if you forget your { $org } password, such as a phone number or an authenticator app. It takes a couple of minutes, and then you can get back into your account on your own, at any hour.
campaigns-email-body-reconfirm = It's time to check that the security info of your { $org } account is still right, so you can still reset your password on your own. It takes a minute.
campaigns-email-button = Set it up now
campaigns-email-button-reconfirm = Check my security info
campaigns-email-here = Go to this page and sign in:
campaigns-email-copy = Or copy this address into your browser: { $setup_url }
campaigns-email-why = { $days ->
    [one] You get this reminder every day until it's done. We never ask for your password or a code by email.
   *[other] You get this reminder every { $days } days until it's done. We never ask for your password or a code by email.
}

## Audit log activities

admin-activity-update-registration-campaign-settings = Update registration campaign settings
admin-activity-registration-campaign-run = Registration campaign run
admin-activity-import-contact-details = Import contact details
