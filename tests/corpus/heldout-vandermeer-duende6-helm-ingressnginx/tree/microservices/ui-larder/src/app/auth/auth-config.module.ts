import { NgModule } from '@angular/core';
import { AuthModule } from 'angular-auth-oidc-client';
import { environment } from 'src/environments/environment';

@NgModule({
  imports: [
    AuthModule.forRoot({
      config: {
        authority: environment.identityApiUrl,
        redirectUrl: window.location.origin,
        postLogoutRedirectUri: window.location.origin,
        clientId: 'larder-spa',
        scope: 'openid stock larder',
        responseType: 'code',
        silentRenew: false,
        useRefreshToken: false
      }
    })
  ],
  exports: [AuthModule]
})
export class AuthConfigModule {}
