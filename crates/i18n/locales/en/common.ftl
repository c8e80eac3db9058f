## The layout every page shares: header, footer, language picker.

layout-skip = Skip to main content
layout-nav-main = Main
layout-my-account = My account
layout-admin-portal = Admin portal
layout-sign-out = Sign out
layout-footer = { $org } · self-service password reset by Latchkey
lang-picker-label = Language
lang-picker-submit = Change language

## Shared form pieces (templates/macros.html) and texts of static/latchkey.js.

common-error-prefix = Error:
common-error-summary = There is a problem
# The strength meter; { $label } is the strength's name, e.g. "Strong".
common-strength = Strength: { $label }.
common-not-accepted = Not accepted.
common-copied = Copied
common-copy-selected = Selected: press Ctrl+C
common-pow-checking = Checking your browser. This takes a moment.

## Durations, e.g. how long a Temporary Access Pass lasts ("2 hours 30 minutes").

common-duration-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
common-duration-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
common-duration-hours-minutes = { $hours } { $minutes }
common-duration-seconds = { $n ->
    [one] 1 second
   *[other] { $n } seconds
}

## Error pages (templates/error.html): a heading and what to do.

page-error-home = Go to the sign-in page
page-error-render-failed = Something went wrong.
page-error-not-found-title = We can't find that page
page-error-not-found-text = The page you asked for doesn't exist or was removed. Check the address, or go back and try again.
page-error-bad-request-title = Something in the request wasn't right
page-error-forbidden-title = You don't have access to this
page-error-method-title = This address doesn't work that way
page-error-method-text = This page can't be used like that. Go back and use the links and buttons on the page.
page-error-csrf-title = Your form expired
page-error-csrf-text = For your security, forms can only be sent from the page they belong to, and they expire. Go back, reload the page and try again.
page-error-too-large-title = That was too much text
page-error-too-large-text = The form you sent was larger than we accept. Shorten what you typed and try again.
page-error-busy-title = We're busy right now
page-error-busy-text = Too many people are signing in or changing passwords at this moment. Wait a few seconds and try again.
page-error-signin-unavailable-title = We can't check passwords right now
page-error-signin-unavailable-text = Your organization's directory isn't answering, so your password can't be checked. Try again in a few minutes; if it keeps happening, tell your IT team.
page-error-directory-title = The password wasn't changed
page-error-storage-title = We can't save anything right now
page-error-storage-text = Our database isn't answering at the moment, so nothing you sent was saved. Wait a minute and try again; if it keeps happening, tell your IT team.
page-error-rate-limited-title = Too many requests
# { $wait } is page-error-wait-minutes, -about-hour or -about-hours.
page-error-rate-limited-text = We've had too many requests like this one from your network, or from everyone, just now. Wait { $wait } and try again from the page you were on (your browser's Back button). Nothing you typed was used.
page-error-wait-minutes = { $n ->
    [one] a minute
   *[other] { $n } minutes
}
page-error-wait-about-hour = about an hour
page-error-wait-about-hours = about { $n } hours
page-error-step-up-title = Confirm it's you
page-error-step-up-text = For your security, enter your password again before you change your security info.
page-error-internal-title = Something went wrong
page-error-internal-text = We couldn't complete your request. Try again in a moment; if it keeps happening, give your administrator the reference below.
page-error-admin-only = The admin portal is for administrators. If you need access, ask your administrator.
page-error-form-wrong-method = This address only accepts forms sent from its page.
# { $time } is common-duration-seconds.
page-error-form-timeout = The form took longer than { $time } to arrive, so it wasn't used. Check your connection, go back and send it again.
page-error-form-unreadable = We couldn't read the form you sent. Reload the page and try again.
# { $detail } is the technical reason, in English.
page-error-form-fields = Some fields of the form were missing or not understood ({ $detail }). Reload the page and try again.
# { $field } is the field's name, or page-error-field-search for the search box.
page-error-field-character = The { $field } you entered contains a character that is not allowed (such as an invisible control character). Go back and type it again.
page-error-field-too-long = The { $field } you entered is too long: at most { $max } characters are accepted. Go back and shorten it.
page-error-field-search = search
page-error-wrong-host = This server answers only at its own address. Check the address you typed.
page-error-bad-address = That address is not valid. Check the link, or go back and use the links on the page.

## The JSON API's error messages (the `message` beside the stable `code`).

api-error-field-invalid = A field is not valid.
api-error-step-up = Changing security info needs the password confirmed within the last 10 minutes; nothing was changed.
api-error-rate-limited = Too many requests from this address or overall; try again in { $secs } seconds.
api-error-storage = The database can't be reached or can't save right now; nothing was changed. Try again after Retry-After seconds.
api-error-internal = Something went wrong. Give your administrator the x-request-id of this response.
api-error-not-found = There is no such resource.
# { $what } is the kind of record, in English (e.g. "username").
api-error-conflict = That { $what } already exists.
api-error-refused = Refused: { $why }.
api-error-busy = Too many passwords are being checked at this moment. Try again in a few seconds.
api-error-csrf = Refused.
api-error-too-large = The body is larger than 64 KiB.
api-error-method = This endpoint doesn't accept that method.
api-error-directory = Nothing was changed: { $why }.
api-error-bad-character = This text contains a character that is not allowed (NUL, an unpaired surrogate or bytes that are not UTF-8).
api-error-too-long = This text is too long: at most { $max } characters.
api-error-bad-path = That address is not valid: part of it is not UTF-8 text, or it holds a NUL.

## The reset journey's time limit, on each of its pages.
journey-ends = This page stays open until { $time }. After that, start again from the beginning.
journey-ends-extend = This page stays open until { $time }. Need more time? You can extend it once.
journey-extend = Give me more time
