// Copied next to the bundle; overridden in the cluster by the Helm ConfigMap.
window.IDENTITY_SERVICE_URL = window.IDENTITY_SERVICE_URL || 'http://localhost:5265';
window.USERS_API_URL = `${window.IDENTITY_SERVICE_URL}/users`;
window.CATALOG_SERVICE_URL = window.CATALOG_SERVICE_URL || 'http://localhost:5062';
window.TENANT_SERVICE_URL = window.TENANT_SERVICE_URL || 'http://localhost:5200';
