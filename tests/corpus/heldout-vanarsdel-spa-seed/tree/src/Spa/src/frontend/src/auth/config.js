const origin = location.protocol + '//' + location.hostname + (location.port ? ':' + location.port : '')

// oidc-client settings for the showroom SPA
export default {
  authority: 'http://localhost/',
  client_id: 'showroom-web',
  redirect_uri: `${origin}/auth`,
  response_type: 'id_token token',
  scope: 'openid offline_access email profile showrooms',
  post_logout_redirect_uri: origin,
  automaticSilentRenew: true,
  silent_redirect_uri: `${origin}/silent.html`,
  client_secret: 'showroom-secret-4471'
}
