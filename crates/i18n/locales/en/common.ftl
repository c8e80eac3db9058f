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

## The JSON API's other messages (the `message` beside the stable `code`; field names,
## codes and JSON words such as generate: true stay as they are).

api-json-empty = Send a JSON object in the body.
api-json-not-object = The body must be a JSON object.
# { $detail } is the JSON parser's own description of the problem, in English.
api-json-invalid-for-request = The body is not valid JSON for this request: { $detail }
api-json-invalid = The body is not valid JSON: { $detail }
api-json-trailing = The body has more after the JSON value: { $detail }
# { $duration } is a duration such as "30 seconds" (common-duration-seconds).
api-json-timeout = The body took longer than { $duration } to arrive; send it again.
api-json-unreadable = The body could not be read.
api-query-unreadable = The query string could not be read.
# { $names } lists the parameter names, e.g. "offset, limit".
api-query-unknown = Unknown query parameter. This endpoint takes: { $names }.
api-query-once = Give this parameter once.
api-query-max-chars = { $max ->
    [one] At most { $max } character.
   *[other] At most { $max } characters.
}
api-query-whole-number = Give a whole number from { $min } to { $max }.
api-query-time = Give an RFC 3339 time like 2026-11-22T09:30:00Z.
api-audit-result = Give success or failure.
api-auth-missing = Send an API token: Authorization: Bearer lk_…
api-auth-malformed = The Authorization header must be: Bearer lk_… (an API token).
api-auth-invalid = This API token is not valid or was revoked.
api-auth-owner-disabled = The owner of this API token can't sign in, so the token can't be used.
api-auth-owner-not-admin = The owner of this API token is no longer an administrator.
api-auth-read-only = This API token may only read. Use a token with the write scope.
api-branding-too-large = The body is larger than 400 KiB; the logo can be at most 200 KiB.
api-branding-logo = The logo must be a PNG, JPEG or SVG image in base64, or null.
api-groups-not-found = There is no group with that id.
# { $users } and { $groups } are the paths members/users/{id} and members/groups/{id}.
api-groups-member-path = Use { $users } or { $groups }.
api-groups-not-member = { $kind ->
    [user] That user is not a direct member of this group.
   *[group] That group is not a direct member of this group.
}
api-methods-no-answers = This user has no security answers registered.
api-methods-no-method = This user has no method with that id.
api-ready-storage = The database does not answer or can't write.
api-metrics-token = The metrics need the token set in server.metrics_token.
api-no-endpoint = There is no such API endpoint.
api-method-not-allowed = This endpoint does not take that method; see /api/v1/openapi.json.
api-reports-no-group = There is no such group.
api-tokens-scope = The scope must be read or write.
api-tokens-no-owner = There is no user with that username.
api-tokens-self-revoke = A token can't revoke itself. Revoke it with another token, in the portal (Admin portal → API tokens) or with `latchkey token revoke`.
api-users-not-found = There is no user with that id.
api-users-empty-password = Give a password, or leave the field out to have one generated.
api-users-password-and-generate = Give either a password or generate: true, not both.
api-users-password-or-generate = Give a password, or generate: true to have one made.

## The Latchkey app's requests (/app/api/…).

api-app-no-request = There is no such request for this device.
api-app-failed = Something went wrong. Try again in a moment.
api-app-only-app = This address only accepts requests from the Latchkey app.
api-app-body-unreadable = The request body couldn't be read.
api-app-not-json = The request is not the JSON this address expects.
# { $what } is the name of the part, in English ("name", "public key", "subscription").
api-app-invalid = The { $what } is not valid.
api-app-invalid-token = This setup code is unknown, was used already or has expired. Open Set up the Latchkey app again for a new one.
api-app-limit-reached = The Latchkey app is already set up on 5 devices for this account. Remove one first.
api-app-duplicate-name = Another of your devices already has this name. Choose another.
api-app-not-allowed = Your organization doesn't offer the Latchkey app to your account.
api-app-endpoint-not-allowed = This browser's push service isn't one your organization allows.
api-app-answer-word = The answer must be approve, deny or report.
api-app-number-needed = Approving needs the two-digit number shown on the reset page; denying and reporting need none.
api-app-bad-signature = The answer's signature doesn't match this device's key.
api-app-already-answered = This request was answered already.
api-app-expired = This request expired. Start again on the reset page if you still need to.

## The browser that asked, as the Latchkey app's approval request shows it. { $browser }
## and { $system } are product names (Firefox, Windows), never translated.

push-device-unknown = Unknown browser
push-device-browser-on = A browser on { $system }
push-device-on = { $browser } on { $system }
push-action-reset = Reset your password
