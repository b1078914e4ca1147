//! Which ingress controller serves an Ingress that names no class. Such an Ingress goes to the
//! cluster's default IngressClass, which lives outside the repository; what the repository does
//! say is which controller it installs or requires: an `IngressClass` object, a chart dependency,
//! a `helm install`, a Terraform `helm_release`, a `minikube addons enable ingress`, or a
//! README's prerequisites. When everything the tree names is ingress-nginx, that is the
//! controller; when it names another controller too, or none, nothing is concluded.

use crate::checklist::finding::Evidence;

/// Lower-case needles that name the community ingress-nginx controller (or an installer of it:
/// minikube's and MicroK8s's `ingress` add-ons, AKS's retired HTTP application routing add-on).
const NGINX: &[&str] = &[
    "ingress-nginx",
    "nginx-ingress",
    "nginx ingress",
    "addons enable ingress",
    "microk8s enable ingress",
    "http_application_routing",
];

/// Lower-case needles that name another controller. NGINX Inc.'s controller (`nginxinc`,
/// `helm.nginx.com`, `nginx.org/` annotations) is a different, maintained product whose chart is
/// also called `nginx-ingress`, so a line naming it never counts for ingress-nginx.
const OTHERS: &[&str] = &[
    "traefik",
    "haproxy",
    "projectcontour",
    "contour",
    "kong",
    "ingress-azure",
    "application-gateway-kubernetes-ingress",
    "appgw.ingress",
    "aws-load-balancer-controller",
    "alb.ingress.kubernetes.io",
    "ingress-gce",
    "istio-ingressgateway",
    "emissary",
    "ambassador",
    "nginxinc",
    "helm.nginx.com",
    "nginx-stable",
    "nginx.org/",
    "webapprouting",
];

/// `Some(evidence)` when the tree names ingress-nginx as its ingress controller and no other
/// controller: the first place that names it. `files` are the texts that may name it (docs,
/// scripts, pipelines and manifests, Terraform).
pub fn classless_is_ingress_nginx(files: &[(&str, &str)]) -> Option<Evidence> {
    let mut nginx: Option<Evidence> = None;
    for (path, text) in files {
        // Most files never mention an ingress controller: one pass over the whole text first.
        let whole = text.to_ascii_lowercase();
        if !NGINX.iter().chain(OTHERS).any(|n| whole.contains(n)) {
            continue;
        }
        for (i, line) in text.lines().enumerate() {
            let lower = line.to_ascii_lowercase();
            if OTHERS.iter().any(|n| lower.contains(n)) {
                return None;
            }
            if nginx.is_none() && NGINX.iter().any(|n| lower.contains(n)) {
                nginx = Some(Evidence::new(
                    *path,
                    i + 1,
                    format!("the tree names ingress-nginx as its controller: {}", clip(line.trim())),
                ));
            }
        }
    }
    nginx
}

/// Whether an Ingress class name is served by the community ingress-nginx: `nginx`,
/// `ingress-nginx…`, or AKS's HTTP application routing add-on (`addon-http-application-routing`,
/// an ingress-nginx deployment the add-on manages, itself retired).
pub fn is_ingress_nginx_class(class: &str) -> bool {
    class == "nginx" || class.starts_with("ingress-nginx") || class == "addon-http-application-routing"
}

/// Whether an `IngressClass` controller string is the community ingress-nginx.
pub fn is_ingress_nginx_controller(controller: &str) -> bool {
    controller == "k8s.io/ingress-nginx"
}

fn clip(line: &str) -> String {
    match line.char_indices().nth(100) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_readme_prerequisite_names_the_controller() {
        let readme = "# Polls\n\n## Prerequisites\n\n- NGINX Ingress installed on the cluster\n";
        let e = classless_is_ingress_nginx(&[("README.md", readme)]).expect("named");
        assert_eq!((e.file.as_str(), e.line), ("README.md", 5));
    }

    #[test]
    fn installers_name_it_too() {
        for line in [
            "helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress",
            "minikube addons enable ingress",
            "az aks enable-addons --addons http_application_routing -g rg -n aks",
        ] {
            assert!(classless_is_ingress_nginx(&[("deploy.sh", line)]).is_some(), "{line}");
        }
    }

    #[test]
    fn another_controller_named_anywhere_means_unknown() {
        let readme = "Install the NGINX Ingress controller.\n";
        let values = "traefik:\n  enabled: true\n";
        assert!(classless_is_ingress_nginx(&[("README.md", readme), ("values.yaml", values)]).is_none());
        // NGINX Inc.'s chart is also called nginx-ingress; it is not the retired controller.
        let f5 = "helm install my-release nginx-stable/nginx-ingress\n";
        assert!(classless_is_ingress_nginx(&[("install.sh", f5)]).is_none());
        assert!(classless_is_ingress_nginx(&[("README.md", "# nothing about ingress\n")]).is_none());
    }

    #[test]
    fn class_names_served_by_ingress_nginx() {
        assert!(is_ingress_nginx_class("nginx"));
        assert!(is_ingress_nginx_class("addon-http-application-routing"));
        assert!(!is_ingress_nginx_class("traefik"));
    }

    #[test]
    fn the_ingressclass_controller_string() {
        assert!(is_ingress_nginx_controller("k8s.io/ingress-nginx"));
        assert!(!is_ingress_nginx_controller("nginx.org/ingress-controller"));
    }
}
