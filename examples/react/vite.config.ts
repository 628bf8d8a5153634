// `pnpm --filter @alumni-kit/example-react dev` serves the app with Vite; `build` writes dist/.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
});
