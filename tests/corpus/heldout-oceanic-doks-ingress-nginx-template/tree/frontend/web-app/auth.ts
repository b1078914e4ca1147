import NextAuth, { Profile } from "next-auth"
import { OIDCConfig } from "next-auth/providers"
import DuendeIDS6Provider from "next-auth/providers/duende-identity-server6"

export const { handlers, signIn, signOut, auth } = NextAuth({
    session: { strategy: "jwt" },
    providers: [
        DuendeIDS6Provider({
            id: "id-server",
            clientId: "oceanicWeb",
            clientSecret: "secret",
            issuer: process.env.ID_URL,
            authorization: {
                params: { scope: "openid profile oceanicApp" },
                url: process.env.ID_URL + "/connect/authorize"
            },
            // back-channel calls go straight to the cluster service
            token: { url: `${process.env.ID_URL_INTERNAL}/connect/token` },
            userinfo: { url: `${process.env.ID_URL_INTERNAL}/connect/token` },
            idToken: true
        } as OIDCConfig<Omit<Profile, "username">>),
    ],
    callbacks: {
        async jwt({ token, profile, account }) {
            if (account?.access_token) token.accessToken = account.access_token
            if (profile) token.username = profile.username
            return token
        },
        async session({ session, token }) {
            session.user.username = token.username
            session.accessToken = token.accessToken
            return session
        }
    }
})
