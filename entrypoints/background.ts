export default defineBackground(() => {
  // Wired in lib/background (next commit).
});
