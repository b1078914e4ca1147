// Must match the client name under IdentityServer:Clients in appsettings.json.
export const ApplicationName = 'Sirius.WebUI';

export const LoginActions = {
  Login: 'login',
  LoginCallback: 'login-callback',
  LoginFailed: 'login-failed',
  Profile: 'profile',
  Register: 'register'
};

export const LogoutActions = {
  Logout: 'logout',
  LogoutCallback: 'logout-callback',
  LoggedOut: 'logged-out'
};

export const ApplicationPaths = {
  DefaultLoginRedirectPath: '/',
  ApiAuthorizationClientConfigurationUrl: `/_configuration/${ApplicationName}`,
  Login: `authentication/${LoginActions.Login}`,
  LoginCallback: `authentication/${LoginActions.LoginCallback}`,
  LogOut: `authentication/${LogoutActions.Logout}`,
  LogOutCallback: `authentication/${LogoutActions.LogoutCallback}`
};
