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
