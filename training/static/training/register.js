// The attendance register's Print button: shown only when scripts run (otherwise the
// browser's own Print command does the same).
document.querySelectorAll("[data-print-register]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
