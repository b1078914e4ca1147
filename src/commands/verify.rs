//! `idsgen verify URL`: loads the optional spec, probes the live deployment and prints the report;
//! exit 0 all pass, 1 a check failed, 64 usage error, 69 nothing answered at the URL.

use crate::cli::{SpecArgs, VerifyArgs};
use crate::commands::inputs::load_spec;
use crate::error::{Error, Result};
use crate::verify::{self, Expectations, Options, http::Client};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use url::Url;

/// Builds the run's options from the arguments (no network yet).
pub fn options(args: &VerifyArgs) -> Result<Options> {
    let url = Url::parse(&args.url).map_err(|e| {
        Error::usage(format!(
            "URL {:?} is not a URL ({e})\n  fix: pass the deployment's public origin, e.g. idsgen verify https://id.example.com",
            args.url
        ))
    })?;
    if url.scheme() != "https" || url.host_str().is_none() {
        return Err(Error::usage(format!(
            "URL {url} must be an https URL with a host: the public origin clients use\n  fix: idsgen verify https://{}",
            url.host_str().unwrap_or("id.example.com")
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::usage(format!(
            "URL {url} has a query or fragment; pass the origin plus path base only"
        )));
    }
    let expect = match &args.spec {
        Some(path) => {
            let spec_args = SpecArgs {
                spec: Some(path.clone()),
                ..SpecArgs::default()
            };
            Expectations::from_spec(&load_spec(&spec_args, Path::new("."))?.spec)
        }
        None => Expectations::from_url(&url),
    };
    let client = Client::new(
        args.cacert.as_deref(),
        args.resolve.clone(),
        args.connect_to.clone(),
        Duration::from_secs(args.timeout),
    )
    .map_err(Error::usage)?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    Ok(Options {
        url,
        expect,
        client,
        samples: args.samples,
        http_port: args.http_port,
        now,
    })
}

/// Runs `idsgen verify`.
pub fn run(args: &VerifyArgs, out: &mut dyn Write) -> Result<i32> {
    let opts = options(args)?;
    let report = verify::run(&opts).map_err(|u| Error::Unavailable {
        message: format!(
            "nothing answered at {}: {}\n  fix: check the URL and DNS, or point it at an address with --resolve HOST:443:ADDR",
            opts.url, u.0
        ),
    })?;
    out.write_all(verify::report::render(&report, args.format).as_bytes())
        .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(if report.has_failures() { 1 } else { 0 })
}
