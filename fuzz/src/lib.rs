//! Shared input shapes for the fuzz targets: byte records separated by 0xFF (a byte no UTF-8
//! text holds), so seeds are readable files joined by one byte and mutations keep the structure.

use arbitrary::{Arbitrary, Result, Unstructured};

/// The record separator in a structured input.
pub const SEP: u8 = 0xFF;

/// Splits `data` into at most `max` text records (lossy UTF-8).
pub fn records(data: &[u8], max: usize) -> Vec<String> {
    data.split(|b| *b == SEP)
        .take(max)
        .map(|r| String::from_utf8_lossy(r).into_owned())
        .collect()
}

/// Several files: each record is `[dir byte][name byte]contents`; the two bytes pick a path from
/// lists of names the readers claim, so inputs get past classification.
#[derive(Debug)]
pub struct Files(pub Vec<(u8, u8, String)>);

impl Files {
    /// The records as `(path, text)`, each path picked from `names` by its name byte.
    pub fn named<'a>(&'a self, names: &[&'a str]) -> Vec<(&'a str, &'a str)> {
        self.0
            .iter()
            .map(|(_, n, t)| (names[*n as usize % names.len()], t.as_str()))
            .collect()
    }

    /// Parses the whole input as records; never fails, so every byte string is an input.
    pub fn parse(data: &[u8]) -> Self {
        Files(
            data.split(|b| *b == SEP)
                .take(16)
                .map(|r| {
                    let d = r.first().copied().unwrap_or(0);
                    let n = r.get(1).copied().unwrap_or(0);
                    let text = String::from_utf8_lossy(r.get(2..).unwrap_or(&[])).into_owned();
                    (d, n, text)
                })
                .collect(),
        )
    }
}

impl<'a> Arbitrary<'a> for Files {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let len = u.len();
        Ok(Self::parse(u.bytes(len)?))
    }

    fn arbitrary_take_rest(u: Unstructured<'a>) -> Result<Self> {
        Ok(Self::parse(u.take_rest()))
    }
}

/// Directories `check_tree` puts files in (the seed maker uses the same lists).
pub const CHECK_DIRS: [&str; 10] = [
    "",
    "src/Host/",
    "deploy/k8s/",
    "deploy/nginx/",
    "deploy/nginx/conf.d/",
    "deploy/nginx/snippets/",
    "deploy/terraform/",
    "chart/",
    "chart/templates/",
    "src/Host/keys/",
];

/// File names `check_tree` uses: one or more per reader.
pub const CHECK_NAMES: [&str; 34] = [
    "Program.cs",
    "Services.cs",
    "Config.cs",
    "Pipeline.cs",
    "DataProtection.cs",
    "Migrations.cs",
    "Host.csproj",
    "Directory.Build.props",
    "appsettings.json",
    "appsettings.Production.json",
    "nginx.conf",
    "identity.conf",
    "proxy.conf",
    "main.tf",
    "redis.tf",
    "deployment.yaml",
    "values.yaml",
    "Chart.yaml",
    "idsgen.yaml",
    "Dockerfile",
    ".dockerignore",
    ".gitignore",
    "redis.conf",
    "is-signing-key-1.json",
    "App.sln",
    "App.slnx",
    "Dockerfile-Api",
    "webApp.bicep",
    "dev.docker-compose.yml",
    "identityserverdata.json",
    "Makefile",
    "migrate.sh",
    "README.md",
    "haproxy.cfg",
];
