//! The walk over one C# file's syntax tree that records the facts `Code` holds: invocations with
//! receiver chains and arguments, assignments (and the object creation or model constructor they
//! configure), creations, strings, method declarations, and the guards (`if (IsDevelopment())`,
//! configuration and feature flags) around each.

use super::*;
use std::collections::BTreeMap;
use tree_sitter::{Node, Parser};

/// Parses one file into `code`: tree-sitter, then one walk over the syntax tree.
pub(super) fn add_file(code: &mut Code, path: &str, text: &str) {
    let mut parser = Parser::new();
    if parser.set_language(&tree_sitter_c_sharp::LANGUAGE.into()).is_err() {
        return;
    }
    let Some(tree) = parser.parse(text, None) else { return };
    let root = tree.root_node();
    if root.has_error() {
        code.errors.push((path.to_string(), first_error_line(root)));
    }
    let mut walker = Walker {
        src: text.as_bytes(),
        file: path.to_string(),
        code,
        enclosing: Vec::new(),
        enclosing_at: Vec::new(),
        guards: Vec::new(),
        branches: Vec::new(),
        development: 0,
        design_time: 0,
        methods: Vec::new(),
        creations: Vec::new(),
        hosted: Vec::new(),
        model_base: Vec::new(),
        ctor_creation: None,
        aliases: BTreeMap::new(),
        params: BTreeMap::new(),
        first_call: 0,
    };
    walker.first_call = walker.code.calls.len();
    walker.visit(root);
    walker.resolve_roots();
    walker.code.files.push(path.to_string());
}

fn first_error_line(node: Node) -> usize {
    let mut cursor = node.walk();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.is_error() || n.is_missing() {
            return n.start_position().row + 1;
        }
        stack.extend(n.children(&mut cursor).filter(|c| c.has_error()));
    }
    node.start_position().row + 1
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `IsDevelopment()` tested positively (`!env.IsDevelopment()` and `||` run elsewhere too).
fn is_development_check(cond: &str) -> bool {
    let c: String = cond.chars().filter(|c| !c.is_whitespace()).collect();
    c.contains("IsDevelopment()") && !c.contains("!") && !c.contains("||")
}

/// What a condition on the environment name alone evaluates to in Production:
/// `!env.IsDevelopment()`, `env.IsProduction()`, `env.IsEnvironment("Production")`,
/// `env.EnvironmentName != "Offline"`, `EnvironmentName.Equals("Staging")`. `None` for anything
/// else (a compound condition, a configuration value, `IsDevelopment()` itself, which the caller
/// handles).
fn production_value(cond: &str) -> Option<bool> {
    let c: String = cond.chars().filter(|c| !c.is_whitespace()).collect();
    let c = match c.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        Some(inner) if !inner.contains('(') || inner.ends_with(')') => inner,
        _ => c.as_str(),
    };
    if c.contains("&&") || c.contains("||") {
        return None;
    }
    let (negated, c) = match c.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, c),
    };
    let named = |name: &str| name.trim_matches('"') == "Production";
    let value = if c.ends_with("IsDevelopment()") {
        // Only its negation comes here: `IsDevelopment()` alone is a Development branch.
        negated.then_some(false)?
    } else if c.ends_with("IsProduction()") {
        true
    } else if c.ends_with("IsStaging()") {
        false
    } else if let Some(arg) = c.split_once("IsEnvironment(").map(|(_, a)| a.trim_end_matches(')')) {
        if !arg.starts_with('"') {
            return None;
        }
        named(arg)
    } else if let Some((left, right)) = c.split_once("!=").or_else(|| c.split_once("==")) {
        let eq = !c.contains("!=");
        let (name_side, literal) = if left.ends_with("EnvironmentName") {
            (left, right)
        } else if right.ends_with("EnvironmentName") {
            (right, left)
        } else {
            return None;
        };
        let _ = name_side;
        if !literal.starts_with('"') {
            return None;
        }
        named(literal) == eq
    } else if let Some((left, arg)) = c.split_once(".Equals(") {
        if !left.ends_with("EnvironmentName") || !arg.starts_with('"') {
            return None;
        }
        named(arg.trim_end_matches(')'))
    } else {
        return None;
    };
    Some(value != negated)
}

/// Whether a condition selects a program mode rather than normal startup.
fn is_mode_guard(cond: &str) -> bool {
    let lower = cond.to_ascii_lowercase();
    let word_args = lower.match_indices("args").any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + 4..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && !ident(after)
    });
    // `if ((await db.Database.GetPendingMigrationsAsync()).Any())` asks the database, not the
    // program's mode: migrations under it run on every start that finds one pending.
    let lower = ["getpendingmigrations", "getappliedmigrations", "getmigrations"]
        .iter()
        .fold(lower, |l, q| l.replace(q, ""));
    word_args || lower.contains("migrat") || lower.contains("seed")
}

/// Type names whose parameters stand for a known chain head.
fn chain_head_for_type(ty: &str) -> Option<&'static str> {
    let last = ty.rsplit('.').next().unwrap_or(ty);
    match last {
        "IIdentityServerBuilder" => Some("AddIdentityServer"),
        "IDataProtectionBuilder" => Some("AddDataProtection"),
        "IHealthChecksBuilder" => Some("AddHealthChecks"),
        "OpenTelemetryBuilder" | "IOpenTelemetryBuilder" => Some("AddOpenTelemetry"),
        _ => None,
    }
}

struct Walker<'s, 'c> {
    src: &'s [u8],
    file: String,
    code: &'c mut Code,
    enclosing: Vec<String>,
    enclosing_at: Vec<usize>,
    guards: Vec<String>,
    branches: Vec<Branch>,
    /// Depth of `if (IsDevelopment())` then-branches around the current node.
    development: usize,
    /// Depth of design-time classes (`IDesignTimeDbContextFactory<T>`) around the current node.
    design_time: usize,
    methods: Vec<String>,
    creations: Vec<usize>,
    hosted: Vec<bool>,
    /// Per enclosing class: the IdentityServer model type it derives from (`class Web : Client`).
    model_base: Vec<Option<String>>,
    /// Inside the constructor of such a class: the creation its assignments configure.
    ctor_creation: Option<usize>,
    aliases: BTreeMap<String, Vec<String>>,
    params: BTreeMap<String, String>,
    first_call: usize,
}

impl Walker<'_, '_> {
    fn text(&self, node: Node) -> &str {
        node.utf8_text(self.src).unwrap_or("")
    }

    fn call_at(&self) -> Option<(String, usize)> {
        self.enclosing_at.last().map(|o| (self.file.clone(), *o))
    }

    fn line(node: Node) -> usize {
        node.start_position().row + 1
    }

    fn strings_in(&self, node: Node) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if let Some(s) = self.string_value(n) {
                out.push(s);
                continue;
            }
            let mut cursor = n.walk();
            let children: Vec<Node> = n.children(&mut cursor).collect();
            stack.extend(children.into_iter().rev());
        }
        out
    }

    fn string_value(&self, node: Node) -> Option<String> {
        match node.kind() {
            "string_literal" | "verbatim_string_literal" | "raw_string_literal" | "interpolated_string_expression" => {
                let t = self.text(node).trim_start_matches(['@', '$']);
                let t = t.trim_start_matches('"').trim_end_matches('"');
                Some(t.to_string())
            }
            _ => None,
        }
    }

    /// `(name, type_args, receiver node)` of an invocation's function part.
    fn callee<'t>(&self, function: Node<'t>) -> Option<(String, String, Option<Node<'t>>, Node<'t>)> {
        match function.kind() {
            "member_access_expression" => {
                let name_node = function.child_by_field_name("name")?;
                let (name, targs) = self.split_generic(name_node);
                Some((name, targs, function.child_by_field_name("expression"), name_node))
            }
            "identifier" | "generic_name" => {
                let (name, targs) = self.split_generic(function);
                Some((name, targs, None, function))
            }
            "conditional_access_expression" => {
                let mut cursor = function.walk();
                let binding = function
                    .named_children(&mut cursor)
                    .find(|c| c.kind() == "member_binding_expression")?;
                let name_node = binding.child_by_field_name("name")?;
                let (name, targs) = self.split_generic(name_node);
                Some((name, targs, function.child_by_field_name("condition"), name_node))
            }
            _ => None,
        }
    }

    fn split_generic(&self, node: Node) -> (String, String) {
        if node.kind() == "generic_name" {
            let mut cursor = node.walk();
            let mut name = String::new();
            let mut targs = String::new();
            for c in node.named_children(&mut cursor) {
                match c.kind() {
                    "identifier" => name = self.text(c).to_string(),
                    "type_argument_list" => {
                        targs = collapse(self.text(c).trim_start_matches('<').trim_end_matches('>'))
                    }
                    _ => {}
                }
            }
            (name, targs)
        } else {
            (self.text(node).to_string(), String::new())
        }
    }

    /// Root text and method names of the chain ending at `invocation`.
    fn chain_of(&self, invocation: Node) -> (String, Vec<String>) {
        let mut names = Vec::new();
        let mut node = invocation;
        loop {
            if node.kind() != "invocation_expression" {
                return (collapse(self.text(node)), names.into_iter().rev().collect());
            }
            let Some(function) = node.child_by_field_name("function") else {
                return (String::new(), names.into_iter().rev().collect());
            };
            match self.callee(function) {
                Some((name, _, receiver, _)) => {
                    names.push(name);
                    match receiver {
                        Some(r) => node = r,
                        None => return (String::new(), names.into_iter().rev().collect()),
                    }
                }
                None => return (collapse(self.text(function)), names.into_iter().rev().collect()),
            }
        }
    }

    fn visit(&mut self, node: Node) {
        match node.kind() {
            "invocation_expression" => return self.visit_invocation(node),
            "assignment_expression" => self.record_assign(node),
            // `new() { ... }` (target-typed) too: its type is left empty.
            "object_creation_expression" | "implicit_object_creation_expression" => return self.visit_creation(node),
            // `if (!env.IsDevelopment()) return;` ends the method in Production: what follows in
            // the block runs in the other environments only.
            "block" => {
                let mut cursor = node.walk();
                let children: Vec<Node> = node.children(&mut cursor).collect();
                let mut after_return = 0;
                for child in children {
                    self.visit(child);
                    if after_return == 0 && self.returns_in_production(child) {
                        after_return = 1;
                        self.development += 1;
                    }
                }
                self.development -= after_return;
                return;
            }
            "if_statement" => {
                let cond = node.child_by_field_name("condition").map(|c| self.text(c).to_string());
                if cond.as_deref().is_some_and(is_development_check)
                    && let Some(then) = node.child_by_field_name("consequence")
                {
                    // The then-branch runs in Development only; the condition and any else
                    // branch run everywhere.
                    if let Some(c) = node.child_by_field_name("condition") {
                        self.visit(c);
                    }
                    self.development += 1;
                    self.visit(then);
                    self.development -= 1;
                    if let Some(alt) = node.child_by_field_name("alternative") {
                        self.visit(alt);
                    }
                    return;
                }
                // A condition on the environment name alone: the side Production does not take
                // runs only in other environments, like an `IsDevelopment()` branch.
                if let Some(in_production) = cond.as_deref().and_then(production_value) {
                    if let Some(c) = node.child_by_field_name("condition") {
                        self.visit(c);
                    }
                    for (field, taken) in [("consequence", true), ("alternative", false)] {
                        if let Some(side) = node.child_by_field_name(field) {
                            let other = taken != in_production;
                            self.development += usize::from(other);
                            self.visit(side);
                            self.development -= usize::from(other);
                        }
                    }
                    return;
                }
                let mode = cond.clone().filter(|c| is_mode_guard(c));
                if let Some(m) = &mode {
                    self.guards.push(collapse(m));
                }
                if let Some(c) = node.child_by_field_name("condition") {
                    self.visit(c);
                }
                let condition = collapse(cond.as_deref().unwrap_or(""));
                for (field, taken) in [("consequence", true), ("alternative", false)] {
                    if let Some(side) = node.child_by_field_name(field) {
                        self.branches.push(Branch {
                            condition: condition.clone(),
                            taken,
                        });
                        self.visit(side);
                        self.branches.pop();
                    }
                }
                if mode.is_some() {
                    self.guards.pop();
                }
                return;
            }
            "switch_statement" => {
                let cond = node.child_by_field_name("value").map(|c| self.text(c).to_string());
                return self.visit_guarded(node, cond);
            }
            "method_declaration" | "local_function_statement" => {
                let name = node.child_by_field_name("name").map(|n| self.text(n).to_string());
                self.record_method(node, name.as_deref().unwrap_or(""));
                self.methods.push(name.unwrap_or_default());
                self.visit_children(node);
                self.methods.pop();
                return;
            }
            "class_declaration" | "record_declaration" => {
                let mut cursor = node.walk();
                let hosted = node.children(&mut cursor).any(|c| {
                    c.kind() == "base_list" && {
                        let t = self.text(c);
                        t.contains("IHostedService") || t.contains("BackgroundService")
                    }
                });
                // `class BookingDesk : Client { public BookingDesk() { ClientId = …; } }`: the
                // constructor configures a client as an initializer would.
                let mut cursor = node.walk();
                let model = node
                    .children(&mut cursor)
                    .find(|c| c.kind() == "base_list")
                    .and_then(|b| {
                        self.text(b)
                            .trim_start_matches(':')
                            .split(',')
                            .map(|t| t.trim().rsplit('.').next().unwrap_or("").to_string())
                            .find(|t| t == "Client")
                    });
                // `class … : IDesignTimeDbContextFactory<T>` is run by `dotnet ef` on a developer's
                // machine, never by the deployed app: its calls count as development-only and its
                // literals (a localhost connection string) are not the app's values.
                let mut cursor = node.walk();
                let design_time = node
                    .children(&mut cursor)
                    .any(|c| c.kind() == "base_list" && self.text(c).contains("IDesignTimeDbContextFactory"));
                self.hosted.push(hosted);
                self.model_base.push(model);
                self.development += usize::from(design_time);
                self.design_time += usize::from(design_time);
                self.visit_children(node);
                self.design_time -= usize::from(design_time);
                self.development -= usize::from(design_time);
                self.model_base.pop();
                self.hosted.pop();
                return;
            }
            "constructor_declaration" if matches!(self.model_base.last(), Some(Some(_))) => {
                let ty = self.model_base.last().cloned().flatten().unwrap_or_default();
                self.code.creations.push(Creation {
                    file: self.file.clone(),
                    line: Self::line(node),
                    type_name: ty,
                    enclosing: Vec::new(),
                    call_at: None,
                    args: Vec::new(),
                    development_only: self.development > 0,
                });
                let outer = self.ctor_creation.replace(self.code.creations.len() - 1);
                self.visit_children(node);
                self.ctor_creation = outer;
                return;
            }
            "parameter" => {
                if let (Some(ty), Some(name)) = (node.child_by_field_name("type"), node.child_by_field_name("name")) {
                    let ty = self.text(ty).to_string();
                    let name = self.text(name).to_string();
                    let last = ty.rsplit('.').next().unwrap_or(&ty);
                    if matches!(last, "WebApplication" | "IApplicationBuilder") && !self.code.app_vars.contains(&name) {
                        self.code.app_vars.push(name.clone());
                    }
                    self.params.insert(name, ty);
                }
            }
            "variable_declarator" => {
                let mut cursor = node.walk();
                let name_node = node.child_by_field_name("name");
                let initializer = node
                    .named_children(&mut cursor)
                    .filter(|c| Some(c.id()) != name_node.map(|n| n.id()))
                    .last();
                if let (Some(name), Some(init)) = (name_node, initializer) {
                    let text: String = self.text(init).split_whitespace().collect::<Vec<_>>().join(" ");
                    self.code.locals.push(super::Local {
                        file: self.file.clone(),
                        line: Self::line(name),
                        method: self.methods.last().cloned().filter(|m| !m.is_empty()),
                        name: self.text(name).to_string(),
                        init: text.trim_start_matches('=').trim().to_string(),
                    });
                }
                let mut cursor = node.walk();
                let init = node
                    .named_children(&mut cursor)
                    .find(|c| c.kind() == "invocation_expression");
                if let (Some(name), Some(init)) = (node.child_by_field_name("name"), init) {
                    let name = self.text(name).to_string();
                    let (_, chain) = self.chain_of(init);
                    if chain.last().is_some_and(|n| n == "Build") && !self.code.app_vars.contains(&name) {
                        self.code.app_vars.push(name.clone());
                    }
                    self.aliases.insert(name, chain);
                }
            }
            "member_access_expression" => {
                if let Some(name) = node.child_by_field_name("name") {
                    self.code.members.push(Member {
                        file: self.file.clone(),
                        line: Self::line(name),
                        name: self.text(name).to_string(),
                    });
                }
            }
            "string_literal" | "verbatim_string_literal" | "raw_string_literal" | "interpolated_string_expression" => {
                if self.design_time == 0
                    && let Some(value) = self.string_value(node)
                {
                    self.code.strings.push(StringLit {
                        file: self.file.clone(),
                        line: Self::line(node),
                        value,
                        compared: self.compared(node),
                    });
                }
                return;
            }
            _ => {}
        }
        self.visit_children(node);
    }

    fn visit_children(&mut self, node: Node) {
        let mut cursor = node.walk();
        let children: Vec<Node> = node.children(&mut cursor).collect();
        for child in children {
            self.visit(child);
        }
    }

    /// Whether a literal is an operand of `==`/`!=`, or the receiver or argument of `Equals(…)`: a value
    /// the code checks for, not one it uses.
    fn compared(&self, node: Node) -> bool {
        let Some(parent) = node.parent() else {
            return false;
        };
        match parent.kind() {
            "binary_expression" => parent
                .child_by_field_name("operator")
                .is_some_and(|op| matches!(self.text(op), "==" | "!=")),
            "argument" => parent
                .parent()
                .and_then(|list| list.parent())
                .filter(|call| call.kind() == "invocation_expression")
                .and_then(|call| call.child_by_field_name("function"))
                .is_some_and(|f| self.text(f).ends_with("Equals")),
            // `"changeme".Equals(key)`
            "member_access_expression" => parent
                .child_by_field_name("name")
                .is_some_and(|n| self.text(n) == "Equals"),
            _ => false,
        }
    }

    /// An `if` with no else whose condition holds in Production and whose then-branch only
    /// returns or throws: `if (!env.IsDevelopment()) return;`.
    fn returns_in_production(&self, node: Node) -> bool {
        if node.kind() != "if_statement" || node.child_by_field_name("alternative").is_some() {
            return false;
        }
        let holds = node
            .child_by_field_name("condition")
            .and_then(|c| production_value(self.text(c)))
            == Some(true);
        let exits = |n: Node| matches!(n.kind(), "return_statement" | "throw_statement");
        holds
            && node.child_by_field_name("consequence").is_some_and(|then| {
                exits(then) || {
                    let mut cursor = then.walk();
                    let statements: Vec<Node> = then.named_children(&mut cursor).collect();
                    statements.len() == 1 && exits(statements[0])
                }
            })
    }

    fn record_method(&mut self, node: Node, name: &str) {
        let mut required = 0;
        let mut total = 0;
        let mut this_type = None;
        if let Some(params) = node.child_by_field_name("parameters") {
            let mut cursor = params.walk();
            for (i, p) in params
                .children(&mut cursor)
                .filter(|p| p.kind() == "parameter")
                .enumerate()
            {
                let text = self.text(p);
                let is_this = i == 0 && text.trim_start().starts_with("this ");
                if is_this {
                    this_type = p
                        .child_by_field_name("type")
                        .map(|t| self.text(t).rsplit('.').next().unwrap_or("").to_string());
                    continue;
                }
                total += 1;
                let optional = text.contains('=') || text.trim_start().starts_with("params ");
                if !optional {
                    required += 1;
                }
            }
        }
        let mut cursor = node.walk();
        let is_static = node
            .children(&mut cursor)
            .any(|m| m.kind() == "modifier" && self.text(m) == "static");
        self.code.methods.push(MethodDecl {
            file: self.file.clone(),
            name: name.to_string(),
            line: node.child_by_field_name("name").unwrap_or(node).start_position().row + 1,
            start: node.start_byte(),
            end: node.end_byte(),
            required,
            total,
            this_type,
            is_static,
        });
    }

    fn visit_guarded(&mut self, node: Node, cond: Option<String>) {
        match cond.filter(|c| is_mode_guard(c)) {
            Some(cond) => {
                self.guards.push(collapse(&cond));
                self.visit_children(node);
                self.guards.pop();
            }
            None => self.visit_children(node),
        }
    }

    fn visit_creation(&mut self, node: Node) {
        let ty = node
            .child_by_field_name("type")
            .map(|t| {
                let t = self.text(t);
                let t = t.split('<').next().unwrap_or(t);
                t.rsplit('.').next().unwrap_or(t).trim().to_string()
            })
            .unwrap_or_default();
        // `implicit_object_creation_expression` (`new("…")`) holds its argument list as a plain child.
        let arg_list = node.child_by_field_name("arguments").or_else(|| {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).find(|c| c.kind() == "argument_list")
        });
        let args = arg_list
            .map(|list| {
                let mut cursor = list.walk();
                list.named_children(&mut cursor)
                    .filter(|a| a.kind() == "argument")
                    .map(|a| collapse(self.text(a)))
                    .collect()
            })
            .unwrap_or_default();
        self.code.creations.push(Creation {
            file: self.file.clone(),
            line: Self::line(node),
            type_name: ty,
            enclosing: self.enclosing.iter().rev().cloned().collect(),
            call_at: self.call_at(),
            args,
            development_only: self.development > 0,
        });
        let index = self.code.creations.len() - 1;
        if let Some(args) = arg_list {
            self.visit(args);
        }
        // `implicit_object_creation_expression` holds its initializer as a plain child.
        let initializer = node.child_by_field_name("initializer").or_else(|| {
            let mut cursor = node.walk();
            node.named_children(&mut cursor)
                .find(|c| c.kind() == "initializer_expression")
        });
        if let Some(init) = initializer {
            self.creations.push(index);
            self.visit(init);
            self.creations.pop();
        }
    }

    fn record_assign(&mut self, node: Node) {
        let (Some(left), Some(right)) = (node.child_by_field_name("left"), node.child_by_field_name("right")) else {
            return;
        };
        // Only the initializer that directly holds the assignment owns it.
        let in_initializer = node.parent().is_some_and(|p| p.kind() == "initializer_expression")
            && node.parent().and_then(|p| p.parent()).is_some_and(|g| {
                matches!(
                    g.kind(),
                    "object_creation_expression" | "implicit_object_creation_expression"
                )
            });
        let target: String = self.text(left).chars().filter(|c| !c.is_whitespace()).collect();
        // In a model subclass's constructor, `ClientId = …` / `this.ClientId = …` sets its own member.
        let own = self
            .ctor_creation
            .filter(|_| !in_initializer && (!target.contains('.') || target.starts_with("this.")));
        let target = match own {
            Some(_) => target.trim_start_matches("this.").to_string(),
            None => target,
        };
        self.code.assigns.push(Assign {
            file: self.file.clone(),
            line: Self::line(left),
            target,
            value: collapse(self.text(right)),
            strings: self.strings_in(right),
            enclosing: self.enclosing.iter().rev().cloned().collect(),
            creation: if in_initializer {
                self.creations.last().copied()
            } else {
                own
            },
            call_at: self.call_at(),
            method: self.methods.last().cloned().filter(|m| !m.is_empty()),
            development_only: self.development > 0,
        });
    }

    fn visit_invocation(&mut self, node: Node) {
        let function = node.child_by_field_name("function");
        let callee = function.and_then(|f| self.callee(f));
        let Some((name, type_args, receiver, name_node)) = callee else {
            self.visit_children(node);
            return;
        };
        let (root, chain) = self.chain_of(node);
        let mut args = Vec::new();
        if let Some(list) = node.child_by_field_name("arguments") {
            let mut cursor = list.walk();
            for arg in list.named_children(&mut cursor).filter(|a| a.kind() == "argument") {
                args.push(Arg {
                    name: arg.child_by_field_name("name").map(|n| self.text(n).to_string()),
                    text: collapse(self.text(arg)),
                    strings: self.strings_in(arg),
                    line: Self::line(arg),
                });
            }
        }
        self.code.calls.push(Call {
            file: self.file.clone(),
            line: Self::line(name_node),
            offset: name_node.start_byte(),
            name: name.clone(),
            type_args,
            receiver: receiver.map(|r| collapse(self.text(r))),
            root,
            chain,
            args,
            enclosing: self.enclosing.iter().rev().cloned().collect(),
            guard: self.guards.last().cloned(),
            method: self.methods.last().cloned().filter(|m| !m.is_empty()),
            in_hosted_service: self.hosted.last().copied().unwrap_or(false),
            development_only: self.development > 0,
            branches: self.branches.clone(),
        });
        // The receiver is evaluated outside this call's arguments.
        if let Some(f) = function {
            self.visit(f);
        }
        if let Some(list) = node.child_by_field_name("arguments") {
            self.enclosing.push(name);
            self.enclosing_at.push(name_node.start_byte());
            self.visit(list);
            self.enclosing_at.pop();
            self.enclosing.pop();
        }
    }

    /// Expands chain roots that are aliases (`var is = builder.Services.AddIdentityServer()`) or
    /// typed parameters (`this IIdentityServerBuilder builder`).
    fn resolve_roots(&mut self) {
        for call in &mut self.code.calls[self.first_call..] {
            let root = call.root.trim().to_string();
            if let Some(prefix) = self.aliases.get(&root) {
                let mut chain = prefix.clone();
                chain.extend(call.chain.iter().cloned());
                call.chain = chain;
            } else if let Some(head) = self.params.get(&root).and_then(|t| chain_head_for_type(t)) {
                call.chain.insert(0, head.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::production_value;
    use crate::checklist::csharp::Code;

    #[test]
    fn a_design_time_factory_is_not_the_running_app() {
        let src = "public class Factory : IDesignTimeDbContextFactory<AppDb>\n{\n    public AppDb CreateDbContext(string[] args)\n    {\n        var o = new DbContextOptionsBuilder<AppDb>().UseNpgsql(\"Host=localhost;Password=postgres\").Options;\n        return new AppDb(o);\n    }\n}\npublic class Runtime\n{\n    void Up(IServiceCollection s) => s.AddDbContext<AppDb>(o => o.UseNpgsql(\"Host=db;Password=x\"));\n}\n";
        let mut code = Code::default();
        code.add_file("Data/Factory.cs", src);
        let npgsql: Vec<(usize, bool)> = code
            .calls
            .iter()
            .filter(|c| c.name == "UseNpgsql")
            .map(|c| (c.line, c.development_only))
            .collect();
        assert_eq!(npgsql, vec![(5, true), (11, false)]);
        let lines: Vec<usize> = code.strings.iter().map(|s| s.line).collect();
        assert_eq!(lines, vec![11], "{:?}", code.strings);
    }

    #[test]
    fn environment_name_conditions_in_production() {
        for (cond, want) in [
            ("!env.IsDevelopment()", Some(true)),
            ("env.IsDevelopment()", None),
            ("!env.IsProduction()", Some(false)),
            ("app.Environment.IsProduction()", Some(true)),
            ("env.IsStaging()", Some(false)),
            ("env.IsEnvironment(\"Production\")", Some(true)),
            ("!env.IsEnvironment(\"Offline\")", Some(true)),
            ("_environment.EnvironmentName != \"Offline\"", Some(true)),
            ("env.EnvironmentName == \"Production\"", Some(true)),
            ("\"Docker\" == env.EnvironmentName", Some(false)),
            ("env.EnvironmentName.Equals(\"Production\")", Some(true)),
            ("env.IsProduction() && useHsts", None),
            ("env.EnvironmentName == name", None),
            ("config[\"UseHsts\"] == \"true\"", None),
        ] {
            assert_eq!(production_value(cond), want, "{cond}");
        }
    }
}
