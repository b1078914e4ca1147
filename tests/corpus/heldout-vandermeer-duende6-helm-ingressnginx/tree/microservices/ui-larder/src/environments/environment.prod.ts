export const environment = {
  production: true,
  identityApiUrl: 'https://larder-tls.localdev.me/api-identity',
  stockApiUrl: 'https://larder-tls.localdev.me/api-stock'
};
