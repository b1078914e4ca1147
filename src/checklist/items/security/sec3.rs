//! SEC3: Refresh token usage and expiration policies are set.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::clients;
use crate::checklist::items::common::ev;
use crate::checklist::items::{Item, SECURITY, Source};

/// SEC3 in the catalogue.
pub const ITEM: Item = Item {
    id: "SEC3",
    section: SECURITY,
    title: "Refresh token usage and expiration policies are set",
    applies: "for clients that allow offline access or set refresh-token options",
    breaks: "The defaults (TokenUsage.ReUse, TokenExpiration.Absolute, 30 days) keep a stolen refresh token usable for a month.",
    fix: "Set RefreshTokenUsage, RefreshTokenExpiration (Sliding with SlidingRefreshTokenLifetime) and AbsoluteRefreshTokenLifetime explicitly.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for i in clients(ctx) {
        let c = &ctx.code.creations[i];
        let get = |t: &str| ctx.code.assigns_in(i).find(|a| a.target == t);
        let offline = get("AllowOfflineAccess").is_some_and(|a| a.value == "true");
        let refresh_opts = [
            "RefreshTokenUsage",
            "RefreshTokenExpiration",
            "AbsoluteRefreshTokenLifetime",
            "SlidingRefreshTokenLifetime",
        ];
        if !offline && refresh_opts.iter().all(|o| get(o).is_none()) {
            continue;
        }
        let id = get("ClientId")
            .and_then(|a| a.strings.first().cloned())
            .unwrap_or_default();
        let mut missing: Vec<&str> = ["RefreshTokenUsage", "RefreshTokenExpiration"]
            .into_iter()
            .filter(|o| get(o).is_none())
            .collect();
        if get("RefreshTokenExpiration").is_some_and(|a| a.value.contains("Sliding"))
            && get("SlidingRefreshTokenLifetime").is_none()
        {
            missing.push("SlidingRefreshTokenLifetime");
        }
        if missing.is_empty() {
            passes.push(Evidence::new(
                &c.file,
                c.line,
                format!("client {id}: refresh token policy set"),
            ));
        } else {
            // Where the client opts into refresh tokens is where the policy belongs.
            let at = get("AllowOfflineAccess")
                .filter(|a| a.value == "true")
                .map(|a| a.line)
                .unwrap_or(c.line);
            fails.push(Evidence::new(
                &c.file,
                at,
                format!("client {id} allows refresh tokens without {}", missing.join(", ")),
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("refresh token policies are left at their defaults", fails);
    }
    if !passes.is_empty() {
        return Outcome::pass("refresh token usage and expiration are explicit", passes);
    }
    if clients(ctx).is_empty()
        && let Some(c) = ctx.code.call("AddConfigurationStore")
    {
        return Outcome::operator(
            "clients live in the configuration database",
            "SELECT ClientId, RefreshTokenUsage, RefreshTokenExpiration, AbsoluteRefreshTokenLifetime, SlidingRefreshTokenLifetime FROM Clients WHERE AllowOfflineAccess = 1;   -- review each row",
            vec![ev(c, "AddConfigurationStore")],
        );
    }
    Outcome::na("no client allows offline access")
}
