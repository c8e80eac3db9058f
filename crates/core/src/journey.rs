//! The self-service reset journey ("Get back into your account") as a typed state machine.
//!
//! ```text
//!            start ──(unlock allowed)──▶ ChooseIntent ──ChooseIntent(i)──┐
//!              │                                                        ▼
//!              └────────────────────────────────────────────────────▶ Verify ◀─┐
//!                                                                        │     │ MethodPassed
//!                                 requirement met, intent Reset ◀────────┤─────┘ (not yet enough)
//!                                          │                             │
//!                                          ▼                             ▼ requirement met,
//!                                     NewPassword ──PasswordSet──▶ Done ◀── Unlock ◀─ intent Unlock
//!                                                                        Unlocked
//! ```
//!
//! The machine is pure: [`Journey::apply`] takes the current state, an [`Event`] and the
//! [`Rules`] in force, and returns the next state or a typed [`Refusal`]. It does no I/O;
//! the service layer loads the journey, applies one event, and stores the result with a
//! compare-and-swap on the journey's version, so every stage is consumed exactly once
//! even when the same request is sent many times at once.
//!
//! Rules the machine enforces on its own, whatever the pages send:
//! * a method counts only if it was offered and not already passed in this journey;
//! * the requirement is met only as [`Requirement::satisfied_by`] says (enough distinct
//!   methods, a registered strong method used, never security questions alone);
//! * a password can be set only after verification, once; unlock only when the policy
//!   allows it and the person chose it.

use crate::policy::{Method, Requirement};

/// A way to verify as offered on the page: a [`Method`] and, for phones, text or call.
/// Texting and calling the mobile phone are one method: two steps can't both use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    /// A code emailed to the registered (alternate) address.
    Email,
    /// A code texted to the registered mobile phone.
    MobileSms,
    /// A code read out in a call to the registered mobile phone.
    MobileVoice,
    /// A code read out in a call to the registered office phone.
    OfficeVoice,
    /// A TOTP code (RFC 6238) from a registered authenticator app.
    App,
    /// Answers to the user's security questions.
    Questions,
    /// A notification to the Latchkey app, approved by typing the number on the page.
    AppNotification,
    /// A WebAuthn authentication ceremony with one of the user's passkeys.
    Passkey,
}

impl Channel {
    /// Every channel, in the order the page lists them.
    pub const ALL: [Channel; 8] = [
        Channel::AppNotification,
        Channel::Passkey,
        Channel::Email,
        Channel::MobileSms,
        Channel::MobileVoice,
        Channel::OfficeVoice,
        Channel::App,
        Channel::Questions,
    ];

    /// The form and URL value: `email`, `mobile_sms`, `mobile_voice`, `office_voice`,
    /// `app_code`, `questions`, `app_notification`, `passkey`.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::MobileSms => "mobile_sms",
            Channel::MobileVoice => "mobile_voice",
            Channel::OfficeVoice => "office_voice",
            Channel::App => "app_code",
            Channel::Questions => "questions",
            Channel::AppNotification => "app_notification",
            Channel::Passkey => "passkey",
        }
    }

    /// The channel a form or URL value names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        Channel::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The method this channel proves.
    pub fn method(self) -> Method {
        match self {
            Channel::Email => Method::Email,
            Channel::MobileSms | Channel::MobileVoice => Method::MobilePhone,
            Channel::OfficeVoice => Method::OfficePhone,
            Channel::App => Method::AppCode,
            Channel::Questions => Method::Questions,
            Channel::AppNotification => Method::AppNotification,
            Channel::Passkey => Method::Passkey,
        }
    }

    /// Whether this channel sends a one-time code to a destination (email or phone).
    pub fn sends_code(self) -> bool {
        !matches!(
            self,
            Channel::App | Channel::Questions | Channel::AppNotification | Channel::Passkey
        )
    }

    /// The words on the verification page's method list.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "Email my alternate email",
            Channel::MobileSms => "Text my mobile phone",
            Channel::MobileVoice => "Call my mobile phone",
            Channel::OfficeVoice => "Call my office phone",
            Channel::App => "Enter a code from my authenticator app",
            Channel::Questions => "Answer my security questions",
            Channel::AppNotification => "Approve a notification on my phone",
            Channel::Passkey => "Use a passkey",
        }
    }

    /// The channels that prove one of `methods`, in page order.
    pub fn for_methods(methods: &[Method]) -> Vec<Channel> {
        Channel::ALL
            .into_iter()
            .filter(|c| methods.contains(&c.method()))
            .collect()
    }
}

/// What the person wants at the end: a new password, or only the account unlocked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Choose a new password.
    Reset,
    /// Keep the password; clear the sign-in lockout ("unlock without resetting").
    Unlock,
}

impl Intent {
    /// `reset` or `unlock`, as stored and as posted by the options page.
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Reset => "reset",
            Intent::Unlock => "unlock",
        }
    }

    /// The intent a stored or posted value names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "reset" => Some(Intent::Reset),
            "unlock" => Some(Intent::Unlock),
            _ => None,
        }
    }
}

/// Where a journey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Unlock is allowed and the person has not yet chosen between reset and unlock.
    ChooseIntent,
    /// Proving who they are, one method after another.
    Verify,
    /// Verified for a reset: choosing the new password.
    NewPassword,
    /// Verified for an unlock: the unlock is being carried out.
    Unlock,
    /// Finished: the password was set or the account unlocked. Nothing more can happen.
    Done,
}

impl Stage {
    /// `intent`, `verify`, `password`, `unlock`, `done`: the stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::ChooseIntent => "intent",
            Stage::Verify => "verify",
            Stage::NewPassword => "password",
            Stage::Unlock => "unlock",
            Stage::Done => "done",
        }
    }

    /// The stage a stored value names; `None` for anything else (a row from an older
    /// version, or edited by hand: the journey is then treated as expired).
    pub fn parse(s: &str) -> Option<Self> {
        [
            Stage::ChooseIntent,
            Stage::Verify,
            Stage::NewPassword,
            Stage::Unlock,
            Stage::Done,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }
}

/// Something that happened in a journey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The person chose reset or unlock on the options page.
    ChooseIntent(Intent),
    /// The person proved one method (a code, an app code or the answers were right).
    MethodPassed(Method),
    /// The new password was stored.
    PasswordSet,
    /// The account was unlocked.
    Unlocked,
}

/// Why an event does not apply to a journey. The pages turn each into a clear answer;
/// none of them changes the journey.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The event belongs to another stage (e.g. a password before verification, or a
    /// second password after the first).
    #[error("this step is not the current one (the journey is at {0:?})")]
    WrongStage(Stage),
    /// Unlock was chosen but the policy does not allow it.
    #[error("unlocking without a reset is not allowed")]
    UnlockNotAllowed,
    /// The method is not one this journey offers.
    #[error("{0:?} is not offered in this journey")]
    NotOffered(Method),
    /// The method was already passed in this journey: a second step must use another.
    #[error("{0:?} was already used in this journey")]
    AlreadyPassed(Method),
}

/// What is in force for this journey while an event is applied.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    /// The methods this journey offers (the user's registered and allowed ones, or a
    /// decoy's).
    pub offered: &'a [Method],
    /// How many methods, and which, complete the verification.
    pub requirement: &'a Requirement,
    /// Whether the policy lets users unlock without resetting.
    pub allow_unlock: bool,
}

/// The state of one journey: its stage, the chosen intent and the methods passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    /// Where the journey stands.
    pub stage: Stage,
    /// Reset or unlock; `None` until chosen (only when unlock is allowed).
    pub intent: Option<Intent>,
    /// Methods passed so far, in order, each at most once.
    pub passed: Vec<Method>,
}

impl Journey {
    /// A new journey: straight to verification for a reset, or first the choice between
    /// reset and unlock when the policy allows unlocking.
    pub fn start(allow_unlock: bool) -> Self {
        if allow_unlock {
            Self {
                stage: Stage::ChooseIntent,
                intent: None,
                passed: Vec::new(),
            }
        } else {
            Self {
                stage: Stage::Verify,
                intent: Some(Intent::Reset),
                passed: Vec::new(),
            }
        }
    }

    /// The offered methods not yet passed: what the next step may use.
    pub fn remaining(&self, offered: &[Method]) -> Vec<Method> {
        offered
            .iter()
            .copied()
            .filter(|m| !self.passed.contains(m))
            .collect()
    }

    /// The number of the verification step being shown (1 or 2).
    pub fn step(&self) -> usize {
        self.passed.len() + 1
    }

    /// The next state after `event`, or why it does not apply. `self` is left as it was.
    pub fn apply(&self, event: &Event, rules: Rules<'_>) -> Result<Journey, Refusal> {
        let mut next = self.clone();
        match (self.stage, event) {
            (Stage::ChooseIntent, Event::ChooseIntent(intent)) => {
                if *intent == Intent::Unlock && !rules.allow_unlock {
                    return Err(Refusal::UnlockNotAllowed);
                }
                next.intent = Some(*intent);
                next.stage = Stage::Verify;
            }
            (Stage::Verify, Event::MethodPassed(m)) => {
                if !rules.offered.contains(m) {
                    return Err(Refusal::NotOffered(*m));
                }
                if self.passed.contains(m) {
                    return Err(Refusal::AlreadyPassed(*m));
                }
                next.passed.push(*m);
                if rules.requirement.satisfied_by(&next.passed, rules.offered) {
                    next.stage = match self.intent {
                        Some(Intent::Unlock) => Stage::Unlock,
                        _ => Stage::NewPassword,
                    };
                }
            }
            (Stage::NewPassword, Event::PasswordSet) | (Stage::Unlock, Event::Unlocked) => {
                next.stage = Stage::Done;
            }
            (stage, _) => return Err(Refusal::WrongStage(stage)),
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Role;
    use crate::policy::SsprPolicy;

    fn req(required: u8, methods: &[Method]) -> Requirement {
        SsprPolicy {
            methods_required: required,
            methods: methods.to_vec(),
            ..Default::default()
        }
        .requirement(Role::User)
    }

    fn rules<'a>(offered: &'a [Method], r: &'a Requirement, unlock: bool) -> Rules<'a> {
        Rules {
            offered,
            requirement: r,
            allow_unlock: unlock,
        }
    }

    const ALL_EVENTS: [Event; 6] = [
        Event::ChooseIntent(Intent::Reset),
        Event::ChooseIntent(Intent::Unlock),
        Event::MethodPassed(Method::Email),
        Event::MethodPassed(Method::MobilePhone),
        Event::PasswordSet,
        Event::Unlocked,
    ];

    #[test]
    fn start_depends_on_unlock() {
        assert_eq!(Journey::start(false).stage, Stage::Verify);
        assert_eq!(Journey::start(false).intent, Some(Intent::Reset));
        assert_eq!(Journey::start(true).stage, Stage::ChooseIntent);
        assert_eq!(Journey::start(true).intent, None);
    }

    #[test]
    fn choose_intent() {
        let r = req(1, &[Method::Email]);
        let offered = [Method::Email];
        let j = Journey::start(true);
        let reset = j
            .apply(
                &Event::ChooseIntent(Intent::Reset),
                rules(&offered, &r, true),
            )
            .expect("reset");
        assert_eq!(
            (reset.stage, reset.intent),
            (Stage::Verify, Some(Intent::Reset))
        );
        let unlock = j
            .apply(
                &Event::ChooseIntent(Intent::Unlock),
                rules(&offered, &r, true),
            )
            .expect("unlock");
        assert_eq!(
            (unlock.stage, unlock.intent),
            (Stage::Verify, Some(Intent::Unlock))
        );
        assert_eq!(
            j.apply(
                &Event::ChooseIntent(Intent::Unlock),
                rules(&offered, &r, false)
            ),
            Err(Refusal::UnlockNotAllowed),
            "unlock switched off after the journey started"
        );
        // Choosing twice: the second choice belongs to a stage already left.
        assert_eq!(
            reset.apply(
                &Event::ChooseIntent(Intent::Unlock),
                rules(&offered, &r, true)
            ),
            Err(Refusal::WrongStage(Stage::Verify))
        );
    }

    #[test]
    fn one_method_to_password_then_done_once() {
        let r = req(1, &[Method::Email, Method::MobilePhone]);
        let offered = [Method::Email, Method::MobilePhone];
        let j = Journey::start(false);
        let v = j
            .apply(
                &Event::MethodPassed(Method::Email),
                rules(&offered, &r, false),
            )
            .expect("passed");
        assert_eq!(v.stage, Stage::NewPassword);
        assert_eq!(v.passed, vec![Method::Email]);
        let done = v
            .apply(&Event::PasswordSet, rules(&offered, &r, false))
            .expect("set");
        assert_eq!(done.stage, Stage::Done);
        assert_eq!(
            done.apply(&Event::PasswordSet, rules(&offered, &r, false)),
            Err(Refusal::WrongStage(Stage::Done)),
            "a password is set once"
        );
    }

    #[test]
    fn two_methods_need_two_distinct() {
        let r = req(2, &[Method::Email, Method::MobilePhone]);
        let offered = [Method::Email, Method::MobilePhone];
        let j = Journey::start(false);
        let one = j
            .apply(
                &Event::MethodPassed(Method::Email),
                rules(&offered, &r, false),
            )
            .expect("first");
        assert_eq!(one.stage, Stage::Verify);
        assert_eq!(one.step(), 2);
        assert_eq!(one.remaining(&offered), vec![Method::MobilePhone]);
        assert_eq!(
            one.apply(
                &Event::MethodPassed(Method::Email),
                rules(&offered, &r, false)
            ),
            Err(Refusal::AlreadyPassed(Method::Email))
        );
        let two = one
            .apply(
                &Event::MethodPassed(Method::MobilePhone),
                rules(&offered, &r, false),
            )
            .expect("second");
        assert_eq!(two.stage, Stage::NewPassword);
    }

    #[test]
    fn methods_not_offered_are_refused() {
        let r = req(1, &[Method::Email]);
        let offered = [Method::Email];
        assert_eq!(
            Journey::start(false).apply(
                &Event::MethodPassed(Method::OfficePhone),
                rules(&offered, &r, false)
            ),
            Err(Refusal::NotOffered(Method::OfficePhone))
        );
    }

    #[test]
    fn questions_alone_never_verify() {
        let r = req(1, &[Method::Email, Method::Questions]);
        let offered = [Method::Email, Method::Questions];
        let q = Journey::start(false)
            .apply(
                &Event::MethodPassed(Method::Questions),
                rules(&offered, &r, false),
            )
            .expect("answers right");
        assert_eq!(q.stage, Stage::Verify, "answers alone are not enough");
        let e = q
            .apply(
                &Event::MethodPassed(Method::Email),
                rules(&offered, &r, false),
            )
            .expect("email");
        assert_eq!(e.stage, Stage::NewPassword);
    }

    #[test]
    fn a_registered_app_must_be_used() {
        let r = req(1, &[Method::Email, Method::AppCode]);
        let offered = [Method::AppCode, Method::Email];
        let e = Journey::start(false)
            .apply(
                &Event::MethodPassed(Method::Email),
                rules(&offered, &r, false),
            )
            .expect("email");
        assert_eq!(e.stage, Stage::Verify);
        let a = e
            .apply(
                &Event::MethodPassed(Method::AppCode),
                rules(&offered, &r, false),
            )
            .expect("app");
        assert_eq!(a.stage, Stage::NewPassword);
    }

    #[test]
    fn unlock_path() {
        let r = req(1, &[Method::Email]);
        let offered = [Method::Email];
        let ru = rules(&offered, &r, true);
        let j = Journey::start(true)
            .apply(&Event::ChooseIntent(Intent::Unlock), ru)
            .and_then(|j| j.apply(&Event::MethodPassed(Method::Email), ru))
            .expect("verified");
        assert_eq!(j.stage, Stage::Unlock);
        assert_eq!(
            j.apply(&Event::PasswordSet, ru),
            Err(Refusal::WrongStage(Stage::Unlock)),
            "an unlock journey never sets a password"
        );
        let d = j.apply(&Event::Unlocked, ru).expect("unlocked");
        assert_eq!(d.stage, Stage::Done);
        assert_eq!(
            d.apply(&Event::Unlocked, ru),
            Err(Refusal::WrongStage(Stage::Done))
        );
    }

    /// Every (stage, event) pair: only the transitions drawn in the module docs apply.
    #[test]
    fn every_other_pair_is_refused() {
        let r = req(1, &[Method::Email, Method::MobilePhone]);
        let offered = [Method::Email, Method::MobilePhone];
        let ru = rules(&offered, &r, true);
        let stages = [
            Stage::ChooseIntent,
            Stage::Verify,
            Stage::NewPassword,
            Stage::Unlock,
            Stage::Done,
        ];
        for stage in stages {
            for event in &ALL_EVENTS {
                let j = Journey {
                    stage,
                    intent: Some(Intent::Reset),
                    passed: Vec::new(),
                };
                let allowed = matches!(
                    (stage, event),
                    (Stage::ChooseIntent, Event::ChooseIntent(_))
                        | (Stage::Verify, Event::MethodPassed(_))
                        | (Stage::NewPassword, Event::PasswordSet)
                        | (Stage::Unlock, Event::Unlocked)
                );
                let got = j.apply(event, ru);
                if allowed {
                    assert!(got.is_ok(), "{stage:?} + {event:?} should apply: {got:?}");
                } else {
                    assert_eq!(
                        got,
                        Err(Refusal::WrongStage(stage)),
                        "{stage:?} + {event:?}"
                    );
                }
                assert_eq!(j.stage, stage, "apply never changes the state it is given");
            }
        }
    }

    #[test]
    fn stored_forms_round_trip() {
        for s in [
            Stage::ChooseIntent,
            Stage::Verify,
            Stage::NewPassword,
            Stage::Unlock,
            Stage::Done,
        ] {
            assert_eq!(Stage::parse(s.as_str()), Some(s));
        }
        assert_eq!(Stage::parse("password!"), None);
        for i in [Intent::Reset, Intent::Unlock] {
            assert_eq!(Intent::parse(i.as_str()), Some(i));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()), Some(c));
        }
        assert_eq!(Channel::parse("fax"), None);
        assert_eq!(
            Channel::for_methods(&[Method::MobilePhone]),
            vec![Channel::MobileSms, Channel::MobileVoice]
        );
    }
}
