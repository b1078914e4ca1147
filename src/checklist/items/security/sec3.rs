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
        let missing = missing_policy(&|o: &str| get(o).map(|a| a.value.clone()));
        if missing.is_empty() {
            passes.push(Evidence::new(
                &c.file,
                get("RefreshTokenUsage").map_or(c.line, |a| a.line),
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
    // Clients in JSON (appsettings sections, configuration-store seed files).
    for f in ctx.client_files() {
        f.doc.walk(&mut |_, _, node| {
            let Some(id) = node.entry_ci("ClientId") else { return };
            // Scalars (strings, numbers, booleans) as written; a non-scalar is set, value unknown.
            let value = |k: &str| node.entry_ci(k).map(|e| e.value.as_str().unwrap_or("set").to_string());
            if value("AllowOfflineAccess").as_deref() != Some("true") {
                return;
            }
            let name = id.value.as_str().unwrap_or_default();
            let missing = missing_policy(&|o: &str| value(o));
            if missing.is_empty() {
                passes.push(Evidence::new(
                    &f.path,
                    node.entry_ci("RefreshTokenUsage").map_or(id.line, |e| e.line),
                    format!("client {name}: refresh token policy set"),
                ));
            } else {
                let at = node.entry_ci("AllowOfflineAccess").map_or(id.line, |e| e.line);
                fails.push(Evidence::new(
                    &f.path,
                    at,
                    format!("client {name} allows refresh tokens without {}", missing.join(", ")),
                ));
            }
        });
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

/// The refresh-token settings a client that allows offline access leaves at their defaults,
/// given how it sets each (`value(name)`). Usage and expiration must be explicit, and so must
/// the lifetime that bounds a stolen token: AbsoluteRefreshTokenLifetime of at most the 30-day
/// default. `0` is no absolute cap: with Sliding expiration a token in use renews for ever
/// (Duende's client reference: "only expire after the SlidingRefreshTokenLifetime is passed"),
/// so a stolen one never has to expire; it counts as missing too.
fn missing_policy(value: &dyn Fn(&str) -> Option<String>) -> Vec<&'static str> {
    let mut missing: Vec<&'static str> = ["RefreshTokenUsage", "RefreshTokenExpiration"]
        .into_iter()
        .filter(|o| value(o).is_none())
        .collect();
    let sliding = value("RefreshTokenExpiration").is_some_and(|v| v.contains("Sliding") || v == "0");
    let seconds =
        |v: &str| crate::checklist::csharp::eval_number(v).or_else(|| crate::checklist::csharp::timespan_seconds(v));
    match value("AbsoluteRefreshTokenLifetime") {
        None => missing.push("AbsoluteRefreshTokenLifetime"),
        // Longer than the 30-day default the item warns about is not a reviewed bound.
        Some(v) if seconds(&v).is_some_and(|s| s > 2_592_000.0) => {
            missing.push("an AbsoluteRefreshTokenLifetime of at most 30 days")
        }
        Some(v) if v.trim() == "0" => {
            missing.push("an absolute cap (AbsoluteRefreshTokenLifetime 0 is none)");
            if sliding && value("SlidingRefreshTokenLifetime").is_none() {
                missing.push("SlidingRefreshTokenLifetime");
            }
        }
        Some(_) => {}
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_absolute_cap_is_a_missing_bound_even_with_a_sliding_lifetime() {
        let policy = |absolute: &str| {
            let set = [
                ("RefreshTokenUsage", "TokenUsage.ReUse"),
                ("RefreshTokenExpiration", "TokenExpiration.Sliding"),
                ("SlidingRefreshTokenLifetime", "3888000"),
                ("AbsoluteRefreshTokenLifetime", absolute),
            ];
            missing_policy(&|k: &str| set.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()))
        };
        assert_eq!(policy("2592000"), Vec::<&str>::new());
        assert_eq!(
            policy("0"),
            ["an absolute cap (AbsoluteRefreshTokenLifetime 0 is none)"]
        );
        assert_eq!(
            policy("5184000"),
            ["an AbsoluteRefreshTokenLifetime of at most 30 days"]
        );
    }
}
