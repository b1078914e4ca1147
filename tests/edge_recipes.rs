//! The documented edge recipes (Front Door → App Service, CloudFront → ALB → ECS) and the
//! Gateway API chains: valid specs whose forwarded-headers trust counts the edge.

use idsgen::checklist::finding::Status;
use idsgen::commands::render::render_spec;
use idsgen::model::forwarding::derive;
use idsgen::spec::types::ForwardedHeader;
use idsgen::spec::{load, presets};

fn load_with(preset: &str, sets: &[&str]) -> Result<idsgen::spec::types::Spec, String> {
    let p = presets::find(preset).expect("preset exists");
    let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
    load::load(preset, p.text, &sets).map_err(|e| e.to_string())
}

#[test]
fn front_door_in_front_of_app_service_counts_two_hops() {
    let chain = "proxy.hops=[{kind: azure-front-door, terminates_tls: true, trusted_networks: [\"147.243.0.0/16\"]}, {kind: app-service-frontend, terminates_tls: true, trusted_networks: [\"169.254.0.0/16\"]}]";
    let spec = load_with("azure-app-service", &[chain]).expect("the recipe is valid");
    let f = derive(&spec.proxy.hops);
    assert_eq!(f.forward_limit, 2);
    assert!(f.known_networks.iter().any(|n| n.to_string() == "147.243.0.0/16"));
    let files = render_spec(&spec, None).expect("the recipe renders");
    // Origin lock: only this Front Door profile reaches the app.
    let app = file(&files, "deploy/terraform/azure/main.appservice.tf");
    for needle in [
        "ip_restriction_default_action = \"Deny\"",
        "service_tag = \"AzureFrontDoor.Backend\"",
        "x_azure_fdid = [var.front_door_id]",
    ] {
        assert!(app.contains(needle), "missing {needle}:\n{app}");
    }
    assert!(file(&files, "deploy/terraform/azure/variables.tf").contains("variable \"front_door_id\""));
    assert_eq!(gw3(&files), Status::Pass, "check sees the lock it renders");

    // Without the edge, the app takes traffic from App Service's front end as before.
    let plain = render_spec(&load_with("azure-app-service", &[]).unwrap(), None).unwrap();
    assert!(!file(&plain, "deploy/terraform/azure/main.appservice.tf").contains("ip_restriction"));
    assert!(!file(&plain, "deploy/terraform/azure/variables.tf").contains("front_door_id"));
}

/// GW3 (origin lock) of `check` over the rendered tree.
fn gw3(files: &[idsgen::outputs::RenderedFile]) -> Status {
    let files: Vec<(String, String)> = files.iter().map(|f| (f.path.clone(), f.contents.clone())).collect();
    let report = idsgen::checklist::check_files(&files, &idsgen::checklist::CheckOptions::default());
    report.item("GW3").expect("GW3 reported").status
}

fn file<'a>(files: &'a [idsgen::outputs::RenderedFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} not rendered"))
        .contents
}

#[test]
fn cloudfront_in_front_of_the_alb_counts_two_hops_and_honours_the_albs_headers() {
    let chain = "proxy.hops=[{kind: aws-cloudfront, terminates_tls: true, trusted_networks: [\"130.176.0.0/18\"]}, {kind: aws-alb, terminates_tls: true, trusted_networks: [\"10.0.0.0/24\", \"10.0.1.0/24\"]}]";
    let spec = load_with("aws-ecs", &[chain]).expect("the recipe is valid");
    let f = derive(&spec.proxy.hops);
    assert_eq!(f.forward_limit, 2);
    assert_eq!(
        f.headers,
        [ForwardedHeader::For, ForwardedHeader::Proto].into_iter().collect()
    );
    let files = render_spec(&spec, None).expect("the recipe renders");
    // Origin lock: the ALB admits only CloudFront's origin-facing servers, and no plain HTTP.
    let alb = file(&files, "deploy/terraform/aws/main.alb.tf");
    assert!(alb.contains("com.amazonaws.global.cloudfront.origin-facing"), "{alb}");
    assert!(
        alb.contains("prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id"),
        "{alb}"
    );
    assert!(
        !alb.contains("0.0.0.0/0"),
        "the ALB is still open to the internet:\n{alb}"
    );
    assert!(!alb.contains("alb_http\""), "{alb}");
    assert_eq!(gw3(&files), Status::Pass, "check sees the lock it renders");

    let plain = render_spec(&load_with("aws-ecs", &[]).unwrap(), None).unwrap();
    let alb = file(&plain, "deploy/terraform/aws/main.alb.tf");
    assert!(alb.contains("0.0.0.0/0") && !alb.contains("prefix_list"), "{alb}");
}

#[test]
fn an_edge_must_face_the_internet() {
    let chain = "proxy.hops=[{kind: aws-alb, terminates_tls: true, trusted_networks: [\"10.0.0.0/24\"]}, {kind: aws-cloudfront, terminates_tls: true, trusted_networks: [\"130.176.0.0/18\"]}]";
    let err = load_with("aws-ecs", &[chain]).unwrap_err();
    assert!(err.contains("proxy.hops[1].kind") && err.contains("first hop"), "{err}");
}

#[test]
fn a_gateway_that_rewrites_proto_behind_tls_offload_is_refused() {
    // Envoy Gateway writes X-Forwarded-Proto from its own listener: behind a TLS-terminating
    // load balancer the app would see http.
    let chain = "proxy.hops=[{kind: cloud-l7-lb, terminates_tls: true, trusted_networks: [\"10.0.0.0/24\"]}, {kind: envoy-gateway, terminates_tls: false, trusted_networks: [\"10.244.0.0/16\"]}]";
    let err = load_with("kubernetes", &[chain]).unwrap_err();
    assert!(
        err.contains("proxy.hops[1].terminates_tls") && err.contains("X-Forwarded-Proto"),
        "{err}"
    );
    let ok = "proxy.hops=[{kind: l4-lb, terminates_tls: false}, {kind: envoy-gateway, terminates_tls: true, trusted_networks: [\"10.244.0.0/16\"]}]";
    load_with("kubernetes", &[ok]).expect("TLS at the gateway is valid");
}

#[test]
fn gateway_kinds_need_a_kubernetes_target() {
    let chain = "proxy.hops=[{kind: envoy-gateway, terminates_tls: true, trusted_networks: [\"10.0.0.0/24\"]}]";
    let err = load_with("aws-ecs", &[chain]).unwrap_err();
    assert!(
        err.contains("proxy.hops[0].kind") && err.contains("Kubernetes"),
        "{err}"
    );
}
