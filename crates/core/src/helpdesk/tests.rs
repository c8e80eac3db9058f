use super::*;

const W: i64 = 600;

#[test]
fn one_method_verifies_a_user_and_opens_the_window_for_that_agent_only() {
    let mut v = Verification::start(1, 2, false, 1000);
    assert_eq!(v.status(1000), Status::Pending);
    assert_eq!(v.may_act(1, 1000, false), Err(Refusal::NotVerified));
    v.may_challenge(Channel::MobileSms, 1000).unwrap();
    v.challenged(Channel::MobileSms, 1000);
    assert!(v.answered(1010, W));
    assert_eq!(v.status(1010), Status::Verified { until: 1610 });
    assert_eq!(v.may_act(1, 1609, false), Ok(()));
    assert_eq!(v.may_act(3, 1100, false), Err(Refusal::NotVerified));
    assert_eq!(v.may_act(1, 1610, false), Err(Refusal::NotVerified));
    assert_eq!(v.status(1610), Status::Lapsed);
}

#[test]
fn an_administrator_needs_two_different_methods_and_a_second_agent() {
    let mut v = Verification::start(1, 2, true, 0);
    v.challenged(Channel::MobileSms, 0);
    assert!(!v.answered(5, W));
    // Calling the same mobile phone is the same method.
    assert_eq!(
        v.may_challenge(Channel::MobileVoice, 6),
        Err(Refusal::AlreadyPassed)
    );
    v.may_challenge(Channel::Email, 6).unwrap();
    v.challenged(Channel::Email, 6);
    assert!(v.answered(10, W));
    assert_eq!(v.may_act(1, 11, true), Err(Refusal::ApprovalNeeded));
    assert_eq!(v.approve(3, 12, W), Err(Refusal::NothingToApprove));
    v.request_approval(12).unwrap();
    assert_eq!(v.request_approval(13), Err(Refusal::ApprovalAlreadyAsked));
    assert_eq!(v.may_act(1, 13, true), Err(Refusal::ApprovalNeeded));
    assert_eq!(v.approve(1, 14, W), Err(Refusal::NotAnotherAgent));
    assert_eq!(v.approve(2, 14, W), Err(Refusal::NotAnotherAgent));
    v.approve(3, 100, W).unwrap();
    assert_eq!(v.approver_id, Some(3));
    // The window restarts at the approval.
    assert_eq!(v.may_act(1, 100 + W - 1, true), Ok(()));
}

#[test]
fn questions_and_passkeys_are_not_for_the_phone() {
    let v = Verification::start(1, 2, false, 0);
    assert_eq!(
        v.may_challenge(Channel::Questions, 0),
        Err(Refusal::ChannelNotAllowed)
    );
    assert_eq!(
        v.may_challenge(Channel::Passkey, 0),
        Err(Refusal::ChannelNotAllowed)
    );
}

#[test]
fn an_unfinished_verification_lapses_and_a_closed_one_stays_closed() {
    let mut v = Verification::start(1, 2, false, 0);
    assert_eq!(v.status(PENDING_SECS - 1), Status::Pending);
    assert_eq!(v.status(PENDING_SECS), Status::Lapsed);
    assert_eq!(
        v.may_challenge(Channel::Email, PENDING_SECS),
        Err(Refusal::NotPending)
    );
    let mut w = Verification::start(1, 2, false, 0);
    w.challenged(Channel::Email, 0);
    w.answered(1, W);
    w.close(2);
    assert_eq!(w.status(3), Status::Closed);
    assert_eq!(w.may_act(1, 3, false), Err(Refusal::NotVerified));
    v.close(1);
    assert_eq!(v.may_challenge(Channel::Email, 2), Err(Refusal::NotPending));
}

#[test]
fn stored_forms_round_trip() {
    for a in [
        Approval::NotNeeded,
        Approval::Needed,
        Approval::Requested,
        Approval::Approved,
    ] {
        assert_eq!(Approval::parse(a.as_str()), Some(a));
    }
    let mut v = Verification::start(1, 2, true, 0);
    v.passed = vec![Method::MobilePhone, Method::Email];
    assert_eq!(Verification::parse_passed(&v.passed_str()), v.passed);
    assert!(Verification::parse_passed("").is_empty());
}

#[test]
fn a_caller_promoted_during_the_window_is_acted_on_only_as_an_administrator() {
    let mut v = Verification::start(1, 2, false, 0);
    v.challenged(Channel::Email, 0);
    assert!(v.answered(1, W));
    assert_eq!(v.may_act(1, 2, false), Ok(()));
    // Now an administrator: one method and no approval open nothing.
    assert_eq!(v.may_act(1, 2, true), Err(Refusal::NotVerified));
    // And a user needs no approval to be asked for.
    assert_eq!(v.request_approval(3), Err(Refusal::NothingToApprove));
}

#[test]
fn the_managers_approval_verifies_a_user_and_only_the_manager_asked_with_the_callers_number() {
    let mut v = Verification::start(1, 2, false, 1000);
    // The manager is never the agent nor the caller.
    assert_eq!(v.may_ask_manager(1, 1000), Err(Refusal::NoManager));
    assert_eq!(v.may_ask_manager(2, 1000), Err(Refusal::NoManager));
    // Nothing was asked: no manager may approve.
    assert_eq!(
        v.manager_approved(5, 42, 1001, W),
        Err(Refusal::NothingToApprove)
    );
    v.may_ask_manager(5, 1000).unwrap();
    v.asked_manager(5, 42, 1000);
    assert!(v.awaits_manager(5, 1001));
    assert!(!v.awaits_manager(6, 1001));
    assert_eq!(
        v.may_ask_manager(5, 1001),
        Err(Refusal::ManagerAlreadyAsked)
    );
    // Asking the manager doesn't hold up a code meanwhile.
    v.may_challenge(Channel::MobileSms, 1002).unwrap();
    // Someone else (a former manager, another user) can't answer for them.
    assert_eq!(
        v.manager_approved(6, 42, 1005, W),
        Err(Refusal::NothingToApprove)
    );
    // Another number than the caller was given changes nothing.
    assert_eq!(
        v.manager_approved(5, 41, 1006, W),
        Err(Refusal::WrongNumber)
    );
    assert!(v.awaits_manager(5, 1006));
    assert_eq!(v.manager_approved(5, 42, 1010, W), Ok(true));
    assert_eq!(v.status(1010), Status::Verified { until: 1610 });
    assert_eq!(v.may_act(1, 1011, false), Ok(()));
    assert_eq!(v.passed_names(), vec![MANAGER_APPROVAL]);
    assert_eq!(v.passed_count(), 1);
    assert_eq!(
        v.manager,
        ManagerApproval::Approved {
            manager_id: 5,
            asked_at: 1000,
            at: 1010
        }
    );
    // Once: a second approval or a deny finds nothing waiting.
    assert_eq!(
        v.manager_approved(5, 42, 1012, W),
        Err(Refusal::NothingToApprove)
    );
    assert_eq!(v.manager_denied(5, 1012), Err(Refusal::NothingToApprove));
    assert!(!v.awaits_manager(5, 1012));
}

#[test]
fn an_administrator_proves_it_with_their_own_methods_not_their_manager() {
    let v = Verification::start(1, 2, true, 0);
    assert_eq!(
        v.may_ask_manager(7, 0),
        Err(Refusal::ManagerNotForAdministrators)
    );
}

#[test]
fn a_deny_closes_and_a_lapsed_or_closed_verification_takes_no_answer() {
    let mut v = Verification::start(1, 2, false, 0);
    v.asked_manager(7, 33, 0);
    assert_eq!(v.pending_until(), PENDING_SECS);
    assert!(!v.awaits_manager(7, PENDING_SECS));
    assert_eq!(
        v.manager_approved(7, 33, PENDING_SECS, W),
        Err(Refusal::NothingToApprove)
    );
    assert_eq!(v.may_ask_manager(8, PENDING_SECS), Err(Refusal::NotPending));
    let mut closed = Verification::start(1, 2, false, 0);
    closed.asked_manager(7, 33, 0);
    closed.close(1);
    assert_eq!(
        closed.manager_approved(7, 33, 2, W),
        Err(Refusal::NotPending)
    );
    // The agent ended the call; the manager may still say it wasn't them.
    assert!(closed.awaits_manager(7, 2));
    assert!(!closed.manager_may_approve(7, 2));
    closed.manager_denied(7, 3).unwrap();
    assert_eq!(closed.manager.as_str(), "denied");
    assert_eq!(closed.status(4), Status::Closed);
    assert!(!closed.awaits_manager(7, 4));
    let mut denied = Verification::start(1, 2, false, 0);
    denied.asked_manager(7, 33, 0);
    assert_eq!(denied.manager_denied(8, 5), Err(Refusal::NothingToApprove));
    denied.manager_denied(7, 5).unwrap();
    assert_eq!(denied.status(6), Status::Closed);
    assert_eq!(denied.manager.as_str(), "denied");
    assert_eq!(denied.manager.manager_id(), Some(7));
    assert_eq!(
        denied.manager_approved(7, 33, 6, W),
        Err(Refusal::NothingToApprove)
    );
}

#[test]
fn a_deny_still_closes_after_the_caller_passed_another_method() {
    let mut v = Verification::start(1, 2, false, 0);
    v.asked_manager(7, 33, 0);
    v.challenged(Channel::MobileSms, 1);
    assert!(v.answered(2, W));
    assert!(v.awaits_manager(7, 3));
    // The later of the ask's 15 minutes and the window.
    assert_eq!(v.manager_deadline(), PENDING_SECS.max(2 + W));
    v.manager_denied(7, 4).unwrap();
    assert_eq!(v.status(5), Status::Closed);
    assert_eq!(v.may_act(1, 5, false), Err(Refusal::NotVerified));
}

#[test]
fn the_typed_number_is_read_in_any_digits_and_nothing_else_counts() {
    assert_eq!(parse_number(" 42 "), Some(42));
    assert_eq!(parse_number("٤٢"), Some(42));
    assert_eq!(parse_number("۴۲"), Some(42));
    assert_eq!(parse_number("４２"), Some(42));
    assert_eq!(parse_number("07"), Some(7));
    for bad in ["", "  ", "x", "-4", "+42", "123", "4.2", "forty"] {
        assert_eq!(parse_number(bad), None, "{bad}");
    }
}

#[test]
fn a_manager_asked_late_in_the_call_has_the_full_time_to_answer() {
    let mut v = Verification::start(1, 2, false, 0);
    v.challenged(Channel::MobileSms, 1);
    let late = PENDING_SECS - 60;
    v.asked_manager(7, 33, late);
    assert_eq!(v.pending_until(), late + PENDING_SECS);
    assert_eq!(v.manager_deadline(), late + PENDING_SECS);
    // Past the verification's own 15 minutes, still waiting for the manager.
    assert_eq!(v.status(PENDING_SECS + 60), Status::Pending);
    assert!(v.awaits_manager(7, PENDING_SECS + 60));
    assert_eq!(v.status(late + PENDING_SECS), Status::Lapsed);
    // Asked early, nothing changes.
    let mut early = Verification::start(1, 2, false, 0);
    early.asked_manager(7, 33, 0);
    assert_eq!(early.pending_until(), PENDING_SECS);
}

#[test]
fn a_manager_who_cannot_confirm_ends_the_ask_and_the_call_goes_on() {
    let mut v = Verification::start(1, 2, false, 0);
    v.asked_manager(7, 33, 0);
    assert_eq!(v.manager_unconfirmed(8, 5), Err(Refusal::NothingToApprove));
    v.manager_unconfirmed(7, 5).unwrap();
    assert_eq!(v.manager.as_str(), "unconfirmed");
    assert_eq!(v.manager.manager_id(), Some(7));
    assert_eq!(v.manager.asked_at(), Some(0));
    assert_eq!(v.status(6), Status::Pending);
    assert!(!v.awaits_manager(7, 6));
    assert_eq!(v.manager_denied(7, 6), Err(Refusal::NothingToApprove));
    assert_eq!(
        v.manager_approved(7, 33, 6, W),
        Err(Refusal::NothingToApprove)
    );
    // Not asked again in the same call; the caller's own methods still work.
    assert_eq!(v.may_ask_manager(7, 6), Err(Refusal::ManagerAlreadyAsked));
    assert_eq!(v.may_challenge(Channel::MobileSms, 6), Ok(()));
    v.challenged(Channel::MobileSms, 7);
    assert!(v.answered(8, W));
    assert_eq!(v.passed_names(), vec!["mobile_phone"]);
}

#[test]
fn a_managers_approval_alone_opens_help_back_in_but_not_changes_of_security_info() {
    let mut v = Verification::start(1, 2, false, 0);
    v.asked_manager(7, 33, 0);
    assert!(v.manager_approved(7, 33, 5, W).unwrap());
    assert_eq!(v.may_act(1, 6, false), Ok(()));
    assert!(!v.own_method_passed());
    assert_eq!(
        v.may_change_details(1, 6, false),
        Err(Refusal::OwnMethodNeeded)
    );
    assert_eq!(Refusal::OwnMethodNeeded.code(), "own_method_needed");
    // One of the caller's own methods opens both.
    let mut own = Verification::start(1, 2, false, 0);
    own.challenged(Channel::MobileSms, 1);
    assert!(own.answered(2, W));
    assert_eq!(own.may_change_details(1, 3, false), Ok(()));
    // Another agent's verification opens neither.
    assert_eq!(
        own.may_change_details(9, 3, false),
        Err(Refusal::NotVerified)
    );
}

#[test]
fn a_code_answered_after_the_managers_approval_still_counts_as_the_callers_own() {
    let mut v = Verification::start(1, 2, false, 0);
    v.challenged(Channel::MobileSms, 1);
    v.asked_manager(7, 33, 2);
    assert!(v.manager_approved(7, 33, 3, W).unwrap());
    assert_eq!(
        v.may_change_details(1, 4, false),
        Err(Refusal::OwnMethodNeeded)
    );
    // The texted code, checked at the same moment, is applied to the approved state.
    assert!(v.answered(4, W));
    assert_eq!(v.verified_until, Some(3 + W), "the window isn't moved");
    assert!(v.own_method_passed());
    assert_eq!(v.may_change_details(1, 5, false), Ok(()));
}

#[test]
fn a_managers_answer_is_read_back_from_its_name() {
    for m in [
        ManagerApproval::Approved {
            manager_id: 7,
            asked_at: 1,
            at: 2,
        },
        ManagerApproval::Denied {
            manager_id: 7,
            asked_at: 1,
            at: 2,
        },
        ManagerApproval::Unconfirmed {
            manager_id: 7,
            asked_at: 1,
            at: 2,
        },
    ] {
        assert_eq!(m.answered_at(), Some(2));
        assert_eq!(ManagerApproval::answered(m.as_str(), 7, 1, 2), Some(m));
    }
    assert_eq!(ManagerApproval::answered("asked", 7, 1, 2), None);
    assert_eq!(ManagerApproval::NotAsked.answered_at(), None);
}
