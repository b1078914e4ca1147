//! Three-way merge of one text file (diffy), with conflict markers relabelled so a user sees
//! which side is theirs and which is idsgen's.

/// The result of merging the user's copy with a new render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merged {
    /// Every edit merged; the text to write.
    Clean(String),
    /// Overlapping edits; the text with labelled conflict markers, and the number of conflicts.
    Conflict(String, usize),
}

/// Marker labels written into conflicted files.
pub const OURS_LABEL: &str = "your edit (on disk)";
/// The merge base label.
pub const BASE_LABEL: &str = "last render by idsgen";
/// The new render label.
pub const THEIRS_LABEL: &str = "new render by idsgen";

/// Merges `ours` (on disk) and `theirs` (new render) against `base` (the last render).
pub fn merge3(base: &str, ours: &str, theirs: &str) -> Merged {
    match diffy::merge(base, ours, theirs) {
        Ok(text) => Merged::Clean(text),
        Err(text) => {
            let mut count = 0;
            let relabelled: Vec<String> = text
                .split_inclusive('\n')
                .map(|line| {
                    let bare = line.trim_end_matches('\n');
                    match bare {
                        "<<<<<<< ours" => {
                            count += 1;
                            format!("<<<<<<< {OURS_LABEL}\n")
                        }
                        "||||||| original" => format!("||||||| {BASE_LABEL}\n"),
                        ">>>>>>> theirs" => format!(">>>>>>> {THEIRS_LABEL}\n"),
                        _ => line.to_string(),
                    }
                })
                .collect();
            Merged::Conflict(relabelled.concat(), count.max(1))
        }
    }
}

/// Whether a text still holds idsgen conflict markers.
pub fn has_conflict_markers(text: &str) -> bool {
    text.lines()
        .any(|l| l == format!("<<<<<<< {OURS_LABEL}") || l == format!(">>>>>>> {THEIRS_LABEL}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_overlapping_edits_merge() {
        let base = "a\nb\nc\nd\ne\n";
        let ours = "a\nB\nc\nd\ne\n";
        let theirs = "a\nb\nc\nd\nE\n";
        assert_eq!(merge3(base, ours, theirs), Merged::Clean("a\nB\nc\nd\nE\n".to_string()));
    }

    #[test]
    fn identical_edits_on_both_sides_merge() {
        assert_eq!(
            merge3("x: 2\n", "x: 4\n", "x: 4\n"),
            Merged::Clean("x: 4\n".to_string())
        );
    }

    #[test]
    fn overlapping_edits_get_labelled_markers() {
        let Merged::Conflict(text, n) = merge3("a\nb\nc\n", "a\nmine\nc\n", "a\nnew\nc\n") else {
            panic!("expected a conflict");
        };
        assert_eq!(n, 1);
        assert!(text.contains("<<<<<<< your edit (on disk)\nmine\n"), "{text}");
        assert!(text.contains(">>>>>>> new render by idsgen\n"), "{text}");
        assert!(has_conflict_markers(&text));
    }
}
