//! `.idsgen/check.yaml`: checked-in accepted risks (`skip:` entries with an id and a reason),
//! validated against the catalogue so a typo is an error, not a silent no-op.

use crate::checklist::catalogue;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The file's shape.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    /// Items skipped as accepted risks.
    #[serde(default)]
    pub skip: Vec<Skip>,
}

/// One accepted risk.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skip {
    /// Catalogue id, e.g. `DP4`.
    pub id: String,
    /// Why the risk is accepted; printed in every report.
    pub reason: String,
}

/// Checks an id against the catalogue; the error names close ids.
pub fn validate_id(id: &str, context: &str) -> Result<&'static str, String> {
    match catalogue::find(id) {
        Some(item) => Ok(item.id),
        None => {
            let near = catalogue::suggest(id);
            let hint = if near.is_empty() {
                "run `idsgen checklist` for the list of ids".to_string()
            } else {
                format!("did you mean {}? (`idsgen checklist` lists every id)", near.join(", "))
            };
            Err(format!("{context}: unknown checklist item `{id}`\n  fix: {hint}"))
        }
    }
}

/// Parses and validates `.idsgen/check.yaml` text into id → reason.
pub fn parse(text: &str, source: &str) -> Result<BTreeMap<String, String>, String> {
    let cfg: CheckConfig = if text.trim().is_empty() {
        CheckConfig::default()
    } else {
        yaml_serde::from_str(text)
            .map_err(|e| format!("{source}: {e}\n  fix: use `skip: [{{ id: DP4, reason: \"...\" }}]`"))?
    };
    let mut out = BTreeMap::new();
    for (i, s) in cfg.skip.iter().enumerate() {
        let id = validate_id(&s.id, &format!("{source}: skip[{i}].id"))?;
        if s.reason.trim().is_empty() {
            return Err(format!(
                "{source}: skip[{i}].reason is empty\n  fix: say why {id} is an accepted risk"
            ));
        }
        out.insert(id.to_string(), s.reason.trim().to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_unknown_and_empty_reason() {
        let ok = parse("skip:\n  - id: dp4\n    reason: Redis is a cache only\n", "check.yaml").unwrap();
        assert_eq!(ok.get("DP4").map(String::as_str), Some("Redis is a cache only"));
        let unknown = parse("skip:\n  - id: DP9\n    reason: x\n", "check.yaml").unwrap_err();
        assert!(unknown.contains("DP9") && unknown.contains("did you mean"), "{unknown}");
        assert!(
            parse("skip:\n  - id: DP4\n    reason: ' '\n", "c")
                .unwrap_err()
                .contains("reason is empty")
        );
        assert!(parse("skips: []\n", "c").is_err());
    }
}
