export const environment = {
  production: true,
  apiBaseUrl: 'https://sirius-traders.azurewebsites.net'
};
