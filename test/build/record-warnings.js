// Runs before the widget's script: keeps every console warning of the page for the test to read.
window.recordedWarnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.recordedWarnings.push(String(args[0]));
  warn(...args);
};
