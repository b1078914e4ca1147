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
    // diffy writes a conflict marker straight after a last line that has no newline, gluing the
    // user's line to the marker (found by fuzz/fuzz_targets/merge3.rs). Merge newline-terminated
    // texts; the result ends without one only when every input did.
    let texts = [base, ours, theirs];
    let all_unterminated = texts.iter().all(|t| !t.is_empty() && !t.ends_with('\n'));
    let [base, ours, theirs] = texts.map(terminated);
    match merge_terminated(&base, &ours, &theirs) {
        Merged::Clean(t) if all_unterminated => Merged::Clean(t.strip_suffix('\n').map(str::to_string).unwrap_or(t)),
        merged => merged,
    }
}

fn terminated(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_empty() || text.ends_with('\n') {
        text.into()
    } else {
        format!("{text}\n").into()
    }
}

fn merge_terminated(base: &str, ours: &str, theirs: &str) -> Merged {
    // Markers one longer than any marker-like line in the inputs (git does the same): a user's
    // own line that looks like a marker is then never taken for one and relabelled (found by
    // fuzz/fuzz_targets/merge3.rs).
    let len = marker_len(&[base, ours, theirs]);
    let mut options = diffy::MergeOptions::new();
    options.set_conflict_marker_length(len);
    match options.merge(base, ours, theirs) {
        Ok(text) => Merged::Clean(text),
        Err(text) => {
            let open = format!("{} ours", "<".repeat(len));
            let original = format!("{} original", "|".repeat(len));
            let close = format!("{} theirs", ">".repeat(len));
            let mut count = 0;
            let relabelled: Vec<String> = text
                .split_inclusive('\n')
                .map(|line| {
                    let bare = line.trim_end_matches('\n');
                    if bare == open {
                        count += 1;
                        format!("{} {OURS_LABEL}\n", "<".repeat(len))
                    } else if bare == original {
                        format!("{} {BASE_LABEL}\n", "|".repeat(len))
                    } else if bare == close {
                        format!("{} {THEIRS_LABEL}\n", ">".repeat(len))
                    } else {
                        line.to_string()
                    }
                })
                .collect();
            Merged::Conflict(relabelled.concat(), count.max(1))
        }
    }
}

/// 7, or one more than the longest run of one marker character (`<`, `|`, `=`, `>`) that starts
/// a line in any of `texts`.
fn marker_len(texts: &[&str]) -> usize {
    let longest = texts
        .iter()
        .flat_map(|t| t.lines())
        .filter_map(|l| {
            let c = l.chars().next().filter(|c| matches!(c, '<' | '|' | '=' | '>'))?;
            Some(l.chars().take_while(|x| *x == c).count())
        })
        .max()
        .unwrap_or(0);
    (longest + 1).max(7)
}

/// Whether a text still holds idsgen conflict markers (of any length `merge3` writes).
pub fn has_conflict_markers(text: &str) -> bool {
    let is_marker = |line: &str, c: char, label: &str| {
        line.strip_suffix(label)
            .and_then(|l| l.strip_suffix(' '))
            .is_some_and(|run| run.len() >= 7 && run.chars().all(|x| x == c))
    };
    text.lines()
        .any(|l| is_marker(l, '<', OURS_LABEL) || is_marker(l, '>', THEIRS_LABEL))
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

    #[test]
    fn a_last_line_without_newline_is_not_glued_to_a_marker() {
        let Merged::Conflict(text, 1) = merge3("a\nb\n", "a\nmine", "a\nnew\n") else {
            panic!("expected one conflict");
        };
        assert!(text.lines().any(|l| l == "mine"), "{text}");
        assert!(text.lines().any(|l| l == ">>>>>>> new render by idsgen"), "{text}");
    }

    #[test]
    fn a_carriage_return_ending_the_last_line_is_kept() {
        // fuzz/seeds/merge3/regress-carriage-return-last-line: the line is "b\r" before and after.
        let Merged::Conflict(text, 1) = merge3("a\nx\n", "a\nb\r", "a\ny\n") else {
            panic!("expected one conflict");
        };
        assert!(text.split('\n').any(|l| l == "b\r"), "{text:?}");
    }

    #[test]
    fn unterminated_inputs_stay_unterminated_when_clean() {
        assert_eq!(merge3("a\nb", "A\nb", "a\nb"), Merged::Clean("A\nb".to_string()));
        assert_eq!(merge3("a\nb\n", "A\nb", "a\nb\n"), Merged::Clean("A\nb\n".to_string()));
    }
}
