//! Rebuilds when embedded presets or templates change (include_dir does not track new files).

fn main() {
    println!("cargo:rerun-if-changed=presets");
    println!("cargo:rerun-if-changed=templates");
}
