//! Unresolved merge conflicts: a file holding `<<<<<<<` … `>>>>>>>` lines is broken whatever its
//! kind, and may even parse (YAML, nginx), so the engine looks for the markers before any parser.

/// The 1-based line of the first `<<<<<<<` marker, when the file also has a closing `>>>>>>>`.
pub fn conflict_line(text: &str) -> Option<usize> {
    // Cheap prefilter: almost no file contains seven '<' in a row.
    if !text.contains("<<<<<<<") {
        return None;
    }
    let mut open = None;
    for (i, line) in text.lines().enumerate() {
        if open.is_none() && is_marker(line, '<') {
            open = Some(i + 1);
        } else if open.is_some() && is_marker(line, '>') {
            return open;
        }
    }
    None
}

/// `<<<<<<<` / `>>>>>>>` at the start of a line, followed by nothing, a space or a tab.
fn is_marker(line: &str, c: char) -> bool {
    let mut chars = line.chars();
    (0..7).all(|_| chars.next() == Some(c)) && matches!(chars.next(), None | Some(' ' | '\t' | '\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_conflict_block() {
        let text = "a: 1\n<<<<<<< ours\nb: 2\n=======\nb: 3\n>>>>>>> theirs\n";
        assert_eq!(conflict_line(text), Some(2));
    }

    #[test]
    fn ignores_lookalikes() {
        assert_eq!(conflict_line("x <<<<<<< y\n>>>>>>> z\n"), None);
        assert_eq!(conflict_line("<<<<<<<<< not a marker\n>>>>>>> z\n"), None);
        assert_eq!(conflict_line("<<<<<<< open but never closed\n"), None);
        assert_eq!(conflict_line("plain file\n"), None);
    }
}
