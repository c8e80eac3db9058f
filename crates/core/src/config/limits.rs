//! `[limits]`: rate limits by client address and for the whole service, the telephony
//! budgets, and the reverse proxies whose `X-Forwarded-For` is believed.
//!
//! Every limit counts in the store, so all instances share it. A limit of 0 turns that one
//! limit off (for example the per-address limits when every user comes through one NAT
//! address that no proxy unwraps).

use std::net::IpAddr;

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

use super::ConfigError;

/// Rate limits and telephony budgets. Counts are per rolling window: an hour unless the
/// name says a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitSettings {
    /// Reverse proxies (IP addresses or CIDR blocks, separated by spaces or commas) whose
    /// `X-Forwarded-For` names the client. From any other peer the header is ignored and
    /// the peer's own address is the client's. Empty: no proxy is trusted.
    pub trusted_proxies: String,
    /// Reset journeys one client address may start in an hour with the proof-of-work
    /// human check solved.
    pub starts_per_address: u32,
    /// Reset journeys one client address may start in an hour without it (no
    /// JavaScript): the stricter limit that keeps that path open.
    pub starts_without_proof_per_address: u32,
    /// Codes (email, text, call) one client address may have sent in an hour.
    pub sends_per_address: u32,
    /// Codes one client address may have sent in an hour without the proof of work.
    pub sends_without_proof_per_address: u32,
    /// Codes, app codes and answers one client address may have checked in an hour.
    pub checks_per_address: u32,
    /// Help requests to the administrators from one client address in a day.
    pub help_per_address_per_day: u32,
    /// Reset journeys started in an hour with the proof of work, all addresses together.
    pub starts: u32,
    /// Reset journeys started in an hour without the proof of work, all addresses together.
    pub starts_without_proof: u32,
    /// Codes sent in an hour with the proof of work (or signed in), all addresses together.
    pub sends: u32,
    /// Codes sent in an hour without the proof of work, all addresses together.
    pub sends_without_proof: u32,
    /// Codes and answers checked in an hour, all addresses together.
    pub checks: u32,
    /// Help requests in a day, all addresses together.
    pub help_per_day: u32,
    /// Texts and calls (SMS and voice codes) one client address may cause in a day.
    pub texts_per_address_per_day: u32,
    /// Texts and calls in a day, all addresses together: the telephony budget.
    pub texts_per_day: u32,
    /// Texts and calls to one number in a day.
    pub texts_per_destination_per_day: u32,
    /// Seconds before another code may be texted or called to the same number.
    pub destination_cooldown_seconds: u32,
    /// Texts and calls in an hour above which the global administrators are alerted (by
    /// email, in the audit log and in the `latchkey_telephony_spike_alerts_total` metric),
    /// at most once an hour.
    pub texts_alert_per_hour: u32,
}

impl Default for LimitSettings {
    fn default() -> Self {
        Self {
            trusted_proxies: String::new(),
            starts_per_address: 30,
            starts_without_proof_per_address: 5,
            sends_per_address: 20,
            sends_without_proof_per_address: 5,
            checks_per_address: 60,
            help_per_address_per_day: 5,
            starts: 5000,
            starts_without_proof: 500,
            sends: 2000,
            sends_without_proof: 300,
            checks: 10_000,
            help_per_day: 200,
            texts_per_address_per_day: 10,
            texts_per_day: 1000,
            texts_per_destination_per_day: 10,
            destination_cooldown_seconds: 60,
            texts_alert_per_hour: 100,
        }
    }
}

impl LimitSettings {
    /// The trusted proxies as networks (a bare address is a /32 or /128).
    ///
    /// Errors: a [`ConfigError`] on `limits.trusted_proxies` naming the entry that is
    /// neither an address nor a CIDR block.
    pub fn proxies(&self) -> Result<Vec<IpNet>, ConfigError> {
        self.trusted_proxies
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| {
                        ConfigError::new(
                            "limits.trusted_proxies",
                            format!(
                                "`{s}` is not an IP address or CIDR block like 10.0.0.0/8 or fd00::/8"
                            ),
                        )
                    })
            })
            .collect()
    }

    /// A no-proof limit as it applies: never more than its proof-of-work counterpart
    /// (`with`), unless that is off (0).
    pub fn without_proof(without: u32, with: u32) -> u32 {
        if with == 0 {
            without
        } else {
            without.min(with)
        }
    }

    /// Checks the proxies and the ranges.
    ///
    /// Errors: a [`ConfigError`] naming the first bad setting.
    pub fn validate(&self) -> Result<(), ConfigError> {
        self.proxies()?;
        for (key, value, max) in [
            (
                "limits.starts_per_address",
                self.starts_per_address,
                1_000_000,
            ),
            (
                "limits.starts_without_proof_per_address",
                self.starts_without_proof_per_address,
                1_000_000,
            ),
            (
                "limits.sends_per_address",
                self.sends_per_address,
                1_000_000,
            ),
            (
                "limits.sends_without_proof_per_address",
                self.sends_without_proof_per_address,
                1_000_000,
            ),
            (
                "limits.checks_per_address",
                self.checks_per_address,
                1_000_000,
            ),
            (
                "limits.help_per_address_per_day",
                self.help_per_address_per_day,
                1_000_000,
            ),
            ("limits.starts", self.starts, 100_000_000),
            (
                "limits.starts_without_proof",
                self.starts_without_proof,
                100_000_000,
            ),
            (
                "limits.sends_without_proof",
                self.sends_without_proof,
                100_000_000,
            ),
            ("limits.sends", self.sends, 100_000_000),
            ("limits.checks", self.checks, 100_000_000),
            ("limits.help_per_day", self.help_per_day, 100_000_000),
            (
                "limits.texts_per_address_per_day",
                self.texts_per_address_per_day,
                1_000_000,
            ),
            ("limits.texts_per_day", self.texts_per_day, 100_000_000),
            (
                "limits.texts_per_destination_per_day",
                self.texts_per_destination_per_day,
                1000,
            ),
            (
                "limits.destination_cooldown_seconds",
                self.destination_cooldown_seconds,
                3600,
            ),
            (
                "limits.texts_alert_per_hour",
                self.texts_alert_per_hour,
                100_000_000,
            ),
        ] {
            if value > max {
                return Err(ConfigError::new(
                    key,
                    format!("must be between 0 (no limit) and {max}"),
                ));
            }
        }
        // 0 turns a limit off; for the no-proof path that would open it wider than the
        // proof-of-work path, which is never what is meant. (Above its counterpart it
        // counts as the counterpart: [`Self::without_proof`].)
        for (key, without, with) in [
            (
                "limits.starts_without_proof_per_address",
                self.starts_without_proof_per_address,
                self.starts_per_address,
            ),
            (
                "limits.sends_without_proof_per_address",
                self.sends_without_proof_per_address,
                self.sends_per_address,
            ),
            (
                "limits.starts_without_proof",
                self.starts_without_proof,
                self.starts,
            ),
            (
                "limits.sends_without_proof",
                self.sends_without_proof,
                self.sends,
            ),
        ] {
            if with != 0 && without == 0 {
                return Err(ConfigError::new(
                    key,
                    "must be 1 or more while its proof-of-work counterpart is on: 0 would let \
                     requests without the proof of work through unlimited",
                ));
            }
        }
        Ok(())
    }
}

/// The human check in force (`captcha`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HumanCheck {
    /// The proof of work ([`crate::pow`]): `"pow"`, or `"on"` from earlier versions.
    ProofOfWork,
    /// The built-in picture with its text alternative ([`crate::captcha`]).
    Image,
    /// hCaptcha's widget at the start of a journey (`[captcha_provider]`).
    HCaptcha,
    /// Cloudflare Turnstile's widget at the start of a journey (`[captcha_provider]`).
    Turnstile,
    /// None (tests and benchmarks).
    Off,
}

impl HumanCheck {
    /// For a third-party widget: (the widget's script, its element's class, the form
    /// field it fills, the verification endpoint used when `verify_url` is empty).
    pub fn provider(self) -> Option<(&'static str, &'static str, &'static str, &'static str)> {
        match self {
            HumanCheck::HCaptcha => Some((
                "https://js.hcaptcha.com/1/api.js",
                "h-captcha",
                "h-captcha-response",
                "https://api.hcaptcha.com/siteverify",
            )),
            HumanCheck::Turnstile => Some((
                "https://challenges.cloudflare.com/turnstile/v0/api.js",
                "cf-turnstile",
                "cf-turnstile-response",
                "https://challenges.cloudflare.com/turnstile/v0/siteverify",
            )),
            _ => None,
        }
    }
}

/// `[captcha_provider]`: the account at hCaptcha or Cloudflare Turnstile, used when
/// `captcha` is `"hcaptcha"` or `"turnstile"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CaptchaProviderSettings {
    /// The site key the widget shows (public).
    pub site_key: String,
    /// The secret key the server verifies answers with; set it with
    /// `LATCHKEY_CAPTCHA_PROVIDER__SECRET_FILE`.
    pub secret: String,
    /// The verification endpoint; empty uses the provider's (`siteverify`).
    pub verify_url: String,
    /// Seconds to wait for the provider's answer; a provider that doesn't answer in time
    /// counts as no answer (the stricter no-proof limits apply), never as a pass.
    pub timeout_seconds: u32,
}

impl Default for CaptchaProviderSettings {
    fn default() -> Self {
        Self {
            site_key: String::new(),
            secret: String::new(),
            verify_url: String::new(),
            timeout_seconds: 5,
        }
    }
}

impl super::Settings {
    /// The human check `captcha` selects; anything unknown is [`HumanCheck::ProofOfWork`]
    /// (`validate` refuses it first).
    pub fn human_check(&self) -> HumanCheck {
        match self.captcha.as_str() {
            "image" => HumanCheck::Image,
            "hcaptcha" => HumanCheck::HCaptcha,
            "turnstile" => HumanCheck::Turnstile,
            "off" => HumanCheck::Off,
            _ => HumanCheck::ProofOfWork,
        }
    }

    pub(super) fn check_human_check(&self) -> Result<(), ConfigError> {
        if !matches!(
            self.captcha.as_str(),
            "pow" | "on" | "image" | "hcaptcha" | "turnstile" | "off"
        ) {
            return Err(ConfigError::new(
                "captcha",
                "must be \"pow\" (proof of work), \"image\", \"hcaptcha\", \"turnstile\" or \"off\"",
            ));
        }
        let p = &self.captcha_provider;
        if self.human_check().provider().is_some() {
            for (key, value) in [
                ("captcha_provider.site_key", &p.site_key),
                ("captcha_provider.secret", &p.secret),
            ] {
                if value.trim().is_empty() {
                    return Err(ConfigError::new(
                        key,
                        format!("must be set for captcha = \"{}\"", self.captcha),
                    ));
                }
            }
            if !(p.verify_url.is_empty()
                || p.verify_url.starts_with("https://")
                || p.verify_url.starts_with("http://127.0.0.1")
                || p.verify_url.starts_with("http://localhost"))
            {
                return Err(ConfigError::new(
                    "captcha_provider.verify_url",
                    "must be empty (the provider's) or an https:// address",
                ));
            }
            if !(1..=30).contains(&p.timeout_seconds) {
                return Err(ConfigError::new(
                    "captcha_provider.timeout_seconds",
                    "must be between 1 and 30",
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxies_take_addresses_and_blocks_and_name_a_bad_entry() {
        let s = LimitSettings {
            trusted_proxies: "10.0.0.0/8, 192.0.2.7 fd00::/8".into(),
            ..LimitSettings::default()
        };
        let nets = s.proxies().unwrap();
        assert_eq!(nets.len(), 3);
        assert!(nets[1].contains(&"192.0.2.7".parse::<IpAddr>().unwrap()));
        assert!(!nets[1].contains(&"192.0.2.8".parse::<IpAddr>().unwrap()));
        let bad = LimitSettings {
            trusted_proxies: "10.0.0.0/8 proxy.example".into(),
            ..LimitSettings::default()
        };
        let e = bad.validate().unwrap_err();
        assert_eq!(e.key, "limits.trusted_proxies");
        assert!(e.message.contains("proxy.example"), "{}", e.message);
    }

    #[test]
    fn a_provider_needs_its_keys_and_an_https_endpoint() {
        let mut s = super::super::Settings {
            captcha: "hcaptcha".into(),
            ..super::super::Settings::default()
        };
        assert_eq!(s.validate().unwrap_err().key, "captcha_provider.site_key");
        s.captcha_provider.site_key = "site".into();
        assert_eq!(s.validate().unwrap_err().key, "captcha_provider.secret");
        s.captcha_provider.secret = "secret".into();
        s.captcha_provider.verify_url = "http://provider.example/siteverify".into();
        assert_eq!(s.validate().unwrap_err().key, "captcha_provider.verify_url");
        s.captcha_provider.verify_url.clear();
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.human_check(), HumanCheck::HCaptcha);
        s.captcha = "recaptcha".into();
        assert_eq!(s.validate().unwrap_err().key, "captcha");
        s.captcha = "on".into();
        assert_eq!(s.human_check(), HumanCheck::ProofOfWork);
    }

    #[test]
    fn the_no_proof_path_is_never_wider_than_the_proof_path() {
        let closed = LimitSettings {
            starts_without_proof_per_address: 0,
            ..LimitSettings::default()
        };
        assert_eq!(
            closed.validate().unwrap_err().key,
            "limits.starts_without_proof_per_address"
        );
        let wider = LimitSettings {
            sends_without_proof: 5000,
            ..LimitSettings::default()
        };
        assert_eq!(wider.validate(), Ok(()));
        assert_eq!(
            LimitSettings::without_proof(wider.sends_without_proof, wider.sends),
            wider.sends,
            "never wider than the proof-of-work path"
        );
        // Both off is allowed.
        let off = LimitSettings {
            starts_per_address: 0,
            starts_without_proof_per_address: 0,
            ..LimitSettings::default()
        };
        assert_eq!(off.validate(), Ok(()));
    }
}
