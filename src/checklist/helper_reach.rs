//! Which helper methods' facts count for a host: static helpers nothing refers to are dropped,
//! and helpers called only under `if (….IsDevelopment())` are Development-only facts. Both are
//! passes over a host's merged `Code`.

use crate::checklist::csharp::{Code, CreationIndex, MethodDecl};

impl Code {
    /// Drops what is written inside static helper methods nothing refers to: a method whose name
    /// occurs in none of `texts` (the host's C# sources) except at its own declaration, e.g. a
    /// certificate loader kept "for operators who prefer it". Its calls never run, so they are
    /// neither evidence nor findings. Returns the names dropped.
    pub fn prune_unreferenced_helpers(&mut self, texts: &[(&str, &str)]) -> Vec<String> {
        let occurrences = |name: &str| -> usize {
            texts
                .iter()
                .map(|(_, t)| {
                    t.match_indices(name)
                        .filter(|(i, _)| {
                            let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                            // A reference on a commented-out line (`// builder.AddKeysByFile(s);`,
                            // kept "for reference") calls nothing.
                            let line_start = t[..*i].rfind('\n').map_or(0, |n| n + 1);
                            !ident(t[..*i].chars().next_back())
                                && !ident(t[i + name.len()..].chars().next())
                                && !t[line_start..*i].trim_start().starts_with("//")
                        })
                        .count()
                })
                .sum()
        };
        let dead: Vec<MethodDecl> = self
            .methods
            .iter()
            .filter(|m| m.is_static && m.name != "Main" && !m.name.is_empty())
            .filter(|m| self.methods.iter().filter(|o| o.name == m.name).count() == 1 && occurrences(&m.name) == 1)
            .cloned()
            .collect();
        if dead.is_empty() {
            return Vec::new();
        }
        let inside = |file: &str, offset: usize| {
            dead.iter()
                .any(|m| m.file == file && offset >= m.start && offset < m.end)
        };
        self.calls.retain(|c| !inside(&c.file, c.offset));
        let in_dead_method =
            |file: &str, method: Option<&str>| dead.iter().any(|m| m.file == file && Some(m.name.as_str()) == method);
        self.assigns.retain(|a| !in_dead_method(&a.file, a.method.as_deref()));
        // Creations index into assigns positions only through `creation`; keep creations (they
        // carry no behaviour without their calls), but reset the index built from the old list.
        self.by_creation = CreationIndex::default();
        dead.into_iter().map(|m| m.name).collect()
    }

    /// Marks what only Development runs through a helper: a method every call of which sits
    /// inside `if (….IsDevelopment())` (or in another such method) runs only in Development, so
    /// its calls and assignments are `development_only` too (`if (env.IsDevelopment())
    /// AddLocalIdentityServer(); else AddHostedIdentityServer();`). Only methods declared once
    /// are followed (an overload set could be called from either side). Returns their names.
    pub fn mark_development_helpers(&mut self) -> Vec<String> {
        use std::collections::HashMap;
        // Methods declared once, by name.
        let mut declared: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, m) in self.methods.iter().enumerate().filter(|(_, m)| !m.name.is_empty()) {
            declared.entry(m.name.as_str()).or_default().push(i);
        }
        let unique: HashMap<String, usize> = declared
            .into_iter()
            .filter(|(_, v)| v.len() == 1)
            .map(|(k, v)| (k.to_string(), v[0]))
            .collect();
        // Per unique method: its callers not yet known to run only in Development, and the
        // calls and assignments inside it (a worklist, linear in calls + methods: a chain of
        // helpers each called by the last cannot make this quadratic).
        let mut open_callers: HashMap<usize, usize> = HashMap::new();
        let mut has_callers: HashMap<usize, bool> = HashMap::new();
        for c in &self.calls {
            if let Some(&m) = unique.get(&c.name) {
                has_callers.insert(m, true);
                if !c.development_only {
                    *open_callers.entry(m).or_default() += 1;
                }
            }
        }
        let mut by_file: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in self.calls.iter().enumerate() {
            by_file.entry(c.file.as_str()).or_default().push(i);
        }
        for v in by_file.values_mut() {
            v.sort_by_key(|&i| self.calls[i].offset);
        }
        let inside: HashMap<usize, Vec<usize>> = unique
            .values()
            .map(|&m| {
                let d = &self.methods[m];
                let calls = by_file.get(d.file.as_str()).map(Vec::as_slice).unwrap_or(&[]);
                let from = calls.partition_point(|&i| self.calls[i].offset < d.start);
                let to = calls.partition_point(|&i| self.calls[i].offset < d.end);
                (m, calls[from..to].to_vec())
            })
            .collect();
        let mut work: Vec<usize> = unique
            .values()
            .copied()
            .filter(|m| has_callers.contains_key(m) && open_callers.get(m).copied().unwrap_or(0) == 0)
            .collect();
        let mut marked: Vec<String> = Vec::new();
        let mut done: std::collections::HashSet<usize> = std::collections::HashSet::new();
        while let Some(m) = work.pop() {
            if !done.insert(m) {
                continue;
            }
            for &i in inside.get(&m).map(Vec::as_slice).unwrap_or(&[]) {
                if self.calls[i].development_only {
                    continue;
                }
                self.calls[i].development_only = true;
                if let Some(&callee) = unique.get(&self.calls[i].name)
                    && let Some(open) = open_callers.get_mut(&callee)
                {
                    *open -= 1;
                    if *open == 0 {
                        work.push(callee);
                    }
                }
            }
            let (file, name) = (self.methods[m].file.clone(), self.methods[m].name.clone());
            for a in self
                .assigns
                .iter_mut()
                .filter(|a| a.file == file && a.method.as_deref() == Some(name.as_str()))
            {
                a.development_only = true;
            }
            marked.push(name);
        }
        marked.sort();
        marked
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::csharp::Code;

    #[test]
    fn a_helper_referenced_only_in_a_comment_is_dropped() {
        let text = "public static class Keys {\n  public static void Configure(IIdentityServerBuilder b) {\n    // b.AddKeysByFile();\n    b.AddKeysByVault();\n  }\n  public static IIdentityServerBuilder AddKeysByFile(this IIdentityServerBuilder b) => b.AddSigningCredential(FromFile());\n  public static IIdentityServerBuilder AddKeysByVault(this IIdentityServerBuilder b) => b.AddSigningCredential(FromVault());\n}\n";
        let mut code = Code::default();
        code.add_file("Keys.cs", text);
        let dropped = code.prune_unreferenced_helpers(&[("Keys.cs", text)]);
        assert!(dropped.contains(&"AddKeysByFile".to_string()), "{dropped:?}");
        assert!(!dropped.contains(&"AddKeysByVault".to_string()), "{dropped:?}");
        let lines: Vec<usize> = code.calls_named("AddSigningCredential").map(|c| c.line).collect();
        assert_eq!(lines, vec![7]);
    }

    #[test]
    fn helpers_called_only_in_development_run_only_there() {
        let mut code = Code::default();
        code.add_file(
            "Setup.cs",
            "static class Setup\n{\n    public static void Add(IServiceCollection s, IWebHostEnvironment env)\n    {\n        if (env.IsDevelopment()) { AddLocal(s); } else { AddHosted(s); }\n    }\n    static void AddLocal(IServiceCollection s) { s.AddIdentityServer().AddDeveloperSigningCredential(); Deeper(s); }\n    static void Deeper(IServiceCollection s) { s.AddDataProtection(); }\n    static void AddHosted(IServiceCollection s) { s.AddIdentityServer().AddOperationalStore(o => {}); Deeper2(s); Deeper(s); }\n    static void Deeper2(IServiceCollection s) { s.AddHealthChecks(); }\n}\n",
        );
        assert_eq!(code.mark_development_helpers(), vec!["AddLocal".to_string()]);
        let dev = |name: &str| code.calls.iter().filter(|c| c.name == name).all(|c| c.development_only);
        assert!(dev("AddDeveloperSigningCredential"));
        assert!(!dev("AddOperationalStore") && !dev("AddHealthChecks"));
        assert!(
            !dev("AddDataProtection"),
            "Deeper is also called from the production helper"
        );
    }
}
