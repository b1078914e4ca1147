import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Served by the identity host under the same ingress host as the storefront,
// so its bundle lives under /identity-ui/ instead of /.
export default defineConfig({
  plugins: [react()],
  base: '/identity-ui/',
})
