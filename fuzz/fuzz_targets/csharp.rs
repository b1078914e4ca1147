//! C#: arbitrary text through tree-sitter-c-sharp and our traversal (calls, assignments,
//! helpers), plus the MSBuild target-framework reader.
#![no_main]
use idsgen::checklist::csharp::{self, Code};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut code = Code::default();
    code.add_file("src/Host/Program.cs", text);
    let _ = code.call("AddIdentityServer");
    let _ = code.assigns_to("AccessTokenLifetime").count();
    let _ = csharp::target_frameworks(text);
    let _ = csharp::timespan_seconds(text);
});
