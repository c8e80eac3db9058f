## Sign-in (/), the Temporary Access Pass sign-in, "Confirm it's you".

signin-title = Sign in
signin-username = Username
signin-password = Password
signin-submit = Sign in
signin-forgot = Forgot my password
signin-with-pass = Sign in with a Temporary Access Pass
signin-signed-out = You've signed out.
signin-empty = Enter your username and your password.
signin-invalid = Your account or password is incorrect. If you don't remember your password, reset it now.
signin-locked = Your account is temporarily locked to prevent unauthorized use. Try again later, and if you still have trouble, contact your administrator.

## Sign-in with a Temporary Access Pass (/signin/access-pass).

signin-pass-title = Sign in with a Temporary Access Pass
signin-pass-intro = Your helpdesk gives you a Temporary Access Pass when you have no way left to prove who you are, or are new. It lets you set up your security info; it doesn't open the rest of your account.
signin-pass-label = Temporary Access Pass
signin-pass-hint = 16 letters and digits, as your helpdesk gave them. Dashes and spaces don't matter.
signin-pass-with-password = Sign in with your password
signin-pass-enter-username = Enter your username.
signin-pass-enter-pass = Enter the Temporary Access Pass your helpdesk gave you.
signin-pass-invalid = That username and Temporary Access Pass don't work together. Check both; a pass stops working when it expires, after one sign-in if it was one-time, or when a new one is issued. Ask your helpdesk for a new pass if you need one.
