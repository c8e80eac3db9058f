//! An email address or a phone number, proven by a code sent to it.

use latchkey_core::audit::activity;
use latchkey_core::directory::{Email, Phone, Unsendable};
use latchkey_core::registration::{Contact, Event, Step};
use latchkey_core::store::{AuthMethodRecord, CodeDelivery, CodePurpose, MethodChange};
use latchkey_notify::templates;

use super::{
    ADDED, Change, CheckOutcome, commit, failed, kind_of, owner, require_recent_password, rules,
    subject, take_attempt, waiting,
};
use crate::audit::Ctx;
use crate::identity::Authed;
use crate::metrics::CodeResult;
use crate::service::ServiceError;
use crate::sspr::limits::{self, Kind};
use crate::sspr::throttle;
use crate::sspr::{codes, load_policy, registry};
use crate::state::AppState;

/// Asking for a code to prove an email address or a phone number.
#[derive(Debug, Clone, Copy)]
pub struct CodeRequest<'a> {
    /// Which method: email, mobile or office phone.
    pub contact: Contact,
    /// The address or number as typed (a number with its country code).
    pub destination: &'a str,
    /// Call instead of texting (an office phone is always called).
    pub voice: bool,
}

/// What asking for a code gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestOutcome {
    /// Sent; it waits to be typed back, and any other waiting code is gone.
    Sent,
    /// The organisation doesn't offer this method to this user.
    NotAllowed,
    /// The destination is not an address or a number; the text says why.
    BadInput(String),
    /// Too many codes asked for (or self-service is blocked): try again in 24 hours.
    TooMany,
    /// The message could not be sent; no code waits.
    Failed,
}

/// Sends a code to prove `r.destination` for `r.contact` of the signed-in user `who`,
/// within the self-service limits (emails against the email limit, texts and calls
/// against the phone validations).
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]): nothing is counted or sent.
pub async fn request_code(
    state: &AppState,
    ctx: &Ctx,
    who: &Authed,
    r: CodeRequest<'_>,
) -> Result<RequestOutcome, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    let policy = load_policy(state).await?;
    let req = policy.requirement(user.role);
    let reg = registry::load(state, user.id).await?;
    let parsed = match r.contact {
        Contact::Email => Email::parse("destination", r.destination).map(|e| e.as_str().to_owned()),
        _ => Phone::parse("destination", r.destination).map(|p| p.as_str().to_owned()),
    };
    let typed = parsed.clone().unwrap_or_else(|_| r.destination.to_owned());
    let request = Event::RequestCode {
        contact: r.contact,
        destination: typed,
    };
    let step = waiting(state, user).await?;
    let Ok(Step::CodeSent {
        contact,
        destination,
    }) = step.apply(&request, rules(&req, &reg))
    else {
        return Ok(RequestOutcome::NotAllowed);
    };
    if let Err(e) = parsed {
        return Ok(RequestOutcome::BadInput(e.message));
    }
    let subject = subject(user);
    // How the code goes out, for `latchkey_codes_total`.
    let via = match contact {
        Contact::Email => latchkey_notify::Channel::Email,
        Contact::Mobile if !r.voice => latchkey_notify::Channel::Sms,
        _ => latchkey_notify::Channel::Voice,
    };
    let target = user.username.as_str();
    // No texts or calls to premium-rate, satellite or other countries' numbers (SMS
    // pumping): refused before anything is counted or sent, and audited.
    if contact != Contact::Email {
        let refused = match Phone::parse("destination", &destination) {
            Ok(p) => p.sendable(&policy.phone_countries).err(),
            Err(_) => Some(Unsendable::Kind),
        };
        if let Some(why) = refused {
            crate::audit::record(
                state,
                ctx,
                activity::SSPR_SEND_FAILED,
                target,
                latchkey_core::audit::Outcome::Failure,
                serde_json::json!({"method": contact.as_str(), "error": why.reason()}),
            )
            .await;
            state.metrics.code(via, CodeResult::Refused);
            return Ok(RequestOutcome::BadInput(why.message().to_owned()));
        }
    }
    if limits::blocked(state, &subject).await? {
        return Ok(RequestOutcome::TooMany);
    }
    // Signed-in senders count against their address's and everyone's sends too (several
    // accounts from one address don't multiply the allowance).
    throttle::admit(state, throttle::Action::Send { proof: true }, ctx).await?;
    let kind = if contact == Contact::Email {
        Kind::EmailSent
    } else {
        Kind::Validation
    };
    let taken = match limits::take(state, &subject, kind, ctx, target).await? {
        limits::Take::Blocked => return Ok(RequestOutcome::TooMany),
        limits::Take::Counted(id) => id,
    };
    let text_to =
        (contact != Contact::Email).then_some((destination.as_str(), throttle::TextPlace::Setup));
    if !throttle::send_may_go(
        state,
        ctx,
        &subject,
        target,
        contact.as_str(),
        text_to,
        taken,
    )
    .await?
    {
        state.metrics.code(via, CodeResult::Refused);
        return Ok(RequestOutcome::Failed);
    }
    let who = owner(user);
    let purpose = CodePurpose::for_registration(kind_of(contact));
    let code = codes::generate(contact.code_digits());
    let rec = latchkey_core::store::CodeRecord {
        owner: who.clone(),
        purpose,
        destination: destination.clone(),
        code_mac: codes::mac(state, &who, purpose, &code),
        expires_at: state.now() + codes::VALID_SECS,
        attempts: 0,
    };
    let org = &state.org_name();
    let lang = crate::sspr::recipient_lang::language_for_page(state, Some(user.id)).await;
    let message = latchkey_i18n::with_lang(lang, || match contact {
        Contact::Email => {
            templates::verification_code_email(org, &destination, &user.display_name, &code, 5)
        }
        Contact::Mobile if !r.voice => {
            templates::verification_code_sms(org, &destination, &code, 5)
        }
        _ => templates::verification_code_voice(org, &destination, &code),
    });
    let queued = crate::delivery::code_message(
        state,
        ctx,
        target,
        contact.as_str(),
        message,
        CodeDelivery {
            expires_at: 0,
            owner: who.clone(),
            purpose,
            code_mac: rec.code_mac.clone(),
            refund_event: taken,
        },
    );
    // One code waits at a time: the others are voided with this one's commit.
    let void: Vec<CodePurpose> = Contact::ALL
        .into_iter()
        .map(|c| CodePurpose::for_registration(kind_of(c)))
        .collect();
    let id = state.store.code_put_commit(&rec, &void, &queued).await?;
    // Only a send the provider accepted counts: a failed one is given back, with the code.
    if !crate::delivery::await_code(state, ctx, id, target, contact.as_str(), via).await? {
        return Ok(RequestOutcome::Failed);
    }
    Ok(RequestOutcome::Sent)
}

/// Checks the code sent for `contact` of the signed-in user `who`; when right, registers
/// the address or number (replacing the one registered before) in one transaction with
/// its audit event and notices.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]): nothing is compared or counted.
pub async fn confirm_code(
    state: &AppState,
    ctx: &Ctx,
    who: &Authed,
    contact: Contact,
    code: &str,
) -> Result<CheckOutcome, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    // Nothing to compare: say so and count nothing.
    match waiting(state, user).await? {
        Step::CodeSent { contact: c, .. } if c == contact => {}
        _ => return Ok(CheckOutcome::NoCode),
    }
    let (taken, count) = match take_attempt(state, ctx, user).await? {
        Ok(t) => t,
        Err(outcome) => return Ok(outcome),
    };
    let purpose = CodePurpose::for_registration(kind_of(contact));
    let destination = match codes::check(state, &owner(user), purpose, code).await? {
        codes::Check::Ok(d) => d,
        codes::Check::Wrong => return failed(state, ctx, user, count, false).await,
        codes::Check::TooMany => return failed(state, ctx, user, count, true).await,
        codes::Check::Expired | codes::Check::Missing => {
            // Gone between the look and the check (expired, or used by a parallel
            // request): not a failure of the person.
            state.store.attempt_refund(taken).await?;
            return Ok(CheckOutcome::NoCode);
        }
    };
    state.store.attempt_refund(taken).await?;
    let policy = load_policy(state).await?;
    let req = policy.requirement(user.role);
    let reg = registry::load(state, user.id).await?;
    let sent = Step::CodeSent {
        contact,
        destination,
    };
    let destination = match sent.apply(&Event::ConfirmCode { contact }, rules(&req, &reg)) {
        Ok(Step::Registered { destination, .. }) => destination,
        Ok(_) => return Ok(CheckOutcome::NoCode),
        Err(refusal) => return Ok(CheckOutcome::Refused(refusal)),
    };
    let method = AuthMethodRecord {
        id: 0,
        user_id: user.id,
        kind: kind_of(contact),
        value: destination,
        secret: String::new(),
        last_used_step: None,
        created_at: state.now(),
    };
    let mut after = reg;
    match contact {
        Contact::Email => after.email = Some(method.clone()),
        Contact::Mobile => after.mobile = Some(method.clone()),
        Contact::Office => after.office = Some(method.clone()),
    }
    let change = Change {
        change: MethodChange::Add(method),
        consumes: None,
        after,
        activity: activity::REGISTERED_METHOD,
        details: serde_json::json!({"method": contact.as_str()}),
        notice: ADDED,
        confirms: true,
    };
    commit(state, ctx, user, &req, change).await?;
    Ok(CheckOutcome::Registered)
}
