/** Tailwind 4 through its PostCSS plugin; nothing else. */
const config = {
  plugins: {
    "@tailwindcss/postcss": {},
  },
};

export default config;
