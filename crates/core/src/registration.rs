//! Registration ("Keep your account secure", `/setup`) as typed rules and a small state
//! machine for each contact method.
//!
//! Adding an email address or a phone number proves it with a code:
//!
//! ```text
//!   Idle ──RequestCode(c, d)──▶ CodeSent(c, d) ──ConfirmCode──▶ Registered(c, d)
//!     ▲                           │    ▲  │
//!     └──────────Cancel───────────┘    └──┘ RequestCode(c', d'): a new code replaces the
//!                                           old one (one code waits at a time)
//! ```
//!
//! [`Step::apply`] is pure; the service layer stores `CodeSent` as the waiting code and
//! `Registered` as the method. The other rules of registration are plain functions:
//! [`standing`] (what the sign-in interrupt asks), [`check_removal`] (a method can't be
//! removed when that leaves too few), [`check_app_count`].

use crate::policy::{Method, Requirement};

/// Most authenticator apps one user may register.
pub const MAX_APPS: usize = 5;
/// Most devices with the Latchkey app (app notification) one user may register.
pub const MAX_PUSH_DEVICES: usize = 5;
/// Most passkeys one user may register.
pub const MAX_PASSKEYS: usize = 10;
/// The most methods of `kind` one user may register ([`MAX_APPS`], [`MAX_PUSH_DEVICES`],
/// [`MAX_PASSKEYS`]); `None` for a kind registered once (adding one replaces it). The store
/// checks it in the transaction that adds a method, so parallel additions can't beat it.
pub fn max_of(kind: crate::store::MethodKind) -> Option<usize> {
    use crate::store::MethodKind;
    match kind {
        MethodKind::App => Some(MAX_APPS),
        MethodKind::Push => Some(MAX_PUSH_DEVICES),
        MethodKind::Passkey => Some(MAX_PASSKEYS),
        _ => None,
    }
}
/// Whether `c` may not appear in a name a user gives a method (a device, a passkey): a
/// control character, a bidirectional control (which can make a name read as another:
/// U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) or an invisible
/// zero-width or formatting character (U+00AD, U+180E, U+200B to U+200D, U+2060 to
/// U+2064, U+FEFF).
pub fn not_in_names(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Most characters of a passkey's name (after trimming).
pub const MAX_PASSKEY_NAME: usize = 64;

/// A contact method registered by proving a code sent to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Contact {
    /// An (alternate) email address.
    Email,
    /// A mobile phone: text message or call.
    Mobile,
    /// An office phone: call only.
    Office,
}

impl Contact {
    /// Every contact method, in page order.
    pub const ALL: [Contact; 3] = [Contact::Email, Contact::Mobile, Contact::Office];

    /// `email`, `mobile` or `office`: the form value and the stored method kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Contact::Email => "email",
            Contact::Mobile => "mobile",
            Contact::Office => "office",
        }
    }

    /// The contact method a form or stored value names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        Contact::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The verification method it registers.
    pub fn method(self) -> Method {
        match self {
            Contact::Email => Method::Email,
            Contact::Mobile => Method::MobilePhone,
            Contact::Office => Method::OfficePhone,
        }
    }

    /// Digits of its code: 8 for email (a mailbox is easier to reach), 6 for phones.
    pub fn code_digits(self) -> u32 {
        if self == Contact::Email { 8 } else { 6 }
    }

    /// The other phone, whose number this one may not share.
    pub fn other_phone(self) -> Option<Contact> {
        match self {
            Contact::Mobile => Some(Contact::Office),
            Contact::Office => Some(Contact::Mobile),
            Contact::Email => None,
        }
    }
}

/// Where adding a contact method stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Nothing waiting.
    Idle,
    /// A code was sent to `destination` (an address, or an E.164 number).
    CodeSent {
        /// The method being added.
        contact: Contact,
        /// Where the code went: an email address, or a phone number in E.164 form.
        destination: String,
    },
    /// The code came back: the method is registered.
    Registered {
        /// The method added.
        contact: Contact,
        /// The address or E.164 number now registered for it.
        destination: String,
    },
}

/// Something the person did on the registration page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Send a code to `destination` for `contact`.
    RequestCode {
        /// The method to add.
        contact: Contact,
        /// An email address, or a phone number in E.164 form.
        destination: String,
    },
    /// The right code for `contact` was typed back.
    ConfirmCode {
        /// The method whose code was confirmed.
        contact: Contact,
    },
    /// Start over.
    Cancel,
}

/// Why a registration step is refused. The pages say each in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The organisation doesn't offer this method to this user.
    #[error("{0:?} is not offered to this user")]
    NotAllowed(Method),
    /// No code is waiting for this contact method (never sent, or another one replaced it).
    #[error("no code is waiting for this method")]
    NoCodeWaiting,
    /// The number is already the user's other phone: one lost phone must not count twice.
    #[error("the number is already registered as the other phone")]
    SameAsOtherPhone,
    /// Removing it would leave fewer methods than a reset needs.
    #[error("at least {required} methods are needed")]
    WouldLeaveTooFew {
        /// Methods a reset needs (the requirement's `required`).
        required: usize,
    },
    /// The most authenticator apps are already registered.
    #[error("at most {max} authenticator apps")]
    TooManyApps {
        /// How many authenticator apps one user may register.
        max: usize,
    },
    /// The most devices with the Latchkey app are already registered.
    #[error("at most {max} devices with the Latchkey app")]
    TooManyDevices {
        /// How many devices one user may register ([`MAX_PUSH_DEVICES`]).
        max: usize,
    },
    /// The most passkeys are already registered.
    #[error("at most {max} passkeys")]
    TooManyPasskeys {
        /// How many passkeys one user may register ([`MAX_PASSKEYS`]).
        max: usize,
    },
    /// A passkey's name is empty, longer than [`MAX_PASSKEY_NAME`] characters or holds a
    /// control character.
    #[error(
        "a passkey's name must be 1 to {MAX_PASSKEY_NAME} characters without control characters"
    )]
    PasskeyName,
    /// A passkey's name holds an invisible formatting character (Unicode category Cf:
    /// direction marks and overrides, zero-width spaces and joiners, tags), which can make
    /// one name look like another or show its text reordered.
    #[error("a passkey's name must not contain invisible formatting characters")]
    PasskeyNameInvisible,
    /// Another of the user's passkeys already has this name (compared without case).
    #[error("another passkey already has this name")]
    DuplicatePasskeyName,
}

/// What is in force while an event is applied.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    /// What the user's role and the policy require and allow.
    pub requirement: &'a Requirement,
    /// The number registered as the user's mobile phone, if any.
    pub mobile: Option<&'a str>,
    /// The number registered as the user's office phone, if any.
    pub office: Option<&'a str>,
}

impl Step {
    /// The next step after `event`, or why it is refused. `self` is left as it was.
    pub fn apply(&self, event: &Event, rules: Rules<'_>) -> Result<Step, Refusal> {
        match event {
            Event::Cancel => Ok(Step::Idle),
            Event::RequestCode {
                contact,
                destination,
            } => {
                if !rules.requirement.allowed.contains(&contact.method()) {
                    return Err(Refusal::NotAllowed(contact.method()));
                }
                Ok(Step::CodeSent {
                    contact: *contact,
                    destination: destination.clone(),
                })
            }
            Event::ConfirmCode { contact } => match self {
                Step::CodeSent {
                    contact: waiting,
                    destination,
                } if waiting == contact => {
                    let other = match contact.other_phone() {
                        Some(Contact::Office) => rules.office,
                        Some(Contact::Mobile) => rules.mobile,
                        _ => None,
                    };
                    if other == Some(destination.as_str()) {
                        return Err(Refusal::SameAsOtherPhone);
                    }
                    Ok(Step::Registered {
                        contact: *contact,
                        destination: destination.clone(),
                    })
                }
                _ => Err(Refusal::NoCodeWaiting),
            },
        }
    }
}

/// Where a user's registration stands, for the sign-in interrupt and the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Enough registered, confirmed recently enough.
    Complete,
    /// Fewer usable methods than a reset needs. `questions_only`: only security
    /// questions are registered, which are never enough alone.
    NeedsMore {
        /// True when only security questions are registered.
        questions_only: bool,
    },
    /// Registered, but the re-confirmation period has passed.
    Reconfirm,
}

/// What a user with `registered` methods (as [`Requirement`] sees them) must do.
/// `confirmed_at`: when they last confirmed (Unix seconds); `reconfirm_days`: 0 = never
/// ask again.
pub fn standing(
    registered: &[Method],
    req: &Requirement,
    confirmed_at: Option<i64>,
    reconfirm_days: u16,
    now: i64,
) -> Standing {
    if !req.registered_enough(registered) {
        return Standing::NeedsMore {
            questions_only: !registered.is_empty()
                && registered.iter().all(|m| *m == Method::Questions),
        };
    }
    if reconfirm_days > 0 && now - confirmed_at.unwrap_or(0) > i64::from(reconfirm_days) * 86_400 {
        return Standing::Reconfirm;
    }
    Standing::Complete
}

/// Whether a method may be removed: never when that would take a user who could reset
/// (and is in scope) below what a reset needs.
pub fn check_removal(
    before: &[Method],
    after: &[Method],
    req: &Requirement,
    in_scope: bool,
) -> Result<(), Refusal> {
    if in_scope && req.registered_enough(before) && !req.registered_enough(after) {
        return Err(Refusal::WouldLeaveTooFew {
            required: req.required,
        });
    }
    Ok(())
}

/// Whether one more device with the Latchkey app may be added to `registered_devices`.
///
/// # Errors
///
/// [`Refusal::TooManyDevices`] when [`MAX_PUSH_DEVICES`] are registered.
pub fn check_push_device_count(registered_devices: usize) -> Result<(), Refusal> {
    if registered_devices >= MAX_PUSH_DEVICES {
        return Err(Refusal::TooManyDevices {
            max: MAX_PUSH_DEVICES,
        });
    }
    Ok(())
}

/// Whether one more authenticator app may be added to `registered_apps`.
pub fn check_app_count(registered_apps: usize) -> Result<(), Refusal> {
    if registered_apps >= MAX_APPS {
        return Err(Refusal::TooManyApps { max: MAX_APPS });
    }
    Ok(())
}

/// Whether one more passkey may be added to `registered_passkeys`.
pub fn check_passkey_count(registered_passkeys: usize) -> Result<(), Refusal> {
    if registered_passkeys >= MAX_PASSKEYS {
        return Err(Refusal::TooManyPasskeys { max: MAX_PASSKEYS });
    }
    Ok(())
}

/// The name a new passkey is registered under: `typed` trimmed, 1 to
/// [`MAX_PASSKEY_NAME`] characters, no control characters, and not the name of one of
/// `taken` (the user's other passkeys; compared trimmed and without case).
///
/// Errors: [`Refusal::PasskeyNameInvisible`] for a format character (Unicode category
/// Cf, [`is_format_char`]), [`Refusal::PasskeyName`], [`Refusal::DuplicatePasskeyName`].
pub fn passkey_name<'a>(
    typed: &str,
    taken: impl IntoIterator<Item = &'a str>,
) -> Result<String, Refusal> {
    let name = typed.trim();
    if name.chars().any(is_format_char) {
        return Err(Refusal::PasskeyNameInvisible);
    }
    let count = name.chars().count();
    if count == 0 || count > MAX_PASSKEY_NAME || name.chars().any(not_in_names) {
        return Err(Refusal::PasskeyName);
    }
    let folded = name.to_lowercase();
    if taken.into_iter().any(|t| t.trim().to_lowercase() == folded) {
        return Err(Refusal::DuplicatePasskeyName);
    }
    Ok(name.to_owned())
}

/// Whether `c` is a format character (Unicode general category Cf, as of Unicode 16):
/// bidi marks, embeddings, overrides and isolates, zero-width spaces and joiners, the
/// soft hyphen, the byte order mark, tag characters and the like.
pub fn is_format_char(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Role;
    use crate::policy::SsprPolicy;

    fn req(methods: &[Method]) -> Requirement {
        SsprPolicy {
            methods: methods.to_vec(),
            ..Default::default()
        }
        .requirement(Role::User)
    }

    fn rules<'a>(
        r: &'a Requirement,
        mobile: Option<&'a str>,
        office: Option<&'a str>,
    ) -> Rules<'a> {
        Rules {
            requirement: r,
            mobile,
            office,
        }
    }

    fn sent(c: Contact, d: &str) -> Step {
        Step::CodeSent {
            contact: c,
            destination: d.into(),
        }
    }

    fn request(c: Contact, d: &str) -> Event {
        Event::RequestCode {
            contact: c,
            destination: d.into(),
        }
    }

    #[test]
    fn request_then_confirm() {
        let r = req(&[Method::Email, Method::MobilePhone]);
        let s = Step::Idle
            .apply(
                &request(Contact::Email, "a@b.example"),
                rules(&r, None, None),
            )
            .expect("sent");
        assert_eq!(s, sent(Contact::Email, "a@b.example"));
        let done = s
            .apply(
                &Event::ConfirmCode {
                    contact: Contact::Email,
                },
                rules(&r, None, None),
            )
            .expect("registered");
        assert_eq!(
            done,
            Step::Registered {
                contact: Contact::Email,
                destination: "a@b.example".into()
            }
        );
    }

    #[test]
    fn a_new_request_replaces_the_waiting_code() {
        let r = req(&[Method::Email, Method::MobilePhone]);
        let s = sent(Contact::Email, "a@b.example")
            .apply(
                &request(Contact::Mobile, "+14255550100"),
                rules(&r, None, None),
            )
            .expect("replaced");
        assert_eq!(s, sent(Contact::Mobile, "+14255550100"));
        assert_eq!(
            s.apply(
                &Event::ConfirmCode {
                    contact: Contact::Email
                },
                rules(&r, None, None)
            ),
            Err(Refusal::NoCodeWaiting),
            "the email's code was replaced"
        );
    }

    #[test]
    fn methods_not_offered_are_refused() {
        let r = req(&[Method::Email]);
        for c in [Contact::Mobile, Contact::Office] {
            assert_eq!(
                Step::Idle.apply(&request(c, "+14255550100"), rules(&r, None, None)),
                Err(Refusal::NotAllowed(c.method()))
            );
        }
    }

    #[test]
    fn confirm_without_a_code_is_refused() {
        let r = req(&[Method::Email]);
        for s in [
            Step::Idle,
            Step::Registered {
                contact: Contact::Email,
                destination: "a@b.example".into(),
            },
        ] {
            assert_eq!(
                s.apply(
                    &Event::ConfirmCode {
                        contact: Contact::Email
                    },
                    rules(&r, None, None)
                ),
                Err(Refusal::NoCodeWaiting)
            );
        }
    }

    #[test]
    fn one_number_is_never_two_phones() {
        let r = req(&[Method::MobilePhone, Method::OfficePhone]);
        let confirm = |c| Event::ConfirmCode { contact: c };
        assert_eq!(
            sent(Contact::Office, "+14255550100").apply(
                &confirm(Contact::Office),
                rules(&r, Some("+14255550100"), None)
            ),
            Err(Refusal::SameAsOtherPhone)
        );
        assert_eq!(
            sent(Contact::Mobile, "+14255550100").apply(
                &confirm(Contact::Mobile),
                rules(&r, None, Some("+14255550100"))
            ),
            Err(Refusal::SameAsOtherPhone)
        );
        assert!(
            sent(Contact::Mobile, "+14255550100")
                .apply(
                    &confirm(Contact::Mobile),
                    rules(&r, Some("+14255550100"), None)
                )
                .is_ok(),
            "replacing a mobile with the same number is fine"
        );
    }

    #[test]
    fn cancel_from_any_step() {
        let r = req(&[Method::Email]);
        for s in [
            Step::Idle,
            sent(Contact::Email, "a@b.example"),
            Step::Registered {
                contact: Contact::Email,
                destination: "a@b.example".into(),
            },
        ] {
            assert_eq!(
                s.apply(&Event::Cancel, rules(&r, None, None)),
                Ok(Step::Idle)
            );
        }
    }

    #[test]
    fn standing_of_a_user() {
        let r = req(&[Method::Email, Method::Questions]);
        assert_eq!(
            standing(&[], &r, None, 180, 1_000),
            Standing::NeedsMore {
                questions_only: false
            }
        );
        assert_eq!(
            standing(&[Method::Questions], &r, None, 180, 1_000),
            Standing::NeedsMore {
                questions_only: true
            }
        );
        assert_eq!(
            standing(&[Method::Email], &r, Some(1_000), 180, 1_000),
            Standing::Complete
        );
        assert_eq!(
            standing(&[Method::Email], &r, Some(0), 180, 181 * 86_400),
            Standing::Reconfirm
        );
        assert_eq!(
            standing(&[Method::Email], &r, Some(0), 0, 999 * 86_400),
            Standing::Complete,
            "0 days: never asked again"
        );
    }

    #[test]
    fn removal_keeps_enough() {
        let r = req(&[Method::Email, Method::MobilePhone]);
        assert_eq!(
            check_removal(&[Method::Email], &[], &r, true),
            Err(Refusal::WouldLeaveTooFew { required: 1 })
        );
        assert_eq!(check_removal(&[Method::Email], &[], &r, false), Ok(()));
        assert_eq!(
            check_removal(
                &[Method::Email, Method::MobilePhone],
                &[Method::Email],
                &r,
                true
            ),
            Ok(())
        );
        assert_eq!(check_passkey_count(MAX_PASSKEYS - 1), Ok(()));
        assert_eq!(
            check_passkey_count(MAX_PASSKEYS),
            Err(Refusal::TooManyPasskeys { max: 10 })
        );
        assert_eq!(
            passkey_name("  Laptop ", ["Phone"]),
            Ok("Laptop".to_owned())
        );
        assert_eq!(passkey_name(" \t", []), Err(Refusal::PasskeyName));
        assert_eq!(passkey_name("a\u{7}b", []), Err(Refusal::PasskeyName));
        assert_eq!(passkey_name(&"x".repeat(65), []), Err(Refusal::PasskeyName));
        assert!(passkey_name(&"é".repeat(64), []).is_ok());
        // Invisible formatting characters (Cf): reordering, zero-width, tags.
        for bad in [
            "Laptop\u{202e}poT",
            "Lap\u{200b}top",
            "Lap\u{200d}top",
            "\u{2066}Laptop\u{2069}",
            "\u{feff}Laptop",
            "Laptop\u{e0041}",
            "Lap\u{206a}top",
            "Lap\u{fff9}top",
        ] {
            assert_eq!(
                passkey_name(bad, []),
                Err(Refusal::PasskeyNameInvisible),
                "{bad:?}"
            );
        }
        assert!(passkey_name("Ordinateur \u{e9}t\u{e9} \u{1f4bb}", []).is_ok());
        assert_eq!(
            passkey_name("laptop", [" Laptop"]),
            Err(Refusal::DuplicatePasskeyName)
        );
        assert_eq!(check_app_count(MAX_APPS - 1), Ok(()));
        assert_eq!(
            check_app_count(MAX_APPS),
            Err(Refusal::TooManyApps { max: MAX_APPS })
        );
        for c in Contact::ALL {
            assert_eq!(Contact::parse(c.as_str()), Some(c));
        }
    }

    /// Every (step, event) pair, against the diagram in the module docs.
    #[test]
    fn every_pair() {
        let r = req(&[Method::Email, Method::MobilePhone]);
        let ru = rules(&r, None, None);
        let steps = [
            Step::Idle,
            sent(Contact::Email, "a@b.example"),
            Step::Registered {
                contact: Contact::Email,
                destination: "a@b.example".into(),
            },
        ];
        for step in &steps {
            // Asking for a code always starts (again) with the new code.
            assert_eq!(
                step.apply(&request(Contact::Mobile, "+14255550100"), ru),
                Ok(sent(Contact::Mobile, "+14255550100")),
                "{step:?}"
            );
            assert_eq!(step.apply(&Event::Cancel, ru), Ok(Step::Idle), "{step:?}");
            let confirm = step.apply(
                &Event::ConfirmCode {
                    contact: Contact::Email,
                },
                ru,
            );
            match step {
                Step::CodeSent { .. } => assert_eq!(
                    confirm,
                    Ok(Step::Registered {
                        contact: Contact::Email,
                        destination: "a@b.example".into()
                    })
                ),
                _ => assert_eq!(confirm, Err(Refusal::NoCodeWaiting), "{step:?}"),
            }
        }
    }
}
