//! C# read through tree-sitter-c-sharp: every invocation (name, receiver chain, arguments,
//! enclosing calls, guarding `if`), assignment, object creation and string literal, with lines;
//! plus the target framework from .csproj/.props files. Rules query these facts.

mod walk;

/// One argument of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    /// `name:` of a named argument.
    pub name: Option<String>,
    /// Source text, whitespace collapsed.
    pub text: String,
    /// Contents of every string literal inside the argument.
    pub strings: Vec<String>,
    /// 1-based line where the argument starts.
    pub line: usize,
}

/// One invocation expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// File (relative path).
    pub file: String,
    /// 1-based line of the method name (not of the start of a long chain).
    pub line: usize,
    /// Byte offset of the method name, for ordering within a file.
    pub offset: usize,
    /// Method name without type arguments, e.g. `Configure`.
    pub name: String,
    /// Type arguments as written, e.g. `ForwardedHeadersOptions`.
    pub type_args: String,
    /// Receiver expression text, whitespace collapsed (`None` for a bare call).
    pub receiver: Option<String>,
    /// The non-call base of the chain, e.g. `builder.Services` or `app`.
    pub root: String,
    /// Method names from the root to this call, including what an alias or a typed parameter
    /// stands for (`IIdentityServerBuilder builder` starts with `AddIdentityServer`).
    pub chain: Vec<String>,
    /// Arguments.
    pub args: Vec<Arg>,
    /// Names of the calls whose arguments contain this one, innermost first.
    pub enclosing: Vec<String>,
    /// Condition text of the innermost enclosing `if`/`switch` that selects a mode of the
    /// program (mentions `args`, `migrat` or `seed`).
    pub guard: Option<String>,
    /// Enclosing method or local function.
    pub method: Option<String>,
    /// Enclosing class is a hosted service (runs at startup).
    pub in_hosted_service: bool,
    /// Only runs in Development: inside the then-branch of `if (….IsDevelopment())`.
    pub development_only: bool,
    /// Every enclosing `if` (outermost first) and which of its branches holds this call.
    pub branches: Vec<Branch>,
}

/// One side of an `if`: the condition (whitespace collapsed) and whether the call sits in the
/// then-branch (`true`) or the else-branch (`false`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Branch {
    /// The condition as written, whitespace collapsed.
    pub condition: String,
    /// Then-branch (`true`) or else-branch (`false`).
    pub taken: bool,
}

impl Call {
    /// All string literals in all arguments.
    pub fn strings(&self) -> impl Iterator<Item = &str> {
        self.args.iter().flat_map(|a| a.strings.iter().map(String::as_str))
    }

    /// Whether an earlier call in the chain has this name.
    pub fn chained_on(&self, name: &str) -> bool {
        self.chain[..self.chain.len().saturating_sub(1)]
            .iter()
            .any(|c| c == name)
    }

    /// Whole argument text, joined.
    pub fn args_text(&self) -> String {
        self.args.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// One assignment (`x.Y = value`, or `Y = value` inside an object initializer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assign {
    /// File.
    pub file: String,
    /// 1-based line of the target.
    pub line: usize,
    /// Target text without whitespace, e.g. `options.KeyManagement.RotationInterval`.
    pub target: String,
    /// Value text, whitespace collapsed.
    pub value: String,
    /// String literals in the value.
    pub strings: Vec<String>,
    /// Names of the calls whose arguments contain it, innermost first.
    pub enclosing: Vec<String>,
    /// Index into `Code::creations` of the object initializer it belongs to.
    pub creation: Option<usize>,
    /// `(file, offset)` of the innermost call whose arguments contain it: two assignments with
    /// the same value sit in the same lambda or options object.
    pub call_at: Option<(String, usize)>,
    /// Enclosing method or local function.
    pub method: Option<String>,
    /// Only runs in Development: inside the then-branch of `if (….IsDevelopment())`.
    pub development_only: bool,
}

impl Assign {
    /// True when the target is `suffix` or ends with `.suffix`.
    pub fn targets(&self, suffix: &str) -> bool {
        self.target == suffix || self.target.ends_with(&format!(".{suffix}"))
    }
}

/// One `new T(...) { ... }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Creation {
    /// File.
    pub file: String,
    /// 1-based line of `new`.
    pub line: usize,
    /// Type name, last segment, without type arguments (`Client`, `HealthCheckOptions`).
    pub type_name: String,
    /// Names of the calls whose arguments contain it, innermost first.
    pub enclosing: Vec<String>,
    /// `(file, offset)` of the innermost call whose arguments contain it.
    pub call_at: Option<(String, usize)>,
    /// Constructor argument texts, whitespace collapsed.
    pub args: Vec<String>,
    /// Only runs outside Production: inside a Development-only branch (see `Call`).
    pub development_only: bool,
}

/// A use of a member name (`x.KnownNetworks`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// File.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// The member name.
    pub name: String,
}

/// A string literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringLit {
    /// File.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// Contents without quotes (escapes as written).
    pub value: String,
    /// An operand of `==`/`!=` or the argument of `Equals(…)`: checked for, not used.
    pub compared: bool,
}

/// Everything extracted from a set of C# files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Code {
    /// Files read, in order.
    pub files: Vec<String>,
    /// Invocations.
    pub calls: Vec<Call>,
    /// Assignments.
    pub assigns: Vec<Assign>,
    /// Object creations.
    pub creations: Vec<Creation>,
    /// Member-access names.
    pub members: Vec<Member>,
    /// String literals.
    pub strings: Vec<StringLit>,
    /// Names of variables holding the built application (`var app = builder.Build()`) or typed
    /// `WebApplication`/`IApplicationBuilder`.
    pub app_vars: Vec<String>,
    /// Files whose syntax tree has errors, with the first error's line.
    pub errors: Vec<(String, usize)>,
    /// Method and local-function declarations, to follow calls into helpers.
    pub methods: Vec<MethodDecl>,
    /// Local variables declared with an initializer (`var authority = Configuration["oauth:authority"];`).
    pub locals: Vec<Local>,
    /// Indexes into `assigns` per creation, built on the first `assigns_in` (rules ask per client,
    /// and a scan of every assignment each time made the checklist quadratic in clients).
    pub(crate) by_creation: CreationIndex,
}

/// A local variable and the expression it starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Local {
    /// File.
    pub file: String,
    /// 1-based line of the name.
    pub line: usize,
    /// Enclosing method or local function.
    pub method: Option<String>,
    /// The variable's name.
    pub name: String,
    /// The initializer's text, whitespace collapsed.
    pub init: String,
}

/// A method (or local function) declaration: where its body is and what calls can reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodDecl {
    /// File.
    pub file: String,
    /// Name.
    pub name: String,
    /// 1-based line of the name.
    pub line: usize,
    /// Byte range of the whole declaration.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// Parameters without a default (the `this` parameter not counted).
    pub required: usize,
    /// All parameters (the `this` parameter not counted).
    pub total: usize,
    /// Type (last segment) of the `this` parameter of an extension method.
    pub this_type: Option<String>,
    /// Declared `static` (a helper the framework never calls on its own, unlike an interface
    /// method, an override or `Main`).
    pub is_static: bool,
}

impl MethodDecl {
    /// Whether `c` can call this declaration: same name, an argument count it accepts, and for an
    /// extension method a receiver (a bare call reaches a method of the same class).
    pub fn accepts(&self, c: &Call) -> bool {
        self.name == c.name
            && (self.required..=self.total).contains(&c.args.len())
            && (self.this_type.is_some() == c.receiver.is_some() || c.receiver.as_deref() == Some("this"))
    }

    /// Whether `c` is written inside this declaration.
    pub fn contains(&self, c: &Call) -> bool {
        c.file == self.file && c.offset >= self.start && c.offset < self.end
    }
}

/// A cache derived from `Code::assigns`: never part of what two `Code`s are compared by.
#[derive(Debug, Clone, Default)]
pub(crate) struct CreationIndex(std::sync::OnceLock<std::collections::HashMap<usize, Vec<usize>>>);

impl PartialEq for CreationIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for CreationIndex {}

impl Code {
    /// Calls named `name`.
    pub fn calls_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Call> + 'a {
        self.calls.iter().filter(move |c| c.name == name)
    }

    /// The first call named `name`.
    pub fn call<'a>(&'a self, name: &'a str) -> Option<&'a Call> {
        self.calls_named(name).next()
    }

    /// Assignments whose target is or ends with `suffix`.
    /// Assignments to `suffix` that run in Production (not inside `if (IsDevelopment())`).
    pub fn assigns_to<'a>(&'a self, suffix: &'a str) -> impl Iterator<Item = &'a Assign> + 'a {
        self.assigns
            .iter()
            .filter(move |a| a.targets(suffix) && !a.development_only)
    }

    /// Assignments inside the initializer of creation `index`.
    pub fn assigns_in(&self, index: usize) -> impl Iterator<Item = &Assign> {
        let index_map = self.by_creation.0.get_or_init(|| {
            let mut map: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
            for (i, a) in self.assigns.iter().enumerate() {
                if let Some(c) = a.creation {
                    map.entry(c).or_default().push(i);
                }
            }
            map
        });
        index_map.get(&index).into_iter().flatten().map(|&i| &self.assigns[i])
    }

    /// The middleware pipeline in the order requests meet it: `Use*`/`Map*` calls on the
    /// application, where a call to a helper declared in the code (an extension method on the
    /// app, or a method of the same class; resolved by name, receiver and argument count, so
    /// overloads are told apart) is replaced by the pipeline calls inside it, recursively.
    pub fn pipeline<'a>(&'a self, is_middleware: &dyn Fn(&Call) -> bool) -> Vec<&'a Call> {
        let helper = |c: &Call| self.methods.iter().find(|m| m.accepts(c) && !m.contains(c));
        // Declarations some pipeline call resolves to: their bodies are reached through the call.
        let reached: Vec<&MethodDecl> = self.calls.iter().filter_map(helper).collect();
        let top: Vec<&Call> = self
            .calls
            .iter()
            // Bodies of helpers run where they are called; an extension method nobody calls
            // does not run at all.
            .filter(|c| !reached.iter().any(|m| m.contains(c)))
            .filter(|c| !self.methods.iter().any(|m| m.this_type.is_some() && m.contains(c)))
            .filter(|c| is_middleware(c) || helper(c).is_some())
            .collect();
        let mut out = Vec::new();
        fn expand<'a>(
            code: &'a Code,
            c: &'a Call,
            is_middleware: &dyn Fn(&Call) -> bool,
            depth: usize,
            out: &mut Vec<&'a Call>,
        ) {
            let decl = code.methods.iter().find(|m| m.accepts(c) && !m.contains(c));
            match decl {
                Some(m) if depth < 8 => {
                    let mut inner: Vec<&Call> = code
                        .calls
                        .iter()
                        .filter(|x| {
                            m.contains(x)
                                && (is_middleware(x) || code.methods.iter().any(|d| d.accepts(x) && !d.contains(x)))
                        })
                        .collect();
                    inner.sort_by_key(|x| x.offset);
                    for x in inner {
                        expand(code, x, is_middleware, depth + 1, out);
                    }
                }
                _ if is_middleware(c) => out.push(c),
                _ => {}
            }
        }
        for c in top {
            expand(self, c, is_middleware, 0, &mut out);
        }
        out
    }

    /// Appends another file set's facts.
    pub fn merge(&mut self, other: Code) {
        self.by_creation = CreationIndex::default();
        self.files.extend(other.files);
        self.methods.extend(other.methods);
        self.locals.extend(other.locals);
        self.calls.extend(other.calls);
        let base = self.creations.len();
        self.assigns.extend(other.assigns.into_iter().map(|mut a| {
            a.creation = a.creation.map(|c| c + base);
            a
        }));
        self.creations.extend(other.creations);
        self.members.extend(other.members);
        self.strings.extend(other.strings);
        for v in other.app_vars {
            if !self.app_vars.contains(&v) {
                self.app_vars.push(v);
            }
        }
        self.errors.extend(other.errors);
    }

    /// Parses one file and merges its facts.
    pub fn add_file(&mut self, path: &str, text: &str) {
        walk::add_file(self, path, text);
    }
}

/// Evaluates a TimeSpan-valued expression to seconds: `TimeSpan.FromDays(30)`,
/// `FromHours/FromMinutes/FromSeconds`, `new TimeSpan(d, h, m, s)` and simple products.
pub fn timespan_seconds(expr: &str) -> Option<f64> {
    let e: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
    let e = e.trim_end_matches(';');
    if let Some(rest) = e
        .strip_prefix("TimeSpan.From")
        .or_else(|| e.strip_prefix("System.TimeSpan.From"))
    {
        let (unit, args) = rest.split_once('(')?;
        let n = eval_number(args.strip_suffix(')')?)?;
        let factor = match unit {
            "Days" => 86_400.0,
            "Hours" => 3_600.0,
            "Minutes" => 60.0,
            "Seconds" => 1.0,
            "Milliseconds" => 0.001,
            _ => return None,
        };
        return Some(n * factor);
    }
    if let Some(args) = e.strip_prefix("newTimeSpan(").and_then(|a| a.strip_suffix(')')) {
        let parts: Option<Vec<f64>> = args.split(',').map(eval_number).collect();
        let parts = parts?;
        return match parts.as_slice() {
            [h, m, s] => Some(h * 3600.0 + m * 60.0 + s),
            [d, h, m, s] => Some(d * 86_400.0 + h * 3600.0 + m * 60.0 + s),
            [ticks] => Some(ticks / 10_000_000.0),
            _ => None,
        };
    }
    None
}

/// Evaluates `365`, `365*2`, `1_000`, `60 * 60` (products of literals only).
pub fn eval_number(text: &str) -> Option<f64> {
    text.split('*')
        .map(|f| {
            f.trim()
                .trim_end_matches(['d', 'D', 'f', 'F', 'm', 'M', 'L', 'l', 'u', 'U'])
                .replace('_', "")
                .parse::<f64>()
                .ok()
        })
        .try_fold(1.0, |acc, f| f.map(|f| acc * f))
}

/// Target frameworks declared in an MSBuild project or props file, with the line.
pub fn target_frameworks(text: &str) -> Vec<(String, usize)> {
    let Ok(doc) = roxmltree::Document::parse(text) else {
        return Vec::new();
    };
    doc.descendants()
        .filter(|n| matches!(n.tag_name().name(), "TargetFramework" | "TargetFrameworks"))
        .flat_map(|n| {
            let line = doc.text_pos_at(n.range().start).row as usize;
            n.text()
                .unwrap_or("")
                .split(';')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .map(move |t| (t, line))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(src: &str) -> Code {
        let mut c = Code::default();
        c.add_file("Program.cs", src);
        c
    }

    #[test]
    fn a_client_subclass_constructor_configures_a_client() {
        let c = code(
            "public class Desk : IdentityServer4.Models.Client\n{\n    public Desk()\n    {\n        ClientId = \"desk\";\n        this.AccessTokenLifetime = 600;\n        var local = new Other { Name = \"x\" };\n    }\n}\npublic class Plain\n{\n    public Plain() { ClientId = \"no\"; }\n}\n",
        );
        let (i, desk) = c
            .creations
            .iter()
            .enumerate()
            .find(|(_, x)| x.type_name == "Client")
            .unwrap();
        assert_eq!(desk.line, 3);
        let targets: Vec<(&str, usize)> = c.assigns_in(i).map(|a| (a.target.as_str(), a.line)).collect();
        assert_eq!(targets, [("ClientId", 5), ("AccessTokenLifetime", 6)]);
        // Only one Client: `Plain` derives from nothing.
        assert_eq!(c.creations.iter().filter(|x| x.type_name == "Client").count(), 1);
    }

    #[test]
    fn chains_receivers_and_lines() {
        let c = code(
            "var builder = WebApplication.CreateBuilder(args);\n\
             builder.Services.AddDataProtection()\n    .PersistKeysToStackExchangeRedis(redis, \"k\")\n    .SetApplicationName(\"IdentityServer\");\n\
             var app = builder.Build();\napp.UseForwardedHeaders();\n",
        );
        let set = c.call("SetApplicationName").unwrap();
        assert_eq!(set.line, 4);
        assert_eq!(set.root, "builder.Services");
        assert_eq!(
            set.chain,
            [
                "AddDataProtection",
                "PersistKeysToStackExchangeRedis",
                "SetApplicationName"
            ]
        );
        assert!(set.chained_on("AddDataProtection"));
        assert_eq!(c.app_vars, ["app"]);
        assert_eq!(c.call("UseForwardedHeaders").unwrap().receiver.as_deref(), Some("app"));
    }

    #[test]
    fn lambda_assignments_know_their_enclosing_call() {
        let c = code(
            "builder.Services.AddIdentityServer(o => { o.KeyManagement.RotationInterval = TimeSpan.FromDays(90); })\n\
             .AddOperationalStore(o => { o.EnableTokenCleanup = true; });\n",
        );
        let rot = c.assigns_to("KeyManagement.RotationInterval").next().unwrap();
        assert_eq!(rot.enclosing, ["AddIdentityServer"]);
        assert_eq!(timespan_seconds(&rot.value), Some(90.0 * 86_400.0));
        let clean = c.assigns_to("EnableTokenCleanup").next().unwrap();
        assert_eq!(clean.enclosing, ["AddOperationalStore"]);
    }

    #[test]
    fn calls_know_which_side_of_an_if_they_are_on() {
        let c = code(
            "if (settings.TrustEveryone) { o.KnownProxies.Clear(); }\n\
             else { foreach (var p in list) { o.KnownProxies.Add(p); } }\n\
             app.UseForwardedHeaders(o);\n",
        );
        let side = |name: &str| {
            c.call(name)
                .unwrap()
                .branches
                .last()
                .cloned()
                .map(|b| (b.condition, b.taken))
        };
        assert_eq!(side("Clear"), Some(("settings.TrustEveryone".into(), true)));
        assert_eq!(side("Add"), Some(("settings.TrustEveryone".into(), false)));
        assert_eq!(side("UseForwardedHeaders"), None);
    }

    #[test]
    fn static_helpers_nothing_refers_to_are_dropped() {
        let helpers = "public static class Keys\n{\n    public static IIdentityServerBuilder AddKeysFromSettings(this IIdentityServerBuilder b)\n    {\n        b.AddDeveloperSigningCredential();\n        return b;\n    }\n    public static void Used(IServiceCollection s) { s.AddDataProtection(); }\n    public static void Grouped(IServiceCollection s) { s.AddHealthChecks(); }\n}\n";
        let program = "builder.Services.AddIdentityServer();\nKeys.Used(builder.Services);\nApply(Keys.Grouped);\n";
        let texts = [("Program.cs", program), ("Keys.cs", helpers)];
        let mut c = Code::default();
        for (p, t) in texts {
            c.add_file(p, t);
        }
        assert!(c.methods.iter().all(|m| m.is_static));
        assert_eq!(c.prune_unreferenced_helpers(&texts), ["AddKeysFromSettings"]);
        assert!(c.call("AddDeveloperSigningCredential").is_none());
        assert!(c.call("AddDataProtection").is_some(), "called helper kept");
        assert!(c.call("AddHealthChecks").is_some(), "a method group reference counts");
    }

    #[test]
    fn target_typed_initializers_and_development_only_assignments() {
        let c = code(
            "var clients = new List<Client> { new() { ClientId = \"spa\", AccessTokenLifetime = 7200 } };\n\
             if (builder.Environment.IsDevelopment()) { options.KeyManagement.Enabled = false; }\n",
        );
        let id = c.assigns.iter().find(|a| a.target == "ClientId").unwrap();
        assert!(id.creation.is_some(), "tied to its `new()`");
        assert_eq!(c.creations[id.creation.unwrap()].type_name, "");
        assert!(
            c.assigns
                .iter()
                .any(|a| a.target.ends_with("KeyManagement.Enabled") && a.development_only)
        );
        assert_eq!(
            c.assigns_to("KeyManagement.Enabled").count(),
            0,
            "Production never runs it"
        );
    }

    #[test]
    fn guards_and_initializers() {
        let c = code(
            "if (args.Contains(\"migrate\")) { await db.Database.MigrateAsync(); return; }\n\
             await other.Database.MigrateAsync();\n\
             var c = new Client { ClientId = \"spa\", AllowedCorsOrigins = { \"*\" } };\n",
        );
        let guards: Vec<_> = c.calls_named("MigrateAsync").map(|m| m.guard.is_some()).collect();
        assert_eq!(guards, [true, false]);
        let client = c.creations.iter().position(|k| k.type_name == "Client").unwrap();
        let cors = c.assigns_in(client).find(|a| a.target == "AllowedCorsOrigins").unwrap();
        assert_eq!((cors.line, cors.strings.clone()), (3, vec!["*".to_string()]));
    }

    #[test]
    fn typed_parameters_and_aliases_extend_chains() {
        let c = code(
            "static class X { public static IIdentityServerBuilder Stores(this IIdentityServerBuilder b) => b.AddOidcStateDataFormatterCache(); }\n\
             var dp = services.AddDataProtection(); dp.SetApplicationName(\"a\");\n",
        );
        assert!(
            c.call("AddOidcStateDataFormatterCache")
                .unwrap()
                .chained_on("AddIdentityServer")
        );
        assert!(c.call("SetApplicationName").unwrap().chained_on("AddDataProtection"));
    }

    #[test]
    fn timespans_and_frameworks() {
        assert_eq!(timespan_seconds("TimeSpan.FromDays(365 * 2)"), Some(730.0 * 86_400.0));
        assert_eq!(timespan_seconds("new TimeSpan(30, 0, 0, 0)"), Some(30.0 * 86_400.0));
        assert_eq!(timespan_seconds("someVariable"), None);
        let tf = target_frameworks(
            "<Project>\n<PropertyGroup>\n<TargetFrameworks>net8.0;net10.0</TargetFrameworks>\n</PropertyGroup></Project>",
        );
        assert_eq!(tf, vec![("net8.0".to_string(), 3), ("net10.0".to_string(), 3)]);
        assert!(target_frameworks("not xml <").is_empty());
    }
}
