import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain links on purpose: every page is static HTML, navigation works the same with and
      // without JavaScript, and nothing is prefetched on a visitor's metered connection.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    ignores: [
      ".next/**",
      "out/**",
      // Pagefind's index for next start, written by npm run build.
      "public/pagefind/**",
      // The editing interface's bundle (scripts/admin-bundle.ts), built from @sveltia/cms.
      "public/admin/cms/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
