//! Helpdesk caller verification: before a helpdesk agent may reset a caller's password,
//! unlock their account or issue them a Temporary Access Pass, Latchkey — not the agent's
//! judgement — proves the caller holds the account's registered methods.
//!
//! A [`Verification`] is one agent verifying one caller. The agent picks one of the
//! caller's registered methods; Latchkey sends the challenge (a code by text, call or
//! email, or a notification to the Latchkey app whose number the agent reads out) or the
//! caller reads a code from their authenticator app; the agent types what the caller
//! reads back — or asks the caller's manager, by email, to approve in Latchkey
//! ([`ManagerApproval`]). Passing [`Verification::required`] different methods (one; two
//! for an administrator; the manager's approval counts as one) opens a window ([`DEFAULT_WINDOW_MINUTES`]) in which only that
//! agent may act on the account. Acting on an administrator also needs a second agent's
//! approval ([`Approval`]). A verification that isn't finished within [`PENDING_SECS`]
//! lapses; one closed (by the agent, after too many wrong codes, or by the manager's deny)
//! can't be reopened.
//!
//! This module holds the rules as a state machine; the web layer's service sends the
//! messages and stores each transition with its audit events in one transaction.

use crate::clock::UnixSeconds;
use crate::journey::Channel;
use crate::policy::Method;

/// Minutes an agent may act after the caller is verified, by default.
pub const DEFAULT_WINDOW_MINUTES: u16 = 10;
/// The window's bounds, in minutes.
pub const WINDOW_MINUTES_RANGE: std::ops::RangeInclusive<u16> = 1..=60;
/// Seconds a verification may wait for the caller before it lapses (15 minutes).
pub const PENDING_SECS: i64 = 15 * 60;
/// Verifications started against one account within an hour that alert the security
/// contacts, by default.
pub const DEFAULT_BURST_THRESHOLD: u16 = 3;

/// Whether acting on the account needs a second agent's approval, and where that stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approval {
    /// The caller is not an administrator: no approval needed.
    NotNeeded,
    /// The caller is an administrator; nobody has been asked yet.
    Needed,
    /// The agent asked; waiting for another agent.
    Requested,
    /// Another agent approved.
    Approved,
}

impl Approval {
    /// The stored form: `not_needed`, `needed`, `requested`, `approved`.
    pub fn as_str(self) -> &'static str {
        match self {
            Approval::NotNeeded => "not_needed",
            Approval::Needed => "needed",
            Approval::Requested => "requested",
            Approval::Approved => "approved",
        }
    }

    /// The approval [`Approval::as_str`] names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        [
            Approval::NotNeeded,
            Approval::Needed,
            Approval::Requested,
            Approval::Approved,
        ]
        .into_iter()
        .find(|a| a.as_str() == s)
    }
}

/// Where a verification stands at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Waiting for the caller to pass (more) methods.
    Pending,
    /// Verified: the agent may act until `until` (Unix seconds).
    Verified {
        /// When the window ends (Unix seconds).
        until: UnixSeconds,
    },
    /// The window ended, or the caller never finished within [`PENDING_SECS`].
    Lapsed,
    /// Closed by the agent, by too many wrong answers, or by a deny in the app.
    Closed,
}

impl Status {
    /// The API's form: `pending`, `verified`, `lapsed`, `closed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Verified { .. } => "verified",
            Status::Lapsed => "lapsed",
            Status::Closed => "closed",
        }
    }
}

/// Why a step of a verification is refused. Each maps to a stable API code
/// ([`Refusal::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The caller has not been verified (or the verification lapsed or closed): nothing
    /// may be done to the account.
    NotVerified,
    /// The channel can't be used by the helpdesk (security questions, passkeys).
    ChannelNotAllowed,
    /// The caller already passed this method: an administrator needs a different one.
    AlreadyPassed,
    /// The verification is no longer waiting for the caller.
    NotPending,
    /// The account belongs to an administrator and no other agent has approved yet.
    ApprovalNeeded,
    /// Approval was already asked for (or given).
    ApprovalAlreadyAsked,
    /// Only a second agent — not the one who verified, not the caller — may approve.
    NotAnotherAgent,
    /// Nothing is waiting for approval.
    NothingToApprove,
    /// No other enabled global administrator could approve: use the command line.
    NoApprover,
    /// Too many wrong answers for this account in the last 24 hours: the helpdesk can't
    /// verify it until the block ends.
    Blocked,
    /// The caller has no manager who could approve: none is set, the manager's account
    /// is disabled or has no email address, or the manager is the agent.
    NoManager,
    /// The manager was asked already in this verification, or another agent's ask about
    /// the same account is waiting.
    ManagerAlreadyAsked,
    /// The caller is an administrator: their manager's approval doesn't count; they pass
    /// their own methods.
    ManagerNotForAdministrators,
    /// A manager denied a helpdesk call for the account in the last 24 hours: no manager
    /// is asked about it until then.
    ManagerPaused,
    /// The manager typed another number than the caller was given.
    WrongNumber,
    /// Only the caller's manager vouched for them: that allows a reset or an unlock, not a
    /// Temporary Access Pass (a ticket to register security info) nor a change of the
    /// caller's security info (contact addresses and numbers, methods, manager), which
    /// need one of the caller's own methods.
    OwnMethodNeeded,
}

impl Refusal {
    /// The stable API error code: `caller_not_verified`, `channel_not_allowed`,
    /// `method_already_passed`, `verification_not_pending`, `approval_needed`,
    /// `approval_already_asked`, `approval_by_another_agent`, `nothing_to_approve`,
    /// `no_approver`, `helpdesk_blocked`, `no_manager`, `manager_already_asked`,
    /// `manager_not_for_administrators`, `manager_paused`, `wrong_number`,
    /// `own_method_needed`.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotVerified => "caller_not_verified",
            Refusal::ChannelNotAllowed => "channel_not_allowed",
            Refusal::AlreadyPassed => "method_already_passed",
            Refusal::NotPending => "verification_not_pending",
            Refusal::ApprovalNeeded => "approval_needed",
            Refusal::ApprovalAlreadyAsked => "approval_already_asked",
            Refusal::NotAnotherAgent => "approval_by_another_agent",
            Refusal::NothingToApprove => "nothing_to_approve",
            Refusal::NoApprover => "no_approver",
            Refusal::Blocked => "helpdesk_blocked",
            Refusal::NoManager => "no_manager",
            Refusal::ManagerAlreadyAsked => "manager_already_asked",
            Refusal::ManagerNotForAdministrators => "manager_not_for_administrators",
            Refusal::ManagerPaused => "manager_paused",
            Refusal::WrongNumber => "wrong_number",
            Refusal::OwnMethodNeeded => "own_method_needed",
        }
    }

    /// The catalogue key of the words for people (`helpdesk-refused-…`).
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::NotVerified => "helpdesk-refused-not-verified",
            Refusal::ChannelNotAllowed => "helpdesk-refused-channel",
            Refusal::AlreadyPassed => "helpdesk-refused-already-passed",
            Refusal::NotPending => "helpdesk-refused-not-pending",
            Refusal::ApprovalNeeded => "helpdesk-refused-approval-needed",
            Refusal::ApprovalAlreadyAsked => "helpdesk-refused-approval-asked",
            Refusal::NotAnotherAgent => "helpdesk-refused-another-agent",
            Refusal::NothingToApprove => "helpdesk-refused-nothing-to-approve",
            Refusal::NoApprover => "helpdesk-refused-no-approver",
            Refusal::Blocked => "helpdesk-refused-blocked",
            Refusal::NoManager => "helpdesk-refused-no-manager",
            Refusal::ManagerAlreadyAsked => "helpdesk-refused-manager-asked",
            Refusal::ManagerNotForAdministrators => "helpdesk-refused-manager-admin",
            Refusal::ManagerPaused => "helpdesk-refused-manager-paused",
            Refusal::WrongNumber => "helpdesk-refused-wrong-number",
            Refusal::OwnMethodNeeded => "helpdesk-refused-own-method",
        }
    }
}

/// The channels an agent may challenge a caller with: a notification to the Latchkey app
/// (the caller chooses the number the agent reads out), codes by email, text or call, and
/// a code the caller reads from their authenticator app. Security questions and passkeys
/// are for the person at their own screen, not for a phone call.
pub const CHANNELS: [Channel; 6] = [
    Channel::AppNotification,
    Channel::MobileSms,
    Channel::MobileVoice,
    Channel::OfficeVoice,
    Channel::Email,
    Channel::App,
];

/// The name the caller's manager's approval goes by in audit details and the API's
/// `passed_methods`, beside the registered methods' names.
pub const MANAGER_APPROVAL: &str = "manager_approval";

/// The caller's manager's part in a verification: the agent may ask the manager (by
/// email; the manager signs in to Latchkey to answer) alongside any other challenge.
/// The agent reads a number to the caller; the manager reaches the caller on a number
/// they already know and types the number the caller was given, which binds the
/// approval to this call. The approval counts as one method, for callers who aren't
/// administrators only (an administrator proves it's them with their own methods).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManagerApproval {
    /// The manager wasn't asked.
    NotAsked,
    /// The agent asked manager `manager_id` (a user id) at `at` (Unix seconds) and read
    /// `number` (10–99) to the caller; no answer yet.
    Asked {
        /// The manager asked (user id).
        manager_id: i64,
        /// When (Unix seconds).
        at: UnixSeconds,
        /// The number the caller was given, which the manager must type.
        number: i64,
    },
    /// Manager `manager_id`, asked at `asked_at`, approved at `at` (Unix seconds).
    Approved {
        /// The manager who approved (user id).
        manager_id: i64,
        /// When they were asked (Unix seconds).
        asked_at: UnixSeconds,
        /// When they approved (Unix seconds).
        at: UnixSeconds,
    },
    /// Manager `manager_id`, asked at `asked_at`, denied at `at` (Unix seconds): the
    /// verification closed.
    Denied {
        /// The manager who denied (user id).
        manager_id: i64,
        /// When they were asked (Unix seconds).
        asked_at: UnixSeconds,
        /// When they denied (Unix seconds).
        at: UnixSeconds,
    },
    /// Manager `manager_id`, asked at `asked_at`, said at `at` (Unix seconds) they can't
    /// confirm it now (they couldn't reach the caller): the ask ends, nothing counts,
    /// nobody is alerted, and the caller may still pass one of their own methods.
    Unconfirmed {
        /// The manager who answered (user id).
        manager_id: i64,
        /// When they were asked (Unix seconds).
        asked_at: UnixSeconds,
        /// When they answered (Unix seconds).
        at: UnixSeconds,
    },
}

impl ManagerApproval {
    /// The API's form: `not_asked`, `asked`, `approved`, `denied`, `unconfirmed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ManagerApproval::NotAsked => "not_asked",
            ManagerApproval::Asked { .. } => "asked",
            ManagerApproval::Approved { .. } => "approved",
            ManagerApproval::Denied { .. } => "denied",
            ManagerApproval::Unconfirmed { .. } => "unconfirmed",
        }
    }

    /// The manager's answer, by its name ([`Self::as_str`]: `approved`, `denied`,
    /// `unconfirmed`), given by `manager_id`, asked at `asked_at`, at `at` (Unix seconds);
    /// `None` for any other name. The inverse of [`Self::as_str`] and
    /// [`Self::answered_at`], for the store.
    pub fn answered(
        answer: &str,
        manager_id: i64,
        asked_at: UnixSeconds,
        at: UnixSeconds,
    ) -> Option<Self> {
        match answer {
            "approved" => Some(ManagerApproval::Approved {
                manager_id,
                asked_at,
                at,
            }),
            "denied" => Some(ManagerApproval::Denied {
                manager_id,
                asked_at,
                at,
            }),
            "unconfirmed" => Some(ManagerApproval::Unconfirmed {
                manager_id,
                asked_at,
                at,
            }),
            _ => None,
        }
    }

    /// When the manager answered (Unix seconds); `None` while not asked or not answered.
    pub fn answered_at(self) -> Option<UnixSeconds> {
        match self {
            ManagerApproval::NotAsked | ManagerApproval::Asked { .. } => None,
            ManagerApproval::Approved { at, .. }
            | ManagerApproval::Denied { at, .. }
            | ManagerApproval::Unconfirmed { at, .. } => Some(at),
        }
    }

    /// When the manager was asked (Unix seconds); `None` when nobody was.
    pub fn asked_at(self) -> Option<UnixSeconds> {
        match self {
            ManagerApproval::NotAsked => None,
            ManagerApproval::Asked { at, .. } => Some(at),
            ManagerApproval::Approved { asked_at, .. }
            | ManagerApproval::Denied { asked_at, .. }
            | ManagerApproval::Unconfirmed { asked_at, .. } => Some(asked_at),
        }
    }

    /// The manager asked, whatever the answer; `None` when nobody was.
    pub fn manager_id(self) -> Option<i64> {
        match self {
            ManagerApproval::NotAsked => None,
            ManagerApproval::Asked { manager_id, .. }
            | ManagerApproval::Approved { manager_id, .. }
            | ManagerApproval::Denied { manager_id, .. }
            | ManagerApproval::Unconfirmed { manager_id, .. } => Some(manager_id),
        }
    }
}

/// The number a manager typed (see [`ManagerApproval::Asked`]): one or two digits, spaces
/// ignored, Arabic-Indic, Persian and full-width digits read as 0–9; `None` for anything
/// else (which can't be the number given, and isn't counted as a try).
pub fn parse_number(typed: &str) -> Option<i64> {
    let n = crate::captcha::normalise(typed);
    if n.is_empty() || n.len() > 2 || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    n.parse().ok()
}

/// How many different methods a caller must pass: two for an administrator, else one.
pub fn required_methods(admin_caller: bool) -> u8 {
    if admin_caller { 2 } else { 1 }
}

/// One agent verifying one caller, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// Row id, assigned by the store.
    pub id: i64,
    /// The agent (an administrator's user id).
    pub agent_id: i64,
    /// The caller's account (user id).
    pub user_id: i64,
    /// How many different methods the caller must pass: 1, or 2 for an administrator.
    pub required: u8,
    /// The methods passed so far, in order.
    pub passed: Vec<Method>,
    /// The challenge waiting for the caller's answer, if any.
    pub challenge: Option<Channel>,
    /// When the agent's window ends (Unix seconds), once verified.
    pub verified_until: Option<UnixSeconds>,
    /// Whether a second agent's approval is needed and where it stands.
    pub approval: Approval,
    /// Who approved (user id).
    pub approver_id: Option<i64>,
    /// Whether the caller's manager was asked to approve, and their answer.
    pub manager: ManagerApproval,
    /// Closed: no further step.
    pub closed: bool,
    /// When the agent started (Unix seconds).
    pub created_at: UnixSeconds,
    /// When it last changed (Unix seconds).
    pub updated_at: UnixSeconds,
    /// Compare-and-swap version: each stored change bumps it.
    pub version: i64,
}

impl Verification {
    /// A new verification of `user_id` by `agent_id` at `now`; an administrator
    /// (`admin_caller`) must pass two different methods and needs a second agent's
    /// approval before anything is done to the account.
    pub fn start(agent_id: i64, user_id: i64, admin_caller: bool, now: UnixSeconds) -> Self {
        Self {
            id: 0,
            agent_id,
            user_id,
            required: required_methods(admin_caller),
            passed: Vec::new(),
            challenge: None,
            verified_until: None,
            approval: if admin_caller {
                Approval::Needed
            } else {
                Approval::NotNeeded
            },
            approver_id: None,
            manager: ManagerApproval::NotAsked,
            closed: false,
            created_at: now,
            updated_at: now,
            version: 0,
        }
    }

    /// Where it stands at `now`.
    pub fn status(&self, now: UnixSeconds) -> Status {
        if self.closed {
            return Status::Closed;
        }
        match self.verified_until {
            Some(until) if now < until => Status::Verified { until },
            Some(_) => Status::Lapsed,
            None if now >= self.pending_until() => Status::Lapsed,
            None => Status::Pending,
        }
    }

    /// Whether the caller may be challenged by `channel` now.
    ///
    /// # Errors
    ///
    /// [`Refusal::ChannelNotAllowed`] for a channel not in [`CHANNELS`],
    /// [`Refusal::NotPending`] unless [`Status::Pending`], [`Refusal::AlreadyPassed`] when
    /// the channel's method was passed already.
    pub fn may_challenge(&self, channel: Channel, now: UnixSeconds) -> Result<(), Refusal> {
        if !CHANNELS.contains(&channel) {
            return Err(Refusal::ChannelNotAllowed);
        }
        if self.status(now) != Status::Pending {
            return Err(Refusal::NotPending);
        }
        if self.passed.contains(&channel.method()) {
            return Err(Refusal::AlreadyPassed);
        }
        Ok(())
    }

    /// Records that a challenge by `channel` went out (see [`Self::may_challenge`]).
    pub fn challenged(&mut self, channel: Channel, now: UnixSeconds) {
        self.challenge = Some(channel);
        self.updated_at = now;
    }

    /// Records that the caller answered the waiting challenge rightly. When that makes
    /// [`Self::required`] methods, the caller is verified and the agent's window of
    /// `window_secs` opens. Returns whether the caller is now verified.
    pub fn answered(&mut self, now: UnixSeconds, window_secs: i64) -> bool {
        if let Some(c) = self.challenge.take()
            && !self.passed.contains(&c.method())
        {
            self.passed.push(c.method());
        }
        self.updated_at = now;
        self.open_when_enough(now, window_secs)
    }

    /// How many methods the caller passed, the manager's approval included.
    pub fn passed_count(&self) -> usize {
        self.passed.len() + usize::from(matches!(self.manager, ManagerApproval::Approved { .. }))
    }

    /// Opens the window once [`Self::required`] methods passed; whether it is open.
    fn open_when_enough(&mut self, now: UnixSeconds, window_secs: i64) -> bool {
        if self.passed_count() >= usize::from(self.required) && self.verified_until.is_none() {
            self.verified_until = Some(now + window_secs);
        }
        self.verified_until.is_some()
    }

    /// Whether the agent may ask `manager_id`, the caller's manager, to approve now. The
    /// manager is asked alongside any other challenge: waiting for them doesn't stop the
    /// agent sending a code meanwhile.
    ///
    /// # Errors
    ///
    /// [`Refusal::NotPending`] unless [`Status::Pending`];
    /// [`Refusal::ManagerNotForAdministrators`] when the caller is an administrator (two
    /// methods required); [`Refusal::NoManager`] when the manager is the agent or the
    /// caller; [`Refusal::AlreadyPassed`] when the manager approved already;
    /// [`Refusal::ManagerAlreadyAsked`] while they are asked, or after they couldn't
    /// confirm it.
    pub fn may_ask_manager(&self, manager_id: i64, now: UnixSeconds) -> Result<(), Refusal> {
        if self.status(now) != Status::Pending {
            return Err(Refusal::NotPending);
        }
        if self.required >= 2 {
            return Err(Refusal::ManagerNotForAdministrators);
        }
        if manager_id == self.agent_id || manager_id == self.user_id {
            return Err(Refusal::NoManager);
        }
        match self.manager {
            ManagerApproval::NotAsked => Ok(()),
            ManagerApproval::Asked { .. } => Err(Refusal::ManagerAlreadyAsked),
            ManagerApproval::Approved { .. } => Err(Refusal::AlreadyPassed),
            ManagerApproval::Denied { .. } => Err(Refusal::NotPending),
            // They couldn't confirm it: asking again in the same call won't change that.
            ManagerApproval::Unconfirmed { .. } => Err(Refusal::ManagerAlreadyAsked),
        }
    }

    /// Records that the agent asked `manager_id` and read `number` to the caller (see
    /// [`Self::may_ask_manager`]).
    pub fn asked_manager(&mut self, manager_id: i64, number: i64, now: UnixSeconds) {
        self.manager = ManagerApproval::Asked {
            manager_id,
            at: now,
            number,
        };
        self.updated_at = now;
    }

    /// The manager `manager_id` approves, typing `number`, the number the caller was
    /// given: that counts as one method, and verifies the caller (the window of
    /// `window_secs` opens). Returns whether the caller is now verified.
    ///
    /// # Errors
    ///
    /// [`Refusal::NothingToApprove`] unless this manager was asked and may still answer
    /// ([`Self::awaits_manager`]); [`Refusal::NotPending`] when the verification was
    /// closed or lapsed meanwhile (only a deny still counts); [`Refusal::WrongNumber`] for
    /// another number (nothing changes).
    pub fn manager_approved(
        &mut self,
        manager_id: i64,
        number: i64,
        now: UnixSeconds,
        window_secs: i64,
    ) -> Result<bool, Refusal> {
        let ManagerApproval::Asked {
            at,
            number: expected,
            ..
        } = self.manager
        else {
            return Err(Refusal::NothingToApprove);
        };
        if !self.awaits_manager(manager_id, now) {
            return Err(Refusal::NothingToApprove);
        }
        if !self.manager_may_approve(manager_id, now) {
            return Err(Refusal::NotPending);
        }
        if number != expected {
            return Err(Refusal::WrongNumber);
        }
        self.manager = ManagerApproval::Approved {
            manager_id,
            asked_at: at,
            at: now,
        };
        self.updated_at = now;
        Ok(self.open_when_enough(now, window_secs))
    }

    /// The manager `manager_id` denies (or typed wrong numbers too often): the
    /// verification closes — also when the caller passed another method meanwhile (the
    /// window ends); one the agent ended, or whose window ended, stays closed, and the
    /// deny is recorded all the same.
    ///
    /// # Errors
    ///
    /// [`Refusal::NothingToApprove`] unless this manager was asked and may still answer
    /// ([`Self::awaits_manager`]).
    pub fn manager_denied(&mut self, manager_id: i64, now: UnixSeconds) -> Result<(), Refusal> {
        match self.manager {
            ManagerApproval::Asked { at, .. } if self.awaits_manager(manager_id, now) => {
                self.manager = ManagerApproval::Denied {
                    manager_id,
                    asked_at: at,
                    at: now,
                };
                self.close(now);
                Ok(())
            }
            _ => Err(Refusal::NothingToApprove),
        }
    }

    /// The manager `manager_id` can't confirm it now (they couldn't reach the caller):
    /// the ask ends; the verification goes on, for the caller's own methods.
    ///
    /// # Errors
    ///
    /// [`Refusal::NothingToApprove`] unless this manager was asked and may still answer.
    pub fn manager_unconfirmed(
        &mut self,
        manager_id: i64,
        now: UnixSeconds,
    ) -> Result<(), Refusal> {
        match self.manager {
            ManagerApproval::Asked { at, .. } if self.awaits_manager(manager_id, now) => {
                self.manager = ManagerApproval::Unconfirmed {
                    manager_id,
                    asked_at: at,
                    at: now,
                };
                self.updated_at = now;
                Ok(())
            }
            _ => Err(Refusal::NothingToApprove),
        }
    }

    /// Whether manager `manager_id` was asked, hasn't answered, and may still answer at
    /// `now` (before [`Self::manager_deadline`]) — whatever became of the verification
    /// meanwhile: a deny after the agent ended the call, or after the window, still
    /// alerts. Approving needs more ([`Self::manager_may_approve`]).
    pub fn awaits_manager(&self, manager_id: i64, now: UnixSeconds) -> bool {
        matches!(self.manager, ManagerApproval::Asked { manager_id: m, .. } if m == manager_id)
            && now < self.manager_deadline()
    }

    /// Whether manager `manager_id` may approve at `now`: they may answer
    /// ([`Self::awaits_manager`]) and the verification is still open — waiting for the
    /// caller, or verified by another method with the window open.
    pub fn manager_may_approve(&self, manager_id: i64, now: UnixSeconds) -> bool {
        self.awaits_manager(manager_id, now)
            && matches!(self.status(now), Status::Pending | Status::Verified { .. })
    }

    /// Until when the manager may answer (Unix seconds): [`PENDING_SECS`] after they were
    /// asked (see [`Self::pending_until`]), or the end of the window when the caller was
    /// verified and it ends later.
    pub fn manager_deadline(&self) -> UnixSeconds {
        self.pending_until().max(self.verified_until.unwrap_or(0))
    }

    /// When a verification still waiting for the caller lapses (Unix seconds):
    /// [`PENDING_SECS`] after it started, or after the manager was asked when that is
    /// later — a manager asked late in the call still has the full time to answer.
    pub fn pending_until(&self) -> UnixSeconds {
        let started = self.created_at + PENDING_SECS;
        self.manager
            .asked_at()
            .map_or(started, |asked| started.max(asked + PENDING_SECS))
    }

    /// Whether the caller passed one of their own methods (not only their manager's
    /// approval): needed to change their security info ([`Refusal::OwnMethodNeeded`]).
    pub fn own_method_passed(&self) -> bool {
        !self.passed.is_empty()
    }

    /// What the caller passed, by name: the registered methods' ([`Method::as_str`]) and
    /// [`MANAGER_APPROVAL`], in order.
    pub fn passed_names(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = self.passed.iter().map(|m| m.as_str()).collect();
        if matches!(self.manager, ManagerApproval::Approved { .. }) {
            out.push(MANAGER_APPROVAL);
        }
        out
    }

    /// Closes it: no further step, no action.
    pub fn close(&mut self, now: UnixSeconds) {
        self.closed = true;
        self.challenge = None;
        self.updated_at = now;
    }

    /// Whether `agent_id` may reset or unlock the caller now (a pass also needs
    /// [`Self::may_change_details`]): the
    /// caller is verified by this agent, the window is open, and for an administrator a
    /// second agent approved. `admin_caller` is the caller's role *now*: a verification
    /// started while they were a user (one method, no approval) opens nothing once they
    /// are an administrator.
    ///
    /// # Errors
    ///
    /// [`Refusal::NotVerified`] (another agent's verification counts as none, and so
    /// does a one-method verification of an administrator), [`Refusal::ApprovalNeeded`].
    pub fn may_act(
        &self,
        agent_id: i64,
        now: UnixSeconds,
        admin_caller: bool,
    ) -> Result<(), Refusal> {
        if agent_id != self.agent_id || !matches!(self.status(now), Status::Verified { .. }) {
            return Err(Refusal::NotVerified);
        }
        if admin_caller && self.required < 2 {
            return Err(Refusal::NotVerified);
        }
        match self.approval {
            Approval::Approved => Ok(()),
            Approval::NotNeeded if !admin_caller => Ok(()),
            _ => Err(Refusal::ApprovalNeeded),
        }
    }

    /// Whether `agent_id` may issue the caller a Temporary Access Pass or change their
    /// security info now (contact addresses and numbers, registered methods, manager): as
    /// [`Self::may_act`], and the caller
    /// passed one of their own methods — a manager's approval alone lets the agent help
    /// the caller back in, not move their recovery somewhere else.
    ///
    /// # Errors
    ///
    /// Those of [`Self::may_act`]; [`Refusal::OwnMethodNeeded`].
    pub fn may_change_details(
        &self,
        agent_id: i64,
        now: UnixSeconds,
        admin_caller: bool,
    ) -> Result<(), Refusal> {
        self.may_act(agent_id, now, admin_caller)?;
        if self.own_method_passed() {
            Ok(())
        } else {
            Err(Refusal::OwnMethodNeeded)
        }
    }

    /// The agent asks a second agent to approve acting on an administrator.
    ///
    /// # Errors
    ///
    /// [`Refusal::NotVerified`] unless verified and open; [`Refusal::NothingToApprove`]
    /// for a caller who isn't an administrator; [`Refusal::ApprovalAlreadyAsked`] when
    /// asked or approved already.
    pub fn request_approval(&mut self, now: UnixSeconds) -> Result<(), Refusal> {
        if !matches!(self.status(now), Status::Verified { .. }) {
            return Err(Refusal::NotVerified);
        }
        if self.approval == Approval::NotNeeded {
            return Err(Refusal::NothingToApprove);
        }
        if self.approval != Approval::Needed {
            return Err(Refusal::ApprovalAlreadyAsked);
        }
        self.approval = Approval::Requested;
        self.updated_at = now;
        Ok(())
    }

    /// A second agent, `approver_id`, approves; the window restarts at `now` so the
    /// first agent has its full length to act.
    ///
    /// # Errors
    ///
    /// [`Refusal::NothingToApprove`] unless approval was requested and the verification
    /// is still open; [`Refusal::NotAnotherAgent`] when the approver is the agent or the
    /// caller.
    pub fn approve(
        &mut self,
        approver_id: i64,
        now: UnixSeconds,
        window_secs: i64,
    ) -> Result<(), Refusal> {
        if self.approval != Approval::Requested
            || !matches!(self.status(now), Status::Verified { .. })
        {
            return Err(Refusal::NothingToApprove);
        }
        if approver_id == self.agent_id || approver_id == self.user_id {
            return Err(Refusal::NotAnotherAgent);
        }
        self.approval = Approval::Approved;
        self.approver_id = Some(approver_id);
        self.verified_until = Some(now + window_secs);
        self.updated_at = now;
        Ok(())
    }

    /// The stored form of [`Self::passed`]: method names joined by commas.
    pub fn passed_str(&self) -> String {
        self.passed
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The methods [`Self::passed_str`] wrote; unknown names are dropped.
    pub fn parse_passed(s: &str) -> Vec<Method> {
        s.split(',').filter_map(Method::parse).collect()
    }
}

#[cfg(test)]
mod tests;
