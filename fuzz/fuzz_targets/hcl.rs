//! Terraform / HCL: arbitrary text through hcl-rs and our block conversion.
#![no_main]
use idsgen::checklist::terraform::Terraform;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let tf = Terraform::load(&[("infra/main.tf", text)]);
    for b in &tf.blocks {
        let _ = b.address();
    }
    let _ = tf.resources("aws_db_instance").count();
});
